"""Where a conveyance was going, the side of a border place a report names, and the province of a provincial desk
that files a report naming no place of its own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.nlp.conftest import deed_province

PUB = date(2015, 6, 30)


@pytest.mark.parametrize("text, province", [
    ("A suicide bomber blew himself up at the railway station in Quetta on Saturday morning as passengers waited for a "
     "train to Peshawar.", "Balochistan"),
    ("Militants ambushed a convoy heading to Parachinar in Kurram Agency, killing 4 soldiers.", "Khyber Pakhtunkhwa"),
])
def test_where_a_conveyance_was_going_is_not_where_it_was_struck(extractor, text, province):
    assert deed_province(extractor, text, PUB) == province


def test_the_side_of_the_border_a_place_is_told_on(extractor):
    text = "Militants fired at a truck near Torkham on the Pakistani side of the border, killing the driver."
    assert deed_province(extractor, text, PUB) == "Khyber Pakhtunkhwa"


@pytest.mark.parametrize("text, province", [
    ("QUETTA: Unknown assailants gunned down three Hazara men on Spinny Road on Tuesday.", "Balochistan"),
    ("GILGIT: Armed men shot dead a Shia scholar near Jutial on Thursday.", "Gilgit-Baltistan"),
    ("LAHORE: A suicide bomber struck a church in Youhanabad, killing 15 people.", "Punjab"),
    # (a place the report names outweighs the desk's)
    ("PESHAWAR: Militants attacked a check post in Zhob, killing three soldiers.", "Balochistan"),
])
def test_a_provincial_desk_places_what_its_report_does_not(extractor, text, province):
    assert deed_province(extractor, text, PUB) == province


@pytest.mark.parametrize("text", [
    "ISLAMABAD: Militants attacked a check post, killing three soldiers, the ISPR said.",
    "RAWALPINDI: Terrorists attacked a security forces' convoy, martyring two soldiers, the ISPR said.",
    # (a wire agency's bureau reports a region)
    "Karachi, Jul 13 (PTI) A bomb exploded near an election rally, killing 85 people.",
])
def test_a_national_desk_or_a_wire_bureau_places_nothing(extractor, text):
    ms = [m for m in extractor.extract("n", text, PUB) if m.type in ("ATTACK", "OPERATION") and m.modality == "asserted"]
    assert ms and all(m.location is None or m.location.admin1 is None for m in ms)


def test_the_desk_gives_the_province_not_the_town(extractor):
    ms = [m for m in extractor.extract("q", "QUETTA: Gunmen killed two policemen on Tuesday, officials said.", PUB)
          if m.type == "ATTACK" and m.modality == "asserted"]
    assert ms and ms[0].location.precision == "admin1" and ms[0].location.name == "Balochistan"
