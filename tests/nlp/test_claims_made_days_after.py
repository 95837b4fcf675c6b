"""A claim of responsibility made a day or more after the attack, a province's name on its office, and the record
of a man killed "since they returned to power": each one event, or none, as the report tells it. Written the way
Pakistani dailies and the wire services write."""

from __future__ import annotations

from datetime import date

import pytest

from tests.nlp.conftest import asserted_mentions


@pytest.mark.parametrize("text, published, group, day", [
    ("KHAR: At least 54 people were killed and over 200 injured when a suicide bomber struck a political party's "
     "workers' convention in Bajaur's Khar tehsil on Sunday. The bomber detonated his explosives near the stage, "
     "officials said. The Islamic State's Khorasan chapter claimed responsibility for the attack through the Amaq "
     "news agency on Monday.", date(2023, 7, 31), "iskp", date(2023, 7, 30)),
    ("KABUL (AFP) — A Taliban minister was killed in a suicide blast at his ministry in Kabul on Wednesday, a "
     "government source told AFP. The explosion also killed several of his bodyguards, the source said. The Islamic "
     "State group claimed responsibility for the attack on Thursday through its Amaq propaganda outlet.",
     date(2024, 12, 12), "iskp", date(2024, 12, 11)),
])
def test_a_claim_made_days_after_is_the_attacks(extractor, text, published, group, day):
    attacks = [m for m in asserted_mentions(extractor, text, published) if m.type == "ATTACK"]
    assert len({m.event for m in attacks}) == 1  # one attack, not a second told by its claim
    assert all(m.source and m.source.id == group and m.perpetrator_basis == "claimed" for m in attacks)
    assert {m.date for m in attacks} == {day}  # the day given is the claim's, not the attack's


def test_a_claim_dated_before_the_attack_is_of_another(extractor):
    # a claim can only follow its deed: a day before the one told is another attack's
    text = ("Gunmen attacked a checkpoint in Tank on Thursday, killing two policemen. On Monday, the TTP claimed "
            "responsibility for the attack on a convoy in Bannu.")
    attacks = [m for m in asserted_mentions(extractor, text, date(2025, 5, 9)) if m.type == "ATTACK"]
    first = [m for m in attacks if m.quantities.get("killed") == 2]
    assert first and all(not (m.source and m.source.id == "ttp") for m in first)


@pytest.mark.parametrize("text, published", [
    ("MAZAR-I-SHARIF (Pajhwok): A powerful explosion ripped through a mosque in Mazar-i-Sharif, the capital of "
     "northern Balkh province, during noon prayers on Thursday, killing 31 worshippers. Balkh police spokesman Asif "
     "Waziri said the bomb had been planted inside the mosque. The Islamic State group claimed the bombing later in "
     "the day.", date(2022, 4, 21)),
    ("HERAT: A blast tore through a mosque in Herat city on Friday, killing 18 people. Herat governor's spokesman "
     "said the bomb had been hidden under a carpet. Islamic State claimed the bombing.", date(2022, 9, 2)),
])
def test_a_provinces_name_on_its_office_is_no_other_place(extractor, text, published):
    attacks = [m for m in asserted_mentions(extractor, text, published) if m.type == "ATTACK"]
    assert len({m.event for m in attacks}) == 1
    assert all(m.source and m.source.id == "iskp" for m in attacks)
    assert max(m.quantities.get("killed", 0) for m in attacks) in (31, 18)


def test_a_town_named_on_its_police_stays_a_town(extractor):
    # (a name that is no province's keeps its town: "Quetta police said")
    ms = [m for m in asserted_mentions(extractor, "Quetta police said two men were shot dead on Sunday.",
                                       date(2025, 3, 3)) if m.type == "ATTACK"]
    assert ms and ms[0].location and ms[0].location.admin1 == "Balochistan"


@pytest.mark.parametrize("text", [
    "Haqqani is the most senior Taliban figure killed since they returned to power in 2021.",
    "Taliban forces have killed dozens of IS-K fighters since they returned to power.",
    "The group has carried out scores of attacks since the Taliban seized power.",
])
def test_a_record_since_the_return_to_power_is_no_event(extractor, text):
    assert not [m for m in asserted_mentions(extractor, text, date(2024, 12, 12))
                if m.type in ("ATTACK", "OPERATION", "ARREST")]


def test_a_deed_of_the_day_beside_the_record_stays(extractor):
    text = ("Taliban forces killed four IS-K fighters in Nangarhar on Monday, the first such raid since they "
            "returned to power.")
    ops = [m for m in asserted_mentions(extractor, text, date(2024, 12, 12)) if m.type == "OPERATION"]
    assert ops and ops[0].source.id == "taliban" and ops[0].quantities.get("killed") == 4
