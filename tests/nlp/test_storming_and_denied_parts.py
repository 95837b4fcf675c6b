"""An armed group's storming is its attack whatever it takes or keeps; a building held is no one arrested; an arrest
made in a run of raids is one arrest; and a party's part in an event, denied or left unpunished, leaves the event
itself a given, never a negated one."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


def kinds(extractor, text: str) -> list[tuple[str, str]]:
    return [(m.type, m.modality) for m in extractor.extract("s", text, LATE)]


@pytest.mark.parametrize("text", [
    "Militants stormed a police station in Kulachi and held it for several hours.",
    "Militants stormed a police station in Tank and seized weapons from its armoury.",
])
def test_a_groups_storming_is_its_attack_whatever_it_takes(extractor, text):
    got = kinds(extractor, text)
    assert ("ATTACK", "asserted") in got
    assert not {t for t, m in got if m == "asserted"} & {"ARREST", "DISMANTLE"}


def test_a_building_held_is_no_arrest(extractor):
    got = kinds(extractor, "Police stormed the hideout in Lyari and held it until dawn.")
    assert ("OPERATION", "asserted") in got
    assert ("ARREST", "asserted") not in got


@pytest.mark.parametrize("text", [
    "Police stormed the hideout in Lyari and held three suspects.",
    "Police raided a seminary in Bannu and arrested its administrator.",
])
def test_the_raid_that_takes_people_is_their_arrest(extractor, text):
    got = kinds(extractor, text)
    assert ("ARREST", "asserted") in got
    assert ("OPERATION", "asserted") not in got


def test_an_arrest_in_a_series_of_raids_is_one_arrest(extractor):
    ms = extractor.extract("s", "Afghan intelligence detained 14 suspected ISKP members in a series of raids in Kabul "
                                "last week, officials said.", LATE)
    assert [(m.type, m.modality) for m in ms if m.type in ("ARREST", "OPERATION")] == [("ARREST", "asserted")]
    assert ms[0].quantities.get("arrested") == 14


@pytest.mark.parametrize("text", [
    "The TTP denied involvement in the blast that killed 11 worshippers in Peshawar.",
    "The TTP has denied involvement in Monday's bombing in Quetta.",
    "No arrests have been made in connection with the Quetta bombing.",
])
def test_a_part_denied_in_an_event_does_not_negate_it(extractor, text):
    assert ("ATTACK", "negated") not in kinds(extractor, text)


def test_an_attack_that_did_not_happen_is_still_negated(extractor):
    assert ("ATTACK", "negated") in kinds(extractor, "Officials denied that militants had attacked the checkpoint.")
