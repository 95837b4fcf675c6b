"""Statements made to a party named by a preposition, a demonym or a meeting, denials that answer a named accuser, a
siege's end told a day on, attackers named by their own dead, and rockets fired by a named group."""

from __future__ import annotations

from datetime import date

import pytest

from tests.nlp.conftest import asserted_of_type


def statement(extractor, text, etype, published):
    found = [m for m in extractor.extract("s", text, published) if m.type == etype]
    assert found, text
    return found[0]


@pytest.mark.parametrize("text, published, source, target", [
    ("Kabul pledged to China that ETIM fighters would be moved away from the border with Xinjiang, diplomatic sources "
     "said.", date(2021, 10, 15), "taliban", "china"),
    ("Army chief General Asim Munir assured Chinese leaders that Pakistan would defeat any attempt to sabotage CPEC.",
     date(2023, 4, 20), "pakistan", "china"),
    ("In a meeting with Wang Yi, Muttaqi pledged that the interim government would take steps to protect Chinese "
     "investments and citizens in Afghanistan.", date(2023, 5, 6), "taliban", "china"),
    ("Taliban spokesman Suhail Shaheen told the US that the Taliban will not allow al-Qaeda to operate in areas under "
     "their control.", date(2020, 3, 1), "taliban", "us"),
])
def test_an_assurance_names_whom_it_was_given(extractor, text, published, source, target):
    m = statement(extractor, text, "ASSURE", published)
    assert m.modality == "asserted" and m.source.id == source and m.target is not None and m.target.id == target


def test_a_demand_on_the_authorities_seated_in_the_capital(extractor):
    m = statement(extractor, "Prime Minister Shehbaz Sharif demanded that the de facto authorities in Kabul rein in "
                             "the TTP, saying Pakistan's patience was running out.", "DEMAND", date(2023, 12, 13))
    assert m.source.id == "pakistan" and m.target.id == "taliban" and not m.target.text.startswith("that")


@pytest.mark.parametrize("text, published, source, target", [
    ("Mujahid rejected claims by the Pakistani military that Afghan nationals were involved in the attack in Zhob.",
     date(2023, 7, 15), "taliban", "pakistan"),
    ("The interim Afghan government dismissed as baseless Pakistan's allegation that the Bannu attack was planned in "
     "Afghanistan.", date(2024, 7, 17), "taliban", "pakistan"),
    ("Pakistan denied that it had given sanctuary to Taliban leaders, responding to allegations by Afghan President "
     "Ashraf Ghani.", date(2021, 7, 17), "pakistan", "afghan-republic"),
])
def test_a_denial_answers_its_accuser(extractor, text, published, source, target):
    ms = extractor.extract("d", text, published)
    deny = [m for m in ms if m.type == "DENY"]
    assert deny and deny[0].source.id == source and deny[0].target is not None and deny[0].target.id == target
    assert not [m for m in ms if m.type == "ACCUSE" and m.modality == "negated"]  # the charge answered, not unsaid


def test_a_pledge_about_a_group_not_let_act(extractor):
    m = statement(extractor, "Suhail Shaheen said the Taliban will not allow al-Qaeda to operate in areas under its "
                             "control.", "ASSURE", date(2020, 3, 1))
    assert m.source.id == "taliban" and m.modality == "asserted"


def test_a_siege_ended_a_day_on_is_the_attacks_battle(extractor):
    text = ("QUETTA, Pakistan (AFP) - Separatist militants attacked a passenger train carrying more than 400 people in "
            "Pakistan's southwestern Balochistan province on Tuesday, blowing up the track and taking passengers "
            "hostage, officials said. The Baloch Liberation Army claimed responsibility for the attack. The military "
            "said on Wednesday that the siege had ended after security forces killed all 33 attackers. Twenty-one "
            "passengers and four security personnel were killed during the attack, according to the military's "
            "spokesman.")
    ms = extractor.extract("t", text, date(2025, 3, 12))
    assert not [m for m in ms if m.type == "OPERATION" and m.modality == "asserted"]
    attack = [m for m in ms if m.type == "ATTACK" and m.modality == "asserted"]
    assert attack and attack[0].source.id == "bla"
    assert max(m.quantities.get("killed", 0) for m in attack) == 25
    assert max(m.quantities.get("attackers_killed", 0) for m in attack) == 33


def test_attackers_named_by_their_own_dead(extractor):
    text = ("At least 13 Taliban insurgents were killed and seven others wounded when security forces repulsed an "
            "attack on their checkpoints in Imam Sahib district of northern Kunduz province, an official said on "
            "Monday. Police spokesman Inamuddin Rahmani said two policemen were also killed and three others wounded "
            "in the clash that lasted several hours.")
    attack = asserted_of_type(extractor, text, "ATTACK", date(2020, 9, 14))
    assert attack and attack[0].source.id == "taliban" and attack[0].perpetrator_basis == "stated"
    assert attack[0].quantities.get("attackers_killed") == 13 and attack[0].quantities.get("killed") == 2


def test_the_dead_of_an_attack_on_a_group_do_not_name_the_attackers(extractor):
    found = [m for m in extractor.extract("u", "46 militants killed in attack on Pakistan Taleban - sources.",
                                          date(2009, 5, 1)) if m.type == "ATTACK" and m.modality == "asserted"]
    assert not any(m.source and m.source.id for m in found)


def test_rockets_fired_by_a_named_group(extractor):
    attack = asserted_of_type(extractor, "Rockets fired by Hafiz Gul Bahadur group fighters landed near a check post "
                                         "in Datta Khel, North Waziristan, injuring 2 soldiers.", "ATTACK",
                              date(2015, 6, 1))
    assert attack and attack[0].source.id == "hgb" and attack[0].quantities.get("wounded") == 2
