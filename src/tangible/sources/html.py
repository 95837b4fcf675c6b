"""Main text and metadata from an HTML page (trafilatura), without the site's chrome.

Navigation, sidebars, related-post lists, share buttons and comment forms are
dropped; readers' comments are not article text (``include_comments=False``).
Related-story lines, tickers and the like that stand among the paragraphs are
dropped before (:mod:`tangible.sources.page_chrome`); the date and publisher are
read from what the page states for the article (:mod:`tangible.sources.page_metadata`).
"""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass
from datetime import date

import trafilatura
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from tangible.sources.page_chrome import article_lines, drop_chrome
from tangible.sources.page_metadata import dateline_credit, meta_values, published_date, publisher_name
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


def _parse(html: str) -> HtmlElement | None:
    """The page as trafilatura itself parses it (encoding declarations, broken markup), or None."""
    try:
        return load_html(html)
    except (ValueError, TypeError):
        return None


def _headlines(tree: HtmlElement, title: str | None) -> list[str]:
    """The article's headline as the page writes it: its title, og:title and <h1>."""
    h1s = [" ".join(h.text_content().split()) for h in tree.iter("h1")]
    return [h for h in (title, meta_values(tree).get("og:title"), *h1s) if h]


def extract_article(html: str | bytes, url: str | None = None) -> ArticleText:
    """Return the article's clean text (paragraphs separated by blank lines) and metadata."""
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    tree = _parse(html)
    body = html
    if tree is not None:
        body_tree = copy.deepcopy(tree)
        drop_chrome(body_tree)
        body = body_tree
    result = trafilatura.bare_extraction(
        body,
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
    if result is not None:
        text = (result.text or "").strip()
        title = result.title
        author = result.author
        publisher = result.sitename
        canonical = safe_link(result.url)
    lines = [p.strip() for p in text.split("\n") if p.strip()]
    published = None
    if tree is not None:
        # Explicit page metadata wins over trafilatura's guesses; its date guess is not used at all,
        # since it falls back to any year on the page (a footer's copyright, a comment).
        title = meta_values(tree).get("og:title") or title
        headlines = _headlines(tree, title)
        lines = article_lines(lines, headlines)
        # the page's own naming, then trafilatura's (a twitter handle, the address), then the dateline's credit,
        # which may be a wire's rather than the site's
        publisher = publisher_name(tree, headlines) or publisher or dateline_credit(lines[0] if lines else "")
        published = published_date(tree, url)
        links = tree.xpath('//link[@rel="canonical"]/@href')
        if links and safe_link(links[0]):
            canonical = safe_link(links[0])
    # Paragraph breaks as blank lines keep sentence offsets stable and readable.
    return ArticleText(text="\n\n".join(lines), title=title, published=published, publisher=publisher,
                       canonical_url=canonical, author=author)
