"""Derived views cached until the store changes.

The dashboard's aggregates (counts by type, group, week and place; the commitment ratings) and the
totals of filtered lists are costly over a large store and identical between two writes. Each is cached
under the store's write counter (``store_revision``): a cached value is served while the counter has not
moved, from any process's write, and for at most ``MAX_AGE_SECONDS`` as a safety net. One thread
computes a missing value while the others asking for it wait, so a burst of requests after a write
costs one computation, not one per request.

A view that took more than ``SLOW_VIEW_SECONDS`` to compute (the overview over a large store) can be
asked for with ``cached_or_stale``: after a write, its last value is served at once while one
background thread computes the new one, so no visitor waits for the computation; the value is then at
most one computation old.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
import weakref
from collections import OrderedDict
from typing import Any, Callable, Hashable

MAX_AGE_SECONDS = 300.0
MAX_ENTRIES = 2048
SLOW_VIEW_SECONDS = 1.0

log = logging.getLogger(__name__)


class RevisionCache:
    """``freeze``: move what a computation leaves alive out of the garbage collector's passes (for a few
    large, long-lived views; not for many small values computed often, where it would keep transient
    cycles from ever being collected)."""

    def __init__(self, max_age: float = MAX_AGE_SECONDS, max_entries: int = MAX_ENTRIES, *, freeze: bool = True):
        self.max_age = max_age
        self.max_entries = max_entries
        self.freeze = freeze
        # key -> (revision, when computed, value, seconds the computation took)
        self._entries: OrderedDict[Hashable, tuple[int, float, Any, float]] = OrderedDict()
        self._refreshing: set[Hashable] = set()
        self._lock = threading.Lock()
        self._key_locks: weakref.WeakValueDictionary[Hashable, threading.Lock] = weakref.WeakValueDictionary()

    def _fresh(self, key: Hashable, revision: int) -> tuple[bool, Any]:
        with self._lock:
            entry = self._entries.get(key)
            if entry and entry[0] == revision and time.monotonic() - entry[1] < self.max_age:
                self._entries.move_to_end(key)
                return True, entry[2]
        return False, None

    def get(self, revision: int | None, key: Hashable, compute: Callable[[], Any]) -> Any:
        if revision is None:  # a store without a write counter: nothing can be validated
            return compute()
        ok, value = self._fresh(key, revision)
        if ok:
            return value
        with self._lock:
            key_lock = self._key_locks.get(key)
            if key_lock is None:
                key_lock = threading.Lock()
                self._key_locks[key] = key_lock
        with key_lock:
            ok, value = self._fresh(key, revision)  # computed by another thread while this one waited
            if ok:
                return value
            # labelled with the revision read before computing: a write during the computation makes
            # the entry stale at once, never a newer label on older data
            started = time.monotonic()
            value = compute()
            took = time.monotonic() - started
            if self.freeze:
                # a cached view is long-lived and can hold millions of objects: the collector's full passes
                # would walk them all, again and again, stalling every request (measured: p99 1.6 s instead
                # of 6 ms at 200 requests/s); moved out of its sight, they are still freed by reference counting
                gc.freeze()
            with self._lock:
                self._entries[key] = (revision, time.monotonic(), value, took)
                self._entries.move_to_end(key)
                while len(self._entries) > self.max_entries:
                    self._entries.popitem(last=False)
        return value

    def get_or_stale(self, revision: int | None, key: Hashable, compute: Callable[[], Any]) -> Any:
        """As ``get``; but when the store has changed since a computation that took longer than
        ``SLOW_VIEW_SECONDS`` (and less than ``max_age`` ago), that last value is returned at once and the
        new one computed in a background thread, for the requests after it."""
        if revision is not None:
            with self._lock:
                entry = self._entries.get(key)
                stale = (entry is not None and entry[0] != revision and entry[3] >= SLOW_VIEW_SECONDS
                         and time.monotonic() - entry[1] < self.max_age)
                start = stale and key not in self._refreshing
                if start:
                    self._refreshing.add(key)
            if start:
                threading.Thread(target=self._refresh, args=(revision, key, compute), name="refresh-view",
                                 daemon=True).start()
            if stale:
                return entry[2]
        return self.get(revision, key, compute)

    def _refresh(self, revision: int, key: Hashable, compute: Callable[[], Any]) -> None:
        try:
            self.get(revision, key, compute)
        except Exception:  # the next request computes it again and shows the error  # noqa: BLE001
            log.exception("could not refresh the view %r", key)
        finally:
            with self._lock:
                self._refreshing.discard(key)


RESPONSE_ENTRIES = 512  # answers kept per store: small byte strings, apart from the views

_CACHES: "weakref.WeakKeyDictionary[Any, dict[str, RevisionCache]]" = weakref.WeakKeyDictionary()
_CACHES_LOCK = threading.Lock()


def cache_for(store, kind: str = "views") -> RevisionCache:
    """The cache of one open store (dropped with it): ``views`` for aggregates, ``responses`` for whole
    answers to repeated requests (kept apart, so that many different requests never push out a view)."""
    with _CACHES_LOCK:
        caches = _CACHES.get(store)
        if caches is None:
            caches = _CACHES[store] = {}
        cache = caches.get(kind)
        if cache is None:
            cache = caches[kind] = (RevisionCache() if kind == "views"
                                    else RevisionCache(max_entries=RESPONSE_ENTRIES, freeze=False))
        return cache


def cached(store, key: Hashable, compute: Callable[[], Any]) -> Any:
    """``compute()``, or its value from the last call with ``key`` if the store has not changed since."""
    return cache_for(store).get(store.db.revision(), key, compute)


def cached_or_stale(store, key: Hashable, compute: Callable[[], Any]) -> Any:
    """``cached``, except that a slow view is answered from its last value while it is recomputed after
    a write (see ``RevisionCache.get_or_stale``)."""
    return cache_for(store).get_or_stale(store.db.revision(), key, compute)


def cached_response(store, key: Hashable, compute: Callable[[], bytes]) -> bytes:
    """A whole answer (bytes), reused while the store has not changed: the same filtered list asked
    again between two writes costs a lookup."""
    return cache_for(store, "responses").get(store.db.revision(), key, compute)
