"""Runs of blanks inside a sentence (two spaces typed in haste, a tab, a no-break space) are read as one space: the
parser otherwise takes the run for a word and loses the sentence's structure. The mentions keep the document's own
characters and offsets."""

from __future__ import annotations

from datetime import date

import pytest

from tangible.nlp.sentences import squeeze_blanks
from tests.nlp.conftest import asserted_violence

PUB = date(2015, 6, 30)


def test_squeezed_sentence_keeps_its_length_and_where_each_character_stood():
    text = "Gunmen  attacked\ta checkpost\u00a0in Tank.  "
    squeezed, where = squeeze_blanks(text)
    assert squeezed == "Gunmen attacked a checkpost in Tank.   "
    assert len(squeezed) == len(text)
    assert all(text[where[j]] == squeezed[j] or squeezed[j] == " " for j in range(len(squeezed.rstrip())))
    assert squeeze_blanks("Gunmen attacked a checkpost.") == ("Gunmen attacked a checkpost.", None)


@pytest.mark.parametrize("text, actor, group", [
    # the run before the clause's subject made the parse hang the subject on the sentence before "when"
    ("Three constables were on duty at a checkpost in Karachi when  at least four armed TTP militants on two "
     "motorcycles attacked them and escaped. One constable died on the spot.", "ttp", "ttp"),
    ("Soldiers were  patrolling near Mir Ali when  militants of the Hafiz Gul Bahadur group ambushed  them, killing "
     "two.", "hgb", "hgb"),
])
def test_a_deed_told_across_a_run_of_blanks(extractor, text, actor, group):
    found = asserted_violence(extractor, text, PUB)
    assert found and found[0].type == "ATTACK" and found[0].source.id == actor, text
    assert group in found[0].groups


def test_mentions_keep_the_documents_own_characters(extractor):
    text = "PESHAWAR:  Security forces  killed  six  militants of the TTP in  a raid in Bajaur, officials said.\n\n" \
           "Two  soldiers\u00a0were  martyred."
    ms = extractor.extract("d", text, PUB)
    assert ms
    for m in ms:
        assert m.sentence == text[m.char_span[0]:m.char_span[1]]
        if m.trigger_span:
            assert m.trigger == text[m.trigger_span[0]:m.trigger_span[1]]
    op = [m for m in ms if m.type == "OPERATION" and m.modality == "asserted"]
    assert op and op[0].quantities.get("killed") == 6 and op[0].location.admin1 == "Khyber Pakhtunkhwa"


def test_a_line_broken_inside_its_sentence_is_one_sentence():
    from tangible.nlp.sentences import split_sentences

    text = ("Two policemen were on patrol in Karachi when six armed TTP\nmilitants attacked them,\nkilling one.\n"
            "Police Said Nothing\nOfficials blamed the group.")
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences[0] == "Two policemen were on patrol in Karachi when six armed TTP\nmilitants attacked them,\nkilling one."
    # (a line that ends a heading, or before one that opens with a capital, still ends its sentence)
    assert "Police Said Nothing" in sentences and "Officials blamed the group." in sentences


def test_a_hard_wrapped_report_keeps_its_names_and_figures(extractor):
    text = ("A bomb fitted to a motorcycle exploded near a police van in Quetta,\nkilling four. The Baloch Liberation "
            "Army said its fighters carried out\nthe attack.\n\nTwo policemen were on a routine patrol in Karachi when "
            "at least six armed TTP\nmilitants riding on three motorbikes attacked them and fled. One policeman\ndied "
            "on the scene.")
    found = asserted_violence(extractor, text, PUB)
    by_event: dict = {}
    for m in found:
        by_event.setdefault(m.event, []).append(m)
    sources = {m.source.id for ms in by_event.values() for m in ms if m.source}
    assert {"bla", "ttp"} <= sources
    for m in extractor.extract("w", text, PUB):
        assert m.sentence == text[m.char_span[0]:m.char_span[1]]
