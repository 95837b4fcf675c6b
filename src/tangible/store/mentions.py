"""Mentions: one event reported by one sentence of one document."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any, Iterable, Iterator

from sqlalchemy import Select, bindparam, delete, func, or_, select

from tangible.models import ActorRef, Attribution, Location, Mention, Origin
from tangible.store.db import Database
from tangible.store.documents import now
from tangible.store.pipeline import advance_mentions
from tangible.store.rating_days import forget_documents
from tangible.store.schema import documents, mentions


def mention_id(m: Mention, party: bool = False) -> str:
    """Stable id from what the mention is, so re-extraction keeps ids (and human reviews) aligned. ``party``:
    the id of another party's mention of the same words ("Pakistan and China urged ..." is one mention per
    party), told apart by that party."""
    key = f"{m.doc_id}|{m.type}|{m.char_span[0]}|{m.char_span[1]}|{m.trigger_span or ''}"
    if party and m.source is not None:
        key += f"|{m.source.id or m.source.text}"
    return "m" + hashlib.sha1(key.encode()).hexdigest()[:23]


# what a Mention is read from (not the bookkeeping columns: timestamps, extractor, review), in this order
_READ = [mentions.c[name] for name in (
    "id", "doc_id", "type", "modality", "acled_subtype", "source_actor", "source_text", "target_actor",
    "target_text", "groups", "location", "date", "date_precision", "quantities", "attribution", "sentence",
    "span_start", "span_end", "confidence", "trigger", "event_key", "perpetrator_basis", "launched_from",
    "verification")]


def row_to_mention(row: Any) -> Mention:
    """A row of the ``_READ`` columns as a Mention."""
    (id_, doc_id, type_, modality, acled_subtype, source_actor, source_text, target_actor, target_text, groups,
     loc, day, date_precision, quantities, attr, sentence, span_start, span_end, confidence, trigger, event_key,
     perpetrator_basis, launched_from, verification) = row
    return Mention(
        id=id_,
        doc_id=doc_id,
        type=type_,
        modality=modality,
        acled_subtype=acled_subtype,
        source=ActorRef(source_actor, source_text or "") if source_text is not None or source_actor else None,
        target=ActorRef(target_actor, target_text or "") if target_text is not None or target_actor else None,
        groups=list(groups or []),
        location=Location(**loc) if loc else None,
        date=day,
        date_precision=date_precision,
        quantities=dict(quantities or {}),
        attribution=Attribution(attr["text"], attr["kind"]) if attr else None,
        sentence=sentence,
        char_span=(span_start, span_end),
        confidence=confidence if confidence is not None else 0.5,
        trigger=trigger,
        event=event_key,
        perpetrator_basis=perpetrator_basis,
        launched_from=Origin.from_dict(launched_from),
        verification=verification,
    )


def _values(m: Mention, seq: int, extractor_version: str | None) -> dict[str, Any]:
    return dict(
        id=m.id or mention_id(m),
        doc_id=m.doc_id,
        seq=seq,
        type=m.type,
        modality=m.modality,
        acled_subtype=m.acled_subtype,
        source_actor=m.source.id if m.source else None,
        source_text=m.source.text if m.source else None,
        target_actor=m.target.id if m.target else None,
        target_text=m.target.text if m.target else None,
        groups=list(m.groups),
        location=m.location.to_dict() if m.location else None,
        country=m.location.country if m.location else None,
        admin1=m.location.admin1 if m.location else None,
        date=m.date,
        date_precision=m.date_precision,
        quantities=dict(m.quantities),
        attribution=m.attribution.to_dict() if m.attribution else None,
        sentence=m.sentence,
        span_start=m.char_span[0],
        span_end=m.char_span[1],
        confidence=float(m.confidence),
        trigger=m.trigger,
        event_key=m.event,
        perpetrator_basis=m.perpetrator_basis,
        launched_from=m.launched_from.to_dict() if m.launched_from else None,
        verification=m.verification,
        extractor_version=extractor_version,
        reviewed=False,
        created_at=now(),
    )


class MentionRepository:
    def __init__(self, db: Database):
        self.db = db

    def replace_for_documents(self, found: dict[str, list[Mention]], extractor_version: str) -> int:
        """Make each document's machine mentions what the extractor found now.

        Mentions keep their ids across runs, so rows that are found again are updated
        in place: their links to incidents (and a human's merges and splits) stay. Rows
        no longer found are removed; rows a human reviewed are never touched.
        """
        written = 0
        changed: list[str] = []
        with self.db.write() as conn:
            forget_documents(conn, found)  # the incidents that quote these documents' mentions
            # read, then write, the whole batch at once: a few statements however many documents
            doc_ids = list(found)
            known: dict[str, dict[str, bool]] = {d: {} for d in doc_ids}
            for k in range(0, len(doc_ids), 500):
                for r in conn.execute(select(mentions.c.id, mentions.c.doc_id, mentions.c.reviewed)
                                      .where(mentions.c.doc_id.in_(doc_ids[k:k + 500]))):
                    known[r.doc_id][r.id] = r.reviewed
            gone: list[str] = []
            fresh: list[dict[str, Any]] = []
            again: list[dict[str, Any]] = []
            for doc_id, items in found.items():
                existing = known[doc_id]
                rows: dict[str, dict[str, Any]] = {}
                for seq, m in enumerate(items):
                    values = _values(m, seq, extractor_version)
                    if not m.id and values["id"] in rows and m.source is not None and (
                            rows[values["id"]]["source_actor"], rows[values["id"]]["source_text"]) != (
                            m.source.id, m.source.text):
                        values["id"] = mention_id(m, party=True)  # another party of a joint statement
                    if values["id"] in rows or existing.get(values["id"]):
                        continue  # a duplicate, or a mention a human decided on
                    m.id = values["id"]
                    rows[values["id"]] = values
                dropped = [i for i, reviewed in existing.items() if not reviewed and i not in rows]
                added = [v for i, v in rows.items() if i not in existing]
                kept = [dict(v, _id=i) for i, v in rows.items() if i in existing]
                gone += dropped
                fresh += added
                again += kept
                written += len(rows)
                if dropped or added or kept:
                    changed.append(doc_id)
            for k in range(0, len(gone), 500):
                conn.execute(delete(mentions).where(mentions.c.id.in_(gone[k:k + 500])))
            if fresh:
                conn.execute(mentions.insert(), fresh)
            if again:
                columns: dict[str, Any] = {k: bindparam(k) for k in again[0] if k not in ("id", "_id", "created_at", "reviewed")}
                conn.execute(mentions.update().where(mentions.c.id == bindparam("_id")).values(**columns), again)
            if changed:
                advance_mentions(conn, changed)
            if found:
                conn.execute(
                    documents.update()
                    .where(documents.c.id.in_(list(found)))
                    .values(extracted_at=now(), extractor_version=extractor_version)
                )
        return written

    def by_ids(self, ids: Iterable[str], *, exclude_rejected: bool = False) -> list[Mention]:
        """The mentions with these ids that exist (in no particular order)."""
        ids = list(dict.fromkeys(ids))
        out: list[Mention] = []
        with self.db.read() as conn:
            for k in range(0, len(ids), 500):
                q = self._filtered(select(*_READ).where(mentions.c.id.in_(ids[k:k + 500])),
                                   exclude_rejected=exclude_rejected)
                out.extend(row_to_mention(r) for r in conn.execute(q))
        return out

    def of_documents(self, doc_ids: Iterable[str], *, exclude_rejected: bool = False) -> list[Mention]:
        """The mentions of these documents."""
        doc_ids = list(dict.fromkeys(doc_ids))
        out: list[Mention] = []
        with self.db.read() as conn:
            for k in range(0, len(doc_ids), 500):
                q = self._filtered(select(*_READ).where(mentions.c.doc_id.in_(doc_ids[k:k + 500])),
                                   exclude_rejected=exclude_rejected)
                out.extend(row_to_mention(r) for r in conn.execute(q.order_by(mentions.c.doc_id, mentions.c.seq)))
        return out

    def event_keys(self, doc_ids: Iterable[str], *, exclude_rejected: bool = False) -> list[tuple[str, str, str, str, str]]:
        """(id, doc id, event key, type, modality) of the mentions of these documents linked to a document-level
        event: which reports of a document tell one event, read without the rest of their rows."""
        doc_ids = list(dict.fromkeys(doc_ids))
        cols = (mentions.c.id, mentions.c.doc_id, mentions.c.event_key, mentions.c.type, mentions.c.modality)
        out: list[tuple[str, str, str, str, str]] = []
        with self.db.read() as conn:
            for k in range(0, len(doc_ids), 500):
                q = self._filtered(select(*cols).where(mentions.c.doc_id.in_(doc_ids[k:k + 500]),
                                                       mentions.c.event_key.is_not(None)),
                                   exclude_rejected=exclude_rejected)
                out.extend(tuple(r) for r in conn.execute(q.order_by(mentions.c.doc_id, mentions.c.seq)))
        return out

    def has_precision(self, type_: str, precision: str) -> bool:
        """Whether any mention of ``type_`` is dated to ``precision``."""
        with self.db.read() as conn:
            return conn.execute(select(mentions.c.id).where(mentions.c.type == type_,
                                                            mentions.c.date_precision == precision).limit(1)).first() is not None

    def get(self, mention_id_: str) -> Mention | None:
        with self.db.read() as conn:
            row = conn.execute(select(*_READ).where(mentions.c.id == mention_id_)).first()
        return row_to_mention(row) if row else None

    def for_document(self, doc_id: str) -> list[Mention]:
        with self.db.read() as conn:
            rows = conn.execute(select(*_READ).where(mentions.c.doc_id == doc_id).order_by(mentions.c.seq)).all()
        return [row_to_mention(r) for r in rows]

    def count(self, **filters: Any) -> int:
        q = self._filtered(select(func.count()).select_from(mentions), **filters)
        with self.db.read() as conn:
            return int(conn.execute(q).scalar_one())

    def list(self, *, limit: int = 50, after: str | None = None, **filters: Any) -> list[Mention]:
        q = self._filtered(select(*_READ), **filters)
        if after:
            q = q.where(mentions.c.id > after)
        q = q.order_by(mentions.c.id).limit(limit)
        with self.db.read() as conn:
            return [row_to_mention(r) for r in conn.execute(q)]

    def iter_all(self, *, batch_size: int = 2000, **filters: Any) -> Iterator[Mention]:
        last = ""
        while True:
            batch = self.list(limit=batch_size, after=last, **filters)
            if not batch:
                return
            yield from batch
            last = batch[-1].id or ""  # stored mentions have ids

    @staticmethod
    def _filtered(
        q: Select[Any],
        *,
        type: str | Iterable[str] | None = None,
        modality: str | Iterable[str] | None = None,
        doc_id: str | None = None,
        since: date | None = None,
        until: date | None = None,
        exclude_rejected: bool = False,
    ) -> Select[Any]:
        if type:
            q = q.where(mentions.c.type.in_([type] if isinstance(type, str) else list(type)))
        if modality:
            q = q.where(mentions.c.modality.in_([modality] if isinstance(modality, str) else list(modality)))
        if doc_id:
            q = q.where(mentions.c.doc_id == doc_id)
        if since:
            q = q.where(mentions.c.date >= since)
        if until:
            q = q.where(mentions.c.date <= until)
        if exclude_rejected:
            q = q.where(or_(mentions.c.review_status.is_(None), mentions.c.review_status != "rejected"))
        return q
