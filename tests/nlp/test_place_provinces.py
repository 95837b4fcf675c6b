"""The province of an event: names of several places, places named with the larger place they lie in, and a
guessed spelling against the sentence's sure names."""

from __future__ import annotations

from datetime import date

import pytest

from tests.nlp.conftest import deed_province

PUB = date(2020, 6, 30)


def _province(extractor, text: str) -> str | None:
    return deed_province(extractor, text, PUB)


@pytest.mark.parametrize("text, province", [
    # a district name of several provinces, glossed with the one it is in (the name and "X district" are one name,
    # not two votes for each of its readings)
    ("On 2 June 2020, Taliban fighters and ANA troops clashed in Kohistan district (Kapisa), leaving 4 fighters "
     "dead.", "Kapisa"),
    # a locality named after a city, said to lie in another city
    ("On 4 June 2020, a bomb hit a bus in the Quetta Town area of Karachi, wounding five passengers.", "Sindh"),
    ("On 4 June 2020, gunmen shot dead a shopkeeper in Quetta Town, Karachi.", "Sindh"),
    ("On 4 June 2020, gunmen shot dead a policeman near Peshawar Mor in Islamabad.", "Islamabad Capital Territory"),
])
def test_a_place_is_read_in_the_larger_place_named_with_it(extractor, text, province):
    assert _province(extractor, text) == province


def test_kashmir_is_no_respelled_kashmore(extractor):
    assert _province(extractor, "Two Pakistani villagers killed in cross-border shelling in Kashmir.") == \
        "Azad Kashmir"
    # India's part named as such is no Pakistani province
    assert _province(extractor, "Militants ambushed an army patrol in Indian-administered Kashmir, killing two "
                                "soldiers.") != "Azad Kashmir"


@pytest.mark.parametrize("text, province", [
    ("On 9 June 2020, unknown men set fire to a girls' school in the Darel valley of Diamer district.",
     "Gilgit-Baltistan"),
    ("On 9 June 2020, militants attacked a police post in Darazinda, killing two policemen.", "Khyber Pakhtunkhwa"),
    ("On 9 June 2020, gunmen shot dead a police constable in Matta bazaar.", "Khyber Pakhtunkhwa"),
    ("On 9 June 2020, unidentified gunmen killed two labourers near Muslim Bagh.", "Balochistan"),
])
def test_district_spellings_and_frontier_towns(extractor, text, province):
    assert _province(extractor, text) == province


def test_the_evaluation_compares_provinces_not_spellings():
    from tangible.evaluation.acled import _province as same

    assert same("Nimruz") == same("Nimroz") and same("Jowzjan") == same("Jawzjan")
    assert same("Hilmand") == same("Helmand") and same("Sar-e Pol") == same("Sar-e-Pul")
    assert same("Federally Administered Tribal Areas") == same("Khyber Pakhtunkhwa")
    assert same("Kunar") != same("Kunduz")



def test_a_name_of_both_countries_is_the_reports_country(extractor):
    # a district name of both countries: the report's forces tell whose it is
    assert _province(extractor, "On 5 April 2020, unidentified gunmen shot dead two Levies personnel in Musa Khel "
                                "district.") == "Balochistan"
    assert _province(extractor, "On 5 April 2020, Taliban militants attacked ANA soldiers in Musa Khel district, "
                                "killing 2.") == "Khost"


@pytest.mark.parametrize("text, province", [
    ("On 7 July 2020, gunmen shot dead a journalist in Islamabad's G-9 sector.", "Islamabad Capital Territory"),
    ("On 7 July 2020, a sticky bomb attached to a car went off in Kabul's PD 5, killing the driver.", "Kabul"),
    # the capital named after a part of it, in brackets or after a comma
    ("On 9 July 2020, a magnetic bomb struck a minibus in Qala-e Fatullah (Kabul), killing 3 passengers.", "Kabul"),
    ("On 9 July 2020, unknown gunmen shot dead a cleric in Khair Khana, Kabul.", "Kabul"),
])
def test_a_part_of_a_capital_is_where_it_happened_not_the_government(extractor, text, province):
    assert _province(extractor, text) == province


def test_where_people_were_moved_to_is_not_where_the_move_happened(extractor):
    # the parse hangs the destination on the place left, not on the verb of moving
    ms = [m for m in extractor.extract("t", "The Taliban moved about sixty foreign fighters and their families out of "
                                            "the Wakhan corridor to Baghlan province on Tuesday, residents said.",
                                       date(2026, 12, 10)) if m.type == "RESTRICT"]
    assert ms and ms[0].location is not None and ms[0].location.admin1 == "Badakhshan"


@pytest.mark.parametrize("text", [
    "Police said the bombing bore the hallmarks of the Jamaat-ul-Ahrar, which is based in Nangarhar.",
    "Officials blamed the ambush on the Hafiz Gul Bahadur group, which operates from hideouts in Paktika.",
])
def test_where_a_group_is_based_is_not_where_its_attack_happened(extractor, text):
    # the clause says where the group lives; the attack's place is told elsewhere, or not at all
    assert _province(extractor, text) is None



@pytest.mark.parametrize("text, province", [
    # neighbourhoods of the big cities named without their city: the city's province
    ("On 10 June 2020, a magnetic bomb attached to a car went off in Khair Khana, wounding two civilians.", "Kabul"),
    ("On 10 June 2020, an IED planted by unidentified militants exploded in Dasht-e-Barchi, killing a child.",
     "Kabul"),
    ("On 10 June 2020, unknown gunmen on a motorcycle shot dead a Hazara shopkeeper at Hazarganji.", "Balochistan"),
    ("On 10 June 2020, unidentified men hurled a hand grenade at a house in Yakatoot, injuring three.",
     "Khyber Pakhtunkhwa"),
    ("On 10 June 2020, gunmen shot dead a trader in Pak Colony.", "Sindh"),
])
def test_a_neighbourhood_is_in_its_citys_province(extractor, text, province):
    assert _province(extractor, text) == province


@pytest.mark.parametrize("text, province", [
    # tehsils and villages of the frontier, and sectors of the Line of Control and the Working Boundary
    ("On 11 June 2020, militants fired rockets at a security forces check post in Teri Mangal, killing a soldier.",
     "Khyber Pakhtunkhwa"),
    ("On 11 June 2020, an IED planted on the roadside hit an FC vehicle in Zamuran, wounding three personnel.",
     "Balochistan"),
    ("On 11 June 2020, Indian troops shelled villages in Jandrot sector, wounding a woman.", "Azad Kashmir"),
    ("On 11 June 2020, unprovoked Indian firing in Chaprar sector injured two villagers.", "Punjab"),
])
def test_frontier_tehsils_and_border_sectors(extractor, text, province):
    assert _province(extractor, text) == province


@pytest.mark.parametrize("text, province", [
    # a town's name typed in lower case, where a place goes and ending as towns' names do
    ("On 12 June 2020, unknown gunmen shot dead a shopkeeper in faqirabad.", "Khyber Pakhtunkhwa"),
    ("On 12 June 2020, policemen gunned down two militants in azizabad.", "Sindh"),
])
def test_a_town_typed_in_lower_case(extractor, text, province):
    assert _province(extractor, text) == province


def test_a_name_of_several_provinces_alone_tells_no_province(extractor):
    # Kohistan is a district of Faryab and of Badakhshan: with nothing around it to choose, no guess
    assert _province(extractor, "Unknown gunmen killed two policemen in Kohistan district on Monday.") is None
    assert _province(extractor, "Unknown gunmen killed two policemen in Kohistan district of Faryab on Monday.") \
        == "Faryab"
    # two places named, each of one province: the first named is the event's
    assert _province(extractor, "Militants attacked checkpoints in Quetta and Lahore.") == "Balochistan"


@pytest.mark.parametrize("text, province", [
    # the province written after a district, with a comma or in brackets, is where the writer puts it, whatever
    # province the gazetteer holds the district in (districts move between provinces)
    ("On 4 June 2021, Taliban fighters overran an outpost in Ghormach district, Faryab, killing two ALP.", "Faryab"),
    ("On 5 June 2021, the ANA shelled Taliban positions in Ghormach district (Faryab).", "Faryab"),
])
def test_a_province_written_after_a_district_is_its_province(extractor, text, province):
    ms = [m for m in extractor.extract("p", text, date(2021, 6, 30)) if m.type in ("ATTACK", "OPERATION")]
    assert ms and ms[0].location and ms[0].location.admin1 == province
