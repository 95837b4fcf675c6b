"""SourceRepository on SQLite and PostgreSQL: registration, due times, fetch records, removal."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tangible.errors import InputError


def test_sources_due_polled_fetches_and_removal(store):
    repo = store.sources
    feed = repo.add("feed", "https://a.example/feed", publisher="A", every_seconds=600)
    other = repo.add("feed", "https://b.example/feed", every_seconds=600)
    with pytest.raises(InputError) as err:
        repo.add("feed", "https://a.example/feed")
    assert err.value.code == "T161" and f"source {feed.id}" in str(err.value)
    now = datetime.now(timezone.utc)
    assert {s.id for s in repo.due(now)} == {feed.id, other.id}
    repo.mark_polled(feed.id, polled_at=now, next_due_at=now + timedelta(minutes=10), etag='"x"',
                     last_modified="Mon, 16 Nov 2026 08:00:00 GMT", update_validators=True, meta={"seen": {"g": "f"}})
    assert [s.id for s in repo.due(now)] == [other.id]
    got = repo.get(feed.id)
    assert (got.etag, got.meta["seen"], got.next_due_at > now) == ('"x"', {"g": "f"}, True)
    repo.record_fetch(source_id=feed.id, url="https://a.example/feed", fetched_at=now, status_code=200, size=1234,
                      elapsed_ms=50, outcome="ok", error=None)
    repo.record_fetch(source_id=feed.id, url="https://a.example/1", fetched_at=now + timedelta(seconds=1),
                      status_code=404, size=0, elapsed_ms=5, outcome="http_error", error="HTTP 404")
    fetches = repo.recent_fetches(feed.id)
    assert [f.outcome for f in fetches] == ["http_error", "ok"] and fetches[1].bytes == 1234
    assert repo.remove(feed.id) and repo.get(feed.id) is None
    assert repo.fetch_count() == 2 and repo.recent_fetches(feed.id) == []  # records kept, unlinked
    assert [s.id for s in repo.list()] == [other.id]
