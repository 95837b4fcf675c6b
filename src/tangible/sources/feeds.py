"""RSS 0.9x/1.0/2.0 and Atom feeds (feedparser), and their items as documents.

``parse_feed`` turns a feed body into ``FeedItem``s or raises an ``InputError``
naming the feed. ``item_document`` fetches an item's page and extracts the
article; when the page cannot be fetched or has no article text it falls back
to the content or summary the feed itself carries. The item's feed metadata is
kept in ``DocumentInput.meta["feed"]``.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import logging
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

import feedparser
from lxml import html as lxml_html
from pydantic import BaseModel, ConfigDict, Field, StrictStr, ValidationError, field_validator

from tangible.errors import E, InputError, TangibleError
from tangible.models import DocumentInput
from tangible.sources.fetch import PAGE_TYPES, Fetcher
from tangible.sources.files import MIN_ARTICLE_CHARS
from tangible.sources.html import extract_article
from tangible.sources.urls import safe_link

log = logging.getLogger(__name__)

FEED_ITEM_MEMORY = 2000  # item fingerprints remembered per feed

_BLOCK_END = re.compile(r"(?i)<br\s*/?>|</(p|div|li|h[1-6]|blockquote|tr|section|article)\s*>")
_BLANKS = re.compile(r"\n\s*\n+")
_SPACES = re.compile(r"[ \t\r\f\v]+")


@dataclass(slots=True)
class FeedItem:
    key: str  # guid, else link: identifies the item within its feed
    link: str | None
    title: str | None = None
    published: date | None = None
    updated: str | None = None
    author: str | None = None
    summary_html: str | None = None
    content_html: str | None = None
    tags: list[str] = field(default_factory=list)

    @property
    def fingerprint(self) -> str:
        """Changes when the feed says the item changed (new date, title, summary or content)."""
        data = json.dumps([self.link, self.title, self.updated, self.summary_html, self.content_html])
        return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]

    def meta(self, feed: "ParsedFeed", feed_url: str) -> dict:
        return {k: v for k, v in {
            "feed_url": feed_url,
            "feed_title": feed.title,
            "guid": self.key,
            "link": self.link,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "updated": self.updated,
            "author": self.author,
            "tags": self.tags or None,
        }.items() if v is not None}


@dataclass(slots=True)
class ParsedFeed:
    url: str
    version: str
    title: str | None
    link: str | None
    items: list[FeedItem]
    warning: str | None = None  # the feed had errors but its items could be read


def _date(struct) -> date | None:
    if not struct:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(struct), tz=timezone.utc).date()
    except (OverflowError, ValueError, TypeError):
        return None


class FeedEntry(BaseModel):
    """The fields of one feed entry (as feedparser gives them) that become a FeedItem, checked.

    An entry whose id or link is not a string is skipped and named in the feed's warning; a link that
    is not an http(s) URL (``javascript:…``) is dropped, and the item is read from the feed's own text."""

    model_config = ConfigDict(extra="ignore")

    id: StrictStr | None = Field(default=None, max_length=2000)
    link: StrictStr | None = Field(default=None, max_length=2000)
    title: StrictStr | None = None
    author: StrictStr | None = None
    summary: StrictStr | None = None
    updated: StrictStr | None = None
    published: StrictStr | None = None

    @field_validator("link")
    @classmethod
    def _link(cls, value: str | None) -> str | None:
        return safe_link(value)


def feed_item(entry) -> FeedItem | None:
    """A checked FeedItem of a feedparser entry; None for an entry with neither id nor link (it cannot be
    tracked); ValidationError for an entry whose fields are not what a feed entry holds."""
    fields = FeedEntry.model_validate({
        # dict.get: feedparser's own get() maps a missing "updated" to "published", with a warning.
        name: dict.get(entry, name) or None
        for name in ("id", "link", "title", "author", "summary", "updated", "published")
    })
    key = fields.id or fields.link
    if not key:
        return None
    content = None
    for part in entry.get("content") or []:
        if isinstance(part, dict) and isinstance(part.get("value"), str) and part["value"]:
            content = part["value"]
            break
    return FeedItem(
        key=key,
        link=fields.link,
        title=(fields.title or "").strip() or None,
        published=_date(dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")),
        updated=fields.updated or fields.published,
        author=fields.author,
        summary_html=fields.summary,
        content_html=content,
        tags=[t["term"] for t in entry.get("tags") or [] if isinstance(t, dict) and isinstance(t.get("term"), str)],
    )


def parse_feed(data: bytes, origin: str, content_type: str | None = None, *,
               max_items: int = 500) -> ParsedFeed:
    """Items of an RSS or Atom feed (the first ``max_items``). A body that is not a feed raises InputError
    naming ``origin``; entries that cannot be read are skipped and named in the feed's warning."""
    if not data.strip():
        raise InputError(f"feed {origin}: the response is empty.", "Check the feed URL.", code=E.BAD_FEED)
    headers = {"content-type": content_type} if content_type else {}
    parsed = feedparser.parse(data, response_headers=headers, sanitize_html=True, resolve_relative_uris=True)
    problem = parsed.get("bozo_exception")
    if not parsed.get("version"):
        head = data[:500].lstrip().lower()
        if head.startswith((b"<!doctype html", b"<html")):
            raise InputError(f"feed {origin}: this is a web page, not an RSS or Atom feed.",
                             "Give the URL of the site's feed (often /feed or /rss.xml).", code=E.BAD_FEED)
        reason = f" ({problem})" if problem else ""
        raise InputError(f"feed {origin}: not a valid RSS or Atom feed{reason}.",
                         "Check the feed URL; the server may have sent an error page or a broken feed.", code=E.BAD_FEED)
    items: list[FeedItem] = []
    skipped: list[str] = []
    for number, entry in enumerate(parsed.entries, start=1):
        try:
            item = feed_item(entry)
        except ValidationError as exc:
            skipped.append(f"item {number}: " + "; ".join(
                f"field '{'.'.join(map(str, e['loc']))}': {e['msg']}" for e in exc.errors(include_url=False)))
            continue
        if item is not None:
            items.append(item)
    if len(items) > max_items:
        skipped.append(f"{len(items) - max_items} items past the first {max_items} not read "
                       f"(TANGIBLE_MAX_FEED_ITEMS)")
        items = items[:max_items]
    if problem and not items:
        raise InputError(f"feed {origin}: the feed is malformed and no items could be read ({problem}).",
                         "Tell the publisher, or try the feed again later.", code=E.BAD_FEED)
    feed = parsed.get("feed", {})
    notes = ([f"errors ({problem})"] if problem else []) + skipped
    warning = f"feed {origin}: {'; '.join(notes)}; {len(items)} items read." if notes else None
    return ParsedFeed(origin, parsed.version, (feed.get("title") or "").strip() or None, feed.get("link"), items,
                      warning)


def html_fragment_text(fragment: str | None) -> str:
    """Plain text of a feed's HTML summary or content, paragraphs separated by blank lines."""
    if not fragment or not fragment.strip():
        return ""
    marked = _BLOCK_END.sub("\n\n", fragment)
    try:
        text = lxml_html.fromstring(f"<div>{marked}</div>").text_content()
    except (ValueError, lxml_html.etree.ParserError):
        text = marked
    lines = [_SPACES.sub(" ", part).strip() for part in _BLANKS.split(text)]
    return "\n\n".join(line for line in lines if line)


def item_document(item: FeedItem, feed: ParsedFeed, *, fetcher: Fetcher | None, publisher: str | None,
                  source_id: int | None = None) -> DocumentInput:
    """The item as a document: its page's article when it can be fetched, else the feed's own text.

    Raises InputError/FetchError naming the item when neither gives any text.
    """
    meta = {"feed": item.meta(feed, feed.url)}
    page_problem = None
    if item.link and fetcher is not None:
        try:
            page = fetcher.fetch(item.link, accept=PAGE_TYPES, source_id=source_id)
            raw_text = page.text()
            article = extract_article(raw_text, page.url)
            if len(article.text) >= MIN_ARTICLE_CHARS:
                meta["feed"]["from"] = "page"
                return DocumentInput(
                    text=article.text,
                    url=page.url,
                    publisher=publisher or article.publisher or feed.title,
                    title=item.title or article.title,
                    published=article.published or item.published,
                    raw=page.content,
                    raw_type=page.content_type or "text/html",
                    origin=item.link,
                    meta={**meta, **({"author": article.author} if article.author else {})},
                )
            page_problem = "the page has no article text"
        except TangibleError as exc:
            page_problem = exc.message
    fallback = html_fragment_text(item.content_html) or html_fragment_text(item.summary_html)
    if len(fallback) < MIN_ARTICLE_CHARS and item.title and fallback and item.title not in fallback:
        fallback = f"{item.title}\n\n{fallback}"
    if len(fallback) < MIN_ARTICLE_CHARS:
        reason = f"{page_problem}, and the feed" if page_problem else "the feed"
        raise InputError(f"item {item.link or item.key} of feed {feed.url}: {reason} gives no article text.",
                         "The item is tried again at the next poll.", code=E.FEED_ITEM_WITHOUT_TEXT)
    meta["feed"]["from"] = "feed"
    if page_problem:
        meta["feed"]["page_error"] = page_problem
    raw = (item.content_html or item.summary_html or "").encode("utf-8")
    return DocumentInput(
        text=fallback,
        url=item.link,
        publisher=publisher or feed.title,
        title=item.title,
        published=item.published,
        raw=raw or None,
        raw_type="text/html",
        origin=item.link or item.key,
        meta=meta,
    )
