"""A party's claim to have acted is that party's deed; a claim a named party doubts is disputed, and one that few
believe is asserted by nobody."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


def source(m) -> str | None:
    return m.source.id if m.source is not None else None


def restrictions(extractor, text: str):
    return [m for m in extractor.extract("s", text, LATE) if m.type == "RESTRICT"]


@pytest.mark.parametrize("text", [
    "Pakistani officials were sceptical of Taliban claims to have relocated TTP fighters.",
    "Pakistani officials were sceptical of Taliban claims to have relocated TTP fighters away from the border.",
    "Islamabad doubted Taliban claims to have moved TTP militants away from the border.",
])
def test_a_doubted_claim_is_the_claimants_and_disputed(extractor, text):
    got = restrictions(extractor, text)
    assert [(source(m), m.modality, m.verification) for m in got] == [("taliban", "asserted", "disputed")]


def test_a_claim_few_believe_is_not_asserted(extractor):
    got = restrictions(extractor, "Few in Islamabad believe Taliban claims that they relocated TTP fighters away "
                                  "from the border.")
    assert got and all(m.modality == "hypothetical" for m in got)


@pytest.mark.parametrize("text", [
    "The Taliban said they had relocated TTP fighters away from the border.",
    "Pakistan welcomed Taliban claims to have relocated TTP fighters away from the border.",
])
def test_a_claim_told_without_doubt_stays_asserted(extractor, text):
    got = restrictions(extractor, text)
    assert [(source(m), m.modality, m.verification) for m in got] == [("taliban", "asserted", None)]
