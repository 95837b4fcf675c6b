"""The fetcher against a real server on 127.0.0.1; the address guard with a stubbed resolver."""

from __future__ import annotations

import time

import pytest

from tangible.errors import FetchError, InputError
from tangible.sources.fetch import is_public_address

from .conftest import Reply

ARTICLE = "<html><head><title>T</title></head><body><article><p>Police detained four men.</p></article></body></html>"


def stub_resolver(table):
    def resolve(host, port):
        return table[host]

    return resolve


def test_page_is_fetched_with_an_honest_user_agent_and_recorded(site, make_fetcher, sqlite_store):
    site.route("/a", ARTICLE)
    fetcher = make_fetcher(sqlite_store)
    result = fetcher.fetch(site.url("/a"))
    assert result.status == 200 and result.outcome == "ok"
    assert "Police detained four men." in result.text()
    path, headers = site.requests[-1]
    assert path == "/a"
    assert headers["User-Agent"].startswith("tangible/")
    assert headers["Host"] == f"127.0.0.1:{site.port}"
    [record] = sqlite_store.sources.recent_fetches()
    assert (record.url, record.status_code, record.bytes, record.outcome) == (site.url("/a"), 200, len(ARTICLE), "ok")


def test_404_fails_at_once_with_the_status(site, make_fetcher, sqlite_store):
    fetcher = make_fetcher(sqlite_store)
    with pytest.raises(FetchError) as err:
        fetcher.fetch(site.url("/missing"))
    assert err.value.code == "T513" and "HTTP 404" in str(err.value) and "/missing" in str(err.value)
    assert site.hits["/missing"] == 1  # client errors are not retried
    [record] = sqlite_store.sources.recent_fetches()
    assert (record.status_code, record.outcome) == (404, "http_error")


def test_500_then_success_is_retried(site, make_fetcher):
    site.route("/flaky", Reply("down", status=500), Reply(ARTICLE))
    result = make_fetcher().fetch(site.url("/flaky"))
    assert result.status == 200 and site.hits["/flaky"] == 2


def test_500_every_time_gives_up_after_the_retries(site, make_fetcher):
    site.route("/down", Reply("down", status=503))
    with pytest.raises(FetchError) as err:
        make_fetcher(retries=2).fetch(site.url("/down"))
    assert "HTTP 503 after 3 attempts" in str(err.value)
    assert site.hits["/down"] == 3


def test_slow_response_times_out(site, make_fetcher, sqlite_store):
    site.route("/slow", Reply(ARTICLE, delay=1.0))
    started = time.monotonic()
    with pytest.raises(FetchError) as err:
        make_fetcher(sqlite_store, read_timeout=0.2, retries=1).fetch(site.url("/slow"))
    assert err.value.code == "T517" and "timed out" in str(err.value)
    assert time.monotonic() - started < 1.5
    assert sqlite_store.sources.recent_fetches()[0].outcome == "timeout"


@pytest.mark.parametrize("no_length", [False, True])
def test_oversized_body_is_aborted(site, make_fetcher, sqlite_store, no_length):
    site.route("/big", Reply(b"<html>" + b"x" * 50_000, no_length=no_length, chunks=10))
    with pytest.raises(FetchError) as err:
        make_fetcher(sqlite_store, max_bytes=10_000).fetch(site.url("/big"))
    assert err.value.code == "T512" and "10,000" in str(err.value)
    assert sqlite_store.sources.recent_fetches()[0].outcome == "too_large"


def test_wrong_content_type_is_refused(site, make_fetcher):
    site.route("/img", Reply(b"\x89PNG....", headers={"Content-Type": "image/png"}))
    with pytest.raises(FetchError) as err:
        make_fetcher().fetch(site.url("/img"))
    assert err.value.code == "T515" and "image/png" in str(err.value)


def test_wrong_declared_charset_is_corrected(site, make_fetcher):
    body = "<html><body><p>Le café du marché a été fermé.</p></body></html>"
    site.route("/latin", Reply(body.encode("cp1252"), headers={"Content-Type": "text/html; charset=utf-8"}))
    site.route("/utf", Reply(body.encode("utf-8"), headers={"Content-Type": "text/html; charset=iso-8859-1"}))
    meta = body.replace("<html>", '<html><head><meta charset="windows-1252"></head>')
    site.route("/meta", Reply(meta.encode("cp1252"), headers={"Content-Type": "text/html"}))
    fetcher = make_fetcher()
    for path in ("/latin", "/utf", "/meta"):
        assert "Le café du marché a été fermé." in fetcher.fetch(site.url(path)).text(), path


def test_redirects_are_followed_and_loops_stopped(site, make_fetcher):
    site.route("/old", Reply("", status=301, headers={"Location": "/new"}))
    site.route("/new", ARTICLE)
    fetcher = make_fetcher()
    result = fetcher.fetch(site.url("/old"))
    assert result.url == site.url("/new") and result.redirects == [site.url("/new")]

    site.route("/loop1", Reply("", status=302, headers={"Location": "/loop2"}))
    site.route("/loop2", Reply("", status=302, headers={"Location": "/loop1"}))
    with pytest.raises(FetchError) as err:
        fetcher.fetch(site.url("/loop1"))
    assert err.value.code == "T514" and "loop" in str(err.value)

    for i in range(10):
        site.route(f"/hop{i}", Reply("", status=302, headers={"Location": f"/hop{i + 1}"}))
    with pytest.raises(FetchError) as err:
        make_fetcher(max_redirects=3).fetch(site.url("/hop0"))
    assert "more than 3 times" in str(err.value)


def test_conditional_get_gives_not_modified(site, make_fetcher):
    site.route("/page", Reply(ARTICLE, headers={"Content-Type": "text/html", "ETag": '"v1"'}))
    fetcher = make_fetcher()
    first = fetcher.fetch(site.url("/page"))
    assert first.etag == '"v1"'
    second = fetcher.fetch(site.url("/page"), etag=first.etag)
    assert second.not_modified and second.status == 304 and second.content == b""
    assert site.requests[-1][1]["If-None-Match"] == '"v1"'


def test_robots_txt_is_honoured_and_cached(site, make_fetcher, sqlite_store):
    site.route("/robots.txt", Reply("User-agent: *\nDisallow: /private/\n", headers={"Content-Type": "text/plain"}))
    site.route("/private/a", ARTICLE)
    site.route("/public/a", ARTICLE)
    fetcher = make_fetcher(sqlite_store)
    with pytest.raises(FetchError) as err:
        fetcher.fetch(site.url("/private/a"))
    assert err.value.code == "T519" and "robots.txt" in str(err.value)
    assert site.hits["/private/a"] == 0
    fetcher.fetch(site.url("/public/a"))
    fetcher.fetch(site.url("/public/a"))
    assert site.hits["/robots.txt"] == 1
    assert sqlite_store.sources.recent_fetches(limit=10)[-1].outcome == "robots"
    # Switched off, the page is fetched.
    make_fetcher(respect_robots=False).fetch(site.url("/private/a"))
    assert site.hits["/private/a"] == 1


def test_unreadable_robots_txt_keeps_the_site_off_limits(site, make_fetcher):
    site.route("/robots.txt", Reply("oops", status=500))
    site.route("/a", ARTICLE)
    with pytest.raises(FetchError) as err:
        make_fetcher().fetch(site.url("/a"))
    assert "robots.txt answered HTTP 500" in str(err.value)
    assert site.hits["/a"] == 0


def test_per_host_delay(site, make_fetcher):
    site.route("/a", ARTICLE)
    fetcher = make_fetcher(host_delay=0.3, respect_robots=False)
    started = time.monotonic()
    fetcher.fetch(site.url("/a"))
    fetcher.fetch(site.url("/a"))
    assert time.monotonic() - started >= 0.3


@pytest.mark.parametrize("address", ["10.0.0.5", "169.254.169.254", "::1", "127.0.0.1", "192.168.1.1", "0.0.0.0",
                                     "::ffff:127.0.0.1", "fd00::1", "fe80::1", "224.0.0.1", "100.64.0.1"])
def test_private_addresses_are_refused(make_fetcher, sqlite_store, address):
    fetcher = make_fetcher(sqlite_store, allow_private_network=False,
                           resolver=stub_resolver({"intranet.test": [address]}))
    with pytest.raises(FetchError) as err:
        fetcher.fetch("http://intranet.test/admin")
    assert err.value.code == "T510"
    assert address in str(err.value) and "TANGIBLE_ALLOW_PRIVATE_NETWORK" in str(err.value)
    assert sqlite_store.sources.recent_fetches()[0].outcome == "refused"


def test_one_private_address_among_public_ones_is_enough_to_refuse(make_fetcher):
    fetcher = make_fetcher(allow_private_network=False,
                           resolver=stub_resolver({"mixed.test": ["93.184.216.34", "10.1.2.3"]}))
    with pytest.raises(FetchError) as err:
        fetcher.fetch("https://mixed.test/")
    assert "10.1.2.3" in str(err.value)


def test_guard_on_refuses_the_test_server_itself(site, make_fetcher):
    site.route("/a", ARTICLE)
    with pytest.raises(FetchError):
        make_fetcher(allow_private_network=False).fetch(site.url("/a"))
    assert site.hits["/a"] == 0


def test_every_redirect_hop_is_checked(site, make_fetcher):
    # news.test is the local server, let through by an explicit allowlist; the hop to the
    # metadata address is refused before any connection is made.
    site.route("/story", Reply("", status=302, headers={"Location": "http://metadata.test/latest/"}))
    resolver = stub_resolver({"news.test": ["127.0.0.1"], "metadata.test": ["169.254.169.254"]})
    fetcher = make_fetcher(allow_private_network=False, allowed_networks=("127.0.0.1/32",), resolver=resolver,
                           respect_robots=False)
    with pytest.raises(FetchError) as err:
        fetcher.fetch(f"http://news.test:{site.port}/story")
    assert err.value.code == "T510" and "169.254.169.254" in str(err.value)
    assert site.hits["/story"] == 1
    assert site.requests[-1][1]["Host"] == f"news.test:{site.port}"


def test_only_http_urls(make_fetcher):
    for url in ("file:///etc/passwd", "ftp://example.org/x", "gopher://x", "http:///nohost"):
        with pytest.raises((InputError, FetchError)) as err:
            make_fetcher().fetch(url)
        assert url.split(":")[0] in str(err.value) or "host" in str(err.value)


def test_public_address_rules():
    assert is_public_address("93.184.216.34") and is_public_address("2606:2800:220:1:248:1893:25c8:1946")
    assert not is_public_address("172.16.0.1") and not is_public_address("::") and not is_public_address("240.0.0.1")
