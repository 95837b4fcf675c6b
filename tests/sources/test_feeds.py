"""Feeds polled from a real server on 127.0.0.1: new items stored once, changes as versions, failures named."""

from __future__ import annotations

import pytest

from tangible.errors import InputError
from tangible.services.sources import add_feed, poll_due, remove_source
from tangible.sources.feeds import parse_feed

from .conftest import Reply

XML = {"Content-Type": "application/rss+xml; charset=utf-8"}


def page(title: str, *paragraphs: str, published: str = "2026-11-16") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{title}</title><meta property='og:site_name' content='Valley Gazette'>"
            f"<meta property='article:published_time' content='{published}'></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/politics'>Politics</a></nav>"
            f"<article><h1>{title}</h1>{body}</article><footer>All rights reserved</footer></body></html>")


ARREST = ("Police in Quetta detained four men suspected of planning attacks on Tuesday, a provincial "
          "spokesman said.", "The men were taken to a counter-terrorism department facility for questioning.")
FUNDS = ("Authorities froze three bank accounts linked to the banned group on Wednesday, officials said.",
         "The accounts held money collected through charities that fronted for the group.")


def rss(site, items, title="Valley Gazette") -> str:
    entries = "".join(
        f"<item><title>{t}</title><link>{site.url(path)}</link><guid>{guid}</guid>"
        f"<pubDate>{date}</pubDate><description>{desc}</description></item>"
        for t, path, guid, date, desc in items
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>{site.url('/')}</link><description>news</description>{entries}</channel></rss>")


def atom(site, items) -> str:
    entries = "".join(
        f"<entry><title>{t}</title><link href='{site.url(path)}'/><id>{guid}</id><updated>{updated}</updated>"
        f"<summary>{summary}</summary></entry>"
        for t, path, guid, updated, summary in items
    )
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Frontier Post</title><id>urn:fp</id><updated>2026-11-16T10:00:00Z</updated>{entries}</feed>")


@pytest.fixture
def poll(sqlite_store, settings, make_fetcher):
    fetcher = make_fetcher(sqlite_store)

    def run():
        return poll_due(sqlite_store, settings, fetcher=fetcher, run_pipeline=False,
                        at=__import__("datetime").datetime(2100, 1, 1, tzinfo=__import__("datetime").timezone.utc))

    return run


def test_rss_items_are_fetched_stored_and_not_fetched_again(site, sqlite_store, settings, poll):
    site.route("/a1", page("Four detained in Quetta", *ARREST))
    site.route("/a2", page("Accounts frozen", *FUNDS))
    site.route("/feed.xml", Reply(rss(site, [
        ("Four detained in Quetta", "/a1", "g1", "Mon, 16 Nov 2026 08:00:00 GMT", "Police detained four."),
        ("Accounts frozen", "/a2?utm_source=rss", "g2", "Tue, 17 Nov 2026 08:00:00 GMT", "Accounts frozen."),
    ]), headers={**XML, "ETag": '"f1"'}))
    source = add_feed(sqlite_store, settings, site.url("/feed.xml"), publisher="Valley Gazette", every="30m")
    report = poll()
    [result] = report.sources
    assert result.outcome == "ok" and result.items == 2 and result.report.added == 2, result.summary()
    docs = {d.title: d for d in sqlite_store.documents.iter_all()}
    doc = docs["Four detained in Quetta"]
    assert ARREST[0] in doc.text and "All rights reserved" not in doc.text and "Politics" not in doc.text
    assert doc.publisher == "Valley Gazette" and doc.source_id == source.id and doc.language == "en"
    assert docs["Accounts frozen"].canonical_url == site.url("/a2")  # tracking parameters stripped
    with sqlite_store.db.read() as conn:
        meta = conn.exec_driver_sql("select meta from documents where title='Four detained in Quetta'").scalar()
    assert '"guid": "g1"' in meta and '"from": "page"' in meta and "feed.xml" in meta
    # Second poll: the feed answers 304 to the conditional GET; nothing is fetched or stored again.
    second = poll()
    assert second.sources[0].outcome == "not_modified"
    assert site.hits["/a1"] == 1 and sqlite_store.documents.count() == 2
    outcomes = [f.outcome for f in sqlite_store.sources.recent_fetches(source.id, limit=10)]
    assert outcomes.count("not_modified") == 1 and outcomes.count("ok") == 3


def test_atom_feed(site, sqlite_store, settings, poll):
    site.route("/b1", page("Camp destroyed", "Security forces destroyed a training camp used by militants in the "
                           "district, the army said on Thursday.", "Weapons and explosives were seized."))
    site.route("/atom.xml", Reply(atom(site, [("Camp destroyed", "/b1", "urn:b1", "2026-11-18T09:00:00Z", "Camp.")]),
                                  headers={"Content-Type": "application/atom+xml"}))
    add_feed(sqlite_store, settings, site.url("/atom.xml"))
    report = poll()
    assert report.sources[0].report.added == 1
    doc = sqlite_store.documents.get(site.url("/b1"))
    assert doc.title == "Camp destroyed" and doc.publisher == "Valley Gazette"
    assert doc.published.isoformat() == "2026-11-16"  # the page's own date wins over the feed's


def test_rss_0_91_and_rss_1_0_parse():
    rss091 = (b'<?xml version="1.0"?><rss version="0.91"><channel><title>Old</title><link>http://o.example/</link>'
              b"<description>d</description><item><title>One</title><link>http://o.example/1</link>"
              b"<description>First item.</description></item></channel></rss>")
    rdf = (b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
           b'xmlns="http://purl.org/rss/1.0/"><channel rdf:about="http://r.example/"><title>RDF</title>'
           b"<link>http://r.example/</link><description>d</description></channel>"
           b'<item rdf:about="http://r.example/1"><title>One</title><link>http://r.example/1</link></item></rdf:RDF>')
    assert [i.link for i in parse_feed(rss091, "old").items] == ["http://o.example/1"]
    parsed = parse_feed(rdf, "rdf")
    assert parsed.version == "rss10" and [i.link for i in parsed.items] == ["http://r.example/1"]


@pytest.mark.parametrize("body, words", [
    (b"<rss version='2.0'><channel><title>x</title><item><title>a</ti", "malformed"),
    (b"<html><body>Not found</body></html>", "web page, not an RSS or Atom feed"),
    (b"{\"hello\": 1}", "not a valid RSS or Atom feed"),
    (b"", "empty"),
])
def test_malformed_feeds_are_named(body, words):
    with pytest.raises(InputError) as err:
        parse_feed(body, "http://feeds.example/broken.xml")
    assert err.value.code == "T162" and "http://feeds.example/broken.xml" in str(err.value) and words in str(err.value)


def test_malformed_feed_poll_reports_the_feed_and_stores_nothing(site, sqlite_store, settings, poll):
    site.route("/broken.xml", Reply("<rss version='2.0'><channel><item><title>a</tit", headers=XML))
    site.route("/gone.xml", Reply("gone", status=404))
    add_feed(sqlite_store, settings, site.url("/broken.xml"))
    add_feed(sqlite_store, settings, site.url("/gone.xml"))
    report = poll()
    errors = {s.url: s.error for s in report.sources}
    assert "[T162]" in errors[site.url("/broken.xml")] and site.url("/broken.xml") in errors[site.url("/broken.xml")]
    assert "HTTP 404" in errors[site.url("/gone.xml")]
    assert sqlite_store.documents.count() == 0
    assert len(report.failed) == 2


def test_feed_500_then_success(site, sqlite_store, settings, poll):
    site.route("/a1", page("Four detained in Quetta", *ARREST))
    site.route("/feed.xml", Reply("busy", status=500),
               Reply(rss(site, [("Four", "/a1", "g1", "Mon, 16 Nov 2026 08:00:00 GMT", "x")]), headers=XML))
    add_feed(sqlite_store, settings, site.url("/feed.xml"))
    assert poll().sources[0].report.added == 1
    assert site.hits["/feed.xml"] == 2


def test_unreachable_page_falls_back_to_the_feed_text_or_is_retried(site, sqlite_store, settings, poll):
    long_summary = ("Officials said a border crossing was closed after militants fired at a checkpoint, "
                    "wounding two guards, late on Friday.")
    site.route("/feed.xml", Reply(rss(site, [
        ("Crossing closed", "/missing", "g1", "Fri, 20 Nov 2026 08:00:00 GMT", f"&lt;p&gt;{long_summary}&lt;/p&gt;"),
        ("Short", "/also-missing", "g2", "Fri, 20 Nov 2026 09:00:00 GMT", "Short."),
    ]), headers=XML))
    add_feed(sqlite_store, settings, site.url("/feed.xml"))
    report = poll()
    result = report.sources[0]
    assert result.report.added == 1
    doc = sqlite_store.documents.get(site.url("/missing"))
    assert doc.text == long_summary
    assert sqlite_store.documents.raw(doc.id)[0].decode().count("border crossing") == 1
    [problem] = result.report.failed
    assert "/also-missing" in str(problem) and "HTTP 404" in str(problem) and "gives no article text" in str(problem)
    # The failed item is tried again at the next poll; the stored one is not.
    site.route("/also-missing", page("Short", *FUNDS))
    again = poll()
    assert again.sources[0].report.added == 1
    assert site.hits["/missing"] == 1 and site.hits["/also-missing"] == 2


def test_changed_article_becomes_a_new_version(site, sqlite_store, settings, poll):
    site.route("/a1", page("Four detained", *ARREST))
    site.route("/feed.xml", Reply(rss(site, [("Four detained", "/a1", "g1", "Mon, 16 Nov 2026 08:00:00 GMT", "x")]),
                                  headers=XML))
    add_feed(sqlite_store, settings, site.url("/feed.xml"))
    poll()
    updated = (ARREST[0].replace("four", "six"), ARREST[1], "Two of them were later released.")
    site.route("/a1", page("Six detained", *updated))
    site.route("/feed.xml", Reply(rss(site, [("Six detained", "/a1", "g1", "Mon, 16 Nov 2026 12:00:00 GMT", "y")]),
                                  headers=XML))
    report = poll()
    assert report.sources[0].report.versions == 1
    versions = sqlite_store.documents.versions(sqlite_store.documents.get(site.url("/a1")).id)
    assert [v.version for v in versions] == [1, 2]
    assert "six men" in versions[1].text and "four men" in versions[0].text
    assert sqlite_store.documents.count(latest_only=True) == 1


def test_item_repeated_across_two_feeds_is_stored_once(site, sqlite_store, settings, poll):
    site.route("/a1", page("Four detained", *ARREST))
    site.route("/one.xml", Reply(rss(site, [("Four", "/a1", "one-1", "Mon, 16 Nov 2026 08:00:00 GMT", "x")]),
                                 headers=XML))
    site.route("/two.xml", Reply(rss(site, [("Four", "/a1?utm_medium=feed&utm_source=two", "two-9",
                                             "Mon, 16 Nov 2026 08:00:00 GMT", "x")], title="Aggregator"),
                                 headers=XML))
    add_feed(sqlite_store, settings, site.url("/one.xml"))
    add_feed(sqlite_store, settings, site.url("/two.xml"))
    poll()
    assert sqlite_store.documents.count() == 1
    assert site.hits["/a1"] == 1


def test_robots_disallowed_page_uses_the_feed_text(site, sqlite_store, settings, poll):
    site.route("/robots.txt", Reply("User-agent: *\nDisallow: /premium/\n", headers={"Content-Type": "text/plain"}))
    text = " ".join(FUNDS)
    site.route("/feed.xml", Reply(
        rss(site, [("Accounts frozen", "/premium/a", "g1", "Tue, 17 Nov 2026 08:00:00 GMT", text)]), headers=XML))
    add_feed(sqlite_store, settings, site.url("/feed.xml"))
    poll()
    assert site.hits["/premium/a"] == 0
    doc = sqlite_store.documents.get(site.url("/premium/a"))
    assert doc.text == text


def test_removed_source_keeps_its_documents(site, sqlite_store, settings, poll):
    site.route("/a1", page("Four detained", *ARREST))
    site.route("/feed.xml", Reply(rss(site, [("Four", "/a1", "g1", "Mon, 16 Nov 2026 08:00:00 GMT", "x")]),
                                  headers=XML))
    source = add_feed(sqlite_store, settings, site.url("/feed.xml"))
    poll()
    remove_source(sqlite_store, site.url("/feed.xml"))
    assert sqlite_store.sources.get(source.id) is None
    assert sqlite_store.documents.count() == 1
    assert sqlite_store.documents.get(site.url("/a1")).source_id is None
