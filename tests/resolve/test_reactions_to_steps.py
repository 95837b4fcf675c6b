"""A party's reaction to a step it names as known ("China appreciates the Afghan side's relocation of ETIM
personnel") refers back to the step reported weeks before: it joins that incident, and is no step of its own day."""

from __future__ import annotations

from datetime import date

from tangible.case import load_case
from tangible.resolve import resolve
from tangible.resolve.wording import reacts_to

CASE = load_case()
MOVED = ("The Taliban have moved Uyghur fighters of the Turkistan Islamic Party from Badakhshan to Baghlan province, "
         "away from the Chinese border, officials said on Tuesday.")
REACTION = ("Wang said China appreciates the Afghan side's relocation of ETIM personnel from the border area and hopes "
            "the Afghan side will take further steps.")


def test_reactions_are_told_apart_from_reports():
    assert reacts_to(REACTION, "RESTRICT")
    assert reacts_to("Pakistan welcomed the handover of the four suspects.", "EXTRADITE")
    assert not reacts_to("The Taliban relocated 200 fighters to Baghlan on Tuesday.", "RESTRICT")
    assert not reacts_to("Pakistan welcomed the talks and urged the relocation of the fighters.", "ARREST")


def test_an_undated_reaction_joins_the_step_weeks_before(evidence):
    items = [
        evidence(MOVED, publisher="Hindukush Herald", mid="m1", doc="d1", type="RESTRICT", place="Baghlan",
                 groups=("etim",), day=date(2026, 10, 20), published=date(2026, 10, 21)),
        evidence(REACTION, publisher="Global Review", mid="m2", doc="d2", type="RESTRICT", place=None,
                 groups=("etim",), day=None, published=date(2026, 11, 27)),
    ]
    result = resolve(items, case=CASE)
    assert len(result.incidents) == 1
    assert result.incidents[0].date == date(2026, 10, 20)


def test_a_dated_report_or_a_step_long_before_stays_apart(evidence):
    kw = dict(type="RESTRICT", groups=("etim",))
    dated = resolve([
        evidence(MOVED, publisher="A", mid="m1", doc="d1", place="Baghlan", day=date(2026, 10, 20),
                 published=date(2026, 10, 21), **kw),
        # (a reaction that gives its own day speaks of that day's step)
        evidence(REACTION, publisher="B", mid="m2", doc="d2", place=None, day=date(2026, 11, 26),
                 published=date(2026, 11, 27), **kw),
    ], case=CASE)
    assert len(dated.incidents) == 2
    long_before = resolve([
        evidence(MOVED, publisher="A", mid="m1", doc="d1", place="Baghlan", day=date(2026, 6, 2),
                 published=date(2026, 6, 3), **kw),
        evidence(REACTION, publisher="B", mid="m2", doc="d2", place=None, day=None, published=date(2026, 11, 27),
                 **kw),
    ], case=CASE)
    assert len(long_before.incidents) == 2
