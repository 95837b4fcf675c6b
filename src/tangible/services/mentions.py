"""Extracted mentions as the front ends list them, each with the incident it belongs to."""

from __future__ import annotations

from typing import Any, Iterable

from tangible.errors import E, InputError, NotFound
from tangible.models import Mention
from tangible.services.pagination import decode_cursor, envelope


def mention_public(m: Mention, incident_id: str | None = None) -> dict:
    return {"id": m.id, **m.to_dict(), "incident_id": incident_id}


def check_choice(name: str, value: str | None, allowed: Iterable[str]) -> str | None:
    allowed = tuple(allowed)
    if value is not None and value not in allowed:
        raise InputError(f"Unknown {name} {value!r}.", f"Use one of: {', '.join(allowed)}.", code=E.UNKNOWN_FILTER_VALUE)
    return value or None


def list_mentions(store, *, limit: int, cursor: str | None, **filters: Any) -> dict:
    """One page of mentions in id order, in the list envelope."""
    key = decode_cursor(cursor, 1)
    items = store.mentions.list(limit=limit + 1, after=key[0] if key else None, **filters)
    more = len(items) > limit
    items = items[:limit]
    incident_of = store.incidents.incidents_of([m.id for m in items])
    return envelope([mention_public(m, incident_of.get(m.id)) for m in items], store.mentions.count(**filters),
                    [items[-1].id] if more and items else None)


def get_mention(store, mention_id: str) -> dict:
    m = store.mentions.get(mention_id)
    if m is None:
        raise NotFound(f"No mention with id {mention_id!r}.", "List mentions at /api/v1/mentions.")
    return mention_public(m, store.incidents.incidents_of([m.id]).get(m.id))
