"""The quote of an incident is the sentence that states it (resolve.statement), not one that mentions it in
passing or reports only the acting party's word."""

from __future__ import annotations

from datetime import date

from tangible.models import Incident, IncidentMention
from tangible.resolve.statement import ordered_mentions_of, stating_mention_of


def _m(mid, sentence, *, type="ATTACK", modality="asserted", published="2025-03-02", start=0, kind=None,
       verification=None, pinned=False):
    return IncidentMention(mention_id=mid, doc_id="d", sentence=sentence, char_span=(start, start + len(sentence)),
                           modality=modality, type=type, published=date.fromisoformat(published),
                           verification=verification, pinned=pinned,
                           attribution={"text": "x", "kind": kind} if kind else None)


def _incident(type, mentions):
    return Incident(id="i", type=type, acled_subtype=None, grade="single-source", grade_reason="", date=None,
                    date_precision=None, location=None, source=None, target=None, groups=[], quantities={},
                    quantities_reported={}, publishers=[], n_mentions=len(mentions), n_publishers=1,
                    mentions=tuple(mentions))


def test_the_lead_of_the_earliest_report_states_the_event():
    inc = _incident("ATTACK", [
        _m("c", "Pakistan summoned the Afghan envoy after Sunday's attack.", type="DEMAND", published="2025-03-03"),
        _m("b", "The attackers had crossed from Khost, officials said.", start=240),
        _m("a", "Militants stormed a post in North Waziristan on Sunday, killing seven soldiers.", start=0),
        _m("d", "Militants stormed a check post in North Waziristan.", published="2025-03-03"),
    ])
    assert stating_mention_of(inc).mention_id == "a"
    assert [m.mention_id for m in ordered_mentions_of(inc)] == ["a", "b", "d", "c"]


def test_a_claim_a_doubt_or_a_denial_is_not_the_statement():
    inc = _incident("ARREST", [
        _m("claim", "A spokesman said the Emirate had arrested 12 TTP members.", type="ARREST", kind="spokesperson"),
        _m("doubt", "Twelve men were reportedly arrested.", type="ARREST", verification="unverified"),
        _m("future", "The Taliban will arrest those responsible.", type="ARREST", modality="future"),
        _m("report", "Police in Kunar arrested 12 TTP members on Monday.", type="ARREST", published="2025-03-04",
           start=300),
    ])
    assert stating_mention_of(inc).mention_id == "report"


def test_an_editors_pin_overrides_and_no_mentions_give_none():
    inc = _incident("ATTACK", [_m("a", "Militants stormed a post."),
                                          _m("p", "The post came under attack.", published="2025-04-01", pinned=True)])
    assert stating_mention_of(inc).mention_id == "p"
    assert stating_mention_of(_incident("ATTACK", [])) is None
