"""Local receivers for the alert channels: an SMTP server (aiosmtpd) and an HTTP server, both on 127.0.0.1.

``smtp_server`` collects every message it is sent; ``webhook_server`` records every request (headers and the
exact body) and answers 503 to the first ``fail_first`` requests, 200 after.
"""

from __future__ import annotations

import shutil
import threading
from email import message_from_bytes
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.conftest import SAMPLES, free_port

# the two reports of the attack on the Spinwam post (2026-11-26): the first says the attackers crossed
# from Afghanistan's Khost province, so the incident contradicts the assurances about Afghan soil
CONTRADICTING = "2026-11-27-frontierledger-four-soldiers-martyred-in-spinwam-post-attack.html"
SAME_INCIDENT = "2026-11-27-induswire-ttp-claims-attack-on-north-waziristan-post.html"


@pytest.fixture
def corpus_without_spinwam(tmp_path):
    """A copy of samples/ without the two Spinwam reports, and the folder holding those."""
    base, later = tmp_path / "corpus", tmp_path / "later"
    base.mkdir()
    later.mkdir()
    for path in SAMPLES.iterdir():
        if path.suffix in (".html", ".txt", ".jsonl"):
            shutil.copy(path, (later if path.name in (CONTRADICTING, SAME_INCIDENT) else base) / path.name)
    return base, later


class SMTPSink:
    def __init__(self):
        from aiosmtpd.controller import Controller

        self.messages: list = []
        self.port = free_port()
        sink = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):
                msg = message_from_bytes(envelope.original_content or envelope.content)
                sink.messages.append({"to": list(envelope.rcpt_tos), "from": envelope.mail_from, "message": msg})
                return "250 OK"

        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)

    def to(self, address: str) -> list:
        return [m for m in self.messages if address in m["to"]]


@pytest.fixture
def smtp_server():
    sink = SMTPSink()
    sink.controller.start()
    yield sink
    sink.controller.stop()


class WebhookReceiver:
    def __init__(self, fail_first: int = 0):
        self.requests: list[dict] = []
        self.fail_first = fail_first
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                receiver.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
                status = 503 if len(receiver.requests) <= receiver.fail_first else 200
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def path(self, name: str) -> str:
        return self.url + "/" + name

    def at(self, name: str) -> list[dict]:
        return [r for r in self.requests if r["path"] == f"/hook/{name}"]


@pytest.fixture
def webhook_server():
    made: list[WebhookReceiver] = []

    def make(fail_first: int = 0) -> WebhookReceiver:
        receiver = WebhookReceiver(fail_first)
        receiver.thread.start()
        made.append(receiver)
        return receiver

    yield make
    for r in made:
        r.server.shutdown()
        r.server.server_close()
