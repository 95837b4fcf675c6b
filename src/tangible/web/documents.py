"""``/documents`` and ``/documents/{id}``: what is stored, and one document's clean text."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request

from tangible.api.deps import SettingsDep, StoreDep
from tangible.api.routes.documents import get_document, list_documents
from tangible.web.filters import page_filters
from tangible.web.highlight import segments
from tangible.web.render import render

router = APIRouter()


@router.get("/documents")
def documents_page(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    q: Annotated[str | None, Query(max_length=200)] = None,
    publisher: Annotated[str | None, Query(max_length=200)] = None,
    cursor: str | None = None,
):
    pf = page_filters(request, store, settings)
    page = list_documents(store, limit=50, cursor=cursor, publisher=publisher, q=q, since=pf.period.since,
                          until=pf.period.until)
    base = urlencode([*pf.period.query_items(), *(("q", q),) * bool(q), *(("publisher", publisher),) * bool(publisher)])
    return render(request, "documents.html", title="Documents", page=page, q=q or "", publisher=publisher or "",
                  publishers=store.documents.publishers(), pf=pf, base_query=base)


@router.get("/documents/{doc_id}")
def document_page(request: Request, doc_id: str, store: StoreDep):
    doc = get_document(store, doc_id)
    mentions = store.mentions.for_document(doc.id)
    spans = [{"char_span": list(m.char_span), "id": m.id, "type": m.type, "modality": m.modality} for m in mentions]
    versions = store.documents.versions(doc.id)
    incident_of = store.incidents.incidents_of([m.id for m in mentions])
    return render(request, "document.html", title=doc.title or doc.id, doc=doc, mentions=mentions,
                  segments=segments(doc.text, spans), versions=versions, incident_of=incident_of)
