"""The filters and the date range of a page, read from its query string.

Every page takes the same parameters: ``period`` (a named range) or ``since``/``until`` (dates), and the
incident filters, each repeatable (``type=ARREST&type=OPERATION``). A link from one page to another carries
them, so the map, the list and the downloads show the same incidents.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from fastapi import Request
from pydantic import ValidationError

from tangible.errors import E, InputError
from tangible.services.case import display_names, get_case, short_names
from tangible.services.incident_query import IncidentFilters
from tangible.services.periods import Period, period_choices, resolve_period

LIST_PARAMS = ("group", "type", "family", "grade", "party", "place", "verification", "modality")


def _date(request: Request, name: str) -> date | None:
    value = (request.query_params.get(name) or "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"Invalid filter: {name} ({value!r}). Dates are YYYY-MM-DD.", code=E.INVALID_INPUT) from None


def _values(request: Request, name: str) -> list[str]:
    out: list[str] = []
    for raw in request.query_params.getlist(name):
        # a place typed in a text box may list several: "Kunar, Nangarhar"
        parts = raw.split(",") if name == "place" else [raw]
        out += [p.strip() for p in parts if p.strip()]
    return out


@dataclass
class PageFilters:
    filters: IncidentFilters
    period: Period
    choices: list[Period]
    names: dict[str, str]
    case: object = field(repr=False, default=None)

    def query(self, *, without: tuple[str, ...] = (), **extra) -> str:
        """The query string of these filters and this period (and ``extra`` pairs)."""
        items = self.period.query_items() + self.filters.query_items(without=("since", "until", *without))
        for k, v in extra.items():
            items += [(k, x) for x in (v if isinstance(v, list) else [v])]
        return urlencode(items)

    def period_query(self) -> str:
        return urlencode(self.period.query_items())


def page_filters(request: Request, store, settings) -> PageFilters:
    """The filters and date range a page request asks for (the default range when it names none)."""
    case = get_case(settings)
    names = display_names(case)
    choices = period_choices(store, short_names(case))
    period = resolve_period(choices, request.query_params.get("period") or None, _date(request, "since"),
                            _date(request, "until"))
    try:
        filters = IncidentFilters(**{name: _values(request, name) for name in LIST_PARAMS},
                                  since=period.since, until=period.until, q=request.query_params.get("q"),
                                  sort=request.query_params.get("sort") or "date")
    except ValidationError as exc:
        bad = ", ".join(f"{'.'.join(map(str, e['loc']))} ({e['input']!r})" for e in exc.errors())
        raise InputError(f"Invalid filter: {bad}.", code=E.INVALID_INPUT) from exc
    return PageFilters(filters.check(), period, choices, names, case)
