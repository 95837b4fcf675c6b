"""``/api/v1/mentions`` — one event reported by one sentence of one document."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from tangible.api.deps import StoreDep
from tangible.api.errors import error_responses
from tangible.api.pagination import decode_cursor, envelope
from tangible.api.params import IsoDate, choice
from tangible.api.schemas import ListPublic, MentionPublic
from tangible.errors import E, InputError, NotFound
from tangible.models import Mention
from tangible.ontology import EVENT_TYPES, MODALITIES
from tangible.store import Store

router = APIRouter(prefix="/mentions", tags=["mentions"], responses=error_responses(400, 422))


def mention_public(m: Mention, incident_id: str | None = None) -> dict:
    return {"id": m.id, **m.to_dict(), "incident_id": incident_id}


def check_choice(name: str, value: str | None, allowed) -> str | None:
    if value is not None and value not in allowed:
        raise InputError(f"Unknown {name} {value!r}.", f"Use one of: {', '.join(allowed)}.", code=E.UNKNOWN_FILTER_VALUE)
    return value or None


def list_mentions(store: Store, *, limit: int, cursor: str | None, **filters) -> dict:
    key = decode_cursor(cursor, 1)
    items = store.mentions.list(limit=limit + 1, after=key[0] if key else None, **filters)
    more = len(items) > limit
    items = items[:limit]
    incident_of = store.incidents.incidents_of([m.id for m in items])
    return envelope([mention_public(m, incident_of.get(m.id)) for m in items], store.mentions.count(**filters),
                    [items[-1].id] if more and items else None)


@router.get("", response_model=ListPublic[MentionPublic])
def mentions_index(
    store: StoreDep,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(description="`next` from the previous page.")] = None,
    type: Annotated[str | None, choice(EVENT_TYPES, "Event type, e.g. ARREST.")] = None,
    modality: Annotated[str | None, choice(MODALITIES, "asserted, negated, demanded, future or hypothetical.")] = None,
    doc_id: Annotated[str | None, Query(max_length=64, description="Only the mentions of this document.")] = None,
    since: Annotated[IsoDate | None, Query(description="First date, YYYY-MM-DD.")] = None,
    until: Annotated[IsoDate | None, Query(description="Last date, YYYY-MM-DD.")] = None,
):
    """Every extracted mention, in id order."""
    if since and until and since > until:
        raise InputError(f"`since` ({since}) is after `until` ({until}).", code=E.DATE_RANGE_REVERSED)
    return list_mentions(store, limit=limit, cursor=cursor, type=check_choice("type", type, EVENT_TYPES),
                         modality=check_choice("modality", modality, MODALITIES), doc_id=doc_id,
                         since=since, until=until)


@router.get("/{mention_id}", response_model=MentionPublic, responses=error_responses(404))
def mention_detail(mention_id: str, store: StoreDep):
    m = store.mentions.get(mention_id)
    if m is None:
        raise NotFound(f"No mention with id {mention_id!r}.", "List mentions at /api/v1/mentions.")
    return mention_public(m, store.incidents.incidents_of([m.id]).get(m.id))
