"""An order joined to a condemnation: "The prime minister condemned the attack and directed authorities to arrest
those responsible" is read with "directed" as an adjective on "authorities", so the arrest was asked of the attack
(its source "attack", in the future). The ordering verb is the second verb: the authorities are asked to arrest."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


@pytest.mark.parametrize("text, asked", [
    ("Prime Minister Shehbaz Sharif condemned the attack and directed authorities to arrest those responsible.",
     "authorities"),
    ("The chief minister condemned the blast and ordered the police to arrest the culprits.", "police"),
])
def test_the_party_ordered_is_asked_to_act(extractor, text, asked):
    arrests = [m for m in extractor.extract("o", text, LATE) if m.type == "ARREST"]
    assert [(m.modality, m.source.text if m.source else None) for m in arrests] == [("demanded", asked)]
    assert any(m.type == "CONDEMN" and m.modality == "asserted" for m in extractor.extract("o", text, LATE))


def test_two_deeds_joined_stay_two_deeds(extractor):
    kinds = {m.type for m in extractor.extract("o", "Police arrested four militants and seized weapons.", LATE)
             if m.modality == "asserted"}
    assert kinds == {"ARREST", "DISMANTLE"}


def test_the_summoner_lodges_the_protest_the_summons_is_for(extractor):
    text = "Pakistan summoned the Afghan charge d'affaires to lodge a strong protest over the attack."
    protests = [m for m in extractor.extract("o", text, LATE) if m.type == "CONDEMN"]
    assert [(m.modality, m.source.id if m.source else None) for m in protests] == [("asserted", "pakistan")]


def test_a_party_urged_to_protest_is_asked_to(extractor):
    protests = [m for m in extractor.extract("o", "Pakistan urged Kabul to lodge a protest.", LATE)
                if m.type == "CONDEMN"]
    assert [(m.modality, m.source.id if m.source else None) for m in protests] == [("demanded", "taliban")]
