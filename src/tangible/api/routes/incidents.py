"""``/api/v1/incidents`` — resolved real-world events, filtered, keyset-paginated; and their review."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Query, Response
from pydantic import BaseModel, ConfigDict, Field, model_validator

from tangible.api.deps import ReviewerToken, StoreDep
from tangible.api.errors import error_responses
from tangible.api.pagination import decode_cursor, envelope
from tangible.api.params import IsoDate, choice
from tangible.api.routes.mentions import check_choice
from tangible.api.schemas import IncidentPublic, ListPublic, trusted_list_json
from tangible.errors import E, InputError, NotFound
from tangible.ontology import ACLED_SUBTYPES, EVENT_TYPES, LOCATION_PRECISIONS, MODALITIES
from tangible.services.incident_counts import count_incidents, page_hints
from tangible.services.review import history_of
from tangible.services.views import cached_response
from tangible.sources.text import clean_text
from tangible.store import Store

router = APIRouter(prefix="/incidents", tags=["incidents"], responses=error_responses(400, 422))

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
                             "Swap `since` and `until`.", code=E.DATE_RANGE_REVERSED)
        for name in ("group", "place", "q"):
            value = getattr(self, name)
            if value is not None and len(value) > 200:
                raise InputError(f"The filter `{name}` is longer than 200 characters.", code=E.FILTER_TOO_LONG)
        return self

    def repo_kwargs(self) -> dict[str, Any]:
        out = dict(group=self.group or None, type=self.type or None, grade=self.grade or None,
                   place=self.place or None, since=self.since, until=self.until, text=self.q or None)
        if self.modality:
            out["modality"] = self.modality
        return out

    def query_string(self) -> dict[str, str]:
        return {k: str(v) for k, v in self.model_dump().items() if v not in (None, "")}


def _cleaned(value):
    """Strings in a correction cleaned as every stored text is (no NUL, controls or invisible characters)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_text(k): _cleaned(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_cleaned(v) for v in value]
    return value


def _page_key(rec: dict) -> list:
    return [rec["date"], rec["id"]]


def list_incidents(store: Store, filters: IncidentFilters, *, limit: int, cursor: str | None,
                   with_mentions: bool = False) -> dict:
    filters.check()
    key = decode_cursor(cursor, 2, dated=True)
    kwargs = filters.repo_kwargs()
    try:
        rows = store.incidents.list(limit=limit + 1, after=tuple(key) if key else None, **kwargs,
                                    **page_hints(store, kwargs))
        total = count_incidents(store, kwargs)
    except TypeError as exc:
        if "modality" not in kwargs:
            raise
        raise InputError("Filtering incidents by modality is not available in this build.", code=E.FILTER_UNAVAILABLE) from exc
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
    group: Annotated[str | None, Query(max_length=200, description="Armed group id from the case file, e.g. ttp.")] = None,
    type: Annotated[str | None, choice(EVENT_TYPES, "Event type, e.g. ARREST or ATTACK.")] = None,
    modality: Annotated[str | None, choice(MODALITIES, "Only incidents with a mention of this modality.")] = None,
    grade: Annotated[str | None, choice(GRADES, "corroborated, single-source, claimed or disputed.")] = None,
    place: Annotated[str | None, Query(max_length=200, description="Province name or country code (AF, PK).")] = None,
    since: Annotated[IsoDate | None, Query(description="First date, YYYY-MM-DD.")] = None,
    until: Annotated[IsoDate | None, Query(description="Last date, YYYY-MM-DD.")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Text to find in the quoted sentences (% and _ "
                                                               "are plain characters).")] = None,
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


@router.get("/{incident_id}", response_model=IncidentPublic, responses=error_responses(404))
def incident_detail(incident_id: str, store: StoreDep):
    """One incident with every mention: quoted sentence, publisher, URL, modality."""
    return get_incident(store, incident_id)


class ActorIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    id: str | None = Field(default=None, max_length=64, description="Case-file id, or null for an unknown actor.")
    text: str = Field(max_length=500, description="The words that name it.")


class LocationIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    name: str = Field(min_length=1, max_length=200)
    country: str | None = Field(default=None, max_length=8)
    admin1: str | None = Field(default=None, max_length=120)
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    precision: Literal[tuple(LOCATION_PRECISIONS)] | None = None  # type: ignore[valid-type]


class IncidentChanges(BaseModel):
    """The fields of an incident an analyst may correct; a field left out keeps its value."""

    model_config = ConfigDict(extra="forbid", strict=True, json_schema_extra={"minProperties": 1})
    type: Literal[tuple(EVENT_TYPES)] = None  # type: ignore[valid-type,assignment]  # left out: kept; never null
    acled_subtype: Literal[tuple(ACLED_SUBTYPES)] | None = None  # type: ignore[valid-type]
    date: IsoDate | None = None
    date_precision: Literal["day", "week", "month"] | None = None
    location: LocationIn | None = None
    source: ActorIn | None = None
    target: ActorIn | None = None
    groups: list[Annotated[str, Field(min_length=1, max_length=64)]] | None = Field(default=None, max_length=50)
    quantities: dict[Annotated[str, Field(min_length=1, max_length=40)], Annotated[int, Field(ge=0, le=1_000_000, strict=False)]] \
        | None = Field(default=None, max_length=20)


    @model_validator(mode="after")
    def _something(self) -> "IncidentChanges":
        if not self.model_fields_set:
            raise ValueError("a correction sets at least one field")
        return self


class Decision(BaseModel):
    model_config = ConfigDict(extra="forbid")
    action: Literal["confirm", "reject"]
    reason: str | None = Field(default=None, max_length=2000)


class Correction(BaseModel):
    model_config = ConfigDict(extra="forbid")
    action: Literal["correct"]
    reason: str | None = Field(default=None, max_length=2000)
    changes: IncidentChanges = Field(description="The fields of the incident record to set.")


class ReviewOut(BaseModel):
    review_id: int
    incident: IncidentPublic


@router.get("/{incident_id}/reviews", tags=["review"], responses=error_responses(404))
def incident_reviews(incident_id: str, store: StoreDep) -> list[dict]:
    """Every human decision on this incident, newest first."""
    get_incident(store, incident_id)
    return history_of(store, "incident", incident_id)


@router.post("/{incident_id}/review", tags=["review"], response_model=ReviewOut,
             responses=error_responses(401, 403, 404, 413))
def review_incident(incident_id: str, decision: Annotated[Decision | Correction, Body(discriminator="action")],
                    store: StoreDep, token: ReviewerToken):
    """Confirm, reject or correct an incident (analyst or admin token). Recorded with the token's name."""
    get_incident(store, incident_id)
    changes = (_cleaned(decision.changes.model_dump(mode="json", exclude_unset=True))
               if isinstance(decision, Correction) else None)
    for name, empty in (("groups", []), ("quantities", {})):
        if changes is not None and name in changes and changes[name] is None:
            changes[name] = empty  # null: none
    if changes and changes.get("groups"):
        changes["groups"] = list(dict.fromkeys(changes["groups"]))  # a group named twice is one group
    review_id = store.incidents.reviews.review_incident(
        incident_id, decision.action, reviewer=f"{token.name} ({token.role})",
        reason=clean_text(decision.reason) if decision.reason else None, changes=changes)
    return {"review_id": review_id, "incident": get_incident(store, incident_id)}
