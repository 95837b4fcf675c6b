"""Whole reports in which the report's own deed is told beside a recalled one, an answer to it, a trend or a
denial: what is said of "the attack" afterwards, its toll and its origin stay with the report's own deed."""

from __future__ import annotations

from datetime import date

from tests.nlp.conftest import asserted_mentions, asserted_of_type

PUB = date(2025, 11, 20)


def asserted(extractor, text, etype=None):
    return asserted_mentions(extractor, text, PUB) if etype is None else asserted_of_type(extractor, text, etype, PUB)


def test_the_attack_named_after_a_recalled_one_is_the_reports_own(extractor):
    text = ("ISLAMABAD, Nov 17 (Reuters) - A suicide bomber struck a convoy carrying Chinese engineers near Besham in "
            "Khyber Pakhtunkhwa's Shangla district on Sunday, killing two Chinese nationals and their Pakistani driver, "
            "police said. No Chinese citizens had been hurt in the area since a similar bombing in March 2024 killed "
            "five Chinese engineers. Pakistani investigators said the bomber was an Afghan national and the attack had "
            "been planned in Afghanistan.\n\nNo group has claimed the attack.")
    attacks = asserted(extractor, text, "ATTACK")
    own = [m for m in attacks if m.date == date(2025, 11, 16)]
    recalled = [m for m in attacks if m.date == date(2024, 3, 1)]
    assert own and recalled and {m.event for m in own}.isdisjoint({m.event for m in recalled})
    assert all(m.launched_from is not None and m.launched_from.country == "AF" for m in own)
    assert all(m.launched_from is None for m in recalled)
    assert {m.quantities.get("killed") for m in own} == {3}
    assert len(own) == 3  # the strike, "the attack had been planned" and "No group has claimed the attack"


def test_the_ambush_named_after_the_strikes_that_answered_it(extractor):
    text = ("Militants attacked a military convoy in North Waziristan's Mir Ali on Saturday, killing 12 soldiers, the "
            "military said. The Hafiz Gul Bahadur group claimed responsibility the same evening. On Sunday night, "
            "Pakistani aircraft bombed what officials described as the group's hideouts in Afghanistan's Khost "
            "province, a security official said.\n\nThe Taliban said the strikes killed eight civilians and vowed "
            "retaliation. Islamabad said the attackers had planned the ambush from Afghan territory, a charge Kabul "
            "denied.")
    attack = asserted(extractor, text, "ATTACK")
    strikes = asserted(extractor, text, "OPERATION")
    assert attack and {m.source.id for m in attack} == {"hgb"} and len({m.event for m in attack}) == 1
    assert all(m.launched_from is not None and m.launched_from.country == "AF" for m in attack)
    assert strikes and all(m.launched_from is None for m in strikes)
    assert {m.trigger for m in attack} >= {"ambush"}


def test_a_recalled_toll_dated_to_its_own_month_is_not_the_events(extractor):
    for recalled in ("In July 2023, 63 people were killed at a rally in Bajaur.",
                     "The group has previously attacked Jamiat Ulema-e-Islam (F) gatherings, most notably a July 2023 "
                     "rally in Bajaur where 63 people were killed."):
        text = ("A bomb blast tore through a religious party's gathering in Bajaur district's Khar town on Sunday, "
                "killing 11 people. " + recalled)
        attacks = asserted(extractor, text, "ATTACK")
        assert attacks and {m.quantities.get("killed") for m in attacks} == {11}, recalled


def test_the_toll_of_the_event_told_in_a_sentence_of_its_own_still_counts(extractor):
    attacks = asserted(extractor, "A roadside bomb struck a police van in Quetta on Sunday. Four policemen were "
                                  "killed in the blast.", "ATTACK")
    assert attacks and {m.quantities.get("killed") for m in attacks} == {4}


def test_a_trend_in_attacks_is_no_attack(extractor):
    for text in ("Since then, attacks in Khyber Pakhtunkhwa and Balochistan have risen sharply, with more than 700 "
                 "security personnel killed this year.",
                 "Militant attacks surged by 40 percent in 2025, killing more than 900 people."):
        assert not asserted(extractor, text, "ATTACK"), text


def test_a_seizure_coordinated_after_the_arrest_is_told(extractor):
    text = ("Taliban authorities have arrested 14 members of the Tehrik-i-Taliban Pakistan in Khost province, a "
            "spokesman for the Afghan interior ministry said on Wednesday. Abdul Mateen Qani told reporters the men "
            "were detained in a raid on a compound in the Gurbaz district and weapons and explosives were seized.")
    ms = asserted(extractor, text)
    arrests = [m for m in ms if m.type == "ARREST"]
    assert arrests and {m.source.id for m in arrests} == {"taliban"} and len({m.event for m in arrests}) == 1
    assert all(m.location.admin1 == "Khost" for m in arrests)
    seized = [m for m in ms if m.type == "DISMANTLE"]
    assert seized and seized[0].location.admin1 == "Khost"


def test_a_speaker_named_again_by_two_of_his_names(extractor):
    text = ("Afghanistan's acting foreign minister Amir Khan Muttaqi assured Pakistan's special envoy Mohammad Sadiq "
            "Khan in Kabul on Wednesday that no group would be allowed to use Afghan soil against Pakistan. Sadiq Khan "
            "urged the Taliban administration to take concrete and verifiable measures against the TTP.")
    demands = [m for m in extractor.extract("t", text, PUB) if m.type == "DEMAND"]
    assert demands and demands[0].source.id == "pakistan" and demands[0].target.id == "taliban"


def test_a_denial_of_where_an_attack_came_from_does_not_deny_the_attack(extractor):
    text = ("Militants stormed a police station in Dera Ismail Khan on Monday, killing six policemen. Taliban "
            "spokesman Zabihullah Mujahid denied that Afghan territory had been used for the attack.")
    ms = [m for m in extractor.extract("t", text, PUB) if m.type == "ATTACK"]
    assert ms and all(m.modality == "asserted" for m in ms) and len({m.event for m in ms}) == 1
    wana = [m for m in extractor.extract("t", "The Taliban rejected Pakistan's accusation that the militants behind "
                                              "this week's attack in Wana had come from Afghanistan.", PUB)
            if m.type == "ATTACK"]
    assert all(m.modality != "negated" for m in wana)
