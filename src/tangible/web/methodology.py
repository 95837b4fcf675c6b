"""``/methodology`` (also ``/codebook``): the codebook as a page, generated from the ontology, the grade and
rating rules and the export fields, the same text as ``docs/codebook.md``; and ``/about``.

Every grade, rating and verification value gets an anchor (``#grade-corroborated``, ``#rating-some-action``),
so each badge on the other pages links to the rule behind it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse
from markupsafe import Markup

from tangible.web.render import render

router = APIRouter()

# a section's table rows get anchors named after the value in their first cell
ROW_PREFIX = {"grades": "grade", "ratings": "rating", "verification": "verification", "modalities": "modality",
              "event-types": "type"}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@lru_cache(maxsize=1)
def methodology_html() -> tuple[Markup, list[tuple[str, str]]]:
    """The codebook rendered to HTML (raw HTML in it escaped), with ids on headings and on the rows of the
    value tables, and the table of contents [(id, title)]."""
    from markdown_it import MarkdownIt

    from tangible.services.codebook import render_codebook

    text = render_codebook().split("\n", 1)[1]  # the page has its own title
    html = MarkdownIt("commonmark", {"html": False}).enable("table").render(text)
    toc: list[tuple[str, str]] = []
    out: list[str] = []
    section = ""
    for piece in re.split(r"(<h[23]>.*?</h[23]>)", html):
        m = re.fullmatch(r"<h([23])>(.*?)</h[23]>", piece)
        if m:
            level, title = m.groups()
            plain = re.sub(r"<[^>]+>", "", title)
            ident = slug(plain)
            if level == "2":
                section = ident
                toc.append((ident, plain))
            out.append(f'<h{level} id="{ident}">{title}</h{level}>')
            continue
        prefix = ROW_PREFIX.get(section)
        if prefix:
            piece = re.sub(r"<tr>\n<td><code>([^<]+)</code></td>",
                           lambda r: f'<tr id="{prefix}-{slug(r.group(1))}">\n<td><code>{r.group(1)}</code></td>', piece)
        out.append(piece)
    return Markup("".join(out)), toc


@router.get("/methodology")
def methodology_page(request: Request):
    body, toc = methodology_html()
    return render(request, "methodology.html", title="Methodology", body=body, toc=toc)


@router.get("/codebook")
def codebook_page():
    return RedirectResponse("/methodology", status_code=308)


@router.get("/about")
def about_page(request: Request):
    return render(request, "about.html", title="About")


@router.get("/api/v1/docs")
def api_reference(request: Request):
    """The interactive API reference (Swagger UI, vendored under /static/vendor, no CDN)."""
    return render(request, "api_docs.html", title="API reference")
