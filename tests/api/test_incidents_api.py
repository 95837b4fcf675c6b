"""/api/v1/incidents, /mentions, /commitments, /actors, /sources over the ingested samples."""

from __future__ import annotations

from tests.api.conftest import assert_error


def walk(api, path, **params):
    seen, cursor = [], None
    while True:
        body = api.get(path, params={**params, **({"cursor": cursor} if cursor else {})}).json()
        seen += body["data"]
        cursor = body["next"]
        if not cursor:
            return seen, body["count"]


def test_incident_pages_cover_every_incident_once(api, corpus_store):
    items, count = walk(api, "/api/v1/incidents", limit=9)
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids)) == count > 9
    keys = [(i["date"] or "", i["id"]) for i in items]
    assert keys == sorted(keys, reverse=True)


def test_each_filter_narrows_the_list(api):
    total = api.get("/api/v1/incidents").json()["count"]
    for params, check in [
        ({"type": "ARREST"}, lambda i: i["type"] == "ARREST"),
        ({"group": "ttp"}, lambda i: "ttp" in i["groups"]),
        ({"grade": "corroborated"}, lambda i: i["grade"] == "corroborated"),
        ({"place": "Kunar"}, lambda i: "Kunar" in (i["location"] or {}).get("admin1", "") + (i["location"] or {}).get("name", "")),
        ({"since": "2026-11-10", "until": "2026-11-20"}, lambda i: "2026-11-10" <= (i["date"] or "") <= "2026-11-20"),
        ({"q": "Torkham"}, lambda i: True),
        ({"modality": "asserted"}, lambda i: True),
    ]:
        items, count = walk(api, "/api/v1/incidents", limit=50, **params)
        assert 0 < count <= total, params
        assert len(items) == count, params
        assert all(check(i) for i in items), params
    assert api.get("/api/v1/incidents", params={"type": "ARREST", "group": "etim"}).json()["count"] < \
        api.get("/api/v1/incidents", params={"type": "ARREST"}).json()["count"]


def test_incident_record_lists_mentions_with_sentences(api):
    inc = api.get("/api/v1/incidents", params={"grade": "corroborated"}).json()["data"][0]
    full = api.get(f"/api/v1/incidents/{inc['id']}").json()
    assert full["id"] == inc["id"] and len(full["mentions"]) >= 2
    for m in full["mentions"]:
        assert m["sentence"] and m["publisher"] and m["doc_id"]
        doc = api.get(f"/api/v1/documents/{m['doc_id']}").json()
        s, e = m["char_span"]
        assert doc["text"][s:e] == m["sentence"]


def test_incident_filter_errors(api):
    assert_error(api.get("/api/v1/incidents", params={"type": "PICNIC"}), 400, "T112", "PICNIC")
    assert_error(api.get("/api/v1/incidents", params={"grade": "great"}), 400, "T112", "grade")
    assert_error(api.get("/api/v1/incidents", params={"since": "2026-12-01", "until": "2026-11-01"}), 400, "T113")
    assert_error(api.get("/api/v1/incidents", params={"since": "yesterday"}), 422, "T100", "since")
    assert_error(api.get("/api/v1/incidents", params={"cursor": "WyJ4Il0"}), 400, "T115")
    assert_error(api.get("/api/v1/incidents/i-nope"), 404, "T404", "i-nope")


def test_mentions_list_and_item(api):
    body = api.get("/api/v1/mentions", params={"type": "ATTACK", "limit": 3}).json()
    assert body["count"] >= 3 and len(body["data"]) == 3 and body["next"]
    one = api.get(f"/api/v1/mentions/{body['data'][0]['id']}").json()
    assert one["type"] == "ATTACK" and one["sentence"]
    assert_error(api.get("/api/v1/mentions", params={"modality": "maybe"}), 400, "T112")
    assert_error(api.get("/api/v1/mentions/m-nope"), 404)


def test_commitments_are_rated_and_at_changes_the_rating_date(api):
    body = api.get("/api/v1/commitments").json()
    assert body["count"] == len(body["data"]) >= 2
    ids = {c["id"] for c in body["data"]}
    active = [c for c in body["data"] if c["rating"]]
    assert active and all(c["rating"]["rating"] in ("no evidence", "some action", "substantial action", "contradicted")
                          for c in active)
    cid = active[0]["id"]
    early = api.get(f"/api/v1/commitments/{cid}", params={"at": "2026-10-01"}).json()
    late = api.get(f"/api/v1/commitments/{cid}", params={"at": "2026-11-30"}).json()
    assert early["rating"]["at"] == "2026-10-01" and late["rating"]["at"] == "2026-11-30"
    assert early["rating"]["counts"]["supporting_since_made"] <= late["rating"]["counts"]["supporting_since_made"]
    history = api.get(f"/api/v1/commitments/{cid}/history", params={"since": "2026-10-01", "until": "2026-11-30"}).json()
    assert len(history) >= 8 and history[0]["at"] == "2026-10-01"
    assert_error(api.get("/api/v1/commitments/no-such"), 404, "T404", "no-such")
    assert_error(api.get("/api/v1/commitments", params={"at": "soon"}), 422, "T100", "at")
    assert ids


def test_actors_include_the_case_ids(api):
    body = api.get("/api/v1/actors").json()
    ids = {a["id"] for a in body["data"]}
    assert {"taliban", "pakistan", "china", "ttp", "etim", "iskp"} <= ids
    assert body["count"] == len(body["data"])


def test_sources_list_has_the_envelope(api):
    body = api.get("/api/v1/sources").json()
    assert set(body) == {"data", "count", "next"}


def test_sources_are_added_with_a_token_and_listed(empty_api, tmp_path):
    feed = {"kind": "feed", "url": "https://news.example/feed.xml", "publisher": "News", "every_seconds": 1800}
    assert_error(empty_api.post("/api/v1/sources", json=feed), 401)
    from tangible.settings import Settings
    from tangible.store import Store

    store = Store.open(Settings(data_dir=tmp_path / "data"))
    _, analyst = store.tokens.create("desk", "analyst")
    store.close()
    added = empty_api.post("/api/v1/sources", json=feed, headers={"Authorization": f"Bearer {analyst}"})
    assert added.status_code == 201, added.text
    body = empty_api.get("/api/v1/sources").json()
    assert body["count"] == 1 and body["data"][0]["url"] == feed["url"]
    again = empty_api.post("/api/v1/sources", json=feed, headers={"Authorization": f"Bearer {analyst}"})
    assert_error(again, 400)


def test_indexed_counts_and_group_scan_pages_agree_with_the_store(corpus_store):
    from datetime import date
    from itertools import product

    from tangible.services.incident_counts import count_incidents, incident_counts

    store = corpus_store
    groups = [None, "ttp", "etim", "iskp", "nobody"]
    types = [None, "ARREST", ["ATTACK", "OPERATION"]]
    grades = [None, "corroborated", "single-source"]
    ranges = [(None, None), (date(2026, 11, 10), None), (None, date(2026, 11, 12)), (date(2026, 11, 5), date(2026, 11, 15))]
    checked = 0
    for group, type_, grade, (since, until) in product(groups, types, grades, ranges):
        filters = {k: v for k, v in dict(group=group, type=type_, grade=grade, since=since, until=until).items()
                   if v is not None}
        assert count_incidents(store, filters) == store.incidents.count_filtered(**filters), filters
        checked += 1
    assert checked == 180 and incident_counts(store).total == store.incidents.count_filtered()
    for group in ("ttp", "etim"):
        by_lookup = [i.to_dict() for i in store.incidents.page(limit=500, group=group)]
        by_scan = [i.to_dict() for i in store.incidents.page(limit=500, group=group, group_scan=True)]
        assert [r["id"] for r in by_scan] == [r["id"] for r in by_lookup] and by_lookup


def test_list_answers_are_the_response_model_of_the_typed_records(api, corpus_store):
    """The list is the response model validated from the store's typed incidents, with and without mentions."""
    from tangible.api.routes.incidents import IncidentFilters
    from tangible.api.schemas import IncidentPublic, ListPublic
    from tangible.models import Incident
    from tangible.services.incident_query import incident_page

    for mentions in (False, True):
        page = incident_page(corpus_store, IncidentFilters(), limit=200, cursor=None, with_mentions=mentions)
        assert page.data and all(isinstance(i, Incident) for i in page.data)
        assert bool(page.data[0].mentions) == mentions
        expected = ListPublic[IncidentPublic].model_validate(page).model_dump_json().encode()
        served = api.get("/api/v1/incidents", params={"limit": 200, "mentions": str(mentions).lower()})
        assert served.content == expected


def test_answers_declare_every_field_they_hold(api, corpus_store):
    """No answer holds a field its OpenAPI schema does not name: every object of an incident, a mention, a
    commitment, a rating and the brief is a declared model (maps of counts and quantities declare their values)."""
    spec = api.get("/api/v1/openapi.json").json()
    schemas = spec["components"]["schemas"]

    def undeclared(schema: dict, value, path: str) -> list[str]:
        if "$ref" in schema:
            schema = schemas[schema["$ref"].rsplit("/", 1)[1]]
        options = [s for s in schema.get("anyOf", [schema]) if s.get("type") != "null"]
        if value is None or not options:
            return []
        schema = options[0] if len(options) == 1 else next(
            (s for s in options if isinstance(value, list) == (s.get("type") == "array")), options[0])
        if "$ref" in schema:
            return undeclared(schema, value, path)
        if isinstance(value, dict):
            if "properties" in schema:
                return [f"{path}.{k}" if k not in schema["properties"] else p
                        for k, v in value.items()
                        for p in (undeclared(schema["properties"].get(k, {}), v, f"{path}.{k}") or [None])
                        if p or k not in schema["properties"]]
            extra = schema.get("additionalProperties")
            if not isinstance(extra, dict) or not extra:
                return [f"{path} (an object with no declared fields)"]
            return [p for k, v in value.items() for p in undeclared(extra, v, f"{path}.{k}")]
        if isinstance(value, list) and "items" in schema:
            return [p for v in value for p in undeclared(schema["items"], v, f"{path}[]")]
        return []

    def response_schema(path: str) -> dict:
        return spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]

    incident_id = api.get("/api/v1/incidents", params={"limit": 1}).json()["data"][0]["id"]
    commitment_id = api.get("/api/v1/commitments").json()["data"][0]["id"]
    mention_id = api.get("/api/v1/mentions", params={"limit": 1}).json()["data"][0]["id"]
    answers = [
        ("/api/v1/incidents", "/api/v1/incidents?limit=200&mentions=true"),
        ("/api/v1/incidents/{incident_id}", f"/api/v1/incidents/{incident_id}"),
        ("/api/v1/mentions", "/api/v1/mentions?limit=200"),
        ("/api/v1/mentions/{mention_id}", f"/api/v1/mentions/{mention_id}"),
        ("/api/v1/commitments", "/api/v1/commitments"),
        ("/api/v1/commitments/{commitment_id}", f"/api/v1/commitments/{commitment_id}"),
        ("/api/v1/commitments/{commitment_id}/history", f"/api/v1/commitments/{commitment_id}/history"),
        ("/api/v1/brief", "/api/v1/brief?period=quarter"),
        ("/api/v1/brief", "/api/v1/brief?at=2020-03-01"),
    ]
    found = [p for template, url in answers for p in undeclared(response_schema(template), api.get(url).json(), url)]
    assert not found, found
