"""Ground won back told in words the sentence filter had let pass unread ("taken back", "control over"), ground
taken over or handed on with no fight, a pact or a plan of peace accepted, and relations downgraded."""

from datetime import date

import pytest

from tests.nlp.conftest import asserted

BEFORE_AUGUST_2021 = date(2020, 6, 1)


@pytest.mark.parametrize("text", [
    "Soldiers have taken back the village from the rebels, a spokesman said.",
    "Troops took control over the border town on Sunday.",
    "Troops established control over three villages that had been held by the Taliban.",
    "Afghan commandos stormed the Taliban-held village and took it over after a gunfight.",
])
def test_ground_won_is_an_operation(extractor, text):
    found = asserted(extractor, text, BEFORE_AUGUST_2021)
    assert "OPERATION" in found and "ARREST" not in found, found


@pytest.mark.parametrize("text", [
    "Afghan forces established control over the base following the withdrawal of US forces.",
    "Government troops established control over the district in line with the agreement with the rebels.",
    "The army took control of the town as part of the peace deal with the militia.",
    "The ruling party took control of the district council after the vote.",
])
def test_ground_handed_on_or_politics_won_is_no_operation(extractor, text):
    assert "OPERATION" not in asserted(extractor, text, BEFORE_AUGUST_2021)


@pytest.mark.parametrize("text, kind", [
    ("The tribal militia accepted the peace plan proposed by the jirga.", "AGREE"),
    ("Islamabad downgraded its diplomatic relations with Kabul after the border clash.", "SANCTION"),
])
def test_pacts_accepted_and_relations_downgraded(extractor, text, kind):
    assert kind in asserted(extractor, text, BEFORE_AUGUST_2021)


@pytest.mark.parametrize("text", [
    "Security forces have carried out dozens of raids in the district this year.",
    "The prime minister accepted the resignation of the interior minister.",
    "The agency downgraded Pakistan's credit rating.",
])
def test_tallies_resignations_and_ratings_stay_out(extractor, text):
    assert not asserted(extractor, text, BEFORE_AUGUST_2021) & {"OPERATION", "AGREE", "SANCTION"}


@pytest.mark.parametrize("text, kind", [
    ("Gunmen stopped the bus and took it to an unknown location.", "ATTACK"),
    ("Police stormed the hideout and took three suspects away.", "ARREST"),
    ("The army recaptured the town from the Taliban after a week of fighting.", "OPERATION"),
])
def test_what_stays(extractor, text, kind):
    assert kind in asserted(extractor, text, BEFORE_AUGUST_2021)
