"""A pledge that a territory will not be used names no origin of an attack, and a pact a party ended or broke is
no agreement made."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 3, 2)


def test_a_pledge_about_the_soil_is_no_attack_origin(extractor):
    text = ("Gunmen stormed a Levies post in Zhob, killing three men. On Sunday the Afghan foreign ministry said the "
            "Islamic Emirate stood by its promise not to let anyone use Afghan territory against its neighbours.")
    attack = next(m for m in extractor.extract("p", text, PUB) if m.type == "ATTACK")
    assert attack.launched_from is None


def test_a_stated_crossing_is_still_the_origin(extractor):
    text = ("Gunmen stormed a Levies post in Zhob, killing three men. The attackers had come across the border from "
            "Afghanistan, a Levies official said.")
    attack = next(m for m in extractor.extract("p", text, PUB) if m.type == "ATTACK")
    assert attack.launched_from is not None and attack.launched_from.country == "AF"


@pytest.mark.parametrize("text", [
    "Attacks in the province have surged since the TTP ended a ceasefire in November 2022.",
    "Karachi has seen a rise in attacks since the BLA ended a truce with the government.",
    "The Baloch group broke the ceasefire within a week.",
])
def test_an_ended_pact_is_no_agreement(extractor, text):
    assert not any(m.type == "AGREE" and m.modality == "asserted" for m in extractor.extract("p", text, PUB))


@pytest.mark.parametrize("text", [
    "The TTP called a ceasefire for the Eid holidays.",
    "Islamabad and the TTP agreed to a month-long truce.",
])
def test_a_pact_made_is_an_agreement(extractor, text):
    assert any(m.type == "AGREE" and m.modality == "asserted" for m in extractor.extract("p", text, PUB))
