"""An authority's order of a closure, a freeze or a ban is the measure taken; an order to another party to act
stays asked of it, and an arrest ordered is a warrant, not an arrest."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


def kinds(extractor, text: str) -> set[tuple[str, str]]:
    return {(m.type, m.modality) for m in extractor.extract("o", text, LATE)}


@pytest.mark.parametrize("text, etype", [
    ("Authorities ordered the closure of two seminaries linked to the TTP.", "DISMANTLE"),
    ("The interior ministry ordered the freezing of the bank accounts of 20 TTP leaders.", "FINANCE"),
    ("The State Bank ordered the freezing of accounts of banned outfits.", "FINANCE"),
])
def test_a_measure_ordered_is_taken(extractor, text, etype):
    assert (etype, "asserted") in kinds(extractor, text)


@pytest.mark.parametrize("text, etype", [
    ("Pakistan ordered Kabul to close the camps.", "DISMANTLE"),
    ("Islamabad ordered the Taliban to hand over the TTP leaders.", "EXTRADITE"),
    ("A court ordered the arrest of the TTP commander.", "ARREST"),
])
def test_an_order_to_another_or_a_warrant_stays_asked(extractor, text, etype):
    got = kinds(extractor, text)
    assert (etype, "demanded") in got and (etype, "asserted") not in got
