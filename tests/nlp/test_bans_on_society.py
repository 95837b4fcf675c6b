"""A government's ban on society's people is no step against an armed group: "The Taliban government banned women
from attending universities" gave an asserted RESTRICT (the six action types are steps against armed groups,
militants, suspects, their money or their weapons). A ban on a group or on militants stays one."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


def _restrictions(extractor, text: str) -> list:
    return [m for m in extractor.extract("b", text, LATE) if m.type == "RESTRICT" and m.modality == "asserted"]


@pytest.mark.parametrize("text", [
    "The Taliban government banned women from attending universities.",
    "The Taliban banned girls from secondary schools in Kandahar.",
    "The Taliban banned NGOs from employing Afghan women.",
    "The Taliban barred women from working for the UN.",
])
def test_a_ban_on_society_is_no_restriction_of_a_group(extractor, text):
    assert not _restrictions(extractor, text)


@pytest.mark.parametrize("text", [
    "The Taliban banned the TTP from carrying weapons in public in Kabul.",
    "Authorities barred 40 suspected militants from travelling abroad.",
    "The Taliban banned TTP fighters and their families from living near the border.",
])
def test_a_ban_on_a_group_or_militants_stays_a_restriction(extractor, text):
    assert _restrictions(extractor, text)
