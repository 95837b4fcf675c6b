"""Public shapes of the API, one family per entity (``XPublic`` and its list ``XsPublic``).

Lists answer ``{"data": [...], "count": N, "next": CURSOR|null}``; one item
answers the object itself. No schema has an email field: reader emails are
never returned.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from tangible.models import RatedCommitment
from tangible.ontology import ATTRIBUTION_KINDS, ORIGIN_BASES
from tangible.services.mentions import LinkedMention
from tangible.services.replies import EMAIL_MAX, EMAIL_PATTERN, MEANINGFUL, NAME_MAX  # noqa: E402

T = TypeVar("T")


class ListPublic(BaseModel, Generic[T]):
    """A page of a list (validated from a service's ``Page``)."""

    model_config = ConfigDict(from_attributes=True)
    data: list[T]
    count: int = Field(description="How many items match the filters in all (not only on this page).")
    next: str | None = Field(description="Opaque cursor for the next page (pass as `cursor=`), or null at the end.")


class ErrorPublic(BaseModel):
    ok: Literal[False] = False
    error: str
    code: str
    status: int


class ActorRefPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str | None
    text: str


class SpanPublic(BaseModel):
    mention_id: str | None
    type: str
    modality: str
    char_span: tuple[int, int]


class DocumentSummary(BaseModel):
    id: str
    url: str | None
    canonical_url: str | None
    publisher: str | None
    title: str | None
    published: dt.date | None
    fetched_at: dt.datetime | None
    language: str | None
    version: int
    status: str
    chars: int


class DocumentPublic(DocumentSummary):
    content_hash: str
    text: str
    mentions: list[SpanPublic] = Field(default_factory=list, description="Events extracted from this text, with offsets.")


class LocationPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    name: str
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2 code.")
    admin1: str | None = Field(default=None, description="Province or state.")
    lat: float | None = None
    lon: float | None = None
    precision: str | None = Field(default=None, description="How precisely the place is known: point, town, "
                                                          "city, admin2, admin1, country or region.")


class AttributionPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    text: str = Field(description="The words that name whoever the report quotes.")
    kind: str = Field(description="Who it is: " + ", ".join(ATTRIBUTION_KINDS) + ".")


class OriginPublic(BaseModel):
    """Where an attack was launched from, as the reports say."""

    model_config = ConfigDict(from_attributes=True)
    country: str | None
    admin1: str | None = None
    basis: str = Field(default="officials", description="How it is known: " + ", ".join(ORIGIN_BASES) + ".")
    sentence: str | None = None
    disputed_by: str | None = Field(default=None, exclude_if=lambda value: value is None,
                                    description="The party that denies it; left out when none.")


Quantities = dict[str, int]


class MentionPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str | None
    doc_id: str
    type: str
    modality: str
    acled_subtype: str | None
    source: ActorRefPublic | None
    target: ActorRefPublic | None
    groups: list[str]
    location: LocationPublic | None
    date: dt.date | None
    date_precision: str | None
    quantities: Quantities
    attribution: AttributionPublic | None
    sentence: str
    char_span: tuple[int, int]
    confidence: float
    event: str | None = None
    perpetrator_basis: Literal["stated", "claimed", "suspected", "blamed", "place"] | None = None
    launched_from: OriginPublic | None = None
    verification: Literal["verified", "unverified", "disputed"] | None = None
    incident_id: str | None = Field(default=None, description="The incident this mention reports "
                                                              "(/api/v1/incidents/{incident_id}); null when none.")

    @field_validator("confidence")
    @classmethod
    def _three_places(cls, value: float) -> float:
        return round(value, 3)

    @classmethod
    def of(cls, linked: LinkedMention) -> "MentionPublic":
        out = cls.model_validate(linked.mention)
        out.incident_id = linked.incident_id
        return out


class IncidentMentionPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    doc_id: str
    publisher: str | None = None
    url: str | None = None
    sentence: str
    char_span: tuple[int, int]
    modality: str
    mention_id: str
    type: str | None = None
    attribution: AttributionPublic | None = None
    verification: Literal["verified", "unverified", "disputed"] | None = None
    published: dt.date | None = Field(default=None, description="When its document was published.")
    pinned: bool = Field(default=False, description="A reviewer placed it in this incident.")


class ReportedQuantityPublic(BaseModel):
    value: int
    publisher: str | None
    doc_id: str
    mention_id: str | None


class IncidentPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    type: str
    acled_subtype: str | None = None
    grade: str
    grade_reason: str | None = None
    date: dt.date | None = None
    date_precision: str | None = None
    location: LocationPublic | None = None
    source: ActorRefPublic | None = None
    target: ActorRefPublic | None = None
    groups: list[str] = Field(default_factory=list)
    quantities: Quantities = Field(default_factory=dict)
    publishers: list[str] = Field(default_factory=list)
    verification: Literal["verified", "unverified", "disputed"] | None = None
    launched_from: OriginPublic | None = None
    mentions: list[IncidentMentionPublic] = Field(default_factory=list)
    quantities_reported: dict[str, list[ReportedQuantityPublic]] = Field(
        default_factory=dict, description="Every figure each report gave, by quantity (`quantities` holds the "
                                          "conservative one).")
    n_mentions: int = Field(description="How many mentions assert it (denials and statements about it left out).")
    n_publishers: int
    reviewed: bool = False
    review_status: str | None = None


class ContradictionPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    type: str
    groups: list[str]
    launched_from: list[str]
    target_country: list[str]
    by: list[str]
    targets: list[str]


class TrendPublic(BaseModel):
    current: int
    previous: int
    direction: Literal["up", "down", "flat"]


class RatingTrendPublic(BaseModel):
    days: int
    supporting: TrendPublic
    contradicting: TrendPublic


class RatingCountsPublic(BaseModel):
    supporting: int
    supporting_weighted: int | float
    contradicting: int
    disputed: int
    unverified: int
    undated: int = 0  # undated incidents that would count, listed (ratings stored before it was counted: 0)
    by_other_parties: int
    findings: int
    supporting_by_type: dict[str, int]
    supporting_by_group: dict[str, int]
    supporting_by_grade: dict[str, int]
    contradicting_by_type: dict[str, int]
    contradicting_by_group: dict[str, int]
    contradicting_by_grade: dict[str, int]
    by_other_parties_by_party: dict[str, int]
    by_other_parties_by_group: dict[str, int]
    supporting_since_made: int
    contradicting_since_made: int


class PeriodPublic(BaseModel):
    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True)
    from_: dt.date = Field(alias="from")
    to: dt.date


class NotCountedPublic(BaseModel):
    id: str
    why: Literal["unverified", "disputed", "undated"]


class OtherPartyPublic(BaseModel):
    id: str
    by: str


class RatingPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    commitment_id: str
    at: dt.date
    rating: str
    counts: RatingCountsPublic
    trend: RatingTrendPublic
    reasons: list[str]
    supporting: list[str]
    contradicting: list[str]
    period: PeriodPublic
    not_counted: list[NotCountedPublic]
    others: list[OtherPartyPublic]
    findings: list[str]
    standard: str


class CommitmentPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    by: str
    to: list[str]
    made_on: dt.date | None = None
    text: str
    source: str
    groups: list[str] = Field(default_factory=list)
    action_types: list[str] = Field(default_factory=list)
    rating: RatingPublic | None = Field(default=None, description="The rating at `at` (default today), with counts, trend and reasons.")
    territory: list[str] = Field(default_factory=list)
    contradicted_by: list[ContradictionPublic] = Field(default_factory=list)
    status: Literal["active", "proposed", "rejected"] = "active"
    origin: Literal["case", "news"] = "case"
    mention_id: str | None = None

    @classmethod
    def of(cls, rated: RatedCommitment) -> "CommitmentPublic":
        out = cls.model_validate(rated.commitment)
        out.rating = RatingPublic.model_validate(rated.rating) if rated.rating else None
        return out


class ActorPublic(BaseModel):
    id: str
    name: str
    kind: str
    role: Literal["actor", "group"]
    aliases: list[str]
    country: str | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None


class SourcePublic(BaseModel):
    id: int
    kind: str
    url: str
    publisher: str | None = None
    active: bool = True
    every_seconds: int | None = Field(default=None, description="Its own polling interval (null: the setting's).")
    last_polled_at: str | None = None
    next_due_at: str | None = None
    created_at: str | None = None


class ReviewPublic(BaseModel):
    """A human decision on an incident or a mention."""

    id: int
    object_kind: Literal["incident", "mention"]
    object_id: str
    action: Literal["confirm", "reject", "correct", "merge", "split"]
    changes: dict[str, Any] | None = Field(description="What a correction set (the fields of the record), or "
                                                       "what a merge or split moved.")
    reviewer: str
    reason: str | None
    created_at: str | None


class ReplyPublic(BaseModel):
    id: int
    object_kind: str
    object_id: str
    name: str
    body: str
    created_at: dt.datetime


class ReplyModeration(ReplyPublic):
    status: str
    moderated_by: str | None = None
    moderated_at: dt.datetime | None = None


class ReplyIn(BaseModel):
    """A reader's reply. The limits are checked by the reply service, which names every field at fault
    (422, code T142); the schema states the same limits (the comment's is the server's setting)."""

    name: str = Field(description="Shown with the reply. Required, at most 100 characters.",
                      json_schema_extra={"minLength": 1, "maxLength": NAME_MAX, "pattern": MEANINGFUL})
    email: str = Field(description="Required for moderation; never published or returned.",
                       json_schema_extra={"maxLength": EMAIL_MAX, "pattern": EMAIL_PATTERN})
    body: str = Field(description="The comment. Required, at most TANGIBLE_MAX_REPLY_CHARS characters.",
                      json_schema_extra={"minLength": 1, "pattern": MEANINGFUL})
    website: str | None = Field(default=None, description="Leave empty.")


class ReplyCreated(BaseModel):
    id: int | None
    status: Literal["pending"] = "pending"
    message: str


class TokenPublic(BaseModel):
    id: int
    name: str
    role: str
    created_at: dt.datetime | None
    revoked_at: dt.datetime | None = None
    last_used_at: dt.datetime | None = None
