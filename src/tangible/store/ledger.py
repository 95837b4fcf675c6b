"""Commitments and their rating snapshots."""

from __future__ import annotations

import builtins
from datetime import date
from typing import Any

from sqlalchemy import delete, select, update

from tangible.errors import E, InputError, NotFound
from tangible.models import Commitment, Contradiction, Rating
from tangible.store.db import Database
from tangible.store.documents import now
from tangible.store.rating_days import read_days, read_weighed, write_days
from tangible.store.schema import commitments, ratings

STATUSES = ("active", "proposed", "rejected")


def _contradiction(x: dict[str, Any]) -> Contradiction:
    return Contradiction(type=x["type"], **{k: tuple(x.get(k) or ()) for k in
                                            ("groups", "launched_from", "target_country", "by", "targets")})


def _row_to_commitment(row: Any) -> Commitment:
    m = row._mapping
    return Commitment(
        id=m["id"], by=m["by_actor"], to=[t for t in (m["to_actor"] or "").split(",") if t],
        made_on=m["made_on"], text=m["text"], source=m["source"] or "", groups=list(m["groups"] or []),
        action_types=list(m["action_types"] or []), territory=list(m["territory"] or []),
        contradicted_by=[_contradiction(x) for x in (m["contradicted_by"] or [])],
        status=m["status"], origin=m["origin"], mention_id=m["mention_id"],
    )


def _values(c: Commitment) -> dict[str, Any]:
    return dict(
        by_actor=c.by, to_actor=",".join(c.to) or None, made_on=c.made_on, text=c.text, source=c.source,
        groups=list(c.groups), action_types=list(c.action_types), territory=list(c.territory),
        contradicted_by=[{"type": x.type, "groups": list(x.groups), "launched_from": list(x.launched_from),
                          "target_country": list(x.target_country), "by": list(x.by), "targets": list(x.targets)}
                         for x in c.contradicted_by],
        origin=c.origin, mention_id=c.mention_id,
    )


def _row_to_rating(row: Any) -> Rating:
    m = row._mapping
    counts = dict(m["counts"] or {})
    period = counts.pop("_period", {})
    listed = counts.pop("_listed", {})
    return Rating(commitment_id=m["commitment_id"], at=m["at"], rating=m["rating"], counts=counts,
                            trend=m["trend"] or {}, reasons=list(m["reasons"] or []),
                            supporting=list(m["supporting"] or []), contradicting=list(m["contradicting"] or []),
                            period=period, not_counted=list(listed.get("not_counted") or []),
                            others=list(listed.get("others") or []), findings=list(listed.get("findings") or []),
                            standard=listed.get("standard") or "")


class LedgerRepository:
    def __init__(self, db: Database):
        self.db = db

    # --- commitments ---------------------------------------------------
    def upsert(self, items: list[Commitment]) -> dict[str, int]:
        """Insert new commitments; update the text of known ones but keep an analyst's status."""
        added = updated = 0
        with self.db.write() as conn:
            ids = [c.id for c in items]
            known = {r.id: r.status for k in range(0, len(ids), 500) for r in conn.execute(
                select(commitments.c.id, commitments.c.status).where(commitments.c.id.in_(ids[k:k + 500])))}
            for c in items:
                if c.id in known:
                    conn.execute(update(commitments).where(commitments.c.id == c.id).values(**_values(c)))
                    updated += 1
                else:
                    conn.execute(commitments.insert().values(id=c.id, status=c.status, created_at=now(), **_values(c)))
                    added += 1
        return {"added": added, "updated": updated}

    def remove_stale(self, origin: str, keep: set[str], *, among: set[str] | None = None) -> int:
        """Drop machine-made commitments of ``origin`` no longer found, unless an analyst decided on them
        (``among``: only looking at these ids)."""
        q = select(commitments.c.id).where(commitments.c.origin == origin, commitments.c.status == "proposed")
        if among is not None:  # only these: the others are not read
            q = q.where(commitments.c.id.in_(sorted(among)))
        with self.db.write() as conn:
            stale = [r.id for r in conn.execute(q) if r.id not in keep and (among is None or r.id in among)]
            if stale:
                conn.execute(delete(commitments).where(commitments.c.id.in_(stale)))
        return len(stale)

    def list(self, *, status: str | None = None, origin: str | None = None) -> builtins.list[Commitment]:
        q = select(commitments)
        if status:
            q = q.where(commitments.c.status == status)
        if origin:
            q = q.where(commitments.c.origin == origin)
        with self.db.read() as conn:
            return [_row_to_commitment(r) for r in conn.execute(q.order_by(commitments.c.made_on, commitments.c.id))]

    def get(self, commitment_id: str) -> Commitment | None:
        with self.db.read() as conn:
            row = conn.execute(select(commitments).where(commitments.c.id == commitment_id)).first()
        return _row_to_commitment(row) if row else None

    def set_status(self, commitment_id: str, status: str) -> Commitment:
        if status not in STATUSES:
            raise InputError(f"Unknown commitment status {status!r}.", f"Use one of: {', '.join(STATUSES)}.", code=E.UNKNOWN_COMMITMENT_STATUS)
        with self.db.write() as conn:
            res = conn.execute(update(commitments).where(commitments.c.id == commitment_id).values(status=status))
            if res.rowcount == 0:
                raise NotFound(f"No commitment with id {commitment_id!r}.", "See `tangible commitments list`.")
        found = self.get(commitment_id)
        if found is None:  # removed meanwhile
            raise NotFound(f"No commitment with id {commitment_id!r}.", "See `tangible commitments list`.")
        return found

    def accept(self, commitment_id: str) -> Commitment:
        return self.set_status(commitment_id, "active")

    def reject(self, commitment_id: str) -> Commitment:
        return self.set_status(commitment_id, "rejected")

    # --- per-day counts --------------------------------------------------
    def day_counts(self, rule_key: str, lo: date, hi: date) -> dict[date, tuple[int, int]]:
        """The (supporting, contradicting) counts stored for ``rule_key``, by day from ``lo`` to ``hi``: a day
        missing was never counted, or a write to its incidents cleared it."""
        with self.db.read() as conn:
            return read_days(conn, rule_key, lo, hi)

    def weighed_days(self, rule_key: str, lo: date, hi: date) -> dict[date, builtins.list[builtins.list[Any]]]:
        """The incidents stored for ``rule_key`` as a rating reads them ([id, kind, why, type, grade, groups,
        party] each), by day from ``lo`` to ``hi``: a day missing was never counted or was cleared since."""
        with self.db.read() as conn:
            return read_weighed(conn, rule_key, lo, hi)

    def save_day_counts(self, rule_key: str, counts: dict[date, tuple[int, int]],
                        weighed: dict[date, builtins.list[builtins.list[Any]]] | None = None) -> None:
        with self.db.write() as conn:
            write_days(conn, rule_key, counts, weighed or {})

    # --- rating snapshots ----------------------------------------------
    def save_ratings(self, items: builtins.list[Rating]) -> None:
        stamp = now()
        with self.db.write() as conn:
            for r in items:
                conn.execute(delete(ratings).where(ratings.c.commitment_id == r.commitment_id, ratings.c.at == r.at))
                conn.execute(ratings.insert().values(
                    commitment_id=r.commitment_id, at=r.at, rating=r.rating,
                    counts={**r.counts, "_period": r.period, "_listed": {
                        "not_counted": r.not_counted, "others": r.others, "findings": r.findings,
                        "standard": r.standard}}, trend=r.trend, reasons=r.reasons,
                    supporting=r.supporting, contradicting=r.contradicting, computed_at=stamp))

    def ratings(self, *, commitment_id: str | None = None, at: date | None = None) -> builtins.list[Rating]:
        q = select(ratings)
        if commitment_id:
            q = q.where(ratings.c.commitment_id == commitment_id)
        if at:
            q = q.where(ratings.c.at == at)
        with self.db.read() as conn:
            return [_row_to_rating(r) for r in conn.execute(q.order_by(ratings.c.commitment_id, ratings.c.at))]
