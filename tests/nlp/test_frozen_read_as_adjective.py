"""Money "had been frozen", where the parse reads the participle as an adjective, is frozen: "Officials said that
the bank accounts of LeT had been frozen"."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


def finance(extractor, text: str):
    return [(m.type, m.modality, m.groups) for m in extractor.extract("s", text, LATE) if m.type == "FINANCE"]


@pytest.mark.parametrize("text, group", [
    ("Officials said that the bank accounts of LeT had been frozen.", "lashkar-e-taiba"),
    ("The bank accounts of the TTP were frozen.", "ttp"),
    ("The assets of three TTP leaders have been frozen, the interior ministry said.", "ttp"),
])
def test_money_frozen(extractor, text, group):
    assert finance(extractor, text) == [("FINANCE", "asserted", [group])]


@pytest.mark.parametrize("text", [
    "The river was frozen.",
    "The accounts of a charity linked to the opposition were frozen.",
    "The accounts of a charity linked to the opposition were frozen by the government.",
])
def test_nothing_frozen_that_is_no_step(extractor, text):
    assert finance(extractor, text) == []


def test_money_frozen_by_a_named_bank_stays(extractor):
    assert finance(extractor, "Accounts of LeT were frozen by the State Bank.") == [
        ("FINANCE", "asserted", ["lashkar-e-taiba"])]
