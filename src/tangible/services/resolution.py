"""Resolve stored mentions into incidents, keeping every human decision (``tangible resolve``)."""

from __future__ import annotations

import logging
import time
from datetime import date
from typing import Callable

from tangible.models import ActorRef, Location
from tangible.resolve import DocFacts, Evidence, IncidentDraft, ResolveOptions, SourceBook, resolve

log = logging.getLogger(__name__)


def load_evidence(store) -> list[Evidence]:
    """Every mention not rejected by a reviewer, with its document's facts."""
    mentions = list(store.mentions.iter_all(exclude_rejected=True))
    wanted = {m.doc_id for m in mentions}
    facts: dict[str, DocFacts] = {}
    for doc in store.documents.iter_all():
        if doc.id in wanted:
            facts[doc.id] = DocFacts.from_document(doc)
    return [Evidence(m, facts.get(m.doc_id) or DocFacts(m.doc_id)) for m in mentions]


def apply_corrections(draft: IncidentDraft, changes: list[dict]) -> None:
    """Replay an analyst's corrections on a freshly resolved incident."""
    for change in changes:
        for key, value in change.items():
            if key in ("source", "target"):
                setattr(draft, key, ActorRef(value.get("id"), value.get("text", "")) if value else None)
            elif key == "location":
                draft.location = Location(**value) if value else None
            elif key == "date":
                draft.date = date.fromisoformat(value) if isinstance(value, str) else value
            elif key in ("type", "acled_subtype", "date_precision", "groups", "quantities"):
                setattr(draft, key, value)


def resolve_all(store, case, *, options: ResolveOptions | None = None, media: dict[str, str] | None = None,
                progress: Callable[[int], None] | None = None) -> dict:
    """Re-resolve every stored mention; pinned merges and splits and reviewed incidents survive.

    ``media`` adds publisher affiliations ({publisher: actor id}) to those of the case.
    """
    t0 = time.perf_counter()
    generation, _ = store.pipeline.generations()  # read first: a change made meanwhile is resolved next time
    from tangible.resolve.text import register_wires

    register_wires(getattr(case, "wires", None))  # the case's regional wire services join the international ones
    evidence = load_evidence(store)
    seeds = store.incidents.seeds()
    book = SourceBook.from_case(case)
    for publisher, actor in (media or {}).items():
        book.media[publisher.strip().lower()] = actor
    result = resolve(evidence, case=case, seeds=seeds, options=options, book=book, progress=progress)
    corrections = store.incidents.reviews.incident_corrections()
    for draft in result.incidents:
        if draft.id in corrections:
            apply_corrections(draft, corrections[draft.id])
    written = store.incidents.replace_all(result.incidents)
    from tangible.services.ledger import sync_commitments

    commitments = sync_commitments(store, case)
    store.pipeline.mark_resolved(generation)  # last: a run killed before this point is resolved again
    summary = {
        **result.summary,
        "removed": written["removed"],
        "human_incidents": len(seeds),
        "unattached_statements": len(result.unattached),
        "commitments": commitments,
        "seconds": round(time.perf_counter() - t0, 2),
    }
    log.info("resolved %s", summary)
    return summary
