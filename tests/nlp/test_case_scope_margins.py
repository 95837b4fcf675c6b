"""Snippets of disasters, politics and occupied ground that tell of forces at work report no counter-terrorism
action other than an arrest; arms captured or cleared are weapons seized, not an arrest or an attack. Steps
against militants told in the same words stay."""

import pytest

from tests.nlp.conftest import ACTIONS, asserted


@pytest.mark.parametrize("text", [
    # a bank that names a place, not money
    "Israeli troops demolished the home of a Palestinian gunman in the West Bank on Tuesday.",
    "Soldiers closed the entrance to the village in the northern West Bank with concrete blocks.",
    "Israeli forces shut down a Palestinian radio station in the West Bank city of Nablus.",
    # force against politics' critics
    "The government launched a sweeping crackdown on the opposition in Harare.",
    "The regime intensified its crackdown on journalists and critics in Minsk.",
    # public works after a disaster
    "The army conducted an operation to clear the blocked highway after a landslide in Kohistan.",
])
def test_disaster_politics_and_ground_snippets_report_no_action(extractor, text):
    assert not asserted(extractor, text) & ACTIONS


@pytest.mark.parametrize("text", [
    "Government forces captured a large cache of weapons from the insurgents after the battle.",
    "The army announced the capture of a weapons cache in the mountains of Kunar.",
    "Deminers cleared more than 400 landmines from farmland in Helmand province.",
])
def test_arms_captured_or_cleared_are_weapons_seized(extractor, text):
    found = asserted(extractor, text)
    assert "DISMANTLE" in found and not found & {"ARREST", "ATTACK"}, found


@pytest.mark.parametrize("text, kind", [
    ("The FIA froze the bank accounts of the banned outfit's leaders in Karachi.", "FINANCE"),
    ("Troops launched an operation to clear the area of militants in North Waziristan.", "OPERATION"),
    ("Security forces launched a crackdown on the militants in Bajaur.", "OPERATION"),
    ("Afghan intelligence captured four Daesh fighters in Nangarhar.", "ARREST"),
    ("Government forces captured the town from the rebels after a week of fighting.", "OPERATION"),
    ("A landmine killed three children in Kandahar province.", "ATTACK"),
    ("Police recovered weapons from a hideout on the bank of the river in Swat.", "DISMANTLE"),
])
def test_steps_against_militants_stay(extractor, text, kind):
    assert kind in asserted(extractor, text)
