"""An assurance that a deed has been done reports the deed (claimed by whoever assures); an assurance of what will
be done stays a promise."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


@pytest.mark.parametrize("text,kind", [
    ("The Taliban assured Pakistan that they had arrested several TTP commanders in Kunar.", "ARREST"),
    ("Kabul reassured Beijing that it had detained ETIM members in Badakhshan.", "ARREST"),
    ("Mujahid assured Islamabad that TTP fighters have been moved away from the border.", "RESTRICT"),
    ("A Taliban delegation assured Chinese officials that Uyghur militants had been relocated away from the Wakhan "
     "corridor.", "RESTRICT"),
])
def test_a_deed_assured_as_done_is_reported(extractor, text, kind):
    ms = extractor.extract("a", text, LATE)
    assert ("ASSURE", "asserted") in {(m.type, m.modality) for m in ms}
    assert (kind, "asserted") in {(m.type, m.modality) for m in ms}


@pytest.mark.parametrize("text", [
    "The Taliban assured Pakistan that they would arrest TTP commanders.",
    "The Taliban assured China that ETIM fighters will be relocated away from the border.",
    "Kabul reassured Beijing that it could detain ETIM members if evidence was shared.",
])
def test_a_deed_assured_for_later_stays_a_promise(extractor, text):
    ms = extractor.extract("a", text, LATE)
    assert not [m for m in ms if m.type in ("ARREST", "RESTRICT") and m.modality == "asserted"]
