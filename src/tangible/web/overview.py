"""``/``: each commitment's rating, the weekly timeline, counts by group and type; and ``/map``."""

from __future__ import annotations

import logging
from collections import Counter
from datetime import date

import orjson
from fastapi import APIRouter, Request

from tangible.api.deps import SettingsDep, StoreDep
from tangible.api.routes.commitments import list_commitments
from tangible.services.views import cached, cached_or_stale
from tangible.web.charts import map_svg, timeline_series, timeline_svg, week_of
from tangible.services.incident_query import FAMILY_LABELS, GRADES, IncidentFilters, summarize
from tangible.services.case import short_names
from tangible.services.periods import commitment_title
from tangible.web.filters import page_filters
from tangible.web.render import render, type_family

router = APIRouter()
log = logging.getLogger(__name__)


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
        by_type_date, group_rows, without_group = counts["by_type_date"], counts["by_group"], counts["without_group"]
        by_location = counts["by_location"]
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
    from tangible.resolve.statement import stating_mention

    placed = [inc for inc in store.incidents.placed(limit=MAP_POINTS, **filters)
              if inc["location"].get("precision") not in COARSE_PRECISIONS]
    # the point quotes the sentence that states the event, as ratings and briefs do (mentions read in batched
    # queries; the page caches the points per store revision)
    placed = store.incidents.attach_mentions(placed)
    out = []
    for inc in placed:
        loc = inc["location"]
        quote = stating_mention(inc) or {}
        out.append({"id": inc["id"], "type": inc["type"], "family": type_family(inc["type"]), "date": inc["date"],
                    "grade": inc["grade"], "lat": loc["lat"], "lon": loc["lon"], "place": loc.get("name") or "",
                    "admin1": loc.get("admin1") or "", "quote": quote.get("sentence") or ""})
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


def overview_views(store, settings, since: date | None = None, until: date | None = None) -> dict:
    """Every figure of the overview over a date range: aggregates computed once per store revision. Over a
    large store, a visitor right after a write sees the figures from before it (all of them, from one
    revision) while the new ones are computed in the background."""
    return cached_or_stale(store, ("overview", since, until), lambda: _overview_views(store, settings, since, until))


def _period_filters(since, until) -> dict:
    return {k: v for k, v in (("since", since), ("until", until)) if v}


def _overview_views(store, settings, since=None, until=None) -> dict:
    filters = _period_filters(since, until)
    stats = cached(store, ("incident_stats", since, until), lambda: incident_stats(store, filters))
    return {
        "commitments": cached(store, ("commitments", None, "active", date.today()),
                              lambda: list_commitments(store, settings, at=None, status="active")),
        "stats": stats,
        "timeline": cached(store, ("timeline_svg", since, until),
                           lambda: timeline_svg(stats["weekly"], since=since, until=until)),
        "timeline_data": cached(store, ("timeline_data", since, until),
                                lambda: orjson.dumps(timeline_series(stats["weekly"])).decode()),
        "documents": cached(store, ("documents_count",), lambda: store.documents.count(latest_only=True)),
        "mentions": cached(store, ("mentions_count",), lambda: store.mentions.count()),
    }


def warm_views(store, settings) -> None:
    """Compute the overview's figures ahead of the first visitor (run in a thread at server start)."""
    from tangible.services.incident_counts import incident_counts

    try:
        from tangible.services.case import get_case
        from tangible.services.periods import default_period, period_choices

        incident_counts(store)
        period = default_period(period_choices(store, short_names(get_case(settings))))
        overview_views(store, settings, period.since, period.until)
    except Exception:  # a failure here shows up, with its message, on the first request instead
        log.exception("could not precompute the overview")


@router.get("/")
def overview_page(request: Request, store: StoreDep, settings: SettingsDep):
    pf = page_filters(request, store, settings)
    views = overview_views(store, settings, pf.period.since, pf.period.until)
    short = short_names(pf.case)
    titles = {c.id: commitment_title(c, short) for c in store.ledger.list(status="active")}
    summary = summarize(store, IncidentFilters(since=pf.period.since, until=pf.period.until))
    return render(request, "overview.html", title="Overview", names=pf.names, pf=pf, titles=titles,
                  period_query=pf.period_query(), summary=summary, **views)


@router.get("/map")
def map_page(request: Request, store: StoreDep, settings: SettingsDep):
    pf = page_filters(request, store, settings)
    kwargs = {k: v for k, v in pf.filters.repo_kwargs().items() if v}
    key = pf.filters.key()
    stats = cached(store, ("incident_stats", "map", key), lambda: incident_stats(store, kwargs))
    placed = sum(p["count"] for p in stats["places"])
    svg = cached(store, ("map_svg", key), lambda: map_svg(stats["places"], link_query=pf.query(without=("place",))))
    points = cached(store, ("map_points", key), lambda: orjson.dumps(map_points(store, kwargs)).decode())
    groups = [(g.id, g.name) for g in sorted(pf.case.groups.values(), key=lambda g: g.name)]
    options = {"family": list(FAMILY_LABELS.items()), "group": groups, "grade": [(g, g) for g in GRADES]}
    return render(request, "map.html", title="Map", svg=svg, stats=stats, placed=placed, pf=pf, f=pf.filters,
                  options=options, points=points, map_limit=MAP_POINTS,
                  base_query=pf.query(), list_query=pf.query(without=("place",)),
                  filtered=not pf.filters.is_default(), names=pf.names,
                  places=sorted(stats["places"], key=lambda p: -p["count"]))
