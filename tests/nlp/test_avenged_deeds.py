"""A deed a party vows to avenge or retaliate for has happened, whatever the vow: "vowed to retaliate for the
Pakistani air strikes in Khost" reports the strikes; a deed named with "any" is not one."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


def kinds(extractor, text: str) -> list[tuple[str, str]]:
    return [(m.type, m.modality) for m in extractor.extract("s", text, LATE)]


@pytest.mark.parametrize("text, etype", [
    ("The Taliban vowed to retaliate for the Pakistani air strikes in Khost.", "OPERATION"),
    ("The group vowed revenge for the arrest of its leader in Quetta.", "ARREST"),
    ("The TTP said it would avenge the killing of its commander in Bajaur.", "OPERATION"),
])
def test_an_avenged_deed_is_asserted(extractor, text, etype):
    assert (etype, "asserted") in kinds(extractor, text)


@pytest.mark.parametrize("text", [
    "The TTP vowed to retaliate for any military operation in Tirah.",
    "Pakistan said it would retaliate for any attack launched from Afghan soil.",
])
def test_a_deed_that_may_come_stays_unasserted(extractor, text):
    assert not [t for t, m in kinds(extractor, text) if m == "asserted" and t in ("ATTACK", "OPERATION")]
