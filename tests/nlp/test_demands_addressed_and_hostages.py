"""The parties a demand is made of, and hostages counted. A demand made of a party is addressed to it: unnamed
officials whom only the report's country would name are not that party ("Kabul must do more to stop the TTP from
using Afghan soil, officials said"). Hostages taken or held are the people an attack abducted ("held over 400
passengers hostage")."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


def _attacks(extractor, text: str) -> list:
    return [m for m in extractor.extract("p", text, LATE) if m.type == "ATTACK"]


def _demands(extractor, text: str) -> list:
    return [m for m in extractor.extract("p", text, LATE) if m.type == "DEMAND"]


@pytest.mark.parametrize("text", [
    "Kabul must do more to stop the TTP from using Afghan soil, officials said.",
    "Afghanistan should act against militants, officials said.",
])
def test_a_demand_is_addressed_to_the_party_it_is_made_of(extractor, text):
    demands = _demands(extractor, text)
    assert demands and demands[0].target is not None and demands[0].target.id == "taliban"
    assert demands[0].source is not None and demands[0].source.id is None and demands[0].source.text == "officials"


@pytest.mark.parametrize("text, source", [
    ("Pakistani officials said Kabul must do more.", "pakistan"),
    ("The Taliban must rein in the TTP, officials said in Islamabad.", "pakistan"),
    ("China has asked the interim government to act against ETIM.", "china"),
])
def test_named_speakers_keep_their_party(extractor, text, source):
    demands = _demands(extractor, text)
    assert demands and demands[0].source.id == source and demands[0].target.id == "taliban"


def test_a_party_speaking_of_itself_urges_no_one(extractor):
    demands = _demands(extractor, "Kabul must act against the TTP, the Taliban spokesman said.")
    assert demands and demands[0].source.id == "taliban" and demands[0].target is None


@pytest.mark.parametrize("text, n", [
    ("The BLA claimed it had taken the train and held over 400 passengers hostage.", 400),
    ("Gunmen took more than 40 passengers hostage in Bolan.", 40),
    ("Militants took twelve labourers hostage on the highway.", 12),
    ("Around 30 passengers were held hostage by the attackers in Mach.", 30),
])
def test_hostages_are_abducted(extractor, text, n):
    attacks = _attacks(extractor, text)
    assert attacks and attacks[0].quantities.get("abducted") == n


def test_hostages_not_counted_are_no_figure(extractor):
    attacks = _attacks(extractor, "Militants took control of a school in Swat and held pupils hostage.")
    assert attacks and "abducted" not in attacks[0].quantities
