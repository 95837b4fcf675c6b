"""A publisher listed under an actor's `media` in the case file makes its reports that actor's claim."""

from datetime import date

from tangible.case import load_case_text
from tangible.resolve import resolve
from tangible.resolve.sources import SourceBook

CASE_TEXT = """\
actors:
  - id: taliban
    name: Taliban
    kind: government
    country: AF
    media: [Frontier Courier]
groups:
  - id: ttp
    name: TTP
    kind: armed_group
"""

S = "Taliban forces detained five TTP members in Kunar on Monday."


def test_case_media_decides_claimed(evidence):
    case = load_case_text(CASE_TEXT)
    book = SourceBook.from_case(case)
    assert book.publisher_owner("frontier courier") == "taliban"
    assert book.publisher_owner("Emirate Voice") is None  # the case names its outlets: no built-in list
    item = evidence(S, publisher="Frontier Courier", mid="m1", doc="d1", day=date(2026, 11, 16))
    inc = resolve([item], case=case).incidents[0]
    assert inc.grade == "claimed" and "Frontier Courier (taliban media)" in inc.grade_reason
    other = evidence(S, publisher="Kabul Daily Monitor", mid="m2", doc="d2", day=date(2026, 11, 16))
    assert resolve([other], case=case).incidents[0].grade == "single-source"


RELAYED_CASE = CASE_TEXT.replace("groups:", """\
  - id: china
    name: China
    kind: government
    country: CN
    media: [State Wire]
groups:""")


def test_another_states_outlet_relaying_the_actors_word_is_the_actors_claim(evidence):
    case = load_case_text(RELAYED_CASE)
    relayed = evidence("Taliban forces moved ETIM members away from the border, a Taliban spokesman told State Wire.",
                       publisher="State Wire", mid="m1", doc="d1", day=date(2026, 11, 16),
                       attribution=("a Taliban spokesman", "spokesperson"))
    inc = resolve([relayed], case=case).incidents[0]
    assert inc.grade == "claimed" and "Taliban spokesman" in inc.grade_reason
    # (the outlet's own reporting of another's deed is its own, and independent of the acting party)
    own = evidence(S, publisher="State Wire", mid="m2", doc="d2", day=date(2026, 11, 16))
    assert resolve([own], case=case).incidents[0].grade == "single-source"
