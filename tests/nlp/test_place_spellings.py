"""Afghan district names in the spellings reports use rather than the gazetteer's."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2021, 5, 31)


@pytest.mark.parametrize("text, province", [
    # a longer respelled name over a shorter exact one: Kunduz's Chahar Dara, not Panjshir's Darah
    ("On 6 May 2021, Taliban killed 3 ALP in Chahar Darah district.", "Kunduz"),
    # the links of a Persian name written with hyphens
    ("On 7 May 2021, gunmen killed a municipal official in Pul-e-Khumri city.", "Baghlan"),
    ("On 8 May 2021, Taliban killed 2 ANP in Qala-i-Zal district.", "Kunduz"),
    # a two-word name with a short key
    ("On 9 May 2021, an IED killed two civilians in Nad-e Ali district.", "Helmand"),
    # the gazetteer's apostrophe for the 'ayn left out
    ("On 10 May 2021, Taliban fighters killed a soldier in Pul-e Alam city.", "Logar"),
])
def test_a_respelled_district_finds_its_province(extractor, text, province):
    ms = [m for m in extractor.extract("p", text, PUB) if m.type in ("ATTACK", "OPERATION")]
    assert ms and ms[0].location is not None and ms[0].location.admin1 == province


@pytest.mark.parametrize("text, province", [
    # short names whose spelling-blind key alone names districts of several provinces: the spelling is close
    ("On 12 May 2021, ANA commandos killed 6 Taliban in Nerkh district.", "Wardak"),
    ("On 13 May 2021, Taliban fighters ambushed an ANA convoy in Shah Joi district, killing 2 soldiers.", "Zabul"),
    ("On 14 May 2021, a landmine killed a farmer in Zheray district.", "Kandahar"),
    ("On 15 May 2021, militants fired on a Levies post at Ghallanai, wounding two Levies men.", "Khyber Pakhtunkhwa"),
])
def test_a_short_name_in_a_close_spelling_finds_its_province(extractor, text, province):
    ms = [m for m in extractor.extract("p", text, PUB) if m.type in ("ATTACK", "OPERATION")]
    assert ms and ms[0].location is not None and ms[0].location.admin1 == province


@pytest.mark.parametrize("text, province", [
    # a name of several words one letter off, the first letter too: every reading in one province
    ("On 4 July 2020, a landmine planted by militants killed two shepherds in Bera Bugti.", "Balochistan"),
])
def test_a_long_name_one_letter_off_finds_its_province(extractor, text, province):
    ms = [m for m in extractor.extract("p", text, PUB) if m.type in ("ATTACK", "OPERATION")]
    assert ms and ms[0].location is not None and ms[0].location.admin1 == province


@pytest.mark.parametrize("text, province", [
    # a named operation with a known theatre, where the report names no place finer than the country
    ("Eight militants were killed in air strikes by the Pakistan Air Force under operation Zarb-e-Azb.",
     "Khyber Pakhtunkhwa"),
    ("Troops killed four militants in a fresh phase of Operation Khyber-4, the ISPR said.", "Khyber Pakhtunkhwa"),
    ("Afghan and coalition troops killed twelve Taliban fighters on the third day of Operation Moshtarak.", "Helmand"),
])
def test_a_named_operation_gives_its_theatre(extractor, text, province):
    ms = [m for m in extractor.extract("p", text, PUB) if m.type in ("ATTACK", "OPERATION")]
    assert ms and ms[0].location is not None and ms[0].location.admin1 == province


def test_a_sector_of_the_line_of_control_is_azad_kashmirs(extractor):
    text = "A woman was killed when Indian troops fired mortar shells at villages in Nezapir sector."
    ms = [m for m in extractor.extract("p", text, PUB) if m.type in ("ATTACK", "OPERATION")]
    assert ms and ms[0].location is not None and ms[0].location.admin1 == "Azad Kashmir"


@pytest.mark.parametrize("text, province", [
    # towns and villages of the frontier, Malakand, Balochistan and Sindh's cities named without their district
    ("On 3 May 2020, unknown gunmen shot dead a police constable in Takht Bhai.", "Khyber Pakhtunkhwa"),
    ("On 4 May 2020, militants blew up a girls' school in Kamar Khel.", "Khyber Pakhtunkhwa"),
    ("On 5 May 2020, unknown gunmen shot dead a Levies soldier in Khanozai.", "Balochistan"),
    ("On 6 May 2020, unidentified men hurled a grenade at a shop in Latifabad, wounding two people.", "Sindh"),
    ("On 7 May 2020, gunmen shot dead a shopkeeper in Gulistan-e-Johar.", "Sindh"),
])
def test_a_town_named_alone_finds_its_province(extractor, text, province):
    ms = [m for m in extractor.extract("p", text, PUB) if m.type in ("ATTACK", "OPERATION")]
    assert ms and ms[0].location is not None and ms[0].location.admin1 == province


def test_firing_along_the_working_boundary_is_punjabs(extractor):
    text = "On 8 August 2020, Indian troops resorted to unprovoked firing along the Working Boundary, killing a civilian."
    ms = [m for m in extractor.extract("p", text, PUB) if m.type in ("ATTACK", "OPERATION")]
    assert ms and ms[0].location is not None and ms[0].location.admin1 == "Punjab"


@pytest.mark.parametrize("text, province", [
    # districts GeoNames lacks (made since its list) or spells too far off, in the spellings of Afghan reporting
    ("On 3 June 2020, Taliban fighters attacked an ANA checkpoint in Marja district, killing 2 soldiers.", "Helmand"),
    ("On 4 June 2020, uprising forces clashed with the Taliban in Dand-e Ghori district, killing 3 fighters.",
     "Baghlan"),
    ("On 5 June 2020, an IED planted by militants killed a police officer in Alasay district.", "Kapisa"),
    ("On 6 June 2020, ANDSF killed 5 Taliban in a night operation in Wuza Zadran district.", "Paktya"),
    ("On 7 June 2020, Taliban fighters attacked ALP posts in Ghorband district, killing 2 ALP members.", "Parwan"),
    ("On 8 June 2020, ANA soldiers killed 4 Taliban in Chinarto district.", "Uruzgan"),
    ("On 9 June 2020, Taliban attacked police checkpoints in Lash wa Juwayn district, killing 3 policemen.", "Farah"),
    # a provincial capital by its other name
    ("On 28 December 2020, Taliban militants shot and killed a journalist in Firozkoh city.", "Ghor"),
    # a short name with "district" after it; in Paktya, not Khyber Pakhtunkhwa's Patan or Peshawar's Chamkani
    ("On 10 June 2020, IS militants attacked an ANA outpost in Kot district, killing 2 soldiers.", "Nangarhar"),
    ("On 11 June 2020, Taliban fighters ambushed an ANA convoy in Dand-e Patan district, killing 3 soldiers.",
     "Paktya"),
    ("On 12 June 2020, Afghan forces killed 6 Taliban in an airstrike in Chamkani district.", "Paktya"),
])
def test_an_afghan_district_in_acleds_spelling_finds_its_province(extractor, text, province):
    ms = [m for m in extractor.extract("p", text, PUB) if m.type in ("ATTACK", "OPERATION")]
    assert ms and ms[0].location is not None and ms[0].location.admin1 == province


@pytest.mark.parametrize("text, province", [
    # more districts in the spellings of Afghan reporting: the gazetteer's are too far off or lacking
    ("On 14 June 2020, Taliban fighters stormed police posts in Khair Kot district, killing 2 policemen.", "Paktika"),
    ("On 15 June 2020, the Taliban overran a checkpoint in Laja Mangal district.", "Paktya"),
    ("On 16 June 2020, Taliban militants ambushed an ALP patrol in Zhari district.", "Kandahar"),
    ("On 17 June 2020, ANA commandos killed 7 Taliban in Pachir Agam district.", "Nangarhar"),
    ("On 18 June 2020, Taliban fighters attacked ANA posts in Dara-i-Suf district.", "Samangan"),
    ("On 19 June 2020, a roadside mine killed two farmers in Badpakh district.", "Laghman"),
    ("On 20 June 2020, Taliban fighters attacked an outpost in Zerok district, killing a soldier.", "Paktika"),
    ("On 21 June 2020, Taliban fighters attacked security posts in Dolaina district.", "Ghor"),
    ("On 22 June 2020, US drones struck Taliban fighters in Khanashin district, killing 4.", "Helmand"),
    # a district named as one, not the town of that name in another country ("Narang" of Punjab)
    ("On 24 June 2020, Pakistani forces fired rockets into Narang district, wounding 3 civilians.", "Kunar"),
    # a name of both countries named as a district: Paktika's, not Pakistan's village of that name
    ("On 24 December 2024, Pakistani jets bombed a house in Barmal district, killing 5 people.", "Paktika"),
    ("On 25 December 2024, militants attacked a checkpost in Barmal, South Waziristan, killing 2 soldiers.",
     "Khyber Pakhtunkhwa"),
    # a respelled name shared with a town of another province, named as a district: Wardak's, not a town of Sindh
    ("On 26 June 2020, Taliban fighters attacked a police post in Sayedabad district, killing 2 policemen.", "Wardak"),
])
def test_more_afghan_districts_in_reporting_spellings(extractor, text, province):
    ms = [m for m in extractor.extract("p", text, PUB) if m.type in ("ATTACK", "OPERATION")]
    assert ms and ms[0].location is not None and ms[0].location.admin1 == province


@pytest.mark.parametrize("text, province", [
    # places typed in lower case, or partly so, where reports put places
    ("On 25 June 2020, unidentified gunmen shot dead a shopkeeper in Dera Ismail khan.", "Khyber Pakhtunkhwa"),
    ("On 26 June 2020, unknown gunmen shot dead a lawyer in peshawar.", "Khyber Pakhtunkhwa"),
    ("On 27 June 2020, unidentified gunmen killed a student in north waziristan.", "Khyber Pakhtunkhwa"),
    ("On 28 June 2020, unidentified gunmen killed a driver in lakki marwat district.", "Khyber Pakhtunkhwa"),
    ("On 29 June 2020, unknown gunmen killed a shopkeeper in quetta.", "Balochistan"),
    ("On 30 June 2020, Taliban militants attacked ANA posts in helmand province.", "Helmand"),
    ("On 1 July 2020, unknown gunmen shot dead a trader in dg khan.", "Punjab"),
    # a name by its initials, which end no sentence
    ("On 2 July 2020, unknown assailants shot dead a tribal elder in D.I. Khan. Police registered a case.",
     "Khyber Pakhtunkhwa"),
    ("On 3 July 2020, unknown assailants shot dead a tribal elder in D.I Khan.", "Khyber Pakhtunkhwa"),
])
def test_a_place_in_lower_case_finds_its_province(extractor, text, province):
    ms = [m for m in extractor.extract("p", text, PUB) if m.type in ("ATTACK", "OPERATION")]
    assert ms and ms[0].location is not None and ms[0].location.admin1 == province


@pytest.mark.parametrize("text", [
    # words that are also names of districts or cities, typed in lower case, are no places
    "On 4 July 2020, unknown gunmen shot dead a translator who worked in farsi for a local paper.",
    "On 5 July 2020, unknown gunmen shot dead a grain trader in mandi.",
])
def test_a_common_word_in_lower_case_is_no_place(extractor, text):
    ms = [m for m in extractor.extract("p", text, PUB) if m.type in ("ATTACK", "OPERATION")]
    assert ms and all(m.location is None or m.location.admin1 is None for m in ms)


@pytest.mark.parametrize("text, province", [
    # a village named with its district, whose name holds a place of another country ("Bagh" of Azad Kashmir,
    # "Tangi" of Charsadda): the district in a spelling the gazetteer lacks still places it
    ("On 6 July 2020, Taliban fighters attacked an ANA checkpoint in Loy Bagh village of Nad-e Ali district.",
     "Helmand"),
    ("On 7 July 2020, Taliban militants raided a police post in Tangi village of Nahri Sarraj district.", "Helmand"),
    # districts in the spellings of Afghan reporting
    ("On 8 July 2020, Taliban fighters overran ALP posts in Chahar Sada district.", "Ghor"),
    ("On 9 July 2020, Pakistani forces fired rockets into Zazai Maidan district, wounding a child.", "Khost"),
])
def test_a_village_and_its_district_find_the_districts_province(extractor, text, province):
    ms = [m for m in extractor.extract("p", text, PUB) if m.type in ("ATTACK", "OPERATION")]
    assert ms and ms[0].location is not None and ms[0].location.admin1 == province


@pytest.mark.parametrize("text", [
    "China held talks with the Taliban in Beijing on security cooperation on Tuesday.",
    "Foreign ministry spokesman Mao Ning told a regular briefing in Beijing that China urged Kabul to act against ETIM.",
])
def test_a_states_capital_is_no_respelled_village(extractor, text):
    ms = extractor.extract("t", text, date(2023, 6, 1))
    assert ms and all(m.location is None or m.location.country != "PK" for m in ms)
