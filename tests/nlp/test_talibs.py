""""Talibs", the plural some Afghan and Pakistani papers use, names the Taliban (and, in Pakistan before August
2021, the TTP, as "Taliban" did there)."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize("text, year, party", [
    ("Talibs attacked a checkpoint in Ghazni province, killing three policemen.", 2020, "taliban"),
    ("Armed Talibs stormed a police post in Kunduz.", 2020, "taliban"),
    ("Pakistani Talibs attacked a check post in Bajaur.", 2020, "ttp"),
    ("Talibs attacked a check post in Bajaur.", 2020, "ttp"),
])
def test_talibs_name_the_taliban(extractor, text, year, party):
    attacks = [m for m in extractor.extract("t", text, date(year, 6, 1)) if m.type == "ATTACK"
               and m.modality == "asserted"]
    assert [m.source.id if m.source else None for m in attacks] == [party]


def test_a_man_named_talib_is_no_party(extractor):
    ms = extractor.extract("t", "Police arrested Talib Hussain, a suspected TTP facilitator, in Kohat.", date(2024, 6, 1))
    arrests = [m for m in ms if m.type == "ARREST"]
    assert arrests and all(m.target is None or m.target.id != "taliban" for m in arrests)


@pytest.mark.parametrize("text", [
    "Police arrested three members of Tahreek-i-Taliban in Swat.",
    "Police arrested three members of the Tehreek-i-Taliban in Swat.",
    "Police arrested three Tehrik e Taliban militants in Swat.",
])
def test_the_ttps_name_spelled_without_pakistan_is_the_ttp(extractor, text):
    arrests = [m for m in extractor.extract("t", text, date(2024, 6, 1)) if m.type == "ARREST"]
    assert [m.target.id if m.target else None for m in arrests] == ["ttp"]
