"""People left dead or hurt: an explosive or armed men that "left" people dead or injured did a deed, and those
left are its dead or wounded, however the parse hangs them."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2020, 6, 1)


def _attacks(extractor, text: str) -> list:
    return [m for m in extractor.extract("d", text, PUB) if m.type == "ATTACK" and m.modality == "asserted"]


@pytest.mark.parametrize("text, killed, wounded", [
    # a bomb (not a trigger word by itself) that left people dead and others hurt
    ("On 5 May 2020, a roadside bomb in Kohlu (Balochistan) left two FC soldiers dead and three injured.", 2, 3),
    ("A bomb planted near a school in Khost left one teacher dead and two students injured.", 1, 2),
    # armed men who left people dead or hurt
    ("The attackers left two Levies men dead and fled towards the mountains.", 2, 0),
    ("The militants left one soldier injured in Datta Khel.", 0, 1),
    # (as they were: a blast, an IED, a verb of killing)
    ("A bomb blast in Panjgur left two FC soldiers dead and three injured.", 2, 3),
    ("A roadside bomb in Kohlu killed two FC soldiers.", 2, 0),
])
def test_left_dead_by_an_explosive_or_armed_men(extractor, text, killed, wounded):
    attacks = _attacks(extractor, text)
    assert attacks
    assert max(m.quantities.get("killed", 0) for m in attacks) == killed
    assert max(m.quantities.get("wounded", 0) for m in attacks) == wounded


@pytest.mark.parametrize("text", [
    # leaving a place, or things left: no deed
    "The Taliban left the district after heavy fighting.",
    "Taliban fighters left the area before the army arrived in Kunduz.",
    "A roadside bomb left the vehicle badly damaged.",
])
def test_leaving_is_no_attack(extractor, text):
    assert not _attacks(extractor, text)
