"""Deeds told by words that report nothing by themselves: fire that landed, fighters engaged, operations mounted."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2020, 12, 31)


def _deeds(extractor, text: str):
    return [m for m in extractor.extract("d", text, PUB) if m.type in ("ATTACK", "OPERATION")
            and m.modality == "asserted"]


@pytest.mark.parametrize("text, province, wounded", [
    # rockets or mortar rounds that landed somewhere: an attack by whoever fired them
    ("On 27 May 2020, two rockets landed near Bagram airfield in Bagram district. No casualties were reported.",
     "Parwan", 0),
    ("On 2 December 2020, a mortar round landed on a house in Arghandab district (Kandahar), wounding two children.",
     "Kandahar", 2),
])
def test_fire_that_landed_is_an_attack(extractor, text, province, wounded):
    ms = _deeds(extractor, text)
    assert ms and ms[0].type == "ATTACK" and ms[0].location is not None and ms[0].location.admin1 == province
    assert ms[0].quantities.get("wounded", 0) == wounded


@pytest.mark.parametrize("text, etype, source", [
    # the side that engages fighters fights them, typed by who it is
    ("On 15 April 2020, Pakistani security forces engaged militants in Shewa area of North Waziristan.",
     "OPERATION", "pakistan"),
    # operations with no article, mounted by forces the sentence names (here as a group of them)
    ("On 12 October 2020, a group of Afghan commandos carried out operations in Nad-e Ali district. The Taliban "
     "suffered casualties.", "OPERATION", "afghan-republic"),
])
def test_forces_engaging_fighters_or_mounting_operations_fight(extractor, text, etype, source):
    ms = _deeds(extractor, text)
    assert ms and ms[0].type == etype and ms[0].source is not None and ms[0].source.id == source


@pytest.mark.parametrize("text", [
    "The plane carrying the delegation landed at Kabul airport on Monday.",
    "A surveillance drone landed in a field near the border.",
    "The US special envoy engaged the Taliban in talks on a reduction in violence.",
    "The company carried out operations at Karachi port for ten years.",
])
def test_landings_talks_and_business_are_no_fight(extractor, text):
    assert not _deeds(extractor, text)


@pytest.mark.parametrize("text", [
    # a place name the small parser does not know, after the verb and its subject, is parsed as a second subject
    "On 8 June 2021, ANDSF recaptured Dand-e Ghori district centre, Baghlan, from the Taliban after a day of fighting.",
    "On 9 June 2021, Afghan commandos retook Qaisar district centre, Faryab, from the Taliban.",
])
def test_ground_retaken_when_the_place_is_parsed_as_a_subject(extractor, text):
    ms = extractor.extract("g", text, date(2021, 6, 30))
    assert any(m.type == "OPERATION" and m.modality == "asserted" for m in ms)
