"""Alerts end to end: rules saved, a contradicting article ingested through the real pipeline, and each
channel's receiver on 127.0.0.1 (SMTP server, HTTP server, the Atom feed) checked for exactly one alert."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from xml.etree import ElementTree as ET

import pytest

from tangible.errors import InputError, NotFound
from tangible.services import alerts
from tangible.services.extraction import rebuild_all
from tangible.services.ingest import ingest_paths
from tangible.services.resolution import resolve_all
from tangible.services.case import get_case

from tests.alerts.conftest import CONTRADICTING, SAME_INCIDENT

ATOM = "{http://www.w3.org/2005/Atom}"


def _entries(feed: str) -> list:
    return ET.fromstring(feed.encode()).findall(f"{ATOM}entry")


def _settings(settings_factory, store, smtp=None, **extra):
    values = {"database_url": store.db.url, "allow_private_network": True, "public_url": "https://tangible.example"}
    if smtp is not None:
        values.update(smtp_host="127.0.0.1", smtp_port=smtp.port, smtp_sender="alerts@tangible.example")
    values.update(extra)
    return settings_factory(**values)


def _alert_count(store, name: str) -> int:
    return store.alerts.alert_counts().get(store.alerts.get_rule(name).id, 0)


def test_a_contradicting_article_alerts_once_per_rule_on_every_channel(store, settings_factory,
                                                                        corpus_without_spinwam, smtp_server,
                                                                        webhook_server):
    base, later = corpus_without_spinwam
    settings = _settings(settings_factory, store, smtp_server)
    assert not ingest_paths(store, settings, [str(base)]).failed
    hook = webhook_server()
    contra = alerts.add_rule(store, settings, name="contradicting", triggers=["contradicting"],
                             emails=["desk@example.org"], webhooks=[hook.path("contradicting")])
    attacks = alerts.add_rule(store, settings, name="ttp attacks", filters={"group": "ttp", "type": "ATTACK"},
                              emails=["ttp@example.org"], webhooks=[hook.path("ttp")])
    quiet = alerts.add_rule(store, settings, name="etim arrests", filters={"group": "etim", "type": "ARREST"},
                            emails=["etim@example.org"], webhooks=[hook.path("etim")])
    # what was on record when the rules were made is not new: no alert, nothing sent
    assert sum(store.alerts.alert_counts().values()) == 0
    assert smtp_server.messages == [] and hook.requests == []

    report = ingest_paths(store, settings, [str(later / CONTRADICTING)])
    assert report.added == 1 and report.pipeline["alerts"]["produced"] == {"contradicting": 1, "ttp attacks": 1}

    for rule, address, path in ((contra, "desk@example.org", "contradicting"), (attacks, "ttp@example.org", "ttp")):
        made = store.alerts.alerts(rule.id)
        assert len(made) == 1
        alert = made[0]
        assert alert.payload["type"] == "ATTACK" and alert.payload["date"] == "2026-11-26"
        assert alert.payload["grade"] in ("single-source", "corroborated")
        assert alert.payload["quote"]["sentence"] and alert.payload["quote"]["publisher"]
        assert alert.payload["link"] == f"/incidents/{alert.subject_id}"
        incident = store.incidents.incident(alert.subject_id).to_dict()
        assert incident is not None and incident["type"] == "ATTACK"
        # the Atom feed: one entry, linking to the incident's page
        entries = _entries(alerts.atom_feed(store, settings, rule))
        assert len(entries) == 1
        assert entries[0].find(f"{ATOM}link").get("href") == f"https://tangible.example/incidents/{alert.subject_id}"
        assert alert.payload["quote"]["sentence"] in entries[0].find(f"{ATOM}summary").text
        # one email, received by the SMTP server
        mails = smtp_server.to(address)
        assert len(mails) == 1
        body = mails[0]["message"].get_payload(decode=True).decode()
        assert alert.payload["quote"]["sentence"] in body and "/incidents/" in body
        assert mails[0]["message"]["From"] == "alerts@tangible.example"
        # one webhook request, signed with the rule's secret over the exact body
        got = hook.at(path)
        assert len(got) == 1
        assert alerts.verify_signature(rule.webhook_secret, got[0]["body"],
                                       got[0]["headers"][alerts.SIGNATURE_HEADER])
        assert not alerts.verify_signature("another secret", got[0]["body"], got[0]["headers"][alerts.SIGNATURE_HEADER])
        sent = json.loads(got[0]["body"])
        assert sent["rule"] == rule.name and [a["key"] for a in sent["alerts"]] == [alert.key]
    assert contra and store.alerts.alerts(contra.id)[0].payload["commitment"] in (
        "doha-2020-soil", "pakistan-assurance-2025")
    assert store.alerts.alerts(quiet.id) == [] and smtp_server.to("etim@example.org") == [] and hook.at("etim") == []
    assert len(smtp_server.messages) == 2 and len(hook.requests) == 2

    # the same file again, a second report of the same attack, then a rebuild: no new alert anywhere
    again = ingest_paths(store, settings, [str(later / CONTRADICTING)])
    assert again.unchanged == 1
    second = ingest_paths(store, settings, [str(later / SAME_INCIDENT)])
    assert second.added == 1
    rebuild_all(store, settings)
    resolve_all(store, get_case(settings))
    assert alerts.evaluate(store, settings) == {}
    assert alerts.deliver_due(store, settings)["delivered"] == 0
    assert _alert_count(store, "contradicting") == 1 and _alert_count(store, "ttp attacks") == 1
    assert len(smtp_server.messages) == 2 and len(hook.requests) == 2
    assert len(_entries(alerts.atom_feed(store, settings, contra))) == 1


def test_a_webhook_down_for_three_attempts_is_delivered_once_when_it_comes_back(store, settings_factory,
                                                                               corpus_without_spinwam,
                                                                               webhook_server):
    base, later = corpus_without_spinwam
    settings = _settings(settings_factory, store, alert_retry_seconds=60)
    assert not ingest_paths(store, settings, [str(base)]).failed
    hook = webhook_server(fail_first=3)
    rule = alerts.add_rule(store, settings, name="contradicting", triggers=["contradicting"],
                           webhooks=[hook.path("c")])
    ingest_paths(store, settings, [str(later / CONTRADICTING)])  # the first attempt happens here
    assert len(hook.requests) == 1
    [delivery] = store.alerts.deliveries(rule_id=rule.id, with_log=True)
    assert delivery.status == "pending" and delivery.attempts == 1 and "503" in delivery.last_error
    t = delivery.next_attempt_at
    first = delivery.log[0]["at"]
    # not due yet: nothing is sent before the backoff has passed
    assert alerts.deliver_due(store, settings, now=t - timedelta(seconds=1))["failed"] == 0
    assert len(hook.requests) == 1
    assert alerts.deliver_due(store, settings, now=t)["failed"] == 1  # second attempt
    [delivery] = store.alerts.deliveries(rule_id=rule.id)
    assert delivery.next_attempt_at - t == timedelta(seconds=120)  # the wait doubled
    assert alerts.deliver_due(store, settings, now=delivery.next_attempt_at)["failed"] == 1  # third attempt
    [delivery] = store.alerts.deliveries(rule_id=rule.id)
    assert delivery.status == "pending" and delivery.attempts == 3
    assert alerts.deliver_due(store, settings, now=delivery.next_attempt_at)["delivered"] == 1  # it is back
    for later_on in (1, 3600, 86400):
        assert alerts.deliver_due(store, settings, now=delivery.next_attempt_at + timedelta(seconds=later_on)) == \
            {"digests": 0, "delivered": 0, "failed": 0}
    assert len(hook.requests) == 4
    assert len({r["body"] for r in hook.requests}) == 1  # the same message each time, each signed
    assert all(alerts.verify_signature(rule.webhook_secret, r["body"], r["headers"][alerts.SIGNATURE_HEADER])
               for r in hook.requests)
    [delivery] = store.alerts.deliveries(rule_id=rule.id, with_log=True)
    assert delivery.status == "delivered" and delivery.attempts == 4
    assert [e["outcome"] for e in delivery.log] == ["failed", "failed", "failed", "delivered"]
    assert [e["status_code"] for e in delivery.log] == [503, 503, 503, 200]
    assert delivery.log[0]["at"] == first


def test_an_unreachable_smtp_server_keeps_the_email_until_it_is_up(sqlite_store, settings_factory,
                                                                   corpus_without_spinwam, smtp_server):
    store = sqlite_store
    base, later = corpus_without_spinwam
    down = _settings(settings_factory, store, smtp_host="127.0.0.1", smtp_port=1)  # nothing listens on port 1
    ingest_paths(store, down, [str(base)])
    rule = alerts.add_rule(store, down, name="c", triggers=["contradicting"], emails=["desk@example.org"])
    ingest_paths(store, down, [str(later / CONTRADICTING)])
    [delivery] = store.alerts.deliveries(rule_id=rule.id)
    assert delivery.status == "pending" and delivery.attempts == 1 and delivery.last_error
    up = _settings(settings_factory, store, smtp_server)
    assert alerts.deliver_due(store, up, now=delivery.next_attempt_at)["delivered"] == 1
    assert len(smtp_server.to("desk@example.org")) == 1


def test_a_daily_digest_sends_one_message_for_the_day_once_it_has_closed(sqlite_store, settings_factory,
                                                                         corpus_without_spinwam, smtp_server,
                                                                         webhook_server):
    store = sqlite_store
    base, later = corpus_without_spinwam
    settings = _settings(settings_factory, store, smtp_server)
    ingest_paths(store, settings, [str(base)])
    hook = webhook_server()
    rule = alerts.add_rule(store, settings, name="daily", filters={"type": "ATTACK"}, digest="daily",
                           emails=["daily@example.org"], webhooks=[hook.path("daily")])
    ingest_paths(store, settings, [str(later / CONTRADICTING)], run_pipeline=False)
    from tangible.services.pipeline import derive

    derive(store, settings)
    # produced now, in today's window: nothing goes out before the day closes
    made = store.alerts.alerts(rule.id)
    assert len(made) >= 1 and all(a.window == made[0].created_at.strftime("%Y-%m-%d") for a in made)
    window_start = datetime.strptime(made[0].window, "%Y-%m-%d").replace(tzinfo=timezone.utc)
    assert alerts.deliver_due(store, settings, now=window_start + timedelta(hours=23))["delivered"] == 0
    figures = alerts.deliver_due(store, settings, now=window_start + timedelta(days=1, minutes=1))
    assert figures == {"digests": 2, "delivered": 2, "failed": 0}
    assert alerts.deliver_due(store, settings, now=window_start + timedelta(days=2)) == \
        {"digests": 0, "delivered": 0, "failed": 0}
    [mail] = smtp_server.to("daily@example.org")
    n = len(made)
    assert mail["message"]["Subject"] == f"[tangible] daily: {n} alert{'s' if n != 1 else ''} ({made[0].window})"
    [request] = hook.at("daily")
    assert json.loads(request["body"])["digest"] == made[0].window
    assert len(json.loads(request["body"])["alerts"]) == n


def test_rating_change_alerts_once_per_change(sqlite_store, settings_factory, corpus_without_spinwam):
    store = sqlite_store
    base, later = corpus_without_spinwam
    settings = _settings(settings_factory, store)
    ingest_paths(store, settings, [str(base)])
    from tangible.services.ledger import ledger_at

    case = get_case(settings)
    before = {r.commitment_id: r.rating for r in ledger_at(store, case, date(2026, 11, 30), save=False)}
    rule = alerts.add_rule(store, settings, name="ratings", triggers=["rating"], today=date(2026, 11, 30))
    assert store.alerts.get_rule(rule.id).state["ratings"] == before
    # a later date: the 90-day window moves on and ratings fall; each change alerts once
    later_day = date(2027, 6, 30)
    after = {r.commitment_id: r.rating for r in ledger_at(store, case, later_day, save=False)}
    changed = {c for c in before if after.get(c) != before[c]}
    assert changed, "the ratings should lapse by mid-2027"
    produced = alerts.evaluate(store, settings, today=later_day)
    assert produced == {"ratings": len(changed)}
    made = store.alerts.alerts(rule.id)
    assert {a.subject_id for a in made} == changed
    for a in made:
        assert a.payload["from"] == before[a.subject_id] and a.payload["to"] == after[a.subject_id]
        assert a.payload["reasons"] and a.payload["link"] == f"/commitments/{a.subject_id}"
    assert alerts.evaluate(store, settings, today=later_day) == {}
    # and back: a change the other way is a new alert
    assert alerts.evaluate(store, settings, today=date(2026, 11, 30)) == {"ratings": len(changed)}


def test_rules_are_checked_listed_and_removed(sqlite_store, settings_factory):
    store = sqlite_store
    settings = _settings(settings_factory, store, allow_private_network=False)
    with pytest.raises(InputError, match="T705"):
        alerts.add_rule(store, settings, name="x", filters={"commitment": "no-such-commitment"})
    with pytest.raises(InputError, match="T705"):
        alerts.add_rule(store, settings, name="x", filters={"type": "PICNIC"})
    with pytest.raises(InputError, match="T704"):
        alerts.add_rule(store, settings, name="x", triggers=["sometimes"])
    with pytest.raises(InputError, match="T706"):
        alerts.add_rule(store, settings, name="x", emails=["not an address"])
    for hook in ("ftp://example.org/hook", "https://example.org/a hook", "https://example.org:99999/hook"):
        with pytest.raises(InputError, match="T706"):  # the rule every stored link follows
            alerts.add_rule(store, settings, name="x", webhooks=[hook])
    with pytest.raises(InputError, match="T707"):  # a private address, unless the settings allow it
        alerts.add_rule(store, settings, name="x", webhooks=["http://127.0.0.1:9/hook"])
    with pytest.raises(InputError, match="T701"):
        alerts.add_rule(store, settings, name="")
    rule = alerts.add_rule(store, settings, name="pk", filters={"commitment": "pakistan-assurance-2025"},
                           triggers=["contradicting", "rating"])
    with pytest.raises(InputError, match="T702"):
        alerts.add_rule(store, settings, name="pk")
    [listed] = alerts.describe(store, settings)
    assert listed["name"] == "pk" and listed["triggers"] == ["contradicting", "rating"]
    assert listed["alerts"] == [] and listed["feed"].endswith(f"key={rule.feed_key}")
    assert "webhook_secret" not in listed and "feed_key" not in listed
    alerts.remove_rule(store, "pk")
    assert alerts.describe(store, settings) == []
    with pytest.raises(NotFound):
        alerts.remove_rule(store, "pk")


def test_signature_is_hmac_sha256_of_the_body():
    import hashlib
    import hmac

    body = b'{"a": 1}'
    expected = "sha256=" + hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()
    assert alerts.sign("s3cret", body) == expected
    assert alerts.verify_signature("s3cret", body, expected)
    assert not alerts.verify_signature("s3cret", body + b" ", expected)
    assert not alerts.verify_signature("s3cret", body, None)


def test_cli_alert_add_list_remove(sqlite_store, settings_factory, tmp_path):
    import subprocess
    import sys

    store = sqlite_store
    env = {"TANGIBLE_DATABASE_URL": store.db.url, "TANGIBLE_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin",
           "TANGIBLE_ALLOW_PRIVATE_NETWORK": "1"}

    def run(*args, ok=True):
        out = subprocess.run([sys.executable, "-m", "tangible", "alert", *args], capture_output=True, text=True,
                             timeout=120, env=env)
        assert (out.returncode == 0) == ok, out.stderr
        return out

    added = json.loads(run("add", "--name", "pk", "--commitment", "pakistan-assurance-2025", "--contradicting",
                           "--rating-change", "--email", "desk@example.org", "--webhook", "http://127.0.0.1:9/h",
                           "--json").stdout)
    assert added["triggers"] == ["contradicting", "rating"] and added["webhook_secret"]
    assert added["filters"] == {"commitment": "pakistan-assurance-2025"}
    listed = json.loads(run("list", "--json").stdout)
    assert [r["name"] for r in listed] == ["pk"] and listed[0]["alerts"] == [] and "webhook_secret" not in listed[0]
    assert "pk" in run("list").stdout
    assert "[T702]" in run("add", "--name", "pk", ok=False).stderr
    assert run("feed", "pk").stdout.startswith("<?xml")
    run("remove", "pk")
    assert json.loads(run("list", "--json").stdout) == []
    assert "[T703]" in run("remove", "pk", ok=False).stderr
