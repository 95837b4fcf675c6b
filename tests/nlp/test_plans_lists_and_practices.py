"""Deeds that are planned, asked for or a practice are not reported as done: a headline's "X to do", a list of what a
party seeks, a deed after "plotting", and a perfect told over a long uncounted span; a suspect passed to a police
force is no transfer between states."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)
ACTIONS = frozenset({"ARREST", "OPERATION", "DISMANTLE", "FINANCE", "RESTRICT", "EXTRADITE", "ATTACK"})


def asserted_actions(extractor, text: str) -> set[str]:
    return {m.type for m in extractor.extract("s", text, LATE) if m.modality == "asserted" and m.type in ACTIONS}


def kinds(extractor, text: str) -> list[tuple[str, str]]:
    return [(m.type, m.modality) for m in extractor.extract("s", text, LATE)]


@pytest.mark.parametrize("text, etype", [
    ("Pakistan to launch new military operation against militants", "OPERATION"),
    ("Taliban to arrest TTP men in Kunar, says Pakistani minister", "ARREST"),
    ("Balochistan government to ban BLA-linked student wing", "RESTRICT"),
])
def test_a_headlines_plan_is_future(extractor, text, etype):
    got = kinds(extractor, text)
    assert (etype, "future") in got
    assert not asserted_actions(extractor, text)


@pytest.mark.parametrize("text", [
    "Pakistan launches new military operation against militants in Kurram",
    "Taliban arrest ISKP commander in Herat, says spokesman",
])
def test_a_headlines_deed_stays_asserted(extractor, text):
    assert asserted_actions(extractor, text)


@pytest.mark.parametrize("text", [
    "Islamabad's list of demands included the extradition of TTP leaders and the dismantling of their camps.",
    "Pakistan's wish list includes the handover of TTP chief Noor Wali Mehsud.",
    "Among the steps sought by Beijing are the arrest of ETIM members and their relocation away from the border.",
    "The measures demanded by Islamabad include the closure of TTP offices in Kabul.",
])
def test_a_list_of_what_is_sought_names_no_deed(extractor, text):
    assert not asserted_actions(extractor, text)


def test_a_list_of_steps_taken_stays_asserted(extractor):
    got = asserted_actions(extractor, "The steps taken by Kabul last month included the arrest of 12 TTP members in "
                                      "Kunar.")
    assert "ARREST" in got


@pytest.mark.parametrize("text", [
    "Police busted a cell plotting attacks on Chinese nationals in Karachi.",
    "The Afghan NDS said it had dismantled a Taliban cell planning attacks in Kabul.",
])
def test_a_plotted_deed_is_not_done(extractor, text):
    got = asserted_actions(extractor, text)
    assert "DISMANTLE" in got
    assert "ATTACK" not in got


@pytest.mark.parametrize("text", [
    "The BLA has long targeted Chinese nationals working on CPEC projects.",
    "The group has for years attacked security forces in the tribal districts.",
])
def test_a_long_standing_practice_is_no_deed(extractor, text):
    assert not asserted_actions(extractor, text)


@pytest.mark.parametrize("text", [
    "The BLA has attacked a convoy of Chinese engineers in Gwadar, police said.",
    "A TTP commander who has been held for years in Kabul was freed on Monday.",
])
def test_a_perfect_without_a_long_span_stays_a_deed(extractor, text):
    got = asserted_actions(extractor, text)
    assert got & {"ATTACK", "ARREST"}


@pytest.mark.parametrize("text", [
    "The suspect, arrested during a raid in Karachi, was handed over to the CTD.",
    "The man, detained at a checkpoint in Chaman, was handed over to local police for questioning.",
])
def test_a_suspect_passed_to_the_police_is_no_extradition(extractor, text):
    got = asserted_actions(extractor, text)
    assert "ARREST" in got
    assert "EXTRADITE" not in got


@pytest.mark.parametrize("text", [
    "The Taliban handed over two TTP men to the Pakistani police at Torkham.",
    "The Taliban handed over three suspected ETIM members to Chinese authorities, diplomatic sources said.",
])
def test_a_handover_to_another_state_stays_an_extradition(extractor, text):
    assert "EXTRADITE" in asserted_actions(extractor, text)
