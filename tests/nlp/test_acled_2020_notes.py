"""Event descriptions in the style of a conflict-event record of 2020 (Afghanistan and Pakistan): the deed, who
acts and where, read from one paragraph."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2020, 6, 1)


def _deeds(extractor, text: str) -> list:
    return [m for m in extractor.extract("n", text, PUB) if m.type in ("ATTACK", "OPERATION")
            and m.modality == "asserted"]


@pytest.mark.parametrize("text, actor", [
    # the parse makes the object the sentence's root and the verb, with its own subject, an adjective on it
    ("On 5 March 2020, a US drone targeted Taliban fighters who had gathered in Nahr-e-Shahi district of Balkh.", "us"),
    ("On 5 March 2020, a US drone targeted Taliban fighters who were attacking an ANDSF checkpoint in Nahr-e-Shahi "
     "district of Balkh. [Casualties unknown]", "us"),
    ("On 9 May 2020, a US drone targeted Taliban fighters attacking a police post in Nad Ali district, Helmand.", "us"),
])
def test_a_verb_with_its_own_subject_is_no_adjective_on_its_object(extractor, text, actor):
    ops = [m for m in _deeds(extractor, text) if m.type == "OPERATION"]
    assert any(m.source and m.source.id == actor for m in ops)


@pytest.mark.parametrize("text, actor", [
    # "repelled" read as an adjective on the name, and the plural noun after the name as the verb: the attack is
    # the name's, and the forces that repelled it are not its actor
    ("On 2 September 2020, ANDSF repelled Taliban attacks on checkpoints in Sozma Qala district (Sar-e-Pul). 9 "
     "Taliban militants were killed.", "taliban"),
    ("On 14 October 2020, ANDSF repelled Taliban attacks on security posts in Chora district (Uruzgan).", "taliban"),
])
def test_an_attack_repelled_is_the_attackers(extractor, text, actor):
    attacks = [m for m in _deeds(extractor, text) if m.type == "ATTACK"]
    assert attacks and all(m.source is None or m.source.id == actor for m in attacks)
    assert any(m.source and m.source.id == actor for m in attacks)


@pytest.mark.parametrize("text", [
    # a vehicle made a bomb by what it carries goes off as a bomb does
    "On 15 November 2020, a motorcycle rigged with explosives went off in Ghazni city. No casualties.",
    "On 3 March 2020, a rickshaw fitted with an explosive device went off near a police post in Quetta.",
])
def test_a_vehicle_rigged_with_explosives_goes_off_as_a_bomb(extractor, text):
    assert any(m.type == "ATTACK" for m in _deeds(extractor, text))


@pytest.mark.parametrize("text", [
    # kin who gather to demand or condemn hold a protest: the attack their dead were killed in is what it answers
    "On 29 September 2020, relatives of soldiers killed in a Taliban attack in Kunduz gathered outside the Ministry "
    "of Defence in Kabul to demand their bodies.",
    "On 6 July 2020, relatives of civilians killed in an airstrike in Ghazni gathered in Ghazni city, demanding an "
    "investigation.",
    "On 12 March 2020, families of labourers killed in a bomb blast in Kech assembled outside the press club in "
    "Turbat to condemn the killings.",
])
def test_kin_gathered_to_demand_hold_a_protest(extractor, text):
    assert not _deeds(extractor, text)

