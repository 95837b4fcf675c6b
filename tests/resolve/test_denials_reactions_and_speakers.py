"""Across outlets: a denial does not undo an attack that killed people; a reaction told after the step it thanks for
joins that step; and people named by what a party did to them do not speak for that party."""

from __future__ import annotations

from datetime import date

from tangible.case import load_case
from tangible.resolve import resolve
from tangible.resolve.wording import reacts_to

CASE = load_case()
D9, D22 = date(2027, 5, 9), date(2027, 5, 22)
BOMBING = "At least 14 people were killed and 35 injured when a suicide bomber struck a workers' convention in Khar."
DENIAL = "Islamabad blames both attacks on Afghan sanctuaries, while Kabul denies that its territory was used."


def _one(result, mid):
    return next(i for i in result.incidents if any(e.id == mid for e in i.members))


def test_a_denial_in_a_later_analysis_does_not_undo_an_attack_that_killed(evidence):
    items = [
        evidence(BOMBING, publisher="Dawn", mid="a", doc="d1", type="ATTACK", place="Bajaur", day=D9,
                 groups=("iskp",), source="iskp", quantities={"killed": 14, "wounded": 35}),
        evidence(DENIAL, publisher="International Crisis Group", mid="x", doc="d2", type="DENY", place="Bajaur",
                 day=D22, groups=(), source="taliban", published=D22),
    ]
    inc = _one(resolve(items, case=CASE), "a")
    assert inc.grade != "disputed" and inc.verification != "disputed"
    # (an attack no report counts harm of, known only from its claim, stays disputed by the denial)
    claimed = ("The TTP said its fighters attacked a post in Bajaur on Friday.")
    items[0] = evidence(claimed, publisher="Dawn", mid="a", doc="d1", type="ATTACK", place="Bajaur", day=D9,
                        groups=("ttp",), source="ttp", quantities={})
    assert _one(resolve(items, case=CASE), "a").grade == "disputed"


GT = ("Lin also said China appreciated the efforts of Afghan security forces to protect Chinese nationals, after three "
      "Islamic State militants plotting an attack on Chinese citizens were detained in Kabul.")
TOLO = "The GDI said on Thursday it arrested three members of Daesh in Kabul who were planning attacks."


def test_a_reaction_told_after_the_step_it_thanks_for_joins_that_step(evidence):
    assert reacts_to(GT, "ARREST")
    assert not reacts_to("Police said three men were detained in Kabul after the attack.", "ARREST")
    kabul = dict(type="ARREST", groups=("iskp",), source="taliban")
    items = [
        evidence(TOLO, publisher="TOLOnews", mid="t", doc="d1", place="Kabul", day=date(2027, 5, 5),
                 published=date(2027, 5, 6), **kabul),
        evidence(GT, publisher="Global Times", mid="g", doc="d2", place="Kabul", day=None, published=D9, **kabul),
    ]
    assert len(resolve(items, case=CASE).incidents) == 1


def test_the_family_of_men_the_taliban_detained_is_no_word_of_the_taliban(evidence):
    kabul = dict(type="ARREST", groups=("iskp",), source="taliban", place="Kabul", day=date(2027, 5, 5))
    items = [
        evidence(TOLO, publisher="TOLOnews", mid="t", doc="d1", attribution=("The GDI", "official"), **kabul),
        evidence("The family of one of three men detained by Taliban intelligence in Kabul confirmed that he was "
                 "arrested in a night raid on Wednesday.", publisher="Amu TV", mid="f", doc="d2",
                 attribution=("The family of one of three men detained by Taliban intelligence", "official"), **kabul),
        evidence("Afghan security forces have arrested three Islamic State militants in Kabul, the Chinese embassy "
                 "said.", publisher="Xinhua", mid="x", doc="d3", attribution=("the Chinese embassy", "official"),
                 **kabul),
    ]
    inc = _one(resolve(items, case=CASE), "t")
    assert inc.grade == "corroborated", inc.grade_reason


RETOLD = ("The Taliban had earlier relocated ETIM fighters away from the border areas of Badakhshan, according to "
          "previous UN reports.")


def test_a_step_retold_as_done_before_is_of_no_day_of_its_own(evidence):
    kw = dict(type="RESTRICT", groups=("etim",), place="Wakhan")
    # alone, it is an incident of no day (the ledger lists it, counting it in no period)
    alone = resolve([evidence(RETOLD, publisher="Xinhua", mid="r", doc="d1", day=None, published=D9, **kw)],
                    case=CASE)
    assert alone.incidents[0].date is None
    # with the step it retells on record, it joins that step, weeks before the report
    moved = ("The Taliban moved Turkistan Islamic Party fighters out of the Wakhan corridor in Badakhshan on "
             "Tuesday, officials said.")
    both = resolve([
        evidence(moved, publisher="Amu TV", mid="m", doc="d0", day=date(2027, 3, 2), published=date(2027, 3, 3), **kw),
        evidence(RETOLD, publisher="Xinhua", mid="r", doc="d1", day=None, published=D9, **kw),
    ], case=CASE)
    assert len(both.incidents) == 1 and both.incidents[0].date == date(2027, 3, 2)
