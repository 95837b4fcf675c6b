"""A vow of force is a threat, not an assurance: "the defence ministry vowed to retaliate" gives no ASSURE (an
assurance by a party that made a commitment is proposed to the ledger as a new commitment), while a vow of force
against an armed group ("pledged to fight ISKP") and a vow to act stay assurances."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


def _assurances(extractor, text: str) -> list:
    return [m for m in extractor.extract("v", text, LATE) if m.type == "ASSURE" and m.modality == "asserted"]


@pytest.mark.parametrize("text", [
    "Afghanistan's defence ministry vowed to retaliate, saying it considered the strikes a violation of its "
    "sovereignty.",
    "The Taliban vowed revenge for the Pakistani air strikes in Paktika.",
    "Pakistan vowed a befitting response to any aggression from across the border.",
    "The Taliban vowed to fight on until foreign forces leave.",
    "The TTP vowed to strike Pakistani forces in retaliation for the killing of its commander.",
    "Zabihullah Mujahid said the Islamic Emirate would respond and vowed to avenge the victims.",
])
def test_a_vow_of_reprisal_is_no_assurance(extractor, text):
    assert not _assurances(extractor, text)


@pytest.mark.parametrize("text, party", [
    ("The Taliban pledged to fight ISKP.", "taliban"),
    ("Kabul vowed to crush Daesh.", "taliban"),
    ("The Taliban vowed to take action against anyone using Afghan soil against Pakistan.", "taliban"),
    ("The Taliban promised to act against the TTP.", "taliban"),
    ("Pakistan vowed to fight terrorism in all its forms.", "pakistan"),
])
def test_a_vow_to_act_against_armed_groups_stays_an_assurance(extractor, text, party):
    assert [m.source.id if m.source else None for m in _assurances(extractor, text)] == [party]
