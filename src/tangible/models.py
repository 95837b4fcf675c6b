"""Typed records that flow between stages and layers. Plain dataclasses; JSON via ``to_dict``.

The field names and shapes of ``Mention.to_dict`` and ``Incident.to_dict`` are contracts (DESIGN §4, §5).
The store maps its rows to these records and back; the pipeline stages, the services and the front ends
exchange them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass(slots=True)
class DocumentInput:
    """One document as a source produced it, before it is stored."""

    text: str  # clean text (article body)
    url: str | None = None
    publisher: str | None = None
    title: str | None = None
    published: date | None = None
    raw: bytes | None = None  # the original input, kept compressed in the store
    raw_type: str = "text/plain"  # "text/html", "text/plain", "application/json"
    language: str | None = None
    external_id: str | None = None  # id given by the input (JSONL "id")
    origin: str | None = None  # file path, feed URL … for messages
    meta: dict[str, Any] = field(default_factory=dict)
    line: int | None = None  # line of the file it was read from (JSONL, CSV), for messages


@dataclass(slots=True)
class Document:
    id: str
    url: str | None
    canonical_url: str | None
    publisher: str | None
    title: str | None
    published: date | None
    fetched_at: datetime | None
    language: str | None
    content_hash: str
    text: str
    version: int = 1
    source_id: int | None = None
    external_id: str | None = None
    status: str = "ok"  # ok | unsupported_language | irrelevant
    copies: list[dict[str, Any]] = field(default_factory=list)  # same text run by other publishers

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "canonical_url": self.canonical_url,
            "publisher": self.publisher,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "fetched_at": self.fetched_at.isoformat() if self.fetched_at else None,
            "language": self.language,
            "content_hash": self.content_hash,
            "version": self.version,
            "status": self.status,
            "copies": list(self.copies),
            "text": self.text,
        }


@dataclass(slots=True)
class ActorRef:
    id: str | None
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text}


@dataclass(slots=True)
class Location:
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None  # ontology.LOCATION_PRECISIONS

    def to_dict(self) -> dict[str, Any]:  # written out: dataclasses.asdict costs ten times as much per mention
        return {"name": self.name, "country": self.country, "admin1": self.admin1, "lat": self.lat, "lon": self.lon,
                "precision": self.precision}


@dataclass(slots=True)
class Attribution:
    text: str
    kind: str  # ontology.ATTRIBUTION_KINDS

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind}


@dataclass(slots=True)
class Origin:
    """Where an attack was launched from, or where a group is present (DESIGN §4 extensions)."""

    country: str | None
    admin1: str | None = None
    basis: str = "officials"  # ontology.ORIGIN_BASES: officials | claimed | inferred
    sentence: str | None = None  # the sentence that says so
    disputed_by: str | None = None  # the party that denies it ("the Taliban rejected the allegation")

    def to_dict(self) -> dict[str, Any]:
        out = {"country": self.country, "admin1": self.admin1, "basis": self.basis, "sentence": self.sentence}
        if self.disputed_by:
            out["disputed_by"] = self.disputed_by
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "Origin | None":
        if not data:
            return None
        return cls(data.get("country"), data.get("admin1"), data.get("basis") or "officials", data.get("sentence"),
                   data.get("disputed_by"))


@dataclass(slots=True)
class Mention:
    """What one sentence of one document says happened (DESIGN §4)."""

    doc_id: str
    type: str
    modality: str
    sentence: str
    char_span: tuple[int, int]  # offsets of the sentence in the document's clean text
    acled_subtype: str | None = None
    source: ActorRef | None = None
    target: ActorRef | None = None
    groups: list[str] = field(default_factory=list)
    location: Location | None = None
    date: date | None = None
    date_precision: str | None = None
    quantities: dict[str, int] = field(default_factory=dict)
    attribution: Attribution | None = None
    confidence: float = 0.5
    trigger: str | None = None  # the word(s) that signal the event
    trigger_span: tuple[int, int] | None = None  # document offsets of the trigger
    # document-level extensions (DESIGN §4): the event this mention reports, shared by the mentions of one
    # event in one document; how its perpetrator is known when another sentence names it; where it was
    # launched from; whether the report is verified, unverified or disputed
    event: str | None = None
    perpetrator_basis: str | None = None
    launched_from: Origin | None = None
    verification: str | None = None
    id: str | None = None  # set by the store

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "type": self.type,
            "modality": self.modality,
            "acled_subtype": self.acled_subtype,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "groups": list(self.groups),
            "location": self.location.to_dict() if self.location else None,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "quantities": dict(self.quantities),
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "sentence": self.sentence,
            "char_span": list(self.char_span),
            "confidence": round(float(self.confidence), 3),
            "event": self.event,
            "perpetrator_basis": self.perpetrator_basis,
            "launched_from": self.launched_from.to_dict() if self.launched_from else None,
            "verification": self.verification,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Mention":
        def actor(value: dict[str, Any] | None) -> ActorRef | None:
            return ActorRef(value.get("id"), value.get("text", "")) if value else None

        loc = data.get("location")
        attr = data.get("attribution")
        d = data.get("date")
        ts = data.get("trigger_span")
        return cls(
            doc_id=data["doc_id"],
            type=data["type"],
            modality=data["modality"],
            sentence=data["sentence"],
            char_span=tuple(data["char_span"]),
            acled_subtype=data.get("acled_subtype"),
            source=actor(data.get("source")),
            target=actor(data.get("target")),
            groups=list(data.get("groups") or []),
            location=Location(**loc) if loc else None,
            date=date.fromisoformat(d) if isinstance(d, str) else d,
            date_precision=data.get("date_precision"),
            quantities=dict(data.get("quantities") or {}),
            attribution=Attribution(attr["text"], attr["kind"]) if attr else None,
            confidence=float(data.get("confidence", 0.5)),
            trigger=data.get("trigger"),
            trigger_span=tuple(ts) if ts else None,
            event=data.get("event"),
            perpetrator_basis=data.get("perpetrator_basis"),
            launched_from=Origin.from_dict(data.get("launched_from")),
            verification=data.get("verification"),
            id=data.get("id"),
        )


@dataclass(frozen=True, slots=True)
class Seed:
    """An incident a human shaped, as resolution starts from it: its pinned mentions stay in it."""

    id: str
    mention_ids: list[str]
    reviewed: bool = False
    review_status: str | None = None


# Incident and IncidentMention are built for every incident a rating weighs: plain slotted dataclasses, as
# Mention is (a frozen dataclass's __init__ costs about three times as much)
@dataclass(slots=True)
class IncidentMention:
    """One mention as an incident lists it: the quoted sentence with its document's publisher and address."""

    mention_id: str
    doc_id: str
    sentence: str
    char_span: tuple[int, int]
    modality: str
    type: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: date | None = None
    attribution: dict[str, Any] | None = None
    verification: str | None = None
    pinned: bool = False  # a human placed it in this incident

    def to_dict(self) -> dict[str, Any]:
        """The mention as an incident record lists it (DESIGN §5)."""
        return {"doc_id": self.doc_id, "publisher": self.publisher, "url": self.url, "sentence": self.sentence,
                "char_span": list(self.char_span), "modality": self.modality, "mention_id": self.mention_id,
                "type": self.type, "attribution": self.attribution, "verification": self.verification,
                "published": self.published.isoformat() if self.published else None, "pinned": self.pinned}


@dataclass(slots=True)
class Incident:
    """A real-world event one or more mentions report (DESIGN §5), as resolution computed it and the store
    keeps it. ``mentions`` lists every mention (the asserted ones that count, then the denials, negations,
    demands and promises attached to it); ``n_mentions`` counts the asserted ones."""

    id: str
    type: str
    acled_subtype: str | None
    grade: str
    grade_reason: str
    date: date | None
    date_precision: str | None
    location: Location | None
    source: ActorRef | None
    target: ActorRef | None
    groups: list[str]
    quantities: dict[str, int]
    quantities_reported: Mapping[str, Any]
    publishers: list[str]
    n_mentions: int
    n_publishers: int
    reviewed: bool = False
    review_status: str | None = None
    verification: str | None = None  # verified | unverified | disputed
    launched_from: Origin | None = None  # where the reports say it was launched from
    mentions: tuple[IncidentMention, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The DESIGN §5 record, with every mention."""
        return {
            "id": self.id, "type": self.type, "acled_subtype": self.acled_subtype, "grade": self.grade,
            "grade_reason": self.grade_reason, "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision, "location": self.location.to_dict() if self.location else None,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None, "groups": list(self.groups),
            "quantities": dict(self.quantities), "quantities_reported": dict(self.quantities_reported),
            "publishers": list(self.publishers), "n_mentions": self.n_mentions, "n_publishers": self.n_publishers,
            "reviewed": self.reviewed, "review_status": self.review_status, "verification": self.verification,
            "launched_from": self.launched_from.to_dict() if self.launched_from else None,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class Contradiction:
    """What contradicts a commitment: an event of ``type`` that meets every condition given (the case file's
    ``contradicted_by``)."""

    type: str
    groups: tuple[str, ...] = ()  # armed groups whose act contradicts
    launched_from: tuple[str, ...] = ()  # territories (ISO codes) it must come from
    target_country: tuple[str, ...] = ()  # countries it must happen in
    by: tuple[str, ...] = ()  # acting parties whose act contradicts (a state that promised to stop its strikes)
    targets: tuple[str, ...] = ()  # parties it must be aimed at ("no attacks on US ships")


@dataclass(frozen=True, slots=True)
class Commitment:
    """A commitment as the ledger weighs it and the store keeps it (from the case file, or proposed from the
    news)."""

    id: str
    by: str
    to: list[str]
    made_on: date | None
    text: str
    source: str
    groups: list[str]
    action_types: list[str]
    territory: list[str] = field(default_factory=list)
    contradicted_by: list[Contradiction] = field(default_factory=list)
    status: str = "active"  # active | proposed | rejected
    origin: str = "case"  # case | news
    mention_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["made_on"] = self.made_on.isoformat() if self.made_on else None
        return d


# the name of the standard of evidence when the case file states none (tangible.case.RatingStandard)
DEFAULT_STANDARD_NAME = "tangible default"


@dataclass(frozen=True, slots=True)
class Rating:
    """A commitment's rating at a date, with the counts, trend and reasons behind it and the incidents it names."""

    commitment_id: str
    at: date
    rating: str
    counts: dict[str, Any]
    trend: dict[str, Any]
    reasons: list[str]
    supporting: list[str]
    contradicting: list[str]
    period: dict[str, str] = field(default_factory=dict)
    not_counted: list[dict[str, str]] = field(default_factory=list)  # {"id", "why"}: unverified, disputed
    others: list[dict[str, str]] = field(default_factory=list)  # {"id", "by"}: actions by other parties
    findings: list[str] = field(default_factory=list)  # FINDING incidents about covered groups
    standard: str = DEFAULT_STANDARD_NAME

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["at"] = self.at.isoformat()
        return d


@dataclass(frozen=True, slots=True)
class RatedCommitment:
    """A commitment with its rating at a date (None: not rated, e.g. a proposed commitment)."""

    commitment: Commitment
    rating: Rating | None


@dataclass(frozen=True, slots=True)
class Review:
    """A human decision on an incident or a mention, as the audit log keeps it."""

    id: int
    object_kind: str  # incident | mention
    object_id: str
    action: str  # confirm | reject | correct | merge | split
    changes: dict[str, Any] | None  # what a correction set, or what a merge or split moved
    reviewer: str
    reason: str | None
    created_at: datetime | None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "object_kind": self.object_kind, "object_id": self.object_id, "action": self.action,
                "changes": self.changes, "reviewer": self.reviewer, "reason": self.reason,
                "created_at": self.created_at.isoformat() if self.created_at else None}


@dataclass(frozen=True, slots=True)
class IngestRun:
    """One ingest or derivation run: what it added, how far it got, and the process that runs it."""

    id: int
    kind: str  # files | url | feed | bulk ...
    started_at: datetime
    finished_at: datetime | None
    args: dict[str, Any] | None
    added: int
    versions: int
    unchanged: int
    failed: int
    status: str  # running | ok | partial | interrupted | died
    stage: str | None  # read | extract | resolve | done
    host: str | None
    pid: int | None
    heartbeat_at: datetime | None


@dataclass(slots=True)
class CoveredDocument:
    """A document of a coverage period: its publisher and day, whether it reports an event of the case, and the
    regions (province, or country) and groups its mentions name."""

    id: str
    publisher: str
    day: date
    on_case: bool = False
    regions: set[str] = field(default_factory=set)
    groups: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class IncidentSummary:
    """What the dashboard aggregates, counted in the store (rejected incidents left out)."""

    by_type_date: list[tuple[str, date | None, int]]  # (type, date, n)
    by_group: list[tuple[str, int]]  # (group, n)
    without_group: int
    by_location: list[tuple[str, str, int]]  # (location as stored JSON text, type, n)
