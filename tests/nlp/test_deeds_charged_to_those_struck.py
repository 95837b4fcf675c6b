"""A deed charged to the men an operation struck ("including some involved in the Makeen attack on Saturday in
which 16 soldiers were martyred") is an event of its own, with its own day, place and dead; the operation's own
steps told around it stay the operation's. Written the way Pakistani dailies report cross-border strikes."""

from __future__ import annotations

from datetime import date

from tests.nlp.conftest import asserted_mentions

TEXT = ("ISLAMABAD: Pakistani jets struck suspected TTP hideouts in the Barmal district of Afghanistan's Paktika "
        "province on Tuesday night, security sources said. The sources said a training camp was destroyed and several "
        "militants were killed, including some involved in the Makeen attack on Saturday in which 16 soldiers were "
        "martyred. The Taliban's defence ministry said 46 people, mostly women and children, were killed and vowed to "
        "retaliate.")


def test_the_charged_deed_is_its_own_event(extractor):
    ms = asserted_mentions(extractor, TEXT, date(2024, 12, 25))
    makeen = [m for m in ms if m.type == "ATTACK"]
    assert makeen and makeen[0].location.name == "Makeen" and makeen[0].date == date(2024, 12, 21)
    assert makeen[0].quantities.get("killed") == 16


def test_the_strikes_keep_their_own_place_day_and_dead(extractor):
    ms = asserted_mentions(extractor, TEXT, date(2024, 12, 25))
    strikes = [m for m in ms if m.type == "OPERATION"]
    assert len({m.event for m in strikes}) == 1  # the killing told after the camp's destruction is the strikes'
    assert all(m.location.admin1 == "Paktika" and m.date == date(2024, 12, 24) for m in strikes)
    assert all(m.source and m.source.id == "pakistan" for m in strikes)
    assert {m.quantities.get("killed") for m in strikes} == {46}  # (the ministry's toll is the strikes', not Makeen's)
