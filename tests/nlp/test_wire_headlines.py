"""Wire-service headlines: short, without auxiliaries, often closed by who reports them ("...: police")."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2013, 6, 1)


def _asserted(extractor, text, etype):
    return [m for m in extractor.extract("w", text, PUB) if m.type == etype and m.modality == "asserted"]


@pytest.mark.parametrize("headline, state", [
    # the parse reads the shelling or the firing as a verb in -ing and hangs the demonym elsewhere
    ("Three die in unprovoked Indian shelling in Kotli.", "india"),
    ("Two shopkeepers hurt in Pak shelling in Rajouri.", "pakistan"),
    ("Four villagers killed, six wounded by Indian shelling in Neelum valley, officials say.", "india"),
])
def test_shelling_after_a_demonym_is_that_states_fire(extractor, headline, state):
    ops = _asserted(extractor, headline, "OPERATION")
    assert ops, headline
    assert ops[0].source is not None and ops[0].source.id == state


@pytest.mark.parametrize("headline, etype, source", [
    # the phrase after the verb is where it was done, or who reports it: the subject is the victim
    ("Shopkeeper killed in Indian firing at LoC.", "OPERATION", "india"),
    ("Lawyer gunned down in Quetta: officials.", "ATTACK", None),
    ("Schoolteacher shot dead at bus stop in Turbat.", "ATTACK", None),
])
def test_a_headline_passive_keeps_its_victim(extractor, headline, etype, source):
    ms = _asserted(extractor, headline, etype)
    assert ms, headline
    assert (ms[0].source.id if ms[0].source else None) == source
    victim = headline.split()[0]
    assert ms[0].target is None or ms[0].target.text.startswith(victim) or ms[0].target.id is None
    assert not (ms[0].source and ms[0].source.text.startswith(victim))


def test_shelling_a_protest_condemns_is_no_deed_of_its_report(extractor):
    text = "Traders rallied in Multan to condemn Indian shelling along the border."
    assert not _asserted(extractor, text, "OPERATION")


@pytest.mark.parametrize("headline, target", [
    # the dead a deed "leaves", and the people a headline names "among" its figure, are whom it was done to
    ("Roadside blast leaves three soldiers dead in Kurram.", "pakistan"),
    ("Gunmen's attack leaves two policemen injured in Dera Ismail Khan.", "pakistan"),
    ("Four policemen among nine killed in Bannu.", "pakistan"),
])
def test_the_victims_a_headline_names_around_its_figure(extractor, headline, target):
    attacks = _asserted(extractor, headline, "ATTACK")
    assert attacks, headline
    assert any(m.target is not None and m.target.id == target for m in attacks)


def test_a_militant_attack_is_the_militants_deed(extractor):
    # "militant" before the attack's noun names who attacked: no operation of the forces it was aimed at
    headline = "Militant attack on army camp kills five in Pakistan."
    assert _asserted(extractor, headline, "ATTACK")
    assert not _asserted(extractor, headline, "OPERATION")
    assert any(m.source is not None and m.source.text.startswith("Militant")
               for m in _asserted(extractor, headline, "ATTACK"))


@pytest.mark.parametrize("headline, clause", [
    ("Bomb kills six in Quetta: police.", "Bomb kills six in Quetta"),
    ("Four militants killed in Orakzai raid - report", "Four militants killed in Orakzai raid"),
    ("Air strikes kill 12 militants in Khyber: state TV", "Air strikes kill 12 militants in Khyber"),
    ("Pakistan: two soldiers killed in Kurram", "Pakistan: two soldiers killed in Kurram"),  # no credit at its end
    ("Police say nothing was found.", "Police say nothing was found."),
])
def test_a_headline_is_read_without_its_closing_credit(headline, clause):
    from tangible.nlp.headlines import credit_start
    assert headline[:credit_start(headline, 0, len(headline))] == clause


def test_a_credit_after_a_dash_is_not_the_head_of_the_clause(extractor):
    # "- paper" read as the noun "forces" modifies: the clash's other side was lost
    ops = _asserted(extractor, "Senior rebel commander killed in clash with Pakistan security forces - paper.",
                    "OPERATION")
    assert ops and ops[0].source is not None and ops[0].source.id == "pakistan"
    assert ops[0].sentence.endswith("- paper.")  # the text keeps its own words


def test_shelling_credited_to_a_paper_stays_the_states_fire(extractor):
    ops = _asserted(extractor, 'Three die in "unprovoked" Indian shelling in Bagh - Pakistani paper.', "OPERATION")
    assert ops and ops[0].source is not None and ops[0].source.id == "india"


def test_an_agency_dateline_in_title_case_is_where_the_story_was_filed(extractor):
    from tangible.nlp.dateline import find_dateline

    text = "Peshawar, March 3 (IANS) - Gunmen shot dead two policemen in Kohat on Sunday."
    line = find_dateline(text)
    assert line is not None and line.place == "Peshawar" and line.credit == "IANS"
    assert text[line.end:].startswith("Gunmen")
    attacks = [m for m in extractor.extract("d", text, date(2018, 3, 5)) if m.type == "ATTACK"]
    assert attacks and attacks[0].location is not None and attacks[0].location.name == "Kohat"
    assert not (attacks[0].source and "Peshawar" in attacks[0].source.text)
    # a sentence that only opens with a place and a comma has no dateline
    assert find_dateline("Karachi, the largest city, saw two blasts on Monday.") is None


def test_people_who_die_in_crossfire_between_forces_and_militants(extractor):
    # the crossfire, like a clash, is typed by the sides it names: the state's forces against militants
    ops = _asserted(extractor, "Four die in crossfire between troops and militants in Mohmand.", "OPERATION")
    assert ops and ops[0].source is not None and ops[0].source.id == "pakistan"
    assert not _asserted(extractor, "The minister was caught in a crossfire of accusations.", "OPERATION")
