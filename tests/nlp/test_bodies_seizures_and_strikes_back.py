"""Reports that tell one deed over several sentences, and sometimes a second deed after it.

- "Members of the security forces" are the forces' own men: a party's word that it killed them is a claim on its
  enemy's dead, and yields to a lower figure officials give for the same dead.
- A seizure told with no one at all, just after an arrest, is the arrest's; the place where the suspects once
  trained is no place of the seizure.
- The other side's strike told as coming "later" is a deed of its own, not the fight the first strike was.
- "The movement of the group was picked up" is something seen, not someone arrested.
"""

from __future__ import annotations

from datetime import date

import pytest

from tangible.nlp.roles import STATE, role_of_head


def _asserted(extractor, text: str, published: date) -> list:
    return [m for m in extractor.extract("b", text, published) if m.modality == "asserted"]


@pytest.mark.parametrize("text, head", [
    ("Ten members of the security forces were killed.", "members"),
    ("Three men of the Frontier Corps were wounded.", "men"),
    ("Personnel of the border police were attacked.", "Personnel"),
])
def test_members_of_a_state_body_are_the_state(extractor, text, head):
    from tangible.nlp.extractor import load_pipeline

    doc = load_pipeline()(text)
    tok = next(t for t in doc if t.text == head)
    assert role_of_head(tok) == STATE


def test_members_of_a_family_stay_civilians(extractor):
    from tangible.nlp.extractor import load_pipeline

    doc = load_pipeline()("Two members of the family were killed.")
    assert role_of_head(doc[1]) != STATE


def test_a_group_claim_on_members_of_the_forces_is_its_claim(extractor):
    text = ("The Taliban claimed that 10 members of the security forces were killed in an attack on a checkpoint "
            "in Ghazni province.")
    attacks = [m for m in _asserted(extractor, text, date(2019, 6, 1)) if m.type == "ATTACK"]
    assert attacks and attacks[0].source and attacks[0].source.id == "taliban"
    assert attacks[0].perpetrator_basis == "claimed"


def test_the_officials_lower_figure_stands_against_the_groups_claim(extractor):
    text = ("KABUL: The Taliban said on Tuesday that 10 members of the Afghan security forces were killed when their "
            "fighters overran a checkpoint in Ghazni province. A spokesman for the provincial governor confirmed the "
            "attack but said only four soldiers were killed and six others wounded.")
    attacks = [m for m in _asserted(extractor, text, date(2019, 6, 1)) if m.type == "ATTACK"]
    assert attacks and len({m.event for m in attacks}) == 1
    assert attacks[0].quantities.get("killed") == 4
    assert attacks[0].quantities.get("wounded") == 6


@pytest.mark.parametrize("text", [
    "KARACHI: Counter-terrorism police arrested three suspected militants of the banned Tehreek-e-Taliban Pakistan "
    "in a raid in Manghopir on Friday, officials said. Explosives and suicide vests were seized, CTD officials said. "
    "One of the suspects had received training in Afghanistan's Kunar province, according to the police.",
    "KARACHI: Counter-terrorism police arrested three suspected militants of the banned Tehreek-e-Taliban Pakistan "
    "in a raid in Manghopir on Friday, officials said. The suspects were planning to attack a police station, CTD "
    "officials said, adding that explosives and suicide vests were seized.",
])
def test_a_seizure_told_with_no_one_is_the_arrests(extractor, text):
    seizures = [m for m in _asserted(extractor, text, date(2025, 3, 1)) if m.type == "DISMANTLE"]
    assert seizures
    assert seizures[0].source and seizures[0].source.id == "pakistan"
    assert seizures[0].location and seizures[0].location.admin1 == "Sindh"


def test_a_seizure_apart_from_the_arrest_is_not_borrowed(extractor):
    text = ("Police arrested four suspects in Quetta on Monday. Two pistols and a hand grenade were recovered. "
            "Separately, 20 kilograms of explosives were seized in Chaman.")
    seizures = [m for m in _asserted(extractor, text, date(2025, 3, 1)) if m.type == "DISMANTLE"]
    by_place = {m.location.name: m for m in seizures if m.location}
    assert by_place["Quetta"].source and by_place["Quetta"].source.id == "pakistan"
    assert by_place["Chaman"].source is None or not by_place["Chaman"].source.id


def test_where_the_suspects_trained_is_no_place_of_the_deed(extractor):
    text = ("Police arrested four suspects in a raid in Peshawar on Monday. Weapons were seized. The suspects had "
            "received training in Kunar province, officials said.")
    ms = _asserted(extractor, text, date(2025, 3, 1))
    assert {m.type for m in ms} == {"ARREST", "DISMANTLE"}
    for m in ms:
        assert m.location and m.location.name == "Peshawar", (m.type, m.location)


def test_the_other_sides_strike_later_is_a_deed_of_its_own(extractor):
    text = ("KABUL: Pakistani military aircraft struck several locations in Afghanistan's Paktika and Khost provinces "
            "overnight, killing at least 15 people, Taliban officials said on Wednesday. Hours later, Afghan forces "
            "attacked several Pakistani border posts, the Taliban defence ministry said.")
    deeds = [m for m in _asserted(extractor, text, date(2025, 10, 15)) if m.type in ("ATTACK", "OPERATION")]
    strikes = [m for m in deeds if m.source and m.source.id == "pakistan"]
    answer = [m for m in deeds if m.source and m.source.id == "taliban"]
    assert strikes and answer
    assert {m.event for m in strikes}.isdisjoint({m.event for m in answer})
    assert not answer[0].quantities.get("killed")


def test_the_forces_killing_the_attackers_later_stays_the_attacks_battle(extractor):
    text = ("Gunmen attacked a shrine in Herat, killing nine worshippers. All three attackers were later killed by "
            "Afghan security forces.")
    deeds = [m for m in _asserted(extractor, text, date(2019, 6, 1)) if m.type in ("ATTACK", "OPERATION")]
    assert len({m.event for m in deeds}) == 1


def test_a_movement_picked_up_arrests_no_one(extractor):
    text = ("RAWALPINDI: Security forces foiled an infiltration attempt by a group of khawarij trying to cross the "
            "Pakistan-Afghanistan border in North Waziristan district, killing 30 terrorists, the military's media "
            "wing said on Sunday. The ISPR said the movement of the group was picked up on the night of April 25-26 "
            "near Hassan Khel.")
    ms = _asserted(extractor, text, date(2025, 4, 27))
    assert "ARREST" not in {m.type for m in ms}
    op = next(m for m in ms if m.type == "OPERATION")
    assert op.quantities.get("killed") == 30 and not op.quantities.get("arrested")
