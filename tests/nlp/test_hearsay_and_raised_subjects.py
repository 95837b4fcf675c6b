"""A deed told at second hand ("are thought to have detained") and the doer a passive verb raises ("Kabul was
urged to arrest them"): the deed keeps its doer, and hearsay is asserted but unverified."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2024, 5, 20)


def _only(extractor, text: str, etype: str):
    return next(m for m in extractor.extract("h", text, PUB) if m.type == etype)


@pytest.mark.parametrize("text, etype", [
    ("The Taliban are thought to have detained four TTP commanders in Paktika.", "ARREST"),
    ("The de facto authorities are believed to have moved several TTP families away from the border.", "RESTRICT"),
    ("The Taliban are reported to have detained two ETIM members in Badakhshan.", "ARREST"),
])
def test_hearsay_of_a_deed_keeps_its_doer_and_is_unverified(extractor, text, etype):
    m = _only(extractor, text, etype)
    assert m.modality == "asserted"
    assert m.source is not None and m.source.id == "taliban"
    assert m.verification == "unverified"


@pytest.mark.parametrize("text, etype, modality", [
    ("Kabul was urged to arrest the TTP commanders sheltering in Kunar.", "ARREST", "demanded"),
    ("The Taliban were asked to hand over the ETIM fighters living in Badakhshan.", "EXTRADITE", "demanded"),
    ("The Taliban are expected to detain the TTP leaders in the coming weeks.", "ARREST", "future"),
])
def test_the_subject_of_a_passive_verb_does_the_deed_it_governs(extractor, text, etype, modality):
    m = _only(extractor, text, etype)
    assert m.modality == modality
    assert m.source is not None and m.source.id == "taliban"
