"""Police storming a home where a man held his family or neighbours captive after a quarrel, raids by tax or anti-graft
inspectors, and sites or social media blocked by a government report no counter-terrorism action; the steps against
armed groups stay."""

import pytest

from tests.nlp.conftest import ACTIONS, asserted


@pytest.mark.parametrize("text", [
    "Police stormed a flat where a drunk man had held his neighbours hostage after a quarrel over a parking space.",
    "A police team stormed the house where a labourer had held his wife and children hostage after a domestic dispute.",
])
def test_a_household_captive_freed_is_no_operation(extractor, text):
    assert not asserted(extractor, text) & ACTIONS


@pytest.mark.parametrize("text", [
    "Income tax officials raided the offices of a jewellery chain in Chennai.",
    "Anti-corruption inspectors raided the offices of the municipal corporation on Tuesday.",
    "Excise officials raided a warehouse in Lahore.",
])
def test_a_raid_by_inspectors_is_no_operation(extractor, text):
    assert not asserted(extractor, text) & ACTIONS


@pytest.mark.parametrize("text", [
    "The government blocked access to the video-sharing site over blasphemous content.",
    "The telecom authority blocked access to social media sites during the board exams.",
])
def test_a_service_blocked_is_no_action(extractor, text):
    assert not asserted(extractor, text) & ACTIONS


@pytest.mark.parametrize("text, expected", [
    ("Commandos stormed the compound where militants were holding twenty hostages and killed four gunmen.",
     "OPERATION"),
    ("Police raided a hideout of the banned outfit in Quetta and seized weapons.", "OPERATION"),
])
def test_raids_and_rescues_against_armed_men_stay(extractor, text, expected):
    assert asserted(extractor, text) & {expected, "DISMANTLE"}


@pytest.mark.parametrize("text", [
    "Commandos stormed a compound in Bannu where militants held twenty hostages.",
    "SSG commandos freed a school in Lakki Marwat where gunmen had held 40 hostages since Monday.",
])
def test_hostages_the_militants_held_are_no_one_arrested(extractor, text):
    ms = [m for m in extractor.extract("h", text) if m.modality == "asserted"]
    assert ms and not any(m.type == "ARREST" or m.quantities.get("arrested") for m in ms), [
        (m.type, m.quantities) for m in ms]


def test_hostages_held_are_counted_abducted(extractor):
    ms = [m for m in extractor.extract("h", "Militants held 30 hostages for two days in a school in Bannu.")
          if m.type == "ATTACK" and m.modality == "asserted"]
    assert ms and ms[0].quantities.get("abducted") == 30
