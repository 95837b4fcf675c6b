"""Where the people of a report are based: the commanders who ran an attack from a base across the border give
the attack its origin, not its place; the base of a victim is no origin at all; and a standing charge that
masterminds "direct such attacks" reports no attack."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 10, 20)


def _attacks(extractor, text: str) -> list:
    return [m for m in extractor.extract("b", text, PUB) if m.type == "ATTACK" and m.modality == "asserted"]


@pytest.mark.parametrize("text, province, origin", [
    ("Commanders based in Kunar directed the attack on a checkpost in Bajaur, officials said.",
     "Khyber Pakhtunkhwa", "Kunar"),
    ("The attack on the Zhob cantonment was planned by TTP leaders based in Paktika, the army said.",
     "Balochistan", "Paktika"),
    ("Commanders in Khost directed the attack on the Bannu checkpost, officials said.", "Khyber Pakhtunkhwa",
     "Khost"),
])
def test_the_base_of_those_who_ran_an_attack_is_its_origin_not_its_place(extractor, text, province, origin):
    attacks = _attacks(extractor, text)
    assert attacks, text
    m = attacks[0]
    assert m.location is not None and m.location.admin1 == province, m.location
    assert m.launched_from is not None and m.launched_from.admin1 == origin


def test_where_the_planners_were_is_the_origin_and_no_place(extractor):
    attacks = _attacks(extractor, "The attack on the convoy was planned by TTP commanders in Afghanistan, the "
                                  "Foreign Office said.")
    assert attacks and attacks[0].launched_from is not None and attacks[0].launched_from.country == "AF"
    assert attacks[0].location is None or attacks[0].location.country != "AF"


@pytest.mark.parametrize("text", [
    "A journalist based in Lahore was shot dead on Tuesday.",
    "Two traders based in Quetta were shot dead in their shop.",
])
def test_the_base_of_the_victims_is_no_origin(extractor, text):
    attacks = _attacks(extractor, text)
    assert attacks and all(m.launched_from is None for m in attacks)


@pytest.mark.parametrize("text", [
    "TTP masterminds in Afghanistan direct such attacks, the minister said.",
    "Handlers across the border direct such attacks on our forces, the ISPR said.",
])
def test_a_standing_charge_that_masterminds_direct_attacks_reports_none(extractor, text):
    assert not [m for m in extractor.extract("b", text, PUB) if m.type == "ATTACK"]
