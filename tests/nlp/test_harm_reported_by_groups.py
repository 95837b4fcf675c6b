"""A group that reports people killed is not, for that, the one who killed them: civilians it says were killed,
or people killed in a strike from the air, are another's deed. A group's word that soldiers were killed in its
attack is still its claim."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2020, 6, 1)


def _deeds(extractor, text: str) -> list:
    return [m for m in extractor.extract("g", text, PUB) if m.type in ("ATTACK", "OPERATION")
            and m.modality == "asserted"]


@pytest.mark.parametrize("text, group", [
    ("The Taliban said six civilians were killed in the airstrike.", "taliban"),
    ("Taliban claimed 6 civilians were killed.", "taliban"),
    ("A Taliban spokesman claimed that four women and two children were killed in the bombardment.", "taliban"),
    ("On 5 May 2020, US forces carried out an airstrike on Taliban positions in Nahr-e Saraj district (Helmand). 8 "
     "Taliban were killed. Taliban claimed 6 civilians were killed.", "taliban"),
    ("The TTP said nine villagers were killed in the drone strike in Datta Khel.", "ttp"),
])
def test_a_group_reporting_others_harmed_is_not_the_doer(extractor, text, group):
    deeds = _deeds(extractor, text)
    assert deeds, text
    assert not any(m.source and m.source.id == group for m in deeds), [(m.type, m.source) for m in deeds]
    assert not any(m.perpetrator_basis == "claimed" for m in deeds)


@pytest.mark.parametrize("text, group", [
    ("The BLA claimed that 12 soldiers were killed in the attack on the convoy.", "bla"),
    ("The TTP said its fighters killed five soldiers in Bajaur.", "ttp"),
    ("The TTP claimed eight policemen were killed in the raid on the checkpoint.", "ttp"),
])
def test_a_group_owning_the_forces_killed_claims_the_attack(extractor, text, group):
    attacks = [m for m in _deeds(extractor, text) if m.type == "ATTACK"]
    assert any(m.source and m.source.id == group for m in attacks), [(m.type, m.source) for m in attacks]
