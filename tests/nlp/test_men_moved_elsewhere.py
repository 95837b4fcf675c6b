"""A named group's men sent to another area by another party are relocated: "the Taliban moved some TTP fighters to
northern provinces" is a RESTRICT (on the mover's word or a report's), as "moved ... away from the border" is.
The group's own move, and a party's move of its own fighters, are not."""

from __future__ import annotations

from datetime import date

import pytest


def _restricts(extractor, text: str) -> list:
    return [m for m in extractor.extract("mv", text, date(2025, 9, 1)) if m.type == "RESTRICT"]


@pytest.mark.parametrize("text, place", [
    ("The Taliban moved some TTP fighters to northern provinces.", None),
    ("The Taliban moved some TTP fighters to Ghazni.", "Ghazni"),
])
def test_a_groups_men_moved_elsewhere_are_relocated(extractor, text, place):
    moves = _restricts(extractor, text)
    assert moves and moves[0].modality == "asserted"
    assert moves[0].source and moves[0].source.id == "taliban" and "ttp" in moves[0].groups
    if place:
        assert moves[0].location and moves[0].location.admin1 == place


def test_a_reported_move_is_unverified(extractor):
    moves = _restricts(extractor, "The Taliban reportedly moved some TTP fighters to northern provinces.")
    assert moves and moves[0].modality == "asserted" and moves[0].verification == "unverified"


@pytest.mark.parametrize("text", [
    "The TTP moved its fighters to Kunar.",
    "The Taliban moved fighters to Panjshir.",
    "Pakistan moved troops to the border.",
])
def test_a_partys_own_men_moved_are_no_restriction(extractor, text):
    assert not _restricts(extractor, text)
