"""``/documents`` and ``/documents/{id}``: what is stored, and one document's clean text."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request

from tangible.http.deps import SettingsDep, StoreDep
from tangible.services.documents import document_view, list_documents, publishers
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
                  publishers=publishers(store), pf=pf, base_query=base)


@router.get("/documents/{doc_id}")
def document_page(request: Request, doc_id: str, store: StoreDep):
    view = document_view(store, doc_id)
    doc, mentions = view["doc"], view["mentions"]
    spans = [{"char_span": list(m.char_span), "id": m.id, "type": m.type, "modality": m.modality} for m in mentions]
    return render(request, "document.html", title=doc.title or doc.id, doc=doc, mentions=mentions,
                  segments=segments(doc.text, spans), versions=view["versions"], incident_of=view["incident_of"])
