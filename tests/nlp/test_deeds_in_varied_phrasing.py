"""Asserted steps against armed groups told in the phrasing of the press: an arrest named by whose it was ("the
commander's arrest"), people picked up in a passive the parse hangs on a participle, suspects handed "over" after
what is said of them, premises of a banned outfit sealed, fundraising banned, a group designated a terrorist
outfit, fighters repatriated. Each keeps its look-alikes out."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2024, 6, 1)


def readings(extractor, text: str) -> set[tuple[str, str]]:
    return {(m.type, m.modality) for m in extractor.extract("d", text, PUB)}


@pytest.mark.parametrize("text, expected", [
    # the possessor of an arrest, a detention or a handover underwent it; it did not do it
    ("Officials confirmed the militant commander's arrest in Quetta on Friday.", ("ARREST", "asserted")),
    ("The TTP facilitator's arrest came after a tip-off from residents.", ("ARREST", "asserted")),
    ("The BLA commander's extradition to Pakistan was completed last week.", ("EXTRADITE", "asserted")),
    # a passive with no subject of its own shares the one of the verb it is conjoined to
    ("Six men linked to the Hafiz Gul Bahadur group were picked up from a hotel in Bannu.", ("ARREST", "asserted")),
    # the particle of "hand over" hung in what is said of the people handed
    ("Kabul handed two men accused of the Quetta bombing over to Pakistan.", ("EXTRADITE", "asserted")),
    ("Afghan officials handed four suspects wanted for the attack over to Pakistani officials.",
     ("EXTRADITE", "asserted")),
    # premises of an outfit the words call banned
    ("The Sindh police sealed the offices of a proscribed organisation in Hyderabad.", ("DISMANTLE", "asserted")),
    # a ban on raising money is a step against a group's money
    ("The interior ministry banned fundraising by the outlawed outfit's charity wing.", ("FINANCE", "asserted")),
    ("Punjab imposed a ban on fundraising by the Lashkar-e-Jhangvi.", ("FINANCE", "asserted")),
    # a group designated a terrorist outfit is banned
    ("The cabinet designated the Majeed Brigade as a terrorist organisation on Tuesday.", ("RESTRICT", "asserted")),
    ("Islamabad placed two BLA commanders on its list of designated terrorists.", ("RESTRICT", "asserted")),
    # fighters or suspects sent back to a state
    ("Iran repatriated four TTP fighters to Pakistan through the Taftan crossing.", ("EXTRADITE", "asserted")),
    ("The suspect was repatriated to Pakistan from the UAE, the FIA said.", ("EXTRADITE", "asserted")),
])
def test_the_deed_is_read(extractor, text, expected):
    assert expected in readings(extractor, text), readings(extractor, text)


def test_a_militant_s_arrest_is_no_attack(extractor):
    assert ("ATTACK", "asserted") not in readings(extractor, "Police confirmed the militant's arrest in Peshawar.")


@pytest.mark.parametrize("text, expected", [
    # who arrested is still who the possessor names when an "of" phrase names who was arrested
    ("The Taliban's arrest of three TTP men angered the group.", ("ARREST", "asserted")),
    ("The TTP's attack on the check post killed four soldiers.", ("ATTACK", "asserted")),
    ("The government imposed a ban on three outfits.", ("RESTRICT", "asserted")),
    ("The interior ministry banned the group on Monday.", ("RESTRICT", "asserted")),
    ("Afghan officials handed over three TTP suspects to Pakistan.", ("EXTRADITE", "asserted")),
])
def test_readings_that_stay(extractor, text, expected):
    assert expected in readings(extractor, text), readings(extractor, text)


@pytest.mark.parametrize("text", [
    "The ministry designated a focal person for the inquiry.",
    "Pakistan repatriated 500 Afghan refugees through Torkham.",
    "The bodies of the soldiers were repatriated to their villages.",
    "Traders sealed their shops in protest against the killing.",
    "Police handed the documents recovered from the house over to investigators.",
    "Two bodies found near the river were picked up by rescuers.",
    "Pakistan wants Kabul to designate the TTP as a terrorist organisation.",
    # what a group stands as, told in a clause on its name, is no step taken that day
    "The Majeed Brigade, which Islamabad designated a terrorist group in 2020, said it had sent the bomber.",
    "The Taliban denied that they had repatriated any TTP fighters.",
])
def test_look_alikes_give_no_asserted_deed(extractor, text):
    deeds = {t for t, m in readings(extractor, text) if m == "asserted"} & {
        "ARREST", "OPERATION", "FINANCE", "DISMANTLE", "RESTRICT", "EXTRADITE"}
    assert not deeds, (text, deeds)


@pytest.mark.parametrize("text, expected", [
    ("Punjab cut off funding to five seminaries run by a proscribed outfit.", ("FINANCE", "asserted")),
    ("The FIA cut off the supply of funds to the BLA from abroad.", ("FINANCE", "asserted")),
    ("Pakistan has asked the Taliban to cut off the TTP's funding.", ("FINANCE", "demanded")),
])
def test_an_armed_group_s_money_cut_off(extractor, text, expected):
    assert expected in readings(extractor, text), readings(extractor, text)


@pytest.mark.parametrize("text", [
    "Washington cut off security assistance funding to Islamabad.",
    "The provincial government cut off funding to the district hospital.",
])
def test_money_cut_off_from_a_state_or_a_hospital_is_no_deed(extractor, text):
    assert ("FINANCE", "asserted") not in readings(extractor, text)


@pytest.mark.parametrize("text", [
    "Washington imposed sanctions on three TTP financiers on Thursday.",
    "The Security Council imposed sanctions on the Majeed Brigade.",
    "The US Treasury sanctioned two ISKP facilitators based in Kabul.",
])
def test_sanctions_on_an_armed_group_or_its_men_are_a_step_against_its_money(extractor, text):
    got = readings(extractor, text)
    assert ("FINANCE", "asserted") in got and ("SANCTION", "asserted") not in got, got


@pytest.mark.parametrize("text", [
    "The UN imposed sanctions on senior Taliban leaders.",
    "Washington imposed sanctions on Pakistan over its missile programme.",
    "The EU imposed sanctions on Russian officials.",
])
def test_sanctions_on_a_state_or_its_rulers_stay_a_sanction(extractor, text):
    got = readings(extractor, text)
    assert ("SANCTION", "asserted") in got and ("FINANCE", "asserted") not in got, got
