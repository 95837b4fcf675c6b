"""``/``: each commitment's rating, the weekly timeline, counts by group and type; and ``/map``."""

from __future__ import annotations

import logging
from collections import Counter
from datetime import date

from fastapi import APIRouter, Request

from tangible.api.deps import SettingsDep, StoreDep
from tangible.api.routes.commitments import case_of, list_commitments
from tangible.services.views import cached
from tangible.web.charts import map_svg, timeline_svg, week_of
from tangible.web.render import render, type_family

router = APIRouter()
log = logging.getLogger(__name__)


def incident_stats(store) -> dict:
    weekly: dict[date, Counter] = {}
    by_type: Counter = Counter()
    by_group: Counter = Counter()
    places: dict[str, dict] = {}
    total = 0
    for type_, groups, day, loc in store.incidents.iter_summaries():
        total += 1
        by_type[type_] += 1
        for g in groups or ["(none)"]:
            by_group[g] += 1
        fam = type_family(type_)
        if day:
            weekly.setdefault(week_of(day), Counter())[fam] += 1
        loc = loc or {}
        if loc.get("lat") is not None and loc.get("lon") is not None:
            key = loc.get("name") or f'{loc["lat"]},{loc["lon"]}'
            p = places.setdefault(key, {"name": key, "lat": loc["lat"], "lon": loc["lon"], "count": 0,
                                        "types": Counter(), "families": Counter()})
            p["count"] += 1
            p["types"][type_] += 1
            p["families"][fam] += 1
    for p in places.values():
        p["family"] = p["families"].most_common(1)[0][0]
    return {"total": total, "weekly": weekly, "by_type": by_type.most_common(), "by_group": by_group.most_common(),
            "places": list(places.values())}


def overview_views(store, settings) -> dict:
    """Every figure of the overview: aggregates over the whole store, computed once per store revision."""
    stats = cached(store, ("incident_stats",), lambda: incident_stats(store))
    return {
        "commitments": cached(store, ("commitments", None, "active", date.today()),
                              lambda: list_commitments(store, settings, at=None, status="active")),
        "stats": stats,
        "timeline": cached(store, ("timeline_svg",), lambda: timeline_svg(stats["weekly"])),
        "documents": cached(store, ("documents_count",), lambda: store.documents.count(latest_only=True)),
        "mentions": cached(store, ("mentions_count",), lambda: store.mentions.count()),
    }


def warm_views(store, settings) -> None:
    """Compute the overview's figures ahead of the first visitor (run in a thread at server start)."""
    from tangible.services.incident_counts import incident_counts

    try:
        incident_counts(store)
        overview_views(store, settings)
    except Exception:  # a failure here shows up, with its message, on the first request instead
        log.exception("could not precompute the overview")


@router.get("/")
def overview_page(request: Request, store: StoreDep, settings: SettingsDep):
    views = overview_views(store, settings)
    case = case_of(settings)
    names = {**{k: v.name for k, v in case.actors.items()}, **{k: v.name for k, v in case.groups.items()}}
    return render(request, "overview.html", title="Overview", names=names, **views)


@router.get("/map")
def map_page(request: Request, store: StoreDep):
    stats = cached(store, ("incident_stats",), lambda: incident_stats(store))
    placed = sum(p["count"] for p in stats["places"])
    svg = cached(store, ("map_svg",), lambda: map_svg(stats["places"]))
    return render(request, "map.html", title="Map", svg=svg, stats=stats, placed=placed,
                  places=sorted(stats["places"], key=lambda p: -p["count"]))
