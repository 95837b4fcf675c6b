"""`tangible watch` keeps polling feeds; an article that arrives through a feed alerts, and a delivery that
failed is retried by the next passes until it is delivered."""

from __future__ import annotations

import threading
import time

from tangible.services import alerts
from tangible.services.ingest import ingest_paths
from tangible.services.sources import StopSignal, add_feed, watch

from tests.alerts.conftest import CONTRADICTING
from tests.sources.conftest import Reply, Site, FAST  # noqa: F401  (Site: the local web site of the feed)

XML = {"Content-Type": "application/rss+xml"}


def test_watch_polls_a_feed_alerts_and_retries_until_delivered(sqlite_store, settings_factory,
                                                              corpus_without_spinwam, webhook_server):
    from tangible.sources.fetch import Fetcher, FetchOptions

    store = sqlite_store
    base, later = corpus_without_spinwam
    settings = settings_factory(database_url=store.db.url, allow_private_network=True, alert_retry_seconds=0.2)
    ingest_paths(store, settings, [str(base)])
    hook = webhook_server(fail_first=1)
    rule = alerts.add_rule(store, settings, name="contradicting", triggers=["contradicting"],
                           webhooks=[hook.path("w")])
    site = Site()
    try:
        site.route("/spinwam", (later / CONTRADICTING).read_text(encoding="utf-8"))
        site.route("/feed.xml", Reply(
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Frontier Ledger</title>'
            f"<link>{site.url('/')}</link><description>news</description><item><title>Spinwam</title>"
            f"<link>{site.url('/spinwam')}</link><guid>spinwam</guid><pubDate>Fri, 27 Nov 2026 08:00:00 GMT</pubDate>"
            "</item></channel></rss>", headers=XML))
        add_feed(store, settings, site.url("/feed.xml"), every=3600)
        stop = StopSignal()
        deadline = time.monotonic() + 90

        def until_delivered():
            while time.monotonic() < deadline and not stop():
                if store.alerts.deliveries(rule_id=rule.id, status="delivered"):
                    stop.set()
                    return
                time.sleep(0.1)
            stop.set()

        threading.Thread(target=until_delivered, daemon=True).start()
        fetcher = Fetcher(settings, store=store, options=FetchOptions.from_settings(settings, **FAST))
        try:
            passes = watch(store, settings, interval=0.1, fetcher=fetcher, stop=stop, install_signals=False)
        finally:
            fetcher.close()
    finally:
        site.close()
    assert passes >= 2 and site.hits["/spinwam"] == 1
    [alert] = store.alerts.alerts(rule.id)
    assert alert.payload["type"] == "ATTACK" and alert.payload["quote"]["sentence"]
    [delivery] = store.alerts.deliveries(rule_id=rule.id, with_log=True)
    assert delivery.status == "delivered" and [e["outcome"] for e in delivery.log] == ["failed", "delivered"]
    assert len(hook.requests) == 2
    assert all(alerts.verify_signature(rule.webhook_secret, r["body"], r["headers"][alerts.SIGNATURE_HEADER])
               for r in hook.requests)
