"""Public shapes of the API, one family per entity (``XPublic`` and its list ``XsPublic``).

Lists answer ``{"data": [...], "count": N, "next": CURSOR|null}``; one item
answers the object itself. No schema has an email field: reader emails are
never returned.
"""

from __future__ import annotations

import datetime as dt
import functools
import typing
from typing import Any, Generic, Literal, TypeVar

import orjson
from pydantic import BaseModel, ConfigDict, Field
from pydantic_core import PydanticUndefined

from tangible.services.replies import EMAIL_MAX, EMAIL_PATTERN, MEANINGFUL, NAME_MAX  # noqa: E402

T = TypeVar("T")


class ListPublic(BaseModel, Generic[T]):
    data: list[T]
    count: int = Field(description="How many items match the filters in all (not only on this page).")
    next: str | None = Field(description="Opaque cursor for the next page (pass as `cursor=`), or null at the end.")


class ErrorPublic(BaseModel):
    ok: Literal[False] = False
    error: str
    code: str
    status: int


class ActorRefPublic(BaseModel):
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


class MentionPublic(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str | None
    doc_id: str
    type: str
    modality: str
    acled_subtype: str | None
    source: ActorRefPublic | None
    target: ActorRefPublic | None
    groups: list[str]
    location: dict[str, Any] | None
    date: dt.date | None
    date_precision: str | None
    quantities: dict[str, Any]
    attribution: dict[str, Any] | None
    sentence: str
    char_span: tuple[int, int]
    confidence: float
    event: str | None = None
    perpetrator_basis: Literal["stated", "claimed", "suspected", "blamed"] | None = None
    launched_from: dict[str, Any] | None = None
    verification: Literal["verified", "unverified", "disputed"] | None = None
    incident_id: str | None = Field(default=None, description="The incident this mention reports "
                                                              "(/api/v1/incidents/{incident_id}); null when none.")


class IncidentMentionPublic(BaseModel):
    model_config = ConfigDict(extra="allow")
    doc_id: str
    publisher: str | None = None
    url: str | None = None
    sentence: str
    char_span: tuple[int, int]
    modality: str


class IncidentPublic(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    type: str
    acled_subtype: str | None = None
    grade: str
    grade_reason: str | None = None
    date: dt.date | None = None
    date_precision: str | None = None
    location: dict[str, Any] | None = None
    source: ActorRefPublic | None = None
    target: ActorRefPublic | None = None
    groups: list[str] = Field(default_factory=list)
    quantities: dict[str, Any] = Field(default_factory=dict)
    publishers: list[str] = Field(default_factory=list)
    verification: Literal["verified", "unverified", "disputed"] | None = None
    launched_from: dict[str, Any] | None = None
    mentions: list[IncidentMentionPublic] = Field(default_factory=list)


class CommitmentPublic(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    by: str | None = None
    to: list[str] | str | None = None
    made_on: dt.date | None = None
    text: str | None = None
    source: str | None = None
    groups: list[str] = Field(default_factory=list)
    action_types: list[str] = Field(default_factory=list)
    rating: dict[str, Any] | None = Field(default=None, description="The rating at `at` (default today), with counts, trend and reasons.")


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
    model_config = ConfigDict(extra="allow")
    id: int
    kind: str
    url: str
    publisher: str | None = None
    active: bool = True


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


# --------------------------------------------------------------------------- trusted records to JSON

class _PublicShape(typing.NamedTuple):
    template: dict  # every field in output order, with its default (or _REQUIRED)
    required: tuple[str, ...]
    nested: tuple[tuple[str, "type[BaseModel]", bool], ...]  # (field, model, is a list)
    keep_extra: bool


_REQUIRED = object()


@functools.lru_cache(maxsize=None)
def _public_shape(model: type[BaseModel]) -> _PublicShape:
    template, required, nested = {}, [], []
    for name, info in model.model_fields.items():
        ann = info.annotation
        for arg in (ann, *typing.get_args(ann)):
            many = typing.get_origin(arg) is list and bool(typing.get_args(arg))
            inner = typing.get_args(arg)[0] if many else arg
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                nested.append((name, inner, many))
                break
        if info.default_factory is not None:
            template[name] = info.default_factory()  # only ever dumped, never changed
        elif info.default is PydanticUndefined:
            template[name] = _REQUIRED
            required.append(name)
        else:
            template[name] = info.default
    return _PublicShape(template, tuple(required), tuple(nested), model.model_config.get("extra") == "allow")


def _public_value(model: type[BaseModel], record: dict) -> dict:
    shape = _public_shape(model)
    # the fields in the model's order, then (where the model keeps them) the record's other keys in
    # the record's order: the order pydantic dumps them in
    out = {**shape.template, **record}
    if not shape.keep_extra and len(out) > len(shape.template):
        out = {name: out[name] for name in shape.template}
    for name in shape.required:
        if out[name] is _REQUIRED:
            raise KeyError(f"{model.__name__} record without {name!r}")
    for name, nested, many in shape.nested:
        value = out[name]
        if value is not None:
            out[name] = [_public_value(nested, v) for v in value] if many else _public_value(nested, value)
    return out


def trusted_list_json(model: type[BaseModel], page: dict) -> bytes:
    """``ListPublic[model]`` JSON of a page of records the store produced, byte for byte what
    validating them with the model and dumping it gives, without the validation: the records already
    have the model's types, and validating a page of 50 cost more than reading it."""
    data = [_public_value(model, r) for r in page["data"]]
    return orjson.dumps({"data": data, "count": page["count"], "next": page["next"]})
