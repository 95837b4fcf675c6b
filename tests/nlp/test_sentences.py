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
])
def test_sentences_and_their_offsets(text, sentences):
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == sentences
