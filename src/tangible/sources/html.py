"""Main text and metadata from an HTML page (trafilatura), without the site's chrome.

Navigation, sidebars, related-post lists, share buttons and comment forms are
dropped; readers' comments are not article text (``include_comments=False``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

import trafilatura
from lxml import html as lxml_html

from tangible.sources.urls import safe_link

log = logging.getLogger(__name__)


@dataclass(slots=True)
class ArticleText:
    text: str
    title: str | None = None
    published: date | None = None
    publisher: str | None = None
    canonical_url: str | None = None
    author: str | None = None


def _meta(tree, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            found = tree.xpath(f'//meta[@{attr}="{name}"]/@content')
            if found and found[0].strip():
                return found[0].strip()
    return None


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def extract_article(html: str | bytes, url: str | None = None) -> ArticleText:
    """Return the article's clean text (paragraphs separated by blank lines) and metadata."""
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    result = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_formatting=False,
        favor_precision=True,
        deduplicate=False,
    )
    text = ""
    title = author = publisher = canonical = None
    published = None
    if result is not None:
        text = (result.text or "").strip()
        title = result.title
        author = result.author
        publisher = result.sitename
        published = _parse_date(result.date)
        canonical = safe_link(result.url)
    # Explicit page metadata wins over trafilatura's guesses.
    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        tree = None
    if tree is not None:
        publisher = _meta(tree, "og:site_name", "application-name", "publisher") or publisher
        published = _parse_date(_meta(tree, "article:published_time", "datePublished", "date", "pubdate")) or published
        title = _meta(tree, "og:title") or title
        links = tree.xpath('//link[@rel="canonical"]/@href')
        if links and safe_link(links[0]):
            canonical = safe_link(links[0])
    # Paragraph breaks as blank lines keep sentence offsets stable and readable.
    text = "\n\n".join(p.strip() for p in text.split("\n") if p.strip())
    return ArticleText(text=text, title=title, published=published, publisher=publisher,
                       canonical_url=canonical, author=author)
