"""``/api/v1/documents`` — stored documents, newest first, and one document's clean text."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from tangible.api.deps import StoreDep
from tangible.api.errors import error_responses
from tangible.api.pagination import decode_cursor, envelope
from tangible.api.params import IsoDate
from tangible.api.schemas import DocumentPublic, DocumentSummary, ListPublic
from tangible.errors import E, InputError, NotFound
from tangible.models import Document
from tangible.store import Store

router = APIRouter(prefix="/documents", tags=["documents"], responses=error_responses(400, 422))

Limit = Annotated[int, Query(ge=1, le=200, description="Items per page (1–200).")]


def summary(doc: Document) -> dict:
    data = doc.to_dict()
    text = data.pop("text")
    data.pop("content_hash")
    data["chars"] = len(text)
    return data


def detail(store: Store, doc: Document) -> dict:
    data = doc.to_dict()
    data["chars"] = len(doc.text)
    data["mentions"] = [
        {"mention_id": m.id, "type": m.type, "modality": m.modality, "char_span": list(m.char_span)}
        for m in store.mentions.for_document(doc.id)
    ]
    return data


def count_documents(store: Store, publisher: str | None, query: str | None, since=None, until=None) -> int:
    return store.documents.count(latest_only=True, publisher=publisher, query=query, since=since, until=until)


def list_documents(store: Store, *, limit: int, cursor: str | None, publisher: str | None, q: str | None,
                   since=None, until=None) -> dict:
    if q is not None and len(q) > 200:
        raise InputError("The search text `q` is longer than 200 characters.", code=E.FILTER_TOO_LONG)
    if since and until and since > until:
        raise InputError(f"The date range starts ({since}) after it ends ({until}).", "Swap `since` and `until`.",
                         code=E.DATE_RANGE_REVERSED)
    key = decode_cursor(cursor, 2, dated=True)
    after = (key[0], key[1]) if key else None
    docs = store.documents.list(limit=limit + 1, after=after, publisher=publisher or None, query=q or None,
                                since=since, until=until)
    more = len(docs) > limit
    docs = docs[:limit]
    next_key = None
    if more and docs:
        last = docs[-1]
        next_key = [last.published.isoformat() if last.published else None, last.id]
    return envelope([summary(d) for d in docs], count_documents(store, publisher or None, q or None, since, until),
                    next_key)


def get_document(store: Store, doc_id: str) -> Document:
    doc = store.documents.get(doc_id)
    if doc is None:
        raise NotFound(f"No document with id {doc_id!r}.", "List documents at /api/v1/documents.")
    return doc


@router.get("", response_model=ListPublic[DocumentSummary])
def documents_index(
    store: StoreDep,
    limit: Limit = 50,
    cursor: Annotated[str | None, Query(description="`next` from the previous page.")] = None,
    publisher: Annotated[str | None, Query(max_length=200)] = None,
    q: Annotated[str | None, Query(max_length=200, description="Text to find in the title or body (% and _ are "
                                                               "plain characters).")] = None,
    since: Annotated[IsoDate | None, Query(description="Published on or after, YYYY-MM-DD.")] = None,
    until: Annotated[IsoDate | None, Query(description="Published on or before, YYYY-MM-DD.")] = None,
):
    """Stored documents (latest version of each page), newest published first, without their text."""
    return list_documents(store, limit=limit, cursor=cursor, publisher=publisher, q=q, since=since, until=until)


@router.get("/{doc_id}", response_model=DocumentPublic, responses=error_responses(404))
def document_detail(doc_id: str, store: StoreDep):
    """One document with its clean text and the offsets of every extracted event."""
    return detail(store, get_document(store, doc_id))
