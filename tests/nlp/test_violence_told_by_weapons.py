"""Violence told only by its weapons or its doers: fire that fell or slammed into a place, posts that came under
fire, armed men who wounded or sprayed bullets. Each is parsed (a cue of the prefilter) and typed."""

from __future__ import annotations

from datetime import date

import pytest

from tangible.nlp import lexicon as L

PUB = date(2020, 12, 31)


def _deeds(extractor, text: str):
    return [m for m in extractor.extract("d", text, PUB) if m.type in ("ATTACK", "OPERATION")
            and m.modality == "asserted"]


@pytest.mark.parametrize("text, province", [
    ("On 11 May 2020, two missiles slammed into a compound in Musa Qala district, Helmand.", "Helmand"),
    ("On 4 June 2020, mortar shells fell on homes in Chak district, Wardak.", "Wardak"),
    ("On 19 August 2020, a projectile landed on a shop in Gereshk district, Helmand.", "Helmand"),
    ("On 7 July 2020, mortar rounds struck the market of Dehrawud district, Uruzgan.", "Uruzgan"),
    ("On 2 October 2020, missiles rained down on the district centre of Khanabad, Kunduz.", "Kunduz"),
])
def test_fire_that_struck_a_place_is_an_attack(extractor, text, province):
    ms = _deeds(extractor, text)
    assert ms and ms[0].type == "ATTACK" and ms[0].location is not None and ms[0].location.admin1 == province


@pytest.mark.parametrize("text, source, target", [
    ("On 9 March 2020, an ANA outpost came under fire from Taliban militants in Shindand district, Herat.",
     "taliban", "afghan-republic"),
    ("On 16 May 2020, a police checkpoint came under Taliban fire in Baraki Barak district, Logar.",
     "taliban", None),
])
def test_coming_under_fire_is_the_firers_attack(extractor, text, source, target):
    ms = _deeds(extractor, text)
    assert ms and ms[0].type == "ATTACK"
    assert ms[0].source is not None and ms[0].source.id == source
    if target:
        assert ms[0].target is not None and ms[0].target.id == target


@pytest.mark.parametrize("text, wounded", [
    ("On 25 April 2020, gunmen wounded a shopkeeper in Quetta, Balochistan.", 1),
    ("On 30 June 2020, two policemen were injured by militants in Lakki Marwat, Khyber Pakhtunkhwa.", 2),
    ("On 8 March 2020, armed men sprayed bullets at a pharmacy in Peshawar.", 0),
    ("On 21 July 2020, Taliban militants opened up on a police post in Khogyani district, Nangarhar.", 0),
])
def test_armed_men_wounding_or_shooting_attack(extractor, text, wounded):
    ms = _deeds(extractor, text)
    assert ms and ms[0].type == "ATTACK" and ms[0].quantities.get("wounded", 0) == wounded


@pytest.mark.parametrize("text", [
    "On 13 May 2020, two missiles were launched toward a Pakistani army post in North Waziristan.",
    "Unidentified gunmen were seen near the bazaar.",
    "A sniper was posted on the roof.",
])
def test_weapons_and_doers_are_cues(text):
    assert L.has_cue(text)


@pytest.mark.parametrize("text", [
    "Share prices fell on the Karachi market after the budget.",
    "Kabul airport reopened and the first plane landed safely.",
    "Farmers sprayed the wheat crop with pesticide in Helmand.",
    "A player was injured in the match in Lahore.",
    "Police injured three protesters in Karachi.",
    "The army came under criticism for the delay.",
])
def test_no_attack_without_fire_or_armed_men(extractor, text):
    assert not [m for m in _deeds(extractor, text) if m.type == "ATTACK"]


def test_an_attack_told_again_after_an_arrest_is_the_same_event(extractor):
    text = ("Militants ambushed a Levies convoy near Turbat on Tuesday, killing three Levies men. Police later "
            "arrested two suspected facilitators in Gwadar. The convoy was returning from a patrol on the coastal "
            "highway when it came under fire near the Jiwani turn, officials said.")
    ms = [m for m in extractor.extract("d", text, PUB) if m.type in ("ATTACK", "OPERATION")]
    assert len(ms) == 2 and ms[0].event == ms[1].event
    assert ms[1].launched_from is None or ms[1].launched_from.country == "PK"


def test_an_attack_foiled_with_fighters_killed_is_a_fight_not_a_plot_dismantled(extractor):
    ms = [m for m in extractor.extract("d", "On 14 June 2020, Afghan forces foiled a Taliban attack on a checkpoint in "
                                             "Pashtun Kot district, Faryab, killing 6 Taliban.", PUB)
          if m.modality == "asserted"]
    assert ms and {m.type for m in ms} <= {"ATTACK", "OPERATION"}


def test_artillery_fire_conducted_on_positions_is_an_operation(extractor):
    ms = _deeds(extractor, "On 9 July 2020, the ANA conducted artillery fire on Taliban positions in Shah Wali Kot "
                           "district, Kandahar.")
    assert ms and ms[0].type == "OPERATION" and ms[0].source is not None and ms[0].source.id == "afghan-republic"


@pytest.mark.parametrize("text, source", [
    ("On 5 May 2020, the TTP is suspected of the killing of three Levies men in Lakki Marwat.", "ttp"),
    ("On 18 October 2020, the Taliban are suspected in the abduction of two engineers in Ghor province.", "taliban"),
])
def test_a_deed_an_armed_group_is_suspected_of_is_its_attack(extractor, text, source):
    ms = _deeds(extractor, text)
    assert ms and ms[0].type == "ATTACK" and ms[0].source is not None and ms[0].source.id == source
    assert ms[0].perpetrator_basis == "suspected"


def test_a_group_not_suspected_is_no_perpetrator(extractor):
    ms = _deeds(extractor, "The TTP is not suspected of the killing of the trader, police said.")
    assert not [m for m in ms if m.source is not None and m.source.id == "ttp"]


def test_prisoners_freed_from_a_taliban_prison_by_forces_is_an_operation(extractor):
    ms = _deeds(extractor, "On 6 August 2020, Afghan commandos freed 14 prisoners from a Taliban prison in Dehrawud "
                           "district, Uruzgan.")
    assert ms and ms[0].type == "OPERATION" and ms[0].source is not None and ms[0].source.id == "afghan-republic"


@pytest.mark.parametrize("text", [
    "Two missiles fired from a drone struck a house in Mir Ali, killing three suspected militants.",
    "A drone fired missiles at a pickup truck near Wana, killing five militants.",
    "Rockets fired from a pilotless aircraft hit a compound in Shawal, killing four people.",
])
def test_missiles_a_drone_fired_are_the_forces_strike(extractor, text):
    # a drone is flown by a state's forces: what it fires is their operation, never an armed group's attack
    types = {m.type for m in extractor.extract("t", text, PUB) if m.modality == "asserted"}
    assert "OPERATION" in types and "ATTACK" not in types


@pytest.mark.parametrize("text, target", [
    # a device that went off is no target of its own blast: what it went off beside is
    ("On 9 November 2020, an explosive device detonated near an army vehicle in Sabari district, Khost. A soldier "
     "was killed.", "army vehicle"),
    ("On 10 November 2020, a sticky bomb detonated under the car of a district official in Mihtarlam, Laghman.",
     "car"),
    ("On 11 November 2020, a roadside bomb exploded near a Levies checkpoint in Mastung, wounding two Levies men.",
     "Levies checkpoint"),
])
def test_a_blast_is_aimed_at_what_it_went_off_beside(extractor, text, target):
    ms = _deeds(extractor, text)
    assert ms and ms[0].type == "ATTACK" and ms[0].target is not None and ms[0].target.text == target
