"""Exports: incidents, mentions and ratings as CSV, JSON Lines or Parquet; ratings also as ClaimReview.

Incident records are exactly DESIGN §5: JSON Lines and Parquet keep that nested form (nested values are
JSON text in Parquet columns). CSV is for spreadsheets: incidents are written as flat columns
(``FLAT_INCIDENT_FIELDS``: date, type, acting party, target, groups, province, district, lat, lon, killed,
wounded, arrested, grade, sources, first URL …), one row per incident or one per mention, UTF-8 with a
byte-order mark so that Excel reads the accents right. The quote of an incident is the sentence that states
it (``tangible.resolve.statement.stating_mention_of``), not merely its first report.
"""

from __future__ import annotations

import csv
import json
from datetime import date
from typing import IO, Any, Iterable, Iterator

from tangible.errors import E, InputError
from tangible.models import ActorRef, Incident

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
    "event": "The event the mention reports: the mentions of one event in one document share this id.",
    "perpetrator_basis": "How the acting party is known when another sentence of the report names it: stated, "
                         "claimed, suspected or blamed; place when no report names the forces of an operation and "
                         "they are those of the state where it happened (a coder's reading: the incident names no "
                         "acting party).",
    "launched_from": "Where the attack or operation was launched from, as the report says: {country, admin1, "
                     "basis, sentence, disputed_by}.",
    "verification": "What the report says of its own claim: verified, unverified or disputed (empty when it says "
                    "nothing).",
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


# Flat incident columns (contract): one value per cell, what a spreadsheet can sort and sum.
FLAT_INCIDENT_FIELDS: dict[str, str] = {
    "id": "Stable incident id; its page is /incidents/{id}.",
    "date": "Date of the event (YYYY-MM-DD); empty when no report dates it.",
    "date_precision": "day, week or month.",
    "type": "Event type (see Event types).",
    "family": "action (a tangible counter-terrorism action), attack or statement.",
    "acled_subtype": "ACLED-style sub-event type, when one applies.",
    "acting_party": "Name of the acting party (a case-file actor or group), or the words that name it.",
    "acting_party_id": "Case-file id of the acting party; empty when unknown.",
    "target": "Name of the party acted upon, or the words that name it.",
    "target_id": "Case-file id of the party acted upon; empty when unknown.",
    "groups": "Names of the armed groups involved, separated by '; '.",
    "group_ids": "Case-file ids of those groups, separated by '; '.",
    "place": "Name of the place as reported (town, district, province or country).",
    "district": "The district, when the place is one (precision admin2).",
    "province": "Province or state (admin1).",
    "country": "ISO 3166 country code.",
    "lat": "Latitude of the place (WGS84), at its precision.",
    "lon": "Longitude of the place (WGS84), at its precision.",
    "location_precision": "point, city, admin2, admin1, country or region.",
    "killed": "Most conservative reported number killed; empty when none is reported.",
    "wounded": "Most conservative reported number wounded.",
    "arrested": "Most conservative reported number arrested.",
    "grade": "Source grade (see Grades).",
    "grade_reason": "Why the grade was given, in words.",
    "verification": "verified, unverified or disputed, when a report states it (see Verification).",
    "sources": "Number of publishers that reported the incident.",
    "publishers": "Those publishers, separated by '; '.",
    "reports": "Number of sentences (mentions) that report it.",
    "quote": "The sentence that states the event (see Quotes).",
    "quote_publisher": "Publisher of that sentence.",
    "quote_url": "URL of the article with that sentence.",
    "first_url": "URL of the earliest published report.",
}
FLAT_MENTION_FIELDS: dict[str, str] = {
    "mention_id": "Stable id of the mention (one row per mention).",
    "mention_publisher": "Publisher of the article.",
    "mention_published": "Publication date of the article.",
    "mention_url": "URL of the article.",
    "mention_type": "Event type the sentence reports.",
    "mention_modality": "asserted, negated, demanded, future or hypothetical.",
    "mention_sentence": "The sentence.",
}
BOM = "\ufeff"


def _party_name(party: ActorRef | None, names: dict[str, str]) -> str:
    if not party:
        return ""
    pid = party.id
    return names.get(pid, party.text or pid or "") if pid else (party.text or "")


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def flat_incident(inc: Incident, names: dict[str, str] | None = None) -> dict[str, Any]:
    """One incident (with its mentions) as flat columns (``FLAT_INCIDENT_FIELDS``). ``names``: case-file ids to
    display names."""
    from tangible.resolve.statement import stating_mention_of
    from tangible.ontology import ACTION_TYPES, STATEMENT_TYPES, VIOLENCE_TYPES

    names = names or {}
    loc = inc.location
    source, target = inc.source, inc.target
    q = inc.quantities
    mentions = inc.mentions
    stating = stating_mention_of(inc)
    dated = [m for m in mentions if m.url]
    first = min(dated, key=lambda m: (_iso(m.published) or "9999", m.mention_id or ""), default=None)
    family = ("action" if inc.type in ACTION_TYPES else "attack" if inc.type in VIOLENCE_TYPES
              else "statement" if inc.type in STATEMENT_TYPES else "")
    groups = list(inc.groups)
    return {
        "id": inc.id, "date": _iso(inc.date), "date_precision": inc.date_precision or "",
        "type": inc.type, "family": family, "acled_subtype": inc.acled_subtype or "",
        "acting_party": _party_name(source, names), "acting_party_id": (source.id if source else None) or "",
        "target": _party_name(target, names), "target_id": (target.id if target else None) or "",
        "groups": "; ".join(names.get(g, g) for g in groups), "group_ids": "; ".join(groups),
        "place": (loc.name if loc else None) or "",
        "district": loc.name if loc and loc.precision == "admin2" else "",
        "province": (loc.admin1 if loc else None) or "", "country": (loc.country if loc else None) or "",
        "lat": loc.lat if loc and loc.lat is not None else "",
        "lon": loc.lon if loc and loc.lon is not None else "",
        "location_precision": (loc.precision if loc else None) or "",
        "killed": q.get("killed", ""), "wounded": q.get("wounded", ""), "arrested": q.get("arrested", ""),
        "grade": inc.grade, "grade_reason": inc.grade_reason or "",
        "verification": inc.verification or "",
        "sources": inc.n_publishers,
        "publishers": "; ".join(inc.publishers),
        "reports": len(mentions) if mentions else inc.n_mentions,
        "quote": (stating.sentence if stating else None) or "",
        "quote_publisher": (stating.publisher if stating else None) or "",
        "quote_url": (stating.url if stating else None) or "", "first_url": (first.url if first else None) or "",
    }


def flat_rows(incidents: Iterable[Incident], names: dict[str, str] | None = None, *,
              per: str = "incident") -> Iterator[dict[str, Any]]:
    """Flat rows: one per incident (``per="incident"``) or one per mention (``per="mention"``: the incident's
    columns repeated, then the mention's, the stating sentence first)."""
    from tangible.resolve.statement import ordered_mentions_of

    if per not in ("incident", "mention"):
        raise InputError(f"Unknown row unit {per!r}.", "Use incident or mention.", code=E.UNKNOWN_FILTER_VALUE)
    for inc in incidents:
        flat = flat_incident(inc, names)
        if per == "incident":
            yield flat
            continue
        for m in ordered_mentions_of(inc):
            yield {**flat, "mention_id": m.mention_id or "", "mention_publisher": m.publisher or "",
                   "mention_published": _iso(m.published), "mention_url": m.url or "",
                   "mention_type": m.type or "", "mention_modality": m.modality or "",
                   "mention_sentence": m.sentence or ""}


def flat_fields(per: str = "incident") -> list[str]:
    return list(FLAT_INCIDENT_FIELDS) + (list(FLAT_MENTION_FIELDS) if per == "mention" else [])


def write_flat_csv(rows: Iterable[dict[str, Any]], fields: list[str], out: IO, *, bom: bool = True,
                   header: bool = True) -> int:
    """Flat rows as CSV (a byte-order mark first, for Excel). Returns the number of rows."""
    if bom:
        out.write(BOM)
    w = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore", lineterminator="\r\n")
    if header:
        w.writeheader()
    n = 0
    for row in rows:
        w.writerow(row)
        n += 1
    return n


def incident_record(inc: Incident) -> dict[str, Any]:
    """An incident as the DESIGN §5 record (``INCIDENT_FIELDS``), its mentions trimmed to the fields listed."""
    return {
        "id": inc.id, "type": inc.type, "acled_subtype": inc.acled_subtype, "grade": inc.grade,
        "grade_reason": inc.grade_reason, "date": inc.date.isoformat() if inc.date else None,
        "date_precision": inc.date_precision, "location": inc.location.to_dict() if inc.location else None,
        "source": inc.source.to_dict() if inc.source else None,
        "target": inc.target.to_dict() if inc.target else None,
        "groups": list(inc.groups), "quantities": dict(inc.quantities), "publishers": list(inc.publishers),
        "mentions": [{"doc_id": m.doc_id, "publisher": m.publisher, "url": m.url, "sentence": m.sentence,
                      "char_span": list(m.char_span), "modality": m.modality} for m in inc.mentions],
    }


def iter_incidents(store, **filters) -> Iterator[dict[str, Any]]:
    for inc in store.incidents.iter_incidents(with_mentions=True, **filters):
        yield incident_record(inc)


def iter_mentions(store, **filters) -> Iterator[dict[str, Any]]:
    """Every mention (``filters``: the mention repository's, e.g. ``since``/``until`` on the event's date)."""
    docs: dict[str, tuple[str | None, str | None]] = {}
    for m in store.mentions.iter_all(**{k: v for k, v in filters.items() if v}):
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
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:  # optional dependency
            raise InputError("Parquet exports need pyarrow, which is not installed.",
                             "Install it with: pip install 'tangible[parquet]'.", code=E.MISSING_DEPENDENCY) from exc

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


__all__ = ["FLAT_INCIDENT_FIELDS", "FLAT_MENTION_FIELDS", "flat_incident", "flat_rows", "flat_fields",
           "write_flat_csv", "INCIDENT_FIELDS", "MENTION_FIELDS", "RATING_FIELDS", "FORMATS", "write", "iter_incidents",
           "iter_mentions", "iter_ratings", "incident_record", "claimreview", "claimreviews"]
