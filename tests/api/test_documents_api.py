"""/api/v1/documents over the ingested sample corpus: listing, keyset pages, filters, errors."""

from __future__ import annotations

from tests.api.conftest import assert_error


def test_list_answers_the_envelope_without_text(api, corpus_store):
    body = api.get("/api/v1/documents", params={"limit": 5}).json()
    assert set(body) == {"data", "count", "next"}
    assert body["count"] == corpus_store.documents.count(latest_only=True)
    assert len(body["data"]) == 5 and body["next"]
    first = body["data"][0]
    assert "text" not in first and first["chars"] > 0
    published = [d["published"] or "" for d in body["data"]]
    assert published == sorted(published, reverse=True)


def test_pages_walk_every_document_once(api, corpus_store):
    seen, cursor = [], None
    while True:
        params = {"limit": 7, **({"cursor": cursor} if cursor else {})}
        body = api.get("/api/v1/documents", params=params).json()
        seen += [d["id"] for d in body["data"]]
        cursor = body["next"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == corpus_store.documents.count(latest_only=True)


def test_filters_narrow_and_count_matches(api):
    everything = api.get("/api/v1/documents", params={"limit": 200}).json()
    publisher = everything["data"][0]["publisher"]
    body = api.get("/api/v1/documents", params={"publisher": publisher, "limit": 200}).json()
    assert 0 < body["count"] < everything["count"]
    assert body["count"] == len(body["data"])
    assert {d["publisher"] for d in body["data"]} == {publisher}
    found = api.get("/api/v1/documents", params={"q": "Torkham", "limit": 200}).json()
    assert 0 < found["count"] < everything["count"]


def test_one_document_has_text_and_spans_inside_it(api):
    doc_id = api.get("/api/v1/documents", params={"q": "Kunar"}).json()["data"][0]["id"]
    doc = api.get(f"/api/v1/documents/{doc_id}").json()
    assert doc["id"] == doc_id and len(doc["text"]) == doc["chars"]
    assert doc["mentions"], "a Kunar article should have extracted events"
    for span in doc["mentions"]:
        start, end = span["char_span"]
        assert 0 <= start < end <= len(doc["text"])


def test_errors_share_one_shape(api):
    assert_error(api.get("/api/v1/documents/does-not-exist"), 404, "T404", "does-not-exist")
    assert_error(api.get("/api/v1/documents", params={"cursor": "not-a-cursor"}), 400, "T115", "cursor")
    assert_error(api.get("/api/v1/documents", params={"limit": 0}), 422, "T100", "limit")
    assert_error(api.get("/api/v1/documents", params={"limit": "many"}), 422, "T100", "limit")
    assert_error(api.get("/api/v1/nothing-here"), 404, "T404")


def test_openapi_document_lists_the_contract_paths(api):
    paths = api.get("/api/v1/openapi.json").json()["paths"]
    for path in ("/api/v1/documents", "/api/v1/documents/{doc_id}", "/api/v1/mentions", "/api/v1/mentions/{mention_id}"):
        assert path in paths


def test_empty_store_answers_an_empty_list(empty_api):
    assert empty_api.get("/api/v1/documents").json() == {"data": [], "count": 0, "next": None}
