"""A place's name that is part of a man's name places nothing: tribes give their names to districts and to men."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2024, 5, 20)


def _place(extractor, text: str) -> str | None:
    ms = extractor.extract("n", text, PUB)
    assert ms, text
    loc = ms[0].location
    return loc.name if loc is not None and loc.precision not in ("country", "region") else None


@pytest.mark.parametrize("text", [
    # a title opens the name
    "Senator Anwaar-ul-Haq Kakar condemned the killing of two Levies men.",
    "Gunmen shot dead Haji Gul Mohmand outside his home on Friday.",
    "Militants abducted Dr Abdul Wahab Shinwari on Sunday evening.",
    "Mir Sarfraz Zehri said the Levies had detained two suspects.",
    # the name is said to be a person's
    "Police arrested Nasir Orakzai, a TTP commander, during a raid on Monday.",
    # a given name before the place's name, as a surname stands last
    "The CTD arrested Zahid Orakzai on Tuesday night.",
    # a surname alone that speaks
    "Kakar said the CTD had arrested five militants.",
])
def test_a_surname_is_no_place(extractor, text):
    assert _place(extractor, text) is None


@pytest.mark.parametrize("text, place", [
    # a place after a man's name, where reports put places, stays the place
    ("Mullah Yaqoob in Kandahar ordered the arrest of two commanders.", "Kandahar"),
    ("Gunmen shot dead Haji Gul Mohmand in Quetta on Friday.", "Quetta"),
    # places whose names hold a title, a qualifier or another place's name
    ("In Pir Colony Peshawar, a shopkeeper was shot dead by unknown gunmen.", "Peshawar"),
    ("Two soldiers were martyred in an IED blast in Lower Orakzai.", "Lower Orakzai"),
    ("In Bajaur, two militants were killed by security forces.", "Bajaur"),
    # an office named by its seat
    ("SSP Quetta said police had arrested three suspects.", "Quetta"),
    ("Commissioner Karachi said two men were arrested.", "Karachi"),
])
def test_places_beside_names_stay(extractor, text, place):
    assert _place(extractor, text) == place
