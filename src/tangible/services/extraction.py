"""The nlp stage over stored documents: mentions written to the store."""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from tangible.settings import Settings

log = logging.getLogger(__name__)


@lru_cache(maxsize=4)
def _case(path: Path | None):
    from tangible.case import load_case

    return load_case(path)


def get_case(settings: Settings):
    return _case(settings.case_file)


@lru_cache(maxsize=2)
def _extractor(path: Path | None):
    from tangible.nlp import Extractor

    return Extractor(_case(path))


def get_extractor(settings: Settings):
    return _extractor(settings.case_file)


def extract_documents(store, settings: Settings, doc_ids: list[str] | None = None, *,
                      batch_size: int = 64, progress: Callable[[int], None] | None = None) -> dict:
    """Extract mentions for the given documents (all English documents when None)."""
    from tangible.nlp import EXTRACTOR_VERSION

    extractor = get_extractor(settings)
    if doc_ids is None:
        docs: Iterable = store.documents.iter_all(status="ok")
    else:
        docs = (d for d in (store.documents.get(i) for i in doc_ids) if d is not None and d.status == "ok")
    n_docs = n_mentions = 0
    batch = []

    def flush():
        nonlocal n_mentions
        results = extractor.pipe(((d.id, d.text, d.published) for d in batch), batch_size=batch_size)
        found = {d.id: ms for d, ms in zip(batch, results)}
        n_mentions += store.mentions.replace_for_documents(found, EXTRACTOR_VERSION)
        if progress:
            progress(len(batch))
        batch.clear()

    for doc in docs:
        batch.append(doc)
        n_docs += 1
        if len(batch) >= 200:
            flush()
    if batch:
        flush()
    return {"documents": n_docs, "mentions": n_mentions}
