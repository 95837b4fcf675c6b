"""Which half of each evaluation set a record belongs to.

Half ``a`` of every set may be used to train and tune; half ``b`` is held out and only measured. The halves
are fixed by the records' own ids, so every run, and every model trained by ``tangible train``, agrees on them.
"""

from __future__ import annotations

import hashlib

HALVES = ("a", "b")


def half_of(key: str) -> str:
    """The half of a record with a textual id (ACLED event ids, UCDP ids)."""
    return "a" if hashlib.sha1(key.encode("utf-8")).digest()[0] % 2 == 0 else "b"


def ipe_half(doc_id: int) -> str:
    """IndiaPoliceEvents: whole documents go to one half (the shared half holds even document ids)."""
    return "a" if (doc_id // 2) % 2 == 0 else "b"


def case2021_half(snippet_id: int) -> str:
    """CASE 2021 snippets (the shared half holds even ids)."""
    return "a" if (snippet_id // 2) % 2 == 0 else "b"
