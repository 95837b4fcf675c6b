"""Tokens guard the write endpoints; replies are held for moderation and never expose an email."""

from __future__ import annotations

import json
import subprocess
import sys

import sqlalchemy as sa

from tangible.store.schema import replies, tokens
from tests.api.conftest import assert_error

EMAIL = "reader.secret+tangible@example.org"


def bearer(secret):
    return {"Authorization": f"Bearer {secret}"}


def an_incident(api):
    return api.get("/api/v1/incidents", params={"grade": "corroborated"}).json()["data"][0]["id"]


def test_token_create_cli_prints_the_secret_once_and_stores_only_a_hash(tmp_path):
    env = {"TANGIBLE_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin"}
    run = lambda *a: subprocess.run([sys.executable, "-m", "tangible", "token", *a], env=env,  # noqa: E731
                                    capture_output=True, text=True, timeout=120)
    out = run("create", "--role", "moderator", "--name", "desk")
    assert out.returncode == 0, out.stderr
    secret = out.stdout.strip()
    assert secret.startswith("tgb_") and len(secret) > 30
    listed = run("list")
    assert "moderator" in listed.stdout and "desk" in listed.stdout and secret not in listed.stdout
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'data' / 'tangible.db'}")
    with engine.connect() as conn:
        stored = conn.execute(sa.select(tokens.c.token_hash)).scalar_one()
    engine.dispose()
    assert stored != secret and len(stored) == 64
    assert run("revoke", "1").returncode == 0
    assert "revoked" in run("list").stdout
    bad = run("create", "--role", "king", "--name", "x")
    assert bad.returncode != 0 and "king" in bad.stderr


def test_write_endpoints_refuse_missing_wrong_and_weak_tokens(api, corpus_store):
    incident = an_incident(api)
    decision = {"action": "confirm", "reason": "checked"}
    assert_error(api.post(f"/api/v1/incidents/{incident}/review", json=decision), 401, "T401", "token")
    assert_error(api.post(f"/api/v1/incidents/{incident}/review", json=decision, headers=bearer("tgb_wrong")), 401, "T402")
    assert_error(api.post(f"/api/v1/incidents/{incident}/review", json=decision,
                          headers={"Authorization": "Basic abc"}), 401, "T401", "Bearer")
    _, moderator = corpus_store.tokens.create("desk", "moderator")
    assert_error(api.post(f"/api/v1/incidents/{incident}/review", json=decision, headers=bearer(moderator)), 403, "T403")
    assert_error(api.get("/api/v1/replies"), 401)
    _, analyst = corpus_store.tokens.create("analyst one", "analyst")
    assert_error(api.get("/api/v1/replies", headers=bearer(analyst)), 403, "T403", "moderator")
    assert api.get("/api/v1/me", headers=bearer(analyst)).json()["role"] == "analyst"


def test_review_is_recorded_with_the_token_name(api, corpus_store):
    incident = an_incident(api)
    _, analyst = corpus_store.tokens.create("Ana Lyst", "analyst")
    r = api.post(f"/api/v1/incidents/{incident}/review", json={"action": "confirm", "reason": "two wires"},
                 headers=bearer(analyst))
    assert r.status_code == 200, r.text
    assert r.json()["incident"]["review_status"] == "confirmed"
    history = api.get(f"/api/v1/incidents/{incident}/reviews").json()
    assert history[0]["reviewer"].startswith("Ana Lyst") and history[0]["reason"] == "two wires"
    assert_error(api.post(f"/api/v1/incidents/{incident}/review", json={"action": "bless"}, headers=bearer(analyst)), 422)
    # the correctable fields are the schema's: any other is a validation error naming it
    assert_error(api.post(f"/api/v1/incidents/{incident}/review", json={"action": "correct", "changes": {"colour": 1}},
                          headers=bearer(analyst)), 422, "T100", "colour")
    assert_error(api.post(f"/api/v1/incidents/{incident}/review", json={"action": "correct", "changes": {"date": "soon"}},
                          headers=bearer(analyst)), 422, "T100", "date")
    _, revoked = corpus_store.tokens.create("gone", "admin")
    corpus_store.tokens.revoke(corpus_store.tokens.list()[-1].id)
    assert_error(api.post(f"/api/v1/incidents/{incident}/review", json={"action": "confirm"}, headers=bearer(revoked)), 401)


def test_reply_is_pending_until_approved_and_email_never_returned(api, corpus_store, corpus_server):
    incident = an_incident(api)
    path = f"/api/v1/incidents/{incident}/replies"
    created = api.post(path, json={"name": "Reader <b>One</b>", "email": EMAIL, "body": "<script>alert(1)</script> Source?"})
    assert created.status_code == 202, created.text
    assert EMAIL not in created.text
    reply_id = created.json()["id"]
    assert api.get(path).json()["data"] == []

    _, moderator = corpus_store.tokens.create("mod", "moderator")
    queue = api.get("/api/v1/replies", headers=bearer(moderator))
    assert reply_id in [r["id"] for r in queue.json()["data"]] and EMAIL not in queue.text
    approved = api.post(f"/api/v1/replies/{reply_id}/approve", headers=bearer(moderator))
    assert approved.status_code == 200 and approved.json()["status"] == "approved" and EMAIL not in approved.text

    listed = api.get(path)
    assert [r["body"] for r in listed.json()["data"]] == ["<script>alert(1)</script> Source?"]
    assert EMAIL not in listed.text and "email" not in json.dumps(listed.json()["data"])
    for other in ("/api/v1/incidents", f"/api/v1/incidents/{incident}", "/api/v1/openapi.json"):
        assert EMAIL not in api.get(other).text
    with corpus_store.db.read() as conn:  # stored for moderation
        assert conn.execute(sa.select(replies.c.email).where(replies.c.id == reply_id)).scalar_one() == EMAIL
    assert_error(api.post("/api/v1/replies/999999/approve", headers=bearer(moderator)), 404)


def test_reply_validation_names_each_field(api):
    path = f"/api/v1/incidents/{an_incident(api)}/replies"
    body = assert_error(api.post(path, json={"name": " ", "email": "not-an-email", "body": ""}), 422, "T142")
    for word in ("Comment is required", "Name is required", "Email does not look"):
        assert word in body["error"]
    assert_error(api.post(path, json={"name": "x" * 101, "email": EMAIL, "body": "hi"}), 422, "T142", "limit is 100")
    assert_error(api.post(path, json={"name": "x", "email": EMAIL, "body": "b" * 5001}), 422, "T142", "5000")
    assert_error(api.post(path, json={"name": "x"}), 422, "T100", "email")
    assert_error(api.post("/api/v1/incidents/i-none/replies", json={"name": "x", "email": EMAIL, "body": "b"}), 404)
    assert_error(api.get("/api/v1/commitments/none/replies"), 404)


def test_honeypot_drops_silently_and_rate_limit_applies(tmp_path, serve):
    import httpx

    from tangible.services.ingest import ingest_paths
    from tangible.settings import Settings
    from tangible.store import Store
    from tests.conftest import SAMPLES

    settings = Settings(data_dir=tmp_path / "data", secret_key="k")
    store = Store.open(settings)
    ingest_paths(store, settings, [str(SAMPLES / "2026-11-16-kabuldailymonitor-taliban-detain-14-ttp-members-in-kunar.html")])
    commitment = store.ledger.list(status="active")[0].id
    with httpx.Client(base_url=serve(settings, store), timeout=20) as client:
        path = f"/api/v1/commitments/{commitment}/replies"
        bot = client.post(path, json={"name": "bot", "email": EMAIL, "body": "spam", "website": "http://spam"})
        assert bot.status_code == 202 and bot.json()["id"] is None
        assert store.replies.count() == 0
        for i in range(5):
            assert client.post(path, json={"name": f"r{i}", "email": EMAIL, "body": "ok"}).status_code == 202
        assert_error(client.post(path, json={"name": "r6", "email": EMAIL, "body": "ok"}), 429, "T429", "10 minutes")
        assert store.replies.count() == 5
    store.close()
