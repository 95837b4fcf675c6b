"""Words of action said of talk and politics are no deeds: a diplomatic offensive, a report shot down, a retort
shot back, a tension defused, a government under attack from its critics. And whoever calls air strikes a
violation did not strike."""

from __future__ import annotations

from datetime import date

import pytest

from tangible.ontology import counts_as_evidence

LATE = date(2025, 1, 10)


@pytest.mark.parametrize("text", [
    "Islamabad launched a diplomatic offensive to press Kabul over the TTP.",
    "The Foreign Office shot down reports that the talks with Kabul had collapsed.",
    "The Taliban spokesman shot back, saying Islamabad should look at its own security failures.",
    "Barring a few incidents, the border crossing stayed calm over the weekend.",
    "Talks between tribal elders of both sides defused the tension at Torkham.",
    "The Taliban government came under attack from Pakistani politicians over the TTP.",
])
def test_words_of_politics_report_no_deed(extractor, text):
    ms = extractor.extract("w", text, LATE)
    assert not [m for m in ms if m.modality == "asserted" and (counts_as_evidence(m.type, m.modality)
                                                               or m.type in ("ATTACK", "OPERATION"))]


@pytest.mark.parametrize("text", [
    "Security forces launched an offensive against the TTP in Tirah.",
    "Pakistani troops came under attack from militants near the border.",
])
def test_deeds_told_in_the_same_words_stay(extractor, text):
    ms = extractor.extract("w", text, LATE)
    assert any(m.modality == "asserted" and m.type in ("ATTACK", "OPERATION") for m in ms)


@pytest.mark.parametrize("text", [
    "The Taliban called the air strikes a violation of Afghan sovereignty.",
    "Kabul called the air strikes an attack on Afghanistan's sovereignty.",
])
def test_who_calls_air_strikes_a_violation_did_not_strike(extractor, text):
    ms = [m for m in extractor.extract("w", text, LATE) if m.type in ("ATTACK", "OPERATION")]
    assert ms and all(m.source is None or m.source.id is None for m in ms)
    assert all(m.type == "OPERATION" for m in ms)
