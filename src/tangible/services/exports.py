"""Exports: incidents, mentions and ratings as CSV, JSON Lines or Parquet; ratings also as ClaimReview.

Incident records are exactly DESIGN §5. Nested values (location, actors, lists, mentions) are
JSON text in CSV and Parquet columns, so every format carries the same fields.
"""

from __future__ import annotations

import csv
import json
from datetime import date
from typing import IO, Any, Iterable, Iterator

from tangible.errors import E, InputError

FORMATS = ("csv", "jsonl", "parquet")

# Field lists (contract): the codebook documents each of them.
INCIDENT_FIELDS: dict[str, str] = {
    "id": "Stable incident id (hash of its earliest-published mention's id).",
    "type": "Event type (see Event types).",
    "acled_subtype": "ACLED-style sub-event type, when one applies.",
    "grade": "Source grade (see Grades).",
    "grade_reason": "Why the grade was given, in words: publishers, independent reports, claims, denials.",
    "date": "Date of the event (YYYY-MM-DD).",
    "date_precision": "day, week or month.",
    "location": "Place: name, country, admin1, lat, lon, precision (point, city, admin2, admin1, country, region).",
    "source": "Acting party: {id, text}; id is a case-file actor or group id, or null when unknown.",
    "target": "Party acted upon: {id, text}.",
    "groups": "Armed groups involved (case-file ids).",
    "quantities": "Most conservative reported figure per quantity (killed, wounded, arrested, seized …).",
    "publishers": "Every publisher that reported the incident.",
    "mentions": "Every report: doc_id, publisher, url, sentence, char_span [start, end] in the document's "
                "clean text, modality (asserted reports count; negated ones and denials are the dispute).",
}
MENTION_FIELDS: dict[str, str] = {
    "id": "Stable mention id.",
    "doc_id": "Document id.",
    "publisher": "Publisher of the document.",
    "url": "URL of the document.",
    "type": "Event type.",
    "modality": "asserted, negated, demanded, future or hypothetical (see Modalities).",
    "acled_subtype": "ACLED-style sub-event type.",
    "source": "Acting party {id, text}.",
    "target": "Party acted upon {id, text}.",
    "groups": "Armed groups named (case-file ids).",
    "location": "Place, with precision.",
    "date": "Date of the event.",
    "date_precision": "day, week or month.",
    "quantities": "Figures the sentence reports.",
    "attribution": "Who the sentence cites: {text, kind} (see Attribution kinds).",
    "sentence": "The sentence.",
    "char_span": "[start, end] of the sentence in the document's clean text.",
    "confidence": "Extractor confidence, 0–1.",
}
RATING_FIELDS: dict[str, str] = {
    "commitment_id": "Commitment id.",
    "at": "Date the rating is for; only incidents dated on or before it count.",
    "rating": "Rating (see Ratings).",
    "counts": "Supporting, contradicting and disputed incidents in the period, by type and grade.",
    "trend": "Incidents in the last 30 days vs the 30 before, with direction up, down or flat.",
    "reasons": "The rating's reasons in words.",
    "supporting": "Ids of the supporting incidents in the period.",
    "contradicting": "Ids of the contradicting incidents in the period.",
    "period": "The period the rating weighs: {from, to}.",
}


def incident_record(rec: dict[str, Any]) -> dict[str, Any]:
    """Trim a stored incident to the DESIGN §5 record."""
    out = {k: rec.get(k) for k in INCIDENT_FIELDS if k != "mentions"}
    out["mentions"] = [
        {k: m.get(k) for k in ("doc_id", "publisher", "url", "sentence", "char_span", "modality")}
        for m in rec.get("mentions") or []
    ]
    return out


def iter_incidents(store, **filters) -> Iterator[dict[str, Any]]:
    for rec in store.incidents.iter_records(with_mentions=True, **filters):
        yield incident_record(rec)


def iter_mentions(store) -> Iterator[dict[str, Any]]:
    docs: dict[str, tuple[str | None, str | None]] = {}
    for m in store.mentions.iter_all():
        if m.doc_id not in docs:
            d = store.documents.get(m.doc_id)
            docs[m.doc_id] = (d.publisher, d.url) if d else (None, None)
        rec = m.to_dict()
        yield {"id": m.id, "doc_id": m.doc_id, "publisher": docs[m.doc_id][0], "url": docs[m.doc_id][1],
               **{k: rec[k] for k in MENTION_FIELDS if k in rec and k not in ("doc_id",)}}


def iter_ratings(store, case=None) -> Iterator[dict[str, Any]]:
    items = store.ledger.ratings()
    if not items and case is not None:
        from tangible.services.ledger import ledger_at

        items = ledger_at(store, case)  # computed for the export, not stored
    for r in items:
        yield r.to_dict()


def _flat(rec: dict[str, Any], fields: Iterable[str]) -> dict[str, Any]:
    out = {}
    for k in fields:
        v = rec.get(k)
        out[k] = json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v
    return out


def write(records: Iterable[dict[str, Any]], fields: list[str], fmt: str, out: IO) -> int:
    """Write records to a text stream (csv, jsonl) or a binary one (parquet). Returns the count."""
    if fmt not in FORMATS:
        raise InputError(f"Unknown export format {fmt!r}.", f"Use one of: {', '.join(FORMATS)}.", code=E.UNKNOWN_EXPORT_FORMAT)
    n = 0
    if fmt == "jsonl":
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
            n += 1
    elif fmt == "csv":
        w = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
        w.writeheader()
        for rec in records:
            w.writerow(_flat(rec, fields))
            n += 1
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [_flat(rec, fields) for rec in records]
        columns = {k: [None if r[k] is None else (r[k] if isinstance(r[k], (int, float)) and not isinstance(r[k], bool) else str(r[k])) for r in rows] for k in fields}
        table = pa.table({k: pa.array(v) for k, v in columns.items()})
        pq.write_table(table, out)
        n = len(rows)
    return n


def claimreview(rating: dict[str, Any], commitment, *, publisher: str = "tangible") -> dict[str, Any]:
    """One commitment rating as schema.org ClaimReview JSON-LD."""
    scale = ["contradicted", "no evidence", "some action", "substantial action"]
    value = scale.index(rating["rating"]) + 1 if rating["rating"] in scale else None
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "datePublished": rating["at"],
        "claimReviewed": commitment.text if commitment else rating["commitment_id"],
        "author": {"@type": "Organization", "name": publisher},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": len(scale),
            "worstRating": 1,
            "alternateName": rating["rating"],
            "ratingExplanation": " ".join(rating.get("reasons") or []),
        },
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Organization", "name": commitment.by if commitment else None},
            "datePublished": commitment.made_on.isoformat() if commitment and commitment.made_on else None,
            "appearance": commitment.source if commitment else None,
        },
        "identifier": f"{rating['commitment_id']}@{rating['at']}",
    }


def claimreviews(store, case=None) -> list[dict[str, Any]]:
    out = []
    for r in iter_ratings(store, case):
        out.append(claimreview(r, store.ledger.get(r["commitment_id"])))
    return out


__all__ = ["INCIDENT_FIELDS", "MENTION_FIELDS", "RATING_FIELDS", "FORMATS", "write", "iter_incidents",
           "iter_mentions", "iter_ratings", "incident_record", "claimreview", "claimreviews"]
