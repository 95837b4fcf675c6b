"""Fetching web pages and feeds politely and safely (httpx).

One ``Fetcher`` per run. Every ``fetch`` call:

- refuses URLs that are not http(s), and hosts that resolve to private, loopback,
  link-local, multicast, reserved or unspecified addresses (every resolved address
  is checked, on every redirect hop; the connection goes to the checked address, so
  a second DNS answer cannot swap it) unless ``allow_private_network`` is set;
- honours robots.txt (cached per host) unless ``respect_robots`` is off;
- waits ``host_delay`` seconds between requests to one host;
- sends an honest User-Agent and conditional GET headers (ETag / Last-Modified);
- follows at most ``max_redirects`` redirects, streams the body and aborts past
  ``fetch_max_bytes``, checks the content type;
- retries timeouts, connection errors and 5xx/429 answers with exponential backoff;
- records the outcome in the ``fetches`` table when it has a store.

Failures raise ``FetchError`` with a code, the URL and the reason.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import socket
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Callable, Iterable
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from tangible.errors import E, FetchError, InputError
from tangible.settings import Settings
from tangible.sources.text import decode_bytes

log = logging.getLogger(__name__)

Resolver = Callable[[str, int], list[str]]  # (host, port) -> IP address strings

PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = (
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
    "application/feed+json", "application/json", "text/html", "text/plain", "application/x-rss+xml",
)
ROBOTS_TYPES = ("text/plain", "text/html")  # robots.txt is often served as text/html

_RETRY_STATUS = {429, 500, 502, 503, 504}
_REDIRECT_STATUS = {301, 302, 303, 307, 308}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""", re.I)


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for ``host``."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc}.", "Check the URL.", code=E.HOST_UNRESOLVED) from exc
    seen: list[str] = []
    for info in infos:
        address = info[4][0].split("%", 1)[0]  # drop an IPv6 scope id
        if address not in seen:
            seen.append(address)
    return seen


def is_public_address(address: str) -> bool:
    """False for private, loopback, link-local, multicast, reserved, unspecified and other non-global ranges."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped or ip.sixtofour
        if mapped is not None and not is_public_address(str(mapped)):
            return False
        if ip.teredo is not None:
            return False
    bad = (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved
           or ip.is_unspecified or not ip.is_global)
    return not bad


@dataclass(slots=True)
class FetchOptions:
    """Everything a Fetcher needs; built from Settings, tests shrink the numbers."""

    user_agent: str
    connect_timeout: float = 20.0
    read_timeout: float = 20.0
    total_timeout: float = 120.0  # a whole response, however slowly it trickles in
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    retries: int = 2  # extra attempts after the first
    backoff: float = 1.0  # seconds before the first retry; doubles each time
    max_backoff: float = 30.0
    host_delay: float = 1.0
    respect_robots: bool = True
    robots_ttl: float = 3600.0
    allow_private_network: bool = False
    allowed_networks: tuple[str, ...] = ()  # CIDRs fetched even when private networks are refused

    @classmethod
    def from_settings(cls, settings: Settings, **overrides) -> "FetchOptions":
        values = dict(
            user_agent=settings.user_agent,
            connect_timeout=settings.fetch_timeout,
            read_timeout=settings.fetch_timeout,
            total_timeout=max(settings.fetch_timeout * 6, settings.fetch_timeout),
            max_bytes=settings.fetch_max_bytes,
            host_delay=settings.host_delay,
            respect_robots=settings.respect_robots,
            allow_private_network=settings.allow_private_network,
        )
        values.update(overrides)
        return cls(**values)


@dataclass(slots=True)
class FetchResult:
    url: str  # the final URL, after redirects
    requested_url: str
    status: int
    outcome: str  # ok | not_modified
    content: bytes = b""
    content_type: str | None = None
    charset: str | None = None  # declared in the header
    etag: str | None = None
    last_modified: str | None = None
    elapsed_ms: int = 0
    redirects: list[str] = field(default_factory=list)

    @property
    def not_modified(self) -> bool:
        return self.outcome == "not_modified"

    def text(self) -> str:
        """The body as text: valid UTF-8 wins, then the header's charset, the page's own, then detection."""
        return decode_body(self.content, self.charset, self.url)


def decode_body(data: bytes, header_charset: str | None, origin: str) -> str:
    # Valid multi-byte UTF-8 is almost never meant as Latin-1; servers that declare
    # iso-8859-1 for UTF-8 pages are common, the opposite mistake is caught by decoding.
    if not data.isascii():
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    declared = header_charset or sniff_charset(data)
    return decode_bytes(data, declared, origin)


def sniff_charset(data: bytes) -> str | None:
    head = data[:4096]
    found = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return found.group(1).decode("ascii", "replace") if found else None


@dataclass(slots=True)
class _Robots:
    parser: RobotFileParser | None  # None: everything allowed
    disallow_all: bool
    reason: str | None
    expires: float


class Fetcher:
    """Polite, guarded HTTP GETs. Use as a context manager or call ``close()``."""

    def __init__(
        self,
        settings: Settings,
        *,
        store=None,
        options: FetchOptions | None = None,
        resolver: Resolver | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.options = options or FetchOptions.from_settings(settings)
        self.store = store
        self.resolver = resolver or system_resolver
        self.sleep = sleep
        self.clock = clock
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, _Robots] = {}
        o = self.options
        self.client = httpx.Client(
            timeout=httpx.Timeout(connect=o.connect_timeout, read=o.read_timeout, write=o.read_timeout,
                                  pool=o.connect_timeout),
            follow_redirects=False,
            trust_env=False,  # never route through a proxy the environment happens to name
            headers={"User-Agent": o.user_agent},
        )

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    # --- public ----------------------------------------------------------
    def fetch(
        self,
        url: str,
        *,
        accept: Iterable[str] = PAGE_TYPES,
        etag: str | None = None,
        last_modified: str | None = None,
        source_id: int | None = None,
        max_bytes: tuple[int, str] | None = None,
    ) -> FetchResult:
        """GET ``url``. ``max_bytes``: (limit, setting that sets it) for a body smaller than the usual
        ``fetch_max_bytes`` (a feed)."""
        started = self.clock()
        fetched_at = datetime.now(timezone.utc)
        try:
            result = self._fetch(url, tuple(accept), etag, last_modified, max_bytes)
        except FetchError as exc:
            self._record(source_id, url, fetched_at, getattr(exc, "status_code", None), getattr(exc, "size", None),
                         started, getattr(exc, "outcome", "error"), exc.message)
            raise
        self._record(source_id, result.url, fetched_at, result.status, len(result.content), started,
                     result.outcome, None)
        return result

    def check_url(self, url: str) -> None:
        """Raise FetchError/InputError if ``url`` may not be fetched (scheme, host, address)."""
        self._pin(url)

    # --- internals -------------------------------------------------------
    def _record(self, source_id, url, fetched_at, status, size, started, outcome, error) -> None:
        if self.store is None:
            return
        elapsed = int((self.clock() - started) * 1000)
        try:
            self.store.sources.record_fetch(source_id=source_id, url=url, fetched_at=fetched_at, status_code=status,
                                            size=size, elapsed_ms=elapsed, outcome=outcome, error=error)
        except Exception:  # a record we cannot write must not hide the fetch's own result
            log.exception("could not record the fetch of %s", url)

    def _fetch(self, url: str, accept: tuple[str, ...], etag, last_modified, max_bytes=None) -> FetchResult:
        redirects: list[str] = []
        current = url
        while True:
            if self.options.respect_robots:
                self._check_robots(current)
            response_data = self._get_with_retries(current, accept, etag, last_modified, max_bytes)
            status, headers, body = response_data
            if status in _REDIRECT_STATUS:
                location = headers.get("location")
                if not location:
                    raise _error(f"{current} answered {status} without a Location header.", E.REDIRECT_WITHOUT_LOCATION,
                                 outcome="error", status_code=status)
                nxt = urljoin(current, location)
                if nxt in redirects or nxt == url:
                    raise _error(f"{url} redirects in a loop ({' -> '.join([url, *redirects, nxt])}).", E.TOO_MANY_REDIRECTS,
                                 outcome="redirect_loop", status_code=status)
                redirects.append(nxt)
                if len(redirects) > self.options.max_redirects:
                    raise _error(f"{url} redirected more than {self.options.max_redirects} times.", E.TOO_MANY_REDIRECTS,
                                 outcome="too_many_redirects", status_code=status)
                current = nxt
                continue
            break
        content_type, charset = _content_type(headers.get("content-type"))
        if status == 304:
            return FetchResult(current, url, status, "not_modified", b"", content_type, charset,
                               headers.get("etag") or etag, headers.get("last-modified") or last_modified,
                               redirects=redirects)
        return FetchResult(current, url, status, "ok", body, content_type, charset, headers.get("etag"),
                           headers.get("last-modified"), redirects=redirects)

    def _get_with_retries(self, url, accept, etag, last_modified, max_bytes=None):
        attempt = 0
        while True:
            try:
                status, headers, body = self._get_once(url, accept, etag, last_modified, max_bytes=max_bytes)
            except FetchError as exc:
                if getattr(exc, "retryable", False) and attempt < self.options.retries:
                    self._backoff(attempt, None, url, exc.message)
                    attempt += 1
                    continue
                if attempt:
                    exc.message += f" (after {attempt + 1} attempts)"
                raise
            if status in _RETRY_STATUS and attempt < self.options.retries:
                self._backoff(attempt, headers.get("retry-after"), url, f"HTTP {status}")
                attempt += 1
                continue
            if status >= 400:
                tries = f" after {attempt + 1} attempts" if attempt else ""
                raise _error(f"{url} answered HTTP {status}{tries}.",
                             E.HTTP_ERROR, outcome="http_error", status_code=status,
                             hint="Check the URL." if status in (404, 410) else None)
            return status, headers, body

    def _backoff(self, attempt: int, retry_after: str | None, url: str, why: str) -> None:
        delay = self.options.backoff * (2 ** attempt)
        wait = _retry_after_seconds(retry_after)
        if wait is not None:
            delay = max(delay, wait)
        delay = min(delay, self.options.max_backoff)
        log.info("retrying %s in %.2fs (%s)", url, delay, why)
        self.sleep(delay)

    def _pin(self, url: str) -> tuple[httpx.URL, str, dict]:
        """Validate ``url``; return the URL to connect to (the checked address), the Host header and extensions."""
        try:
            parsed = httpx.URL(url)
        except (httpx.InvalidURL, TypeError) as exc:
            raise InputError(f"{url!r} is not a valid URL: {exc}.", code=E.UNUSABLE_URL) from exc
        if parsed.scheme not in ("http", "https"):
            raise InputError(f"{url!r}: only http and https URLs can be fetched.", code=E.UNUSABLE_URL)
        host = parsed.host
        if not host:
            raise InputError(f"{url!r} has no host name.", code=E.UNUSABLE_URL)
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        addresses = self.resolver(host, port)
        if not addresses:
            raise _error(f"cannot resolve host {host!r} of {url}.", E.HOST_UNRESOLVED, outcome="error")
        if not self.options.allow_private_network:
            for address in addresses:
                if not is_public_address(address) and not self._allowlisted(address):
                    raise _error(
                        f"refused {url}: {host} resolves to {address}, a private, loopback, link-local or "
                        f"otherwise non-public address.",
                        E.PRIVATE_ADDRESS, outcome="refused",
                        hint="Set TANGIBLE_ALLOW_PRIVATE_NETWORK=1 only if you mean to fetch from your own network.",
                    )
        netloc = urlsplit(str(parsed)).netloc.rsplit("@", 1)[-1]
        extensions = {"sni_hostname": host} if parsed.scheme == "https" else {}
        return parsed.copy_with(host=addresses[0]), netloc, extensions

    def _allowlisted(self, address: str) -> bool:
        ip = ipaddress.ip_address(address)
        return any(ip in ipaddress.ip_network(net, strict=False) for net in self.options.allowed_networks)

    def _wait_for_host(self, host: str) -> None:
        last = self._last_request.get(host)
        if last is not None and self.options.host_delay > 0:
            wait = last + self.options.host_delay - self.clock()
            if wait > 0:
                self.sleep(wait)
        self._last_request[host] = self.clock()

    def _get_once(self, url, accept, etag, last_modified, *, for_robots: bool = False, max_bytes=None):
        target, host_header, extensions = self._pin(url)
        headers = {"Host": host_header}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        self._wait_for_host(host_header.lower())
        deadline = self.clock() + self.options.total_timeout
        limit, setting = max_bytes or (self.options.max_bytes, "TANGIBLE_FETCH_MAX_BYTES")
        try:
            with self.client.stream("GET", target, headers=headers, extensions=extensions) as response:
                status = response.status_code
                rheaders = response.headers
                if status in _REDIRECT_STATUS or status == 304 or status >= 400:
                    return status, rheaders, b""
                ctype, _ = _content_type(rheaders.get("content-type"))
                if ctype and not any(ctype == a for a in accept):
                    raise _error(f"{url} is {ctype}, not one of {', '.join(accept)}.", E.WRONG_CONTENT_TYPE,
                                 outcome="wrong_type", status_code=status,
                                 hint="Give the URL of a web page or a feed.")
                declared = rheaders.get("content-length")
                if declared and declared.isdigit() and int(declared) > limit:
                    raise _error(f"{url} is {int(declared):,} bytes, more than the limit of {limit:,}.", E.RESPONSE_TOO_LARGE,
                                 outcome="too_large", status_code=status, size=int(declared),
                                 hint=f"Raise {setting} if it is genuine.")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise _error(f"{url} sent more than the limit of {limit:,} bytes; aborted.", E.RESPONSE_TOO_LARGE,
                                     outcome="too_large", status_code=status, size=size,
                                     hint=f"Raise {setting} if it is genuine.")
                    if self.clock() > deadline:
                        raise _error(f"{url} took longer than {self.options.total_timeout:g}s to send its body.",
                                     E.FETCH_TIMEOUT, outcome="timeout", status_code=status, size=size, retryable=True)
                    chunks.append(chunk)
                return status, rheaders, b"".join(chunks)
        except httpx.TimeoutException as exc:
            kind = "connecting" if isinstance(exc, httpx.ConnectTimeout) else "waiting for data"
            raise _error(f"{url} timed out {kind} (limit {self.options.read_timeout:g}s).", E.FETCH_TIMEOUT,
                         outcome="timeout", retryable=True) from exc
        except httpx.TooManyRedirects as exc:  # pragma: no cover - redirects are followed by hand
            raise _error(f"{url}: {exc}.", E.TOO_MANY_REDIRECTS, outcome="too_many_redirects") from exc
        except (httpx.TransportError, httpx.DecodingError) as exc:
            raise _error(f"{url} could not be fetched: {exc or type(exc).__name__}.", E.FETCH_FAILED,
                         outcome="error", retryable=isinstance(exc, httpx.TransportError)) from exc

    # --- robots.txt --------------------------------------------------------
    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc.lower()}"
        robots = self._robots.get(key)
        if robots is None or robots.expires < self.clock():
            robots = self._load_robots(key)
            self._robots[key] = robots
        if robots.disallow_all:
            raise _error(f"refused {url}: {robots.reason}", E.ROBOTS, outcome="robots",
                         hint="Set TANGIBLE_RESPECT_ROBOTS=0 only for sites you have permission to crawl.")
        if robots.parser is not None and not robots.parser.can_fetch(self.options.user_agent, url):
            raise _error(f"refused {url}: the site's robots.txt disallows it for {self.options.user_agent!r}.",
                         E.ROBOTS, outcome="robots",
                         hint="Set TANGIBLE_RESPECT_ROBOTS=0 only for sites you have permission to crawl.")

    def _load_robots(self, base: str) -> _Robots:
        robots_url = base + "/robots.txt"
        expires = self.clock() + self.options.robots_ttl
        try:
            status, headers, body = self._get_once(robots_url, ROBOTS_TYPES, None, None, for_robots=True)
        except FetchError as exc:
            if getattr(exc, "outcome", "") in ("refused",):
                raise
            if getattr(exc, "outcome", "") in ("wrong_type", "too_large"):
                return _Robots(None, False, None, expires)
            # RFC 9309: an unreachable robots.txt means the whole site is off limits for now.
            return _Robots(None, True, f"its robots.txt could not be read ({exc.message}).",
                           self.clock() + min(self.options.robots_ttl, 300))
        if status >= 500:
            return _Robots(None, True, f"its robots.txt answered HTTP {status}.",
                           self.clock() + min(self.options.robots_ttl, 300))
        if status >= 400 or status in _REDIRECT_STATUS:
            return _Robots(None, False, None, expires)  # no robots.txt: everything allowed
        parser = RobotFileParser(robots_url)
        parser.parse(body.decode("utf-8", "replace").splitlines())
        return _Robots(parser, False, None, expires)


def _content_type(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    parts = [p.strip() for p in value.split(";")]
    ctype = parts[0].lower() or None
    charset = None
    for p in parts[1:]:
        if p.lower().startswith("charset="):
            charset = p.split("=", 1)[1].strip().strip("'\"") or None
    return ctype, charset


def _retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def _error(message: str, code: str, *, outcome: str, status_code: int | None = None, size: int | None = None,
           retryable: bool = False, hint: str | None = None) -> FetchError:
    exc = FetchError(message, hint, code=code)
    exc.outcome = outcome
    exc.status_code = status_code
    exc.size = size
    exc.retryable = retryable
    return exc
