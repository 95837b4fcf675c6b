"""URLs: which ones are links at all, the stored form without tracking parameters, and the canonical key.

Only http and https URLs with a host (and a port in range) are stored as links; anything else
(``javascript:``, ``data:``, a broken IPv6 host, port 99999) is refused with a message naming it.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from tangible.errors import E, InputError

_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "ga_", "hsa_")
_TRACKING_KEYS = {
    "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mkt_tok", "_ga", "_gl",
    "ref", "ref_src", "cmpid", "ocid", "smid", "s_cid", "share", "amp", "outputType",
}
MAX_URL_CHARS = 2000
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f]")


def _is_tracking(key: str) -> bool:
    return key.lower().startswith(_TRACKING_PREFIXES) or key in _TRACKING_KEYS


def link_problem(url: str) -> str | None:
    """Why ``url`` cannot be stored as a link, or None when it can."""
    if len(url) > MAX_URL_CHARS:
        return f"is {len(url)} characters long; the limit is {MAX_URL_CHARS}"
    if _SPACE_OR_CONTROL.search(url):
        return "contains spaces or control characters"
    try:
        parts = urlsplit(url)
        port = parts.port  # raises for a port out of range
    except ValueError as exc:  # "Invalid IPv6 URL", "Port out of range 0-65535" …
        return f"is not a valid URL ({exc})"
    if parts.scheme.lower() not in ("http", "https"):
        return "is not an http or https URL" if parts.scheme else "has no http:// or https:// scheme"
    if not parts.hostname:
        return "has no host name"
    if port == 0:
        return "has port 0"
    return None


def link_url(url: str, where: str = "url") -> str:
    """``url`` as it is stored: checked (InputError naming ``where`` otherwise), without tracking parameters."""
    url = url.strip()
    problem = link_problem(url)
    if problem:
        shown = url if len(url) <= 80 else url[:77] + "..."
        raise InputError(f"{where} {shown!r} {problem}.", "Only http:// and https:// links are stored.",
                         code=E.UNUSABLE_LINK)
    return strip_tracking(url)


def safe_link(url: str | None) -> str | None:
    """``url`` when it may be shown as a link (http or https), else None (it is then shown as text)."""
    if not url or link_problem(url.strip()) is not None:
        return None
    return url.strip()


def strip_tracking(url: str) -> str:
    """``url`` with its tracking parameters (utm_*, fbclid …) removed; the rest, fragment included, as it was."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not _is_tracking(k)]
    if len(kept) == len(pairs):
        return url
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(kept), parts.fragment))


def canonicalize(url: str) -> str:
    """Lower-case scheme and host, drop default ports, fragments and tracking parameters.

    ``url`` must be a link (see :func:`link_url`); a malformed one raises InputError rather than ValueError."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise InputError(f"url {url[:80]!r} is not a valid URL ({exc}).", code=E.UNUSABLE_LINK) from exc
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"  # an IPv6 address keeps its brackets
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    query.sort()
    path = parts.path or "/"
    return urlunsplit((scheme, host, path, urlencode(query), ""))
