"""What a report says, when the report is called false, did not happen as told; a claim made with no evidence is
unverified; deeds done "previously", with none of them told, are a habit."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


def _readings(extractor, text: str, kind: str) -> list[tuple[str, str | None]]:
    return [(m.modality, m.verification) for m in extractor.extract("f", text, LATE) if m.type == kind]


@pytest.mark.parametrize("text", [
    "Reports that the Taliban had arrested TTP leaders were false, Mujahid said.",
    "Mujahid said reports that the Taliban had arrested TTP leaders were baseless.",
])
def test_a_deed_a_report_called_false_tells_is_denied(extractor, text):
    assert _readings(extractor, text, "ARREST") == [("negated", None)]


@pytest.mark.parametrize("text", [
    "Mujahid said reports that the Taliban had arrested TTP leaders were not false.",
    "Reports that the Taliban had arrested TTP leaders were confirmed by officials.",
])
def test_a_report_not_called_false_stands(extractor, text):
    assert _readings(extractor, text, "ARREST") == [("asserted", None)]


def test_a_claim_with_no_evidence_is_unverified(extractor):
    text = "Taliban officials claimed to have detained 20 ISKP members, but provided no evidence."
    assert _readings(extractor, text, "ARREST") == [("asserted", "unverified")]


@pytest.mark.parametrize("text", [
    "The army has previously carried out operations in the area.",
    "Security forces have frequently conducted raids in the district.",
])
def test_deeds_done_before_with_none_told_are_a_habit(extractor, text):
    assert not [m for m in extractor.extract("f", text, LATE) if m.modality == "asserted"
                and m.type in ("OPERATION", "ARREST")]


def test_deeds_counted_in_a_period_are_told(extractor):
    text = "The army has carried out three operations in the area this week."
    assert ("asserted", None) in _readings(extractor, text, "OPERATION")
