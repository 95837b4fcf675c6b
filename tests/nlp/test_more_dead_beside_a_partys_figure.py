"""The dead told as more ("8 civilians were also killed") come on top of a party's figure when that is the only
figure the report gives ("According to MoD, 12 Taliban were killed"): 20, as a coder adds them. Another figure for
the same dead still makes the party's yield to the lower."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2020, 5, 6)
LEAD = "On 5 May 2020, ANA clashed with Taliban in Khan Abad district (Kunduz). "


def _killed(extractor, text: str) -> int | None:
    deeds = [m for m in extractor.extract("k", text, PUB) if m.modality == "asserted"
             and m.type in ("ATTACK", "OPERATION")]
    assert deeds, text
    return deeds[0].quantities.get("killed")


@pytest.mark.parametrize("text, killed", [
    (LEAD + "According to MoD, 12 Taliban were killed. 8 civilians were also killed in the crossfire.", 20),
    (LEAD + "12 Taliban were killed, according to MoD. Local sources said 8 civilians were also killed.", 20),
    (LEAD + "According to MoD, 12 Taliban were killed. Local officials said 9 Taliban were killed.", 9),
    (LEAD + "12 Taliban were killed. 8 civilians were also killed.", 20),
])
def test_dead_told_as_more_add_to_the_figure(extractor, text, killed):
    assert _killed(extractor, text) == killed
