"""Extracted mentions as the front ends list them, each with the incident it belongs to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from tangible.errors import E, InputError, NotFound
from tangible.models import Mention
from tangible.services.pagination import Page, decode_cursor, page_of


@dataclass(frozen=True, slots=True)
class LinkedMention:
    """A mention with the incident it reports (None: none)."""

    mention: Mention
    incident_id: str | None


def check_choice(name: str, value: str | None, allowed: Iterable[str]) -> str | None:
    allowed = tuple(allowed)
    if value is not None and value not in allowed:
        raise InputError(f"Unknown {name} {value!r}.", f"Use one of: {', '.join(allowed)}.", code=E.UNKNOWN_FILTER_VALUE)
    return value or None


def list_mentions(store, *, limit: int, cursor: str | None, **filters: Any) -> Page[LinkedMention]:
    """One page of mentions in id order."""
    key = decode_cursor(cursor, 1)
    items = store.mentions.list(limit=limit + 1, after=key[0] if key else None, **filters)
    more = len(items) > limit
    items = items[:limit]
    incident_of = store.incidents.incidents_of([m.id for m in items])
    return page_of([LinkedMention(m, incident_of.get(m.id)) for m in items], store.mentions.count(**filters),
                   [items[-1].id] if more and items else None)


def get_mention(store, mention_id: str) -> LinkedMention:
    m = store.mentions.get(mention_id)
    if m is None:
        raise NotFound(f"No mention with id {mention_id!r}.", "List mentions at /api/v1/mentions.")
    return LinkedMention(m, store.incidents.incidents_of([m.id]).get(m.id))
