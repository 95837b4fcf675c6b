"""What a user states about files (`--publisher`, `--published`, `--source-url`), a plain-text note's dateline
read as a page's metadata, the run summary in words, and the flat incident export from the CLI."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from tangible.services.ingest import FileFacts, ingest_paths
from tangible.sources.files import text_input
from tests.ingest.test_ingest_files import run_cli

NOTE = ("LASHKAR GAH, Nov 26 (Helmand Post) — Taliban police arrested three suspected members of the "
        "Tehreek-e-Taliban Pakistan in Lashkar Gah on Tuesday, a provincial spokesman said.\n")
PLAIN = ("Taliban police arrested five suspected TTP members in Kandahar on Monday, officials said. The men were "
         "taken to a detention centre in the city.\n")


def test_a_plain_text_dateline_gives_the_date_and_the_publisher():
    doc = text_input(NOTE, NOTE.encode(), "note.txt", today=date(2026, 12, 3))
    assert doc.published == date(2026, 11, 26) and doc.publisher == "Helmand Post"
    assert doc.title.startswith("Taliban police arrested")
    # without a year, the latest such day on or before today
    assert text_input(NOTE, b"", "n", today=date(2026, 11, 20)).published == date(2025, 11, 26)
    dated = "QUETTA, Dec. 5, 2024 (Quetta Chronicle) - Police detained two men.\n"
    assert text_input(dated, b"", "n", today=date(2026, 12, 3)).published == date(2024, 12, 5)
    none = text_input(PLAIN, b"", "n")
    assert none.published is None and none.publisher is None


def test_stated_facts_win_over_the_file(sqlite_store, settings, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text(NOTE)
    report = ingest_paths(sqlite_store, settings, [str(note)], run_pipeline=False,
                          facts=FileFacts(publisher="Desk notes", published=date(2026, 11, 27),
                                          url="https://example.org/notes/1"))
    doc = sqlite_store.documents.get(report.doc_ids[0])
    assert (doc.publisher, doc.published, doc.url) == ("Desk notes", date(2026, 11, 27), "https://example.org/notes/1")


def test_cli_ingest_options_relative_dates_and_sentences(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "note.txt").write_text(NOTE)
    (folder / "plain.txt").write_text(PLAIN)
    data = tmp_path / "data"
    first = run_cli("ingest", str(folder / "note.txt"), env_dir=data)
    assert first.returncode == 0, first.stderr
    out = first.stdout
    assert "{" not in out and "Ingest run 1: 1 added, 0 new versions, 0 unchanged, 0 failed." in out
    assert "Extraction: " in out and "Resolution: 1 incident from 1 mention" in out
    assert "grade" in out and "total" in out
    second = run_cli("ingest", str(folder / "plain.txt"), "--publisher", "Desk notes", "--published", "2026-11-24",
                     "--source-url", "https://example.org/notes/2", env_dir=data)
    assert second.returncode == 0, second.stderr
    docs = {d["publisher"]: d for d in map(json.loads, run_cli("export", "documents", env_dir=data,
                                                                check=True).stdout.splitlines())}
    assert docs["Helmand Post"]["published"] == "2026-11-26"
    assert docs["Desk notes"]["published"] == "2026-11-24" and docs["Desk notes"]["url"] == "https://example.org/notes/2"
    rows = list(csv.DictReader(io.StringIO(run_cli("export", "incidents", "--format", "csv", "--type", "ARREST",
                                                   env_dir=data, check=True).stdout.lstrip("\ufeff"))))
    by_place = {r["place"]: r for r in rows}
    assert by_place["Lashkar Gah"]["date"] == "2026-11-24"  # "on Tuesday", filed Thursday 26 November
    assert by_place["Kandahar"]["date"] == "2026-11-23"  # "on Monday", published Tuesday 24 November
    assert by_place["Kandahar"]["first_url"] == "https://example.org/notes/2"
    assert by_place["Lashkar Gah"]["arrested"] == "3" and by_place["Kandahar"]["arrested"] == "5"
    bad = run_cli("ingest", str(folder / "note.txt"), str(folder / "plain.txt"), "--source-url",
                  "https://example.org/x", env_dir=data)
    assert bad.returncode != 0 and "T116" in bad.stderr
    assert run_cli("ingest", str(folder / "note.txt"), "--published", "soon", env_dir=data).returncode != 0


def test_cli_export_incidents_filters_and_rows_per_mention(tmp_path):
    from tests.conftest import SAMPLES

    data = tmp_path / "data"
    assert run_cli("ingest", str(SAMPLES), env_dir=data).returncode == 0
    every = list(csv.DictReader(io.StringIO(run_cli("export", "incidents", "--format", "csv", env_dir=data,
                                                    check=True).stdout.lstrip("\ufeff"))))
    raw = run_cli("export", "incidents", "--format", "csv", "--group", "ttp", "--family", "action", "--since",
                  "2025-10-19", env_dir=data, check=True).stdout
    assert raw.startswith("\ufeff")
    ttp = list(csv.DictReader(io.StringIO(raw.lstrip("\ufeff"))))
    assert 0 < len(ttp) < len(every)
    assert all("ttp" in r["group_ids"].split("; ") and r["family"] == "action" and r["date"] >= "2025-10-19"
               for r in ttp)
    both = run_cli("export", "incidents", "--format", "csv", "--type", "ARREST,OPERATION", env_dir=data,
                   check=True).stdout
    assert {r["type"] for r in csv.DictReader(io.StringIO(both.lstrip("\ufeff")))} == {"ARREST", "OPERATION"}
    per_mention = list(csv.DictReader(io.StringIO(run_cli("export", "incidents", "--format", "csv", "--per",
                                                          "mention", env_dir=data, check=True).stdout.lstrip("\ufeff"))))
    assert len(per_mention) > len(every) and all(r["mention_sentence"] for r in per_mention)
    nested = [json.loads(x) for x in run_cli("export", "incidents", "--group", "ttp", env_dir=data,
                                             check=True).stdout.splitlines()]
    assert nested and all(isinstance(r["mentions"], list) and isinstance(r["location"], (dict, type(None)))
                          for r in nested)
    recent = [json.loads(x) for x in run_cli("export", "mentions", "--since", "2026-11-20", env_dir=data,
                                             check=True).stdout.splitlines()]
    every_mention = run_cli("export", "mentions", env_dir=data, check=True).stdout.splitlines()
    assert 0 < len(recent) < len(every_mention) and all(m["date"] >= "2026-11-20" for m in recent)
    # the record's document-level fields (DESIGN §4 extensions) are exported with it
    records = [json.loads(x) for x in every_mention]
    assert all({"event", "perpetrator_basis", "launched_from", "verification"} <= set(m) for m in records)
    assert any(m["event"] for m in records)


def test_a_header_line_states_the_date_of_a_saved_note():
    saved = ("Militants who crossed from Afghanistan kill 11 soldiers in North Waziristan\n"
             "Published: 2026-10-10\n\n"
             "ISLAMABAD (Dawn) - Eleven soldiers were killed when militants attacked a border post overnight.\n")
    doc = text_input(saved, b"", "n", today=date(2026, 12, 3))
    assert doc.published == date(2026, 10, 10) and doc.publisher == "Dawn"
    assert doc.title.startswith("Militants who crossed")
    above = "Posted on Tuesday, Oct. 6, 2026 09:30\nTaliban detain ISKP suspects in Kunduz\n\nKUNDUZ - Police said.\n"
    doc = text_input(above, b"", "n", today=date(2026, 12, 3))
    assert doc.published == date(2026, 10, 6) and doc.title == "Taliban detain ISKP suspects in Kunduz"
    assert text_input("Date: 5th September 2026\nA note.\n", b"", "n").published == date(2026, 9, 5)
    assert text_input("Dated: Sept 5, 2026\nA note.\n", b"", "n").published == date(2026, 9, 5)
    # a sentence that opens with a date word, a date with no year and a day that does not exist are no header
    assert text_input("Date palms were burnt on 10 October 2026 in Kandahar.\n", b"", "n").published is None
    assert text_input("Published: 10 October\nA note.\n", b"", "n").published is None
    assert text_input("Published: 2026-02-30\nA note.\n", b"", "n").published is None
