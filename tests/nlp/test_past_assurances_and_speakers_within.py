"""Assurances told as given before are no new assurance; a pronoun inside a sentence whose subject is a party
speaks for that party.

- "Pakistani officials said similar assurances had been given before without results" reports no ASSURE (a
  news-proposed commitment would be made of it); "Kabul gave similar assurances to China on Monday" does.
- "..., pointing to attacks that they blamed on the TTP": "they" are the Pakistani officials of the sentence, not
  the party the sentence before had as its subject.
"""

from __future__ import annotations

from datetime import date

TEXT = ("ISLAMABAD: Pakistan and China on Saturday asked the Afghan Taliban for verifiable and concrete steps against "
        "militant groups operating from Afghan soil. The Taliban foreign minister reiterated that Afghan soil would "
        "not be used against any country. Pakistani officials said similar assurances had been given before without "
        "results, pointing to a string of attacks in Khyber Pakhtunkhwa this year that they blamed on the TTP.")


def _by_type(extractor, text: str, etype: str) -> list:
    return [m for m in extractor.extract("a", text, date(2025, 5, 24)) if m.type == etype and m.modality == "asserted"]


def test_assurances_given_before_are_no_new_assurance(extractor):
    assures = _by_type(extractor, TEXT, "ASSURE")
    assert [m.source.id for m in assures if m.source] == ["taliban"]
    assert not any("similar assurances" in m.sentence for m in assures)


def test_assurances_given_now_are_an_assurance(extractor):
    assures = _by_type(extractor, "Kabul gave similar assurances to China on Monday.", "ASSURE")
    assert assures and assures[0].source and assures[0].source.id == "taliban"


def test_a_pronoun_within_speaks_for_the_sentences_party(extractor):
    blames = _by_type(extractor, TEXT, "ACCUSE")
    assert blames and blames[0].source and blames[0].source.id == "pakistan"


def test_evidence_expected_of_another_is_a_demand(extractor):
    text = ("In a joint statement after a trilateral meeting in Kabul, Pakistan and China said they expected tangible "
            "evidence of action, such as the arrest of militant commanders and the closure of their camps.")
    ms = extractor.extract("e", text, date(2025, 5, 24))
    assert [m for m in ms if m.type == "DEMAND" and m.modality == "asserted"]
    assert not [m for m in ms if m.type in ("ARREST", "DISMANTLE") and m.modality == "asserted"]
