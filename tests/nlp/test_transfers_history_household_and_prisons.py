"""Ground handed over, deeds told only to date later news, a man harming his own household or colleagues, guards
putting down a jailbreak or a prison riot, and an armed group expelling its own members report no counter-terrorism
action; operations against armed groups stay."""

import pytest

from tests.nlp.conftest import ACTIONS, asserted


@pytest.mark.parametrize("text", [
    "Government troops took control of the river crossing after the rebel militia handed it over, the radio reported.",
    "Farmers went back to their fields two years after the army drove the insurgents out of the district.",
    "Shops reopened in the town for the first time since the military operation against the rebels ended.",
    "A soldier shot dead four colleagues at a border post before killing himself.",
    "A police constable killed his wife and daughter with his service pistol after a quarrel.",
    "Guards at the district jail opened fire to foil a jailbreak, killing three inmates.",
    "Police thwarted an attempted jailbreak at the district prison and caught 12 escaped inmates.",
    "Inmates rioted at the central jail and took warders hostage; police stormed the block and regained control.",
    "The rebel movement said it had expelled a commander accused of abuses from its ranks.",
])
def test_transfers_history_household_and_prisons_are_no_action(extractor, text):
    assert not asserted(extractor, text) & ACTIONS


@pytest.mark.parametrize("text", [
    "Troops retook the town from the rebels after two days of fighting.",
    "Security forces killed a militant commander and his brother in a raid in the district.",
    "Commandos stormed the jail after militants freed 200 inmates, killing four attackers.",
    "The army drove the insurgents out of the district on Monday, killing 12 of them.",
])
def test_operations_against_armed_groups_stay(extractor, text):
    assert asserted(extractor, text) & {"OPERATION", "ATTACK"}
