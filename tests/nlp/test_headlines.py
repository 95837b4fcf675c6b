"""Headlines in the present tense: the verb the small model reads as a noun is read as the deed it reports."""

from __future__ import annotations

from datetime import date

import pytest

from tangible.nlp.headlines import reread_headline

PUB = date(2026, 11, 20)


@pytest.mark.parametrize("headline, trigger, etype, source, killed", [
    ("Military pounds militant hideouts in North Waziristan", "pounds", "OPERATION", "pakistan", None),
    ("Army helicopters pound rebel hideouts in Orakzai, killing 30", "pound", "OPERATION", "pakistan", 30),
    ("Policemen gun down three suspected militants in Quetta", "gun", "OPERATION", "pakistan", 3),
    ("TTP fighters storm a checkpost in Bannu", "storm", "ATTACK", "ttp", None),
    ("Pakistani jets pound TTP hideouts, killing 18", "pound", "OPERATION", "pakistan", 18),
])
def test_a_present_tense_headline_reports_its_deed(extractor, headline, trigger, etype, source, killed):
    ms = [m for m in extractor.extract("h", headline, PUB) if m.type == etype and m.modality == "asserted"]
    assert ms, headline
    m = ms[0]
    assert m.trigger == trigger and headline[m.trigger_span[0]:m.trigger_span[1]] == trigger  # the text's own word
    assert m.source is not None and m.source.id == source
    assert m.quantities.get("killed") == killed


def test_a_sentence_with_its_verb_is_parsed_once(extractor):
    doc = extractor.nlp("Security forces killed four militants in an operation in Tank.")
    assert reread_headline(extractor.nlp, doc) is doc
    noun_phrase = extractor.nlp("Karachi police chief")
    assert reread_headline(extractor.nlp, noun_phrase) is noun_phrase  # nothing to read as a deed


@pytest.mark.parametrize("text, etype, source", [
    # an abbreviation in capitals the model reads as an adverb before the verb: the subject, not a modifier
    ("The FIA froze 40 bank accounts linked to the TTP in Peshawar.", "FINANCE", "pakistan"),
    ("The FIA blocked 120 bank accounts belonging to members of a banned outfit in Lahore.", "FINANCE", "pakistan"),
    ("FIA arrested two hawala dealers in Karachi.", "ARREST", "pakistan"),
])
def test_an_acronym_read_as_an_adverb_is_the_subject(extractor, text, etype, source):
    ms = [m for m in extractor.extract("h", text, PUB) if m.type == etype and m.modality == "asserted"]
    assert ms, text
    assert ms[0].source is not None and ms[0].source.id == source


@pytest.mark.parametrize("text,actor", [
    ("Two gunmen on a motorbike shot dead a Shia trader in Dera Ismail Khan on Friday.", "gunmen"),
    ("Masked men driving a car shot dead a tribal elder in Tank.", "men"),
    ("Fighters believed to belong to the TTP shot dead two Levies personnel in Zhob.", "TTP"),
])
def test_shot_dead_read_as_a_noun_is_the_verb(extractor, text, actor):
    attacks = [m for m in extractor.extract("s", text, date(2025, 2, 1)) if m.type == "ATTACK"
               and m.modality == "asserted"]
    assert attacks and attacks[0].source is not None and actor in attacks[0].source.text
    assert not attacks[0].target.text.startswith("dead")


@pytest.mark.parametrize("headline", [
    "15 killed in Pakistan church attack",
    "15 Killed In Pakistan Church Attack",
    "Pakistan police station attack leaves five dead",
    "At least 15 killed in Pakistan church bombing",
])
def test_a_country_before_the_place_struck_is_where_not_who(extractor, headline):
    ms = [m for m in extractor.extract("h", headline, None) if m.type in ("ATTACK", "OPERATION")]
    assert ms and all(m.type == "ATTACK" and (m.source is None or m.source.id != "pakistan") for m in ms), \
        [(m.type, m.source) for m in ms]


@pytest.mark.parametrize("headline, actor", [
    ("Five killed in Indian drone attack in Kotli", "india"),
    ("Pakistan police foil terror attack, kill four militants", "pakistan"),
])
def test_a_country_before_its_own_forces_or_fire_still_acts(extractor, headline, actor):
    ms = [m for m in extractor.extract("h", headline, None) if m.type == "OPERATION"]
    assert ms and ms[0].source is not None and ms[0].source.id == actor


@pytest.mark.parametrize("headline, giver", [
    ("Taliban Hand Over 12 Pakistani Militants at Torkham", "taliban"),
    ("Afghan Taliban hand over 12 Pakistani militants at Torkham, officials said.", "taliban"),
    ("Pakistan Hands Over 20 Afghan Prisoners At Chaman Border", "pakistan"),
    ("Iran Extradites Three Baloch Militants To Pakistan", "iran"),
])
def test_a_handover_headline_in_any_case_is_a_handover(extractor, headline, giver):
    ms = [m for m in extractor.extract("h", headline, None) if m.type == "EXTRADITE"]
    assert ms and ms[0].source is not None and ms[0].source.id == giver, [(m.type, m.source) for m in
                                                                          extractor.extract("h", headline, None)]
