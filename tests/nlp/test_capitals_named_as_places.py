"""A capital named as the place of an event: "in the Afghan capital", "in Pakistan's capital Islamabad", "in the
capital, Kabul" (not the government a capital's name stands for in "Pakistan urged Kabul to act"); the seat of
officials who speak of a deed is no place of it; and a month that is the subject of what it held dates the
sentence. Written the way AP, Reuters and AFP write."""

from __future__ import annotations

from datetime import date

import pytest

from tests.nlp.conftest import asserted_mentions

PUB = date(2025, 11, 11)


@pytest.mark.parametrize("text, province", [
    ("ISLAMABAD, Nov 11 (Reuters) - A suicide bomber killed 12 people outside a district court in Pakistan's capital "
     "Islamabad on Tuesday, the interior minister said.", "Islamabad Capital Territory"),
    ("KABUL, Afghanistan (AP) — Gunmen stormed a Sikh temple in the Afghan capital on Saturday, killing one "
     "worshipper and a Taliban fighter, officials said.", "Kabul"),
    ("KABUL (AFP) — Two explosions rocked the Afghan capital late on Thursday.", "Kabul"),
    ("A bomb exploded in the Pakistani capital, killing two people.", "Islamabad Capital Territory"),
    ("A blast hit a mosque in the capital Kabul on Friday.", "Kabul"),
    ("A blast hit a mosque in the capital, Kabul, on Friday.", "Kabul"),
])
def test_a_capital_named_where_it_happened_is_its_place(extractor, text, province):
    attacks = [m for m in asserted_mentions(extractor, text, PUB) if m.type == "ATTACK"]
    assert attacks and attacks[0].location is not None and attacks[0].location.admin1 == province


def test_a_capital_that_speaks_is_no_place(extractor):
    ms = [m for m in extractor.extract("c", "The Afghan capital said it would not allow attacks on Pakistan.", PUB)]
    assert all(m.location is None or m.location.precision == "country" for m in ms)


def test_a_capitals_name_urged_is_the_government(extractor):
    demands = [m for m in extractor.extract("c", "Pakistan urged Kabul to act against the TTP.", PUB)
               if m.type == "DEMAND"]
    assert demands and demands[0].target and demands[0].target.id == "taliban"


def test_a_month_that_held_the_deed_dates_it(extractor):
    text = "November brought the Taliban's first handover of TTP suspects to Pakistan."
    deeds = [m for m in asserted_mentions(extractor, text, date(2026, 11, 29)) if m.type == "EXTRADITE"]
    assert deeds and deeds[0].date == date(2026, 11, 1) and deeds[0].date_precision == "month"


def test_the_seat_of_officials_is_no_place_of_the_deed(extractor):
    text = ("The fighting came on the same day as the Taliban handed over four TTP suspects to Pakistan at Torkham, a "
            "move officials in Islamabad had welcomed.")
    handovers = [m for m in asserted_mentions(extractor, text, date(2026, 11, 25)) if m.type == "EXTRADITE"]
    assert handovers and handovers[0].location is not None and handovers[0].location.name == "Torkham"


def test_officials_seat_is_kept_when_no_other_place_is_named(extractor):
    attacks = [m for m in asserted_mentions(extractor, "Officials in Quetta said two soldiers were killed in a blast.",
                                            PUB) if m.type == "ATTACK"]
    assert attacks and attacks[0].location is not None and attacks[0].location.name == "Quetta"
