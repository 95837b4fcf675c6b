"""``/api/v1/documents`` — stored documents, newest first, and one document's clean text."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from tangible.http.deps import StoreDep
from tangible.api.errors import error_responses
from tangible.http.params import IsoDate
from tangible.api.schemas import DocumentPublic, DocumentSummary, ListPublic
from tangible.services.documents import detail, get_document, list_documents

router = APIRouter(prefix="/documents", tags=["documents"], responses=error_responses(400, 422))

Limit = Annotated[int, Query(ge=1, le=200, description="Items per page (1–200).")]


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
