"""``/``: each commitment's rating, the weekly timeline, counts by group and type; and ``/map``."""

from __future__ import annotations

import logging
from collections import Counter
from datetime import date

import orjson
from fastapi import APIRouter, Request

from tangible.api.deps import SettingsDep, StoreDep
from tangible.api.routes.commitments import case_of, list_commitments
from tangible.services.views import cached, cached_or_stale
from tangible.web.charts import map_svg, timeline_svg, week_of
from tangible.web.render import render, type_family

router = APIRouter()
log = logging.getLogger(__name__)


def incident_stats(store) -> dict:
    """Totals by type, group, week and place, from counts the store aggregates."""
    counts = store.incidents.summary_counts()
    weekly: dict[date, Counter] = {}
    by_type: Counter = Counter()
    for type_, day, n in counts["by_type_date"]:
        by_type[type_] += n
        if day:
            weekly.setdefault(week_of(_as_date(day)), Counter())[type_family(type_)] += n
    by_group: Counter = Counter(dict(counts["by_group"]))
    if counts["without_group"]:
        by_group["(none)"] += counts["without_group"]
    places: dict[str, dict] = {}
    for loc_text, type_, n in counts["by_location"]:
        loc = _as_location(loc_text)
        if loc.get("lat") is None or loc.get("lon") is None:
            continue
        key = loc.get("name") or f'{loc["lat"]},{loc["lon"]}'
        fam = type_family(type_)
        p = places.setdefault(key, {"name": key, "lat": loc["lat"], "lon": loc["lon"], "count": 0,
                                    "types": Counter(), "families": Counter()})
        p["count"] += n
        p["types"][type_] += n
        p["families"][fam] += n
    for p in places.values():
        p["family"] = p["families"].most_common(1)[0][0]
    return {"total": sum(by_type.values()), "weekly": weekly, "by_type": by_type.most_common(),
            "by_group": by_group.most_common(), "places": list(places.values())}


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


def overview_views(store, settings) -> dict:
    """Every figure of the overview: aggregates over the whole store, computed once per store revision.
    Over a large store, a visitor right after a write sees the figures from before it (all of them, from
    one revision) while the new ones are computed in the background."""
    return cached_or_stale(store, ("overview",), lambda: _overview_views(store, settings))


def _overview_views(store, settings) -> dict:
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
