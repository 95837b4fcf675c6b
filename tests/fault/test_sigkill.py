"""The fault suite: `tangible ingest --bulk` killed with SIGKILL at each stage, each time run again.

Real processes ingest a 1,200-row archive (120 articles that yield events, 1,080 that the relevance
prefilter sets aside) into a fresh store, on SQLite and on PostgreSQL. The test watches the store from
outside and kills the first run while it reads (nothing stored yet); the same command, run again, is
killed while it stores (a batch of 1,000 committed, the rest being read); the third run, having stored
the rest, is killed while it extracts; the fourth, having finished the extraction the third left, while
it resolves; the fifth runs to the end. After each kill the store is checked (whole batches only; no
mention whose document is not marked extracted; the killed run recorded at its stage); after the last
run, every killed run is marked `died`, nothing is pending, and the store holds exactly the documents,
mentions and incidents of one uninterrupted run: nothing lost, nothing duplicated, everything derived.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tangible.services.extraction import derivation_key
from tangible.services.pipeline import pending
from tangible.services.sources import ingest_bulk
from tangible.settings import Settings

ROWS, RELEVANT, BATCH = 1200, 120, 1000  # BATCH: rows stored per transaction by `ingest --bulk`
STAGES = ("read", "store", "extract", "resolve")
POLL = 0.003  # seconds between two looks at the store
DEADLINE = 120.0

pytestmark = pytest.mark.fault


def corpus_rows() -> list[dict]:
    rnd = random.Random(17)
    provinces = ["Kunar", "Nangarhar", "Khost", "Paktika", "Kandahar", "Helmand", "Zabul", "Badakhshan", "Herat"]
    groups = ["TTP members", "IS-K fighters", "ETIM militants", "al-Qaeda operatives", "BLA commanders"]
    actors = ["Taliban security forces", "Pakistani troops", "Afghan police", "Counter-terrorism police"]
    rows = []
    for i in range(ROWS):
        if i < RELEVANT:
            text = (f"{rnd.choice(actors)} {rnd.choice(['detained', 'arrested', 'killed', 'captured'])} {i % 40 + 2} "
                    f"{rnd.choice(groups)} in {rnd.choice(provinces)} province on Tuesday, a provincial spokesman "
                    f"said. The operation followed a raid on a hideout where weapons were seized. Report {i}.")
        else:
            text = f"The city council approved a new budget for road repairs and schools in district {i}, the mayor said."
        rows.append({"id": f"r{i}", "text": text, "url": f"https://wire.example/{i}?utm_source=feed",
                     "publisher": rnd.choice(["Wire A", "Wire B", "Wire C"]), "published": f"2026-11-{i % 28 + 1:02d}"})
    rnd.shuffle(rows)
    return rows


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("fault") / "archive.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in corpus_rows()), encoding="utf-8")
    return path


def snapshot(store) -> dict:
    """What a finished ingest leaves: documents, mentions, incidents with their members and grades."""
    incidents = {}
    for inc in store.incidents.iter_incidents(with_mentions=True):
        incidents[inc.id] = (inc.grade, tuple(sorted(m.mention_id for m in inc.mentions)))
    return {"documents": sorted(d.id for d in store.documents.iter_all()),
            "mentions": sorted(m.id for m in store.mentions.iter_all()),
            "incidents": incidents}


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> dict:
    """The store after one uninterrupted run (in this process)."""
    from tangible.store import Store

    data = tmp_path_factory.mktemp("reference")
    settings = Settings(data_dir=data)
    store = Store.open(settings)
    report = ingest_bulk(store, settings, corpus)
    assert report.failed_total == 0 and report.added == ROWS
    snap = snapshot(store)
    store.close()
    assert len(snap["mentions"]) > RELEVANT and len(snap["incidents"]) > 50
    return snap


def _ingest(corpus: Path, env: dict) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tangible", "ingest", "--bulk", str(corpus)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _kill_at(stage: str, proc: subprocess.Popen, store, key: str) -> dict:
    """Watch the store until the run is at ``stage``, SIGKILL the process there; what the store showed."""
    deadline = time.monotonic() + DEADLINE
    while time.monotonic() < deadline and proc.poll() is None:
        runs = store.documents.running_runs()
        if runs:
            run = runs[-1]
            stored = store.documents.count()
            seen = {"stage": run.stage, "documents": stored}
            if stage == "read":
                hit = run.stage == "read" and stored == 0
            elif stage == "store":
                hit = run.stage == "read" and 0 < stored < ROWS
            elif stage == "extract":
                left = store.documents.count_underived(key)
                seen["underived"] = left
                hit = run.stage == "extract" and 0 < left
            else:
                hit = run.stage == "resolve"
            if hit:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait(timeout=30)
                seen["run"] = run.id
                return seen
        time.sleep(POLL)
    proc.kill()
    out, err = proc.communicate(timeout=30)
    pytest.fail(f"the run ended (exit {proc.returncode}) before it was seen at stage {stage!r}: {err[-2000:]}")


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_runs_killed_at_each_stage_are_finished_by_the_next(backend, make_store, corpus, reference, tmp_path):
    store = make_store(backend)
    settings = Settings(data_dir=tmp_path / "data", database_url=store.db.url)
    key = derivation_key(settings)
    env = {**os.environ, "TANGIBLE_DATA_DIR": str(tmp_path / "data"), "TANGIBLE_DATABASE_URL": store.db.url,
           "TANGIBLE_WORKERS": "1"}
    killed_runs = []
    for stage in STAGES:
        proc = _ingest(corpus, env)
        seen = _kill_at(stage, proc, store, key)
        assert proc.returncode == -signal.SIGKILL

        # what the killed run left is consistent: whole batches, no mention of a document not marked
        stored = store.documents.count()
        assert stored == (0 if stage == "read" else BATCH if stage == "store" else ROWS), (stage, stored, seen)
        with_mentions = {m.doc_id for m in store.mentions.iter_all()}
        underived = {d.id for d in store.documents.iter_underived(key)}
        assert not with_mentions & underived
        [killed] = store.documents.running_runs()
        assert killed.stage == ("read" if stage in ("read", "store") else stage)
        # the runs killed before it were marked died when it started
        assert [r.status for r in store.documents.runs(len(killed_runs) + 1)[1:]] == ["died"] * len(killed_runs)
        killed_runs.append(killed.id)

    last = subprocess.run([sys.executable, "-m", "tangible", "ingest", "--bulk", str(corpus)], env=env,
                          capture_output=True, text=True, timeout=300)
    assert last.returncode == 0, last.stderr[-3000:]
    assert snapshot(store) == reference  # nothing lost, nothing duplicated, everything derived
    assert pending(store, settings) == {"extract": 0, "reexamine": 0, "resolve": False}
    latest, *earlier = store.documents.runs(len(STAGES) + 1)
    assert [(r.id, r.status) for r in reversed(earlier)] == [(i, "died") for i in killed_runs]
    assert [r.stage for r in reversed(earlier)] == ["read", "read", "extract", "resolve"]
    assert (latest.status, latest.stage, latest.unchanged) == ("ok", "done", ROWS)
