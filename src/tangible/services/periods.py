"""The date range a page or an export covers.

An analyst's question starts at a date: "since the assurance of 19 October 2025". Every page offers the
same choices: since each active commitment was made, the last 12 months, the last 90 days, every date, or
dates of one's own. Without a choice, a page covers the time since the earliest active commitment, or the
last 12 months when there is none; background events dated before it ("a large operation in 2014") stay
out of its charts and lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from tangible.errors import E, InputError
from tangible.services.views import cached

CUSTOM = "custom"


def week_of(day: date) -> date:
    """The Monday of the week ``day`` falls in."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class Period:
    key: str  # "c:<commitment id>", "12m", "90d", "all" or "custom"
    label: str
    since: date | None
    until: date | None

    def query_items(self) -> list[tuple[str, str]]:
        """How a link carries this period: its key, or the dates of a custom one."""
        if self.key != CUSTOM:
            return [("period", self.key)]
        return [(k, v.isoformat()) for k, v in (("since", self.since), ("until", self.until)) if v]

    def describe(self) -> str:
        """The range in words: "since 19 Oct 2025", "1 Nov 2026 to 30 Nov 2026", "all dates"."""
        if self.since and self.until:
            return f"{fmt_day(self.since)} to {fmt_day(self.until)}"
        if self.since:
            return f"since {fmt_day(self.since)}"
        if self.until:
            return f"until {fmt_day(self.until)}"
        return "all dates"


def fmt_day(day: date) -> str:
    return f"{day.day} {day.strftime('%b %Y')}"


def commitment_title(spec, names: dict[str, str]) -> str:
    """A commitment as people name it: "Taliban assurance to Pakistan and China, 29 Feb 2020"."""
    by = names.get(spec.by, spec.by)
    to = [names.get(t, str(t)) for t in (spec.to or ())]
    made = getattr(spec, "made_on", None)
    head = f"{by} assurance" + (f" to {_join(to)}" if to else "")
    return f"{head}, {fmt_day(made)}" if made else head


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def period_choices(store, names: dict[str, str], today: date | None = None) -> list[Period]:
    """The choices every page offers: one per active commitment (latest first), then the fixed ranges."""
    today = today or date.today()
    active = cached(store, ("active_commitments",), lambda: store.ledger.list(status="active"))
    out = [Period(f"c:{c.id}", f"Since the {commitment_title(c, names)}", c.made_on, None)
           for c in sorted(active, key=lambda c: (c.made_on, c.id), reverse=True) if c.made_on]
    out += [Period("12m", "Last 12 months", today - timedelta(days=365), None),
            Period("90d", "Last 90 days", today - timedelta(days=90), None),
            Period("all", "All dates", None, None)]
    return out


def default_period(choices: list[Period]) -> Period:
    """Since the earliest active commitment, or the last 12 months."""
    commitments = [p for p in choices if p.key.startswith("c:")]
    if commitments:
        return min(commitments, key=lambda p: p.since)
    return next(p for p in choices if p.key == "12m")


def resolve_period(choices: list[Period], key: str | None, since: date | None, until: date | None) -> Period:
    """The period a request asks for: a named choice (``period=``), else its own dates, else the default."""
    if key and key != CUSTOM:
        for p in choices:
            if p.key == key:
                return p
        raise InputError(f"Unknown period {key!r}.",
                         f"Use one of: {', '.join(p.key for p in choices)}, or give since/until dates.",
                         code=E.UNKNOWN_FILTER_VALUE)
    if since or until:
        if since and until and since > until:
            raise InputError(f"The date range starts ({since}) after it ends ({until}).",
                             "Swap the two dates.", code=E.DATE_RANGE_REVERSED)
        return Period(CUSTOM, "Dates of your own", since, until)
    return default_period(choices)


__all__ = ["Period", "CUSTOM", "period_choices", "default_period", "resolve_period", "commitment_title", "fmt_day"]
