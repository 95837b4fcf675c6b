"""One report's sentences read together: datelines of two places, a denial of another party's word, where a plot was
hatched, a capital that acts, steps on a state's own soil, groups and places of other clauses and phrases, and words
of another time in another clause. Each example is written as wire and Pakistani press reports put it."""

from __future__ import annotations

from datetime import date

from tests.nlp.conftest import asserted_of_type, first_asserted

REUTERS = ("KABUL/ISLAMABAD, July 16 (Reuters) - The Taliban administration has started moving families of Pakistani "
           "Taliban fighters away from the border with Pakistan, two Taliban officials and a Pakistani security official "
           "said.\n\nThe Taliban began relocating the families, estimated at several hundred people, from Paktika and "
           "Khost provinces on July 12, the officials said. A Pakistani security official confirmed that the "
           "relocation had started.\n\nPakistan says thousands of TTP fighters are sheltering in Afghanistan. The "
           "Taliban deny this.")


def test_a_dateline_of_two_places_and_a_denial_of_another_partys_word():
    from tangible.nlp.dateline import find_dateline
    line = find_dateline(REUTERS)
    assert line is not None and line.place == "KABUL/ISLAMABAD" and line.date_text == "July 16"


def test_the_step_a_wire_lead_tells_is_the_one_its_body_dates(extractor):
    steps = asserted_of_type(extractor, REUTERS, "RESTRICT", date(2027, 7, 16))
    assert steps and len({m.event for m in steps}) == 1
    assert all(m.date == date(2027, 7, 12) for m in steps)
    # (the Taliban's denial is of Pakistan's word just before it, not of the relocation)
    assert all(m.verification is None for m in steps)


def test_where_the_plot_was_hatched_and_by_whom(extractor):
    text = ("Two Chinese engineers were killed when their convoy was attacked in Shangla on Sunday. Police said the plot "
            "was hatched in Afghanistan by Fitna al-Khawarij.")
    attack = first_asserted(extractor, text, "ATTACK", date(2027, 8, 16))
    assert attack.launched_from is not None and attack.launched_from.country == "AF"
    assert attack.source is not None and attack.source.id == "ttp" and attack.perpetrator_basis == "blamed"


CRISIS_GROUP = ("After a quiet June, July brought the deadliest month in over a year, including the 4 July attack on a "
                "Bajaur checkpost and the 17 July assault on the Bannu cantonment, both of which Pakistan says were "
                "launched from Afghanistan.\n\nKabul has taken some steps. The Taliban began relocating TTP families away "
                "from the border in July, and Taliban forces have kept up raids against ISKP, which Kabul sees as its own "
                "enemy.")


def test_a_listed_deed_keeps_the_place_of_its_own_phrase(extractor):
    attack = first_asserted(extractor, CRISIS_GROUP, "ATTACK", date(2027, 8, 1))
    assert attack.location is not None and attack.location.name == "Bajaur"


def test_a_step_keeps_its_own_clauses_group_and_no_place_across_the_border(extractor):
    step = first_asserted(extractor, CRISIS_GROUP, "RESTRICT", date(2027, 8, 1))
    assert step.groups == ["ttp"]
    # (neither the Bannu of the paragraph before nor the Kabul that acts is where the Taliban moved the families)
    assert step.location is None or step.location.country == "AF" and step.location.name != "Kabul"


def test_a_capital_that_acts_in_an_unread_sentence_is_no_place(extractor):
    text = "Kabul has taken some steps. Taliban forces arrested five ISKP members on Monday."
    arrest = first_asserted(extractor, text, "ARREST", date(2027, 8, 1))
    assert arrest.location is None


def test_words_of_another_time_in_another_clause_do_not_part_the_fight(extractor):
    text = ("MIRAMSHAH: Four soldiers were martyred when terrorists attacked a security forces' post in North "
            "Waziristan's Mir Ali tehsil on Sunday, the ISPR said.\n\nTroops responded effectively and killed three "
            "khwarij, the military's media wing said, adding that the khwarij had crossed from Afghan territory a day "
            "before the attack.\n\nThe attack was the fourth major assault on security forces in Khyber Pakhtunkhwa "
            "this month.")
    attacks = asserted_of_type(extractor, text, "ATTACK", date(2027, 7, 26))
    assert len({m.event for m in attacks}) == 1
    first = attacks[0]
    assert first.date == date(2027, 7, 25) and first.launched_from is not None and first.launched_from.country == "AF"
    assert first.quantities.get("killed") == 4 and first.quantities.get("attackers_killed") == 3


def test_a_trend_attributed_to_a_group_blames_no_attack(extractor):
    text = ("Militants carried out 70 attacks in July, killing 83 people, the think tank said. Pakistani officials "
            "attributed much of the rise to TTP fighters operating from sanctuaries in Afghanistan, the report noted. "
            "The deadliest attacks were the suicide assault on a checkpost in Bajaur and the attack on the Bannu "
            "cantonment.")
    attacks = asserted_of_type(extractor, text, "ATTACK", date(2027, 8, 1))
    assert all(not (m.source and m.source.id == "ttp") and m.launched_from is None for m in attacks)


def test_a_reaction_to_a_step_named_as_known_gives_it_no_day(extractor):
    text = ("\"China appreciates the Afghan side's relocation of ETIM personnel away from the border,\" Foreign "
            "Ministry spokesman Lin Jian said on Friday.")
    step = next(m for m in extractor.extract("r", text, date(2027, 11, 6)) if m.type == "RESTRICT")
    assert step.date is None


def test_a_run_of_attacks_an_official_speaks_of_is_no_attack(extractor):
    text = ("Yet the BLA campaign against Chinese interests in Balochistan has continued, and Pakistani officials "
            "insist that several attacks were planned in Afghanistan.")
    assert not asserted_of_type(extractor, text, "ATTACK", date(2027, 11, 29))
    # (one step that took several men is told)
    assert asserted_of_type(extractor, "Several arrests were made in Quetta on Monday, police said.", "ARREST",
                            date(2027, 11, 29))


def test_the_home_of_a_reports_source_is_no_place_of_the_deed(extractor):
    text = ("The Taliban have moved dozens of militants of the East Turkestan Islamic Movement away from Afghanistan's "
            "border with China, according to two regional diplomats and a resident of Badakhshan. The relocation took "
            "place on Wednesday and involved around 80 fighters and their relatives, who were taken to Baghlan "
            "province, the diplomats said.")
    steps = asserted_of_type(extractor, text, "RESTRICT", date(2027, 11, 5))
    assert steps and all(m.location is None or m.location.admin1 != "Badakhshan" for m in steps)


def test_a_finding_stands_beside_a_step_it_concedes(extractor):
    text = ("The report said fighters of the East Turkistan Islamic Movement remain present in northern Afghanistan "
            "despite the relocation of some of them, the UN Monitoring Team said.")
    assert any(m.type == "FINDING" and m.groups == ["etim"] for m in extractor.extract("f", text, date(2027, 11, 20)))
    # (a step taken against the group over its links is still no finding of its standing)
    step = ("The central bank froze the accounts of three dealers over suspected links to the financing of IS-K, "
            "according to a bank circular.")
    assert not [m for m in extractor.extract("s", step, date(2027, 11, 20)) if m.type == "FINDING"]


def test_a_step_a_party_says_was_done_earlier_is_not_of_the_day_it_speaks(extractor):
    text = ("Lin Jian said on Tuesday that China appreciated that the Afghan side had earlier relocated East Turkestan "
            "Islamic Movement personnel away from the border areas.")
    step = first_asserted(extractor, text, "RESTRICT", date(2028, 2, 1))
    assert step.date is None
    # (a step told on the day it was done is of that day)
    told = first_asserted(extractor, "Police said on Monday they had arrested three suspects in Quetta.", "ARREST",
                          date(2028, 2, 1))
    assert told.date == date(2028, 1, 31)


def test_a_group_named_as_not_the_one_concerned_is_none_of_the_deeds(extractor):
    arrest = first_asserted(extractor, "Taliban forces arrested five ISKP members, not TTP fighters, in Kabul on "
                                       "Monday.", "ARREST", date(2028, 2, 1))
    assert arrest.groups == ["iskp"]
