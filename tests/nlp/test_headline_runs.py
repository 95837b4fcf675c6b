"""A run of English headlines, with few function words, is English and is read; a passage in another
Latin-script language is not."""

from __future__ import annotations

from datetime import date

import pytest

from tangible.sources.language import is_english

HEADLINES = ("Pakistani police surround militant hideout near Quetta cantonment. Gunfight in Pakistan's Quetta, "
             "roadside bomb kills nine in Mastung. Pakistani troops storm TTP hideout near Chaman border crossing. "
             "Officials say militants killed in Quetta gunfight belong to Lashkar-e-Jhangvi. Bomb disposal squad defuses "
             "device in Pishin bazaar.")
FRENCH = ("Des policiers pakistanais encerclent une cachette de militants près du cantonnement de Quetta. Fusillade "
          "dans la ville de Quetta, une bombe tue neuf personnes dans le district de Mastung. Les troupes "
          "pakistanaises prennent d'assaut une cachette du TTP près du poste frontière de Chaman.")


def test_a_run_of_headlines_is_english():
    assert len(HEADLINES.split()) >= 40
    assert is_english(HEADLINES)


def test_a_latin_script_passage_in_another_language_is_not():
    assert len(FRENCH.split()) >= 40
    assert not is_english(FRENCH)


def test_the_events_of_a_run_of_headlines_are_read(extractor):
    ms = extractor.extract("h", HEADLINES, date(2014, 7, 18))
    assert any(m.type in ("ATTACK", "OPERATION") and m.modality == "asserted" for m in ms)


@pytest.mark.parametrize("text", [
    "Two soldiers killed as army helicopter crashes in Gilgit.",
    "Three FC personnel killed as patrol vehicle overturns in Kech.",
])
def test_a_crash_told_as_a_headline_clause_is_an_accident(extractor, text):
    assert not [m for m in extractor.extract("h", text, date(2014, 7, 18))
                if m.type in ("ATTACK", "OPERATION") and m.modality == "asserted"]


def test_an_attack_told_the_same_way_stays(extractor):
    ms = extractor.extract("h", "Two soldiers killed as militants attack check post in Bannu.", date(2014, 7, 18))
    assert ("ATTACK", "asserted") in {(m.type, m.modality) for m in ms}
