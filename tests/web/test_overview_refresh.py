"""After a write, a slow view (the overview over a large store) is answered from its last value while it
is recomputed in the background; a fast one is recomputed at once."""

from __future__ import annotations

import time

from tangible.services import views
from tests.web.test_overview_stats import _fill


def _kept(store) -> int:
    return sum(1 for _ in store.incidents.iter_incidents(with_mentions=False))


def test_a_slow_view_is_served_stale_once_then_fresh(store):
    _fill(store)
    computed: list[int] = []

    def slow() -> int:
        time.sleep(views.SLOW_VIEW_SECONDS + 0.1)
        computed.append(_kept(store))
        return computed[-1]

    assert views.cached_or_stale(store, ("slow",), slow) == 29  # nothing to serve yet: computed here
    store.incidents.reviews.review_incident("s001", "reject", reviewer="test")

    t0 = time.monotonic()
    assert views.cached_or_stale(store, ("slow",), slow) == 29  # the last value, without waiting
    assert views.cached_or_stale(store, ("slow",), slow) == 29  # one refresh at a time
    assert time.monotonic() - t0 < views.SLOW_VIEW_SECONDS / 2

    deadline = time.monotonic() + 20
    while views.cached_or_stale(store, ("slow",), slow) != 28:
        assert time.monotonic() < deadline, "the view was not refreshed"
        time.sleep(0.05)
    assert computed == [29, 28]


def test_a_fast_view_is_never_served_stale(store):
    _fill(store)
    assert views.cached_or_stale(store, ("fast",), lambda: _kept(store)) == 29
    store.incidents.reviews.review_incident("s001", "reject", reviewer="test")
    assert views.cached_or_stale(store, ("fast",), lambda: _kept(store)) == 28
