"""``/api/v1/brief`` — the periodic brief as JSON (the dashboard's ``/brief`` gives HTML, Markdown and PDF)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from tangible.http.deps import SettingsDep, StoreDep
from tangible.api.errors import error_responses
from tangible.http.params import IsoDate, choice
from tangible.api.schemas import ActorRefPublic, LocationPublic, OriginPublic, RatingCountsPublic, ReportedQuantityPublic
from tangible.services.briefs import brief_for

router = APIRouter(tags=["briefs"], responses=error_responses(400, 422))


class ActionsAttacksPublic(BaseModel):
    actions: int
    attacks: int


class BriefCountsPublic(BaseModel):
    by_group: dict[str, ActionsAttacksPublic] = Field(description="By armed group ('no group named' for none).")
    by_acting_party: dict[str, ActionsAttacksPublic] = Field(description="By acting party ('unnamed party' for "
                                                                         "none).")


class NoCounts(BaseModel):
    """No rating to count (the commitment was not rated at the earlier date)."""

    model_config = ConfigDict(extra="forbid")


class CurrentPreviousPublic(BaseModel):
    current: int
    previous: int


class SpanPublic(BaseModel):
    since: dt.date
    until: dt.date


class PublisherCoveragePublic(BaseModel):
    seen: int
    on_case: int


class RegionCoveragePublic(BaseModel):
    on_case: int
    publishers: list[str]


class CoverageDetailPublic(BaseModel):
    publishers: dict[str, PublisherCoveragePublic]
    regions: dict[str, RegionCoveragePublic]


class CoveragePublic(BaseModel):
    """How the news coverage changed from the previous period to this one (a change in the figures may be one
    in the reporting)."""

    changed: bool
    statement: str
    started: list[str] = Field(description="Outlets that started covering the case.")
    stopped: list[str]
    regions_started: dict[str, list[str]] = Field(description="By region: outlets that started covering it.")
    regions_stopped: dict[str, list[str]]
    on_case: CurrentPreviousPublic = Field(description="Documents on the case.")
    seen: CurrentPreviousPublic = Field(description="Documents stored.")
    current: SpanPublic
    previous: SpanPublic
    current_detail: CoverageDetailPublic | None = Field(default=None, exclude_if=lambda value: value is None,
                                                        description="The period's documents by publisher and "
                                                                    "region (the whole brief's coverage only).")


class BriefCommitmentPublic(BaseModel):
    id: str
    by: str
    to: list[str]
    text: str
    rating: str
    previous: str | None = Field(description="The rating the day before the period.")
    counts: RatingCountsPublic
    reasons: list[str]
    at: dt.date
    previous_at: dt.date
    previous_reasons: list[str]
    previous_counts: RatingCountsPublic | NoCounts
    why: list[str] = Field(description="What moved the rating, in words.")
    coverage: CoveragePublic
    change: Literal["improved", "deteriorated", "unchanged", "new"]
    arrow: Literal["improved", "deteriorated", "unchanged", "new"]


class QuotePublic(BaseModel):
    sentence: str
    publisher: str | None
    url: str | None
    doc_id: str


class BriefIncidentPublic(BaseModel):
    """An incident of the period, with the sentence that states it and its page."""

    id: str
    type: str
    acled_subtype: str | None
    grade: str
    grade_reason: str | None
    date: dt.date | None
    date_precision: str | None
    location: LocationPublic | None
    source: ActorRefPublic | None
    target: ActorRefPublic | None
    groups: list[str]
    quantities: dict[str, int]
    quantities_reported: dict[str, list[ReportedQuantityPublic]]
    publishers: list[str]
    n_mentions: int
    n_publishers: int
    reviewed: bool
    review_status: str | None
    verification: Literal["verified", "unverified", "disputed"] | None
    launched_from: OriginPublic | None
    quote: QuotePublic | None
    link: str


class BriefPublic(BaseModel):
    case: str
    since: dt.date
    until: dt.date
    cutoff: dt.date = Field(description="Incidents dated after it are not counted: the brief is reproducible.")
    sections: list[str]
    commitments: list[BriefCommitmentPublic] = Field(description="Each with its arrow against the previous period.")
    latest_report: dt.date | None = Field(description="The newest document stored in the period.")
    counts: BriefCountsPublic
    actions: list[BriefIncidentPublic]
    attacks: list[BriefIncidentPublic]
    findings: list[BriefIncidentPublic]
    claimed: list[BriefIncidentPublic] = Field(description="Incidents resting on the acting party's word.")
    disputes: list[BriefIncidentPublic]
    disputed: list[BriefIncidentPublic] = Field(description="The same list as `disputes`.")
    statements: dict[str, int] = Field(description="Statements of the period by type.")
    coverage: CoveragePublic
    previous_period: ActionsAttacksPublic = Field(description="Actions and attacks of the period before.")
    names: dict[str, str] = Field(description="Case-file ids of actors and groups, with their names.")


@router.get("/brief", response_model=BriefPublic)
def brief(store: StoreDep, settings: SettingsDep,
          period: Annotated[str, choice(("week", "fortnight", "month", "quarter"), "The period's length.")] = "month",
          at: Annotated[IsoDate | None, Query(description="Last day of the period (the cut-off); default today.")]
          = None) -> dict:
    """The brief for the period ending at ``at``: each commitment's arrow (improved, deteriorated, unchanged)
    with the ledger's reasons at both dates, counts per group and acting party, the incidents with quotes,
    grades and links, findings, disputes and coverage."""
    return brief_for(store, settings, period, at).to_dict()
