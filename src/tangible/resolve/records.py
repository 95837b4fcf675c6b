"""Records that resolution reads and writes: mentions with their document's facts, and incidents."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

import numpy as np

from tangible.models import Incident, IncidentMention, Mention
from tangible.nlp.dates import recap_of_a_season, told_as_earlier


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
        """The event's date, or the publication date when the sentence gave none (none when the sentence retells
        the deed as done some time before the report, "had earlier relocated ETIM fighters", or recaps a season's
        deeds, "This autumn, the Taliban handed over ...")."""
        if self.mention.date is not None:
            # (nor a season a recap opens with: "This autumn, the Taliban handed over 14 TTP members at Torkham")
            if self.mention.date_precision == "month" and recap_of_a_season(self.mention.sentence):
                return None
            return self.mention.date
        return None if told_as_earlier(self.mention.sentence) else self.doc.published


@dataclass(slots=True)
class IncidentDraft(Incident):
    """An incident as resolution computed it (DESIGN §5): an :class:`Incident`, whose fields it has, with the
    evidence behind it. Its counts follow from the evidence; :meth:`record` lists its mentions."""

    n_mentions: int = field(init=False, default=0)
    n_publishers: int = field(init=False, default=0)
    members: list[Evidence] = field(kw_only=True)  # asserted mentions of this incident (they count)
    attached: list[Evidence] = field(default_factory=list, kw_only=True)  # denials, negations, demands, promises
    pinned: set[str] = field(default_factory=set, kw_only=True)  # mention ids a human placed here
    dispute_ids: set[str] = field(default_factory=set, kw_only=True)  # the attached mentions that dispute it

    def __post_init__(self) -> None:
        self.n_mentions = len(self.members)
        self.n_publishers = len(self.publishers)

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
        own = {f.name: getattr(self, f.name) for f in fields(Incident)}
        return Incident(**{**own, "groups": list(self.groups), "quantities": dict(self.quantities),
                           "publishers": list(self.publishers), "n_mentions": len(self.members),
                           "n_publishers": len(self.publishers), "mentions": tuple(listed)})
