"""The derivation job: the derived stages (nlp -> resolve -> ledger) over stored documents, finishing what
earlier runs left, and only what changed.

Everything derived can be rebuilt from stored documents, so a run never needs to know what an
earlier one did: :func:`run` extracts every document not yet extracted with the current
extractor, models and case file (new ones, those a killed run left, those extracted before an
upgrade), looks again at documents judged irrelevant against another case file, resolves again the
dates and types the changed documents touch (``scope="changes"``; ``"all"`` resolves everything), and
rates again, storing snapshots of today's ratings, only the commitments whose evidence changed.
Reads (``tangible ledger``, the API, the pages) never write.
"""

from __future__ import annotations

import logging
from typing import Callable

from tangible.services.case import get_case
from tangible.services.extraction import derivation_key, extract_documents
from tangible.services.resolution import resolve_all, resolve_changes
from tangible.settings import Settings
from tangible.errors import E

log = logging.getLogger(__name__)


def pending(store, settings: Settings) -> dict:
    """What is left to derive: documents to extract, irrelevant ones to look at again, resolution due."""
    key = derivation_key(settings)
    return {"extract": store.documents.count_underived(key),
            "reexamine": store.documents.count_underived(key, status="irrelevant"),
            "resolve": store.pipeline.resolution_due()}


SCOPES = ("changes", "all")


def run(store, settings: Settings, scope: str = "changes", *, workers: int | None = None,
        progress: Callable[[int], None] | None = None, on_stage: Callable[[str], None] | None = None) -> dict:
    """Bring everything derived up to date with the stored documents; returns the figures of each stage.

    ``scope``: ``"changes"`` re-resolves around the documents changed since the last run, ``"all"`` resolves
    every mention again. ``on_stage("extract" | "resolve" | "rate")`` is called as each stage starts (a run
    records where it is)."""
    from tangible.errors import InputError

    if scope not in SCOPES:
        raise InputError(f"Unknown derivation scope {scope!r}.", f"Use one of: {', '.join(SCOPES)}.", code=E.UNKNOWN_DERIVATION_SCOPE)
    from tangible.services.relevance import IRRELEVANT

    key = derivation_key(settings)
    figures: dict = {}
    stale = [d.id for d in store.documents.iter_underived(key, status=IRRELEVANT)]
    if stale:  # judged against another case file or prefilter: back in line, the prefilter looks again
        store.documents.set_relevance(stale, "ok", None)
    docs = store.documents.iter_underived(key)
    first = next(docs, None)
    if first is not None:
        if on_stage:
            on_stage("extract")

        def all_docs():
            yield first
            yield from docs

        figures["extract"] = extract_documents(store, settings, docs=all_docs(), workers=workers, progress=progress)
        if stale:
            figures["extract"]["reexamined"] = len(stale)
    case = get_case(settings)
    if scope == "all" or store.pipeline.resolution_due() or store.pipeline.queue_length():
        if on_stage:
            on_stage("resolve")
        figures["resolve"] = resolve_all(store, case) if scope == "all" else resolve_changes(store, case)
        types = figures["resolve"].get("types") if figures["resolve"].get("scope") == "changes" else None
        if figures["resolve"].get("scope") != "nothing":
            from tangible.services.ledger import rerate

            if on_stage:
                on_stage("rate")
            figures["rate"] = rerate(store, case, types)
    from tangible.services.alerts import after_derivation

    alerts = after_derivation(store, settings, derived=bool(figures))  # new alerts, and the outbox sent
    if alerts:
        figures["alerts"] = alerts
    return figures


def derive(store, settings: Settings, *, workers: int | None = None, progress: Callable[[int], None] | None = None,
           on_stage: Callable[[str], None] | None = None) -> dict:
    """:func:`run` over what changed (the name earlier callers use)."""
    return run(store, settings, "changes", workers=workers, progress=progress, on_stage=on_stage)
