"""``/api/v1/incidents`` — resolved real-world events, filtered, keyset-paginated; and their review."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Body, Depends, Query, Response
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, model_validator

from tangible.http.deps import ReviewerToken, SettingsDep, StoreDep
from tangible.api.errors import error_responses
from tangible.http.params import IsoDate, choices
from tangible.api.schemas import IncidentPublic, ListPublic, ReviewPublic
from tangible.errors import E, InputError
from tangible.ontology import ACLED_SUBTYPES, EVENT_TYPES, LOCATION_PRECISIONS, MODALITIES
from tangible.services.incident_query import (FAMILIES, GRADES, SORTS, VERIFICATION_CHOICES, IncidentFilters,
                                              download_name, incident_download, incident_page)
from tangible.services import permissions
from tangible.services.incidents import incident, review, reviews_of
from tangible.services.views import cached_response

router = APIRouter(prefix="/incidents", tags=["incidents"], responses=error_responses(400, 422))


def incident_filters(
    group: Annotated[list[str] | None, Query(max_length=50, description="Armed group id from the case file, e.g. "
                                             "ttp; repeat for several (any of them).")] = None,
    type: Annotated[list[str] | None, choices(EVENT_TYPES, "Event type, e.g. ARREST or ATTACK; repeat for "
                                              "several (`type=ARREST&type=OPERATION`).")] = None,
    family: Annotated[list[str] | None, choices(FAMILIES, "Every type of a family: `action` (all tangible "
                                                "actions), `attack` or `statement`; adds to `type`.")] = None,
    grade: Annotated[list[str] | None, choices(GRADES, "corroborated, single-source, claimed or disputed; "
                                               "repeat for several.")] = None,
    party: Annotated[list[str] | None, Query(max_length=50, description="Acting party: a case-file actor or "
                                             "group id, e.g. taliban; repeat for several.")] = None,
    place: Annotated[list[str] | None, Query(max_length=50, description="Place name, province or country code "
                                             "(AF, PK); repeat for several.")] = None,
    verification: Annotated[list[str] | None, choices(VERIFICATION_CHOICES, "verified, unverified, disputed, "
                                                      "or none (not stated); repeat for several.")] = None,
    modality: Annotated[list[str] | None, choices(MODALITIES, "Only incidents with a mention of this "
                                                  "modality.")] = None,
    since: Annotated[IsoDate | None, Query(description="First date, YYYY-MM-DD.")] = None,
    until: Annotated[IsoDate | None, Query(description="Last date, YYYY-MM-DD.")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Text to find in the reports' sentences, the "
                                                               "acting party's or the target's words, or the place "
                                                               "(% and _ are plain characters).")] = None,
    sort: Annotated[str, choices(SORTS, "`date` (newest first, the default) or `sources` (most publishers "
                                        "first).", single=True)] = "date",
) -> IncidentFilters:
    """The incident filters of a request (shared by the list and its downloads)."""
    if sort not in SORTS:
        raise InputError(f"Unknown sort {sort!r}.", f"Use one of: {', '.join(SORTS)}.", code=E.UNKNOWN_FILTER_VALUE)
    return IncidentFilters(group=group, type=type, family=family, grade=grade, party=party, place=place,
                           verification=verification, modality=modality, since=since, until=until, q=q,
                           sort=sort).check()


Filters = Annotated[IncidentFilters, Depends(incident_filters)]


@router.get("", response_model=ListPublic[IncidentPublic])
def incidents_index(
    store: StoreDep,
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(description="`next` from the previous page.")] = None,
    mentions: Annotated[bool, Query(description="Include every mention of each incident.")] = False,
):
    """Incidents, newest first (or most sourced first). Values of one filter combine with *or*, filters
    with *and*; `count` is the number matching them all."""

    def answer() -> bytes:
        page = incident_page(store, filters, limit=limit, cursor=cursor, with_mentions=mentions)
        # written by the model itself: FastAPI's generic encoder cost several times the query on a page of 50
        return ListPublic[IncidentPublic].model_validate(page).model_dump_json().encode()

    key = ("incidents", filters.key(), limit, cursor, mentions)
    return Response(cached_response(store, key, answer), media_type="application/json")


Per = Annotated[str, choices(("incident", "mention"), "One row per incident (the default) or one per "
                                                   "mention (the incident's columns repeated).", single=True)]


@router.get(".csv", response_class=StreamingResponse, responses={200: {"content": {"text/csv": {}},
                                                                        "description": "Flat CSV, UTF-8 with BOM."}})
def incidents_csv(store: StoreDep, settings: SettingsDep, filters: Filters, per: Per = "incident"):
    """Every incident matching the filters, in the list's order, as flat columns a spreadsheet opens
    (date, type, acting party, target, groups, province, district, lat, lon, killed, wounded, arrested,
    grade, sources, quote, first URL …; see the codebook)."""
    if per not in ("incident", "mention"):
        raise InputError(f"Unknown row unit {per!r}.", "Use per=incident or per=mention.", code=E.UNKNOWN_FILTER_VALUE)
    return StreamingResponse(incident_download(store, settings, filters, "csv", per), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{download_name(filters, "csv")}"'})


@router.get(".jsonl", response_class=StreamingResponse,
            responses={200: {"content": {"application/x-ndjson": {}}, "description": "DESIGN §5 records."}})
def incidents_jsonl(store: StoreDep, settings: SettingsDep, filters: Filters):
    """Every incident matching the filters, in the list's order, one DESIGN §5 record (nested) per line."""
    return StreamingResponse(incident_download(store, settings, filters, "jsonl", "incident"),
                             media_type="application/x-ndjson",
                             headers={"Content-Disposition": f'attachment; filename="{download_name(filters, "jsonl")}"'})


@router.get("/{incident_id}", response_model=IncidentPublic, responses=error_responses(404))
def incident_detail(incident_id: str, store: StoreDep):
    """One incident with every mention: quoted sentence, publisher, URL, modality."""
    return IncidentPublic.model_validate(incident(store, incident_id))


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


@router.get("/{incident_id}/reviews", tags=["review"], response_model=list[ReviewPublic], responses=error_responses(404))
def incident_reviews(incident_id: str, store: StoreDep) -> list[dict]:
    """Every human decision on this incident, newest first."""
    return [r.to_dict() for r in reviews_of(store, incident_id)]


@router.post("/{incident_id}/review", tags=["review"], response_model=ReviewOut,
             responses=error_responses(401, 403, 404, 413))
def review_incident(incident_id: str, decision: Annotated[Decision | Correction, Body(discriminator="action")],
                    store: StoreDep, token: ReviewerToken):
    """Confirm, reject or correct an incident (analyst or admin token). Recorded with the token's name."""
    changes = (decision.changes.model_dump(mode="json", exclude_unset=True)
               if isinstance(decision, Correction) else None)
    review_id = review(store, incident_id, decision.action, reviewer=permissions.signature(token),
                       reason=decision.reason, changes=changes)
    return ReviewOut(review_id=review_id, incident=IncidentPublic.model_validate(incident(store, incident_id)))
