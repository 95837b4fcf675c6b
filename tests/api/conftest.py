"""A real tangible app served by uvicorn on 127.0.0.1 over real SQLite stores.

``corpus_store``: one store per session, filled by ingesting ``samples/`` (the
whole pipeline: extraction, resolution, ledger). ``serve(store, settings)``
starts the app on a free port in a background thread and returns its base URL;
``api`` is an httpx client on the corpus server.
"""

from __future__ import annotations

import socket
import threading
import time

import httpx
import pytest
import uvicorn

from tangible.server import create_app
from tangible.services.ingest import ingest_paths
from tangible.settings import Settings
from tangible.store import Store

from tests.conftest import SAMPLES


class LiveServer:
    def __init__(self, settings: Settings, store: Store):
        # the socket is bound here and handed to uvicorn: no other process can take the port in between
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(settings, store), host="127.0.0.1", port=self.port,
                                log_level="warning", access_log=False, lifespan="on", proxy_headers=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True)

    def start(self) -> "LiveServer":
        self.thread.start()
        deadline = time.time() + 15
        while not self.server.started:
            if time.time() > deadline or not self.thread.is_alive():
                raise RuntimeError("The test server did not start.")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.socket.close()  # uvicorn closes it on shutdown; this covers a server that never started


@pytest.fixture(scope="session")
def corpus_settings(tmp_path_factory) -> Settings:
    return Settings(data_dir=tmp_path_factory.mktemp("corpus") / "data", secret_key="test-secret-key")


@pytest.fixture(scope="session")
def corpus_store(corpus_settings) -> Store:
    store = Store.open(corpus_settings)
    report = ingest_paths(store, corpus_settings, [str(SAMPLES)])
    assert not report.failed, report.failed
    yield store
    store.close()


@pytest.fixture(scope="session")
def corpus_server(corpus_settings, corpus_store):
    server = LiveServer(corpus_settings, corpus_store).start()
    yield server
    server.stop()


@pytest.fixture
def api(corpus_server):
    with httpx.Client(base_url=corpus_server.url, timeout=20) as client:
        yield client


@pytest.fixture
def serve():
    """Start an app over a given store; stopped after the test."""
    started: list[LiveServer] = []

    def start(settings: Settings, store: Store) -> str:
        server = LiveServer(settings, store).start()
        started.append(server)
        return server.url

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def empty_api(tmp_path, serve):
    settings = Settings(data_dir=tmp_path / "data")
    store = Store.open(settings)
    with httpx.Client(base_url=serve(settings, store), timeout=20) as client:
        yield client
    store.close()


def assert_error(response: httpx.Response, status: int, code: str | None = None, *words: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"ok", "error", "code", "status"}, body
    assert body["ok"] is False and body["status"] == status
    assert body["code"].startswith("T")
    if code:
        assert body["code"] == code, body
    for word in words:
        assert word.lower() in body["error"].lower(), body
    assert "Traceback" not in body["error"]
    return body
