"""Notes in the style ACLED's coders write: each figure with its own verb, tolls after a comma or a semicolon, forces
taken captive in an attack, one battle going on, forces abroad arresting where their sentence says, and a place's
name that opens a person's compound name."""

from __future__ import annotations

from datetime import date

import pytest

from tests.nlp.conftest import asserted_of_type, asserted_violence, event_dead


@pytest.mark.parametrize("text, published, killed, wounded", [
    ("On 9 September 2020, a bomb targeted the convoy of First Vice-President Amrullah Saleh in Taimani area, Kabul "
     "city. 10 civilians killed and 15 wounded. Saleh survived.", date(2020, 9, 10), 10, 15),
    ("An IED went off near a police mobile in Turbat. Two policemen killed and three injured.", date(2020, 3, 2), 2, 3),
])
def test_each_figure_is_its_own_verbs(extractor, text, published, killed, wounded):
    found = asserted_violence(extractor, text, published)
    assert found and found[0].type == "ATTACK", text
    assert found[0].quantities.get("killed") == killed and found[0].quantities.get("wounded") == wounded


def test_a_toll_after_a_comma_counts_victims_not_a_deed_of_theirs(extractor):
    text = "On 14 July 2020, an IED detonated near a Levies vehicle in Panjgur, 2 Levies killed. No group claimed."
    found = asserted_violence(extractor, text, date(2020, 7, 15))
    assert found and {m.type for m in found} == {"ATTACK"}
    assert not any(m.source and m.source.id for m in found)
    assert found[0].quantities.get("killed") == 2 and found[0].location.admin1 == "Balochistan"


def test_the_other_sides_toll_after_a_comma_is_no_object(extractor):
    text = ("On 24 July 2020, Taliban militants attacked Afghan forces positions in Dehrawud district, Uruzgan "
            "province. 4 Taliban killed, no ANDSF casualties.")
    found = asserted_violence(extractor, text, date(2020, 7, 25))
    assert found and all(m.type == "ATTACK" for m in found)
    assert event_dead(found) == 4
    assert not [m for m in extractor.extract("n", text, date(2020, 7, 25)) if m.modality == "negated"]


def test_a_toll_reported_after_a_semicolon(extractor):
    text = ("On 5 November 2020, Pakistani military helicopter gunships struck suspected militant hideouts in Shawal "
            "valley, North Waziristan; 6 militants reported killed.")
    op = asserted_of_type(extractor, text, "OPERATION", date(2020, 11, 6))
    assert op and op[0].quantities.get("killed") == 6


def test_claimed_to_have_killed_counts_the_killed_not_the_claimants(extractor):
    op = asserted_of_type(extractor, "Pakistan paramilitary forces claim to have killed two Taliban militants.",
                          "OPERATION", date(2015, 3, 1))
    assert op and op[0].quantities == {"killed": 2}


def test_a_toll_the_parse_made_a_subject(extractor):
    text = ("On 8 May 2021, a series of explosions outside Sayed ul-Shuhada school in Dasht-e Barchi, Kabul killed at "
            "least 85 people, mostly schoolgirls.")
    found = asserted_violence(extractor, text, date(2021, 5, 9))
    assert found and found[0].quantities.get("killed") == 85
    assert found[0].location.admin1 == "Kabul"  # "Sayed" opens a compound name, no place (not Sayad, Sar-e-Pul)


def test_each_clause_of_a_semicolon_keeps_its_figures(extractor):
    text = ("On 29 June 2020, four BLA attackers stormed the Pakistan Stock Exchange in Karachi (Sindh). 4 guards and "
            "police and 1 civilian were killed; all 4 attackers were killed by police.")
    found = asserted_of_type(extractor, text, "ATTACK", date(2020, 6, 30))
    assert found and found[0].source.id == "bla"
    event = [m for m in found if m.event == found[0].event]
    assert max(m.quantities.get("killed", 0) for m in event) == 5
    assert max(m.quantities.get("attackers_killed", 0) for m in event) == 4


@pytest.mark.parametrize("text", [
    "On 18 May 2021, Taliban overran an ANA outpost in Shah Joy district (Zabul). 12 soldiers killed and 6 captured.",
    "On 18 May 2021, Taliban overran an ANA outpost in Shah Joy district (Zabul). 12 soldiers were killed and 6 "
    "soldiers were captured.",
])
def test_forces_captured_in_an_attack_are_its_abducted_not_an_arrest(extractor, text):
    ms = extractor.extract("c", text, date(2021, 5, 19))
    assert not [m for m in ms if m.type == "ARREST" and m.modality == "asserted"]
    attack = [m for m in ms if m.type == "ATTACK" and m.modality == "asserted"]
    assert attack and attack[0].source.id == "taliban"
    assert attack[0].quantities.get("killed") == 12 and attack[0].quantities.get("abducted") == 6


def test_policemen_arrested_after_an_attack_stay_an_arrest(extractor):
    text = ("Militants attacked a police station in Bannu, killing two constables. Two policemen were later arrested "
            "for negligence.")
    ms = extractor.extract("c", text, date(2021, 5, 19))
    assert [m for m in ms if m.type == "ARREST" and m.modality == "asserted"]


def test_one_battle_told_as_going_on(extractor):
    text = ("On 2 October 2019, clashes between ANDSF and Taliban continued in Gizab district (Daykundi) for a second "
            "day; 6 killed on both sides.")
    found = asserted_violence(extractor, text, date(2019, 10, 3))
    assert found and found[0].location.admin1 == "Daykundi" and event_dead(found) == 6


def test_attacks_that_continue_are_no_event(extractor):
    assert not asserted_violence(extractor, "Attacks on polio workers have continued in the province.",
                                 date(2019, 10, 3))


@pytest.mark.parametrize("text, province", [
    ("On 12 February 2020, US forces detained 2 suspected al-Qaeda members in Shah Joy district (Zabul).", "Zabul"),
    ("On 12 February 2020, US forces detained 2 suspected Taliban in Nad Ali district (Helmand).", "Helmand"),
])
def test_forces_abroad_arrest_where_their_sentence_says(extractor, text, province):
    found = asserted_of_type(extractor, text, "ARREST", date(2020, 2, 13))
    assert found and found[0].source.id == "us" and found[0].location.admin1 == province


def test_an_arrest_abroad_named_by_a_country_in_a_groups_name_is_not_placed_there(extractor):
    found = asserted_of_type(extractor, "Pakistan police arrest 5 militants working for al-Qaeda India.", "ARREST",
                             date(2015, 9, 10))
    assert found and (found[0].location is None or found[0].location.country != "IN")
