"""A country's name standing for its state, as its capital's does: "Afghanistan rejected the allegations" is the
Taliban administration's denial after 15 August 2021 and the Republic's before; "in Afghanistan" and "from
Afghanistan" stay places."""

from __future__ import annotations

from datetime import date

import pytest

LATE, EARLY = date(2024, 2, 1), date(2019, 2, 1)


def _first(extractor, text: str, etype: str, day: date):
    return next(m for m in extractor.extract("c", text, day) if m.type == etype)


@pytest.mark.parametrize("text, etype, side, day, ident", [
    ("Afghanistan dismissed Islamabad's charges as unfounded.", "DENY", "source", LATE, "taliban"),
    ("Afghanistan pledged that its territory would not be used against China.", "ASSURE", "source", LATE, "taliban"),
    ("Beijing pressed Afghanistan to act against ETIM fighters in Badakhshan.", "DEMAND", "target", LATE, "taliban"),
    ("Islamabad accused Afghanistan of sheltering TTP commanders.", "ACCUSE", "target", LATE, "taliban"),
    ("Islamabad accused Afghanistan of sheltering TTP commanders.", "ACCUSE", "target", EARLY, "afghan-republic"),
])
def test_the_country_name_is_its_state(extractor, text, etype, side, day, ident):
    m = _first(extractor, text, etype, day)
    ref = getattr(m, side)
    assert ref is not None and ref.id == ident


def test_the_country_name_after_in_is_a_place(extractor):
    m = _first(extractor, "Pakistani aircraft bombed TTP hideouts in Afghanistan's Paktika province.", "OPERATION",
               LATE)
    assert m.source.id == "pakistan" and m.location.admin1 == "Paktika"


@pytest.mark.parametrize("text, etype, side", [
    # a bare "interim government" in a Pakistani report is Kabul's, not the report's own country's
    ("Officials in Peshawar said the interim government had detained 12 TTP commanders near the border.", "ARREST",
     "source"),
    ("Islamabad said the interim government had arrested 20 TTP members.", "ARREST", "source"),
])
def test_a_bare_interim_government_is_kabuls(extractor, text, etype, side):
    ref = getattr(_first(extractor, text, etype, LATE), side)
    assert ref is not None and ref.id == "taliban"


@pytest.mark.parametrize("text, etype", [
    ("Turkish troops arrested five men in Tal.", "ARREST"),
    ("Russian jets struck rebel positions near Tal.", "OPERATION"),
    ("Syrian soldiers detained two shepherds near Kohat.", "ARREST"),
])
def test_another_states_forces_are_never_the_local_government(extractor, text, etype):
    m = _first(extractor, text, etype, EARLY)
    assert m.source is not None and m.source.id is None and m.source.text.split()[0] in text


@pytest.mark.parametrize("text, etype, ident", [
    ("Police arrested five men in Tal.", "ARREST", "pakistan"),
    ("Iranian border guards shelled villages in Panjgur.", "OPERATION", "iran"),
    ("Troops killed four militants in Tirah.", "OPERATION", "pakistan"),
])
def test_forces_named_by_a_watched_state_or_by_none_keep_their_state(extractor, text, etype, ident):
    m = _first(extractor, text, etype, EARLY)
    assert m.source is not None and m.source.id == ident
