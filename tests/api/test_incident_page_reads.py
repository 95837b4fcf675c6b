"""An incident page reads its replies and review history only when the store has some for it."""

from __future__ import annotations

import httpx
from sqlalchemy import event

from tangible.services import replies as reply_service
from tangible.settings import Settings
from tests.web.test_overview_stats import _fill


def test_pages_skip_empty_replies_and_history_and_show_new_ones(serve, make_store, tmp_path):
    store = make_store("sqlite")
    _fill(store)
    settings = Settings(database_url=store.db.url, data_dir=tmp_path / "data", secret_key="k" * 32)
    url = serve(settings, store)
    assert httpx.get(f"{url}/incidents/s001", timeout=20).status_code == 200  # reads which objects have any

    queries: list[str] = []

    def seen(conn, cursor, statement, *args):
        queries.append(statement)

    event.listen(store.db.engine, "before_cursor_execute", seen)
    try:
        page = httpx.get(f"{url}/incidents/s002", timeout=20)
        assert page.status_code == 200 and "s002" in page.text
        assert queries and not any("FROM replies" in q or "FROM reviews" in q for q in queries), queries
    finally:
        event.remove(store.db.engine, "before_cursor_execute", seen)

    # a decision and an approved reply on s002: both shown on its next view
    store.incidents.reviews.review_incident("s002", "confirm", reviewer="Ana Lyst", reason="two wires")
    reply = store.replies.add(object_kind="incident", object_id="s002", name="Reader One", email="r@example.org",
                              body="Which wire service?", client_hash=None)
    reply_service.moderate(store, reply.id, "approve", moderator="mod")
    page = httpx.get(f"{url}/incidents/s002", timeout=20).text
    assert "Which wire service?" in page and "two wires" in page
    assert "Which wire service?" not in httpx.get(f"{url}/incidents/s001", timeout=20).text
    assert httpx.get(f"{url}/api/v1/incidents/s002/reviews", timeout=20).json()[0]["reason"] == "two wires"
    assert httpx.get(f"{url}/api/v1/incidents/s001/reviews", timeout=20).json() == []
