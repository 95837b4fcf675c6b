"""A step reported in the present perfect with the day it was told ("has handed over ..., a source told the Global
Times on Wednesday") is undated: the telling is not the step. The people of the step named again ("The two suspects
were transferred to China last week") give it its day and are no step of their own. A year another clause names
("The relocation is the second of its kind; in 2021 the Taliban moved ...") is that clause's."""

from __future__ import annotations

from datetime import date

from tests.nlp.conftest import asserted_of_type

HANDOVER = ("The Afghan interim government has handed over two members of the East Turkistan Islamic Movement (ETIM) "
            "to Chinese authorities, a source close to the matter told the Global Times on Wednesday. The two suspects "
            "were transferred to China last week, the source said.")


def test_a_step_told_on_a_day_is_not_dated_by_the_telling(extractor):
    text = ("The Afghan interim government has handed over two members of ETIM to Chinese authorities, a source "
            "told the Global Times on Wednesday.")
    handovers = asserted_of_type(extractor, text, "EXTRADITE", date(2026, 5, 27))
    assert handovers and handovers[0].date is None, handovers


def test_a_step_done_on_the_day_told_keeps_it(extractor):
    text = "Taliban forces arrested four Daesh members in Kabul on Wednesday, the interior ministry said."
    arrests = asserted_of_type(extractor, text, "ARREST", date(2026, 5, 28))
    assert arrests and arrests[0].date == date(2026, 5, 27)


def test_the_people_of_the_step_named_again_date_it(extractor):
    ms = asserted_of_type(extractor, HANDOVER, "EXTRADITE", date(2026, 5, 27))
    assert len({m.event for m in ms}) == 1, ms
    assert all(m.source and m.source.id == "taliban" and m.groups == ["etim"] for m in ms), ms
    assert ms[0].date_precision == "week"


def test_a_year_of_another_clause_is_not_the_steps(extractor):
    text = ("Taliban intelligence has moved around 40 members of the Turkistan Islamic Party (TIP) and their families "
            "from Jurm and Warduj districts of Badakhshan to Baghlan and Samangan provinces, local sources told Amu. "
            "Sources said the relocation began on April 15. The relocation is the second of its kind; in 2021 the "
            "Taliban moved some Uyghur militants away from the border.")
    moves = asserted_of_type(extractor, text, "RESTRICT", date(2026, 4, 22))
    assert moves and all(m.date == date(2026, 4, 15) for m in moves if m.sentence.startswith("The relocation")), moves
