"""``/``: each commitment's rating, the weekly timeline, counts by group and type; and ``/map``."""

from __future__ import annotations

import logging
from datetime import date

import orjson
from fastapi import APIRouter, Request

from tangible.http.deps import SettingsDep, StoreDep
from tangible.services.case import short_names
from tangible.services.commitments import commitments, rated_commitments
from tangible.services.documents import store_counts
from tangible.services.incident_query import FAMILY_LABELS, GRADES, IncidentFilters, summarize
from tangible.services.incidents import MAP_POINTS, incident_stats, map_points
from tangible.services.periods import commitment_title
from tangible.services.views import cached, cached_or_stale
from tangible.web.charts import map_svg, timeline_series, timeline_svg
from tangible.web.filters import page_filters
from tangible.web.render import render

router = APIRouter()
log = logging.getLogger(__name__)


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
        "commitments": cached(store, ("rated_commitments", None, "active", date.today()),
                              lambda: rated_commitments(store, settings, at=None, status="active")),
        "stats": stats,
        "timeline": cached(store, ("timeline_svg", since, until),
                           lambda: timeline_svg(stats["weekly"], since=since, until=until)),
        "timeline_data": cached(store, ("timeline_data", since, until),
                                lambda: orjson.dumps(timeline_series(stats["weekly"])).decode()),
        **cached(store, ("stored_counts",), lambda: store_counts(store)),
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
    titles = {c.id: commitment_title(c, short) for c in commitments(store, "active")}
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
