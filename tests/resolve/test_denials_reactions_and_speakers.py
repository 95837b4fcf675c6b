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


def test_a_tehsil_read_as_another_and_its_district_are_one_place_named_either_way(evidence):
    dawn = ("Six soldiers were martyred on Sunday when a suicide bomber rammed a vehicle into a checkpost in Bajaur's "
            "Salarzai tehsil.")
    reuters = "A suicide bomber attacked a paramilitary post in Pakistan's northwestern Bajaur district on Sunday."
    kw = dict(type="ATTACK", groups=("ttp",), source="ttp", day=date(2027, 7, 4))
    both = resolve([evidence(dawn, publisher="Dawn", mid="d", doc="d1", place="Mamund", **kw),
                    evidence(reuters, publisher="Reuters", mid="r", doc="d2", place="Bajaur", **kw)], case=CASE)
    assert len(both.incidents) == 1


def test_a_report_of_no_day_joins_the_step_of_its_group_days_before_its_publication(evidence):
    dated = ("The Taliban began relocating the families of TTP fighters from Paktika and Khost provinces on July 12, "
             "officials said.")
    undated = "The Taliban administration has started moving families of Pakistani Taliban fighters away from the border."
    kw = dict(type="RESTRICT", groups=("ttp",), place="Khost")
    one = resolve([evidence(dated, publisher="Express Tribune", mid="a", doc="d1", day=date(2027, 7, 12),
                            published=date(2027, 7, 13), **kw),
                   evidence(undated, publisher="Reuters", mid="b", doc="d2", day=None, published=date(2027, 7, 16),
                            **kw)], case=CASE)
    assert len(one.incidents) == 1
    # (not a step of another group, nor one more than a week before)
    other = resolve([evidence(dated, publisher="Express Tribune", mid="a", doc="d1", day=date(2027, 7, 12),
                              published=date(2027, 7, 13), **kw),
                     evidence(undated, publisher="Reuters", mid="b", doc="d2", day=None, published=date(2027, 7, 16),
                              type="RESTRICT", groups=("etim",), place="Khost")], case=CASE)
    assert len(other.incidents) == 2
    late = resolve([evidence(dated, publisher="Express Tribune", mid="a", doc="d1", day=date(2027, 7, 12),
                             published=date(2027, 7, 13), **kw),
                    evidence(undated, publisher="Reuters", mid="b", doc="d2", day=None, published=date(2027, 7, 26),
                             **kw)], case=CASE)
    assert len(late.incidents) == 2


def test_an_attack_named_as_known_at_its_place_weeks_later_is_that_attack(evidence):
    told = "Militants stormed the Bannu cantonment on Thursday, killing nine soldiers."
    retold = "The deadliest attacks were the assault on a checkpost and the attack on the Bannu cantonment."
    kw = dict(type="ATTACK", groups=(), source=None, place="Bannu")

    def report(sentence, trigger, **more):
        e = evidence(sentence, **more, **kw)
        e.mention.trigger = trigger
        return e

    first = dict(publisher="Geo News", mid="a", doc="d1", day=date(2027, 7, 17))
    later = dict(publisher="PICSS", mid="b", doc="d2", day=None, published=date(2027, 8, 1))
    one = resolve([report(told, "stormed", **first), report(retold, "attack", **later)], case=CASE)
    assert len(one.incidents) == 1
    # (a new report of an attack there, not named as known, is another attack)
    new = "Militants attacked a police post in Bannu, killing two policemen."
    two = resolve([report(told, "stormed", **first), report(new, "attacked", **later)], case=CASE)
    assert len(two.incidents) == 2


def test_a_document_event_is_looked_for_by_its_best_dated_report(evidence):
    bajaur = "Six soldiers were martyred when a suicide bomber struck a checkpost in Bajaur on Sunday."
    lead = "Four soldiers were martyred when terrorists attacked a post in North Waziristan's Mir Ali on Sunday."
    month = "The attack was the fourth major assault on security forces in Khyber Pakhtunkhwa this month."
    kw = dict(type="ATTACK", groups=("ttp",), source="ttp")
    items = [evidence(bajaur, publisher="Reuters", mid="b", doc="d1", place="Bajaur", day=date(2027, 7, 4), **kw),
             evidence(month, publisher="Dawn", mid="m", doc="d2", place=None, day=date(2027, 7, 1),
                      published=date(2027, 7, 26), **kw),
             evidence(lead, publisher="Dawn", mid="l", doc="d2", place="North Waziristan", day=date(2027, 7, 25),
                      published=date(2027, 7, 26), **kw)]
    items[1].mention.date_precision = "month"
    for e in items[1:]:
        e.mention.event = "e-mir-ali"
    result = resolve(items, case=CASE)
    assert _one(result, "m") is _one(result, "l") and _one(result, "b") is not _one(result, "l")


def test_a_ministry_named_with_no_country_where_it_acts_is_the_acting_partys_word(evidence):
    kabul = dict(type="ARREST", groups=("iskp",), source="taliban", place="Kabul", day=date(2027, 10, 4))
    items = [
        evidence("The Ministry of Interior said security forces had arrested nine members of ISIS-K in Kabul.",
                 publisher="Ariana News", mid="a", doc="d1", attribution=("The Ministry of Interior", "official"),
                 **kabul),
        evidence("The interior ministry says its forces have detained nine suspected members of the Islamic State "
                 "Khorasan Province in Kabul.", publisher="Khaama Press", mid="k", doc="d2",
                 attribution=("The interior ministry", "official"), **kabul),
    ]
    inc = _one(resolve(items, case=CASE), "a")
    assert inc.grade == "claimed", inc.grade_reason


def test_the_militarys_media_wing_on_an_armed_groups_attack_is_no_word_of_the_attackers(evidence):
    kw = dict(type="ATTACK", groups=("ttp",), source="ttp", place="North Waziristan", day=date(2027, 7, 25))
    items = [
        evidence("Four soldiers were martyred when Fitna al-Khawarij terrorists attacked a security post in North "
                 "Waziristan, the military's media wing said.", publisher="Frontier Ledger", mid="f", doc="d1",
                 attribution=("the military's media wing", "official"), **kw),
        evidence("Militants attacked a security post in North Waziristan, killing four soldiers, officials said.",
                 publisher="Indus Wire Service", mid="i", doc="d2", attribution=("officials", "official"), **kw),
    ]
    assert _one(resolve(items, case=CASE), "f").grade == "corroborated"


def test_a_recap_of_the_seasons_steps_gives_them_no_day(evidence):
    recap = ("This autumn, the Taliban handed over 14 TTP members at Torkham, froze hawala accounts and moved Uyghur "
             "fighters away from the Wakhan.")
    e = evidence(recap, publisher="Crisis Group", mid="c", doc="d1", type="RESTRICT", groups=("etim",), place="Wakhan",
                 day=date(2027, 10, 1), published=date(2027, 11, 29))
    e.mention.date_precision = "month"
    assert e.day is None
    assert resolve([e], case=CASE).incidents[0].date is None
