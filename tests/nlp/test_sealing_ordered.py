"""Premises of a group sealed, or their sealing ordered, are dismantled: "Authorities ordered the sealing of three
madrassas linked to the TTP", as "ordered the closure of" is."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


def dismantled(extractor, text: str):
    return [(m.type, m.modality, m.groups) for m in extractor.extract("s", text, LATE)
            if m.type in ("DISMANTLE", "AGREE", "FINANCE")]


@pytest.mark.parametrize("text", [
    "Authorities ordered the sealing of three madrassas linked to the TTP.",
    "Authorities ordered the closure of three madrassas linked to the TTP.",
    "Authorities sealed three madrassas linked to the TTP.",
    "Police announced the sealing of a TTP office in Swat.",
])
def test_premises_of_a_group_sealed(extractor, text):
    assert dismantled(extractor, text) == [("DISMANTLE", "asserted", ["ttp"])]


@pytest.mark.parametrize("text, expected", [
    ("Authorities ordered the sealing of the border.", []),
    ("Police sealed three shops for violating the lockdown.", []),
    ("The two sides sealed a deal.", [("AGREE", "asserted", [])]),
    ("Police sealed three money exchange shops accused of moving funds for the TTP.",
     [("FINANCE", "asserted", ["ttp"])]),
])
def test_other_sealings_stay(extractor, text, expected):
    assert dismantled(extractor, text) == expected
