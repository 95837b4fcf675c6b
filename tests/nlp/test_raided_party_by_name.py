"""A party named by the press's name for it is a civic body: "Police raided PTI offices in Lahore" is a measure
against politics, as "raided opposition party offices" is."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


def deeds(extractor, text: str):
    return [(m.type, m.groups) for m in extractor.extract("s", text, LATE)]


@pytest.mark.parametrize("text", [
    "Police raided PTI offices in Lahore.",
    "Police raided the offices of the PPP in Karachi.",
    "The government froze the bank accounts of the PTI.",
    "Police raided opposition party offices in Lahore.",
])
def test_a_party_by_its_name(extractor, text):
    assert deeds(extractor, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Police raided a TTP office in Bannu.", [("OPERATION", ["ttp"])]),
    ("Security forces raided PTI offices in Lahore and a TTP hideout in Bannu.", [("OPERATION", ["ttp"])]),
    ("Security forces raided opposition party offices in Lahore and a TTP hideout in Bannu.",
     [("OPERATION", ["ttp"])]),
    ("Police raided the PTI office in Lahore and arrested 20 workers.", [("ARREST", [])]),
])
def test_steps_against_groups_stay(extractor, text, expected):
    assert deeds(extractor, text) == expected
