"""A deed whose sentence names no place happened where the report places what it names, when every place the
report names lies in one province of its country."""

from __future__ import annotations

from datetime import date

import pytest

from tests.nlp.conftest import deed_province

PUB = date(2015, 6, 30)


@pytest.mark.parametrize("text, province", [
    # the place of whoever tells it
    ("A shopkeeper was shot dead by unknown gunmen, police in Swabi said.", "Khyber Pakhtunkhwa"),
    ("Troops killed seven militants in a night raid. Levies officials in Zhob confirmed the toll.", "Balochistan"),
    ("Two Levies men died in a landmine blast, Levies sources in Kharan said.", "Balochistan"),
    # where the dead served
    ("A prayer leader was shot dead by unknown assailants. He led prayers at a mosque in Landi Kotal.",
     "Khyber Pakhtunkhwa"),
    # a later sentence that names no deed of its own
    ("Militants stormed a checkpost, killing a soldier. The checkpost lies in Razmak.", "Khyber Pakhtunkhwa"),
    # a province's officials
    ("On 5 May 2020, Taliban stormed an outpost, killing 3 policemen. Faryab police spokesman confirmed it.",
     "Faryab"),
])
def test_a_deed_with_no_place_is_placed_where_the_report_is(extractor, text, province):
    assert deed_province(extractor, text, PUB) == province


def test_an_arrest_is_placed_where_the_raids_of_the_report_were(extractor):
    ms = extractor.extract("p", "Rangers arrested seven suspects. The raids were conducted in Gadap and Malir.", PUB)
    arrests = [m for m in ms if m.type == "ARREST"]
    assert arrests and arrests[0].location is not None and arrests[0].location.admin1 == "Sindh"


@pytest.mark.parametrize("placed, province, unplaced", [
    # places of two provinces tell no place
    ("A shopkeeper was shot dead by unknown gunmen. He ran a shop in Sukkur.", "Sindh",
     "A shopkeeper was shot dead by unknown gunmen. He ran shops in Multan and Sukkur."),
    # a capital that speaks for its state is no place; nor is the capital its officials speak from, who speak of
    # deeds anywhere (local officials are where their deeds are)
    ("Militants killed three soldiers in an ambush. Officials in Parachinar confirmed the deaths.",
     "Khyber Pakhtunkhwa", "Militants killed three soldiers in an ambush. Islamabad condemned the attack."),
    ("Militants killed three soldiers in an ambush. Officials in Parachinar confirmed the deaths.",
     "Khyber Pakhtunkhwa", "Militants killed three soldiers in an ambush. Officials in Islamabad confirmed the deaths."),
    # nor where the dead came from
    ("Gunmen shot dead four labourers at a construction site. The labourers worked for a firm in Gwadar.",
     "Balochistan",
     "Gunmen shot dead four labourers at a construction site. The labourers were residents of Punjab."),
    # nor is a place of another country the attackers came from
    ("Militants killed three Pakistani soldiers in an ambush. The soldiers were posted in Chitral.",
     "Khyber Pakhtunkhwa",
     "Militants killed three Pakistani soldiers in an ambush. The attackers had crossed from Kunar."),
])
def test_no_place_from_places_of_two_provinces_a_capital_or_a_crossing(extractor, placed, province, unplaced):
    assert deed_province(extractor, placed, PUB) == province
    assert deed_province(extractor, unplaced, PUB) is None


@pytest.mark.parametrize("text, province", [
    # a place that describes someone or something
    ("A Peshawar-based doctor was shot dead in Kharan.", "Balochistan"),
    # where a person named is from
    ("A Levies constable from Sindh was killed in a roadside blast in Orakzai.", "Khyber Pakhtunkhwa"),
    # the place the event's place borders
    ("Militants fired on a border post in a village of Bajaur bordering Afghanistan's Kunar province, killing a "
     "soldier.", "Khyber Pakhtunkhwa"),
    ("Gunmen killed two polio workers in Darazinda near the border with Balochistan.", "Khyber Pakhtunkhwa"),
    # a place in a relative clause about a person
    ("Unknown gunmen shot dead a trader in Sukkur who owned shops in Bahawalpur.", "Sindh"),
])
def test_a_place_that_describes_gives_way_to_the_place_of_the_deed(extractor, text, province):
    assert deed_province(extractor, text, PUB) == province
