"""Stored documents as the front ends show them: lists with their filters, one document with its events.

The API, the pages and the CLI read documents here, never from the store directly.
"""

from __future__ import annotations

from datetime import date
from typing import Iterator

from tangible.errors import E, InputError, NotFound
from tangible.models import Document, Mention
from tangible.services.pagination import decode_cursor, envelope


def summary(doc: Document) -> dict:
    """A document without its text (its length instead) or content hash."""
    data = doc.to_dict()
    text = data.pop("text")
    data.pop("content_hash")
    data["chars"] = len(text)
    return data


def detail(store, doc: Document) -> dict:
    """A document with its text and the offsets of every event extracted from it."""
    data = doc.to_dict()
    data["chars"] = len(doc.text)
    data["mentions"] = [
        {"mention_id": m.id, "type": m.type, "modality": m.modality, "char_span": list(m.char_span)}
        for m in store.mentions.for_document(doc.id)
    ]
    return data


def count_documents(store, publisher: str | None = None, query: str | None = None, since: date | None = None,
                    until: date | None = None, *, latest_only: bool = True) -> int:
    return store.documents.count(latest_only=latest_only, publisher=publisher, query=query, since=since, until=until)


def list_documents(store, *, limit: int, cursor: str | None, publisher: str | None, q: str | None,
                   since: date | None = None, until: date | None = None) -> dict:
    """One page of the latest version of each document, newest published first, in the list envelope."""
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


def find_document(store, key: str) -> Document | None:
    """The document with this id or URL (its latest version), or None."""
    return store.documents.get(key)


def get_document(store, doc_id: str) -> Document:
    doc = find_document(store, doc_id)
    if doc is None:
        raise NotFound(f"No document with id {doc_id!r}.", "List documents at /api/v1/documents.")
    return doc


def publishers(store) -> list[tuple[str, int]]:
    """Every publisher with its number of documents."""
    return store.documents.publishers()


def document_view(store, doc_id: str) -> dict:
    """What a document's page shows: the document, its mentions, its versions and each mention's incident."""
    doc = get_document(store, doc_id)
    mentions: list[Mention] = store.mentions.for_document(doc.id)
    return {"doc": doc, "mentions": mentions, "versions": store.documents.versions(doc.id),
            "incident_of": store.incidents.incidents_of([m.id for m in mentions])}


def iter_documents(store) -> Iterator[Document]:
    """Every stored document (each version), for an export."""
    return store.documents.iter_all()


def store_counts(store) -> dict[str, int]:
    """How many documents (the latest version of each) and mentions the store holds."""
    return {"documents": store.documents.count(latest_only=True), "mentions": store.mentions.count()}
