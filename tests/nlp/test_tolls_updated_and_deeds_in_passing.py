"""Whole reports whose tolls move, whose deeds are told in passing, and notes whose totals, bombs made safe and
places read as ACLED's coders read them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.nlp.conftest import asserted_of_type, asserted_violence, event_dead


def main_event(extractor, text, published, etype="ATTACK"):
    found = asserted_of_type(extractor, text, etype, published)
    assert found, text
    return [m for m in found if m.event == found[0].event]


@pytest.mark.parametrize("text, dead", [
    ("On 11 May 2019, militants of the BLA stormed the Pearl Continental hotel in Gwadar (Gwadar, Balochistan), killing "
     "4 hotel employees and a Navy soldier. All 3 attackers were killed by SSG commandos in the ensuing clearance. 8 "
     "fatalities.", 8),
    ("On 26 December 2021, in Dwatoi area of NWA, TTP militants opened fire on a military post, killing 1 soldier. 2 "
     "assailants killed in retaliatory fire. 3 fatalities.", 3),
])
def test_a_notes_fatalities_are_every_sides_dead(extractor, text, dead):
    assert event_dead(main_event(extractor, text, date(2021, 12, 27))) == dead


def test_civilian_fatalities_stay_the_civilians(extractor):
    event = main_event(extractor, "Unidentified gunmen opened fire on a bus in Kurram, resulting in 3 civilian "
                                  "fatalities. 2 attackers were killed by police.", date(2021, 12, 27))
    assert event_dead(event) == 5


@pytest.mark.parametrize("text", [
    "On 22 June 2020, ANP defused a roadside IED planted by the Taliban on the Kandahar-Herat highway in Maiwand "
    "district (Kandahar).",
    "On 1 October 2020, FC Balochistan recovered a large cache of arms including rockets and IEDs during a search "
    "operation in Kohlu district.",
])
def test_bombs_made_safe_are_no_attack(extractor, text):
    ms = extractor.extract("s", text, date(2020, 10, 2))
    assert [m for m in ms if m.type == "DISMANTLE" and m.modality == "asserted"]
    assert not [m for m in ms if m.type == "ATTACK" and m.modality == "asserted"]


def test_forces_that_answer_an_attack_leave_it_the_attackers(extractor):
    text = ("On 20 February 2021, ALP clashed with the Taliban near Almar district centre (Faryab) after the Taliban "
            "attacked their posts. 3 ALP and 2 Taliban killed.")
    found = asserted_violence(extractor, text, date(2021, 2, 21))
    assert found and {m.type for m in found} == {"ATTACK"} and found[0].source.id == "taliban"
    assert event_dead(found) == 5


@pytest.mark.parametrize("text, dead", [
    ("A truck bomb exploded in Kabul on Wednesday, killing at least 80 people. President Ashraf Ghani later said more "
     "than 150 people had been killed.", 150),
    ("A suicide bomber blew himself up at Quetta railway station on Saturday. Officials initially put the death toll at "
     "32, but later revised it to 26.", 26),
    ("At least 38 people were killed when gunmen opened fire on a convoy in Kurram on Thursday. Police initially put the "
     "toll at 32, but hospital officials said on Friday it had risen to 42.", 42),
    ("Two Chinese nationals were killed and 10 others injured when a vehicle-borne improvised explosive device struck a "
     "convoy near Jinnah International Airport late on Sunday night, officials said. The Sindh Home Minister said a "
     "Pakistani national was also killed, raising the death toll to three.", 3),
])
def test_a_toll_updated_later_stands(extractor, text, dead):
    assert event_dead(main_event(extractor, text, date(2024, 11, 10))) == dead


def test_a_second_figure_on_anothers_word_is_still_the_lower(extractor):
    text = ("Taliban attacked a checkpoint in Andar, killing 6 ALP members, local sources said. The district governor "
            "said 4 ALP members were killed.")
    assert event_dead(main_event(extractor, text, date(2020, 5, 2))) == 4


def test_a_deed_told_in_passing_is_not_what_the_report_tells_on(extractor):
    text = ("QUETTA: A suicide bomber struck a crowd of lawyers gathered at the emergency ward of the Civil Hospital on "
            "Monday, killing at least 63 people and injuring more than 100. The lawyers had gathered at the hospital "
            "after the body of Balochistan Bar Association president Bilal Anwar Kasi, who was shot dead earlier in the "
            "day, was brought there. Provincial health officials later said the toll had risen to 70, including the "
            "bomber. Both Jamaatul Ahrar, a faction of the Pakistani Taliban, and the Islamic State group claimed "
            "responsibility for the bombing.")
    found = asserted_of_type(extractor, text, "ATTACK", date(2016, 8, 8))
    bombing = [m for m in found if m.event == found[0].event]
    assert event_dead(bombing) == 70 and bombing[0].source.id == "ttp"
    shooting = [m for m in found if m.event != found[0].event]
    assert shooting and not any(m.source and m.source.id for m in shooting)


def test_a_man_named_with_an_arabic_article_is_one_dead(extractor):
    op = asserted_of_type(extractor, "The United States killed al Qaeda leader Ayman al-Zawahiri in a drone strike in "
                                     "Kabul over the weekend.", "OPERATION", date(2022, 8, 1))
    assert op and op[0].quantities.get("killed") == 1 and op[0].location.admin1 == "Kabul"


@pytest.mark.parametrize("text", [
    "A massive truck bomb exploded in Kabul's diplomatic quarter during the morning rush hour on Wednesday, killing at "
    "least 80 people.",
    "On 29 April 2022, a blast at the Khalifa Sahib mosque in PD 16, Kabul, killed over 50 Sufi worshippers during "
    "Friday prayers.",
])
def test_the_capital_named_as_a_place_of_the_city(extractor, text):
    found = asserted_violence(extractor, text, date(2022, 4, 30))
    assert found and found[0].location is not None and found[0].location.admin1 == "Kabul"


def test_the_capital_named_as_its_government_is_no_place(extractor):
    found = asserted_of_type(extractor, "Kabul's forces arrested five ISKP members in Jalalabad.", "ARREST",
                             date(2022, 4, 30))
    assert found and found[0].location.admin1 == "Nangarhar"


def test_the_past_deeds_of_the_men_killed_are_no_part_of_the_operation(extractor):
    text = ("RAWALPINDI: Security forces killed four terrorists during an exchange of fire in Bajaur district, the "
            "Inter-Services Public Relations said on Sunday. The killed terrorists remained actively involved in "
            "numerous terrorist activities against security forces, including the killing of a police constable in Khar "
            "on 3 April, and were highly wanted by law enforcement agencies.")
    ms = [m for m in extractor.extract("p", text, date(2023, 5, 7)) if m.modality == "asserted"]
    op = [m for m in ms if m.type == "OPERATION"]
    assert op and all(m.trigger != "killing" for m in op) and op[0].quantities.get("killed") == 4
    past = [m for m in ms if m.trigger == "killing"]
    assert past and past[0].event != op[0].event and past[0].location.name == "Khar"


@pytest.mark.parametrize("text, dead", [
    ("On 8 May 2019, a suicide bomber targeted an Elite Force police van outside Data Darbar shrine in Lahore, killing "
     "12 people (5 policemen, 7 civilians) and himself.", 13),
    ("On 30 July 2023, a suicide bomber blew himself up at a JUI-F rally in Khar, Bajaur district (Khyber "
     "Pakhtunkhwa), killing 63 people in addition to himself. ISKP claimed responsibility.", 64),
    ("On 1 April 2021, ANDSF conducted ground and air operations in Arghandab district (Kandahar). MoD reported 34 "
     "Taliban killed; fatalities coded as 17 due to likely inflated figures.", 17),
])
def test_a_notes_own_reckoning_of_the_dead(extractor, text, dead):
    found = asserted_violence(extractor, text, date(2023, 7, 31))
    assert found and event_dead([m for m in found if m.event == found[0].event]) == dead


@pytest.mark.parametrize("text", [
    "On 12 May 2019, an unidentified aircraft carried out a drone strike on a house in Datta Khel area of North "
    "Waziristan district (Khyber Pakhtunkhwa). Fatalities unknown.",
    "On 18 June 2022, unidentified drones struck a vehicle in Lwara Mandi area of North Waziristan (Khyber "
    "Pakhtunkhwa), killing 2 suspected militants.",
])
def test_an_unidentified_aircraft_is_no_states(extractor, text):
    found = asserted_violence(extractor, text, date(2022, 6, 19))
    assert found and not any(m.source and m.source.id for m in found)


def test_gunmen_in_a_forces_uniform_are_not_the_forces(extractor):
    found = asserted_violence(extractor, "On 18 April 2019, gunmen wearing FC uniforms stopped buses on the Makran "
                                         "Coastal Highway in Ormara and killed 14 passengers.", date(2019, 4, 19))
    assert found and found[0].type == "ATTACK" and not any(m.source and m.source.id == "pakistan" for m in found)


def test_an_arrest_resisted_is_no_arrest(extractor):
    text = ("On 7 October 2021, IEA forces raided a house in Charikar city (Parwan) and killed a former NDS officer. "
            "The Taliban said he had resisted arrest.")
    assert not [m for m in extractor.extract("r", text, date(2021, 10, 8))
                if m.type == "ARREST" and m.modality == "asserted"]
