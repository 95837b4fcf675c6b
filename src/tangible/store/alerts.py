"""Alert rules, the alerts they produce, and the outbox that delivers them (with its log)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Iterable

from sqlalchemy import Connection, Table, delete, func, select, update

from tangible.errors import E, InputError, NotFound, RecordRejected
from tangible.store.db import Database, inserted_id
from tangible.store.documents import now
from tangible.store.schema import alert_deliveries, alert_delivery_log, alert_marks, alert_rules, alerts


@dataclass(slots=True)
class AlertRule:
    id: int
    name: str
    owner: str
    filters: dict[str, str]
    triggers: list[str]
    emails: list[str]
    webhooks: list[str]
    webhook_secret: str | None
    feed_key: str
    digest: str
    state: dict[str, Any]
    created_at: datetime

    def to_dict(self, *, secrets: bool = False) -> dict[str, Any]:
        out = {"id": self.id, "name": self.name, "owner": self.owner, "filters": dict(self.filters),
               "triggers": list(self.triggers), "emails": list(self.emails), "webhooks": list(self.webhooks),
               "digest": self.digest, "created_at": self.created_at.isoformat() if self.created_at else None}
        if secrets:
            out["webhook_secret"] = self.webhook_secret
            out["feed_key"] = self.feed_key
        return out


@dataclass(slots=True)
class Alert:
    id: int
    rule_id: int
    key: str
    trigger: str
    subject_kind: str
    subject_id: str
    title: str
    payload: dict[str, Any]
    window: str | None
    created_at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "rule_id": self.rule_id, "key": self.key, "trigger": self.trigger,
                "subject_kind": self.subject_kind, "subject_id": self.subject_id, "title": self.title,
                "payload": self.payload, "window": self.window,
                "created_at": self.created_at.isoformat() if self.created_at else None}


@dataclass(slots=True)
class Delivery:
    id: int
    rule_id: int
    channel: str
    target: str
    key: str
    alert_ids: list[int]
    status: str
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    created_at: datetime
    delivered_at: datetime | None
    log: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        def iso(value: datetime | None) -> str | None:
            return value.isoformat() if value else None

        return {"id": self.id, "rule_id": self.rule_id, "channel": self.channel, "target": self.target,
                "key": self.key, "alert_ids": list(self.alert_ids), "status": self.status, "attempts": self.attempts,
                "next_attempt_at": iso(self.next_attempt_at), "last_error": self.last_error,
                "created_at": iso(self.created_at), "delivered_at": iso(self.delivered_at), "log": self.log}


@dataclass(slots=True)
class NewAlert:
    """An alert to record, with the mentions that identify its subject and the deliveries it needs now."""

    key: str
    trigger: str
    subject_kind: str
    subject_id: str
    title: str
    payload: dict[str, Any]
    window: str | None
    targets: list[tuple[str, str]]  # (channel, target) delivered at once; none for a digest rule


def _rule(row: Any) -> AlertRule:
    m = row._mapping
    return AlertRule(m["id"], m["name"], m["owner"], dict(m["filters"] or {}), list(m["triggers"] or []),
                     list(m["emails"] or []), list(m["webhooks"] or []), m["webhook_secret"], m["feed_key"],
                     m["digest"], dict(m["state"] or {}), m["created_at"])


def _alert(row: Any) -> Alert:
    m = row._mapping
    return Alert(m["id"], m["rule_id"], m["key"], m["trigger"], m["subject_kind"], m["subject_id"], m["title"],
                 dict(m["payload"] or {}), m["window"], m["created_at"])


def _delivery(row: Any) -> Delivery:
    m = row._mapping
    return Delivery(m["id"], m["rule_id"], m["channel"], m["target"], m["key"], list(m["alert_ids"] or []),
                    m["status"], m["attempts"], m["next_attempt_at"], m["last_error"], m["created_at"],
                    m["delivered_at"])


class AlertRepository:
    def __init__(self, db: Database):
        self.db = db

    def _insert_ignore(self, conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
        """Insert ``rows``, skipping those whose key is already there."""
        if not rows:
            return
        # each dialect's module is imported by the store that uses it: a SQLite store never loads PostgreSQL's
        if self.db.is_sqlite:
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert

            for k in range(0, len(rows), 500):
                conn.execute(sqlite_insert(table).values(rows[k : k + 500]).on_conflict_do_nothing())
        else:
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            for k in range(0, len(rows), 500):
                conn.execute(pg_insert(table).values(rows[k : k + 500]).on_conflict_do_nothing())

    # --- rules ---------------------------------------------------------
    def create_rule(self, values: dict[str, Any]) -> AlertRule:
        try:
            with self.db.write() as conn:
                if conn.execute(select(alert_rules.c.id).where(alert_rules.c.name == values["name"])).first():
                    raise InputError(f"An alert rule named {values['name']!r} exists already.",
                                     "Choose another name, or remove it with `tangible alert remove NAME`.",
                                     code=E.ALERT_EXISTS)
                rule_id = inserted_id(conn.execute(alert_rules.insert().values(created_at=now(), **values)))
        except RecordRejected as exc:
            if exc.integrity:
                raise InputError(f"An alert rule named {values['name']!r} exists already.", code=E.ALERT_EXISTS) from exc
            raise
        return self.get_rule(rule_id)  # type: ignore[return-value]

    def get_rule(self, key: int | str) -> AlertRule | None:
        column = alert_rules.c.id if isinstance(key, int) else alert_rules.c.name
        with self.db.read() as conn:
            row = conn.execute(select(alert_rules).where(column == key)).first()
        return _rule(row) if row else None

    def list_rules(self, *, owner: str | None = None) -> list[AlertRule]:
        q = select(alert_rules).order_by(alert_rules.c.name)
        if owner is not None:
            q = q.where(alert_rules.c.owner == owner)
        with self.db.read() as conn:
            return [_rule(r) for r in conn.execute(q)]

    def remove_rule(self, name: str) -> AlertRule:
        rule = self.get_rule(name)
        if rule is None:
            raise NotFound(f"No alert rule named {name!r}.", "See `tangible alert list`.", code=E.ALERT_NOT_FOUND)
        with self.db.write() as conn:
            conn.execute(delete(alert_rules).where(alert_rules.c.id == rule.id))
        return rule

    def has_rules(self) -> bool:
        with self.db.read() as conn:
            return conn.execute(select(alert_rules.c.id).limit(1)).first() is not None

    def marks(self, rule_id: int) -> dict[str, set[str]]:
        """The mentions the rule has seen, per trigger."""
        out: dict[str, set[str]] = {}
        with self.db.read() as conn:
            for trigger, mention_id in conn.execute(select(alert_marks.c.trigger, alert_marks.c.mention_id)
                                                    .where(alert_marks.c.rule_id == rule_id)):
                out.setdefault(trigger, set()).add(mention_id)
        return out

    def record(self, rule_id: int, new: list[NewAlert], marks: Iterable[tuple[str, str]],
               state: dict[str, Any] | None, *, at: datetime | None = None) -> list[Alert]:
        """In one transaction: the rule's new marks, its new alerts (an alert whose key the rule already has is
        skipped) with their deliveries in the outbox, and its state. Returns the alerts written."""
        stamp = at or now()
        written: list[int] = []
        with self.db.write() as conn:
            self._insert_ignore(conn, alert_marks, [{"rule_id": rule_id, "trigger": t, "mention_id": m}
                                                     for t, m in dict.fromkeys(marks)])
            known = {r.key for r in conn.execute(select(alerts.c.key).where(
                alerts.c.rule_id == rule_id, alerts.c.key.in_([a.key for a in new])))} if new else set()
            for a in new:
                if a.key in known:
                    continue
                known.add(a.key)
                alert_id = inserted_id(conn.execute(alerts.insert().values(
                    rule_id=rule_id, key=a.key, trigger=a.trigger, subject_kind=a.subject_kind,
                    subject_id=a.subject_id, title=a.title, payload=a.payload, window=a.window,
                    created_at=stamp)))
                written.append(alert_id)
                for channel, target in a.targets:
                    conn.execute(alert_deliveries.insert().values(
                        rule_id=rule_id, channel=channel, target=target, key=a.key, alert_ids=[alert_id],
                        status="pending", attempts=0, next_attempt_at=stamp, created_at=stamp))
            if state is not None:
                conn.execute(update(alert_rules).where(alert_rules.c.id == rule_id).values(state=state))
        return self.alerts_by_id(written)

    # --- alerts --------------------------------------------------------
    def alerts_by_id(self, ids: list[int]) -> list[Alert]:
        if not ids:
            return []
        with self.db.read() as conn:
            rows = conn.execute(select(alerts).where(alerts.c.id.in_(ids)).order_by(alerts.c.id)).all()
        return [_alert(r) for r in rows]

    def alerts(self, rule_id: int, *, limit: int = 100) -> list[Alert]:
        """The rule's alerts, newest first."""
        with self.db.read() as conn:
            rows = conn.execute(select(alerts).where(alerts.c.rule_id == rule_id)
                                .order_by(alerts.c.created_at.desc(), alerts.c.id.desc()).limit(limit)).all()
        return [_alert(r) for r in rows]

    def alert_counts(self) -> dict[int, int]:
        with self.db.read() as conn:
            return {r[0]: r[1] for r in conn.execute(select(alerts.c.rule_id, func.count()).group_by(alerts.c.rule_id))}

    def windows(self, rule_id: int) -> dict[str, list[int]]:
        """The rule's digest windows with the ids of their alerts."""
        out: dict[str, list[int]] = {}
        with self.db.read() as conn:
            for window, alert_id in conn.execute(select(alerts.c.window, alerts.c.id).where(
                    alerts.c.rule_id == rule_id, alerts.c.window.is_not(None)).order_by(alerts.c.id)):
                out.setdefault(window, []).append(alert_id)
        return out

    # --- the outbox ----------------------------------------------------
    def delivery_keys(self, rule_id: int) -> set[tuple[str, str, str]]:
        with self.db.read() as conn:
            return {(r.channel, r.target, r.key) for r in conn.execute(
                select(alert_deliveries.c.channel, alert_deliveries.c.target, alert_deliveries.c.key)
                .where(alert_deliveries.c.rule_id == rule_id))}

    def enqueue(self, rule_id: int, items: list[tuple[str, str, str, list[int]]], *, at: datetime | None = None) -> int:
        """Add deliveries (channel, target, key, alert ids) unless one with the same key is there."""
        stamp = at or now()
        rows = [{"rule_id": rule_id, "channel": c, "target": t, "key": k, "alert_ids": ids, "status": "pending",
                 "attempts": 0, "next_attempt_at": stamp, "created_at": stamp} for c, t, k, ids in items]
        with self.db.write() as conn:
            self._insert_ignore(conn, alert_deliveries, rows)
        return len(rows)

    def due(self, at: datetime, *, limit: int = 100) -> list[Delivery]:
        with self.db.read() as conn:
            rows = conn.execute(select(alert_deliveries).where(
                alert_deliveries.c.status == "pending", alert_deliveries.c.next_attempt_at <= at)
                .order_by(alert_deliveries.c.next_attempt_at, alert_deliveries.c.id).limit(limit)).all()
        return [_delivery(r) for r in rows]

    def claim(self, delivery: Delivery, until: datetime) -> bool:
        """Take a due delivery for one sender: true only for the process whose update moved it first."""
        with self.db.write() as conn:
            res = conn.execute(update(alert_deliveries).where(
                alert_deliveries.c.id == delivery.id, alert_deliveries.c.status == "pending",
                alert_deliveries.c.attempts == delivery.attempts,
                alert_deliveries.c.next_attempt_at == delivery.next_attempt_at).values(next_attempt_at=until))
            return res.rowcount == 1

    def finish_attempt(self, delivery_id: int, *, attempt: int, at: datetime, ok: bool, status_code: int | None,
                       error: str | None, elapsed_ms: int, next_attempt_at: datetime | None) -> None:
        with self.db.write() as conn:
            conn.execute(alert_delivery_log.insert().values(
                delivery_id=delivery_id, attempt=attempt, at=at, outcome="delivered" if ok else "failed",
                status_code=status_code, error=error, elapsed_ms=elapsed_ms))
            values: dict[str, Any] = {"attempts": attempt, "last_error": error}
            if ok:
                values.update(status="delivered", delivered_at=at)
            else:
                values.update(next_attempt_at=next_attempt_at)
            conn.execute(update(alert_deliveries).where(alert_deliveries.c.id == delivery_id).values(**values))

    def deliveries(self, *, rule_id: int | None = None, status: str | None = None, limit: int = 200,
                   with_log: bool = False) -> list[Delivery]:
        q = select(alert_deliveries).order_by(alert_deliveries.c.id.desc()).limit(limit)
        if rule_id is not None:
            q = q.where(alert_deliveries.c.rule_id == rule_id)
        if status:
            q = q.where(alert_deliveries.c.status == status)
        with self.db.read() as conn:
            out = [_delivery(r) for r in conn.execute(q)]
            if with_log and out:
                by_id = {d.id: d for d in out}
                for r in conn.execute(select(alert_delivery_log).where(
                        alert_delivery_log.c.delivery_id.in_(list(by_id))).order_by(alert_delivery_log.c.id)):
                    m = r._mapping
                    by_id[m["delivery_id"]].log.append({
                        "attempt": m["attempt"], "at": m["at"].isoformat() if m["at"] else None,
                        "outcome": m["outcome"], "status_code": m["status_code"], "error": m["error"],
                        "elapsed_ms": m["elapsed_ms"]})
        return out

    def delivery_counts(self) -> dict[int, dict[str, int]]:
        out: dict[int, dict[str, int]] = {}
        with self.db.read() as conn:
            for rule_id, status, n in conn.execute(select(alert_deliveries.c.rule_id, alert_deliveries.c.status,
                                                          func.count()).group_by(alert_deliveries.c.rule_id,
                                                                                 alert_deliveries.c.status)):
                out.setdefault(rule_id, {})[status] = n
        return out
