"""Arrests in a run of raids, assurances received from someone, and the country across a border.

- Arrests "in a series of raids", however the parse hangs the raids on the people arrested, are one ARREST, not
  an arrest and an operation: the raids are how the arrests were made.
- "Received assurances from the Taliban administration": the one the assurances came from gave them, to the one
  who received them.
- The country named as the other side of a border ("away from the border with China") is not where the deed was.
"""

from __future__ import annotations

from datetime import date

import pytest


def _asserted(extractor, text: str, published: date = date(2025, 7, 1)) -> list:
    return [m for m in extractor.extract("r", text, published) if m.modality == "asserted"]


@pytest.mark.parametrize("text", [
    "Taliban forces have arrested 14 people suspected of links to the Islamic State group in a series of raids in "
    "Kabul and Nangarhar, the General Directorate of Intelligence said on Sunday.",
    "Police arrested 14 suspects during a series of raids in Quetta.",
    "Taliban forces have arrested 14 people suspected of links to the Islamic State group in a series of raids in "
    "Kabul, the GDI said. Weapons and explosives were seized during the operations, it added.",
])
def test_arrests_in_a_run_of_raids_are_one_arrest(extractor, text):
    types = [m.type for m in _asserted(extractor, text)]
    assert "ARREST" in types and "OPERATION" not in types, types


def test_raids_that_kill_are_an_operation_beside_the_arrests(extractor):
    text = ("Taliban forces killed four Islamic State militants and arrested six others in a series of raids in "
            "Kabul, the GDI said.")
    types = {m.type for m in _asserted(extractor, text)}
    assert {"ARREST", "OPERATION"} <= types


def test_a_soldier_deployed_in_an_operation_is_no_arrest(extractor):
    ms = _asserted(extractor, "A soldier deployed in the counter-insurgency operation raped a girl.")
    assert not {m.type for m in ms} & {"OPERATION", "ARREST"}


def test_assurances_received_are_the_givers(extractor):
    text = ("BEIJING: China said on Wednesday it had received assurances from the Taliban administration that Uyghur "
            "militants would not be allowed to operate from Afghanistan.")
    assures = [m for m in _asserted(extractor, text) if m.type == "ASSURE"]
    assert assures and assures[0].source and assures[0].source.id == "taliban"
    assert assures[0].target and assures[0].target.id == "china"


@pytest.mark.parametrize("text", [
    "The Taliban relocated Uyghur militants away from the border with China.",
    "The Taliban have said they relocated Uyghur militants away from the border with China, but the UN report said "
    "there was no evidence of arrests.",
])
def test_the_country_across_the_border_is_not_the_place(extractor, text):
    moves = [m for m in _asserted(extractor, text) if m.type == "RESTRICT"]
    assert moves and not (moves[0].location and moves[0].location.country == "CN"), moves[0].location


def test_a_place_on_the_border_keeps_its_province(extractor):
    text = "Pakistani forces fired mortars at Afghan posts along the border in Kunar's Dangam district."
    deeds = [m for m in _asserted(extractor, text) if m.type in ("ATTACK", "OPERATION")]
    assert deeds and deeds[0].location and deeds[0].location.admin1 == "Kunar"
