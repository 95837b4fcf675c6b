"""Deaths a report sets in violence without naming who did it ("4 killed in violence in northwest Pakistan"): a
deed of a party the report does not name, typed by who acts; never a death in an accident, a crime, a household
or a protest, and never a fight between two sides the report does not name."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2014, 6, 1)


def _violent(extractor, text):
    return [m for m in extractor.extract("v", text, PUB)
            if m.type in ("ATTACK", "OPERATION") and m.modality == "asserted"]


@pytest.mark.parametrize("text, etype", [
    ("Six people killed in violence in Kurram.", "ATTACK"),
    ("Three killed as unrest grips Quetta.", "ATTACK"),
    ("Five killed in ceasefire violations along the Line of Control.", "ATTACK"),
])
def test_deaths_set_in_violence_are_a_deed_of_someone_unnamed(extractor, text, etype):
    found = _violent(extractor, text)
    assert found, text
    assert found[0].type == etype
    assert found[0].source is None  # who did it is not guessed


@pytest.mark.parametrize("text", [
    "Three killed in road accident amid violence in Karachi.",
    "A man was killed in a firing incident during a protest against land grabbing.",
    "Two killed in domestic violence in Lahore.",
    # two sides fought, and the report names neither: who acted is not told
    "Four killed in clashes in Kurram.",
])
def test_deaths_of_accidents_crime_protests_and_unnamed_sides_are_no_deed(extractor, text):
    assert not _violent(extractor, text)
