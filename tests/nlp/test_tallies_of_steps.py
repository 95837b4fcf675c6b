"""Steps against armed groups told as a tally over recent weeks or months are reported steps: "The Afghan Taliban
have detained dozens of Pakistani militants in recent weeks, two Pakistani security officials said" is an asserted
ARREST (it was read as a series naming no event and dropped, so the ledger never saw it). Violence told over a span
("militants have carried out dozens of attacks in recent months") stays no event of its own: attacks are counted
one by one."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


def _asserted(extractor, text: str) -> list:
    return [m for m in extractor.extract("t", text, LATE) if m.modality == "asserted"]


@pytest.mark.parametrize("text, kind, party", [
    ("The Afghan Taliban have detained dozens of Pakistani militants in recent weeks, two Pakistani security "
     "officials told Reuters.", "ARREST", "taliban"),
    ("Security forces have arrested 250 suspected TTP members in Khyber Pakhtunkhwa over the past year, the CTD said.",
     "ARREST", "pakistan"),
    ("The Taliban have moved TTP families away from the border in recent months.", "RESTRICT", "taliban"),
])
def test_a_tally_of_steps_is_a_reported_step(extractor, text, kind, party):
    assert [m.source.id if m.source else None for m in _asserted(extractor, text) if m.type == kind] == [party]


@pytest.mark.parametrize("text", [
    "Militants have carried out dozens of attacks in the district in recent months.",
    "Police have conducted several operations in the area in recent months.",
])
def test_violence_told_over_a_span_stays_no_event(extractor, text):
    assert not [m for m in _asserted(extractor, text) if m.type in ("ATTACK", "OPERATION")]


def test_a_report_named_again_speaks_for_the_body_that_issued_it(extractor):
    text = ("The UN monitoring team said in its latest report that the TTP continued to enjoy the support of the "
            "Taliban and ran training centres in Kunar. "
            "\"The Taliban have not taken any action against the TTP,\" the report said.")
    findings = [m for m in extractor.extract("t", text, LATE) if m.type == "FINDING"]
    assert len(findings) == 2 and all(m.source and m.source.id == "un" for m in findings)
