"""Each of a sentence's deeds keeps the groups and the place named in its own part of the sentence, not another
deed's. Written the way commentary and wire copy recap a month's events."""

from __future__ import annotations

from datetime import date

from tests.nlp.conftest import asserted_mentions, asserted_of_type

PUB = date(2026, 11, 29)


def test_an_attack_beside_a_step_against_a_group_is_not_that_groups(extractor):
    text = ("Meanwhile, China has praised the relocation of Uyghur fighters, even as an attack from Badakhshan killed "
            "Chinese workers in Tajikistan.")
    attacks = asserted_of_type(extractor, text, "ATTACK", PUB)
    assert attacks and all(not (m.source and m.source.id == "etim") and "etim" not in m.groups for m in attacks)
    assert asserted_of_type(extractor, text, "RESTRICT", PUB)[0].groups == ["etim"]


def test_two_steps_in_a_list_keep_their_own_groups(extractor):
    text = ("Analysts said November brought the Taliban's first handover of TTP suspects to Pakistan, along with the "
            "arrest of a Daesh cell in Kabul. The handover was welcomed in Islamabad. " * 2)
    handover = asserted_of_type(extractor, text, "EXTRADITE", PUB)[0]
    arrest = asserted_of_type(extractor, text, "ARREST", PUB)[0]
    assert handover.groups == ["ttp"] and arrest.groups == ["iskp"]
    assert arrest.location is not None and arrest.location.name == "Kabul"
    assert handover.location is None or handover.location.name != "Kabul"


def test_two_verbs_keep_their_own_groups(extractor):
    text = "Taliban forces arrested five TTP members in Kunar and killed three ISKP fighters in Nangarhar."
    arrest, op = asserted_of_type(extractor, text, "ARREST", PUB)[0], asserted_of_type(extractor, text, "OPERATION", PUB)[0]
    assert arrest.groups == ["ttp"] and op.groups == ["iskp"]


def test_a_subject_and_a_place_shared_by_two_verbs_stay_both(extractor):
    # (the parse hangs the place on the last verb; the first verb's subject is the second's too)
    text = "6 TTP militants were killed in a blast and 10 arrested in Kot Sultan, Kulachi tehsil of Dera Ismail Khan."
    ms = [m for m in asserted_mentions(extractor, text, PUB) if m.type in ("ARREST", "OPERATION", "ATTACK")]
    assert ms and all("ttp" in m.groups for m in ms)
    assert all(m.location is not None and m.location.admin1 == "Khyber Pakhtunkhwa" for m in ms)


def test_one_fight_told_in_two_clauses_keeps_its_group(extractor):
    attacks = asserted_of_type(extractor, "20 militants killed as Pakistan Taleban clash with rival group in tribal area.", "ATTACK", PUB)
    assert attacks and any(m.source and m.source.id == "ttp" for m in attacks)
