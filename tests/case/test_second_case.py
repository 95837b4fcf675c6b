"""A second situation under its own case file: the US–Houthi understanding of May 2025 (examples/red-sea). Every
actor, group, place, territory, outlet and contradiction rule comes from that file; nothing of the Afghanistan
case takes part."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import tangible.case as case_module
from tangible.services.ingest import ingest_paths
from tangible.services.ledger import ledger_at
from tangible.settings import Settings
from tangible.store import Store

ROOT = Path(__file__).resolve().parents[2]
CASE = ROOT / "src" / "tangible" / "case" / "red_sea.yaml"
WIRES = ROOT / "examples" / "red-sea" / "wires.jsonl"


@pytest.fixture(scope="module")
def red_sea(tmp_path_factory, monkeypatch_module):
    # the bundled Afghanistan case must never be read while this situation is derived
    real = case_module.load_case

    def only_this_case(path=None):
        if path is None or Path(path).resolve() != CASE.resolve():
            raise AssertionError(f"the Afghanistan case file was read ({path})")
        return real(path)

    import tangible.services.case as case_service

    case_service._case.cache_clear()
    monkeypatch_module.setattr(case_module, "load_case", only_this_case)
    monkeypatch_module.setattr(case_service, "load_case", only_this_case)
    settings = Settings(data_dir=tmp_path_factory.mktemp("red-sea") / "data", case_file=CASE)
    store = Store.open(settings)
    report = ingest_paths(store, settings, [str(WIRES)])
    assert not report.failed, report.failed
    yield store, real(CASE)
    store.close()
    case_service._case.cache_clear()


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def test_every_id_and_place_comes_from_the_second_case(red_sea):
    store, case = red_sea
    known = {*case.actors, *case.groups}
    records = list((i.to_dict() for i in store.incidents.iter_incidents(with_mentions=False)))
    assert records
    for inc in records:
        for ref in (inc["source"], inc["target"]):
            assert ref is None or ref["id"] is None or ref["id"] in known, inc
        assert set(inc["groups"]) <= known
        country = (inc.get("location") or {}).get("country")
        assert country not in ("AF", "PK"), inc


def test_the_attack_on_a_us_ship_and_the_us_strike_contradict_their_commitments(red_sea):
    store, case = red_sea
    ratings = {r.commitment_id: r for r in ledger_at(store, case, date(2025, 9, 1), save=False)}
    houthis, us = ratings["houthis-spare-us-ships"], ratings["us-stops-strikes"]
    assert houthis.rating == "contradicted" and us.rating == "contradicted"
    attack = store.incidents.incident(houthis.contradicting[0]).to_dict()
    assert attack["type"] == "ATTACK" and attack["source"]["id"] == "houthis" and attack["target"]["id"] == "us"
    assert attack["grade"] == "corroborated" and attack["date"] == "2025-08-11"
    strike = store.incidents.incident(us.contradicting[0]).to_dict()
    assert strike["type"] == "OPERATION" and strike["source"]["id"] == "us"
    assert strike["location"]["country"] == "YE" and strike["date"] == "2025-08-12"
    # the claimed attack the Pentagon denied is listed, not counted; an attack on another ship, on Israel, or
    # the strikes before the understanding contradict nothing
    assert [x["why"] for x in houthis.not_counted] == ["disputed"]
    assert len(houthis.contradicting) == 1 and len(us.contradicting) == 1
    assert any("against us" in x for x in houthis.reasons) and any("in YE" in x for x in us.reasons)


def test_the_ratings_say_which_standard_they_used(red_sea):
    store, case = red_sea
    for r in ledger_at(store, case, date(2025, 9, 1), save=False):
        assert r.standard == case.standard.name
