"""``/api/v1/incidents`` — resolved real-world events, filtered, keyset-paginated; and their review."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel, Field

from tangible.api.deps import ReviewerToken, StoreDep
from tangible.api.pagination import decode_cursor, envelope
from tangible.api.routes.mentions import check_choice
from tangible.api.schemas import IncidentPublic, ListPublic, trusted_list_json
from tangible.errors import InputError, NotFound
from tangible.ontology import EVENT_TYPES, MODALITIES
from tangible.services.incident_counts import count_incidents, page_hints
from tangible.services.review import history_of
from tangible.services.views import cached_response
from tangible.store import Store

router = APIRouter(prefix="/incidents", tags=["incidents"])

GRADES = ("corroborated", "single-source", "claimed", "disputed")


class IncidentFilters(BaseModel):
    group: str | None = None
    type: str | None = None
    modality: str | None = None
    grade: str | None = None
    place: str | None = None
    since: date | None = None
    until: date | None = None
    q: str | None = None

    def check(self) -> "IncidentFilters":
        check_choice("type", self.type, EVENT_TYPES)
        check_choice("grade", self.grade, GRADES)
        check_choice("modality", self.modality, MODALITIES)
        if self.since and self.until and self.since > self.until:
            raise InputError(f"The date range starts ({self.since}) after it ends ({self.until}).",
                             "Swap `since` and `until`.", code="T113")
        for name in ("group", "place", "q"):
            value = getattr(self, name)
            if value is not None and len(value) > 200:
                raise InputError(f"The filter `{name}` is longer than 200 characters.", code="T111")
        return self

    def repo_kwargs(self) -> dict[str, Any]:
        out = dict(group=self.group or None, type=self.type or None, grade=self.grade or None,
                   place=self.place or None, since=self.since, until=self.until, text=self.q or None)
        if self.modality:
            out["modality"] = self.modality
        return out

    def query_string(self) -> dict[str, str]:
        return {k: str(v) for k, v in self.model_dump().items() if v not in (None, "")}


def _page_key(rec: dict) -> list:
    return [rec["date"], rec["id"]]


def list_incidents(store: Store, filters: IncidentFilters, *, limit: int, cursor: str | None,
                   with_mentions: bool = False) -> dict:
    filters.check()
    key = decode_cursor(cursor, 2)
    if key and key[1] is None:
        raise InputError(f"The cursor {cursor[:40]!r} is not valid.", code="T110")
    kwargs = filters.repo_kwargs()
    try:
        rows = store.incidents.list(limit=limit + 1, after=tuple(key) if key else None, **kwargs,
                                    **page_hints(store, kwargs))
        total = count_incidents(store, kwargs)
    except TypeError as exc:
        if "modality" not in kwargs:
            raise
        raise InputError("Filtering incidents by modality is not available in this build.", code="T114") from exc
    more = len(rows) > limit
    rows = rows[:limit]
    if with_mentions:
        rows = store.incidents.attach_mentions(rows)
    return envelope(rows, total, _page_key(rows[-1]) if more and rows else None)


def get_incident(store: Store, incident_id: str) -> dict:
    rec = store.incidents.get(incident_id)
    if rec is None:
        raise NotFound(f"No incident with id {incident_id!r}.", "List incidents at /api/v1/incidents.")
    return rec


@router.get("", response_model=ListPublic[IncidentPublic])
def incidents_index(
    store: StoreDep,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(description="`next` from the previous page.")] = None,
    group: Annotated[str | None, Query(description="Armed group id from the case file, e.g. ttp.")] = None,
    type: Annotated[str | None, Query(description="Event type, e.g. ARREST or ATTACK.")] = None,
    modality: Annotated[str | None, Query(description="Only incidents with a mention of this modality.")] = None,
    grade: Annotated[str | None, Query(description="corroborated, single-source, claimed or disputed.")] = None,
    place: Annotated[str | None, Query(description="Province name or country code (AF, PK).")] = None,
    since: Annotated[date | None, Query(description="First date, YYYY-MM-DD.")] = None,
    until: Annotated[date | None, Query(description="Last date, YYYY-MM-DD.")] = None,
    q: Annotated[str | None, Query(description="Text to find in the quoted sentences.")] = None,
    mentions: Annotated[bool, Query(description="Include every mention of each incident.")] = False,
):
    """Incidents, newest first. Filters combine; `count` is the number matching them all."""
    filters = IncidentFilters(group=group, type=type, modality=modality, grade=grade, place=place,
                              since=since, until=until, q=q)

    def answer() -> bytes:
        page = list_incidents(store, filters, limit=limit, cursor=cursor, with_mentions=mentions)
        # the store's records written straight in the response model's shape (a test holds them to the
        # model's own output): FastAPI's generic encoder cost several times the query on a page of 50,
        # and validating the records with the model still cost more than reading them
        return trusted_list_json(IncidentPublic, page)

    key = ("incidents", tuple(filters.model_dump().items()), limit, cursor, mentions)
    return Response(cached_response(store, key, answer), media_type="application/json")


@router.get("/{incident_id}", response_model=IncidentPublic)
def incident_detail(incident_id: str, store: StoreDep):
    """One incident with every mention: quoted sentence, publisher, URL, modality."""
    return get_incident(store, incident_id)


class ReviewIn(BaseModel):
    action: Literal["confirm", "reject", "correct"]
    reason: str | None = Field(default=None, max_length=2000)
    changes: dict[str, Any] | None = Field(default=None, description="For `correct`: fields of the incident record.")


class ReviewOut(BaseModel):
    review_id: int
    incident: IncidentPublic


@router.get("/{incident_id}/reviews", tags=["review"])
def incident_reviews(incident_id: str, store: StoreDep) -> list[dict]:
    """Every human decision on this incident, newest first."""
    get_incident(store, incident_id)
    return history_of(store, "incident", incident_id)


@router.post("/{incident_id}/review", tags=["review"], response_model=ReviewOut)
def review_incident(incident_id: str, decision: ReviewIn, store: StoreDep, token: ReviewerToken):
    """Confirm, reject or correct an incident (analyst or admin token). Recorded with the token's name."""
    get_incident(store, incident_id)
    if decision.action == "correct" and not decision.changes:
        raise InputError("A correction needs `changes` (the fields to set).", code="T115")
    if decision.changes:
        from tangible.store.reviews import INCIDENT_FIELDS

        unknown = sorted(set(decision.changes) - set(INCIDENT_FIELDS))
        if unknown:
            raise InputError(f"Cannot correct {', '.join(unknown)}.", f"Correctable fields: {', '.join(INCIDENT_FIELDS)}.",
                             code="T116")
        if "type" in decision.changes:
            check_choice("type", decision.changes["type"], EVENT_TYPES)
    review_id = store.incidents.reviews.review_incident(
        incident_id, decision.action, reviewer=f"{token.name} ({token.role})", reason=decision.reason,
        changes=decision.changes)
    return {"review_id": review_id, "incident": get_incident(store, incident_id)}
