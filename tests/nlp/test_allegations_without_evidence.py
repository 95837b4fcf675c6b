"""An allegation made without evidence puts the allegation in doubt, not an attack that killed people; and what
an attack "came after" is another deed. Written the way the wire services report bombings in Pakistan."""

from __future__ import annotations

from datetime import date

from tests.nlp.conftest import asserted_mentions, asserted_of_type

PUB = date(2026, 10, 26)
BANNU = ("PESHAWAR, Oct 26 (Reuters) - A suicide car bomber attacked an army cantonment in the northwestern "
         "Pakistani city of Bannu on Sunday, killing 12 people, officials said on Monday.\n\n"
         "A faction of the Pakistani Taliban, Jamaat-ul-Ahrar, claimed responsibility.\n\n"
         "The provincial police chief said the bomber had come from Afghanistan and that the attack was planned "
         "there. Afghanistan's foreign ministry said Pakistan had provided no evidence and that Afghan soil was not "
         "used.\n\n"
         "The attack was the second major assault on security forces in the northwest this month, after seven "
         "soldiers were killed in Bajaur on Oct. 9.")


def test_no_evidence_of_the_origin_leaves_the_attack_standing(extractor):
    bannu = [m for m in asserted_of_type(extractor, BANNU, "ATTACK", PUB) if m.quantities.get("killed") == 12]
    assert bannu and all(m.verification is None for m in bannu)
    assert all(m.source and m.source.id == "ttp" for m in bannu)
    origin = bannu[0].launched_from
    # the origin, told on the police chief's word, is disputed by the one who says no evidence was given
    assert origin is not None and origin.country == "AF" and "Afghanistan" in (origin.disputed_by or "")


def test_what_the_attack_came_after_is_another_event(extractor):
    attacks = asserted_of_type(extractor, BANNU, "ATTACK", PUB)
    bajaur = [m for m in attacks if m.location and m.location.name == "Bajaur"]
    assert bajaur and bajaur[0].date == date(2026, 10, 9) and bajaur[0].quantities.get("killed") == 7
    assert all(m.event != bajaur[0].event for m in attacks if m.quantities.get("killed") == 12)
    # the attack named again keeps its own day, not the earlier deed's
    assert all(m.date == date(2026, 10, 25) for m in attacks if m.event != bajaur[0].event)


def test_a_blame_without_evidence_is_the_blames_doubt(extractor):
    text = "A bomb killed five soldiers in Bajaur on Monday. Pakistan blamed the TTP for the attack without providing evidence."
    attacks = asserted_of_type(extractor, text, "ATTACK", PUB)
    assert attacks and all(m.verification is None and m.perpetrator_basis == "blamed" for m in attacks)


def test_a_claimed_arrest_without_evidence_stays_unverified(extractor):
    # (the deed itself is known only from the claim the evidence is missing for)
    arrests = [m for m in asserted_mentions(extractor, "The Taliban said they had arrested 20 ISKP members in Kunar, "
                                            "but provided no evidence.", PUB) if m.type == "ARREST"]
    assert arrests and arrests[0].verification == "unverified"


def test_an_attack_known_only_from_the_allegation_stays_disputed(extractor):
    text = ("Pakistani officials said militants attacked a post in Kurram from Afghan soil. Kabul said Islamabad had "
            "provided no evidence of the attack.")
    assert all(m.verification == "disputed" for m in asserted_of_type(extractor, text, "ATTACK", PUB))


def test_a_word_on_unconfirmed_reports_in_general_doubts_no_report(extractor):
    text = ("On Tuesday, the General Directorate of Intelligence arrested three members of a Daesh cell in the 5th "
            "district of Kabul city. The media are requested not to publish unconfirmed reports about security "
            "incidents and to obtain information from official sources.")
    arrests = [m for m in asserted_mentions(extractor, text, date(2026, 11, 4)) if m.type == "ARREST"]
    assert arrests and all(m.verification is None for m in arrests)


def test_unconfirmed_reports_of_the_deed_stay_unverified(extractor):
    text = "Unconfirmed reports said the Taliban had detained a TTP commander in Khost on Monday."
    arrests = [m for m in asserted_mentions(extractor, text, date(2026, 11, 11)) if m.type == "ARREST"]
    assert all(m.verification == "unverified" for m in arrests)
