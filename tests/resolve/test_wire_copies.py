"""A wire story reprinted verbatim is stored once, yet every publisher that ran it is listed."""

from __future__ import annotations

import json

from tangible.services.ingest import ingest_paths

WIRE = ("PESHAWAR, Nov 18 (Indus Wire Service) - Counter-terrorism police arrested five members of the "
        "Tehreek-e-Taliban Pakistan in a raid in Peshawar on Wednesday, officials said.")
# (an outlet's own report on residents' word: the police's own word would be the acting party's)
OWN = "Residents in Peshawar said police had arrested five Tehreek-e-Taliban Pakistan members in a raid on Wednesday."


def test_wire_copy_adds_a_publisher_but_not_an_independent_source(sqlite_store, settings, tmp_path):
    rows = [
        {"id": "w1", "text": WIRE, "published": "2026-11-18", "url": "https://induswire.example/1", "publisher": "Indus Wire Service"},
        {"id": "w2", "text": WIRE, "published": "2026-11-18", "url": "https://karakoram.example/2", "publisher": "Karakoram Times"},
        {"id": "o1", "text": OWN, "published": "2026-11-18", "url": "https://frontier.example/3", "publisher": "Frontier Ledger"},
    ]
    path = tmp_path / "reports.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    report = ingest_paths(sqlite_store, settings, [str(path)])
    assert (report.added, report.unchanged) == (2, 1)
    arrests = sqlite_store.incidents.page(type="ARREST")
    assert len(arrests) == 1
    incident = arrests[0]
    assert set(incident.publishers) == {"Indus Wire Service", "Karakoram Times", "Frontier Ledger"}
    assert incident.grade == "corroborated"
    assert "3 publishers" in incident.grade_reason and "2 independent" in incident.grade_reason
