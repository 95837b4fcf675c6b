"""Attackers a report counted, named again by "they" in the next sentence, are the attackers' dead when killed.

- "4 attackers stormed the Pakistan Stock Exchange in Karachi. They killed 2 security guards and a policeman before
  being killed by security forces": three victims and the four attackers.
- "Three gunmen attacked a checkpost in Bannu. They were killed in the exchange of fire": three attackers dead.
- "Three gunmen abducted five labourers in Kech. They were later found shot dead": "they" are the labourers, the
  people the report counted as harmed.
"""

from __future__ import annotations

from datetime import date

DAY = date(2020, 6, 29)


def _attack(extractor, text: str):
    ms = [m for m in extractor.extract("p", text, DAY) if m.type == "ATTACK" and m.modality == "asserted"]
    assert ms, text
    return ms[0].quantities


def test_attackers_killed_after_their_deed_named_by_pronoun(extractor):
    q = _attack(extractor, "4 attackers stormed the Pakistan Stock Exchange in Karachi. They killed 2 security guards "
                           "and a policeman before being killed by security forces.")
    assert q.get("killed") == 3 and q.get("attackers_killed") == 4


def test_attackers_killed_named_by_pronoun(extractor):
    q = _attack(extractor, "Three gunmen attacked a checkpost in Bannu. They were killed in the exchange of fire.")
    assert q.get("attackers_killed") == 3 and not q.get("killed")


def test_the_pronoun_names_the_people_harmed_when_they_were_counted(extractor):
    q = _attack(extractor, "Three gunmen abducted five labourers in Kech. They were later found shot dead.")
    assert q.get("killed") == 5 and not q.get("attackers_killed")


def test_an_arrest_known_by_its_place_quotes_no_word_as_its_actor(extractor):
    # "Four suspects were taken into custody" in Kunar: the Taliban's by the place, with no words that name them
    ms = [m for m in extractor.extract("k", "KABUL: Four suspects were taken into custody in Kunar province on "
                                            "Monday.", date(2024, 6, 1)) if m.type == "ARREST"]
    assert ms and ms[0].source and ms[0].source.id == "taliban"
    assert ms[0].source.text == ""


def test_the_dead_along_with_the_one_named_count_wherever_the_parse_hangs_them(extractor):
    q = _attack(extractor, "On 20 May 2020, the ALP commander of Obe district (Herat) was killed by Taliban militants "
                           "in an ambush along with 3 of his guards.")
    assert q.get("killed") == 4
    assert _attack(extractor, "A police officer was shot dead in Quetta along with his driver.").get("killed") == 2
