"""Cheap language check: English stopword ratio and the share of Latin letters."""

from __future__ import annotations

import re

_STOP = frozenset(
    "the of and to in a is that for on was with he it as at by from his said be have has had are were "
    "an they which this their not but or been who its will after also would would over more than two "
    "after into when there other its about up out new one all we i you she her our no them then can".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def is_english(text: str, sample: int = 4000) -> bool:
    """True if ``text`` looks like English prose. Empty or word-less text counts as not English."""
    chunk = text[:sample]
    words = _WORD.findall(chunk)
    if not words:
        return False
    latin = sum(1 for w in words if w.isascii())
    if latin / len(words) < 0.5:
        return False
    if len(words) < 40:
        return True  # too short to judge by stopwords; Latin script is enough
    stop = sum(1 for w in words if w.lower() in _STOP)
    return stop / len(words) >= 0.12
