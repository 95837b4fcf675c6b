"""Militants who crossed from Afghan soil and were fought on arrival: the state's operation against them carries
their origin, and a pledge that the soil will not be used against Pakistan counts it as contradicting, not as an
action taken in the committed party's stead. An operation against the same group with no origin stays another
party's action."""

from __future__ import annotations

import json
from datetime import date

from tangible.nlp import Extractor
from tangible.services.case import get_case
from tangible.services.ingest import ingest_paths
from tangible.services.ledger import ledger_at

INFILTRATION = [
    {"id": "i1", "published": "2025-11-10", "url": "https://frontier.example/i1", "publisher": "Frontier Post",
     "text": "RAWALPINDI: Security forces foiled an infiltration attempt by a group of khawarij trying to cross the "
             "Pakistan-Afghanistan border in North Waziristan district, killing 17 terrorists, the military's media "
             "wing said on Monday. The ISPR said the movement of the group was picked up near Hassan Khel. The "
             "khawarij belonged to the banned Tehreek-e-Taliban Pakistan, officials said."},
    {"id": "i2", "published": "2025-11-10", "url": "https://wire.example/i2", "publisher": "Asia Wire",
     "text": "ISLAMABAD - Pakistani troops killed 17 Pakistani Taliban militants who were trying to infiltrate from "
             "Afghanistan into the North Waziristan district, the army said on Monday."},
]
RAID = [
    {"id": "r1", "published": "2025-11-12", "url": "https://frontier.example/r1", "publisher": "Frontier Post",
     "text": "PESHAWAR: Security forces killed six militants of the Tehreek-e-Taliban Pakistan in an intelligence-based "
             "operation in Lakki Marwat district on Wednesday, the ISPR said."},
]


def _ingest(make_store, settings, tmp_path, reports):
    path = tmp_path / "reports.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in reports) + "\n", encoding="utf-8")
    store = make_store("sqlite")
    assert not ingest_paths(store, settings, [str(path)]).failed
    return store


def test_the_crossing_gives_the_operation_its_origin():
    ms = [m for m in Extractor().extract("i", INFILTRATION[0]["text"], date(2025, 11, 10))
          if m.type == "OPERATION" and m.modality == "asserted"]
    assert ms and ms[0].launched_from is not None and ms[0].launched_from.country == "AF"
    assert "ARREST" not in {m.type for m in Extractor().extract("i", INFILTRATION[0]["text"], date(2025, 11, 10))}


def test_an_operation_on_infiltrators_contradicts_the_pledge(make_store, settings, tmp_path):
    store = _ingest(make_store, settings, tmp_path, INFILTRATION)
    ops = [i for i in store.incidents.iter_incidents() if i.type == "OPERATION"]
    assert len(ops) == 1 and ops[0].launched_from is not None and ops[0].launched_from.country == "AF"
    ratings = {r.commitment_id: r for r in ledger_at(store, get_case(settings), date(2025, 11, 30))}
    assert ratings["pakistan-assurance-2025"].contradicting == [ops[0].id]
    assert ratings["pakistan-assurance-2025"].supporting == []


def test_an_operation_with_no_origin_is_another_partys_action(make_store, settings, tmp_path):
    store = _ingest(make_store, settings, tmp_path, RAID)
    ops = [i for i in store.incidents.iter_incidents() if i.type == "OPERATION"]
    assert len(ops) == 1 and ops[0].launched_from is None
    ratings = {r.commitment_id: r for r in ledger_at(store, get_case(settings), date(2025, 11, 30))}
    assert ratings["pakistan-assurance-2025"].contradicting == []
