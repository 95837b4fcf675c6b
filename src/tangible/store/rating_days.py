"""The ledger's per-day counts (``rating_days``): read, stored, and cleared by every write that changes what
a day's incidents say (their dates, fields, members, or the mentions they quote)."""

from __future__ import annotations

from datetime import date
from typing import Any, Iterable

from sqlalchemy import Connection, delete, select

from tangible.store.schema import incident_mentions, incidents, mentions, rating_days


def forget_days(conn: Connection, days: Iterable[date | None]) -> None:
    """Inside a write that changes incidents dated ``days``: their counts are counted again when next asked."""
    want = sorted({d for d in days if d is not None})
    for k in range(0, len(want), 500):
        conn.execute(delete(rating_days).where(rating_days.c.day.in_(want[k:k + 500])))


def forget_all(conn: Connection) -> None:
    conn.execute(delete(rating_days))


def forget_incidents(conn: Connection, incident_ids: Iterable[str]) -> None:
    """Inside a write that changes ``incident_ids`` (read before the change: their dates then)."""
    ids = list(dict.fromkeys(incident_ids))
    for k in range(0, len(ids), 500):
        forget_days(conn, [r[0] for r in conn.execute(
            select(incidents.c.date).where(incidents.c.id.in_(ids[k:k + 500])).distinct())])


def forget_mentions(conn: Connection, mention_ids: Iterable[str]) -> None:
    """Inside a write that changes or removes ``mention_ids``: the days of the incidents that quote them."""
    ids = list(dict.fromkeys(mention_ids))
    for k in range(0, len(ids), 500):
        forget_days(conn, [r[0] for r in conn.execute(
            select(incidents.c.date).join(incident_mentions, incident_mentions.c.incident_id == incidents.c.id)
            .where(incident_mentions.c.mention_id.in_(ids[k:k + 500])).distinct())])


def forget_documents(conn: Connection, doc_ids: Iterable[str]) -> None:
    """Inside a write that changes the mentions of ``doc_ids``."""
    ids = list(dict.fromkeys(doc_ids))
    for k in range(0, len(ids), 500):
        forget_days(conn, [r[0] for r in conn.execute(
            select(incidents.c.date).join(incident_mentions, incident_mentions.c.incident_id == incidents.c.id)
            .join(mentions, mentions.c.id == incident_mentions.c.mention_id)
            .where(mentions.c.doc_id.in_(ids[k:k + 500])).distinct())])


def read_days(conn: Connection, rule_key: str, lo: date, hi: date) -> dict[date, tuple[int, int]]:
    """The stored (supporting, contradicting) counts of ``rule_key`` from ``lo`` to ``hi``, by day."""
    q = (select(rating_days.c.day, rating_days.c.supporting, rating_days.c.contradicting)
         .where(rating_days.c.rule_key == rule_key, rating_days.c.day >= lo, rating_days.c.day <= hi))
    return {r[0]: (r[1], r[2]) for r in conn.execute(q)}


def read_weighed(conn: Connection, rule_key: str, lo: date, hi: date) -> dict[date, list[list[Any]]]:
    """The stored incidents of ``rule_key`` from ``lo`` to ``hi`` as a rating reads them, by day (a day stored
    with none: an empty list; a day not stored: missing)."""
    q = (select(rating_days.c.day, rating_days.c.weighed)
         .where(rating_days.c.rule_key == rule_key, rating_days.c.day >= lo, rating_days.c.day <= hi))
    return {r[0]: r[1] or [] for r in conn.execute(q)}


def write_days(conn: Connection, rule_key: str, counts: dict[date, tuple[int, int]],
               weighed: dict[date, list[list[Any]]]) -> None:
    """Store each day's counts and incidents (``weighed``: those of the day, none when the day is missing)."""
    days = sorted(counts)
    for k in range(0, len(days), 500):
        conn.execute(delete(rating_days).where(rating_days.c.rule_key == rule_key,
                                               rating_days.c.day.in_(days[k:k + 500])))
    if days:
        conn.execute(rating_days.insert(), [{"rule_key": rule_key, "day": d, "supporting": counts[d][0],
                                             "contradicting": counts[d][1], "weighed": weighed.get(d) or None}
                                            for d in days])
