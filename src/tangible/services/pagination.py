"""Opaque keyset cursors: the last row's sort key, JSON-encoded then base64url.

A client passes ``next`` back as ``cursor=``; a cursor that does not decode is
an input error naming the parameter, never a server error.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from tangible.errors import E, InputError


def encode_cursor(key: list[Any]) -> str:
    raw = json.dumps(key, separators=(",", ":"), default=str).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str | None, length: int, *, dated: bool = False) -> list[Any] | None:
    """The sort key in ``cursor``: ``length`` strings (with ``dated``: a YYYY-MM-DD date or null, then an id).
    InputError (400) for anything the API did not give."""
    if not cursor:
        return None
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        key = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (binascii.Error, ValueError, UnicodeError, RecursionError):
        key = None
    valid = (isinstance(key, list) and len(key) == length and all(isinstance(k, (str, type(None))) for k in key)
             and isinstance(key[-1], str) and key[-1] and "\x00" not in "".join(k or "" for k in key))
    if valid and dated:
        valid = key[0] is None or _is_date(key[0])
    if not valid:
        raise InputError(
            f"The cursor {cursor[:40]!r} is not valid.",
            "Pass back the `next` value of a previous answer unchanged, or leave `cursor` out to start at the beginning.",
            code=E.BAD_CURSOR,
        )
    return key


def _is_date(value: str) -> bool:
    try:
        return len(value) == 10 and date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a list: its items, how many match in all, and the cursor of the next page (None at the
    end). The API's list schema (``ListPublic``) is validated from it."""

    data: list[T]
    count: int
    next: str | None


def page_of(data: list[T], count: int, next_key: list[Any] | None) -> Page[T]:
    return Page(data, count, encode_cursor(next_key) if next_key else None)


def envelope(data: list[Any], count: int, next_key: list[Any] | None) -> dict[str, Any]:
    return {"data": data, "count": count, "next": encode_cursor(next_key) if next_key else None}
