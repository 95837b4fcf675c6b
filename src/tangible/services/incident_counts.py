"""Exact totals of incident lists filtered by group, type, grade and date range, without a scan per request.

Counting the incidents behind a filter is a scan of every matching row; over a large store that costs far
more than the page itself. Per store revision, one grouped query gives the number of incidents for every
(group, type, grade, date); each (group, type, grade) keeps its dates sorted with running totals, so a
date range is two binary searches. Filters on anything else (place, text, modality, source) are counted
by the store.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date
from itertools import accumulate
from typing import Any, Iterable

from tangible.services.views import cached

INDEXED_FILTERS = frozenset({"group", "type", "grade", "since", "until"})
# a group holding at least this share of all incidents is paged by walking the date index (see the store)
COMMON_GROUP_SHARE = 0.02


class _Series:
    """Counts by date for one key: sorted dates, running totals, and the count with no date."""

    __slots__ = ("dates", "running", "undated")

    def __init__(self, by_date: dict[date | None, int]):
        self.undated = by_date.pop(None, 0)
        self.dates = sorted(by_date)
        self.running = list(accumulate(by_date[d] for d in self.dates))

    def total(self, since: date | None, until: date | None) -> int:
        if since is None and until is None:
            return (self.running[-1] if self.running else 0) + self.undated
        lo = bisect_left(self.dates, since) if since else 0
        hi = bisect_right(self.dates, until) if until else len(self.dates)
        if hi <= lo:
            return 0
        return self.running[hi - 1] - (self.running[lo - 1] if lo else 0)


def _as_set(value: Any) -> set[str] | None:
    if value is None or value == "":
        return None
    return {value} if isinstance(value, str) else set(value)


class IncidentCounts:
    def __init__(self, plain: Iterable[tuple], grouped: Iterable[tuple]):
        by_key: dict[tuple, dict] = {}
        for type_, grade, day, n in plain:
            series = by_key.setdefault((None, type_, grade), {})
            series[day] = series.get(day, 0) + n
        for group, type_, grade, day, n in grouped:
            series = by_key.setdefault((group, type_, grade), {})
            series[day] = series.get(day, 0) + n
        # by group (None: every incident), then (type, grade): a request reads its own group's few series
        self.by_group: dict[str | None, list[tuple[str, str, _Series]]] = {}
        for (g, t, gr), v in by_key.items():
            self.by_group.setdefault(g, []).append((t, gr, _Series(v)))
        self.total = self.count()
        self._common: dict[str, bool] = {}

    def count(self, group: str | None = None, type: Any = None, grade: Any = None, since: date | None = None,
              until: date | None = None) -> int:
        types, grades = _as_set(type), _as_set(grade)
        n = 0
        for t, gr, series in self.by_group.get(group, ()):
            if (types is not None and t not in types) or (grades is not None and gr not in grades):
                continue
            n += series.total(since, until)
        return n

    def is_common_group(self, group: str) -> bool:
        common = self._common.get(group)
        if common is None:
            common = self._common[group] = self.count(group=group) >= COMMON_GROUP_SHARE * max(self.total, 1)
        return common


def incident_counts(store) -> IncidentCounts:
    """The counts of the store as it is now (cached until its next write)."""
    return cached(store, ("incident_counts",), lambda: IncidentCounts(*store.incidents.count_histogram()))


def count_incidents(store, filters: dict[str, Any]) -> int:
    """The number of incidents matching ``filters`` (the keyword filters of the incident repository)."""
    active = {k: v for k, v in filters.items() if v not in (None, "", [], ())}
    group = active.get("group")
    if isinstance(group, (list, tuple)) and len(group) == 1:
        active["group"] = group[0]  # one group: counted from the index like a single value
    if set(active) <= INDEXED_FILTERS and not isinstance(active.get("group"), (list, tuple)):
        return incident_counts(store).count(**active)
    key = ("incident_count", tuple(sorted((k, str(v)) for k, v in active.items())))
    return cached(store, key, lambda: store.incidents.count_filtered(**filters))


def page_hints(store, filters: dict[str, Any]) -> dict[str, Any]:
    """Query-plan hints for the page query: walk the date index for a common group."""
    group = filters.get("group")
    if isinstance(group, (list, tuple)):
        group = group[0] if len(group) == 1 else None
    return {"group_scan": True} if group and incident_counts(store).is_common_group(group) else {}
