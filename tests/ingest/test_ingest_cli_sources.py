"""`tangible ingest --url` and `--bulk` through the CLI, against a server on 127.0.0.1."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "site"
    root.mkdir()
    (root / "story.html").write_bytes((DATA / "wordpress_article.html").read_bytes())
    handler = partial(SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *a, **k: None
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def tangible(*args, data: Path, private=True):
    env = {"TANGIBLE_DATA_DIR": str(data), "PATH": "/usr/bin:/bin", "TANGIBLE_HOST_DELAY": "0",
           "TANGIBLE_RESPECT_ROBOTS": "0", "TANGIBLE_FETCH_TIMEOUT": "5"}
    if private:
        env["TANGIBLE_ALLOW_PRIVATE_NETWORK"] = "1"
    return subprocess.run([sys.executable, "-m", "tangible", *args], capture_output=True, text=True, env=env,
                          timeout=180)


def test_ingest_url_stores_the_page_and_reports_the_failures(site, tmp_path):
    data = tmp_path / "data"
    result = tangible("ingest", "--no-pipeline", "--url", f"{site}/story.html", "--url", f"{site}/missing.html",
                      data=data)
    assert result.returncode == 1
    assert "1 added" in result.stdout
    assert "missing.html" in result.stderr and "404" in result.stderr
    shown = tangible("show", "--json", f"{site}/story.html", data=data)
    assert shown.returncode == 0, shown.stderr
    assert "eleven men" in json.loads(shown.stdout)["text"]


def test_ingest_url_refuses_loopback_without_the_setting(site, tmp_path):
    result = tangible("ingest", "--no-pipeline", "--url", f"{site}/story.html", data=tmp_path / "data", private=False)
    assert result.returncode == 1
    assert "T510" in result.stderr


def test_ingest_bulk_gz_with_bad_rows_then_resume(tmp_path):
    archive = tmp_path / "archive.jsonl.gz"
    rows = [json.dumps({"id": f"r{i}", "text": f"Officials sealed office number {i} used by the group.",
                        "published": "2026-11-0" + str(1 + i % 9), "publisher": "Wire"}) for i in range(50)]
    rows.insert(10, "{broken")
    with gzip.open(archive, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(rows) + "\n")
    data = tmp_path / "data"
    errors = tmp_path / "errors.jsonl"
    first = tangible("ingest", "--no-pipeline", "--bulk", str(archive), "--errors", str(errors), data=data)
    assert first.returncode == 1
    assert "50 added" in first.stdout and "1 failed" in first.stdout
    [bad] = [json.loads(line) for line in errors.read_text().splitlines()]
    assert bad["line"] == 11
    again = tangible("ingest", "--no-pipeline", "--bulk", str(archive), "--errors", str(errors), data=data)
    assert "0 added" in again.stdout and "50 already stored" in again.stdout
