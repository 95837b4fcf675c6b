"""Control taken of an institution is a takeover of its running, not ground won by force: "the Taliban took over
the control of seminaries in Kandahar" gives no OPERATION, while control of a district or an area taken in a fight
stays one."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


def _deeds(extractor, text: str) -> set[str]:
    return {m.type for m in extractor.extract("i", text, LATE) if m.modality == "asserted"
            and m.type in ("OPERATION", "ATTACK")}


@pytest.mark.parametrize("text", [
    "The Taliban took over the control of seminaries in Kandahar.",
    "The Taliban took control of the Chinese-run copper mine in Logar.",
    "The provincial government took control of the Auqaf trusts that run the shrines.",
])
def test_control_of_an_institution_is_no_operation(extractor, text):
    assert not _deeds(extractor, text)


@pytest.mark.parametrize("text, kind", [
    ("The Taliban took control of the district headquarters after a two-day battle.", "OPERATION"),
    ("Security forces took control of the area after clearing it of militants.", "OPERATION"),
    ("Militants took control of a school in Swat and held pupils hostage.", "ATTACK"),
])
def test_ground_taken_by_force_stays_a_deed(extractor, text, kind):
    assert kind in _deeds(extractor, text)
