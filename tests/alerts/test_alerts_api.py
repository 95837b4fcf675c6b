"""``/api/v1/alerts`` (token required, rules per token), the Atom feed address and the ``/alerts`` page, over a
live server on 127.0.0.1."""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

import httpx

from tangible.services.ingest import ingest_paths

from tests.alerts.conftest import CONTRADICTING
from tests.api.conftest import LiveServer

ATOM = "{http://www.w3.org/2005/Atom}"


def _csrf(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def test_alerts_api_rules_per_token_feed_and_page(store, settings_factory, corpus_without_spinwam, webhook_server):
    base, later = corpus_without_spinwam
    settings = settings_factory(database_url=store.db.url, allow_private_network=True, secret_key="alerts-test",
                                public_url="https://tangible.example")
    ingest_paths(store, settings, [str(base)])
    _, desk = store.tokens.create("desk", "analyst")
    _, other = store.tokens.create("other", "moderator")
    _, admin = store.tokens.create("boss", "admin")
    hook = webhook_server()
    server = LiveServer(settings, store).start()
    try:
        with httpx.Client(base_url=server.url, timeout=30) as c:
            auth = {"Authorization": f"Bearer {desk}"}
            assert c.get("/api/v1/alerts").status_code == 401
            assert c.post("/api/v1/alerts", json={"name": "x"}).status_code == 401
            r = c.post("/api/v1/alerts", headers=auth, json={
                "name": "contradicting", "triggers": ["contradicting"], "webhooks": [hook.path("c")]})
            assert r.status_code == 201, r.text
            made = r.json()
            assert made["owner"] == "desk" and made["webhook_secret"] and made["alerts"] == []
            bad = c.post("/api/v1/alerts", headers=auth, json={"name": "y", "commitment": "nothing-like-it"})
            assert bad.status_code == 400 and bad.json()["code"] == "T705"
            assert c.post("/api/v1/alerts", headers=auth, json={"name": "contradicting"}).json()["code"] == "T702"
            # a rule is its token's: another token neither lists nor reads it; an admin sees every rule
            assert c.get("/api/v1/alerts", headers={"Authorization": f"Bearer {other}"}).json()["count"] == 0
            assert c.get("/api/v1/alerts/contradicting",
                         headers={"Authorization": f"Bearer {other}"}).status_code == 404
            assert c.get("/api/v1/alerts", headers={"Authorization": f"Bearer {admin}"}).json()["count"] == 1

            ingest_paths(store, settings, [str(later / CONTRADICTING)])
            rule = c.get("/api/v1/alerts/contradicting", headers=auth).json()
            assert rule["alerts_count"] == 1
            [alert] = rule["alerts"]
            assert alert["trigger"] == "contradicting" and alert["payload"]["quote"]["sentence"]
            assert "webhook_secret" not in rule or rule["webhook_secret"] is None
            deliveries = c.get("/api/v1/alerts/contradicting/deliveries", headers=auth).json()
            assert deliveries["count"] == 1 and deliveries["data"][0]["status"] == "delivered"
            assert [e["outcome"] for e in deliveries["data"][0]["log"]] == ["delivered"]
            assert len(hook.requests) == 1

            # the Atom feed, for readers without a token: its address carries the key
            feed_path = rule["feed"].replace("https://tangible.example", "")
            feed = c.get(feed_path)
            assert feed.status_code == 200 and feed.headers["content-type"].startswith("application/atom+xml")
            entries = ET.fromstring(feed.content).findall(f"{ATOM}entry")
            assert len(entries) == 1 and alert["title"] == entries[0].find(f"{ATOM}title").text
            assert c.get(feed_path.split("?")[0] + "?key=wrong").status_code == 404

            # the page: sign in with the token, see the rule and its alert, add one through the form
            page = c.get("/alerts")
            assert page.status_code == 401 and "Sign in" in page.text
            signed = c.post("/login", data={"token": desk, "next": "/alerts", "csrf_token": _csrf(page.text)})
            assert signed.status_code == 303 and signed.headers["location"] == "/alerts"
            page = c.get("/alerts")
            assert page.status_code == 200 and "contradicting" in page.text and alert["title"] in page.text
            added = c.post("/alerts", data={"csrf_token": _csrf(page.text), "name": "ttp", "group": "ttp",
                                            "triggers": ["incident", "disputed"]})
            assert added.status_code == 303
            names = [r["name"] for r in c.get("/api/v1/alerts", headers=auth).json()["data"]]
            assert names == ["contradicting", "ttp"]
            rule_id = [r for r in c.get("/api/v1/alerts", headers=auth).json()["data"] if r["name"] == "ttp"][0]["id"]
            page = c.get("/alerts")
            assert c.post(f"/alerts/{rule_id}/remove", data={"csrf_token": _csrf(page.text)}).status_code == 303
            assert c.post(f"/alerts/{rule_id}/remove", data={"csrf_token": "forged"}).status_code in (400, 403)

            gone = c.delete("/api/v1/alerts/contradicting", headers=auth)
            assert gone.status_code == 200 and gone.json()["name"] == "contradicting"
            assert c.get("/api/v1/alerts/contradicting", headers=auth).status_code == 404
            assert c.get("/api/v1/alerts", headers=auth).json()["count"] == 0
    finally:
        server.stop()
