"""Human review: decisions on mentions and incidents, each with an audit row (who, when, why).

Every method is one write transaction: the change and its audit row land together or not at all.
Decisions are made durable by flags the machine never overwrites: ``reviewed`` mentions survive
re-extraction, and pinned incident memberships and reviewed incidents survive re-resolution.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, select, update

from tangible.errors import E, InputError, NotFound
from tangible.models import Review
from tangible.store.db import Database, inserted_id
from tangible.store.documents import now
from tangible.store.pipeline import advance_mentions
from tangible.store.rating_days import forget_days, forget_incidents, forget_mentions
from tangible.store.schema import incident_groups, incident_mentions, incidents, mentions, reviews

# Mention fields an analyst may correct, and the columns they live in.
MENTION_FIELDS = ("type", "modality", "acled_subtype", "source", "target", "groups", "location", "date",
                  "date_precision", "quantities")
INCIDENT_FIELDS = ("type", "acled_subtype", "date", "date_precision", "location", "source", "target", "groups",
                   "quantities")


def _columns(changes: dict[str, Any]) -> dict[str, Any]:
    """Map record-shaped changes ({"source": {"id":..,"text":..}, "date": "2026-01-02"}) to columns."""
    values: dict[str, Any] = {}
    for key, value in changes.items():
        if key in ("source", "target"):
            values[f"{key}_actor"] = value.get("id") if value else None
            values[f"{key}_text"] = value.get("text") if value else None
        elif key == "location":
            values["location"] = value
            values["country"] = value.get("country") if value else None
            values["admin1"] = value.get("admin1") if value else None
        elif key == "date":
            values["date"] = date.fromisoformat(value) if isinstance(value, str) else value
        else:
            values[key] = value
    return values


_HISTORY_OF = (select(reviews)
               .where(reviews.c.object_kind == bindparam("kind"), reviews.c.object_id == bindparam("id"))
               .order_by(reviews.c.id.desc()).limit(bindparam("limit")))


class ReviewRepository:
    def __init__(self, db: Database):
        self.db = db

    @staticmethod
    def _audit(conn: Connection, kind: str, object_id: str, action: str, changes: dict[str, Any] | None,
               reviewer: str, reason: str | None) -> int:
        # a decision changes what resolution reads: the next run resolves again, around the mention's
        # document; a decision on incidents reshapes them, and the next run resolves everything
        if kind == "mention":
            doc = conn.execute(select(mentions.c.doc_id).where(mentions.c.id == object_id)).scalar()
            advance_mentions(conn, [doc] if doc else ())
        else:
            advance_mentions(conn, everything=True)
        return int(inserted_id(conn.execute(reviews.insert().values(
            object_kind=kind, object_id=object_id, action=action, changes=changes,
            reviewer=reviewer, reason=reason, created_at=now()))))

    # --- mentions ------------------------------------------------------
    def review_mention(self, mention_id: str, action: str, *, reviewer: str, reason: str | None = None,
                       changes: dict[str, Any] | None = None) -> int:
        status = {"confirm": "confirmed", "reject": "rejected", "correct": "corrected"}[action]
        with self.db.write() as conn:
            if conn.execute(select(mentions.c.id).where(mentions.c.id == mention_id)).first() is None:
                raise NotFound(f"No mention with id {mention_id!r}.", "List mentions with `tangible export mentions`.")
            values = _columns(changes or {}) if action == "correct" else {}
            forget_mentions(conn, [mention_id])
            conn.execute(update(mentions).where(mentions.c.id == mention_id)
                         .values(reviewed=True, review_status=status, **values))
            return self._audit(conn, "mention", mention_id, action, changes, reviewer, reason)

    # --- incidents -----------------------------------------------------
    def _require(self, conn: Connection, incident_id: str) -> None:
        if conn.execute(select(incidents.c.id).where(incidents.c.id == incident_id)).first() is None:
            raise NotFound(f"No incident with id {incident_id!r}.", "List incidents with `tangible export incidents`.")

    def review_incident(self, incident_id: str, action: str, *, reviewer: str, reason: str | None = None,
                        changes: dict[str, Any] | None = None) -> int:
        """Confirm, reject or correct an incident; its current mentions are pinned to it."""
        status = {"confirm": "confirmed", "reject": "rejected", "correct": "corrected"}[action]
        with self.db.write() as conn:
            self._require(conn, incident_id)
            values = _columns(changes or {}) if action == "correct" else {}
            forget_incidents(conn, [incident_id])
            forget_days(conn, [values.get("date")])
            conn.execute(update(incidents).where(incidents.c.id == incident_id)
                         .values(reviewed=True, review_status=status, updated_at=now(), **values))
            if "groups" in values:
                conn.execute(delete(incident_groups).where(incident_groups.c.incident_id == incident_id))
                if values["groups"]:
                    conn.execute(incident_groups.insert(),
                                 [{"incident_id": incident_id, "group_id": g} for g in values["groups"]])
            conn.execute(update(incident_mentions).where(incident_mentions.c.incident_id == incident_id)
                         .values(pinned=True))
            return self._audit(conn, "incident", incident_id, action, changes, reviewer, reason)

    def merge(self, into: str, others: list[str], *, reviewer: str, reason: str | None = None) -> int:
        """Move every mention of ``others`` into ``into`` (pinned) and delete the others."""
        with self.db.write() as conn:
            self._require(conn, into)
            for other in others:
                self._require(conn, other)
            forget_incidents(conn, [into, *others])
            moving = [r.mention_id for r in conn.execute(
                select(incident_mentions.c.mention_id).where(incident_mentions.c.incident_id.in_(others)))]
            have = {r.mention_id for r in conn.execute(
                select(incident_mentions.c.mention_id).where(incident_mentions.c.incident_id == into))}
            conn.execute(update(incident_mentions).where(incident_mentions.c.incident_id == into).values(pinned=True))
            conn.execute(delete(incidents).where(incidents.c.id.in_(others)))
            new = sorted(set(moving) - have)
            if new:
                conn.execute(incident_mentions.insert(),
                             [{"incident_id": into, "mention_id": m, "pinned": True} for m in new])
            conn.execute(update(incidents).where(incidents.c.id == into).values(updated_at=now()))
            return self._audit(conn, "incident", into, "merge", {"merged": list(others), "mentions": new},
                               reviewer, reason)

    def split(self, incident_id: str, mention_ids: list[str], new_id: str, *, reviewer: str,
              reason: str | None = None) -> int:
        """Move ``mention_ids`` out of an incident into a new one; both keep their mentions pinned."""
        with self.db.write() as conn:
            self._require(conn, incident_id)
            have = {r.mention_id for r in conn.execute(
                select(incident_mentions.c.mention_id).where(incident_mentions.c.incident_id == incident_id))}
            forget_incidents(conn, [incident_id])
            missing = [m for m in mention_ids if m not in have]
            if missing:
                raise InputError(f"Mentions {', '.join(missing)} are not part of incident {incident_id!r}.",
                                 "Show the incident to see its mention ids.", code=E.SPLIT_MENTIONS_NOT_IN_INCIDENT)
            if not mention_ids or set(mention_ids) >= have:
                raise InputError("A split must leave at least one mention on each side.", code=E.SPLIT_EMPTY_SIDE)
            row = dict(conn.execute(select(incidents).where(incidents.c.id == incident_id)).one()._mapping)
            row.update(id=new_id, reviewed=False, review_status=None, created_at=now(), updated_at=now())
            conn.execute(incidents.insert().values(**row))
            conn.execute(delete(incident_mentions).where(incident_mentions.c.incident_id == incident_id,
                                                         incident_mentions.c.mention_id.in_(mention_ids)))
            conn.execute(incident_mentions.insert(),
                         [{"incident_id": new_id, "mention_id": m, "pinned": True} for m in mention_ids])
            conn.execute(update(incident_mentions).where(incident_mentions.c.incident_id == incident_id)
                         .values(pinned=True))
            return self._audit(conn, "incident", incident_id, "split", {"new_incident": new_id, "mentions": mention_ids},
                               reviewer, reason)

    # --- reading -------------------------------------------------------
    def reviewed_objects(self) -> frozenset[tuple[str, str]]:
        """Every (kind, id) with at least one recorded decision."""
        with self.db.read() as conn:
            rows = conn.execute(select(reviews.c.object_kind, reviews.c.object_id).distinct()).all()
        return frozenset((k, i) for k, i in rows)

    def history(self, *, kind: str | None = None, object_id: str | None = None, limit: int = 100) -> list[Review]:
        """Decisions, newest first (on one kind of object, or one object, when asked)."""
        if kind and object_id:  # what every incident and commitment page asks
            q, params = _HISTORY_OF, {"kind": kind, "id": object_id, "limit": limit}
        else:
            q, params = select(reviews), {}
            if kind:
                q = q.where(reviews.c.object_kind == kind)
            if object_id:
                q = q.where(reviews.c.object_id == object_id)
            q = q.order_by(reviews.c.id.desc()).limit(limit)
        with self.db.read() as conn:
            rows = conn.execute(q, params).all()
        return [Review(id=r.id, object_kind=r.object_kind, object_id=r.object_id, action=r.action,
                       changes=r.changes, reviewer=r.reviewer, reason=r.reason, created_at=r.created_at)
                for r in rows]

    def incident_corrections(self) -> dict[str, list[dict[str, Any]]]:
        """Every correction made to incidents, oldest first, to replay after re-resolution."""
        with self.db.read() as conn:
            rows = conn.execute(select(reviews.c.object_id, reviews.c.changes)
                                .where(reviews.c.object_kind == "incident", reviews.c.action == "correct")
                                .order_by(reviews.c.id)).all()
        out: dict[str, list[dict[str, Any]]] = {}
        for r in rows:
            out.setdefault(r.object_id, []).append(r.changes or {})
        return out

    def count(self) -> int:
        with self.db.read() as conn:
            return conn.execute(select(func.count()).select_from(reviews)).scalar_one()
