"""Incidents as the front ends read and review them: one incident, the review queue and decisions, and the
figures the overview and the map draw.

The API, the pages and the CLI call these functions; only they speak to the store's incident repository.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import orjson

from tangible.errors import NotFound
from tangible.models import Incident, Review
from tangible.ontology import type_family
from tangible.services import review as review_service
from tangible.services.incident_query import IncidentFilters, incident_page
from tangible.resolve.statement import stating_mention_of
from tangible.services.periods import week_of
from tangible.sources.text import clean_text


def _not_found(incident_id: str) -> NotFound:
    return NotFound(f"No incident with id {incident_id!r}.", "List incidents at /api/v1/incidents.")


def incident(store, incident_id: str) -> Incident:
    """One incident with every mention."""
    found = store.incidents.incident(incident_id)
    if found is None:
        raise _not_found(incident_id)
    return found


def reviews_of(store, incident_id: str) -> list[Review]:
    """Every human decision on an incident, newest first."""
    incident(store, incident_id)
    return review_service.history_of(store, "incident", incident_id)


def _cleaned(value: Any) -> Any:
    """Strings in a correction cleaned as every stored text is (no NUL, controls or invisible characters)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_text(k): _cleaned(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_cleaned(v) for v in value]
    return value


def review(store, incident_id: str, action: str, *, reviewer: str, reason: str | None = None,
           changes: dict | None = None) -> int:
    """Record a reviewer's decision on an incident (confirm, reject, or correct with ``changes``); returns the
    review's number. Text is cleaned as stored text is; a field set to null means none, a group named twice
    is one group."""
    incident(store, incident_id)
    if changes is not None:
        changes = _cleaned(changes)
        for name, empty in (("groups", []), ("quantities", {})):
            if name in changes and changes[name] is None:
                changes[name] = empty
        if changes.get("groups"):
            changes["groups"] = list(dict.fromkeys(changes["groups"]))
    reason = (clean_text(reason).strip()[:2000] or None) if reason else None
    return review_service.review_incident(store, incident_id, action, reviewer=reviewer, reason=reason,
                                          changes=changes)["review"]


def review_queue(store, *, limit: int = 25) -> list[Incident]:
    """What waits for a reviewer: disputed, then single-source incidents not yet reviewed, with their mentions."""
    items: list[Incident] = []
    for grade in ("disputed", "single-source"):
        page = incident_page(store, IncidentFilters(grade=grade), limit=limit, cursor=None, with_mentions=True)
        items += [i for i in page.data if not i.reviewed]
    return items


def review_log(store, *, object_id: str | None = None, limit: int = 50) -> list[Review]:
    """The audit log of review decisions, newest first (all of them, or those on one object)."""
    return store.incidents.reviews.history(object_id=object_id, limit=limit)


COARSE_PRECISIONS = ("country", "region")  # a place no finer than a country is not drawn on the map


def incident_stats(store, filters: dict | None = None) -> dict:
    """Totals by type, group, week and place, from counts the store aggregates; ``filters`` (the incident
    repository's keyword filters, e.g. a date range) restrict them. ``places`` holds only places finer than
    a country (a statement located "in Afghanistan" did not happen at its centroid); ``coarse`` counts the
    incidents placed no more precisely."""
    if filters:
        by_type_date = store.incidents.week_family_counts(**filters)
        type_totals = store.incidents.type_grade_counts(**filters)
        group_rows, without_group = store.incidents.group_counts(**filters)
        by_location = store.incidents.place_counts(**filters)
    else:
        counts = store.incidents.summary_counts()
        by_type_date, group_rows, without_group = counts.by_type_date, counts.by_group, counts.without_group
        by_location = counts.by_location
        type_totals = None
    weekly: dict[date, Counter] = {}
    by_type: Counter = Counter()
    for type_, day, n in ((r[1], r[0], r[2]) if filters else r for r in by_type_date):
        if type_totals is None:
            by_type[type_] += n
        if day:
            weekly.setdefault(week_of(_as_date(day)), Counter())[type_family(type_)] += n
    for type_, _grade, n in type_totals or ():
        by_type[type_] += n
    by_group: Counter = Counter(dict(group_rows))
    if without_group:
        by_group["(none)"] += without_group
    places: dict[str, dict] = {}
    coarse = 0
    for loc_text, type_, n in by_location:
        loc = _as_location(loc_text)
        if loc.get("lat") is None or loc.get("lon") is None:
            continue
        if loc.get("precision") in COARSE_PRECISIONS:
            coarse += n
            continue
        key = loc.get("name") or f'{loc["lat"]},{loc["lon"]}'
        fam = type_family(type_)
        p = places.setdefault(key, {"name": key, "lat": loc["lat"], "lon": loc["lon"], "count": 0,
                                    "admin1": loc.get("admin1"), "types": Counter(), "families": Counter()})
        p["count"] += n
        p["types"][type_] += n
        p["families"][fam] += n
    for p in places.values():
        p["family"] = p["families"].most_common(1)[0][0]
    return {"total": sum(by_type.values()), "weekly": weekly, "by_type": by_type.most_common(),
            "by_group": by_group.most_common(), "places": list(places.values()), "coarse": coarse}


MAP_POINTS = 2000  # the interactive map draws at most this many incidents, the newest


def map_points(store, filters: dict) -> list[dict]:
    """One point per placed incident matching ``filters`` (places no finer than a country left out): what the
    interactive map draws, each linking to its incident."""
    placed = [inc for inc in store.incidents.placed(limit=MAP_POINTS, **filters)
              if inc.location is not None and inc.location.precision not in COARSE_PRECISIONS]
    # the point quotes the sentence that states the event, as ratings and briefs do (mentions read in batched
    # queries; the page caches the points per store revision)
    out = []
    for inc in store.incidents.with_mentions(placed):
        loc = inc.location
        if loc is None or loc.lat is None or loc.lon is None:
            continue  # placed() reads placed ones only: this narrows the types
        quote = stating_mention_of(inc)
        out.append({"id": inc.id, "type": inc.type, "family": type_family(inc.type),
                    "date": inc.date.isoformat() if inc.date else None, "grade": inc.grade, "lat": loc.lat,
                    "lon": loc.lon, "place": loc.name or "", "admin1": loc.admin1 or "",
                    "quote": quote.sentence if quote else ""})
    return out


def _as_date(day) -> date:
    return day if isinstance(day, date) else date.fromisoformat(str(day))


def _as_location(text) -> dict:
    if isinstance(text, dict):
        return text
    try:
        value = orjson.loads(text) if text else None
    except orjson.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}
