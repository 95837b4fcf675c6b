"""``/``: each commitment's rating, the weekly timeline, counts by group and type; and ``/map``."""

from __future__ import annotations

from collections import Counter
from datetime import date

from fastapi import APIRouter, Request

from tangible.api.deps import SettingsDep, StoreDep
from tangible.api.routes.commitments import case_of, list_commitments
from tangible.web.charts import map_svg, timeline_svg, week_of
from tangible.web.render import render, type_family

router = APIRouter()


def incident_stats(store) -> dict:
    weekly: dict[date, Counter] = {}
    by_type: Counter = Counter()
    by_group: Counter = Counter()
    places: dict[str, dict] = {}
    total = 0
    for inc in store.incidents.iter_records(with_mentions=False):
        total += 1
        by_type[inc["type"]] += 1
        for g in inc["groups"] or ["(none)"]:
            by_group[g] += 1
        fam = type_family(inc["type"])
        if inc["date"]:
            weekly.setdefault(week_of(date.fromisoformat(inc["date"])), Counter())[fam] += 1
        loc = inc.get("location") or {}
        if loc.get("lat") is not None and loc.get("lon") is not None:
            key = loc.get("name") or f'{loc["lat"]},{loc["lon"]}'
            p = places.setdefault(key, {"name": key, "lat": loc["lat"], "lon": loc["lon"], "count": 0,
                                        "types": Counter(), "families": Counter()})
            p["count"] += 1
            p["types"][inc["type"]] += 1
            p["families"][fam] += 1
    for p in places.values():
        p["family"] = p["families"].most_common(1)[0][0]
    return {"total": total, "weekly": weekly, "by_type": by_type.most_common(), "by_group": by_group.most_common(),
            "places": list(places.values())}


@router.get("/")
def overview_page(request: Request, store: StoreDep, settings: SettingsDep):
    commitments = list_commitments(store, settings, at=None, status="active")
    stats = incident_stats(store)
    case = case_of(settings)
    names = {**{k: v.name for k, v in case.actors.items()}, **{k: v.name for k, v in case.groups.items()}}
    return render(request, "overview.html", title="Overview", commitments=commitments, stats=stats, names=names,
                  timeline=timeline_svg(stats["weekly"]), documents=store.documents.count(latest_only=True),
                  mentions=store.mentions.count())


@router.get("/map")
def map_page(request: Request, store: StoreDep):
    stats = incident_stats(store)
    placed = sum(p["count"] for p in stats["places"])
    return render(request, "map.html", title="Map", svg=map_svg(stats["places"]), stats=stats, placed=placed,
                  places=sorted(stats["places"], key=lambda p: -p["count"]))
