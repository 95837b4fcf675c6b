"""Who acted, as reports name them: a country's short name as its state ("Pak kills 20 militants"), a group by
the initials the region's reports use ("LI militants")."""

from __future__ import annotations

from datetime import date

import pytest

EARLY = date(2015, 6, 1)


def _deeds(extractor, text: str, day: date = EARLY):
    return [m for m in extractor.extract("w", text, day) if m.type in ("ATTACK", "OPERATION")
            and m.modality == "asserted"]


@pytest.mark.parametrize("text", [
    "Pak kills 30 militants in a crackdown after the school attack.",
    "Pak killed 12 terrorists in overnight raids, officials said.",
])
def test_pak_as_subject_is_pakistans_state(extractor, text):
    ms = _deeds(extractor, text)
    assert ms and ms[0].type == "OPERATION" and ms[0].source is not None and ms[0].source.id == "pakistan"


@pytest.mark.parametrize("text", [
    "LI militants shot dead two tribal elders in Bara, Khyber Agency.",
    "Armed LI men attacked a checkpost of the Khasadar force in Bara.",
])
def test_li_is_lashkar_e_islam(extractor, text):
    ms = _deeds(extractor, text)
    assert ms and ms[0].type == "ATTACK" and ms[0].source is not None and ms[0].source.id == "lashkar-e-islam"



@pytest.mark.parametrize("text", [
    "Five soldiers were killed in an attack on a checkpost in Chitral; it is unclear whether the TTP or ISKP "
    "carried it out.",
    "Three policemen were shot dead in Bannu; it is not known whether the TTP or Lashkar-e-Islam carried out the "
    "attack.",
])
def test_a_party_the_report_cannot_choose_is_not_the_doer(extractor, text):
    ms = _deeds(extractor, text)
    assert ms and ms[0].type == "ATTACK" and (ms[0].source is None or ms[0].source.id is None)


def test_afghani_taliban_are_the_afghan_taliban(extractor):
    # (in a report of Pakistan before August 2021 a bare "Taliban" is the TTP; the Afghan ones are named so)
    ms = _deeds(extractor, "Afghani Taliban fighters fired on a Frontier Corps post in Kurram, killing two soldiers.")
    assert ms and ms[0].source is not None and ms[0].source.id == "taliban"


LATE = date(2020, 6, 1)


@pytest.mark.parametrize("text, other", [
    ("Five Taliban fighters were killed in clashes with public uprising forces in Jaghori district.",
     "pro-government-militia"),
    ("Four Taliban militants were killed in clashes with ISKP fighters in Kunar.", "iskp"),
])
def test_a_clash_of_two_armed_parties_is_no_states_operation(extractor, text, other):
    ms = _deeds(extractor, text, LATE)
    assert ms and all(m.source is None or m.source.id != "afghan-republic" for m in ms)
    assert any(m.source is not None and m.source.id == other for m in ms)


def test_state_dead_beside_militants_keep_the_states_fight(extractor):
    ms = _deeds(extractor, "A policeman and a militant were killed in an exchange of fire with militants in Tank.")
    assert ms and not any(m.source is not None and m.source.id == "ttp" for m in ms)


@pytest.mark.parametrize("text", [
    "Taliban fighters hanged three men accused of spying in Faryab.",
    "Two villagers were hanged by Taliban militants in Badghis on Sunday.",
])
def test_people_hanged_by_an_armed_group_are_its_attack(extractor, text):
    ms = _deeds(extractor, text)
    assert ms and ms[0].type == "ATTACK" and ms[0].source is not None and ms[0].source.id == "taliban"


@pytest.mark.parametrize("text", [
    "The convict was hanged in Adiala jail at dawn.",
    "The farmer hanged himself after the harvest failed.",
])
def test_a_hanging_by_law_or_by_oneself_is_no_attack(extractor, text):
    assert not _deeds(extractor, text)


@pytest.mark.parametrize("text", [
    "Pirates took hostage 14 crew members of a cargo ship in the Gulf of Aden.",
    "Bandits kidnapped six travellers on the Indus Highway near Kashmore.",
])
def test_pirates_and_bandits_are_armed_men_no_one_names(extractor, text):
    ms = _deeds(extractor, text)
    assert ms and ms[0].type == "ATTACK" and ms[0].source is not None and ms[0].source.id is None


@pytest.mark.parametrize("text", [
    "Gunmen attacked a police post in Tank, killing two constables. It is not known whether the TTP or ISKP was "
    "behind the attack.",
    "Gunmen attacked a police post in Tank, killing two constables. Officials said the TTP was not behind the attack.",
    "Gunmen attacked a police post in Tank, killing two constables. Police are investigating whether the TTP was "
    "behind the attack.",
])
def test_a_party_only_asked_about_or_cleared_is_not_the_doer(extractor, text):
    attack = [m for m in _deeds(extractor, text) if m.type == "ATTACK"]
    assert attack and all(m.source is None or m.source.id is None for m in attack)


def test_a_party_named_behind_the_attack_is_its_doer(extractor):
    attack = _deeds(extractor, "Gunmen attacked a police post in Tank, killing two constables. Police said the TTP "
                               "was behind the attack.")
    assert attack and attack[0].source.id == "ttp" and attack[0].perpetrator_basis == "blamed"
