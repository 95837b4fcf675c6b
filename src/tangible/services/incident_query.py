"""The incident list as an analyst asks for it: filters with several values each, a date range, a sort, a
summary line, and the same rows for a download.

One :class:`IncidentFilters` serves the API, the pages and the exports, so a CSV downloaded from a page holds
exactly the incidents the page lists, in the same order. Values of one filter combine with *or*
(``type=ARREST&type=OPERATION``: arrests and operations), different filters with *and*. ``family`` is a
shortcut for every type of a family (``family=action``: every tangible action) and adds to ``type``.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Iterator, Literal

from pydantic import BaseModel, field_validator

from tangible.models import Incident
from tangible.services.pagination import Page, decode_cursor, page_of
from tangible.errors import E, InputError
from tangible.ontology import ACTION_TYPES, EVENT_TYPES, MODALITIES, STATEMENT_TYPES, VERIFICATIONS, VIOLENCE_TYPES
from tangible.services.incident_counts import count_incidents, page_hints
from tangible.services.views import cached

GRADES = ("corroborated", "single-source", "claimed", "disputed")
FAMILIES: dict[str, tuple[str, ...]] = {
    "action": tuple(ACTION_TYPES), "attack": tuple(VIOLENCE_TYPES), "statement": tuple(STATEMENT_TYPES)}
FAMILY_LABELS = {"action": "all tangible actions", "attack": "all attacks", "statement": "all statements"}
# ``none``: incidents whose reports state no verification
VERIFICATION_CHOICES = (*VERIFICATIONS, "none")
SORTS = ("date", "sources")
MAX_VALUES = 50  # values of one filter


def _listed(value: Any) -> list[str]:
    """A filter's values: one string, a list of them, or nothing; empty strings (blank form fields) dropped,
    each value once, in the order given."""
    if value is None:
        return []
    items = [value] if isinstance(value, str) else list(value)
    out: list[str] = []
    for v in items:
        if not isinstance(v, str):
            raise InputError(f"A filter value must be text, not {v!r}.", code=E.FILTER_TOO_LONG)
        v = v.strip()
        if v and v not in out:
            out.append(v)
    return out


def _check_values(name: str, values: list[str], allowed) -> None:
    bad = [v for v in values if v not in allowed]
    if bad:
        raise InputError(f"Unknown {name} {bad[0]!r}.", f"Use one of: {', '.join(allowed)}.", code=E.UNKNOWN_FILTER_VALUE)


class IncidentFilters(BaseModel):
    """Filters of an incident list. Each list filter takes one value or several (any of them matches)."""

    group: list[str] = []
    type: list[str] = []
    family: list[str] = []
    grade: list[str] = []
    party: list[str] = []  # the acting party: a case-file actor or group id
    place: list[str] = []  # a place name, a province (admin1) or a country code
    verification: list[str] = []
    modality: list[str] = []
    since: date | None = None
    until: date | None = None
    q: str | None = None
    sort: Literal["date", "sources"] = "date"

    @field_validator("group", "type", "family", "grade", "party", "place", "verification", "modality",
                     mode="before")
    @classmethod
    def _as_list(cls, value: Any) -> list[str]:
        return _listed(value)

    @field_validator("q", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("sort", mode="before")
    @classmethod
    def _default_sort(cls, value: Any) -> Any:
        return "date" if value in (None, "") else value

    def check(self) -> "IncidentFilters":
        _check_values("type", self.type, EVENT_TYPES)
        _check_values("family", self.family, FAMILIES)
        _check_values("grade", self.grade, GRADES)
        _check_values("verification", self.verification, VERIFICATION_CHOICES)
        _check_values("modality", self.modality, MODALITIES)
        if self.since and self.until and self.since > self.until:
            raise InputError(f"The date range starts ({self.since}) after it ends ({self.until}).",
                             "Swap `since` and `until`.", code=E.DATE_RANGE_REVERSED)
        for name in ("group", "party", "place", "type", "grade", "family", "verification", "modality"):
            values = getattr(self, name)
            if len(values) > MAX_VALUES:
                raise InputError(f"The filter `{name}` has more than {MAX_VALUES} values.", code=E.FILTER_TOO_LONG)
            if any(len(v) > 200 for v in values):
                raise InputError(f"A value of the filter `{name}` is longer than 200 characters.", code=E.FILTER_TOO_LONG)
        if self.q is not None and len(self.q) > 200:
            raise InputError("The filter `q` is longer than 200 characters.", code=E.FILTER_TOO_LONG)
        return self

    def types(self) -> list[str]:
        """The event types asked for: ``type`` and every type of each ``family``, in ontology order."""
        wanted = set(self.type)
        for fam in self.family:
            wanted.update(FAMILIES[fam])
        return [t for t in EVENT_TYPES if t in wanted]

    def repo_kwargs(self) -> dict[str, Any]:
        """The keyword filters of the incident repository."""
        out: dict[str, Any] = dict(group=self.group or None, type=self.types() or None, grade=self.grade or None,
                                   place=self.place or None, since=self.since, until=self.until, text=self.q or None)
        if self.party:
            out["source"] = self.party
        if self.verification:
            out["verification"] = self.verification
        if self.modality:
            out["modality"] = self.modality
        return out

    def query_items(self, *, without: tuple[str, ...] = ()) -> list[tuple[str, str]]:
        """The filters as query-string pairs, one pair per value (``urlencode`` them as they are)."""
        items: list[tuple[str, str]] = []
        for name, value in self.model_dump().items():
            if name in without or value in (None, "", []) or (name == "sort" and value == "date"):
                continue
            for v in (value if isinstance(value, list) else [value]):
                items.append((name, str(v)))
        return items

    def key(self) -> tuple:
        """A hashable key of the filters (for caches)."""
        return tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in self.model_dump().items())

    def is_default(self) -> bool:
        return not self.query_items(without=("since", "until"))


def _incident_key(inc: Incident, sort: str) -> list:
    day = inc.date.isoformat() if inc.date else None
    if sort == "sources":
        return [str(inc.n_publishers or 0), day, inc.id]
    return [day, inc.id]


def _decode(cursor: str | None, sort: str):
    if sort == "date":
        key = decode_cursor(cursor, 2, dated=True)
        return tuple(key) if key else None
    key = decode_cursor(cursor, 3)
    if key is None:
        return None
    n, day, last = key
    try:
        ok = n is not None and n.isdigit() and (day is None or date.fromisoformat(day).isoformat() == day)
    except ValueError:
        ok = False
    if not ok:
        raise InputError(f"The cursor {cursor[:40]!r} is not valid.",
                         "Pass back the `next` value of a previous answer unchanged.", code=E.BAD_CURSOR)
    return int(n), day, last


def _read_page(store, filters: IncidentFilters, limit: int, cursor: str | None) -> tuple[list[Incident], int, bool]:
    """Up to ``limit`` incidents matching ``filters`` after ``cursor``, the total that match, and whether
    more follow."""
    filters.check()
    after = _decode(cursor, filters.sort)
    kwargs = filters.repo_kwargs()
    repo = store.incidents
    if filters.sort == "sources":
        rows = repo.page_by_sources(limit=limit + 1, after=after, **kwargs)
    else:
        rows = repo.page(limit=limit + 1, after=after, **kwargs, **page_hints(store, kwargs))
    total = count_incidents(store, kwargs)
    return rows[:limit], total, len(rows) > limit


def incident_page(store, filters: IncidentFilters, *, limit: int, cursor: str | None,
                  with_mentions: bool = False) -> Page[Incident]:
    """One page of the incidents matching ``filters``, in their sort, with the total that match and the
    cursor of the next page."""
    rows, total, more = _read_page(store, filters, limit, cursor)
    if with_mentions:
        rows = store.incidents.with_mentions(rows)
    return page_of(rows, total, _incident_key(rows[-1], filters.sort) if more and rows else None)


def iter_matching(store, filters: IncidentFilters, *, batch: int = 200) -> Iterator[Incident]:
    """Every incident matching ``filters``, in the list's order, each with its mentions: what a page lists,
    all pages of it."""
    cursor = None
    while True:
        page = incident_page(store, filters, limit=batch, cursor=cursor, with_mentions=True)
        yield from page.data
        cursor = page.next
        if not cursor:
            return


def incident_download(store, settings, filters: IncidentFilters, fmt: str, per: str = "incident") -> Iterator[str]:
    """The incidents matching ``filters``, in the list's order, as text chunks of a CSV file (flat columns,
    UTF-8 with BOM) or of JSON Lines (DESIGN §5 records)."""
    import io
    import json

    from tangible.services import exports
    from tangible.services.case import display_names, get_case

    filters.check()
    if fmt == "jsonl":
        for inc in iter_matching(store, filters):
            yield json.dumps(exports.incident_record(inc), ensure_ascii=False, default=str) + "\n"
        return
    if fmt != "csv":
        raise InputError(f"Unknown download format {fmt!r}.", "Use csv or jsonl.", code=E.UNKNOWN_EXPORT_FORMAT)
    names = display_names(get_case(settings))
    fields = exports.flat_fields(per)
    buf = io.StringIO()
    exports.write_flat_csv([], fields, buf)  # BOM and header
    for row in exports.flat_rows(iter_matching(store, filters), names, per=per):
        if buf.tell() > 64_000:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
        exports.write_flat_csv([row], fields, buf, bom=False, header=False)
    yield buf.getvalue()


def download_name(filters: IncidentFilters, ext: str) -> str:
    """A file name that says what was downloaded: ``incidents-ttp-action-2025-10-19-to-2026-12-03.csv``."""
    import re

    parts = ["incidents", *filters.group[:3], *filters.family, *filters.type[:3]]
    if filters.since or filters.until:
        parts.append(f"{filters.since or 'start'}-to-{filters.until or 'now'}")
    name = re.sub(r"[^A-Za-z0-9_.-]+", "-", "-".join(parts)).strip("-").lower()
    return f"{name[:120]}.{ext}"


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def summarize(store, filters: IncidentFilters) -> dict[str, Any]:
    """Counts by family and grade of the incidents matching ``filters``, and the summary line in words:
    "14 actions, 9 corroborated; 6 attacks; 3 statements" (how many actions are corroborated: the
    question an analyst asks of the actions)."""
    filters.check()
    kwargs = filters.repo_kwargs()
    rows = cached(store, ("type_grade_counts", filters.key()), lambda: store.incidents.type_grade_counts(**kwargs))
    fam_of = {t: fam for fam, types in FAMILIES.items() for t in types}
    by_family: dict[str, dict[str, int]] = {fam: {} for fam in FAMILIES}
    for type_, grade, n in rows:
        grades = by_family.setdefault(fam_of.get(type_, "other"), {})
        grades[grade] = grades.get(grade, 0) + n
    totals = {fam: sum(g.values()) for fam, g in by_family.items()}
    parts = []
    for fam, (one, many) in (("action", ("action", "actions")), ("attack", ("attack", "attacks")),
                             ("statement", ("statement", "statements")), ("other", ("other", "others"))):
        n = totals.get(fam, 0)
        if not n:
            continue
        words = plural(n, one, many)
        corroborated = by_family[fam].get("corroborated", 0)
        if fam == "action":
            words += f", {corroborated} corroborated"
        parts.append(words)
    return {"total": sum(totals.values()), "by_family": totals, "by_family_grade": by_family,
            "text": "; ".join(parts) if parts else "no incidents"}


__all__ = ["incident_download", "download_name", "IncidentFilters", "GRADES", "FAMILIES", "FAMILY_LABELS", "SORTS", "VERIFICATION_CHOICES",
           "incident_page", "iter_matching", "summarize", "plural"]
