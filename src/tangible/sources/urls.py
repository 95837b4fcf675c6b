"""Canonical URLs: one page, one key, whatever tracking parameters a link carried."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "ga_", "hsa_")
_TRACKING_KEYS = {
    "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mkt_tok", "_ga", "_gl",
    "ref", "ref_src", "cmpid", "ocid", "smid", "s_cid", "share", "amp", "outputType",
}


def canonicalize(url: str) -> str:
    """Lower-case scheme and host, drop default ports, fragments and tracking parameters."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(_TRACKING_PREFIXES) and k not in _TRACKING_KEYS
    ]
    query.sort()
    path = parts.path or "/"
    return urlunsplit((scheme, host, path, urlencode(query), ""))
