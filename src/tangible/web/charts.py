"""Charts and the map as inline SVG built on the server: no scripts, nothing external.

Every label goes through ``markupsafe.escape``; coordinates are numbers we computed.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, timedelta
from functools import lru_cache

from markupsafe import Markup, escape

from tangible.services.periods import week_of
from tangible.web.paths import STATIC_DIR

FAMILIES = ("action", "attack", "statement")
FAMILY_LABELS = {"action": "Tangible actions", "attack": "Attacks", "statement": "Statements"}


def axis_ticks(n: int, plot_width: float, *, label_px: float = 64) -> list[int]:
    """Which of ``n`` evenly spaced points get a date label: evenly stepped, the last always, and none
    closer than one label's width (``label_px``) to the next, so no two labels overlap."""
    if n <= 0:
        return []
    gap = plot_width / (n - 1) if n > 1 else plot_width
    step = max(1, -(-int(label_px) // max(1, int(gap))))  # points per label, rounded up
    ticks = list(range(0, n, step))
    if ticks[-1] != n - 1:
        if (n - 1 - ticks[-1]) * gap < label_px and len(ticks) > 1:
            ticks.pop()
        ticks.append(n - 1)
    return ticks


def timeline_series(series: dict[date, dict[str, int]]) -> dict[str, list]:
    """The weekly counts as columns for the interactive chart: every week from the first to the last with an
    incident (``weeks``, ISO dates of their Mondays), and one list of counts per family."""
    if not series:
        return {"weeks": [], **{f: [] for f in FAMILIES}}
    weeks, w = [], min(series)
    while w <= max(series):
        weeks.append(w)
        w += timedelta(days=7)
    return {"weeks": [w.isoformat() for w in weeks],
            **{f: [series.get(w, {}).get(f, 0) for w in weeks] for f in FAMILIES}}


def timeline_svg(series: dict[date, dict[str, int]], *, width: int = 760, height: int = 260,
                 since: date | None = None, until: date | None = None) -> Markup:
    """Weekly lines, one per family, over every week from the first to the last with an incident (weeks
    outside ``since``..``until`` left out: background events do not stretch the axis)."""
    series = {w: v for w, v in series.items()
              if (since is None or w >= week_of(since)) and (until is None or w <= until)}
    if not series:
        return Markup("")
    first, last = min(series), max(series)
    weeks = []
    w = first
    while w <= last:
        weeks.append(w)
        w += timedelta(days=7)
    top = max([1] + [series.get(w, {}).get(f, 0) for w in weeks for f in FAMILIES])
    left, right, up, down = 36, 12, 14, 34
    pw, ph = width - left - right, height - up - down
    x = (lambda i: left + (pw * i / (len(weeks) - 1) if len(weeks) > 1 else pw / 2))
    y = (lambda v: up + ph - ph * v / top)
    parts = [f'<svg class="chart" id="timeline" role="img" viewBox="0 0 {width} {height}" '
             f'data-first-week="{first.isoformat()}" data-last-week="{last.isoformat()}" '
             f'aria-label="Weekly counts of tangible actions, attacks and statements, weeks of '
             f'{first.isoformat()} to {last.isoformat()}">']
    for k in range(0, 5):
        v = top * k / 4
        parts.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y(v):.1f}" y2="{y(v):.1f}"/>'
                     f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{v:.0f}</text>')
    parts.append(f'<line class="axis" x1="{left}" x2="{width - right}" y1="{up + ph}" y2="{up + ph}"/>')
    ticks = set(axis_ticks(len(weeks), pw, label_px=48))
    for i, wk in enumerate(weeks):
        if i in ticks:
            parts.append(f'<text x="{x(i):.1f}" y="{height - 12}" text-anchor="middle">{escape(wk.strftime("%d %b"))}</text>')
    for fam in FAMILIES:
        pts = " ".join(f"{x(i):.1f},{y(series.get(wk, {}).get(fam, 0)):.1f}" for i, wk in enumerate(weeks))
        parts.append(f'<polyline class="line-{fam}" points="{pts}"><title>{escape(FAMILY_LABELS[fam])}</title></polyline>')
        for i, wk in enumerate(weeks):
            v = series.get(wk, {}).get(fam, 0)
            if v:
                parts.append(f'<circle class="line-{fam}" cx="{x(i):.1f}" cy="{y(v):.1f}" r="2.5" fill="currentColor">'
                             f'<title>{escape(FAMILY_LABELS[fam])}, week of {wk.isoformat()}: {v}</title></circle>')
    parts.append("</svg>")
    return Markup("".join(parts))


RATING_LEVELS = ["contradicted", "no evidence", "some action", "substantial action"]


def rating_svg(history: list, *, width: int = 760, height: int = 220) -> Markup:
    """Rating over time as a step line, with supporting and contradicting counts as bars."""
    if not history:
        return Markup("")
    left, right, up, down = 130, 12, 12, 34
    pw, ph = width - left - right, height - up - down
    n = len(history)
    x = (lambda i: left + (pw * i / (n - 1) if n > 1 else pw / 2))
    y = (lambda level: up + ph - ph * level / (len(RATING_LEVELS) - 1))
    top = max([1] + [max(r.counts.get("supporting", 0), r.counts.get("contradicting", 0)) for r in history])
    parts = [f'<svg class="chart" id="rating-history" role="img" viewBox="0 0 {width} {height}" '
             f'aria-label="Rating history">']
    for level, name in enumerate(RATING_LEVELS):
        parts.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y(level):.1f}" y2="{y(level):.1f}"/>'
                     f'<text x="{left - 6}" y="{y(level) + 4:.1f}" text-anchor="end">{escape(name)}</text>')
    bar = max(2.0, pw / max(n, 1) / 3)
    for i, r in enumerate(history):
        for k, (key, fam) in enumerate((("supporting", "action"), ("contradicting", "attack"))):
            v = r.counts.get(key, 0)
            if v:
                h = (ph / 2) * v / top
                parts.append(f'<rect class="line-{fam}" x="{x(i) - bar + k * bar:.1f}" y="{up + ph - h:.1f}" '
                             f'width="{bar:.1f}" height="{h:.1f}" fill="currentColor" opacity=".35">'
                             f'<title>{escape(key)} at {r.at.isoformat()}: {v}</title></rect>')
    pts = []
    for i, r in enumerate(history):
        level = RATING_LEVELS.index(r.rating) if r.rating in RATING_LEVELS else 1
        if pts:
            pts.append(f"{x(i):.1f},{float(pts[-1].split(',')[1]):.1f}")
        pts.append(f"{x(i):.1f},{y(level):.1f}")
    parts.append(f'<polyline class="line-statement" points="{" ".join(pts)}"/>')
    for i in axis_ticks(n, pw):
        r = history[i]
        parts.append(f'<text x="{x(i):.1f}" y="{height - 12}" text-anchor="middle">{escape(r.at.strftime("%d %b %y"))}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


# --- map ---------------------------------------------------------------------------------------
BBOX = (60.0, 23.0, 78.5, 38.8)  # lon_min, lat_min, lon_max, lat_max: Afghanistan and Pakistan
MAP_W = 720


@lru_cache(maxsize=1)
def _outlines() -> dict:
    return json.loads((STATIC_DIR / "af-pk.geojson").read_text(encoding="utf-8"))


def _projector():
    lon0, lat0, lon1, lat1 = BBOX
    scale = MAP_W / (lon1 - lon0)
    height = (lat1 - lat0) * scale * 1.15  # stretch latitude a little (approximate at ~31°N)
    return (lambda lon, lat: ((lon - lon0) * scale, height - (lat - lat0) * scale * 1.15)), height


CLUSTER_PX = 16  # places closer than this on the drawn map are one circle
LABELS = 8  # the busiest places are named on the map


def _clusters(points: list[dict], project) -> list[dict]:
    """Places drawn closer than ``CLUSTER_PX`` merged, the busiest first: one circle per cluster, at the
    count-weighted centre of its places."""
    out: list[dict] = []
    for p in sorted(points, key=lambda p: (-p["count"], p["name"])):
        px, py = project(p["lon"], p["lat"])
        for c in out:
            if (c["x"] - px) ** 2 + (c["y"] - py) ** 2 <= CLUSTER_PX ** 2:
                n = c["count"] + p["count"]
                c["x"] = (c["x"] * c["count"] + px * p["count"]) / n
                c["y"] = (c["y"] * c["count"] + py * p["count"]) / n
                c["count"] = n
                c["places"].append(p)
                for fam, k in p["families"].items():
                    c["families"][fam] = c["families"].get(fam, 0) + k
                break
        else:
            out.append({"x": px, "y": py, "count": p["count"], "places": [p], "families": dict(p["families"])})
    return out


def map_svg(points: list[dict], *, link_query: str = "") -> Markup:
    """Country outlines with one circle per place, or per cluster of close places: area grows with the
    count, colour by the most frequent family; the busiest places are labelled; each circle links to the
    list of its incidents (with ``link_query``: the page's other filters)."""
    from urllib.parse import quote

    project, height = _projector()
    parts = [f'<svg class="map" id="map" role="group" viewBox="0 0 {MAP_W} {height:.0f}" '
             f'aria-label="Incidents on a map of Afghanistan and Pakistan">']
    for feature in _outlines()["features"]:
        code = feature["properties"]["iso2"]
        d = []
        for poly in feature["geometry"]["coordinates"]:
            for ring in poly:
                xy = [project(lon, lat) for lon, lat in ring]
                d.append("M" + "L".join(f"{px:.1f},{py:.1f}" for px, py in xy) + "Z")
        cls = "land land-focus" if code in ("AF", "PK") else "land"
        parts.append(f'<path class="{cls}" d="{"".join(d)}"><title>{escape(feature["properties"]["name"])}</title></path>')
    for label, lon, lat in (("AFGHANISTAN", 65.5, 34.2), ("PAKISTAN", 69.3, 27.6)):
        px, py = project(lon, lat)
        parts.append(f'<text class="country" x="{px:.0f}" y="{py:.0f}" text-anchor="middle">{label}</text>')
    clusters = _clusters(points, project)
    labels = []
    for rank, c in enumerate(clusters):
        r = 3 + 3 * (c["count"] ** 0.5)
        fam = max(sorted(c["families"]), key=lambda f: c["families"][f]) if c["families"] else "other"
        names = [p["name"] for p in c["places"]]
        title = (f'{names[0]}: ' if len(names) == 1 else f'{len(names)} places ({", ".join(names[:6])}'
                 f'{"…" if len(names) > 6 else ""}): ') + \
            f'{c["count"]} incident{"" if c["count"] == 1 else "s"} — ' + \
            ", ".join(f"{n} {t}" for t, n in sorted(sum((p["types"] for p in c["places"]), Counter()).items()))
        href = "/incidents?" + "&".join(f"place={quote(n)}" for n in names) + (f"&{link_query}" if link_query else "")
        parts.append(f'<a href="{escape(href)}" class="place" data-count="{c["count"]}"><circle class="dot-{fam}" '
                     f'cx="{c["x"]:.1f}" cy="{c["y"]:.1f}" r="{r:.1f}"><title>{escape(title)}</title></circle>')
        if len(names) > 1:
            parts.append(f'<text class="cluster-count" x="{c["x"]:.1f}" y="{c["y"] + 3:.1f}" '
                         f'text-anchor="middle">{c["count"]}</text>')
        parts.append("</a>")
        if rank < LABELS:
            label = names[0] + (f" +{len(names) - 1}" if len(names) > 1 else "")
            labels.append(f'<text class="place-label" x="{c["x"] + r + 2:.1f}" y="{c["y"] + 3:.1f}">{escape(label)}</text>')
    parts.extend(labels)
    parts.append("</svg>")
    return Markup("".join(parts))
