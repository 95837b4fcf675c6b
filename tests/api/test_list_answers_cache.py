"""Answers to repeated incident-list requests are reused until the store changes, by this process or another."""

from __future__ import annotations

import time

import httpx

from tangible.settings import Settings
from tangible.store import Store
from tangible.store.db import REVISION_TTL
from tests.web.test_overview_stats import _fill


def test_a_repeated_list_is_answered_from_the_cache_until_a_write(serve, make_store, tmp_path):
    store = make_store("sqlite")
    _fill(store)
    settings = Settings(database_url=store.db.url, data_dir=tmp_path / "data", secret_key="k" * 32)
    url = serve(settings, store)
    path = "/api/v1/incidents?type=ARREST&limit=50"
    first = httpx.get(url + path, timeout=20).json()
    assert first["count"] == len(first["data"]) > 1

    queries: list[str] = []
    from sqlalchemy import event

    def seen(conn, cursor, statement, *args):
        # the revision check may open a transaction of its own; only reads of data count
        if "store_revision" not in statement and not statement.lstrip().upper().startswith(
                ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")):
            queries.append(statement)

    event.listen(store.db.engine, "before_cursor_execute", seen)
    try:
        assert httpx.get(url + path, timeout=20).json() == first
        assert queries == []  # answered without reading incidents
    finally:
        event.remove(store.db.engine, "before_cursor_execute", seen)

    # a write through this process: seen at once
    gone = first["data"][0]["id"]
    store.incidents.reviews.review_incident(gone, "reject", reviewer="test")
    after = httpx.get(url + path, timeout=20).json()
    assert after["count"] == first["count"] - 1 and gone not in {i["id"] for i in after["data"]}

    # a write through another handle (as another process would): seen within REVISION_TTL
    other = Store.open(settings)
    try:
        other.incidents.reviews.review_incident(after["data"][0]["id"], "reject", reviewer="test")
    finally:
        other.close()
    time.sleep(REVISION_TTL * 2)
    assert httpx.get(url + path, timeout=20).json()["count"] == first["count"] - 2
    # a different question is a different answer
    assert httpx.get(url + "/api/v1/incidents?type=ARREST&limit=1", timeout=20).json()["data"] == after["data"][1:2]
