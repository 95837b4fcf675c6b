"""Two deeds in one report, told apart.

- A deed the sentence's own came days after ("..., days after a suicide bombing killed 16 soldiers in South
  Waziristan") is an event of its own, with its own dead and its own place, and not done by whoever acts in the
  sentence's deed. Without time between ("two policemen died after gunmen opened fire") it is one event.
- A claim that names the attack by its place ("the Kulachi attack") is that attack's, even when the place was
  named inside a larger one ("Dera Ismail Khan's Kulachi tehsil") and another attack was told since; a group
  named as claiming one deed claims it though the sentence says no one claimed another.
"""

from __future__ import annotations

from datetime import date

import pytest


def _deeds(extractor, text: str, published: date = date(2024, 12, 26)) -> list:
    return [m for m in extractor.extract("d", text, published) if m.modality == "asserted"
            and m.type in ("ATTACK", "OPERATION", "ARREST")]


def test_strikes_days_after_a_bombing_are_two_events(extractor):
    text = ("Pakistani jets struck TTP hideouts in Paktika on Tuesday, days after a suicide bombing killed 16 soldiers "
            "in South Waziristan.")
    deeds = _deeds(extractor, text)
    strikes = [m for m in deeds if m.type == "OPERATION"]
    bombing = [m for m in deeds if m.type == "ATTACK"]
    assert strikes and bombing and strikes[0].event != bombing[0].event
    assert strikes[0].location.admin1 == "Paktika" and not any(strikes[0].quantities.values())
    assert bombing[0].location.admin1 == "Khyber Pakhtunkhwa" and bombing[0].quantities.get("killed") == 16
    assert not (bombing[0].source and bombing[0].source.id == "pakistan")
    assert bombing[0].target and bombing[0].target.id == "pakistan"


@pytest.mark.parametrize("text, main, place, earlier_place", [
    ("Police arrested three suspects in Quetta a day after a bomb killed five people in Mastung.", "ARREST", "Quetta",
     "Mastung"),
    ("The Taliban detained 12 IS-K members in Kunduz, two days after a suicide attack on a mosque in Baghlan killed "
     "40 worshippers.", "ARREST", "Kunduz", "Baghlan"),
])
def test_an_arrest_days_after_an_attack_keeps_its_place(extractor, text, main, place, earlier_place):
    deeds = _deeds(extractor, text)
    own = [m for m in deeds if m.type == main]
    attack = [m for m in deeds if m.type == "ATTACK"]
    assert own and attack
    assert place in (own[0].location.name, own[0].location.admin1)
    assert earlier_place in (attack[0].location.name, attack[0].location.admin1)
    assert not own[0].quantities.get("killed")


def test_a_deed_told_with_its_cause_is_one_event(extractor):
    deeds = _deeds(extractor, "Two policemen died after gunmen opened fire on their vehicle in Bannu.")
    assert len({m.event for m in deeds}) == 1
    assert deeds[0].quantities.get("killed") == 2


def test_a_claim_names_the_attack_by_its_place(extractor):
    text = ("PESHAWAR: Four policemen were martyred when terrorists attacked a police checkpost in Dera Ismail Khan's "
            "Kulachi tehsil late on Wednesday, police said. In a separate incident, a roadside bomb targeted a "
            "vehicle of the Frontier Corps in Bajaur, injuring three personnel. The TTP claimed responsibility for "
            "the Kulachi attack, while no group claimed the Bajaur blast.")
    attacks = [m for m in _deeds(extractor, text) if m.type == "ATTACK"]
    kulachi = [m for m in attacks if m.quantities.get("killed") == 4]
    bajaur = [m for m in attacks if m.quantities.get("wounded") == 3 and not m.quantities.get("killed")]
    assert kulachi and bajaur
    assert kulachi[0].source and kulachi[0].source.id == "ttp" and kulachi[0].perpetrator_basis == "claimed"
    assert not (bajaur[0].source and bajaur[0].source.id)
