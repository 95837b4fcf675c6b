"""Runs the derived stages (nlp -> resolve -> ledger) over stored documents.

Everything derived can be rebuilt from stored documents.
"""

from __future__ import annotations

import logging
from typing import Iterable

from tangible.services.extraction import extract_documents, get_case
from tangible.services.resolution import resolve_all
from tangible.settings import Settings

log = logging.getLogger(__name__)


def process_documents(store, settings: Settings, doc_ids: Iterable[str]) -> dict:
    """Extract mentions from the given documents, then re-resolve incidents and commitments."""
    figures = {"extract": extract_documents(store, settings, list(doc_ids))}
    figures["resolve"] = resolve_all(store, get_case(settings))
    return figures
