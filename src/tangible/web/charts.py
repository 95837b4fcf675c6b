"""Charts and the map as inline SVG built on the server: no scripts, nothing external.

Every label goes through ``markupsafe.escape``; coordinates are numbers we computed.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from functools import lru_cache

from markupsafe import Markup, escape

from tangible.web.paths import STATIC_DIR

FAMILIES = ("action", "attack", "statement")
FAMILY_LABELS = {"action": "Tangible actions", "attack": "Attacks", "statement": "Statements"}


def week_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def timeline_svg(series: dict[date, dict[str, int]], *, width: int = 760, height: int = 260) -> Markup:
    """Weekly lines, one per family, over every week from the first to the last."""
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
             f'aria-label="Weekly counts of tangible actions, attacks and statements">']
    for k in range(0, 5):
        v = top * k / 4
        parts.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y(v):.1f}" y2="{y(v):.1f}"/>'
                     f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{v:.0f}</text>')
    parts.append(f'<line class="axis" x1="{left}" x2="{width - right}" y1="{up + ph}" y2="{up + ph}"/>')
    step = max(1, len(weeks) // 8)
    for i, wk in enumerate(weeks):
        if i % step == 0:
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
    step = max(1, n // 8)
    for i, r in enumerate(history):
        if i % step == 0 or i == n - 1:
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


def map_svg(points: list[dict]) -> Markup:
    """Country outlines with one circle per place: area grows with the count, colour by family."""
    project, height = _projector()
    parts = [f'<svg class="map" id="map" role="img" viewBox="0 0 {MAP_W} {height:.0f}" '
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
        parts.append(f'<text x="{px:.0f}" y="{py:.0f}" text-anchor="middle">{label}</text>')
    for p in sorted(points, key=lambda p: -p["count"]):
        px, py = project(p["lon"], p["lat"])
        r = 3 + 3 * (p["count"] ** 0.5)
        title = f'{p["name"]}: {p["count"]} incident(s) — ' + ", ".join(f"{n} {t}" for t, n in sorted(p["types"].items()))
        parts.append(f'<a href="/incidents?place={escape(p["name"])}"><circle class="dot-{p["family"]}" '
                     f'cx="{px:.1f}" cy="{py:.1f}" r="{r:.1f}"><title>{escape(title)}</title></circle></a>')
    parts.append("</svg>")
    return Markup("".join(parts))
