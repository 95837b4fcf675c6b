"""Sentence splitting with exact offsets."""

from __future__ import annotations

import pytest

from tangible.nlp.sentences import split_sentences


@pytest.mark.parametrize("text, sentences", [
    ("Militants attacked a checkpost in Bannu.Two soldiers were killed in the attack.",
     ["Militants attacked a checkpost in Bannu.", "Two soldiers were killed in the attack."]),
    ("A convoy was hit by an (IED).Four soldiers were killed.",
     ["A convoy was hit by an (IED).", "Four soldiers were killed."]),
    ("The U.S. embassy said so. Mr. Khan agreed.", ["The U.S. embassy said so.", "Mr. Khan agreed."]),
    ("He moved to St.Louis in May.", ["He moved to St.Louis in May."]),
    # a place by its initials ends no sentence
    ("Gunmen shot a man in D.I. Khan on Friday. Police said so.", ["Gunmen shot a man in D.I. Khan on Friday.",
                                                                   "Police said so."]),
    ("Gunmen shot a man in D.G. Khan. Police said so.", ["Gunmen shot a man in D.G. Khan.", "Police said so."]),
    ("Read it on www.Dawn.com or Tribune.com.pk today.", ["Read it on www.Dawn.com or Tribune.com.pk today."]),
    # the platform X is no initial (and an initial stays one)
    ("Mujahid said in a post on X. Two of his associates were arrested.",
     ["Mujahid said in a post on X.", "Two of his associates were arrested."]),
    ("President George W. Bush spoke.", ["President George W. Bush spoke."]),
])
def test_sentences_and_their_offsets(text, sentences):
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == sentences


@pytest.mark.parametrize("sentence, box", [
    ("Related stories: Curfew lifted in the old city | Police detain 40 after clashes", True),
    ("related storiesÂ minister visits relief campsÂ jails to hold the detained marchers", True),
    ("Also read: Troops raid militant hideout near the border", True),
    ("Other reports said police had detained 40 people after the clashes.", False),
    ("Latest reports put the number of those arrested at 40.", False),
])
def test_link_boxes(sentence, box):
    from tangible.nlp.sentences import is_link_box

    assert is_link_box(sentence) is box


def test_a_link_box_reports_nothing(extractor):
    # the headlines a page lists under "Related stories" are other reports' events, not this one's
    text = "Curfew remained in force in the old city on Sunday. Related stories: Police detain 40 after clashes in Vadodara"
    assert not [m for m in extractor.extract("d1", text) if m.type == "ARREST"]
    told = "Curfew remained in force in the old city on Sunday. Police detained 40 people after clashes in Vadodara."
    assert [m for m in extractor.extract("d2", told) if m.type == "ARREST"]
