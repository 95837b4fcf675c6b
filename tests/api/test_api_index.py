"""``/api/v1/`` lists the resources, mentions name their incident, document pages link events to incidents,
and the API reference page loads its vendored assets."""

from __future__ import annotations

import re


def test_index_lists_every_resource_and_each_answers(api):
    body = api.get("/api/v1/").json()
    names = {r["name"] for r in body["resources"]}
    assert {"documents", "mentions", "incidents", "incidents.csv", "commitments", "actors", "sources"} <= names
    for r in body["resources"]:
        if r["name"] == "me":
            continue  # needs a token
        assert api.get(r["url"]).status_code == 200, r
    assert api.get(body["openapi"]).status_code == 200
    paths = api.get(body["openapi"]).json()["paths"]
    assert "/api/v1/" in paths and "/api/v1/incidents.csv" in paths
    assert api.get("/api/v1", follow_redirects=True).json() == body


def test_mentions_carry_their_incident_id(api, corpus_store):
    page = api.get("/api/v1/mentions", params={"limit": 200}).json()["data"]
    linked = [m for m in page if m["incident_id"]]
    assert linked and len(linked) < len(page) + 1
    for m in linked[:20]:
        incident = api.get(f"/api/v1/incidents/{m['incident_id']}").json()
        assert m["id"] in {x["mention_id"] for x in incident["mentions"]}
    for m in page:
        if not m["incident_id"]:
            assert corpus_store.incidents.incident_of(m["id"]) == []
    one = api.get(f"/api/v1/mentions/{linked[0]['id']}").json()
    assert one["incident_id"] == linked[0]["incident_id"]


def test_document_page_links_each_event_to_its_incident(api):
    m = next(m for m in api.get("/api/v1/mentions", params={"limit": 200}).json()["data"] if m["incident_id"])
    html = api.get(f"/documents/{m['doc_id']}").text
    links = re.findall(r'<a class="incident-link" href="/incidents/([^"]+)"', html)
    assert m["incident_id"] in links


def test_api_reference_page_uses_vendored_assets(api):
    html = api.get("/api/v1/docs").text
    sources = re.findall(r'<script src="([^"]+)"', html)
    assert sources and all(s.startswith("/static/") for s in sources)
    for s in sources + re.findall(r'<link rel="stylesheet" href="([^"]+)"', html):
        assert api.get(s).status_code == 200, s
    assert "cdn" not in html.lower()


def test_documents_take_a_date_range(api):
    every = api.get("/api/v1/documents", params={"limit": 200}).json()
    recent = api.get("/api/v1/documents", params={"since": "2026-11-20", "limit": 200}).json()
    expected = [d["id"] for d in every["data"] if d["published"] and d["published"][:10] >= "2026-11-20"]
    assert 0 < recent["count"] == len(expected) < every["count"]
    assert [d["id"] for d in recent["data"]] == expected
    page = api.get("/documents", params={"period": "custom", "since": "2026-11-20"}).text
    assert f"{recent['count']} in all" in page
    assert api.get("/api/v1/documents", params={"since": "2026-12-01", "until": "2026-11-01"}).status_code == 400
