"""Relevance prefilter: does a document mention anything the case file is about?

A document that names no actor or group of the case file (names, aliases, capitals) and no place
of the covered territory cannot yield a mention the ledger uses, so it skips extraction and
resolution. It is kept, with ``documents.status = 'irrelevant'`` and the fingerprint of the case
it was judged against in ``documents.meta["relevance"]``; when the case file changes,
:func:`reexamine_irrelevant` looks at those documents again.

The check is a lower-cased word n-gram lookup: the text is split into words once (a C-speed regex),
a set test on the first word of every term rejects most unrelated articles at once, and only the
candidate positions are compared word by word. Short abbreviations written in capitals (``TIP``,
``CTD``, ``IS-K``) match only in capitals, as the extractor matches them, so the common word "tip"
does not make a document relevant.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from tangible.settings import Settings

log = logging.getLogger(__name__)

PREFILTER_VERSION = "1"
IRRELEVANT = "irrelevant"

_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_exact(name: str) -> bool:
    """Abbreviations in capitals match case-sensitively (same rule as the extractor)."""
    return (len(name) <= 5 and any(c.isupper() for c in name[1:])) or name.isupper()


class _Terms:
    """Phrases indexed by their first word: first word -> list of the remaining words."""

    def __init__(self) -> None:
        self.by_first: dict[str, list[tuple[str, ...]]] = {}

    def add(self, words: list[str]) -> None:
        if words:
            tails = self.by_first.setdefault(words[0], [])
            tail = tuple(words[1:])
            if tail not in tails:
                tails.append(tail)
                tails.sort(key=len)  # the shortest tail answers first

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_first.values())

    def find(self, words: list[str], present: set[str]) -> str | None:
        firsts = present.intersection(self.by_first)
        if not firsts:
            return None
        n = len(words)
        for i, w in enumerate(words):
            if w not in firsts:
                continue
            for tail in self.by_first[w]:
                k = len(tail)
                if i + 1 + k <= n and tuple(words[i + 1:i + 1 + k]) == tail:
                    return " ".join((w, *tail))
        return None


@dataclass(frozen=True, slots=True)
class Verdict:
    relevant: bool
    term: str | None  # the first term found, for messages and tests


class RelevanceFilter:
    """Built once from a case file; ``check(text)`` is pure and thread-safe."""

    def __init__(self, case, *, places: Iterable | None = None):
        self.case_fingerprint: str = case.fingerprint
        self.fingerprint = hashlib.sha256(f"{case.fingerprint}|{PREFILTER_VERSION}".encode()).hexdigest()[:16]
        self._lower = _Terms()
        self._exact = _Terms()
        names: set[str] = set()
        countries: set[str] = set()
        for ent in [*case.actors.values(), *case.groups.values()]:
            names.update(ent.names)
            names.update(ent.capitals)
            if ent.country:
                countries.add(ent.country)
        for commitment in case.commitments.values():
            countries.update(commitment.territory)
        if places is None:
            from tangible.nlp.gazetteer import load_gazetteer

            places = load_gazetteer()
        self.countries = frozenset(countries)
        for place in places:
            if place.country in countries:
                names.update(place.variants)
        for name in names:
            name = name.strip()
            if not name:
                continue
            if _is_exact(name):
                self._exact.add(_words(name))
            else:
                self._lower.add(_words(name.lower()))
        log.debug("relevance prefilter: %d case-insensitive and %d exact terms over %s",
                  len(self._lower), len(self._exact), sorted(countries))

    @property
    def n_terms(self) -> int:
        return len(self._lower) + len(self._exact)

    def check(self, text: str | None) -> Verdict:
        if not text:
            return Verdict(False, None)
        words = _words(text)
        if not words:
            return Verdict(False, None)
        term = self._exact.find(words, set(words))
        if term is None:
            lowered = text.lower()
            low_words = _words(lowered)
            term = self._lower.find(low_words, set(low_words))
        return Verdict(term is not None, term)

    def is_relevant(self, text: str | None) -> bool:
        return self.check(text).relevant


@lru_cache(maxsize=4)
def _filter_for(path: Path | None, case_fingerprint: str) -> RelevanceFilter:
    from tangible.services.case import get_case_at

    return RelevanceFilter(get_case_at(path))


def get_filter(settings: Settings) -> RelevanceFilter:
    from tangible.services.case import get_case

    case = get_case(settings)
    return _filter_for(settings.case_file, case.fingerprint)


def reexamine_irrelevant(store, settings: Settings, *, workers: int | None = None,
                         progress: Callable[[int], None] | None = None, force: bool = False) -> dict:
    """Look again at documents judged irrelevant against another case file (or all, with ``force``).

    Those that now mention something in the case go back to ``status = 'ok'`` and are extracted;
    the others keep ``irrelevant`` with the current fingerprint. Resolution is left to the caller.
    """
    from tangible.services.extraction import extract_documents

    flt = get_filter(settings)
    stale = [doc_id for doc_id, fp in store.documents.relevance_marks(IRRELEVANT)
             if force or fp != flt.fingerprint]
    if not stale:
        return {"examined": 0, "relevant": 0, "irrelevant": 0, "mentions": 0}
    store.documents.set_relevance(stale, "ok", None)
    figures = extract_documents(store, settings, stale, workers=workers, progress=progress)
    return {"examined": len(stale), "relevant": figures["documents"] - figures["irrelevant"],
            "irrelevant": figures["irrelevant"], "mentions": figures["mentions"]}


__all__ = ["RelevanceFilter", "Verdict", "get_filter", "reexamine_irrelevant", "PREFILTER_VERSION", "IRRELEVANT"]
