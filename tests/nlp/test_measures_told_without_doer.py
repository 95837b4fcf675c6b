"""A step against an armed group told in the passive with no doer named is a measure taken, however the
sentence around it is worded; the same wording told of criminals, meetings or protesters gives none."""

from __future__ import annotations

from datetime import date

import pytest

from tests.nlp.conftest import ACTIONS, asserted

LATE = date(2024, 6, 1)


@pytest.mark.parametrize("text, etype", [
    ("Officials said that ETIM fighters had been disarmed.", "RESTRICT"),
    ("ETIM fighters had been disarmed.", "RESTRICT"),
    ("A spokesman said that the camps of the BLA had been dismantled.", "DISMANTLE"),
    ("Officials said ETIM fighters had been disarmed.", "RESTRICT"),
    ("The ministry said that a TTP cell had been busted.", "DISMANTLE"),
])
def test_a_measure_on_an_armed_group_with_no_doer_named_is_asserted(extractor, text, etype):
    assert etype in asserted(extractor, text, LATE)


@pytest.mark.parametrize("text", [
    "Officials said that a gang of car thieves had been busted in Karachi.",
    "Officials said that the meeting had been cancelled.",
    "The government froze the accounts of the truckers who blockaded the capital.",
])
def test_the_same_wording_told_of_others_gives_no_measure(extractor, text):
    assert not asserted(extractor, text, LATE) & ACTIONS

