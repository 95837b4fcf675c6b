"""`tangible extract --rebuild` re-derives mentions and incidents from stored documents."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def tangible(*args, data: Path):
    return subprocess.run([sys.executable, "-m", "tangible", *args], capture_output=True, text=True, timeout=300,
                          env={"TANGIBLE_DATA_DIR": str(data), "PATH": "/usr/bin:/bin"})


def test_rebuild_derives_everything_from_stored_documents_and_keeps_reviews(tmp_path):
    from tangible.settings import Settings
    from tangible.store import Store

    data = tmp_path / "data"
    stored = tangible("ingest", "--no-pipeline", str(SAMPLES), data=data)
    assert stored.returncode == 0, stored.stderr
    store = Store.open(Settings(data_dir=data))
    try:
        assert store.mentions.count() == 0 and store.incidents.count() == 0
        first = tangible("extract", "--rebuild", "--workers", "2", data=data)
        assert first.returncode == 0, first.stderr
        n_mentions, n_incidents = store.mentions.count(), store.incidents.count()
        assert n_mentions > 100 and n_incidents > 20
        arrest = [i.to_dict() for i in store.incidents.page(type="ARREST", limit=1)][0]
        review = tangible("review", "incident", arrest["id"], "reject", "--reviewer", "desk",
                          "--reason", "same event as another report", data=data)
        assert review.returncode == 0, review.stderr
        again = tangible("extract", "--rebuild", data=data)
        assert again.returncode == 0, again.stderr
        assert store.mentions.count() == n_mentions
        kept = store.incidents.incident(arrest["id"]).to_dict()
        assert kept is not None and kept["review_status"] == "rejected"
    finally:
        store.close()
