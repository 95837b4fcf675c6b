"""Every run finishes what earlier runs left: documents not extracted (or extracted with another extractor
or case file) are extracted, resolution catches up, and a run whose process died is marked so."""

from __future__ import annotations

import os
import subprocess
import sys

import sqlalchemy as sa

from tangible.services.extraction import derivation_key, extract_documents
from tangible.services.ingest import ingest_paths
from tangible.services.pipeline import derive, pending
from tangible.services.runs import mark_dead_runs
from tangible.services.sources import poll_due
from tangible.store.schema import documents
from tests.conftest import SAMPLES

ARTICLES = sorted(SAMPLES.glob("*.html"))[:3]


def test_documents_stored_without_the_pipeline_are_derived_by_the_next_run(store, settings_factory, tmp_path):
    settings = settings_factory(database_url=store.db.url)
    first = ingest_paths(store, settings, [str(p) for p in ARTICLES], run_pipeline=False)
    assert first.added == 3 and store.mentions.count() == 0
    assert pending(store, settings) == {"extract": 3, "reexamine": 0, "resolve": True}
    again = ingest_paths(store, settings, [str(p) for p in ARTICLES])  # nothing new to store
    assert again.unchanged == 3 and again.pipeline["extract"]["documents"] == 3
    assert store.mentions.count() > 0 and store.incidents.count() > 0
    assert pending(store, settings) == {"extract": 0, "reexamine": 0, "resolve": False}
    # and a run with nothing left to do does nothing
    assert ingest_paths(store, settings, [str(ARTICLES[0])]).pipeline == {}


def test_documents_extracted_with_another_extractor_or_case_are_extracted_again(store, settings_factory):
    settings = settings_factory(database_url=store.db.url)
    ingest_paths(store, settings, [str(p) for p in ARTICLES])
    key = derivation_key(settings)
    with store.db.write() as conn:  # as an older version of tangible left them
        conn.execute(sa.update(documents).values(extractor_version="0.1.0"))
    assert pending(store, settings)["extract"] + pending(store, settings)["reexamine"] == 3
    figures = derive(store, settings)
    assert figures["extract"]["documents"] == 3
    assert all(d.id not in {u.id for u in store.documents.iter_underived(key)} for d in store.documents.iter_all())


def test_resolution_catches_up_with_mentions_it_has_not_seen(sqlite_store, settings_factory):
    settings = settings_factory(database_url=sqlite_store.db.url)
    ingest_paths(sqlite_store, settings, [str(p) for p in ARTICLES], run_pipeline=False)
    extract_documents(sqlite_store, settings)  # a run that died right after extracting
    assert sqlite_store.incidents.count() == 0 and pending(sqlite_store, settings)["resolve"]
    figures = derive(sqlite_store, settings)
    assert "extract" not in figures and figures["resolve"]["incidents"] == sqlite_store.incidents.count() > 0
    assert not pending(sqlite_store, settings)["resolve"]


def test_a_run_whose_process_is_gone_is_marked_died(store, settings_factory, tmp_path):
    from tangible.services.runs import HOST

    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    run_id = store.documents.start_run("bulk", {"path": "x"}, host=HOST, pid=proc.pid)
    mine = store.documents.start_run("files", {}, host=HOST, pid=os.getpid())
    elsewhere = store.documents.start_run("feed", {}, host="another-host", pid=1)  # alive by its heartbeat
    assert mark_dead_runs(store) == []
    proc.kill()
    proc.wait()
    assert mark_dead_runs(store) == [run_id]
    status = {r.id: r.status for r in store.documents.runs()}
    assert status == {run_id: "died", mine: "running", elsewhere: "running"}


def test_poll_with_no_feed_due_still_derives(sqlite_store, settings_factory):
    settings = settings_factory(database_url=sqlite_store.db.url)
    ingest_paths(sqlite_store, settings, [str(ARTICLES[0])], run_pipeline=False)
    report = poll_due(sqlite_store, settings)
    assert report.sources == [] and report.pipeline["extract"]["documents"] == 1


def test_cli_status_shows_what_is_pending_and_extract_pending_derives_it(tmp_path):
    env = {**os.environ, "TANGIBLE_DATA_DIR": str(tmp_path / "data")}
    env.pop("TANGIBLE_DATABASE_URL", None)
    cli = [sys.executable, "-m", "tangible"]
    stored = subprocess.run([*cli, "ingest", "--no-pipeline", str(ARTICLES[0])], env=env, capture_output=True,
                            text=True, timeout=120)
    assert stored.returncode == 0, stored.stderr
    status = subprocess.run([*cli, "db", "status"], env=env, capture_output=True, text=True, timeout=120)
    assert "1 documents to extract" in status.stdout and "resolution due" in status.stdout
    assert "stage read" in status.stdout or "stage done" in status.stdout
    derived = subprocess.run([*cli, "extract", "--pending"], env=env, capture_output=True, text=True, timeout=300)
    assert derived.returncode == 0, derived.stderr
    assert "1 document to extract" in derived.stdout and "Resolution: " in derived.stdout
    assert "{" not in derived.stdout  # sentences, not a Python dict
    status = subprocess.run([*cli, "db", "status"], env=env, capture_output=True, text=True, timeout=120)
    assert "0 documents to extract" in status.stdout and "up to date" in status.stdout
