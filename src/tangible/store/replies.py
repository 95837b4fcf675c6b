"""Reader replies on incidents and commitments, held for moderation.

The email is written for moderators' records only: no read method returns it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, func, select, update

from tangible.errors import E, InputError, NotFound
from tangible.store.db import Database, inserted_id
from tangible.store.documents import now
from tangible.store.schema import replies

KINDS = ("incident", "commitment")
STATUSES = ("pending", "approved", "rejected")

# Every column but the email.
_PUBLIC_COLUMNS = [c for c in replies.c if c.name != "email"]
# every page asks for its replies: the statement is built once
_FOR_OBJECT = (select(*_PUBLIC_COLUMNS)
               .where(replies.c.object_kind == bindparam("kind"), replies.c.object_id == bindparam("id"),
                      replies.c.status == bindparam("status"))
               .order_by(replies.c.created_at, replies.c.id))


@dataclass(slots=True)
class Reply:
    id: int
    object_kind: str
    object_id: str
    name: str
    body: str
    status: str
    created_at: datetime
    moderated_by: str | None = None
    moderated_at: datetime | None = None

    def to_public(self) -> dict[str, Any]:
        """What readers see: name, date and text."""
        return {"id": self.id, "object_kind": self.object_kind, "object_id": self.object_id,
                "name": self.name, "body": self.body, "created_at": self.created_at}

    def to_moderation(self) -> dict[str, Any]:
        return {**self.to_public(), "status": self.status, "moderated_by": self.moderated_by,
                "moderated_at": self.moderated_at}


def _row(r: Any) -> Reply:
    m = r._mapping
    return Reply(m["id"], m["object_kind"], m["object_id"], m["name"], m["body"], m["status"], m["created_at"],
                 m["moderated_by"], m["moderated_at"])


class ReplyRepository:
    def __init__(self, db: Database):
        self.db = db

    def add(self, *, object_kind: str, object_id: str, name: str, email: str, body: str,
            client_hash: str | None) -> Reply:
        if object_kind not in KINDS:
            raise InputError(f"Replies attach to {' or '.join(KINDS)}, not {object_kind!r}.", code=E.REPLY_TARGET_KIND)
        created = now()
        with self.db.write() as conn:
            reply_id = inserted_id(conn.execute(replies.insert().values(
                object_kind=object_kind, object_id=object_id, name=name, email=email, body=body,
                status="pending", client_hash=client_hash, created_at=created)))
        return Reply(reply_id, object_kind, object_id, name, body, "pending", created)

    def recent_from(self, client_hash: str, window: timedelta) -> int:
        since = now() - window
        with self.db.read() as conn:
            return conn.execute(select(func.count()).select_from(replies).where(
                replies.c.client_hash == client_hash, replies.c.created_at >= since)).scalar_one()

    def objects_with(self, *, status: str = "approved") -> frozenset[tuple[str, str]]:
        """Every (kind, id) with at least one reply of ``status``."""
        with self.db.read() as conn:
            rows = conn.execute(select(replies.c.object_kind, replies.c.object_id).where(replies.c.status == status)
                                .distinct()).all()
        return frozenset((k, i) for k, i in rows)

    def for_object(self, object_kind: str, object_id: str, *, status: str = "approved") -> list[Reply]:
        with self.db.read() as conn:
            rows = conn.execute(_FOR_OBJECT, {"kind": object_kind, "id": object_id, "status": status}).all()
        return [_row(r) for r in rows]

    def list(self, *, status: str | None = None, limit: int = 200) -> list[Reply]:
        if status and status not in STATUSES:
            raise InputError(f"Unknown reply status {status!r}.", f"Use one of: {', '.join(STATUSES)}.", code=E.UNKNOWN_REPLY_STATUS)
        q = select(*_PUBLIC_COLUMNS)
        if status:
            q = q.where(replies.c.status == status)
        with self.db.read() as conn:
            return [_row(r) for r in conn.execute(q.order_by(replies.c.id.desc()).limit(limit))]

    def get(self, reply_id: int) -> Reply | None:
        with self.db.read() as conn:
            row = conn.execute(select(*_PUBLIC_COLUMNS).where(replies.c.id == reply_id)).first()
        return _row(row) if row else None

    def count(self, *, status: str | None = None) -> int:
        q = select(func.count()).select_from(replies)
        if status:
            q = q.where(replies.c.status == status)
        with self.db.read() as conn:
            return conn.execute(q).scalar_one()

    def moderate(self, reply_id: int, status: str, *, moderator: str) -> Reply:
        if status not in ("approved", "rejected"):
            raise InputError(f"A reply can be approved or rejected, not {status!r}.", code=E.UNKNOWN_REPLY_STATUS)
        with self.db.write() as conn:
            res = conn.execute(update(replies).where(replies.c.id == reply_id)
                               .values(status=status, moderated_by=moderator, moderated_at=now()))
            if res.rowcount == 0:
                raise NotFound(f"No reply with id {reply_id}.", "See the moderation queue.")
        return self.get(reply_id)  # type: ignore[return-value]
