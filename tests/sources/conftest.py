"""A real HTTP server on 127.0.0.1 serving feeds and pages, and fetchers pointed at it."""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tangible.sources.fetch import Fetcher, FetchOptions


@dataclass
class Reply:
    body: bytes | str = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    delay: float = 0.0  # seconds before the status line
    chunks: int = 1  # send the body in this many writes
    no_length: bool = False  # no Content-Length: the body ends when the connection closes

    def payload(self) -> bytes:
        return self.body.encode("utf-8") if isinstance(self.body, str) else self.body


class Site:
    """Routes: path -> Reply, or a list of Replies served in turn (the last one repeats)."""

    def __init__(self):
        self.routes: dict[str, Reply | list[Reply]] = {}
        self.hits: dict[str, int] = defaultdict(int)
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def route(self, path: str, *replies: Reply | str, **kwargs) -> None:
        made = [r if isinstance(r, Reply) else Reply(r, **kwargs) for r in replies]
        self.routes[path] = made if len(made) > 1 else made[0]

    def _pick(self, path: str) -> Reply | None:
        with self.lock:
            self.hits[path] += 1
            reply = self.routes.get(path)
            if reply is None:  # like most sites, ignore query parameters a page does not use
                reply = self.routes.get(path.split("?", 1)[0])
            if isinstance(reply, list):
                return reply.pop(0) if len(reply) > 1 else reply[0]
            return reply

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                site.requests.append((self.path, dict(self.headers)))
                reply = site._pick(self.path)
                if reply is None:
                    reply = Reply("not here", status=404, headers={"Content-Type": "text/plain"})
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.status == 304 or self._not_modified(reply):
                    self.send_response(304)
                    self.send_header("Content-Length", "0")
                    for k in ("ETag", "Last-Modified"):
                        if k in reply.headers:
                            self.send_header(k, reply.headers[k])
                    self.end_headers()
                    return
                body = reply.payload()
                self.send_response(reply.status)
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                if reply.no_length:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                elif "Content-Length" not in reply.headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    step = max(1, len(body) // reply.chunks)
                    for i in range(0, len(body), step):
                        self.wfile.write(body[i:i + step])
                        self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _not_modified(self, reply: Reply) -> bool:
                etag = reply.headers.get("ETag")
                if etag and self.headers.get("If-None-Match") == etag:
                    return True
                modified = reply.headers.get("Last-Modified")
                return bool(modified and self.headers.get("If-Modified-Since") == modified)

        return Handler

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site():
    s = Site()
    yield s
    s.close()


FAST = dict(connect_timeout=1.0, read_timeout=0.4, total_timeout=3.0, retries=2, backoff=0.01, max_backoff=0.05,
            host_delay=0.0, allow_private_network=True)


@pytest.fixture
def make_fetcher(settings):
    made: list[Fetcher] = []

    def make(store=None, resolver=None, **overrides) -> Fetcher:
        options = FetchOptions.from_settings(settings, **{**FAST, **overrides})
        f = Fetcher(settings, store=store, options=options, resolver=resolver)
        made.append(f)
        return f

    yield make
    for f in made:
        f.close()


@pytest.fixture
def settings(settings_factory):
    """The test site is on 127.0.0.1: feeds on it are registered as a private network's would be."""
    return settings_factory(allow_private_network=True)
