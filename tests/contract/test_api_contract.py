"""The API does what its OpenAPI document says: Schemathesis, every check, against a live server.

A real ``schemathesis run`` process sends its generated requests over HTTP to a tangible app served by
uvicorn on 127.0.0.1, over a store filled by ingesting ``samples/``, on SQLite and on PostgreSQL,
with an admin token so the write operations are reached too. Ten examples per operation and one seed
(``schemathesis.toml``) keep a run short and repeatable; a failure of any check fails the test with
Schemathesis's own report.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tangible.services.ingest import ingest_paths
from tangible.settings import Settings
from tests.api.conftest import LiveServer
from tests.conftest import SAMPLES

CONFIG = Path(__file__).with_name("schemathesis.toml")
SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_schemathesis_finds_no_failure(backend, make_store, tmp_path):
    store = make_store(backend)
    # private addresses allowed: generated feed URLs are not looked up in DNS (no network but 127.0.0.1)
    settings = Settings(data_dir=tmp_path / "data", database_url=store.db.url, secret_key="contract",
                        allow_private_network=True)
    report = ingest_paths(store, settings, [str(SAMPLES)])
    assert not report.failed and store.incidents.count() > 0
    _, secret = store.tokens.create("contract", "admin")
    server = LiveServer(settings, store).start()
    try:
        run = subprocess.run(
            [str(SCHEMATHESIS), "--config-file", str(CONFIG), "run", f"{server.url}/api/v1/openapi.json",
             "--checks", "all", "--no-color", "-H", f"Authorization: Bearer {secret}"],
            capture_output=True, text=True, timeout=300, cwd=tmp_path)
    finally:
        server.stop()
    summary = run.stdout[-3000:]
    assert run.returncode == 0, run.stdout[-20000:] + run.stderr[-3000:]
    generated = re.search(r"(\d+) generated, (\d+) passed", summary)
    assert generated and generated.group(1) == generated.group(2) and int(generated.group(1)) > 500, summary
    selected, tested = re.search(r"Selected: (\d+)/(\d+)", summary), re.search(r"Tested: (\d+)", summary)
    assert selected and tested and selected.group(1) == selected.group(2) == tested.group(1), summary
