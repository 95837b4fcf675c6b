"""The store maps incidents both ways: resolution writes Incident records, and the typed read (what the ledger and
the alerts weigh) says what the records it writes out (what the API and the exports write) say."""

from __future__ import annotations

from datetime import date

from tangible.case import load_case
from tangible.models import Incident
from tangible.services.resolution import resolve_all

CASE = load_case()
D = date(2026, 11, 16)


def _as_record(inc: Incident) -> dict:
    """The fields a record dict and a typed incident share, from the typed one, as the record writes them."""
    loc = inc.location
    return {
        "id": inc.id, "type": inc.type, "acled_subtype": inc.acled_subtype, "grade": inc.grade,
        "grade_reason": inc.grade_reason, "date": inc.date.isoformat() if inc.date else None,
        "date_precision": inc.date_precision, "location": loc.to_dict() if loc else None,
        "source": inc.source.to_dict() if inc.source else None, "target": inc.target.to_dict() if inc.target else None,
        "groups": inc.groups, "quantities": inc.quantities, "publishers": inc.publishers,
        "n_mentions": inc.n_mentions, "n_publishers": inc.n_publishers, "reviewed": inc.reviewed,
        "review_status": inc.review_status, "verification": inc.verification,
        "launched_from": inc.launched_from.to_dict() if inc.launched_from else None,
        "mentions": [{"mention_id": m.mention_id, "doc_id": m.doc_id, "sentence": m.sentence,
                      "char_span": list(m.char_span), "modality": m.modality, "type": m.type,
                      "publisher": m.publisher, "url": m.url,
                      "published": m.published.isoformat() if m.published else None, "pinned": m.pinned}
                     for m in inc.mentions],
    }


def test_typed_incidents_say_what_the_records_say(store, add_document, mention):
    denial = "The Taliban denied that anyone was detained in Kunar."
    add_document(store, "Taliban security forces detained 14 TTP members in Kunar on Monday.", "Kabul Daily Monitor", D,
                 [mention("Taliban security forces detained 14 TTP members in Kunar on Monday.", mid="x", doc="x",
                          quantities={"arrested": 14})])
    add_document(store, "At least 12 TTP members were taken into custody in Kunar on Monday. " + denial,
                 "Frontier Ledger", D,
                 [mention("At least 12 TTP members were taken into custody in Kunar on Monday.", mid="y", doc="y",
                          quantities={"arrested": 12}),
                  mention(denial, mid="z", doc="y", type="DENY")])
    resolve_all(store, CASE)

    typed = {i.id: i for i in store.incidents.iter_incidents(with_mentions=True)}
    assert typed
    for incident_id, inc in typed.items():
        assert inc == store.incidents.incident(incident_id)
        # the record the API and the exports write says what the typed incident says
        rec = inc.to_dict()
        shared = _as_record(inc)
        assert {k: rec[k] for k in shared if k != "mentions"} == {k: v for k, v in shared.items() if k != "mentions"}
        assert [{k: m[k] for k in shared["mentions"][0]} for m in rec["mentions"]] == shared["mentions"]
    arrest = next(i for i in typed.values() if i.type == "ARREST")
    assert arrest.n_mentions == 2 and arrest.quantities == {"arrested": 12} and arrest.date == D

    # the rating rules' read: every mention's sentence without its document's facts
    light = {i.id: i for i in store.incidents.iter_incidents(with_mentions="sentences")}
    for incident_id, inc in typed.items():
        assert [(m.mention_id, m.sentence, m.modality, m.char_span) for m in light[incident_id].mentions] == \
            sorted((m.mention_id, m.sentence, m.modality, m.char_span) for m in inc.mentions)
