"""A sentence ends after a hyphened name; a deed named by its place is at that place; what groups do, told in the
present in a relative clause, is a habit.

- "... not only IS-K. Both governments ..." is two sentences: the letter after the hyphen ends a name, it is no
  initial ("D.I. Khan" still is one).
- "In Islamabad, the Foreign Office said ... the Kech attack was planned from Afghan territory": the attack is at
  Kech, not where the statement was made.
- "proof of action against groups that target them" tells no attack.
"""

from __future__ import annotations

from datetime import date

from tangible.nlp.sentences import split_sentences


def test_a_hyphened_name_ends_a_sentence():
    text = "For Pakistan and China the question is not only IS-K. Both governments have asked the Taliban for proof."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "For Pakistan and China the question is not only IS-K.", "Both governments have asked the Taliban for proof."]


def test_initials_still_hold_a_sentence_together():
    text = "He met Lt. Gen. A. Khan in D.I. Khan. Then he left."
    assert [text[s:e] for s, e in split_sentences(text)] == ["He met Lt. Gen. A. Khan in D.I. Khan.", "Then he left."]


def test_a_deed_named_by_its_place_is_there(extractor):
    text = ("In Islamabad, the Foreign Office said Pakistan had shared new evidence that the Kech attack was planned "
            "from Afghan territory.")
    attacks = [m for m in extractor.extract("k", text, date(2025, 11, 20)) if m.type == "ATTACK"]
    assert attacks and attacks[0].location and attacks[0].location.admin1 == "Balochistan"
    assert attacks[0].launched_from and attacks[0].launched_from.country == "AF"


def test_what_groups_do_as_a_habit_is_no_attack(extractor):
    for text in ("Both governments have asked the Taliban for proof of action against groups that target them.",
                 "Pakistan wants action against militants who attack its soldiers."):
        assert not [m for m in extractor.extract("h", text, date(2025, 11, 20))
                    if m.type == "ATTACK" and m.modality == "asserted"], text


def test_a_deed_of_named_men_in_the_past_stays(extractor):
    text = "Police arrested two militants who attacked a checkpost in Tank last week."
    types = {m.type for m in extractor.extract("h", text, date(2025, 11, 20)) if m.modality == "asserted"}
    assert "ARREST" in types
