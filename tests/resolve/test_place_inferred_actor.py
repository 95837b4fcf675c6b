"""An operation whose forces no report names is coded to the state where it happened on the mention (as a coder
would), with ``perpetrator_basis`` "place"; the incident names no acting party, so no commitment is credited with a
deed nobody said was its own."""

from __future__ import annotations

from datetime import date

from tangible.case import load_case
from tangible.ledger import commitment_from_case, is_supporting
from tangible.models import ActorRef
from tangible.resolve import resolve

CASE = load_case()
PUB = date(2026, 11, 16)


def _operation(evidence, sentence, mid, doc, publisher, basis):
    e = evidence(sentence, publisher=publisher, mid=mid, doc=doc, type="OPERATION", quantities={"killed": 1})
    e.mention.perpetrator_basis = basis
    if basis == "place":
        e.mention.source = ActorRef("taliban", "killed")
    return e


def test_the_incident_of_a_place_inferred_operation_names_no_party_and_supports_nothing(evidence):
    items = [_operation(evidence, "A senior TTP commander was killed in Kunar on Monday.", "m1", "d1",
                        "Kabul Daily Monitor", "place"),
             _operation(evidence, "A TTP commander was killed in Kunar province on Monday.", "m2", "d2",
                        "Frontier Ledger", "place")]
    incidents = resolve(items, case=CASE).incidents
    assert len(incidents) == 1
    inc = incidents[0]
    assert inc.source is not None and inc.source.id is None and inc.source.text == "killed"
    taliban = [c for c in CASE.commitments.values() if c.by == "taliban" and "ttp" in c.groups and "OPERATION" in c.action_types]
    assert taliban
    commitment = commitment_from_case(taliban[0])
    assert not is_supporting(commitment, inc)


def test_a_report_that_names_the_forces_gives_the_incident_its_party(evidence):
    items = [_operation(evidence, "A senior TTP commander was killed in Kunar on Monday.", "m1", "d1",
                        "Kabul Daily Monitor", "place"),
             _operation(evidence, "Taliban forces killed a TTP commander in Kunar province on Monday.", "m2", "d2",
                        "Frontier Ledger", None)]
    incidents = resolve(items, case=CASE).incidents
    assert len(incidents) == 1 and incidents[0].source.id == "taliban"
