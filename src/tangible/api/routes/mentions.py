"""``/api/v1/mentions`` — one event reported by one sentence of one document."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from tangible.http.deps import StoreDep
from tangible.api.errors import error_responses
from tangible.http.params import IsoDate, choice
from tangible.api.schemas import ListPublic, MentionPublic
from tangible.errors import E, InputError
from tangible.ontology import EVENT_TYPES, MODALITIES
from tangible.services.mentions import check_choice, get_mention, list_mentions

router = APIRouter(prefix="/mentions", tags=["mentions"], responses=error_responses(400, 422))


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
    page = list_mentions(store, limit=limit, cursor=cursor, type=check_choice("type", type, EVENT_TYPES),
                         modality=check_choice("modality", modality, MODALITIES), doc_id=doc_id,
                         since=since, until=until)
    return ListPublic[MentionPublic](data=[MentionPublic.of(m) for m in page.data], count=page.count, next=page.next)


@router.get("/{mention_id}", response_model=MentionPublic, responses=error_responses(404))
def mention_detail(mention_id: str, store: StoreDep):
    return MentionPublic.of(get_mention(store, mention_id))
