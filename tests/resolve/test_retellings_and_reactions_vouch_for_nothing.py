"""A step known only from the acting party's word stays *claimed* however many outlets retell it ("had earlier
relocated ..., according to previous reports") or react to it ("China appreciates the Afghan side's relocation"):
those reports refer back to the step, they do not report it."""

from __future__ import annotations

from datetime import date

from tangible.case import load_case
from tangible.resolve import resolve

CASE = load_case()
D20, D24, D29 = date(2028, 3, 20), date(2028, 3, 24), date(2028, 5, 29)
STEP = dict(type="RESTRICT", groups=("etim",), source="taliban", place="Wakhan")
PAJHWOK = "The Ministry of Interior says it has relocated Uyghur fighters living in the Wakhan area of Badakhshan."
BAKHTAR = "Ministry spokesman Abdul Mateen Qani said the individuals were relocated from the Wakhan corridor."
XINHUA = "China appreciates the Afghan side's relocation of ETIM personnel away from the border areas, Guo said."
RETOLD = "The Taliban had earlier relocated Uyghur fighters from Badakhshan, according to previous reports."


def test_a_step_retold_and_reacted_to_by_other_outlets_stays_the_acting_partys_word(evidence):
    items = [
        evidence(PAJHWOK, publisher="Pajhwok Afghan News", mid="p", doc="d1", day=D20, published=D20,
                 attribution=("The Ministry of Interior", "official"), **STEP),
        evidence(BAKHTAR, publisher="Bakhtar News Agency", mid="b", doc="d2", day=D20, published=D20,
                 attribution=("Ministry spokesman Abdul Mateen Qani", "official"), **STEP),
        evidence(XINHUA, publisher="Xinhua", mid="x", doc="d3", day=None, published=D24, **STEP),
        evidence(RETOLD, publisher="Al Jazeera", mid="r", doc="d4", day=None, published=D29,
                 attribution=("previous reports", "media"), **STEP),
    ]
    incidents = [i for i in resolve(items, case=CASE).incidents if i.type == "RESTRICT"]
    assert len(incidents) == 1
    assert incidents[0].grade == "claimed", incidents[0].grade_reason
    # (two outlets that report the step on their own word corroborate it)
    items[2] = evidence("Residents said Taliban forces moved dozens of Uyghur men out of Wakhan on Monday.",
                        publisher="Amu TV", mid="x", doc="d3", day=D20, published=D24, **STEP)
    items[3] = evidence("Local elders in Wakhan said the Taliban relocated the Uyghur families on Monday.",
                        publisher="Afghanistan International", mid="r", doc="d4", day=D20, published=D24, **STEP)
    again = [i for i in resolve(items, case=CASE).incidents if i.type == "RESTRICT"]
    assert [i.grade for i in again] == ["corroborated"]
