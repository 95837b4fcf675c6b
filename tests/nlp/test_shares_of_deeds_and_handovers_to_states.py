"""A share of a set of deeds ("most of the attacks") tells none of them; people handed to a state the report names
are handed over, with or without "over"."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


def asserted(extractor, text: str) -> set[str]:
    return {m.type for m in extractor.extract("s", text, LATE) if m.modality == "asserted"}


@pytest.mark.parametrize("text", [
    "The TTP has claimed most of the attacks in Khyber Pakhtunkhwa this year.",
    "The TTP claimed many of the attacks on police in Dera Ismail Khan.",
    "Many of the raids were carried out by Taliban intelligence, officials said.",
])
def test_a_share_of_many_deeds_is_no_deed(extractor, text):
    assert not asserted(extractor, text) & {"ATTACK", "OPERATION"}


@pytest.mark.parametrize("text", [
    "The BLA claimed one of the attacks, on a Levies post in Kech.",
    "The TTP claimed both attacks in Bannu on Monday.",
])
def test_one_deed_of_a_set_stays_a_deed(extractor, text):
    assert "ATTACK" in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "The Islamic Emirate has detained more than 100 TTP fighters and handed some of them to Pakistan.",
    "The Taliban handed two TTP men to Pakistan at Torkham.",
])
def test_people_handed_to_a_state_are_handed_over(extractor, text):
    assert "EXTRADITE" in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "The envoy handed a letter to Pakistan's foreign minister.",
    "The Taliban handed the district to Pakistan.",
    "Villagers handed the gunman to police.",
])
def test_things_or_people_handed_to_no_state_are_no_extradition(extractor, text):
    assert "EXTRADITE" not in asserted(extractor, text)
