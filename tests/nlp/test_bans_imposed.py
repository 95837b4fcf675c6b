"""A ban imposed, placed or slapped on a group is a restriction by whoever imposed it, on the group named after
"on" (the parse often hangs that phrase on the verb, not on "ban")."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2024, 4, 10)


@pytest.mark.parametrize("text, source, target", [
    ("The Taliban imposed a ban on TTP recruitment in Paktika.", "taliban", "ttp"),
    ("The Taliban placed a ban on ETIM activities in Badakhshan.", "taliban", "etim"),
    ("Islamabad slapped a ban on the Jamaat-ul-Ahrar.", "pakistan", None),
])
def test_the_one_who_imposes_a_ban_restricts(extractor, text, source, target):
    m = next(m for m in extractor.extract("b", text, PUB) if m.type == "RESTRICT")
    assert m.modality == "asserted" and m.source is not None and m.source.id == source
    if target:
        assert m.target is not None and m.target.id == target


def test_a_ban_on_outfits_hung_on_the_verb_is_still_a_ban(extractor):
    ms = extractor.extract("b", "The interior ministry imposed a ban on four militant outfits on Monday.", PUB)
    m = next(m for m in ms if m.type == "RESTRICT")
    assert m.target is not None and "outfits" in m.target.text


def test_an_operation_conducted_is_not_its_own_target(extractor):
    m = next(m for m in extractor.extract("b", "Police conducted an operation in Tirah valley.", PUB)
             if m.type == "OPERATION")
    assert m.target is None or m.target.text != "operation"


def test_a_ban_on_fundraising_is_a_step_against_money(extractor):
    m = next(m for m in extractor.extract("b", "The Taliban imposed a ban on TTP fundraising in Paktika.", PUB)
             if m.modality == "asserted")
    assert m.type == "FINANCE" and m.source is not None and m.source.id == "taliban"
    assert m.target is not None and m.target.id == "ttp"
