"""`tangible ingest` on local files: boilerplate removal, idempotence, bad input."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tangible.services.ingest import ingest_paths

DATA = Path(__file__).resolve().parents[1] / "data"


def run_cli(*args, env_dir: Path, check=False):
    env = {"TANGIBLE_DATA_DIR": str(env_dir), "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "tangible", *args], capture_output=True, text=True,
                          env=env, check=check, timeout=120)


def test_wordpress_page_loses_its_chrome_and_keeps_every_paragraph(sqlite_store, settings):
    report = ingest_paths(sqlite_store, settings, [str(DATA / "wordpress_article.html")], run_pipeline=False)
    assert report.added == 1 and not report.failed
    doc = sqlite_store.documents.get(report.doc_ids[0])
    for paragraph in [
        "house-to-house searches entered a second week in three villages",
        "eleven men suspected of sheltering fighters had been taken into custody",
        "vehicles were searched one by one",
        "Elders from the villages met the provincial governor",
    ]:
        assert paragraph in doc.text
    for chrome in ["Leave a Reply", "Your email address will not be published", "Required fields are marked",
                   "Post Comment", "Politics", "Contact Us", "Related posts", "Most Read", "Share on Facebook",
                   "All rights reserved", "Flood warning", "Archives"]:
        assert chrome not in doc.text
    assert doc.title == "Border district sees second week of searches"
    assert doc.publisher == "Valley Gazette"
    assert doc.published.isoformat() == "2026-11-12"
    assert doc.canonical_url == "https://valleygazette.example/2026/11/12/border-district-searches/"
    assert doc.language == "en"


def test_same_folder_twice_finds_nothing_new(sqlite_store, settings, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(DATA / "wordpress_article.html", folder / "a.html")
    (folder / "b.txt").write_text("Police in the district detained four men on Tuesday, an official said.\n")
    (folder / "c.jsonl").write_text(json.dumps({"id": "w1", "text": "Officials froze three bank accounts linked to the group.",
                                                "published": "2026-11-02", "url": "https://w.example/1",
                                                "publisher": "Wire"}) + "\n")
    first = ingest_paths(sqlite_store, settings, [str(folder)], run_pipeline=False)
    assert (first.added, first.unchanged, len(first.failed)) == (3, 0, 0)
    second = ingest_paths(sqlite_store, settings, [str(folder)], run_pipeline=False)
    assert (second.added, second.versions, second.unchanged, len(second.failed)) == (0, 0, 3, 0)
    assert sqlite_store.documents.count() == 3


def test_changed_page_is_a_new_version_not_a_duplicate(sqlite_store, settings, tmp_path):
    page = tmp_path / "page.html"
    html = (DATA / "wordpress_article.html").read_text()
    page.write_text(html)
    ingest_paths(sqlite_store, settings, [str(page)], run_pipeline=False)
    page.write_text(html.replace("eleven men", "twelve men"))
    report = ingest_paths(sqlite_store, settings, [str(page)], run_pipeline=False)
    assert report.versions == 1
    doc = sqlite_store.documents.get("https://valleygazette.example/2026/11/12/border-district-searches/")
    assert doc.version == 2 and "twelve men" in doc.text


def test_bad_inputs_each_get_a_message_and_good_ones_are_stored(sqlite_store, settings, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text("Security forces dismantled a training camp near the border, officials said.")
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "nav-only.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (folder / "latin1.txt").write_bytes("Le comité a détenu trois hommes à Quetta, selon la police locale.".encode("cp1252"))
    (folder / "lines.jsonl").write_text(
        '{"id": 1, "text": "Officials sealed two offices used by the group.", "published": "2026-11-03"}\n'
        "this is not json\n"
        '{"id": 3, "published": "2026-11-03"}\n'
        '{"id": 4, "text": "A checkpoint was attacked overnight.", "published": "3rd of May"}\n'
    )
    stored_before = sqlite_store.documents.add  # nothing stored yet; the run must not remove anything later
    report = ingest_paths(sqlite_store, settings, [str(folder), str(tmp_path / "missing.html")], run_pipeline=False)
    messages = [str(p) for p in report.failed]
    assert any("empty.txt" in m and "empty" in m for m in messages)
    assert any("binary.txt" in m and "binary" in m for m in messages)
    assert any("nav-only.html" in m and "no article text" in m for m in messages)
    assert any("lines.jsonl:2" in m and "not valid JSON" in m for m in messages)
    assert any("lines.jsonl:3" in m and "no 'text'" in m for m in messages)
    assert any("lines.jsonl:4" in m and "not a date" in m for m in messages)
    assert any("missing.html" in m and "no such file" in m for m in messages)
    assert report.added == 3  # good.txt, latin1.txt, lines.jsonl:1
    french = [d for d in sqlite_store.documents.iter_all() if "comité" in d.text]
    assert french and french[0].language == "fr" and french[0].status == "unsupported_language"
    assert stored_before


def test_cli_ingest_exit_code_summary_and_export(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(DATA / "wordpress_article.html", folder / "a.html")
    (folder / "bad.jsonl").write_text("{not json}\n")
    result = run_cli("ingest", "--no-pipeline", str(folder), env_dir=tmp_path / "data")
    assert result.returncode == 1
    assert "1 added" in result.stdout and "1 failed" in result.stdout
    assert "bad.jsonl:1: [T109]" in result.stderr
    export = run_cli("export", "documents", "--format", "jsonl", env_dir=tmp_path / "data", check=True)
    [record] = [json.loads(line) for line in export.stdout.splitlines()]
    assert set(record) == {"id", "url", "publisher", "title", "published", "version", "language", "status", "text"}
    assert record["publisher"] == "Valley Gazette"
    csv_out = run_cli("export", "documents", "--format", "csv", env_dir=tmp_path / "data", check=True)
    assert csv_out.stdout.splitlines()[0].startswith("id,url,publisher,title,published")
    shown = run_cli("show", record["id"], env_dir=tmp_path / "data", check=True)
    assert "Valley Gazette" in shown.stdout and "eleven men" in shown.stdout
    missing = run_cli("show", "nope", env_dir=tmp_path / "data")
    assert missing.returncode == 1 and "[T404]" in missing.stderr


def _notes(n: int, offset: int = 0) -> list:
    from tangible.models import DocumentInput

    return [DocumentInput(text=f"Police in district {i} detained {i + 2} men on Tuesday, an official said.",
                          url=f"https://notes.example/{i}", published=None, language="en")
            for i in range(offset, offset + n)]


def test_documents_are_stored_in_batches_with_the_outcome_of_one_at_a_time(sqlite_store, settings):
    from tangible.models import DocumentInput
    from tangible.services.ingest import Ingestor

    items = _notes(5)
    # a reprint of the first note (same text), and a changed text at the second note's address
    items.append(DocumentInput(text=items[0].text, url="https://copy.example/1", publisher="Copy",
                               language="en"))
    items.append(DocumentInput(text=items[1].text + " Two were released.", url=items[1].url, language="en"))
    before = sqlite_store.db.revision()
    report = Ingestor(sqlite_store, settings, run_pipeline=False, batch_size=100).ingest(iter(items), kind="test")
    # the run's start, one transaction for all seven documents, and the run's end
    assert sqlite_store.db.revision() - before == 3
    assert (report.added, report.versions, report.unchanged, len(report.failed)) == (5, 1, 1, 0)
    latest = sqlite_store.documents.get("https://notes.example/1")
    assert latest.version == 2 and latest.text.endswith("Two were released.")
    first = sqlite_store.documents.get(report.doc_ids[0])
    assert first.copies == [{"publisher": "Copy", "url": "https://copy.example/1"}]

    # the same inputs one per transaction come out the same
    again = Ingestor(sqlite_store, settings, run_pipeline=False, batch_size=1).ingest(iter(items), kind="test")
    assert (again.added, again.versions, again.unchanged) == (0, 0, 7)


def test_documents_read_before_an_interruption_are_stored(sqlite_store, settings):
    from tangible.services.ingest import Ingestor

    def interrupted():
        yield from _notes(3)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        Ingestor(sqlite_store, settings, run_pipeline=False, batch_size=100).ingest(interrupted(), kind="test")
    assert sqlite_store.documents.count() == 3
    run = sqlite_store.documents.runs(1)[0]
    assert run.status == "interrupted" and run.added == 3


def test_a_slow_source_does_not_hold_its_documents_back(sqlite_store, settings, monkeypatch):
    import tangible.services.ingest as ingest

    monkeypatch.setattr(ingest, "WRITE_WAIT", 0.05)
    seen_stored = []

    def slow():
        for i, item in enumerate(_notes(3)):
            if i:
                time.sleep(0.1)
                seen_stored.append(sqlite_store.documents.count())
            yield item

    ingest.Ingestor(sqlite_store, settings, run_pipeline=False, batch_size=100).ingest(slow(), kind="test")
    # the second document came more than WRITE_WAIT after the first: both were stored on its arrival,
    # before the third was read
    assert seen_stored == [0, 2]
    assert sqlite_store.documents.count() == 3
