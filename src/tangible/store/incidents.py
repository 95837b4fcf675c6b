"""Incidents: resolved real-world events, their mentions, and the human decisions on them."""

from __future__ import annotations

import builtins
from dataclasses import replace
from datetime import date
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence, TypeVar

from sqlalchemy import ColumnElement, Connection, Select, Text, and_, bindparam, delete, func, or_, select, true, update
from sqlalchemy import cast as sa_cast

from tangible.models import ActorRef, Incident, IncidentMention, IncidentSummary, Location, Origin, Seed
from tangible.store.db import Database
from tangible.store.documents import like_escape, now
from tangible.store.rating_days import forget_all, forget_days, forget_incidents
from tangible.store.paging import PageStatements, page_statements, read_page
from tangible.store.schema import documents, incident_groups, incident_mentions, incidents, mentions

if TYPE_CHECKING:
    from tangible.store.reviews import ReviewRepository

T = TypeVar("T")
Values = str | Sequence[str] | None  # a filter's value: one, several (any of them), or none

# an analyst's rejection removes an incident from every list, count and aggregate
_NOT_REJECTED = or_(incidents.c.review_status.is_(None), incidents.c.review_status != "rejected")

_PAGE_MAX = 1000
# Statements a page runs on every request, built once: building and keying a statement costs more
# than running it on an indexed lookup.
_MENTION_COLUMNS = (
    incident_mentions.c.pinned, mentions.c.id, mentions.c.doc_id, mentions.c.sentence, mentions.c.span_start,
    mentions.c.span_end, mentions.c.modality, mentions.c.type, mentions.c.attribution, mentions.c.verification,
    documents.c.publisher, documents.c.url, documents.c.published,
)
_MENTIONS_OF = (
    select(incident_mentions.c.incident_id, *(c.label(f"m_{c.name}") for c in _MENTION_COLUMNS))
    .join(mentions, mentions.c.id == incident_mentions.c.mention_id)
    .join(documents, documents.c.id == mentions.c.doc_id)
    .where(incident_mentions.c.incident_id.in_(bindparam("ids", expanding=True)))
    .order_by(incident_mentions.c.incident_id, documents.c.published, mentions.c.id)
)
# one incident and its mentions in one statement (one round trip): the incident page's read
_ONE_WITH_MENTIONS = (
    select(incidents, *(c.label(f"m_{c.name}") for c in _MENTION_COLUMNS))
    .select_from(incidents
                 .outerjoin(incident_mentions, incident_mentions.c.incident_id == incidents.c.id)
                 .outerjoin(mentions, mentions.c.id == incident_mentions.c.mention_id)
                 .outerjoin(documents, documents.c.id == mentions.c.doc_id))
    .where(incidents.c.id == bindparam("id"))
    .order_by(documents.c.published, mentions.c.id)
)


def _as_list(value: str | Iterable[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _filter_shape(*, group: Values = None, type: Values = None, grade: Values = None, place: Values = None,
                  since: date | None = None, until: date | None = None, text: str | None = None,
                  include_rejected: bool = False, source: Values = None, modality: Values = None,
                  verification: Values = None, group_scan: bool = False,
                  undated: bool = False) -> tuple[tuple[str, ...], dict[str, Any]]:
    """Which filters are on (the statement's shape) and their values (its parameters): requests that
    differ only in values share one statement, built and compiled once.

    ``group`` and ``place`` take one value or several (any of them); ``type``, ``grade``, ``source``
    (the acting party), ``modality`` and ``verification`` a value or a list. ``verification="none"``
    matches incidents with no verification stated; ``undated`` only the incidents with no date."""
    shape: list[str] = []
    params: dict[str, Any] = {}
    if group:
        groups = _as_list(group)
        if len(groups) == 1:
            shape.append("group_scan" if group_scan else "group")
            params["group"] = groups[0]
        else:
            shape.append("groups_scan" if group_scan else "groups")
            params["groups"] = groups
    for name, value, key in (("type", type, "types"), ("grade", grade, "grades"), ("source", source, "sources"),
                             ("modality", modality, "modalities")):
        if value:
            shape.append(name)
            params[key] = _as_list(value)
    if verification:
        values = _as_list(verification)
        shape.append("verification_or_none" if "none" in values else "verification")
        params["verifications"] = [v for v in values if v != "none"] or ["none"]
    if place:
        places = [p.strip() for p in _as_list(place) if p and p.strip()]
        if len(places) == 1:
            shape.append("place")
            params["place_key"] = places[0].lower()
            params["place_country"] = places[0].upper()
        elif places:
            shape.append("places")
            params["place_keys"] = [p.lower() for p in places]
            params["place_countries"] = [p.upper() for p in places]
    if since:
        shape.append("since")
        params["since"] = since
    if until:
        shape.append("until")
        params["until"] = until
    if undated:
        shape.append("undated")
    if text:
        shape.append("text")
        params["like"] = f"%{like_escape(text.lower())}%"
    if not include_rejected:
        shape.append("not_rejected")
    return tuple(shape), params


@lru_cache(maxsize=256)
def _filter_clauses(shape: tuple[str, ...]) -> tuple[ColumnElement[bool], ...]:
    """The WHERE clauses of one filter shape, with named parameters (see ``_filter_shape``)."""
    in_group = incident_groups.c.group_id == bindparam("group")
    by_name = {
        # a common group: walking the (date, id) index newest first and testing each incident finds a
        # page after a few rows, where collecting the group's every incident first would not
        "group_scan": select(incident_groups.c.incident_id).where(
            incident_groups.c.incident_id == incidents.c.id, in_group).exists(),
        "group": incidents.c.id.in_(select(incident_groups.c.incident_id).where(in_group)),
        "groups": incidents.c.id.in_(select(incident_groups.c.incident_id).where(
            incident_groups.c.group_id.in_(bindparam("groups", expanding=True)))),
        # several groups, tested incident by incident: the incidents a narrow date range selects are checked,
        # instead of collecting first every incident of the groups (the whole archive, for common groups)
        "groups_scan": select(incident_groups.c.incident_id).where(
            incident_groups.c.incident_id == incidents.c.id,
            incident_groups.c.group_id.in_(bindparam("groups", expanding=True))).exists(),
        "verification": incidents.c.verification.in_(bindparam("verifications", expanding=True)),
        "verification_or_none": or_(incidents.c.verification.in_(bindparam("verifications", expanding=True)),
                                    incidents.c.verification.is_(None)),
        "places": or_(incidents.c.place_key.in_(bindparam("place_keys", expanding=True)),
                      func.lower(incidents.c.admin1).in_(bindparam("place_keys", expanding=True)),
                      incidents.c.country.in_(bindparam("place_countries", expanding=True))),
        "type": incidents.c.type.in_(bindparam("types", expanding=True)),
        "grade": incidents.c.grade.in_(bindparam("grades", expanding=True)),
        "source": incidents.c.source_actor.in_(bindparam("sources", expanding=True)),
        # a place name, a province (admin1) or a country code; case does not matter
        "place": or_(incidents.c.place_key == bindparam("place_key"),
                     func.lower(incidents.c.admin1) == bindparam("place_key"),
                     incidents.c.country == bindparam("place_country")),
        "since": incidents.c.date >= bindparam("since"),
        "until": incidents.c.date <= bindparam("until"),
        "undated": incidents.c.date.is_(None),
        # words in a report's sentence, or in the acting party's or the target's words, or the place
        "text": or_(
            incidents.c.id.in_(
                select(incident_mentions.c.incident_id)
                .join(mentions, mentions.c.id == incident_mentions.c.mention_id)
                .where(func.lower(mentions.c.sentence).like(bindparam("like"), escape="\\"))),
            func.lower(incidents.c.source_text).like(bindparam("like"), escape="\\"),
            func.lower(incidents.c.target_text).like(bindparam("like"), escape="\\"),
            incidents.c.place_key.like(bindparam("like"), escape="\\"),
            func.lower(incidents.c.admin1).like(bindparam("like"), escape="\\")),
        # incidents reported by at least one mention of this modality
        "modality": incidents.c.id.in_(
            select(incident_mentions.c.incident_id)
            .join(mentions, mentions.c.id == incident_mentions.c.mention_id)
            .where(mentions.c.modality.in_(bindparam("modalities", expanding=True)))),
        "not_rejected": _NOT_REJECTED,
    }
    return tuple(by_name[name] for name in shape)


@lru_cache(maxsize=256)
def _list_statements(shape: tuple[str, ...]) -> PageStatements:
    return page_statements(select(incidents).where(*_filter_clauses(shape)), incidents.c.date, incidents.c.id)


def _incident_values(d: Incident, created: Any) -> dict[str, Any]:
    loc = d.location
    return dict(
        id=d.id,
        type=d.type,
        acled_subtype=d.acled_subtype,
        grade=d.grade,
        grade_reason=d.grade_reason,
        date=d.date,
        date_precision=d.date_precision,
        location=loc.to_dict() if loc else None,
        country=loc.country if loc else None,
        admin1=loc.admin1 if loc else None,
        place_key=loc.name.lower() if loc and loc.name else None,
        source_actor=d.source.id if d.source else None,
        source_text=d.source.text if d.source else None,
        target_actor=d.target.id if d.target else None,
        target_text=d.target.text if d.target else None,
        groups=list(d.groups),
        quantities=dict(d.quantities),
        quantities_reported=d.quantities_reported,
        publishers=list(d.publishers),
        n_mentions=d.n_mentions,
        n_publishers=len(d.publishers),
        reviewed=d.reviewed,
        review_status=d.review_status,
        verification=d.verification,
        launched_from=d.launched_from.to_dict() if d.launched_from else None,
        created_at=created,
        updated_at=created,
    )


def _incident_rows(records: list[Incident], created: dict[str, Any], stamp: Any
                   ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """The incident rows, mention links and group rows of ``records`` (``created``: id -> creation time kept)."""
    rows: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    groups: list[dict[str, Any]] = []
    for d in records:
        rows.append(_incident_values(d, created.get(d.id) or stamp))
        rows[-1]["updated_at"] = stamp
        links.extend({"incident_id": d.id, "mention_id": m.mention_id, "pinned": m.pinned} for m in d.mentions)
        groups.extend({"incident_id": d.id, "group_id": g} for g in d.groups)
    return rows, links, groups


# positions of the incident columns in a row that starts with them (``select(incidents, ...)``): read
# by position, a page of rows converts several times faster than through the row's name mapping
_COL = {c.name: i for i, c in enumerate(incidents.c)}
(_ID, _TYPE, _SUBTYPE, _GRADE, _GRADE_REASON, _DATE, _DATE_PRECISION, _LOCATION, _SOURCE_ACTOR, _SOURCE_TEXT,
 _TARGET_ACTOR, _TARGET_TEXT, _GROUPS, _QUANTITIES, _QUANTITIES_REPORTED, _PUBLISHERS, _N_MENTIONS, _N_PUBLISHERS,
 _REVIEWED, _REVIEW_STATUS) = (_COL[n] for n in (
    "id", "type", "acled_subtype", "grade", "grade_reason", "date", "date_precision", "location", "source_actor",
    "source_text", "target_actor", "target_text", "groups", "quantities", "quantities_reported", "publishers",
    "n_mentions", "n_publishers", "reviewed", "review_status"))
_VERIFICATION, _LAUNCHED_FROM = _COL["verification"], _COL["launched_from"]
# what an incident is read from: its columns in table order but its timestamps, which no reader shows and
# which cost more to convert than any other column
_READ = [c for c in incidents.c if c.name not in ("created_at", "updated_at")]


_LOCATION_FIELDS = ("name", "country", "admin1", "lat", "lon", "precision")


def _location(value: Any) -> Location | None:
    if not isinstance(value, dict) or not value:
        return None
    stored: dict[str, Any] = {name: value.get(name) for name in _LOCATION_FIELDS}
    return Location(**stored)


def _actor_ref(aid: str | None, text: str | None) -> ActorRef | None:
    return None if aid is None and text is None else ActorRef(aid, text or "")


def row_to_incident(row: Any, mentions: Iterable[IncidentMention] = ()) -> Incident:
    """An incident row (its columns first, in table order) as an :class:`Incident`, with ``mentions``."""
    return Incident(
        id=row[_ID], type=row[_TYPE], acled_subtype=row[_SUBTYPE], grade=row[_GRADE],
        grade_reason=row[_GRADE_REASON], date=row[_DATE], date_precision=row[_DATE_PRECISION],
        location=_location(row[_LOCATION]), source=_actor_ref(row[_SOURCE_ACTOR], row[_SOURCE_TEXT]),
        target=_actor_ref(row[_TARGET_ACTOR], row[_TARGET_TEXT]), groups=list(row[_GROUPS] or []),
        quantities=dict(row[_QUANTITIES] or {}), quantities_reported=row[_QUANTITIES_REPORTED] or {},
        publishers=list(row[_PUBLISHERS] or []), n_mentions=row[_N_MENTIONS], n_publishers=row[_N_PUBLISHERS],
        reviewed=bool(row[_REVIEWED]), review_status=row[_REVIEW_STATUS], verification=row[_VERIFICATION],
        launched_from=Origin.from_dict(row[_LAUNCHED_FROM]), mentions=tuple(mentions))


def _incident_mention(r: Any) -> IncidentMention:
    """A mention from a row of ``_MENTION_COLUMNS`` labelled ``m_*``."""
    return IncidentMention(
        mention_id=r.m_id, doc_id=r.m_doc_id, sentence=r.m_sentence, char_span=(r.m_span_start, r.m_span_end),
        modality=r.m_modality, type=r.m_type, publisher=r.m_publisher, url=r.m_url, published=r.m_published,
        attribution=r.m_attribution, verification=r.m_verification, pinned=bool(r.m_pinned))


class IncidentRepository:
    def __init__(self, db: Database):
        self.db = db

    @cached_property
    def reviews(self) -> ReviewRepository:
        from tangible.store.reviews import ReviewRepository

        return ReviewRepository(self.db)

    # --- writing -------------------------------------------------------
    def seeds(self) -> builtins.list[Seed]:
        """Incidents a human shaped: their pinned mentions, and whether they were reviewed."""
        with self.db.read() as conn:
            pins = conn.execute(
                select(incident_mentions.c.incident_id, incident_mentions.c.mention_id)
                .where(incident_mentions.c.pinned == true())  # "= true": a condition an index answers
                .order_by(incident_mentions.c.incident_id, incident_mentions.c.mention_id)
            ).all()
            rows = conn.execute(
                select(incidents.c.id, incidents.c.reviewed, incidents.c.review_status).where(
                    or_(incidents.c.reviewed == true(), incidents.c.id.in_({p.incident_id for p in pins}))
                )
            ).all()
        by_incident: dict[str, builtins.list[str]] = {}
        for p in pins:
            by_incident.setdefault(p.incident_id, []).append(p.mention_id)
        return [Seed(r.id, by_incident.get(r.id, []), bool(r.reviewed), r.review_status) for r in rows]

    def replace_all(self, drafts: builtins.list[Incident], *, batch: int = 2000) -> dict[str, int]:
        """Replace machine incidents with ``drafts``; human-pinned memberships are written as pinned."""
        stamp = now()
        keep = {d.id for d in drafts}
        with self.db.write() as conn:
            existing = {r.id: r.created_at for r in conn.execute(select(incidents.c.id, incidents.c.created_at))}
            stale = sum(1 for i in existing if i not in keep)
            conn.execute(delete(incident_mentions))
            conn.execute(delete(incident_groups))
            conn.execute(delete(incidents))
            forget_all(conn)
            rows, links, groups = _incident_rows(drafts, existing, stamp)
            for k in range(0, len(rows), batch):
                conn.execute(incidents.insert(), rows[k : k + batch])
            for k in range(0, len(links), batch * 5):
                conn.execute(incident_mentions.insert(), links[k : k + batch * 5])
            for k in range(0, len(groups), batch * 5):
                conn.execute(incident_groups.insert(), groups[k : k + batch * 5])
        return {"incidents": len(rows), "removed": stale}

    def replace_some(self, remove: Iterable[str], drafts: builtins.list[Incident]) -> dict[str, int]:
        """Remove the incidents ``remove`` and write ``drafts`` (an incident that is rewritten keeps its
        creation time); every other incident stays as it is."""
        stamp = now()
        gone = list(dict.fromkeys([*remove, *(d.id for d in drafts)]))
        with self.db.write() as conn:
            created: dict[str, Any] = {}
            for k in range(0, len(gone), 500):
                part = gone[k:k + 500]
                forget_incidents(conn, part)
                created.update((r.id, r.created_at) for r in conn.execute(
                    select(incidents.c.id, incidents.c.created_at).where(incidents.c.id.in_(part))))
                conn.execute(delete(incident_mentions).where(incident_mentions.c.incident_id.in_(part)))
                conn.execute(delete(incident_groups).where(incident_groups.c.incident_id.in_(part)))
                conn.execute(delete(incidents).where(incidents.c.id.in_(part)))
            rows, links, groups = _incident_rows(drafts, created, stamp)
            forget_days(conn, (d.date for d in drafts))
            if rows:
                conn.execute(incidents.insert(), rows)
            if links:
                conn.execute(incident_mentions.insert(), links)
            if groups:
                conn.execute(incident_groups.insert(), groups)
        return {"incidents": len(rows), "removed": len(set(remove) - {d.id for d in drafts})}

    def date_range(self) -> tuple[date | None, date | None]:
        """The dates of the earliest and the latest dated incident."""
        with self.db.read() as conn:
            first = conn.execute(select(func.min(incidents.c.date))).scalar()
            last = conn.execute(select(func.max(incidents.c.date))).scalar()
        return first, last

    def types_of(self, ids: Iterable[str]) -> dict[str, str]:
        ids = list(dict.fromkeys(ids))
        out: dict[str, str] = {}
        with self.db.read() as conn:
            for k in range(0, len(ids), 500):
                out.update((r.id, r.type) for r in conn.execute(
                    select(incidents.c.id, incidents.c.type).where(incidents.c.id.in_(ids[k:k + 500]))))
        return out

    def set_fields(self, conn: Connection, incident_id: str, values: dict[str, Any]) -> None:
        forget_incidents(conn, [incident_id])
        forget_days(conn, [values.get("date")])
        conn.execute(update(incidents).where(incidents.c.id == incident_id).values(updated_at=now(), **values))
        if "groups" in values:
            conn.execute(delete(incident_groups).where(incident_groups.c.incident_id == incident_id))
            if values["groups"]:
                conn.execute(incident_groups.insert(),
                             [{"incident_id": incident_id, "group_id": g} for g in values["groups"]])

    # --- reading -------------------------------------------------------
    def count(self) -> int:
        with self.db.read() as conn:
            return conn.execute(select(func.count()).select_from(incidents)).scalar_one()

    def _filtered(self, q: Select[Any], **filters: Any) -> tuple[Select[Any], dict[str, Any]]:
        """``q`` restricted by ``filters`` (see ``_filter_shape``), and the values of its parameters."""
        shape, params = _filter_shape(**filters)
        return q.where(*_filter_clauses(shape)), params

    def page(self, *, limit: int = 50, after: tuple[str | None, str] | None = None,
             **filters: Any) -> builtins.list[Incident]:
        """Newest first, as :class:`Incident` records (without their mentions); keyset pagination on (date desc,
        id desc). ``after`` is the last (date, id) seen. ``group_scan=True`` suits a group with many incidents
        (see ``_filter_clauses``)."""
        return [row_to_incident(r) for r in self._newest_rows(limit, after, filters)]

    def _newest_rows(self, limit: int, after: tuple[str | None, str] | None, filters: dict[str, Any]) -> builtins.list[Any]:
        limit = max(1, min(int(limit), _PAGE_MAX))
        shape, params = _filter_shape(**filters)
        with self.db.read() as conn:
            return read_page(conn, _list_statements(shape), params, after, limit)

    def page_by_sources(self, *, limit: int = 50, after: tuple[int, str | None, str] | None = None,
                        **filters: Any) -> builtins.list[Incident]:
        """Most publishers first, then newest first (undated last), then id, as :class:`Incident` records
        (without their mentions); keyset pagination on (n_publishers desc, date desc, id desc). ``after`` is the
        last (n_publishers, date, id) seen."""
        return [row_to_incident(r) for r in self._most_sourced_rows(limit, after, filters)]

    def _most_sourced_rows(self, limit: int, after: tuple[int, str | None, str] | None,
                           filters: dict[str, Any]) -> builtins.list[Any]:
        limit = max(1, min(int(limit), _PAGE_MAX))
        q, params = self._filtered(select(incidents), **filters)
        if after is not None:
            n, day_text, last_id = after
            day = date.fromisoformat(day_text) if day_text is not None else None
            same_n = incidents.c.n_publishers == n
            later = [incidents.c.n_publishers < n]
            if day is not None:
                later.append(and_(same_n, or_(incidents.c.date < day, incidents.c.date.is_(None))))
                later.append(and_(same_n, incidents.c.date == day, incidents.c.id < last_id))
            else:
                later.append(and_(same_n, incidents.c.date.is_(None), incidents.c.id < last_id))
            q = q.where(or_(*later))
        q = q.order_by(incidents.c.n_publishers.desc(), incidents.c.date.desc().nulls_last(),
                       incidents.c.id.desc()).limit(limit)
        with self.db.read() as conn:
            return builtins.list(conn.execute(q, params).all())

    def type_grade_counts(self, **filters: Any) -> builtins.list[tuple[str, str, int]]:
        """(type, grade, n) for the incidents matching ``filters``: what a list's summary line says."""
        n = func.count()
        q, params = self._filtered(select(incidents.c.type, incidents.c.grade, n).select_from(incidents), **filters)
        with self.db.read() as conn:
            rows = conn.execute(q.group_by(incidents.c.type, incidents.c.grade)
                                .order_by(incidents.c.type, incidents.c.grade), params).all()
        return [tuple(r) for r in rows]

    def place_counts(self, **filters: Any) -> builtins.list[tuple[Any, str, int]]:
        """(location as stored JSON text, type, n) for the placed incidents matching ``filters``: the map."""
        n = func.count()
        loc_text = sa_cast(incidents.c.location, Text)
        q, params = self._filtered(select(loc_text, incidents.c.type, n).select_from(incidents)
                                   .where(incidents.c.location.is_not(None)), **filters)
        with self.db.read() as conn:
            rows = conn.execute(q.group_by(loc_text, incidents.c.type).order_by(loc_text, incidents.c.type),
                                params).all()
        return [tuple(r) for r in rows]

    def placed(self, *, limit: int = 2000, **filters: Any) -> builtins.list[Incident]:
        """The newest ``limit`` incidents matching ``filters`` that have a place with coordinates (for the
        interactive map), without their mentions."""
        q, params = self._filtered(select(*_READ).where(incidents.c.location.is_not(None)), **filters)
        with self.db.read() as conn:
            rows = conn.execute(q.order_by(incidents.c.date.desc().nulls_last(), incidents.c.id.desc())
                                .limit(max(1, min(int(limit), 10_000))), params).all()
        placed = (row_to_incident(r) for r in rows)
        return [i for i in placed if i.location is not None and i.location.lat is not None and i.location.lon is not None]

    def week_family_counts(self, **filters: Any) -> builtins.list[tuple[Any, str, int]]:
        """(date, type, n) for the dated incidents matching ``filters``: the timeline."""
        n = func.count()
        q, params = self._filtered(select(incidents.c.date, incidents.c.type, n).select_from(incidents)
                                   .where(incidents.c.date.is_not(None)), **filters)
        with self.db.read() as conn:
            rows = conn.execute(q.group_by(incidents.c.date, incidents.c.type)
                                .order_by(incidents.c.date, incidents.c.type), params).all()
        return [tuple(r) for r in rows]

    def group_counts(self, **filters: Any) -> tuple[builtins.list[tuple[str, int]], int]:
        """(group, n) for the incidents matching ``filters``, and how many name no group."""
        n = func.count()
        q, params = self._filtered(select(incident_groups.c.group_id, n)
                                   .select_from(incident_groups.join(incidents,
                                                                     incidents.c.id == incident_groups.c.incident_id)),
                                   **filters)
        q2, params2 = self._filtered(select(n).select_from(incidents).where(
            ~select(incident_groups.c.incident_id).where(incident_groups.c.incident_id == incidents.c.id).exists()),
            **filters)
        with self.db.read() as conn:
            rows = conn.execute(q.group_by(incident_groups.c.group_id).order_by(incident_groups.c.group_id),
                                params).all()
            none = conn.execute(q2, params2).scalar_one()
        return [tuple(r) for r in rows], none

    def count_histogram(self) -> tuple[builtins.list[tuple[Any, ...]], builtins.list[tuple[Any, ...]]]:
        """Incident counts, rejected ones left out: (type, grade, date, n) rows, and (group, type, grade,
        date, n) rows. Enough to answer the count of any group/type/grade/date-range filter exactly."""
        n = func.count()
        with self.db.read() as conn:
            plain = conn.execute(
                select(incidents.c.type, incidents.c.grade, incidents.c.date, n)
                .where(_NOT_REJECTED).group_by(incidents.c.type, incidents.c.grade, incidents.c.date)).all()
            grouped = conn.execute(
                select(incident_groups.c.group_id, incidents.c.type, incidents.c.grade, incidents.c.date, n)
                .join(incidents, incidents.c.id == incident_groups.c.incident_id)
                .where(_NOT_REJECTED)
                .group_by(incident_groups.c.group_id, incidents.c.type, incidents.c.grade, incidents.c.date)).all()
        return [tuple(r) for r in plain], [tuple(r) for r in grouped]

    def summary_counts(self) -> IncidentSummary:
        """What the dashboard aggregates, counted in the store (rejected incidents left out). A few hundred
        rows, whatever the number of incidents."""
        n = func.count()
        loc_text = sa_cast(incidents.c.location, Text)
        with self.db.read() as conn:
            by_type_date = conn.execute(
                select(incidents.c.type, incidents.c.date, n).where(_NOT_REJECTED)
                .group_by(incidents.c.type, incidents.c.date).order_by(incidents.c.type, incidents.c.date)).all()
            by_group = conn.execute(
                select(incident_groups.c.group_id, n)
                .join(incidents, incidents.c.id == incident_groups.c.incident_id)
                .where(_NOT_REJECTED).group_by(incident_groups.c.group_id).order_by(incident_groups.c.group_id)).all()
            without_group = conn.execute(
                select(n).select_from(incidents).where(_NOT_REJECTED, ~select(incident_groups.c.incident_id).where(
                    incident_groups.c.incident_id == incidents.c.id).exists())).scalar_one()
            by_location = conn.execute(
                select(loc_text, incidents.c.type, n).where(_NOT_REJECTED, incidents.c.location.is_not(None))
                .group_by(loc_text, incidents.c.type).order_by(loc_text, incidents.c.type)).all()
        return IncidentSummary(by_type_date=[(t, d, k) for t, d, k in by_type_date],
                               by_group=[(g, k) for g, k in by_group], without_group=int(without_group),
                               by_location=[(loc, t, k) for loc, t, k in by_location])

    def count_filtered(self, **filters: Any) -> int:
        with self.db.read() as conn:
            return int(conn.execute(*self._filtered(select(func.count()).select_from(incidents), **filters)).scalar_one())

    def with_mentions(self, records: builtins.list[Incident]) -> builtins.list[Incident]:
        """The same incidents, each with its mentions joined to their documents, read in batched queries."""
        joined: dict[str, builtins.list[IncidentMention]] = {r.id: [] for r in records}
        ids = list(joined)
        with self.db.read() as conn:
            for k in range(0, len(ids), 500):
                for r in conn.execute(_MENTIONS_OF, {"ids": ids[k : k + 500]}):
                    joined[r.incident_id].append(_incident_mention(r))
        return [replace(r, mentions=tuple(joined[r.id])) for r in records]

    def incidents(self, ids: builtins.list[str]) -> dict[str, Incident]:
        """Incidents by id, each with its mentions as :meth:`incident` gives them, in batched queries; unknown ids
        are left out."""
        rows: builtins.list[Any] = []
        joined: dict[str, builtins.list[IncidentMention]] = {}
        with self.db.read() as conn:
            for k in range(0, len(ids), 500):
                rows += conn.execute(select(incidents).where(incidents.c.id.in_(ids[k : k + 500]))).all()
            found = [r.id for r in rows]
            for k in range(0, len(found), 500):
                for r in conn.execute(_MENTIONS_OF, {"ids": found[k : k + 500]}):
                    joined.setdefault(r.incident_id, []).append(_incident_mention(r))
        return {r.id: row_to_incident(r, joined.get(r.id, ())) for r in rows}

    def _typed_sentences_for(self, conn: Any, ids: builtins.list[str]) -> dict[str, builtins.list[IncidentMention]]:
        """Each incident's mentions without their document's facts: what the rating rules read."""
        out: dict[str, builtins.list[IncidentMention]] = {i: [] for i in ids}
        q = (select(incident_mentions.c.incident_id, mentions.c.id, mentions.c.doc_id, mentions.c.sentence,
                    mentions.c.modality, mentions.c.type, mentions.c.verification, mentions.c.span_start,
                    mentions.c.span_end, incident_mentions.c.pinned)
             .join(mentions, mentions.c.id == incident_mentions.c.mention_id)
             .where(incident_mentions.c.incident_id.in_(ids))
             .order_by(incident_mentions.c.incident_id, mentions.c.id))
        for incident_id, mention_id, doc_id, sentence, modality, etype, verification, start, end, pinned \
                in conn.execute(q).all():
            out[incident_id].append(IncidentMention(
                mention_id=mention_id, doc_id=doc_id, sentence=sentence, char_span=(start, end), modality=modality,
                type=etype, verification=verification, pinned=bool(pinned)))
        return out

    def iter_incidents(self, *, batch_size: int = 500, with_mentions: bool | str = True,
                       **filters: Any) -> Iterator[Incident]:
        """Every incident matching ``filters`` (oldest id first) as an :class:`Incident`, read in batches, with
        its mentions when asked (``"sentences"``: without their document's publisher, address and date)."""
        def page(conn: Connection, rows: Sequence[Any]) -> builtins.list[Incident]:
            joined: dict[str, builtins.list[IncidentMention]] = {}
            if with_mentions == "sentences":
                joined = self._typed_sentences_for(conn, [r.id for r in rows])
            elif with_mentions:
                for k in range(0, len(rows), 500):
                    for r in conn.execute(_MENTIONS_OF, {"ids": [x.id for x in rows[k:k + 500]]}):
                        joined.setdefault(r.incident_id, []).append(_incident_mention(r))
            return [row_to_incident(r, joined.get(r.id, ())) for r in rows]

        return self._in_pages(page, batch_size, filters)

    def _in_pages(self, page: Callable[[Connection, Sequence[Any]], builtins.list[T]], batch_size: int,
                  filters: dict[str, Any]) -> Iterator[T]:
        """The incidents matching ``filters``, oldest id first, read ``batch_size`` at a time; ``page(conn,
        rows)`` makes each batch's items within its read (the connection is closed before they are yielded)."""
        last = ""
        while True:
            q, params = self._filtered(select(*_READ), **filters)
            with self.db.read() as conn:
                rows = conn.execute(q.where(incidents.c.id > last).order_by(incidents.c.id).limit(batch_size),
                                    params).all()
                if not rows:
                    return
                items = page(conn, rows)
            yield from items
            if len(rows) < batch_size:  # the last page: no query to find there is none after it
                return
            last = rows[-1].id

    def incident(self, incident_id: str) -> Incident | None:
        """One incident with every mention joined to its document (publisher, address, date)."""
        with self.db.read() as conn:
            rows = conn.execute(_ONE_WITH_MENTIONS, {"id": incident_id}).all()
        if not rows:
            return None
        return row_to_incident(rows[0], [_incident_mention(r) for r in rows if r.m_id is not None])

    def incidents_of(self, mention_ids: builtins.list[str]) -> dict[str, str]:
        """The incident each mention belongs to (mentions in none are left out), in one query per 500 ids."""
        out: dict[str, str] = {}
        ids = list(dict.fromkeys(mention_ids))
        with self.db.read() as conn:
            for k in range(0, len(ids), 500):
                q = (select(incident_mentions.c.mention_id, incident_mentions.c.incident_id)
                     .where(incident_mentions.c.mention_id.in_(ids[k : k + 500]))
                     .order_by(incident_mentions.c.mention_id, incident_mentions.c.incident_id))
                for mention_id, incident_id in conn.execute(q):
                    out.setdefault(mention_id, incident_id)
        return out

    def incident_of(self, mention_id: str) -> builtins.list[str]:
        with self.db.read() as conn:
            return [r.incident_id for r in conn.execute(
                select(incident_mentions.c.incident_id).where(incident_mentions.c.mention_id == mention_id))]
