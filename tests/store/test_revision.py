"""The store's write counter, and the caches of derived views keyed on it."""

from __future__ import annotations

import threading
import time

import pytest

from tangible.models import DocumentInput
from tangible.store.db import REVISION_TTL
from tangible.services.views import RevisionCache, cached


def _doc(i: int) -> DocumentInput:
    return DocumentInput(text=f"Document number {i} about the border.", language="en", external_id=f"r{i}")


def test_every_committed_write_advances_the_revision(store):
    before = store.db.revision()
    assert isinstance(before, int)
    store.documents.add(_doc(1))
    after_one = store.db.revision()
    assert after_one > before
    assert store.db.revision() == after_one  # reading moves nothing
    store.documents.add(_doc(2))
    assert store.db.revision() > after_one


def test_a_rolled_back_write_leaves_the_revision(store):
    before = store.db.revision()
    with pytest.raises(RuntimeError):
        with store.db.write():
            raise RuntimeError("abandoned")
    assert store.db.revision() == before


def test_a_cached_view_is_recomputed_after_a_write_through_another_handle(store, settings):
    from tangible.store import Store

    calls = []

    def count():
        calls.append(1)
        return store.documents.count()

    assert cached(store, ("t", "count"), count) == 0
    assert cached(store, ("t", "count"), count) == 0
    assert len(calls) == 1
    # a second handle on the same database stands for another process writing
    other = Store(type(store.db)(store.db.url))
    try:
        other.documents.add(_doc(3))
    finally:
        other.close()
    time.sleep(REVISION_TTL + 0.05)  # another handle's write is seen once the last read has expired
    assert cached(store, ("t", "count"), count) == 1
    assert len(calls) == 2
    # a write through this handle is seen at once
    store.documents.add(_doc(4))
    assert cached(store, ("t", "count"), count) == 2


def test_concurrent_misses_compute_once():
    cache = RevisionCache()
    calls = []

    def slow():
        calls.append(1)
        time.sleep(0.2)
        return 42

    results = []
    threads = [threading.Thread(target=lambda: results.append(cache.get(7, "k", slow))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [42] * 8 and len(calls) == 1
    assert cache.get(8, "k", lambda: 43) == 43  # a new revision is a miss


def test_entries_expire_and_the_cache_is_bounded():
    cache = RevisionCache(max_age=0.05, max_entries=3)
    assert cache.get(1, "a", lambda: 1) == 1
    time.sleep(0.08)
    assert cache.get(1, "a", lambda: 2) == 2  # too old: recomputed
    for k in "bcde":
        cache.get(1, k, lambda: k)
    assert cache.get(1, "a", lambda: "again") == "again"  # evicted, least recently used first
    assert cache.get(None, "a", lambda: "uncached") == "uncached"
