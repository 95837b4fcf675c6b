"""A place taken, named again by "it", is no one arrested: "Taliban fighters stormed the district headquarters and
captured it"."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


def types(extractor, text: str):
    return [m.type for m in extractor.extract("s", text, LATE)]


@pytest.mark.parametrize("text", [
    "Taliban fighters stormed the district headquarters and captured it.",
    "Taliban fighters overran the checkpoint and captured it.",
    "The army encircled the town and captured it.",
])
def test_ground_captured_is_no_arrest(extractor, text):
    got = types(extractor, text)
    assert "ARREST" not in got and "OPERATION" in got


def test_a_thing_captured_with_no_ground_named_is_nothing(extractor):
    assert types(extractor, "Police chased the car and captured it.") == []


@pytest.mark.parametrize("text", [
    "Police raided the house and captured him.",
    "Soldiers surrounded the compound and captured them.",
])
def test_people_captured_stay_arrested(extractor, text):
    assert types(extractor, text) == ["ARREST"]


def test_ground_named_stays(extractor):
    assert types(extractor, "Taliban fighters captured the district headquarters.") == ["OPERATION"]
