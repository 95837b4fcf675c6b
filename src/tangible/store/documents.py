"""Documents and ingest runs."""

from __future__ import annotations

import builtins
import hashlib
import re
import zlib
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any, Iterable, Iterator

from sqlalchemy import Connection, Select, func, literal, or_, select, update

from tangible.models import Document, DocumentInput, IngestRun
from tangible.store.db import Database, inserted_id
from tangible.store.paging import newest_first_page
from tangible.store.schema import documents, ingest_runs

_WS = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """Hash of the clean text with whitespace collapsed: layout changes are not new content."""
    return hashlib.sha256(_WS.sub(" ", text).strip().encode("utf-8")).hexdigest()


def like_escape(text: str) -> str:
    """``text`` matched literally by LIKE (with ``escape="\\"``): % and _ are not wildcards."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(slots=True)
class AddResult:
    status: str  # added | version | unchanged
    doc_id: str
    version: int


def _note_copy(values: dict[str, Any], item: DocumentInput) -> bool:
    """Record in ``values['meta']`` that ``item`` is the same text under another publisher or URL."""
    if not item.publisher or item.publisher == values.get("publisher"):
        return False
    meta = dict(values.get("meta") or {})
    seen = list(meta.get("copies") or [])
    if any(c.get("publisher") == item.publisher for c in seen):
        return False
    seen.append({"publisher": item.publisher, "url": item.url})
    meta["copies"] = seen
    values["meta"] = meta
    return True


def _record_copies(conn: Connection, pairs: list[tuple[str, DocumentInput]]) -> None:
    """Identical text from another publisher (a reprinted wire story) is stored once; note who ran it."""
    pairs = [(doc_id, item) for doc_id, item in pairs if item.publisher]
    if not pairs:
        return
    ids = list({doc_id for doc_id, _ in pairs})
    rows = {r.id: {"publisher": r.publisher, "meta": r.meta}
            for r in conn.execute(select(documents.c.id, documents.c.publisher, documents.c.meta)
                                  .where(documents.c.id.in_(ids)))}
    changed = set()
    for doc_id, item in pairs:
        if doc_id in rows and _note_copy(rows[doc_id], item):
            changed.add(doc_id)
    for doc_id in changed:
        conn.execute(update(documents).where(documents.c.id == doc_id).values(meta=rows[doc_id]["meta"]))
    if changed:  # another publisher ran the text: the grades of the incidents it reports change
        from tangible.store.pipeline import advance_mentions

        advance_mentions(conn, sorted(changed))


def _row_to_document(row: Any) -> Document:
    m = row._mapping
    return Document(
        id=m["id"],
        url=m["url"],
        canonical_url=m["canonical_url"],
        publisher=m["publisher"],
        title=m["title"],
        published=m["published"],
        fetched_at=m["fetched_at"],
        language=m["language"],
        content_hash=m["content_hash"],
        text=m["text"],
        version=m["version"],
        source_id=m["source_id"],
        external_id=m["external_id"],
        status=m["status"],
        copies=list((m["meta"] or {}).get("copies") or []),
    )


_Facts = tuple[str, str | None, str | None, date | None, list[str]]  # see DocumentRepository.publication_facts
_LIST_COLUMNS = [c for c in documents.c if c.name != "raw"]


class DocumentRepository:
    def __init__(self, db: Database):
        self.db = db

    # --- writing -------------------------------------------------------
    def add(
        self,
        item: DocumentInput,
        *,
        canonical_url: str | None = None,
        run_id: int | None = None,
        source_id: int | None = None,
        status: str = "ok",
    ) -> AddResult:
        """Store one document. Same content: unchanged. Same URL, new content: a new version."""
        digest = content_hash(item.text)
        doc_id = digest[:32]
        with self.db.write() as conn:
            existing = conn.execute(
                select(documents.c.id, documents.c.version).where(documents.c.content_hash == digest)
            ).first()
            if existing:
                _record_copies(conn, [(existing.id, item)])
                return AddResult("unchanged", existing.id, existing.version)
            version, previous_id = 1, None
            if canonical_url:
                prev = conn.execute(
                    select(documents.c.id, documents.c.version)
                    .where(documents.c.canonical_url == canonical_url, documents.c.is_latest.is_(True))
                    .order_by(documents.c.version.desc())
                    .limit(1)
                ).first()
                if prev:
                    version, previous_id = prev.version + 1, prev.id
                    conn.execute(update(documents).where(documents.c.id == prev.id).values(is_latest=False))
            conn.execute(
                documents.insert().values(
                    id=doc_id,
                    url=item.url,
                    canonical_url=canonical_url,
                    publisher=item.publisher,
                    title=item.title,
                    published=item.published,
                    fetched_at=now(),
                    language=item.language,
                    content_hash=digest,
                    text=item.text,
                    raw=zlib.compress(item.raw, 6) if item.raw is not None else None,
                    raw_type=item.raw_type,
                    version=version,
                    previous_id=previous_id,
                    is_latest=True,
                    source_id=source_id,
                    run_id=run_id,
                    external_id=item.external_id,
                    status=status,
                    meta=item.meta or None,
                )
            )
        return AddResult("version" if previous_id else "added", doc_id, version)

    def add_many(
        self,
        entries: list[tuple[DocumentInput, str | None, str]],
        *,
        run_id: int | None = None,
        source_id: int | None = None,
    ) -> list[AddResult]:
        """Store a batch of (item, canonical_url, status) in one transaction.

        Same outcome as calling ``add`` on each entry in order: same content is
        unchanged, same canonical URL with new content is the next version.
        """
        prepared = [(item, canonical, status, content_hash(item.text)) for item, canonical, status in entries]
        results: list[AddResult] = []
        with self.db.write() as conn:
            known: dict[str, tuple[str, int]] = {}
            hashes = list({p[3] for p in prepared})
            for start in range(0, len(hashes), 500):
                for r in conn.execute(select(documents.c.content_hash, documents.c.id, documents.c.version)
                                      .where(documents.c.content_hash.in_(hashes[start:start + 500]))):
                    known[r.content_hash] = (r.id, r.version)
            latest: dict[str, tuple[str, int]] = {}
            canonicals = list({p[1] for p in prepared if p[1] and p[3] not in known})
            for start in range(0, len(canonicals), 500):
                for r in conn.execute(select(documents.c.canonical_url, documents.c.id, documents.c.version)
                                      .where(documents.c.canonical_url.in_(canonicals[start:start + 500]),
                                             documents.c.is_latest.is_(True))):
                    if r.canonical_url not in latest or r.version > latest[r.canonical_url][1]:
                        latest[r.canonical_url] = (r.id, r.version)
            pending: dict[str, dict[str, Any]] = {}
            demote: list[str] = []
            copies: list[tuple[str, DocumentInput]] = []
            stamp = now()
            for item, canonical, status, digest in prepared:
                if digest in known:
                    doc_id, version = known[digest]
                    results.append(AddResult("unchanged", doc_id, version))
                    if doc_id in pending:  # a copy within this batch
                        _note_copy(pending[doc_id], item)
                    else:
                        copies.append((doc_id, item))
                    continue
                doc_id = digest[:32]
                version, previous_id = 1, None
                if canonical and canonical in latest:
                    previous_id, previous_version = latest[canonical]
                    version = previous_version + 1
                    if previous_id in pending:
                        pending[previous_id]["is_latest"] = False
                    else:
                        demote.append(previous_id)
                pending[doc_id] = dict(
                    id=doc_id, url=item.url, canonical_url=canonical, publisher=item.publisher, title=item.title,
                    published=item.published, fetched_at=stamp, language=item.language, content_hash=digest,
                    text=item.text, raw=zlib.compress(item.raw, 6) if item.raw is not None else None,
                    raw_type=item.raw_type, version=version, previous_id=previous_id, is_latest=True,
                    source_id=source_id, run_id=run_id, external_id=item.external_id, status=status,
                    meta=item.meta or None, extracted_at=None, extractor_version=None,
                )
                known[digest] = (doc_id, version)
                if canonical:
                    latest[canonical] = (doc_id, version)
                results.append(AddResult("version" if previous_id else "added", doc_id, version))
            for start in range(0, len(demote), 500):
                conn.execute(update(documents).where(documents.c.id.in_(demote[start:start + 500]))
                             .values(is_latest=False))
            if pending:
                # Versions point at their predecessors: insert in batch order so the foreign key holds.
                conn.execute(documents.insert(), list(pending.values()))
            _record_copies(conn, copies)
        return results

    def set_status(self, doc_id: str, status: str) -> None:
        with self.db.write() as conn:
            conn.execute(update(documents).where(documents.c.id == doc_id).values(status=status))

    def mark_extracted(self, doc_ids: list[str], extractor_version: str) -> None:
        with self.db.write() as conn:
            conn.execute(
                update(documents)
                .where(documents.c.id.in_(doc_ids))
                .values(extracted_at=now(), extractor_version=extractor_version)
            )

    def set_relevance(self, doc_ids: list[str], status: str, fingerprint: str | None) -> None:
        """Set the relevance status of documents and record the case fingerprint it was judged on
        (``meta["relevance"]``; removed when ``fingerprint`` is None)."""
        for start in range(0, len(doc_ids), 500):
            chunk = doc_ids[start:start + 500]
            with self.db.write() as conn:
                rows = conn.execute(select(documents.c.id, documents.c.meta).where(documents.c.id.in_(chunk))).all()
                for row in rows:
                    meta = dict(row.meta or {})
                    if fingerprint is None:
                        meta.pop("relevance", None)
                    else:
                        meta["relevance"] = {"fingerprint": fingerprint}
                    conn.execute(update(documents).where(documents.c.id == row.id)
                                 .values(status=status, meta=meta or None))

    def relevance_marks(self, status: str) -> list[tuple[str, str | None]]:
        """(id, case fingerprint) of every document with ``status``, in id order."""
        out: list[tuple[str, str | None]] = []
        last = ""
        while True:
            with self.db.read() as conn:
                rows = conn.execute(
                    select(documents.c.id, documents.c.meta)
                    .where(documents.c.status == status, documents.c.id > last)
                    .order_by(documents.c.id).limit(2000)
                ).all()
            if not rows:
                return out
            for r in rows:
                out.append((r.id, ((r.meta or {}).get("relevance") or {}).get("fingerprint")))
            last = rows[-1].id

    # --- reading -------------------------------------------------------
    def get(self, key: str) -> Document | None:
        """By id, or by URL (the latest version of that page)."""
        with self.db.read() as conn:
            row = conn.execute(select(*_LIST_COLUMNS).where(documents.c.id == key)).first()
            # One indexed lookup per column (an OR of the two defeats the indexes on PostgreSQL).
            for column in (documents.c.canonical_url, documents.c.url):
                if row is not None:
                    break
                row = conn.execute(
                    select(*_LIST_COLUMNS).where(column == key).order_by(documents.c.version.desc()).limit(1)
                ).first()
        return _row_to_document(row) if row else None

    def raw(self, doc_id: str) -> tuple[bytes, str] | None:
        with self.db.read() as conn:
            row = conn.execute(select(documents.c.raw, documents.c.raw_type).where(documents.c.id == doc_id)).first()
        if row is None or row.raw is None:
            return None
        return zlib.decompress(row.raw), row.raw_type

    def versions(self, doc_id: str) -> list[Document]:
        doc = self.get(doc_id)
        if doc is None or not doc.canonical_url:
            return [doc] if doc else []
        with self.db.read() as conn:
            rows = conn.execute(
                select(*_LIST_COLUMNS).where(documents.c.canonical_url == doc.canonical_url).order_by(documents.c.version)
            ).all()
        return [_row_to_document(r) for r in rows]

    def count(self, *, latest_only: bool = False, publisher: str | None = None, query: str | None = None,
              since: date | None = None, until: date | None = None) -> int:
        q = self._filtered(select(func.count()).select_from(documents), latest_only=latest_only,
                           publisher=publisher, query=query, since=since, until=until)
        with self.db.read() as conn:
            return int(conn.execute(q).scalar_one())

    @staticmethod
    def _filtered(q: Select[Any], *, latest_only: bool, publisher: str | None, query: str | None,
                  since: date | None = None, until: date | None = None) -> Select[Any]:
        """``since``/``until``: the publication date's range (an undated document is outside any range)."""
        if since:
            q = q.where(documents.c.published >= since)
        if until:
            q = q.where(documents.c.published <= until)
        if latest_only:
            q = q.where(documents.c.is_latest.is_(True))
        if publisher:
            q = q.where(documents.c.publisher == publisher)
        if query:
            like = f"%{like_escape(query)}%"
            q = q.where(or_(documents.c.title.ilike(like, escape="\\"), documents.c.text.ilike(like, escape="\\")))
        return q

    def list(
        self,
        *,
        limit: int = 50,
        after: tuple[str | None, str] | None = None,
        publisher: str | None = None,
        query: str | None = None,
        latest_only: bool = True,
        since: date | None = None,
        until: date | None = None,
    ) -> builtins.list[Document]:
        """Newest first, keyset-paginated on (published, id)."""
        q = self._filtered(select(*_LIST_COLUMNS), latest_only=latest_only, publisher=publisher, query=query,
                           since=since, until=until)
        with self.db.read() as conn:
            rows = newest_first_page(conn, q, documents.c.published, documents.c.id, after, limit)
        return [_row_to_document(r) for r in rows]

    def by_ids(self, ids: Iterable[str], *, head: int | None = None) -> builtins.list[Document]:
        """The documents with these ids (``head``: only the first characters of their text; ``0``: none)."""
        ids = builtins.list(dict.fromkeys(ids))
        cols = [c for c in _LIST_COLUMNS if c.name != "text"]
        text = documents.c.text if head is None else func.substr(documents.c.text, 1, head)
        out: builtins.list[Document] = []
        with self.db.read() as conn:
            for k in range(0, len(ids), 500):
                q = select(*cols, text.label("text")) if head != 0 else select(*cols, literal("").label("text"))
                out.extend(_row_to_document(r) for r in conn.execute(q.where(documents.c.id.in_(ids[k:k + 500]))))
        return out

    def publication_facts(self, ids: Iterable[str]) -> builtins.list[_Facts]:
        """(id, publisher, url, published, the publishers of its verbatim copies) of the documents with these
        ids: what placing their reports needs, read without the rest of the row."""
        ids = builtins.list(dict.fromkeys(ids))
        out: builtins.list[_Facts] = []
        cols = (documents.c.id, documents.c.publisher, documents.c.url, documents.c.published, documents.c.meta)
        with self.db.read() as conn:
            for k in range(0, len(ids), 500):
                for doc_id, publisher, url, published, meta in conn.execute(
                        select(*cols).where(documents.c.id.in_(ids[k:k + 500]))):
                    copies = [c["publisher"] for c in (meta or {}).get("copies") or [] if c.get("publisher")]
                    out.append((doc_id, publisher, url, published, copies))
        return out

    def iter_all(self, *, batch_size: int = 500, latest_only: bool = False, status: str | None = None) -> Iterator[Document]:
        """Every document in id order, read in batches (constant memory)."""
        last = ""
        while True:
            q = select(*_LIST_COLUMNS).where(documents.c.id > last)
            if latest_only:
                q = q.where(documents.c.is_latest.is_(True))
            if status:
                q = q.where(documents.c.status == status)
            with self.db.read() as conn:
                rows = conn.execute(q.order_by(documents.c.id).limit(batch_size)).all()
            if not rows:
                return
            for r in rows:
                yield _row_to_document(r)
            last = rows[-1].id

    def ids_with_hashes(self, hashes: builtins.list[str]) -> set[str]:
        with self.db.read() as conn:
            rows = conn.execute(select(documents.c.content_hash).where(documents.c.content_hash.in_(hashes)))
            return {r.content_hash for r in rows}

    def publishers(self) -> builtins.list[tuple[str, int]]:
        with self.db.read() as conn:
            rows = conn.execute(
                select(documents.c.publisher, func.count())
                .where(documents.c.publisher.is_not(None))
                .group_by(documents.c.publisher)
                .order_by(func.count().desc())
            )
            return [(r[0], r[1]) for r in rows]

    # --- derivation ----------------------------------------------------
    def iter_underived(self, key: str, *, status: str = "ok", batch_size: int = 500) -> Iterator[Document]:
        """Documents with ``status`` not yet extracted with the derivation ``key`` (never extracted, or
        with another extractor or case file), in id order, read in batches (constant memory). Documents
        extracted while this runs drop out of the query; the walk goes on after the last id it gave."""
        last = ""
        stale = or_(documents.c.extractor_version.is_(None), documents.c.extractor_version < key,
                    documents.c.extractor_version > key)
        while True:
            q = (select(*_LIST_COLUMNS).where(documents.c.status == status, stale, documents.c.id > last)
                 .order_by(documents.c.id).limit(batch_size))
            with self.db.read() as conn:
                rows = conn.execute(q).all()
            if not rows:
                return
            for r in rows:
                yield _row_to_document(r)
            last = rows[-1].id

    def count_underived(self, key: str, *, status: str = "ok") -> int:
        stale = or_(documents.c.extractor_version.is_(None), documents.c.extractor_version < key,
                    documents.c.extractor_version > key)
        with self.db.read() as conn:
            return conn.execute(select(func.count()).select_from(documents)
                                .where(documents.c.status == status, stale)).scalar_one()

    # --- ingest runs ---------------------------------------------------
    def start_run(self, kind: str, args: dict[str, Any] | None = None, *, host: str | None = None,
                  pid: int | None = None) -> int:
        stamp = now()
        with self.db.write() as conn:
            return int(inserted_id(conn.execute(
                ingest_runs.insert().values(kind=kind, started_at=stamp, args=args, status="running", stage="read",
                                            host=host, pid=pid, heartbeat_at=stamp))))

    def set_stage(self, run_id: int, stage: str) -> None:
        """The run has reached ``stage`` (read, extract, resolve); also a sign of life."""
        with self.db.write() as conn:
            conn.execute(update(ingest_runs).where(ingest_runs.c.id == run_id)
                         .values(stage=stage, heartbeat_at=now()))

    def heartbeat(self, run_id: int) -> None:
        with self.db.write() as conn:
            conn.execute(update(ingest_runs).where(ingest_runs.c.id == run_id).values(heartbeat_at=now()))

    def record_counts(self, run_id: int, *, added: int, versions: int, unchanged: int, failed: int) -> None:
        """What the run stored, written as soon as it is known (a run killed later keeps its figures)."""
        with self.db.write() as conn:
            conn.execute(update(ingest_runs).where(ingest_runs.c.id == run_id)
                         .values(added=added, versions=versions, unchanged=unchanged, failed=failed,
                                 heartbeat_at=now()))

    def finish_run(self, run_id: int, *, added: int, versions: int, unchanged: int, failed: int, status: str,
                   stage: str | None = None) -> None:
        values = dict(finished_at=now(), added=added, versions=versions, unchanged=unchanged, failed=failed,
                      status=status, heartbeat_at=now())
        if stage is not None:
            values["stage"] = stage
        with self.db.write() as conn:
            conn.execute(update(ingest_runs).where(ingest_runs.c.id == run_id).values(**values))

    def running_runs(self) -> builtins.list[IngestRun]:
        """Runs recorded as running: still going, or killed before they could say otherwise."""
        with self.db.read() as conn:
            rows = conn.execute(select(ingest_runs).where(ingest_runs.c.status == "running")
                                .order_by(ingest_runs.c.id))
            return [IngestRun(**r._mapping) for r in rows]

    def mark_died(self, run_ids: builtins.list[int]) -> None:
        """Runs whose process is gone: ``died``, ended at their last sign of life, stage kept."""
        if not run_ids:
            return
        with self.db.write() as conn:
            conn.execute(update(ingest_runs)
                         .where(ingest_runs.c.id.in_(run_ids), ingest_runs.c.status == "running")
                         .values(status="died", finished_at=ingest_runs.c.heartbeat_at))

    def runs(self, limit: int = 20) -> builtins.list[IngestRun]:
        """The last ``limit`` runs, newest first."""
        with self.db.read() as conn:
            rows = conn.execute(select(ingest_runs).order_by(ingest_runs.c.id.desc()).limit(limit))
            return [IngestRun(**r._mapping) for r in rows]
