"""One bad field never costs the good rows; every text is cleaned once, the same on SQLite and PostgreSQL.

The ingest cases of issue 17: JSONL and CSV rows with a number for a URL, port 99999, a broken IPv6
host, a list for a title, an object for a publisher, a `javascript:` link, five characters of text;
NUL after the first 4 KB, zero-width characters, UTF-16 without a byte order mark, a symbolic-link loop,
Pashto, a document over the size limit, tracking parameters, and a row the store itself refuses.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tangible.models import DocumentInput
from tangible.services.ingest import ingest_paths, prepare_input, store_entries
from tangible.services.sources import ingest_bulk

TEXT = "Security forces detained {n} men suspected of sheltering fighters in Kunar on Tuesday, officials said."

BAD_JSONL = [  # (row, the field named in its message)
    ({"id": "u1", "text": TEXT.format(n=1), "url": 12345}, "url"),
    ({"id": "u2", "text": TEXT.format(n=2), "url": "https://news.example:99999/a"}, "url"),
    ({"id": "u3", "text": TEXT.format(n=3), "url": "http://[2001:db8::1/story"}, "url"),
    ({"id": "u4", "text": TEXT.format(n=4), "title": ["a", "list"]}, "title"),
    ({"id": "u5", "text": TEXT.format(n=5), "publisher": {"name": "an object"}}, "publisher"),
    ({"id": "u6", "text": TEXT.format(n=6), "url": "javascript:alert(1)"}, "url"),
    ({"id": "u7", "text": TEXT.format(n=7), "published": 20261101}, "published"),
]


def good(n: int) -> dict:
    return {"id": f"g{n}", "text": TEXT.format(n=n + 20), "url": f"https://wire.example/{n}?utm_source=x&id={n}",
            "publisher": "Wire", "published": "2026-11-03"}


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize("how", ["bulk", "files"])
def test_bad_fields_are_named_and_the_good_rows_of_the_batch_are_stored(store, settings_factory, tmp_path, how):
    settings = settings_factory(database_url=store.db.url)
    rows = [good(0)] + [r for r, _ in BAD_JSONL] + [good(1)]
    path = write_jsonl(tmp_path / "wires.jsonl", rows)
    if how == "bulk":
        report = ingest_bulk(store, settings, path, tmp_path / "errors.jsonl", run_pipeline=False, batch_size=1000)
        failures = [json.loads(x) for x in (tmp_path / "errors.jsonl").read_text().splitlines()]
        messages = {f["line"]: f["error"] for f in failures}
    else:
        report = ingest_paths(store, settings, [str(path)], run_pipeline=False)
        messages = {p.line: p.message for p in report.failed}
    assert report.added == 2 and store.documents.count() == 2
    for line, (_, field) in enumerate(BAD_JSONL, start=2):
        assert f"field '{field}'" in messages[line] and "[T170]" in messages[line], messages.get(line)
    # the run can be repeated: nothing dies at the same row, nothing is stored twice
    again = ingest_bulk(store, settings, path, tmp_path / "e2.jsonl", run_pipeline=False) if how == "bulk" \
        else ingest_paths(store, settings, [str(path)], run_pipeline=False)
    assert again.added == 0 and store.documents.count() == 2
    # the stored URL keeps its parameters but not its tracking ones
    doc = store.documents.get("https://wire.example/0?id=0")
    assert doc.url == "https://wire.example/0?id=0" and doc.canonical_url == "https://wire.example/0?id=0"


def test_csv_rows_with_bad_urls_and_a_five_character_text(store, settings_factory, tmp_path):
    settings = settings_factory(database_url=store.db.url)
    path = tmp_path / "wires.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "text", "url", "publisher"])
        writer.writerow(["c1", TEXT.format(n=1), "https://wire.example/c1?utm_medium=email", "Wire"])
        writer.writerow(["c2", TEXT.format(n=2), "http://wire.example:99999/c2", "Wire"])
        writer.writerow(["c3", TEXT.format(n=3), "http://[::1/c3", "Wire"])
        writer.writerow(["c4", "Kabul", "", "Wire"])
        writer.writerow(["c5", TEXT.format(n=5), "", "W" * 201])
    report = ingest_bulk(store, settings, path, tmp_path / "e.jsonl", run_pipeline=False)
    failures = {json.loads(x)["line"]: json.loads(x)["error"] for x in (tmp_path / "e.jsonl").read_text().splitlines()}
    assert report.added == 1 and set(failures) == {3, 4, 5, 6}
    assert "field 'url'" in failures[3] and "Port out of range" in failures[3]
    assert "field 'url'" in failures[4] and "IPv6" in failures[4]
    assert "[T172]" in failures[5] and "5 characters" in failures[5]
    assert "field 'publisher'" in failures[6] and "limit is 200" in failures[6]
    [doc] = store.documents.iter_all()
    assert doc.url == "https://wire.example/c1"


@pytest.mark.postgres
def test_text_is_cleaned_once_and_identically_on_both_backends(make_store, settings_factory, tmp_path):
    messy = ("Tali\u200bban\u00ad forces\r\ndetained 14 TTP members\x00 in Kunar\u202e, "
             "the Cafe\u0301 owner said.\x07\u2028Second line.")
    clean = "Taliban forces\ndetained 14 TTP members in Kunar, the Caf\u00e9 owner said.\nSecond line."
    stored = []
    for backend in ("sqlite", "postgresql"):
        store = make_store(backend)
        settings = settings_factory(database_url=store.db.url)
        path = tmp_path / f"{backend}.jsonl"
        write_jsonl(path, [{"id": "m", "text": messy, "title": "Tali\u200bban\x00 title", "publisher": "P\u200b"},
                           {"id": "plain", "text": clean}])
        report = ingest_bulk(store, settings, path, run_pipeline=False)
        assert (report.added, report.unchanged) == (1, 1)  # the zero-width and NUL copy is the same document
        [doc] = store.documents.iter_all()
        stored.append((doc.id, doc.text, doc.title, doc.publisher))
    assert stored[0][1] == clean and stored[0][2] == "Taliban title" and stored[0][3] == "P"
    assert all(s == stored[0] for s in stored)


def test_a_nul_after_the_first_4_kb_is_cleaned_not_fatal(store, settings_factory, tmp_path):
    settings = settings_factory(database_url=store.db.url)
    body = (TEXT.format(n=4) + " ") * 60
    (tmp_path / "late-nul.txt").write_bytes(body[:5000].encode() + b"\x00" + body[5000:].encode())
    (tmp_path / "other.txt").write_text(TEXT.format(n=9))
    report = ingest_paths(store, settings, [str(tmp_path)], run_pipeline=False)
    assert report.added == 2 and not report.failed
    assert all("\x00" not in d.text for d in store.documents.iter_all())


@pytest.mark.postgres
def test_a_row_the_store_refuses_is_reported_and_its_batch_kept(make_store, settings_factory):
    """A value that passes every check and still cannot be stored (here PostgreSQL's NUL, put past the
    cleaning on purpose): the batch is retried row by row."""
    store = make_store("postgresql")
    settings = settings_factory(database_url=store.db.url)
    entries = [prepare_input(DocumentInput(text=TEXT.format(n=n), origin="batch.jsonl", line=n), settings)
               for n in range(3)]
    entries[1][0].text = "Poisoned \x00 text that got past the cleaning of one row in the batch."
    outcomes = store_entries(store, entries, run_id=None)
    assert [type(o).__name__ for o in outcomes] == ["AddResult", "InputProblem", "AddResult"]
    assert outcomes[1].line == 1 and "[T307]" in outcomes[1].message and "\x00" not in outcomes[1].message
    assert store.documents.count() == 2


def test_limits_and_odd_files(store, settings_factory, tmp_path):
    settings = settings_factory(database_url=store.db.url, max_document_chars=2_000)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "long.txt").write_text("A long run-on sentence about nothing " * 100)
    (folder / "utf16.txt").write_bytes(TEXT.format(n=16).encode("utf-16-be"))
    (folder / "pashto.txt").write_text("د افغانستان د اسلامي امارت ویاند ذبیح الله مجاهد ویلي چې د پاکستان ادعاوې بې "
                                       "بنسټه دي او افغان خاوره به د بل هېواد پر ضد نه کارول کېږي", encoding="utf-8")
    loop = tmp_path / "loop.txt"
    os.symlink(loop, loop)
    report = ingest_paths(store, settings, [str(folder), str(loop)], run_pipeline=False)
    messages = [str(p) for p in report.failed]
    assert any("long.txt" in m and "[T171]" in m and "limit is 2,000" in m for m in messages), messages
    assert any("loop.txt" in m and "[T174]" in m and "loops" in m for m in messages), messages
    docs = {d.language: d for d in store.documents.iter_all()}
    assert docs["en"].text == TEXT.format(n=16)  # UTF-16 without a byte order mark is text, not binary
    assert docs["ps"].status == "unsupported_language"  # Pashto, not Persian
    assert report.added == 2


def test_extract_on_an_empty_file_says_so(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    run = subprocess.run([sys.executable, "-m", "tangible", "extract", str(empty)], capture_output=True, text=True,
                         env={**os.environ, "TANGIBLE_DATA_DIR": str(tmp_path / "data")}, timeout=120)
    assert run.returncode == 1 and "[T106]" in run.stderr and "empty" in run.stderr
