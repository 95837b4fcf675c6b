"""A seizure told as taken from the men just arrested, or from their house, was taken from their group, on the
arrest's day, whoever the sentence names as seizing. Written the way the Taliban's spokesman and Afghan outlets
report raids."""

from __future__ import annotations

from datetime import date

import pytest

from tests.nlp.conftest import asserted_mentions


@pytest.mark.parametrize("text, day", [
    ("On Tuesday, the General Directorate of Intelligence arrested three members of a Daesh cell in the 5th district "
     "of Kabul city. Weapons, explosive materials and communication equipment were seized from the detained "
     "individuals.", date(2027, 1, 12)),
    ("Taliban forces raided a house in Achin on Monday and arrested two Daesh members, officials said. Taliban forces "
     "also seized suicide vests and a quantity of explosives from the house.", date(2027, 1, 11)),
])
def test_a_seizure_from_those_arrested_is_from_their_group(extractor, text, day):
    seized = [m for m in asserted_mentions(extractor, text, date(2027, 1, 14)) if m.type == "DISMANTLE"]
    assert seized and all(m.groups == ["iskp"] and m.source and m.source.id == "taliban" and m.date == day
                          for m in seized)


def test_a_seizure_by_another_party_is_not_the_arrests(extractor):
    text = ("Taliban forces arrested two Daesh members in Achin on Monday. Pakistani police seized weapons from the "
            "house of a suspect in Peshawar.")
    seized = [m for m in asserted_mentions(extractor, text, date(2027, 1, 14)) if m.type == "DISMANTLE"]
    assert all("iskp" not in m.groups for m in seized)
