"""The overview's totals (by type, group, week and place) are counted in the store; they must equal
a count over every incident record, on both backends."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from tangible.models import DocumentInput, Location, Mention
from tangible.resolve.records import DocFacts, Evidence, IncidentDraft
from tangible.web.charts import week_of
from tangible.web.overview import incident_stats
from tangible.web.render import type_family

TYPES = ["ARREST", "ATTACK", "DEMAND", "OPERATION", "ASSURE"]
PLACES = [Location("Quetta", "PK", "Balochistan", 30.18, 66.99, "city"),
          Location("Kunar", "AF", "Kunar", 34.85, 71.1, "admin1"),
          Location("Kunar", "AF", "Kunar", 34.9, 71.2, "admin1"),  # same name, other coordinates
          Location("Somewhere", "AF"),  # no coordinates: not on the map
          None]
GROUPS = [["ttp"], ["ttp", "etim"], [], ["bla"]]


def _fill(store) -> None:
    docs = [store.documents.add(DocumentInput(text=f"Report {i} on the border.", publisher=f"p{i % 3}",
                                              published=date(2026, 1, 1) + timedelta(days=i), language="en")).doc_id
            for i in range(30)]
    found = {d: [Mention(doc_id=d, type=TYPES[i % 5], modality="asserted", sentence=f"Sentence {i}.",
                         char_span=(0, 11), date=date(2026, 1, 1) + timedelta(days=3 * i))]
             for i, d in enumerate(docs)}
    store.mentions.replace_for_documents(found, "test")
    drafts = []
    for i, d in enumerate(docs):
        m = found[d][0]
        drafts.append(IncidentDraft(
            id=f"s{i:03d}", type=m.type, acled_subtype=None, grade="single-source", grade_reason="",
            date=None if i % 7 == 0 else m.date, date_precision="day", location=PLACES[i % len(PLACES)],
            source=None, target=None, groups=GROUPS[i % len(GROUPS)], quantities={}, quantities_reported={},
            publishers=["p0"], members=[Evidence(m, DocFacts(d))]))
    store.incidents.replace_all([d.record() for d in drafts])
    store.incidents.reviews.review_incident("s004", "reject", reviewer="test")  # left out of every total


def test_overview_totals_equal_a_count_over_every_incident(store):
    _fill(store)
    records = list((i.to_dict() for i in store.incidents.iter_incidents(with_mentions=False)))
    assert len(records) == 29
    stats = incident_stats(store)

    assert stats["total"] == len(records)
    assert dict(stats["by_type"]) == Counter(r["type"] for r in records)
    assert dict(stats["by_group"]) == Counter(g for r in records for g in (r["groups"] or ["(none)"]))
    weekly: dict = {}
    for r in records:
        if r["date"]:
            weekly.setdefault(week_of(date.fromisoformat(r["date"])), Counter())[type_family(r["type"])] += 1
    assert stats["weekly"] == weekly
    placed = [r for r in records if r["location"] and r["location"].get("lat") is not None]
    by_place = {p["name"]: p for p in stats["places"]}
    assert {k: p["count"] for k, p in by_place.items()} == Counter(r["location"]["name"] for r in placed)
    assert sum(by_place["Kunar"]["types"].values()) == by_place["Kunar"]["count"]
    assert (by_place["Kunar"]["lat"], by_place["Kunar"]["lon"]) in {(34.85, 71.1), (34.9, 71.2)}
    assert "Somewhere" not in by_place
