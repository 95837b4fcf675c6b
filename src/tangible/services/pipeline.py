"""Runs the derived stages (nlp -> resolve -> ledger) over stored documents.

Everything derived can be rebuilt from stored documents.
"""

from __future__ import annotations

import logging
from typing import Iterable

from tangible.settings import Settings

log = logging.getLogger(__name__)


def process_documents(store, settings: Settings, doc_ids: Iterable[str]) -> dict:
    """Extract mentions from the given documents, then re-resolve incidents."""
    try:
        from tangible.nlp import Extractor  # noqa: F401
    except ImportError:
        log.warning("The nlp stage is not available in this build; documents are stored without mentions.")
        return {}
    from tangible.services.extraction import extract_documents

    figures = {"extract": extract_documents(store, settings, list(doc_ids))}
    try:
        from tangible.services.resolution import resolve_all
    except ModuleNotFoundError:
        return figures
    from tangible.services.extraction import get_case

    figures["resolve"] = resolve_all(store, get_case(settings))
    return figures
