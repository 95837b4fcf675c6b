"""Sources (feeds, pages) with their polling state, and the record of every fetch."""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, overload

from sqlalchemy import delete, func, or_, select, update

from tangible.errors import E, InputError, RecordRejected
from tangible.store.db import Database, inserted_id
from tangible.store.schema import documents, fetches, sources


def now() -> datetime:
    return datetime.now(timezone.utc)


@overload
def _aware(value: datetime) -> datetime: ...
@overload
def _aware(value: datetime | None) -> datetime | None: ...
def _aware(value: datetime | None) -> datetime | None:
    # SQLite gives back naive datetimes; everything stored is UTC.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value


@dataclass(slots=True)
class Source:
    id: int
    kind: str
    url: str
    publisher: str | None
    every_seconds: int | None
    active: bool
    etag: str | None
    last_modified: str | None
    last_polled_at: datetime | None
    next_due_at: datetime | None
    created_at: datetime
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "url": self.url,
            "publisher": self.publisher,
            "every_seconds": self.every_seconds,
            "active": self.active,
            "etag": self.etag,
            "last_modified": self.last_modified,
            "last_polled_at": self.last_polled_at,
            "next_due_at": self.next_due_at,
            "created_at": self.created_at,
        }


@dataclass(slots=True)
class Fetch:
    id: int
    source_id: int | None
    url: str
    fetched_at: datetime
    status_code: int | None
    bytes: int | None
    elapsed_ms: int | None
    outcome: str
    error: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "source_id": self.source_id, "url": self.url,
            "fetched_at": self.fetched_at.isoformat(), "status_code": self.status_code, "bytes": self.bytes,
            "elapsed_ms": self.elapsed_ms, "outcome": self.outcome, "error": self.error,
        }


def _source(row: Any) -> Source:
    m = row._mapping
    return Source(
        id=m["id"], kind=m["kind"], url=m["url"], publisher=m["publisher"], every_seconds=m["every_seconds"],
        active=bool(m["active"]), etag=m["etag"], last_modified=m["last_modified"],
        last_polled_at=_aware(m["last_polled_at"]), next_due_at=_aware(m["next_due_at"]),
        created_at=_aware(m["created_at"]), meta=dict(m["meta"] or {}),
    )


def _fetch(row: Any) -> Fetch:
    m = row._mapping
    return Fetch(id=m["id"], source_id=m["source_id"], url=m["url"], fetched_at=_aware(m["fetched_at"]),
                 status_code=m["status_code"], bytes=m["bytes"], elapsed_ms=m["elapsed_ms"], outcome=m["outcome"],
                 error=m["error"])


class SourceRepository:
    def __init__(self, db: Database):
        self.db = db

    # --- sources -------------------------------------------------------
    def add(self, kind: str, url: str, *, publisher: str | None = None, every_seconds: int | None = None,
            meta: dict[str, Any] | None = None) -> Source:
        with self.db.read() as conn:
            existing = conn.execute(select(sources.c.id).where(sources.c.kind == kind, sources.c.url == url)).first()
        if existing:
            raise InputError(f"{url} is already registered as {kind} source {existing.id}.",
                             "See `tangible source list`.", code=E.SOURCE_EXISTS)
        created = now()
        try:
            with self.db.write() as conn:
                new_id = inserted_id(conn.execute(
                    sources.insert().values(kind=kind, url=url, publisher=publisher, every_seconds=every_seconds,
                                            active=True, created_at=created, next_due_at=created, meta=meta)))
                added = _source(conn.execute(select(sources).where(sources.c.id == new_id)).one())
        except RecordRejected as exc:  # added by someone else a moment ago
            raise InputError(f"{url} is already registered as a {kind} source.", "See `tangible source list`.",
                             code=E.SOURCE_EXISTS) from exc
        return added

    def get(self, source_id: int) -> Source | None:
        with self.db.read() as conn:
            row = conn.execute(select(sources).where(sources.c.id == source_id)).first()
        return _source(row) if row else None

    def find(self, url: str) -> builtins.list[Source]:
        with self.db.read() as conn:
            rows = conn.execute(select(sources).where(sources.c.url == url).order_by(sources.c.id)).all()
        return [_source(r) for r in rows]

    def list(self, *, kind: str | None = None, active: bool | None = None) -> list[Source]:
        q = select(sources)
        if kind:
            q = q.where(sources.c.kind == kind)
        if active is not None:
            q = q.where(sources.c.active.is_(active))
        with self.db.read() as conn:
            return [_source(r) for r in conn.execute(q.order_by(sources.c.id))]

    def due(self, at: datetime | None = None, kind: str = "feed") -> builtins.list[Source]:
        """Active sources of ``kind`` never polled or whose next poll time has come, most overdue first."""
        at = at or now()
        q = (select(sources)
             .where(sources.c.kind == kind, sources.c.active.is_(True),
                    or_(sources.c.next_due_at.is_(None), sources.c.next_due_at <= at))
             .order_by(sources.c.next_due_at, sources.c.id))
        with self.db.read() as conn:
            return [_source(r) for r in conn.execute(q)]

    def next_due_at(self, kind: str = "feed") -> datetime | None:
        with self.db.read() as conn:
            value = conn.execute(
                select(func.min(sources.c.next_due_at)).where(sources.c.kind == kind, sources.c.active.is_(True))
            ).scalar()
        return _aware(value)

    def remove(self, source_id: int) -> bool:
        """Delete the source. Its documents and fetch records stay (their source id becomes empty)."""
        with self.db.write() as conn:
            # Explicit, so the result is the same whether or not the database enforces foreign keys.
            conn.execute(update(documents).where(documents.c.source_id == source_id).values(source_id=None))
            conn.execute(update(fetches).where(fetches.c.source_id == source_id).values(source_id=None))
            return conn.execute(delete(sources).where(sources.c.id == source_id)).rowcount > 0

    def set_active(self, source_id: int, active: bool) -> None:
        with self.db.write() as conn:
            conn.execute(update(sources).where(sources.c.id == source_id).values(active=active))

    def mark_polled(self, source_id: int, *, polled_at: datetime, next_due_at: datetime | None,
                    etag: str | None = None, last_modified: str | None = None, update_validators: bool = False,
                    meta: dict[str, Any] | None = None) -> None:
        """Record a poll. Validators (ETag / Last-Modified) change only when ``update_validators``."""
        values: dict[str, Any] = {"last_polled_at": polled_at, "next_due_at": next_due_at}
        if update_validators:
            values.update(etag=etag, last_modified=last_modified)
        if meta is not None:
            values["meta"] = meta
        with self.db.write() as conn:
            conn.execute(update(sources).where(sources.c.id == source_id).values(**values))

    # --- fetches -------------------------------------------------------
    def record_fetch(self, *, source_id: int | None, url: str, fetched_at: datetime, status_code: int | None,
                     size: int | None, elapsed_ms: int | None, outcome: str, error: str | None) -> None:
        with self.db.write() as conn:
            if source_id is not None and conn.execute(
                    select(sources.c.id).where(sources.c.id == source_id)).first() is None:
                source_id = None  # the source was removed while it was being fetched
            conn.execute(fetches.insert().values(
                source_id=source_id, url=url, fetched_at=fetched_at, status_code=status_code, bytes=size,
                elapsed_ms=elapsed_ms, outcome=outcome[:32], error=error,
            ))

    def recent_fetches(self, source_id: int | None = None, limit: int = 10) -> builtins.list[Fetch]:
        q = select(fetches)
        if source_id is not None:
            q = q.where(fetches.c.source_id == source_id)
        with self.db.read() as conn:
            rows = conn.execute(q.order_by(fetches.c.fetched_at.desc(), fetches.c.id.desc()).limit(limit)).all()
        return [_fetch(r) for r in rows]

    def fetch_count(self, source_id: int | None = None) -> int:
        q = select(func.count()).select_from(fetches)
        if source_id is not None:
            q = q.where(fetches.c.source_id == source_id)
        with self.db.read() as conn:
            return conn.execute(q).scalar_one()
