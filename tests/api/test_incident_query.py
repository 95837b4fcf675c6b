"""The analyst's filters over the ingested samples: several values per filter, families, acting party,
verification, sort by sources, the summary line, and the flat CSV / JSONL downloads of exactly the list."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter

import pytest

from tangible.ontology import ACTION_TYPES
from tangible.resolve.statement import stating_mention_of
from tangible.services.incident_query import IncidentFilters, plural, summarize
from tests.api.conftest import assert_error
from tests.api.test_incidents_api import walk


def test_repeated_values_of_a_filter_all_count(api):
    arrests = api.get("/api/v1/incidents", params={"type": "ARREST"}).json()["count"]
    operations = api.get("/api/v1/incidents", params={"type": "OPERATION"}).json()["count"]
    items, count = walk(api, "/api/v1/incidents", type=["ARREST", "OPERATION"], limit=7)
    assert arrests and operations and count == arrests + operations == len(items)
    assert {i["type"] for i in items} == {"ARREST", "OPERATION"}

    ttp = api.get("/api/v1/incidents", params={"group": "ttp"}).json()["count"]
    etim = api.get("/api/v1/incidents", params={"group": "etim"}).json()["count"]
    items, count = walk(api, "/api/v1/incidents", group=["ttp", "etim"], limit=7)
    both = sum(1 for i in items if {"ttp", "etim"} <= set(i["groups"]))
    assert count == ttp + etim - both == len(items)
    assert all({"ttp", "etim"} & set(i["groups"]) for i in items)


def test_all_tangible_actions_is_every_action_type(api):
    items, count = walk(api, "/api/v1/incidents", family="action", limit=50)
    assert count == sum(api.get("/api/v1/incidents", params={"type": t}).json()["count"] for t in ACTION_TYPES)
    assert {i["type"] for i in items} <= set(ACTION_TYPES)
    # family adds to type: actions and attacks
    _, with_attacks = walk(api, "/api/v1/incidents", family="action", type="ATTACK", limit=50)
    assert with_attacks == count + api.get("/api/v1/incidents", params={"type": "ATTACK"}).json()["count"]


def test_acting_party_place_and_verification_filters(api):
    all_items, total = walk(api, "/api/v1/incidents", limit=200)
    by_party = Counter((i["source"] or {}).get("id") for i in all_items)
    items, count = walk(api, "/api/v1/incidents", party=["taliban", "pakistan"], limit=50)
    assert count == by_party["taliban"] + by_party["pakistan"] > 0
    assert {i["source"]["id"] for i in items} == {"taliban", "pakistan"}

    places = Counter((i["location"] or {}).get("admin1") for i in all_items)
    _, count = walk(api, "/api/v1/incidents", place=["Kunar", "Nangarhar"], limit=50)
    assert count >= places["Kunar"] + places["Nangarhar"] > 0

    verified = Counter(i["verification"] for i in all_items)
    _, count = walk(api, "/api/v1/incidents", verification=["unverified", "none"], limit=200)
    assert count == verified["unverified"] + verified[None]
    assert_error(api.get("/api/v1/incidents", params={"verification": "maybe"}), 400, "T112", "maybe")
    assert_error(api.get("/api/v1/incidents", params={"family": "deeds"}), 400, "T112", "deeds")
    assert_error(api.get("/api/v1/incidents", params={"sort": "size"}), 400, "T112", "size")


def test_sort_by_sources_pages_every_incident_once_most_sourced_first(api):
    items, count = walk(api, "/api/v1/incidents", sort="sources", limit=6)
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids)) == count > 6
    keys = [(i["n_publishers"], i["date"] or "", i["id"]) for i in items]
    assert [k[0] for k in keys] == sorted((k[0] for k in keys), reverse=True)
    for a, b in zip(keys, keys[1:]):  # within one number of sources: newest first, undated last, then id
        if a[0] == b[0]:
            assert (a[1] or "0") > (b[1] or "0") or (a[1] == b[1] and a[2] > b[2]) or (a[1] and not b[1])
    assert_error(api.get("/api/v1/incidents", params={"sort": "sources", "cursor": "WyJ4IiwieSIsInoiXQ"}), 400, "T115")


def test_summary_line_counts_and_plurals(corpus_store):
    filters = IncidentFilters(group="ttp")
    s = summarize(corpus_store, filters)
    records = list((i.to_dict() for i in corpus_store.incidents.iter_incidents(with_mentions=False, group="ttp")))
    actions = [r for r in records if r["type"] in ACTION_TYPES]
    attacks = [r for r in records if r["type"] == "ATTACK"]
    assert s["total"] == len(records)
    expected = f"{plural(len(actions), 'action')}, {sum(r['grade'] == 'corroborated' for r in actions)} corroborated"
    assert s["text"].startswith(expected)
    if attacks:
        assert f"; {plural(len(attacks), 'attack')}" in s["text"]
    assert plural(1, "action") == "1 action" and plural(2, "attack") == "2 attacks" and plural(0, "attack") == "0 attacks"


def test_csv_download_is_the_list_in_flat_columns(api):
    params = {"group": "ttp", "family": ["action", "attack"], "sort": "sources"}
    listed, count = walk(api, "/api/v1/incidents", limit=200, **params)
    r = api.get("/api/v1/incidents.csv", params=params)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    assert r.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert [row["id"] for row in rows] == [i["id"] for i in listed] and len(rows) == count
    for name in ("date", "type", "acting_party", "target", "groups", "province", "district", "lat", "lon",
                 "killed", "wounded", "arrested", "grade", "sources", "first_url", "quote"):
        assert name in rows[0], name
    assert not any(cell.startswith(("{", "[")) for row in rows for cell in row.values())  # no JSON in cells
    by_id = {i["id"]: i for i in listed}
    for row in rows:
        inc = by_id[row["id"]]
        loc = inc["location"] or {}
        assert row["lat"] == ("" if loc.get("lat") is None else str(loc["lat"]))
        assert row["killed"] == str(inc["quantities"].get("killed", ""))
        assert int(row["sources"]) == inc["n_publishers"]


def test_csv_quotes_the_sentence_that_states_the_event(api, corpus_store):
    items, _ = walk(api, "/api/v1/incidents", limit=200)
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(
        api.get("/api/v1/incidents.csv").content.decode("utf-8-sig")))}
    differs = 0
    for inc in items:
        full = api.get(f"/api/v1/incidents/{inc['id']}").json()
        stating = stating_mention_of(corpus_store.incidents.incident(inc["id"]))
        assert rows[inc["id"]]["quote"] == stating.sentence
        differs += stating.sentence != full["mentions"][0]["sentence"]
    assert differs > 0  # the samples hold incidents whose first report only mentions the event


def test_csv_one_row_per_mention_and_jsonl_keeps_the_nested_form(api):
    params = {"grade": "corroborated"}
    listed, count = walk(api, "/api/v1/incidents", limit=200, mentions="true", **params)
    rows = list(csv.DictReader(io.StringIO(api.get("/api/v1/incidents.csv", params={**params, "per": "mention"})
                                           .content.decode("utf-8-sig"))))
    assert len(rows) == sum(len(i["mentions"]) for i in listed)
    assert all(row["mention_sentence"] for row in rows)
    # (each row's publisher is its mention's; a document that names none, a plain note, gives an empty cell)
    assert sorted(row["mention_publisher"] for row in rows) == sorted(
        m.get("publisher") or "" for i in listed for m in i["mentions"])
    lines = api.get("/api/v1/incidents.jsonl", params=params).text.splitlines()
    records = [json.loads(x) for x in lines]
    assert [r["id"] for r in records] == [i["id"] for i in listed] and len(records) == count
    assert all(isinstance(r["mentions"], list) and r["mentions"] for r in records)
    assert_error(api.get("/api/v1/incidents.csv", params={"per": "word"}), 400, "T112")


@pytest.mark.parametrize("path", ["/incidents.csv", "/incidents.jsonl"])
def test_page_downloads_follow_the_page_filters(api, path):
    page_ids = [i["id"] for i in walk(api, "/api/v1/incidents", type=["ARREST", "OPERATION"], limit=200)[0]]
    r = api.get(path, params={"type": ["ARREST", "OPERATION"], "period": "all"})
    assert r.status_code == 200
    if path.endswith(".csv"):
        ids = [row["id"] for row in csv.DictReader(io.StringIO(r.content.decode("utf-8-sig")))]
    else:
        ids = [json.loads(x)["id"] for x in r.text.splitlines()]
    assert ids == page_ids


def test_text_search_finds_words_of_the_sentences_the_parties_and_the_place(api):
    all_items, _ = walk(api, "/api/v1/incidents", limit=200)
    kunar = {i["id"] for i in all_items if "kunar" in ((i["location"] or {}).get("name") or "").lower()
             or "kunar" in ((i["location"] or {}).get("admin1") or "").lower()}
    found, count = walk(api, "/api/v1/incidents", q="kunar", limit=200)
    assert kunar and kunar <= {i["id"] for i in found}
    by_ctd = {i["id"] for i in all_items if "counter terrorism department" in ((i["source"] or {}).get("text") or "").lower()}
    found, _ = walk(api, "/api/v1/incidents", q="Counter Terrorism Department", limit=200)
    assert by_ctd <= {i["id"] for i in found}
