"""The coverage log: documents seen and on the case per publisher and region, and a change of coverage told
apart from a change in events (new outlets covering a province)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

from tangible.services.coverage import compare, coverage_log, measure
from tangible.services.ingest import ingest_paths

ATTACK = "Militants attacked a police post in Peshawar on {day}, killing two policemen, police said."
CHATTER = "The cricket board announced a new schedule for the domestic season on {day}, officials said."


def _write(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for i, (publisher, published, text) in enumerate(rows):
            fh.write(json.dumps({"id": f"{publisher}-{published}-{i}", "publisher": publisher, "published": published,
                                 "url": f"https://{publisher.lower().replace(' ', '')}.example/{published}/{i}",
                                 "text": text.format(day=published)}) + "\n")


def test_new_outlets_covering_a_province_are_a_change_of_coverage(store, settings_factory, tmp_path):
    settings = settings_factory(database_url=store.db.url)
    rows = [("Frontier Post", "2026-10-05", ATTACK), ("Frontier Post", "2026-10-19", ATTACK),
            ("Sports Daily", "2026-10-20", CHATTER),
            ("Frontier Post", "2026-11-04", ATTACK), ("Khyber Mail", "2026-11-11", ATTACK),
            ("Peshawar Times", "2026-11-18", ATTACK), ("Sports Daily", "2026-11-21", CHATTER)]
    _write(tmp_path / "wires.jsonl", rows)
    assert not ingest_paths(store, settings, [str(tmp_path / "wires.jsonl")]).failed
    october = measure(store, date(2026, 10, 1), date(2026, 10, 31))
    assert october.seen == 3 and october.on_case == 2
    assert october.publishers == {"Frontier Post": {"seen": 2, "on_case": 2}, "Sports Daily": {"seen": 1, "on_case": 0}}
    [region] = october.regions
    assert october.regions[region] == {"on_case": 2, "publishers": ["Frontier Post"]}
    change = compare(store, date(2026, 11, 1), date(2026, 11, 30))
    assert change.previous.since == date(2026, 10, 2)  # by default, the 30 days before the 30 of November
    change = compare(store, date(2026, 11, 1), date(2026, 11, 30), previous=(date(2026, 10, 1), date(2026, 10, 31)))
    assert change.changed and change.started == ["Khyber Mail", "Peshawar Times"] and change.stopped == []
    assert change.regions_started == {region: ["Khyber Mail", "Peshawar Times"]}
    assert f"2 outlets started covering {region} (Khyber Mail, Peshawar Times)" in change.statement
    assert change.statement.startswith("Coverage changed in the same period: documents on the case 2 → 3 (+50 %)")
    steady = compare(store, date(2026, 10, 1), date(2026, 10, 31), previous=(date(2026, 10, 1), date(2026, 10, 31)))
    assert not steady.changed and steady.statement.startswith("Coverage steady")
    log = coverage_log(store, date(2026, 11, 30), "month", 2)
    assert [(r["since"], r["until"], r["seen"], r["on_case"]) for r in log] == [
        ("2026-10-01", "2026-10-31", 3, 2), ("2026-11-01", "2026-11-30", 4, 3)]
    assert log[1]["change"]["changed"] and log[1]["change"]["started"] == ["Khyber Mail", "Peshawar Times"]
    out = subprocess.run([sys.executable, "-m", "tangible", "coverage", "--at", "2026-11-30", "--periods", "2",
                          "--json"], capture_output=True, text=True, check=True, timeout=120,
                         env={"TANGIBLE_DATABASE_URL": store.db.url, "TANGIBLE_DATA_DIR": str(tmp_path / "d"),
                              "PATH": "/usr/bin:/bin"})
    assert json.loads(out.stdout) == json.loads(json.dumps(log))
