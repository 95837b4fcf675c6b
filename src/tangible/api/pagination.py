"""Opaque keyset cursors: the last row's sort key, JSON-encoded then base64url.

A client passes ``next`` back as ``cursor=``; a cursor that does not decode is
an input error naming the parameter, never a server error.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from tangible.errors import InputError


def encode_cursor(key: list[Any]) -> str:
    raw = json.dumps(key, separators=(",", ":"), default=str).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str | None, length: int) -> list[Any] | None:
    if not cursor:
        return None
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        key = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (binascii.Error, ValueError, UnicodeError):
        key = None
    if not isinstance(key, list) or len(key) != length or not all(isinstance(k, (str, type(None))) for k in key):
        raise InputError(
            f"The cursor {cursor[:40]!r} is not valid.",
            "Pass back the `next` value of a previous answer unchanged, or leave `cursor` out to start at the beginning.",
            code="T110",
        )
    return key


def envelope(data: list[Any], count: int, next_key: list[Any] | None) -> dict[str, Any]:
    return {"data": data, "count": count, "next": encode_cursor(next_key) if next_key else None}
