"""``/brief``: the periodic brief as a page, or as Markdown, JSON or PDF to download (``format=``)."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from tangible.errors import E, InputError
from tangible.http.deps import StoreDep
from tangible.http.params import IsoDate
from tangible.services.briefs import brief_for, render_html, render_markdown, render_pdf

router = APIRouter()
FORMATS = ("html", "md", "json", "pdf")


@router.get("/brief")
def brief_page(request: Request, store: StoreDep, period: Annotated[str, Query(max_length=16)] = "month",
               at: Annotated[IsoDate | None, Query()] = None, format: Annotated[str, Query(max_length=8)] = "html"):
    if format not in FORMATS:
        raise InputError(f"Unknown format {format!r}.", f"Use one of: {', '.join(FORMATS)}.", code=E.UNKNOWN_BRIEF_FORMAT)
    brief = brief_for(store, request.app.state.settings, period, at)
    name = f"brief-{brief.since}-{brief.until}"
    if format == "pdf":
        return Response(render_pdf(brief), media_type="application/pdf",
                        headers={"Content-Disposition": f'attachment; filename="{name}.pdf"'})
    if format == "md":
        return Response(render_markdown(brief), media_type="text/markdown; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}.md"'})
    if format == "json":
        return Response(json.dumps(brief.to_dict(), ensure_ascii=False, indent=2, default=str),
                        media_type="application/json")
    # a document of its own: its one inline stylesheet is allowed, nothing else
    return HTMLResponse(render_html(brief), headers={"Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'")})
