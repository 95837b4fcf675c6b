"""What a report's later sentences say of the deeds a party told: "the claims could not be verified" after the
party's spokesman spoke doubts that party's deeds, not an attack told in between; "the arrests came days after
a bombing" tells the arrests again, not new ones where the bombing was; an arrest "in raids" hung on the object's
noun is made in the raids, not beside them."""

from __future__ import annotations

from datetime import date

PUB = date(2025, 5, 20)

REPORT = ("Taliban authorities said on Tuesday they had detained 11 members of the Islamic State Khorasan in raids in "
          "Kunduz, seizing rifles and explosives. The detentions came a week after a suicide bomber struck a mosque in "
          "Mazar-i-Sharif, killing nine worshippers. Islamic State Khorasan claimed that bombing. A spokesman for the "
          "Taliban's interior ministry said the detainees had been planning attacks on Shia shrines. The claims "
          "could not be independently verified.")


def test_the_claims_doubted_are_the_last_speakers_and_not_the_attack_between(extractor):
    ms = [m for m in extractor.extract("a", REPORT, PUB) if m.modality == "asserted"]
    steps = [m for m in ms if m.type in ("ARREST", "DISMANTLE") and m.source and m.source.id == "taliban"]
    assert steps and all(m.verification == "unverified" for m in steps), [(m.type, m.verification) for m in steps]
    bombing = [m for m in ms if m.type == "ATTACK"]
    assert bombing and all(m.verification is None for m in bombing)


def test_the_arrests_named_again_after_another_deed_are_the_arrests_told(extractor):
    ms = [m for m in extractor.extract("a", REPORT, PUB) if m.modality == "asserted" and m.type == "ARREST"]
    assert len({m.event for m in ms}) == 1, [(m.sentence[:40], m.event) for m in ms]
    assert all(m.location is not None and m.location.admin1 == "Kunduz" for m in ms)


def test_a_guard_the_remark_after_a_deed_of_the_speaker_still_doubts_it(extractor):
    text = ("The TTP said its fighters killed 12 soldiers in an attack on a post in Tank. A TTP spokesman said the "
            "fighters had returned safely. The claims could not be independently verified.")
    attacks = [m for m in extractor.extract("a", text, PUB) if m.type == "ATTACK" and m.modality == "asserted"]
    assert attacks and all(m.verification == "unverified" for m in attacks)


def test_an_arrest_in_raids_hung_on_the_objects_noun_is_one_arrest(extractor):
    text = ("Afghan officials said on Sunday they had detained nine members of the Islamic State's regional affiliate "
            "in raids in Herat and Farah provinces, seizing rifles and explosives.")
    types = [m.type for m in extractor.extract("a", text, PUB) if m.modality == "asserted"]
    assert "ARREST" in types and "OPERATION" not in types, types


def test_a_remark_speaks_of_the_event_told_last_not_the_one_named_last(extractor):
    # the strikes are told again after the sentence of the other deed: the remark is on the strikes
    text = ("ISLAMABAD: Pakistan on Thursday carried out air strikes on what it called TTP hideouts in Afghanistan's "
            "Khost province, security sources said. The strikes targeted camps in Gurbuz district used by militants "
            "who had ambushed a convoy in North Waziristan last week, killing 12 soldiers. The Taliban's defence "
            "ministry said 30 people were killed in the strikes. Pakistan did not officially confirm the strikes.")
    ms = [m for m in extractor.extract("a", text, PUB) if m.modality == "asserted"]
    strikes = [m for m in ms if m.type == "OPERATION" and m.source and m.source.id == "pakistan"]
    assert strikes and all(m.verification == "unverified" for m in strikes), [(m.sentence[:30], m.verification)
                                                                               for m in strikes]
    assert not any(m.verification == "unverified" for m in ms if m.event not in {s.event for s in strikes})


def test_an_earlier_deed_of_the_militants_targeted_is_its_own_with_its_dead(extractor):
    text = ("Pakistani jets struck Paktika on Friday. The strikes hit hideouts used by fighters who had attacked a "
            "checkpoint in Bajaur last week, killing nine soldiers.")
    ms = [m for m in extractor.extract("a", text, PUB) if m.modality == "asserted"]
    strikes = [m for m in ms if m.type == "OPERATION"]
    assert len(strikes) == 2 and len({m.event for m in strikes}) == 1  # "the strikes hit" tells more of them
    assert not any(m.quantities.get("killed") or m.quantities.get("forces_killed") for m in strikes)
    earlier = [m for m in ms if m.type == "ATTACK"]
    assert earlier and earlier[0].quantities.get("killed") == 9
    assert earlier[0].location is not None and earlier[0].location.admin1 == "Khyber Pakhtunkhwa"
    assert earlier[0].event not in {m.event for m in strikes}


def test_a_remark_on_its_own_sentences_claim_does_not_doubt_the_next_deed(extractor):
    # the claim the remark is on reads as no deed (a year before the role change); the raid told next is not
    # what "could not be independently confirmed"
    text = ("Taliban officials have said they relocated Uyghur militants away from the Chinese border in 2021, a "
            "claim that could not be independently confirmed. In January, Taliban forces raided an ETIM hideout in "
            "Badakhshan's Jurm district and arrested four members, according to a provincial spokesman.")
    arrests = [m for m in extractor.extract("a", text, PUB) if m.type == "ARREST" and m.modality == "asserted"]
    assert arrests and all(m.verification is None for m in arrests)


def test_an_arrest_its_doer_has_not_commented_on_is_unverified(extractor):
    text = ("The Afghan Taliban have arrested several TTP commanders in Kunar, sources said on Friday. The Afghan "
            "interim government has not officially commented on the arrests.")
    arrests = [m for m in extractor.extract("a", text, PUB) if m.type == "ARREST" and m.modality == "asserted"]
    assert arrests and all(m.verification == "unverified" for m in arrests)


def test_militants_from_across_the_border_come_from_the_far_side(extractor):
    text = "Militants from across the border attacked a check post in Chitral's Arandu area, killing four soldiers."
    attacks = [m for m in extractor.extract("a", text, PUB) if m.type == "ATTACK" and m.modality == "asserted"]
    assert attacks and attacks[0].launched_from is not None and attacks[0].launched_from.country == "AF"
