"""`tangible source add|list|remove`, `poll`, `watch` (a real process stopped by SIGINT), `ingest_urls`."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from tangible.cli.main import cli
from tangible.services.sources import StopSignal, add_feed, ingest_urls, watch
from tangible.settings import Settings
from tangible.store import Store

from .conftest import Reply
from .test_feeds import ARREST, FUNDS, XML, page, rss


@pytest.fixture
def env(tmp_path):
    return {"TANGIBLE_DATA_DIR": str(tmp_path / "cli-data"), "TANGIBLE_ALLOW_PRIVATE_NETWORK": "1",
            "TANGIBLE_HOST_DELAY": "0", "TANGIBLE_FETCH_TIMEOUT": "2"}


def invoke(env, *args):
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def test_source_add_list_poll_remove(site, env):
    site.route("/a1", page("Four detained", *ARREST))
    site.route("/feed.xml", Reply(rss(site, [("Four", "/a1", "g1", "Mon, 16 Nov 2026 08:00:00 GMT", "x")]),
                                  headers=XML))
    result = invoke(env, "source", "add", "--feed", site.url("/feed.xml"), "--publisher", "Gazette", "--every", "2h")
    assert result.exit_code == 0 and "Added feed 1" in result.output and "every 2h" in result.output
    again = invoke(env, "source", "add", "--feed", site.url("/feed.xml"))
    assert again.exit_code == 1 and "[T161]" in again.output and "already registered" in again.output
    bad = invoke(env, "source", "add", "--feed", site.url("/x"), "--every", "soon")
    assert bad.exit_code == 1 and "[T168]" in bad.output
    polled = invoke(env, "poll", "--no-pipeline")
    assert polled.exit_code == 0, polled.output
    assert "1 documents added" in polled.output
    listing = invoke(env, "source", "list", "-v")
    assert site.url("/feed.xml") in listing.output and "[Gazette]" in listing.output
    assert " 200 " in listing.output and "ok" in listing.output and site.url("/a1") in listing.output
    removed = invoke(env, "source", "remove", "1")
    assert removed.exit_code == 0 and "Removed feed 1" in removed.output
    missing = invoke(env, "source", "remove", "1")
    assert missing.exit_code == 1 and "[T404]" in missing.output


def test_poll_exits_non_zero_and_names_a_broken_feed(site, env):
    site.route("/broken.xml", Reply("<rss version='2.0'><channel><item><title>a</tit", headers=XML))
    invoke(env, "source", "add", "--feed", site.url("/broken.xml"))
    result = invoke(env, "poll", "--no-pipeline")
    assert result.exit_code == 1 and "[T162]" in result.output and site.url("/broken.xml") in result.output


def test_watch_stops_cleanly_on_sigint(site, env, tmp_path):
    site.route("/a1", page("Four detained", *ARREST))
    site.route("/a2", Reply(page("Accounts frozen", *FUNDS), delay=0.5))
    site.route("/feed.xml", Reply(rss(site, [
        ("Four", "/a1", "g1", "Mon, 16 Nov 2026 08:00:00 GMT", "x"),
        ("Frozen", "/a2", "g2", "Mon, 16 Nov 2026 09:00:00 GMT", "y"),
    ]), headers=XML))
    assert invoke(env, "source", "add", "--feed", site.url("/feed.xml")).exit_code == 0
    proc = subprocess.Popen([sys.executable, "-m", "tangible", "watch", "--interval", "1", "--no-pipeline"],
                            env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while site.hits["/a2"] == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert site.hits["/a2"] == 1, "watch never fetched the second item"
        proc.send_signal(signal.SIGINT)  # while the slow page is being fetched
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "Stopped after 1 passes" in err and "Traceback" not in err
    store = Store.open(Settings(data_dir=tmp_path / "cli-data"))
    try:
        assert store.documents.count() == 2  # the item in hand was finished
        assert store.documents.runs(1)[0].status == "ok"
    finally:
        store.close()


def test_watch_loop_polls_until_stopped(site, sqlite_store, settings, make_fetcher):
    import threading

    site.route("/a1", page("Four detained", *ARREST))
    site.route("/feed.xml", Reply(rss(site, [("Four", "/a1", "g1", "Mon, 16 Nov 2026 08:00:00 GMT", "x")]),
                                  headers=XML))
    add_feed(sqlite_store, settings, site.url("/feed.xml"), every=60)
    stop = StopSignal()
    passes = []

    def polled(n):
        passes.append(n)
        if len(passes) >= 3:
            stop.set()

    # stopped by its third pass (a loaded machine may take longer than the interval over one), or at worst by time
    guard = threading.Timer(60, stop.set)
    guard.start()
    try:
        count = watch(sqlite_store, settings, interval=0.1, fetcher=make_fetcher(sqlite_store), stop=stop,
                      run_pipeline=False, on_poll=polled, install_signals=False)
    finally:
        guard.cancel()
    assert count >= 2 and len(passes) >= 2 and sqlite_store.documents.count() == 1
    assert site.hits["/feed.xml"] == 1  # not due again within its 60 s interval


def test_ingest_urls(site, sqlite_store, settings, make_fetcher):
    site.route("/a1", page("Four detained", *ARREST))
    site.route("/index", "<html><body><a href='/a1'>a</a></body></html>")
    refused = make_fetcher(sqlite_store, allow_private_network=False)
    report = ingest_urls(sqlite_store, settings, [site.url("/a1")], fetcher=refused, run_pipeline=False)
    assert report.added == 0 and "[T510]" in str(report.failed[0]) and site.hits["/a1"] == 0
    report = ingest_urls(sqlite_store, settings, [site.url("/a1"), site.url("/a1?utm_campaign=z"), site.url("/nope"),
                                                  site.url("/index")], fetcher=make_fetcher(sqlite_store),
                         run_pipeline=False)
    assert (report.added, report.unchanged) == (1, 1)
    failures = "\n".join(str(p) for p in report.failed)
    assert "HTTP 404" in failures and "/index: [T105]" in failures
    doc = sqlite_store.documents.get(site.url("/a1"))
    assert doc.title == "Four detained" and doc.publisher == "Valley Gazette"
