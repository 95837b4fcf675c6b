"""What is left to derive: the change counter of mentions, the change resolution caught up with, the
documents changed since, and what the last resolution produced.

Every write that changes mentions (extraction, a reviewer's decision) advances ``mentions_generation``
in its own transaction and queues the documents it touched; resolution records the generation it read.
When the two differ, incidents are behind the mentions (a run died between extracting and resolving,
or never got to resolve) and the next run resolves: around the queued documents only when the recorded
output of the last resolution (``resolved_links``) was made with the same resolver and case file,
else everything.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Connection, delete, func, or_, select, update

from tangible.store.db import Database
from tangible.store.schema import pipeline_state, resolution_queue, resolved_links


def advance_mentions(conn: Connection, doc_ids: Iterable[str] = (), *, everything: bool = False) -> None:
    """Inside a write transaction that changed mentions (of ``doc_ids``). ``everything``: the change is
    not confined to documents (an analyst reshaped incidents): the next resolution resolves all."""
    values: dict[str, Any] = {"mentions_generation": pipeline_state.c.mentions_generation + 1}
    if everything:
        values["resolved_key"] = None
    conn.execute(update(pipeline_state).where(pipeline_state.c.id == 1).values(**values))
    queue_documents(conn, doc_ids)


def queue_documents(conn: Connection, doc_ids: Iterable[str]) -> None:
    """Queue documents whose mentions or facts changed, for the next resolution."""
    rows = [{"doc_id": d} for d in dict.fromkeys(doc_ids)]
    if rows:
        conn.execute(resolution_queue.insert(), rows)


LinkRow = tuple[str, str, str, "date | None", "str | None", "str | None"]  # mention, doc, type, day, incident, role


class PipelineStateRepository:
    def __init__(self, db: Database):
        self.db = db

    def generations(self) -> tuple[int, int]:
        """(mentions generation, generation resolution last caught up with)."""
        with self.db.read() as conn:
            row = conn.execute(select(pipeline_state.c.mentions_generation, pipeline_state.c.resolved_generation)
                               .where(pipeline_state.c.id == 1)).first()
        return (row[0], row[1]) if row else (0, 0)

    def resolution_due(self) -> bool:
        changed, resolved = self.generations()
        return changed != resolved

    def mark_resolved(self, generation: int) -> None:
        """Resolution read the mentions at ``generation`` and wrote its incidents."""
        with self.db.write() as conn:
            conn.execute(update(pipeline_state).where(pipeline_state.c.id == 1,
                                                      pipeline_state.c.resolved_generation < generation)
                         .values(resolved_generation=generation))

    # --- what the last resolution produced ------------------------------------
    def resolved_key(self) -> str | None:
        with self.db.read() as conn:
            return conn.execute(select(pipeline_state.c.resolved_key).where(pipeline_state.c.id == 1)).scalar()

    def queued(self) -> tuple[int, list[str]]:
        """(last queue position, the queued documents)."""
        with self.db.read() as conn:
            rows = conn.execute(select(resolution_queue.c.id, resolution_queue.c.doc_id)
                                .order_by(resolution_queue.c.id)).all()
        return (rows[-1][0] if rows else 0), list(dict.fromkeys(r[1] for r in rows))

    def queue_length(self) -> int:
        with self.db.read() as conn:
            return conn.execute(select(func.count()).select_from(resolution_queue)).scalar_one()

    def record_all(self, rows: list[LinkRow], key: str, upto: int, *, batch: int = 5000) -> None:
        """Record a full resolution's output, made with ``key``; the queue up to ``upto`` is done."""
        with self.db.write() as conn:
            conn.execute(delete(resolved_links))
            for k in range(0, len(rows), batch):
                conn.execute(resolved_links.insert(), [_link(r) for r in rows[k:k + batch]])
            conn.execute(delete(resolution_queue).where(resolution_queue.c.id <= upto))
            conn.execute(update(pipeline_state).where(pipeline_state.c.id == 1).values(resolved_key=key))

    def record_some(self, mention_ids: Iterable[str], rows: list[LinkRow], upto: int) -> None:
        """Replace the recorded output of ``mention_ids`` by ``rows``; the queue up to ``upto`` is done.

        Only the difference is written: a recorded row that ``rows`` has again stays (one article changes a
        few of the thousand rows around it, and each row written costs six index updates)."""
        ids = list(dict.fromkeys(mention_ids))
        wanted = Counter(tuple(r) for r in rows)
        with self.db.write() as conn:
            stale: list[int] = []
            for k in range(0, len(ids), 500):
                for row_id, *link in conn.execute(
                        select(resolved_links.c.id, *_LINK_COLUMNS.selected_columns)
                        .where(resolved_links.c.mention_id.in_(ids[k:k + 500]))):
                    key = tuple(link)
                    if wanted[key] > 0:
                        wanted[key] -= 1  # recorded already
                    else:
                        stale.append(row_id)
            for k in range(0, len(stale), 500):
                conn.execute(delete(resolved_links).where(resolved_links.c.id.in_(stale[k:k + 500])))
            fresh = []
            for r in rows:  # in their order, the rows not recorded yet
                if wanted[tuple(r)] > 0:
                    wanted[tuple(r)] -= 1
                    fresh.append(_link(r))
            if fresh:
                conn.execute(resolved_links.insert(), fresh)
            conn.execute(delete(resolution_queue).where(resolution_queue.c.id <= upto))

    def links_of_documents(self, doc_ids: list[str]) -> list[LinkRow]:
        return self._links(resolved_links.c.doc_id, doc_ids)

    def links_of_incidents(self, incident_ids: list[str]) -> list[LinkRow]:
        return self._links(resolved_links.c.incident_id, incident_ids)

    def links_of_mentions(self, mention_ids: list[str]) -> list[LinkRow]:
        return self._links(resolved_links.c.mention_id, mention_ids)

    def _links(self, column: Any, values: list[str]) -> list[LinkRow]:
        out: list[LinkRow] = []
        values = list(dict.fromkeys(values))
        with self.db.read() as conn:
            for k in range(0, len(values), 500):
                out.extend(tuple(r) for r in conn.execute(_LINK_COLUMNS.where(column.in_(values[k:k + 500]))))
        return out

    def links_in_window(self, types: Iterable[str], lo: date, hi: date, *, role: str | None = None,
                        not_role: str | None = None) -> list[LinkRow]:
        """Recorded rows of mentions of ``types`` whose day is from ``lo`` to ``hi`` (``role``: only those;
        ``not_role``: all but those)."""
        q = _LINK_COLUMNS.where(resolved_links.c.type.in_(sorted(set(types))), resolved_links.c.day >= lo,
                                resolved_links.c.day <= hi)
        if role:
            q = q.where(resolved_links.c.role == role)
        if not_role:
            q = q.where(or_(resolved_links.c.role.is_(None), resolved_links.c.role != not_role))
        with self.db.read() as conn:
            return [tuple(r) for r in conn.execute(q)]

    def undated_types(self) -> set[str]:
        """The types of the recorded mentions that have no day (no date, and a document with no publication date)."""
        with self.db.read() as conn:
            return {r[0] for r in conn.execute(select(resolved_links.c.type).where(resolved_links.c.day.is_(None))
                                               .distinct())}

    def undated_recorded(self) -> bool:
        """Whether any recorded mention has no day (no date and an undated document)."""
        with self.db.read() as conn:
            return conn.execute(select(resolved_links.c.id).where(resolved_links.c.day.is_(None)).limit(1)).first() is not None


_LINK_COLUMNS = select(resolved_links.c.mention_id, resolved_links.c.doc_id, resolved_links.c.type,
                       resolved_links.c.day, resolved_links.c.incident_id, resolved_links.c.role)


def _link(r: LinkRow) -> dict[str, Any]:
    return {"mention_id": r[0], "doc_id": r[1], "type": r[2], "day": r[3], "incident_id": r[4], "role": r[5]}
