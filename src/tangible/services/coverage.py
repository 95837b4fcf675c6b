"""Coverage, so that a trend is not a new outlet: documents seen and documents on the case, per publisher and
region, period by period, and whether coverage changed between two periods.

A rise in reported attacks means little when two more outlets started covering the province in the same
month. :func:`compare` sets a period against the one before it and says whether coverage changed: the
documents on the case (those that report an event of the case) rose or fell by at least
:data:`CHANGE_SHARE` (and by at least :data:`CHANGE_MIN` documents), or an outlet started or stopped
reporting on the case (on a region: started or stopped covering it). Briefs and trends state it beside
every arrow. Documents are dated by publication (the day they were fetched when they carry no date).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Iterable

CHANGE_SHARE = 0.25  # a rise or fall of a quarter in documents on the case is a change of coverage
CHANGE_MIN = 3  # ... when it is at least this many documents


def _n(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


@dataclass
class Coverage:
    since: date
    until: date
    seen: int = 0
    on_case: int = 0
    publishers: dict[str, dict[str, int]] = field(default_factory=dict)  # {"seen", "on_case"}
    regions: dict[str, dict[str, Any]] = field(default_factory=dict)  # {"on_case", "publishers": [...]}

    def to_dict(self) -> dict[str, Any]:
        return {"since": self.since.isoformat(), "until": self.until.isoformat(), "seen": self.seen,
                "on_case": self.on_case, "publishers": self.publishers, "regions": self.regions}


def measure(store, since: date, until: date, *, groups: Iterable[str] | None = None) -> Coverage:
    """Coverage over [since, until]; with ``groups``, only documents on the case that name one of them count as
    on the case (documents seen are all documents)."""
    wanted = set(groups or ())
    cov = Coverage(since, until)
    region_pubs: dict[str, set[str]] = {}
    for d in store.coverage.documents_between(since, until):
        on = d.on_case and (not wanted or bool(d.groups & wanted))
        cov.seen += 1
        row = cov.publishers.setdefault(d.publisher, {"seen": 0, "on_case": 0})
        row["seen"] += 1
        if on:
            cov.on_case += 1
            row["on_case"] += 1
            for region in d.regions:
                cov.regions.setdefault(region, {"on_case": 0, "publishers": []})["on_case"] += 1
                region_pubs.setdefault(region, set()).add(d.publisher)
    for region, pubs in region_pubs.items():
        cov.regions[region]["publishers"] = sorted(pubs)
    cov.publishers = dict(sorted(cov.publishers.items()))
    cov.regions = dict(sorted(cov.regions.items()))
    return cov


@dataclass
class CoverageChange:
    current: Coverage
    previous: Coverage
    changed: bool
    started: list[str]  # outlets reporting on the case now that did not before
    stopped: list[str]
    regions_started: dict[str, list[str]]  # region: outlets that started covering it
    regions_stopped: dict[str, list[str]]
    statement: str

    def to_dict(self) -> dict[str, Any]:
        return {"changed": self.changed, "statement": self.statement, "started": self.started,
                "stopped": self.stopped, "regions_started": self.regions_started,
                "regions_stopped": self.regions_stopped,
                "on_case": {"current": self.current.on_case, "previous": self.previous.on_case},
                "seen": {"current": self.current.seen, "previous": self.previous.seen},
                "current": {"since": self.current.since.isoformat(), "until": self.current.until.isoformat()},
                "previous": {"since": self.previous.since.isoformat(), "until": self.previous.until.isoformat()}}


def _pct(now: int, before: int) -> str:
    if before == 0:
        return "from none" if now else "none either"
    change = round(100 * (now - before) / before)
    return f"{change:+d} %"


def compare(store, since: date, until: date, *, groups: Iterable[str] | None = None,
            previous: tuple[date, date] | None = None) -> CoverageChange:
    """Coverage of [since, until] against the period of the same length before it (or ``previous``)."""
    groups = list(groups or ())
    length = (until - since).days + 1
    p_since, p_until = previous or (since - timedelta(days=length), since - timedelta(days=1))
    cur = measure(store, since, until, groups=groups)
    prev = measure(store, p_since, p_until, groups=groups)
    now_pubs = {p for p, r in cur.publishers.items() if r["on_case"]}
    then_pubs = {p for p, r in prev.publishers.items() if r["on_case"]}
    started, stopped = sorted(now_pubs - then_pubs), sorted(then_pubs - now_pubs)
    regions_started: dict[str, list[str]] = {}
    regions_stopped: dict[str, list[str]] = {}
    for region in sorted(set(cur.regions) | set(prev.regions)):
        a = set(cur.regions.get(region, {}).get("publishers", []))
        b = set(prev.regions.get(region, {}).get("publishers", []))
        if a - b:
            regions_started[region] = sorted(a - b)
        if b - a:
            regions_stopped[region] = sorted(b - a)
    diff = abs(cur.on_case - prev.on_case)
    volume = diff >= CHANGE_MIN and diff >= CHANGE_SHARE * max(prev.on_case, 1)
    changed = volume or bool(started) or bool(stopped)
    what = "on the case" + (f" naming {groups[0]}" if len(groups) == 1 else " naming its groups" if groups else "")
    counts = f"documents {what} {prev.on_case} → {cur.on_case} ({_pct(cur.on_case, prev.on_case)})"
    parts = []
    for region, pubs in list(regions_started.items())[:3]:
        parts.append(f"{_n(len(pubs), 'outlet')} started covering {region} ({', '.join(pubs)})")
    for region, pubs in list(regions_stopped.items())[:3]:
        parts.append(f"{_n(len(pubs), 'outlet')} stopped covering {region} ({', '.join(pubs)})")
    if started and not regions_started:
        parts.append(f"{_n(len(started), 'outlet')} started reporting ({', '.join(started)})")
    if stopped and not regions_stopped:
        parts.append(f"{_n(len(stopped), 'outlet')} stopped reporting ({', '.join(stopped)})")
    if changed:
        statement = f"Coverage changed in the same period: {counts}" + ("; " + "; ".join(parts) if parts else "") + "."
    else:
        statement = f"Coverage steady in the same period: {counts}, the same outlets."
    return CoverageChange(cur, prev, changed, started, stopped, regions_started, regions_stopped, statement)


def periods(until: date, period: str, count: int) -> list[tuple[date, date]]:
    """``count`` consecutive periods ending on ``until``, oldest first (months are calendar months when
    ``until`` is a month's last day)."""
    from tangible.services.briefs import period_bounds

    out: list[tuple[date, date]] = []
    end = until
    for _ in range(max(1, count)):
        since, end_ = period_bounds(end, period)
        out.append((since, end_))
        end = since - timedelta(days=1)
    return list(reversed(out))


def coverage_log(store, until: date, period: str = "month", count: int = 6) -> list[dict]:
    """The coverage log: per period, documents seen and on the case per publisher and region, and whether
    coverage changed against the period before."""
    spans = periods(until, period, count + 1)
    out = []
    for (p_since, p_until), (since, end) in zip(spans, spans[1:]):
        change = compare(store, since, end, previous=(p_since, p_until))
        row = change.current.to_dict()
        row["change"] = {k: v for k, v in change.to_dict().items() if k not in ("current", "previous")}
        out.append(row)
    return out


def trend_coverage(store, rating, groups: Iterable[str]) -> dict:
    """Whether coverage of the commitment's groups changed over the windows of the rating's trend (the last
    ``trend["days"]`` days against as many before): what a rising or falling trend is to be read with."""
    days = int((rating.trend or {}).get("days") or 30)
    since = rating.at - timedelta(days=days - 1)
    return compare(store, since, rating.at, groups=groups).to_dict()
