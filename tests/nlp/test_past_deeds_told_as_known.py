"""Deeds a sentence names only as known. A past deed known by its date or name, planned, ordered or paid for, is no
plan of one to come: "The TTP planned the 2021 attack on the Chinese engineers, officials said" names the TTP behind
the attack (blamed, as "was behind" and "was planned by" do), not a future attack. The crime a relative clause tells
of the people arrested or killed ("arrested three men who had kidnapped a child") is who they are, not an event
reported; and the place named in a known deed's phrase ("a commander wanted for the 2023 Peshawar mosque bombing")
is not where the arrest was made when the sentence names that too."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


def _attacks(extractor, text: str) -> list:
    return [m for m in extractor.extract("p", text, LATE) if m.type == "ATTACK"]


@pytest.mark.parametrize("text", [
    "The TTP planned the 2021 attack on the Chinese engineers, officials said.",
    "The TTP masterminded last year's bombing in Peshawar, officials said.",
    "The BLA ordered the March attack on the Levies post in Kech, security officials said.",
    "Investigators said Jamaat-ul-Ahrar had funded the 2023 bombing of the police lines mosque.",
])
def test_a_past_deed_planned_or_ordered_is_blamed_not_future(extractor, text):
    attacks = _attacks(extractor, text)
    assert attacks and all(m.modality == "asserted" for m in attacks)
    assert attacks[0].source is not None and attacks[0].source.id
    assert attacks[0].perpetrator_basis == "blamed"


def test_a_past_deed_planned_keeps_its_own_year(extractor):
    attacks = _attacks(extractor, "The TTP planned the 2021 attack on the Chinese engineers, officials said.")
    assert attacks[0].date is not None and attacks[0].date.year == 2021


@pytest.mark.parametrize("text", [
    "The TTP is planning attacks on Chinese nationals, officials said.",
    "The TTP planned an attack on the Chinese engineers in Dasu, officials said.",
    "The TTP plotted to attack Chinese engineers in Dasu, officials said.",
    "The militants had planned the attack on the police station, but police foiled it.",
])
def test_plans_of_deeds_to_come_stay_future(extractor, text):
    attacks = _attacks(extractor, text)
    assert attacks and not any(m.modality == "asserted" for m in attacks)


def test_a_blame_in_its_own_words_is_blamed(extractor):
    attacks = _attacks(extractor, "Officials blamed the TTP for the attack on the Chinese engineers.")
    assert attacks and attacks[0].source.id == "ttp" and attacks[0].perpetrator_basis == "blamed"


@pytest.mark.parametrize("text", [
    "Police arrested three men who had kidnapped a child in Peshawar.",
    "Police arrested three men who kidnapped a child on Monday.",
    "Two suspects who bombed a girls' school in Chilas were detained by police.",
    "The CTD arrested Qari Zubair, a commander who had planned the attack on the police lines mosque.",
    "Security forces killed a TTP commander who had carried out attacks on polio teams in Bannu.",
])
def test_the_crime_of_the_people_taken_is_no_event(extractor, text):
    ms = extractor.extract("p", text, LATE)
    assert any(m.type in ("ARREST", "OPERATION") and m.modality == "asserted" for m in ms)
    assert not any(m.type == "ATTACK" and m.modality == "asserted" for m in ms)


@pytest.mark.parametrize("text", [
    "Militants who attacked a police station in Bannu killed three policemen.",
    "Gunmen kidnapped a child in Peshawar and police later arrested three men.",
])
def test_deeds_told_as_events_stay(extractor, text):
    assert any(m.type == "ATTACK" and m.modality == "asserted" for m in extractor.extract("p", text, LATE))


def test_arrests_of_men_who_plan_attacks_keep_the_plan(extractor):
    ms = extractor.extract("p", "CTD personnel arrested two militants who were planning to attack a mosque in Quetta.",
                           LATE)
    assert any(m.type == "ARREST" and m.modality == "asserted" for m in ms)
    assert any(m.type == "ATTACK" and m.modality == "future" for m in ms)


@pytest.mark.parametrize("text, place", [
    ("The CTD arrested Qari Zubair, a commander wanted for the 2023 Peshawar mosque bombing, in a raid in Charsadda.",
     "Charsadda"),
    ("Police arrested a suspect in the Quetta hospital bombing during a raid in Pishin.", "Pishin"),
])
def test_the_place_of_a_known_deed_is_not_the_arrests(extractor, text, place):
    arrests = [m for m in extractor.extract("p", text, LATE) if m.type == "ARREST"]
    assert arrests and arrests[0].location is not None and arrests[0].location.name == place


@pytest.mark.parametrize("text, place", [
    ("Police arrested two men wanted for the Peshawar mosque bombing.", "Peshawar"),
    ("Police arrested three men who had kidnapped a child in Peshawar.", "Peshawar"),
    ("Police in Mardan arrested three men who had kidnapped a child in Peshawar.", "Mardan"),
])
def test_a_known_deeds_place_alone_still_places(extractor, text, place):
    arrests = [m for m in extractor.extract("p", text, LATE) if m.type == "ARREST"]
    assert arrests and arrests[0].location is not None and arrests[0].location.name == place
