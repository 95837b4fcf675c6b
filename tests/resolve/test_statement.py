"""The quote of an incident is the sentence that states it (resolve.statement), not one that mentions it in
passing or reports only the acting party's word."""

from __future__ import annotations

from tangible.resolve.statement import ordered_mentions, stating_mention


def _m(mid, sentence, *, type="ATTACK", modality="asserted", published="2025-03-02", start=0, kind=None,
       verification=None, pinned=False):
    return {"mention_id": mid, "sentence": sentence, "type": type, "modality": modality, "published": published,
            "char_span": [start, start + len(sentence)], "verification": verification, "pinned": pinned,
            "attribution": {"text": "x", "kind": kind} if kind else None}


def test_the_lead_of_the_earliest_report_states_the_event():
    inc = {"type": "ATTACK", "mentions": [
        _m("c", "Pakistan summoned the Afghan envoy after Sunday's attack.", type="DEMAND", published="2025-03-03"),
        _m("b", "The attackers had crossed from Khost, officials said.", start=240),
        _m("a", "Militants stormed a post in North Waziristan on Sunday, killing seven soldiers.", start=0),
        _m("d", "Militants stormed a check post in North Waziristan.", published="2025-03-03"),
    ]}
    assert stating_mention(inc)["mention_id"] == "a"
    assert [m["mention_id"] for m in ordered_mentions(inc)] == ["a", "b", "d", "c"]


def test_a_claim_a_doubt_or_a_denial_is_not_the_statement():
    inc = {"type": "ARREST", "mentions": [
        _m("claim", "A spokesman said the Emirate had arrested 12 TTP members.", type="ARREST", kind="spokesperson"),
        _m("doubt", "Twelve men were reportedly arrested.", type="ARREST", verification="unverified"),
        _m("future", "The Taliban will arrest those responsible.", type="ARREST", modality="future"),
        _m("report", "Police in Kunar arrested 12 TTP members on Monday.", type="ARREST", published="2025-03-04",
           start=300),
    ]}
    assert stating_mention(inc)["mention_id"] == "report"


def test_an_editors_pin_overrides_and_no_mentions_give_none():
    inc = {"type": "ATTACK", "mentions": [_m("a", "Militants stormed a post."),
                                          _m("p", "The post came under attack.", published="2025-04-01", pinned=True)]}
    assert stating_mention(inc)["mention_id"] == "p"
    assert stating_mention({"type": "ATTACK", "mentions": []}) is None
