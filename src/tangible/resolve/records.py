"""Records that resolution reads and writes: mentions with their document's facts, and incidents."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

from tangible.models import ActorRef, Incident, IncidentMention, Location, Mention, Origin


@dataclass(slots=True)
class DocFacts:
    """What resolution needs to know about a mention's document."""

    doc_id: str
    publisher: str | None = None
    url: str | None = None
    published: date | None = None
    signature_: np.ndarray | None = None  # MinHash of the clean text (copies of one story match)
    wire: str | None = None  # wire service the text credits ("reuters", "ap" …)
    text: str | None = None  # the start of the clean text; the signature is computed from it on demand
    copies: tuple[str, ...] = ()  # other publishers that ran the identical text (stored once)

    @property
    def publishers(self) -> tuple[str, ...]:
        """Every publisher that ran this text: the stored one, then its verbatim copies."""
        return ((self.publisher,) if self.publisher else ()) + self.copies

    @property
    def signature(self) -> np.ndarray | None:
        if self.signature_ is None and self.text:
            from tangible.resolve.text import minhash

            self.signature_ = minhash(self.text)
            self.text = None
        return self.signature_

    @classmethod
    def from_document(cls, doc: Any, *, head: int = 4000) -> "DocFacts":
        from tangible.resolve.text import wire_credit

        copies = tuple(c["publisher"] for c in getattr(doc, "copies", None) or [] if c.get("publisher"))
        return cls(doc_id=doc.id, publisher=doc.publisher, url=doc.url, published=doc.published,
                   wire=wire_credit(doc.text), text=doc.text[:head], copies=copies)


@dataclass(slots=True)
class Evidence:
    """One stored mention plus its document's facts."""

    mention: Mention
    doc: DocFacts

    @property
    def id(self) -> str:
        return self.mention.id or ""

    @property
    def day(self) -> date | None:
        """The event's date, or the publication date when the sentence gave none."""
        return self.mention.date or self.doc.published


@dataclass(slots=True)
class IncidentDraft:
    """An incident as resolution computed it (DESIGN §5), with its evidence."""

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
    quantities_reported: dict[str, list[dict[str, Any]]]
    publishers: list[str]
    members: list[Evidence]  # asserted mentions of this incident (they count)
    attached: list[Evidence] = field(default_factory=list)  # denials, negations, demands, promises
    pinned: set[str] = field(default_factory=set)  # mention ids a human placed here
    dispute_ids: set[str] = field(default_factory=set)  # the attached mentions that dispute it
    reviewed: bool = False
    review_status: str | None = None
    verification: str | None = None  # verified | unverified | disputed (see cluster.verification_of)
    launched_from: Origin | None = None  # where the reports say it was launched from

    @property
    def mention_ids(self) -> list[str]:
        return [e.id for e in self.members] + [e.id for e in self.attached]

    def record(self) -> Incident:
        """The incident as the store keeps it: every mention listed once (the asserted ones first), each
        marked pinned when a human placed it here."""
        listed: list[IncidentMention] = []
        seen: set[str] = set()
        for e in [*self.members, *self.attached]:
            if e.id and e.id not in seen:
                seen.add(e.id)
                m = e.mention
                listed.append(IncidentMention(
                    mention_id=e.id, doc_id=m.doc_id, sentence=m.sentence, char_span=m.char_span,
                    modality=m.modality, type=m.type, publisher=e.doc.publisher, url=e.doc.url,
                    published=e.doc.published, attribution=m.attribution.to_dict() if m.attribution else None,
                    verification=m.verification, pinned=e.id in self.pinned))
        return Incident(
            id=self.id, type=self.type, acled_subtype=self.acled_subtype, grade=self.grade,
            grade_reason=self.grade_reason, date=self.date, date_precision=self.date_precision,
            location=self.location, source=self.source, target=self.target, groups=list(self.groups),
            quantities=dict(self.quantities), quantities_reported=self.quantities_reported,
            publishers=list(self.publishers), n_mentions=len(self.members), n_publishers=len(self.publishers),
            reviewed=self.reviewed, review_status=self.review_status, verification=self.verification,
            launched_from=self.launched_from, mentions=tuple(listed))

    def to_dict(self) -> dict[str, Any]:
        """The incident record of DESIGN §5."""
        return {
            "id": self.id,
            "type": self.type,
            "acled_subtype": self.acled_subtype,
            "grade": self.grade,
            "grade_reason": self.grade_reason,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "location": self.location.to_dict() if self.location else None,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "groups": list(self.groups),
            "quantities": dict(self.quantities),
            "publishers": list(self.publishers),
            "verification": self.verification,
            "launched_from": self.launched_from.to_dict() if self.launched_from else None,
            "mentions": [
                {
                    "doc_id": e.mention.doc_id,
                    "publisher": e.doc.publisher,
                    "url": e.doc.url,
                    "sentence": e.mention.sentence,
                    "char_span": list(e.mention.char_span),
                    "modality": e.mention.modality,
                }
                for e in [*self.members, *self.attached]
            ],
        }
