"""What attackers and unlucky clients send, on a live server over SQLite and over PostgreSQL.

Each case of issue 17 that reaches the API: NUL in ids and queries, a reply whose email holds a NUL,
forged cursors, oversized bodies (announced and streamed), a 1 MB comment, `q=%`, `until=0`,
X-Forwarded-For from an untrusted client, `javascript:` links in stored data, and time zones on
timestamps. Every answer is the one error shape with a code, never a 500.
"""

from __future__ import annotations

import base64
import logging
import re
import socket
import time

import httpx
import pytest

from tangible.models import DocumentInput
from tangible.services.ingest import ingest_paths
from tangible.settings import Settings
from tests.api.conftest import LiveServer, assert_error
from tests.conftest import SAMPLES

EMAIL = "nul.reader@example.org"
SAMPLE = SAMPLES / "2026-11-16-kabuldailymonitor-taliban-detain-14-ttp-members-in-kunar.html"

# Cursors a client could forge: not base64, not JSON, not a list, the wrong length, wrong types, a date
# that is no date, an empty id, a NUL, deep nesting. The API gives `next` values; anything else is a 400.
FORGED_CURSORS = [
    "not-a-cursor", "null", "%", "====", "WyJ4Il0", "e30", "W10", "WzEsMl0", "WyJ4IiwieSIsInoiXQ",
    base64.urlsafe_b64encode(b'["2026-13-45","d1"]').decode(), base64.urlsafe_b64encode(b'["yesterday","d1"]').decode(),
    base64.urlsafe_b64encode(b'["2026-11-16",""]').decode(), base64.urlsafe_b64encode(b'[null,null]').decode(),
    base64.urlsafe_b64encode('["2026-11-16","a\\u0000b"]'.encode()).decode(),
    base64.urlsafe_b64encode(b"[" * 5000 + b"]" * 5000).decode(), "\u00e9\u00e9\u00e9",
]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def live(request, make_store, tmp_path):
    """(client, store, settings) of a server over a store holding one ingested article and one document
    stored with a `javascript:` URL, as a store filled before URLs were checked may hold."""
    store = make_store(request.param)
    settings = Settings(data_dir=tmp_path / "data", database_url=store.db.url, secret_key="hard")
    assert not ingest_paths(store, settings, [str(SAMPLE)]).failed
    legacy = DocumentInput(text="Officials in Kunar said the searches went on for a second day in the valley.",
                           url="javascript:alert(document.cookie)", publisher="Legacy", language="en")
    store.documents.add_many([(legacy, None, "ok")])
    server = LiveServer(settings, store).start()
    with httpx.Client(base_url=server.url, timeout=30) as client:
        yield client, store, settings, server
    server.stop()


def test_nul_in_ids_and_queries_is_a_400_never_a_500(live):
    client, *_ = live
    for path in ("/api/v1/documents/a%00b", "/api/v1/incidents/%00", "/api/v1/mentions/x%00",
                 "/api/v1/commitments/%00/replies", "/documents/%00"):
        response = client.get(path)
        assert response.status_code == 400, (path, response.text)
    for path, params in (("/api/v1/documents", {"q": "Kunar\x00"}), ("/api/v1/incidents", {"q": "\x00"}),
                         ("/api/v1/incidents", {"group": "ttp\x00"}), ("/api/v1/mentions", {"doc_id": "\x00"})):
        assert_error(client.get(path, params=params), 400, "T176", "NUL")


def test_a_reply_whose_email_holds_a_nul_is_refused_and_never_logged(live, caplog):
    client, store, *_ = live
    incident = client.get("/api/v1/incidents").json()["data"][0]["id"]
    caplog.set_level(logging.DEBUG)
    email = EMAIL.replace("@", "\x00@")
    response = client.post(f"/api/v1/incidents/{incident}/replies", json={"name": "A", "email": email, "body": "Hi"})
    assert_error(response, 422, "T142", "email")
    # a NUL in the name or comment is cleaned away, as in every stored text
    ok = client.post(f"/api/v1/incidents/{incident}/replies", json={"name": "A\x00B", "email": EMAIL, "body": "x\x00y"})
    assert ok.status_code == 202, ok.text
    assert "nul.reader" not in caplog.text and "\x00" not in caplog.text
    [reply] = store.replies.list(status="pending")
    assert (reply.name, reply.body) == ("AB", "xy")


def test_forged_cursors_are_400_with_the_parameter_named(live):
    client, *_ = live
    assert len(FORGED_CURSORS) == 16
    for cursor in FORGED_CURSORS:
        # a mention's cursor is one id: ["x"] (WyJ4Il0) is a place in id order, not a forgery, there
        paths = ("/api/v1/documents", "/api/v1/incidents") + (("/api/v1/mentions",) if cursor != "WyJ4Il0" else ())
        for path in paths:
            response = client.get(path, params={"cursor": cursor})
            assert response.status_code == 400, (path, cursor, response.text)
            assert response.json()["code"] in ("T115", "T176") and "Traceback" not in response.text
    # and the cursors the API gives still page
    first = client.get("/api/v1/documents", params={"limit": 1}).json()
    assert first["next"] and client.get("/api/v1/documents", params={"limit": 1, "cursor": first["next"]}).json()["data"]


def test_like_wildcards_are_plain_characters(live):
    client, *_ = live
    assert client.get("/api/v1/documents", params={"q": "%"}).json()["count"] == 0
    assert client.get("/api/v1/documents", params={"q": "_"}).json()["count"] == 0
    assert client.get("/api/v1/incidents", params={"q": "%"}).json()["count"] == 0
    assert client.get("/api/v1/documents", params={"q": "Kunar"}).json()["count"] >= 1


def test_dates_are_strict(live):
    client, *_ = live
    for value in ("0", "20261101", "1700000000", "2026-W01-1", "2026-11-1"):
        assert_error(client.get("/api/v1/incidents", params={"until": value}), 422, "T100", "until")
        assert_error(client.get("/api/v1/mentions", params={"since": value}), 422, "T100", "since")
    assert client.get("/api/v1/incidents", params={"until": "2026-11-30"}).status_code == 200


def test_timestamps_carry_their_time_zone(live):
    client, *_ = live
    doc = client.get("/api/v1/documents").json()["data"][0]
    assert doc["fetched_at"].endswith(("Z", "+00:00")), doc["fetched_at"]


def _raw_request(server: LiveServer, head: bytes, body_chunks, timeout: float = 10.0) -> tuple[bytes, int]:
    """Send ``head`` then ``body_chunks`` on a raw socket until the server answers; (answer, bytes sent)."""
    sent = 0
    with socket.create_connection(("127.0.0.1", server.port), timeout=timeout) as sock:
        sock.sendall(head)
        sock.setblocking(False)
        answer = b""
        deadline = time.monotonic() + timeout
        for chunk in body_chunks:
            try:
                answer += sock.recv(65536)
            except BlockingIOError:
                pass
            except (ConnectionResetError, BrokenPipeError):
                break
            if answer or time.monotonic() > deadline:
                break
            try:
                sock.sendall(chunk)
                sent += len(chunk)
            except (BlockingIOError, ConnectionResetError, BrokenPipeError):
                time.sleep(0.01)
        sock.setblocking(True)
        try:
            while b"\r\n\r\n" not in answer:
                more = sock.recv(65536)
                if not more:
                    break
                answer += more
            # the body too, which may come in a later packet than the headers
            head_part, _, body = answer.partition(b"\r\n\r\n")
            length = re.search(rb"(?im)^content-length:\s*(\d+)", head_part)
            while length and len(body) < int(length.group(1)):
                more = sock.recv(65536)
                if not more:
                    break
                body += more
                answer += more
        except (ConnectionResetError, socket.timeout):
            pass
    return answer, sent


def test_oversized_bodies_are_refused_before_they_are_read(live):
    client, store, settings, server = live
    incident = client.get("/api/v1/incidents").json()["data"][0]["id"]
    path = f"/api/v1/incidents/{incident}/replies"
    # announced: 100 MB refused on its headers, nothing read
    started = time.monotonic()
    head = (f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"Content-Length: {100 * 1024 * 1024}\r\n\r\n").encode()
    answer, sent = _raw_request(server, head, (b"x" * 65536 for _ in range(1600)))
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert time.monotonic() - started < 5 and sent < 8 * 1024 * 1024
    # streamed without a length: refused as soon as it passes the limit
    head = (f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Transfer-Encoding: chunked\r\n\r\n").encode()
    chunk = b"10000\r\n" + b"x" * 65536 + b"\r\n"
    answer, sent = _raw_request(server, head, (chunk for _ in range(1600)))
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert sent < 8 * 1024 * 1024  # not 100 MB
    body = answer.split(b"\r\n\r\n", 1)[1]
    assert b"T413" in body and b"TANGIBLE_MAX_REQUEST_BYTES" in body
    assert store.replies.count() == 0


def test_a_1_mb_comment_is_refused_and_not_echoed(live):
    client, store, settings, _ = live
    incident = client.get("/api/v1/incidents").json()["data"][0]["id"]
    comment = "spam " * 200_000
    page = client.post(f"/incidents/{incident}/replies", data={"comment": comment, "name": "x", "email": EMAIL})
    assert page.status_code == 413 and len(page.text) < 100_000 and "spam spam" not in page.text
    api = client.post(f"/api/v1/incidents/{incident}/replies", json={"name": "x", "email": EMAIL, "body": comment})
    assert_error(api, 413, "T413")
    # within the body limit but over the reply limit: refused, and no longer than the limit when echoed
    long = "word " * 2_000
    form = client.get(f"/incidents/{incident}")
    token = form.text.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    page = client.post(f"/incidents/{incident}/replies",
                       data={"comment": long, "name": "x", "email": EMAIL, "csrf_token": token})
    assert page.status_code == 422 and "limit is 5000" in page.text and long[:6000] not in page.text
    assert store.replies.count() == 0


def test_javascript_urls_in_stored_data_are_not_links(live):
    client, store, *_ = live
    [legacy] = [d for d in store.documents.iter_all() if d.publisher == "Legacy"]
    page = client.get(f"/documents/{legacy.id}")
    assert page.status_code == 200
    assert "javascript:alert" in page.text  # shown as text
    assert 'href="javascript:' not in page.text and "href='javascript:" not in page.text


def test_forwarded_for_is_believed_only_from_trusted_proxies(make_store, tmp_path):
    store = make_store("sqlite")
    settings = Settings(data_dir=tmp_path / "data", database_url=store.db.url, secret_key="xff")
    assert not ingest_paths(store, settings, [str(SAMPLE)]).failed
    commitment = store.ledger.list(status="active")[0].id
    path = f"/api/v1/commitments/{commitment}/replies"
    untrusted = LiveServer(settings, store).start()
    try:
        with httpx.Client(base_url=untrusted.url, timeout=20) as client:
            codes = [client.post(path, json={"name": f"r{i}", "email": EMAIL, "body": "ok"},
                                 headers={"X-Forwarded-For": f"203.0.113.{i}"}).status_code for i in range(6)]
    finally:
        untrusted.stop()
    assert codes == [202] * 5 + [429]  # six rotated addresses from one client: still one client
    trusted = LiveServer(settings.model_copy(update={"trusted_proxies": "127.0.0.1"}), store).start()
    try:
        with httpx.Client(base_url=trusted.url, timeout=20) as client:
            codes = [client.post(path, json={"name": f"p{i}", "email": EMAIL, "body": "ok"},
                                 headers={"X-Forwarded-For": f"198.51.100.{i}"}).status_code for i in range(3)]
    finally:
        trusted.stop()
    assert codes == [202] * 3  # behind a trusted proxy each forwarded address is its own client


def test_private_network_feeds_are_refused_when_added(live):
    client, store, settings, _ = live
    from tangible.errors import InputError
    from tangible.services.sources import add_feed

    for url in ("http://127.0.0.1/feed", "http://10.0.0.8/rss", "http://[::1]/atom", "http://localhost/x",
                "http://169.254.169.254/latest"):
        with pytest.raises(InputError) as err:
            add_feed(store, settings, url)
        assert err.value.code == "T510" and "private" in err.value.message
    _, analyst = store.tokens.create("desk", "analyst")
    refused = client.post("/api/v1/sources", json={"url": "http://192.168.1.1/feed"},
                          headers={"Authorization": f"Bearer {analyst}"})
    assert_error(refused, 400, "T510", "private")
    assert store.sources.list() == []


def test_dates_at_the_ends_of_the_calendar_are_answered_not_crashed(live):
    client, store, *_ = live
    commitment = store.ledger.list(status="active")[0].id
    for params in ({"since": "0001-01-01", "until": "0001-12-31", "step": "month"}, {"until": "0001-01-05"},
                   {"since": "9999-12-01", "until": "9999-12-31", "step": "day"}):
        assert_error(client.get(f"/api/v1/commitments/{commitment}/history", params=params), 400, "T124", "1900")
    for path, params in (("/api/v1/commitments", {"at": "9999-12-31"}), ("/api/v1/commitments", {"at": "0001-01-01"}),
                         ("/api/v1/incidents", {"since": "0001-01-01", "until": "9999-12-31"}),
                         ("/api/v1/mentions", {"since": "9999-12-31"})):
        assert client.get(path, params=params).status_code == 200, (path, params)
