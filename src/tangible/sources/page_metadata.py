"""What a news page says about itself: when it was published and who published it.

Only what the page states for the article is read: its metadata (``<meta>`` tags, schema.org JSON-LD,
``itemprop``), the ``<time>`` of its header or byline, a date written in its byline, and the date in its own
address. A page carries many other dates (a footer's "© 2004-2027", readers' comments, related stories, the
news ticker), and a guess from them is worse than no date: the caller may give the date it knows.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date

from lxml.html import HtmlElement

from tangible.nlp.dateline import find_dateline
from tangible.nlp.dates import explicit_date

# <meta> names and properties that carry the article's publication date, the most specific first
_DATE_META = ("article:published_time", "og:article:published_time", "og:published_time", "datepublished",
              "pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued", "dcterms.issued",
              "sailthru.date", "parsely-pub-date", "date")
_PUBLISHER_META = ("og:site_name", "application-name", "publisher")

# schema.org types whose datePublished is the article's own (a page's WebSite or Comment is not)
_ARTICLE_TYPES = re.compile(r"(?:News|Reportage|Analysis|Opinion|Blog|Scholarly|Tech)?Article$|BlogPosting$"
                            r"|LiveBlogPosting$|Report$")

# containers whose dates are not the article's: readers' comments, related stories, tickers, sidebars, footers
_CHROME_TAGS = {"footer", "aside", "nav"}
_CHROME_NAME = re.compile(r"comment|repl(?:y|ies)|disqus|related|recommend|more-stories|read-more|also-read"
                          r"|trending|popular|sidebar|widget|footer|ticker|breaking|marquee|newsletter"
                          r"|masthead|site-header|top-?bar|navbar", re.I)
# a byline or article header, where a page writes when the story was published
_BYLINE_NAME = re.compile(r"(?:^|[\W_])(?:byline|dateline|submitted|posted|published|pubdate|timestamp|date"
                          r"|dates|datetime|time|entry-date|post-date|meta|article-info|post-info|story-info)"
                          r"(?:$|[\W_])", re.I)
# a date written for the last change, not the publication
_UPDATED = re.compile(r"^\W*(?:last\s+)?(?:updated|modified|edited)\b", re.I)
_ADDRESS_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:/|-|$)")
_BYLINE_TAGS = ("span", "div", "p", "time", "small", "li", "em")
_BYLINE_TEXT_LIMIT = 120  # a byline's date line is short; a long block is article text or a list


def _name(el: HtmlElement) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def in_chrome(el: HtmlElement) -> bool:
    """Whether ``el`` stands in a comment, related-stories box, ticker, sidebar or footer (or is one)."""
    for node in (el, *el.iterancestors()):
        if not isinstance(node.tag, str) or node.tag in {"article", "main", "body"}:
            continue
        if node.tag in _CHROME_TAGS or _CHROME_NAME.search(_name(node)) or _site_header(node):
            return True
    return False


def _site_header(node: HtmlElement) -> bool:
    """The site's own <header> (logo, menu, today's date), not an article's header with its headline."""
    return node.tag == "header" and not node.xpath("ancestor::article|ancestor::main|.//h1")


def meta_values(tree: HtmlElement) -> dict[str, str]:
    """Each ``<meta>`` name, property or itemprop (lower-cased) and the first non-empty content given for it."""
    values: dict[str, str] = {}
    for meta in tree.iter("meta"):
        content = (meta.get("content") or "").strip()
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = (meta.get(attr) or "").strip().lower()
            if key:
                values.setdefault(key, content)
    return values


def json_ld_objects(tree: HtmlElement) -> Iterator[dict]:
    """Every object in the page's JSON-LD blocks, those in ``@graph`` arrays and lists included."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue  # a broken block says nothing
        yield from _objects(data)


def _objects(data: object) -> Iterator[dict]:
    if isinstance(data, list):
        for item in data:
            yield from _objects(item)
    elif isinstance(data, dict):
        yield data
        yield from _objects(data.get("@graph"))


def _types(obj: dict) -> list[str]:
    kind = obj.get("@type")
    return [k for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)]


def parse_page_date(value: object) -> date | None:
    """A date as metadata writes it: ISO ("2027-10-05T10:30:00+05:00", the day as written) or in words."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return explicit_date(value[:60])


# --------------------------------------------------------------------------- publication date


def published_date(tree: HtmlElement, url: str | None = None) -> date | None:
    """The day the page says the article was published, or None when it says so nowhere reliable."""
    return (_meta_date(tree) or _json_ld_date(tree) or _itemprop_date(tree) or _byline_time(tree)
            or _byline_text_date(tree) or _address_date(url) or _address_date(_canonical(tree)))


def _meta_date(tree: HtmlElement) -> date | None:
    values = meta_values(tree)
    return next((day for name in _DATE_META if (day := parse_page_date(values.get(name)))), None)


def _json_ld_date(tree: HtmlElement) -> date | None:
    for obj in json_ld_objects(tree):
        if any(_ARTICLE_TYPES.search(kind) for kind in _types(obj)):
            day = parse_page_date(obj.get("datePublished")) or parse_page_date(obj.get("dateCreated"))
            if day:
                return day
    return None


def _itemprop_date(tree: HtmlElement) -> date | None:
    for el in tree.xpath('//*[@itemprop="datePublished"][not(self::meta)]'):
        if not in_chrome(el):
            day = parse_page_date(el.get("content") or el.get("datetime") or el.text_content())
            if day:
                return day
    return None


def _in_byline(el: HtmlElement) -> bool:
    """``el`` stands in the article's byline or header: a block named for it, or an article's <header>."""
    for node in (el, *el.iterancestors()):
        if not isinstance(node.tag, str) or node.tag in {"article", "main", "body"}:
            return False
        if _BYLINE_NAME.search(_name(node)) or node.get("pubdate") is not None:
            return True
        if node.tag == "header" and not _site_header(node):
            return True
    return False


def _byline_time(tree: HtmlElement) -> date | None:
    """The datetime of a <time> in the byline or the article's header (not a comment's or a related story's)."""
    for el in tree.iter("time"):
        if el.get("datetime") and not in_chrome(el) and _in_byline(el) and not _UPDATED.match(el.text_content()):
            day = parse_page_date(el.get("datetime"))
            if day:
                return day
    return None


def _byline_text_date(tree: HtmlElement) -> date | None:
    """A whole date written in a byline or dateline block ("Published October 3, 2027 07:12am",
    "14 Oct 2027 - 17:40", "National | October 22, 2027")."""
    blocks = [el for el in tree.iter(*_BYLINE_TAGS) if _BYLINE_NAME.search(_name(el)) and not in_chrome(el)]
    # the innermost blocks first: "By X | Updated 22 Oct | Published 20 Oct" is read part by part
    innermost = [el for el in blocks if not any(_BYLINE_NAME.search(_name(d)) for d in el.iter(*_BYLINE_TAGS)
                                                if d is not el)]
    for el in innermost + blocks:
        text = " ".join(el.text_content().split())
        if text and len(text) <= _BYLINE_TEXT_LIMIT and not _UPDATED.match(text):
            day = explicit_date(text)
            if day:
                return day
    return None


def _canonical(tree: HtmlElement) -> str | None:
    links = tree.xpath('//link[@rel="canonical"]/@href')
    return str(links[0]) if links else None


def _address_date(url: str | None) -> date | None:
    """The day in an article's own address (".../2027/10/05/six-fc-soldiers...")."""
    m = _ADDRESS_DATE.search(url or "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# --------------------------------------------------------------------------- publisher

_TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|»)\s+")
_PUBLISHER_WORDS = 6  # "Pajhwok Afghan News", "The Express Tribune": a name, not a clause


def publisher_name(tree: HtmlElement, headlines: list[str]) -> str | None:
    """Who published the page, by its own naming: its site name in metadata or JSON-LD, else the name its
    <title> adds to the headline ("Kunar arrests | Pajhwok Afghan News")."""
    values = meta_values(tree)
    stated = next((values[name] for name in _PUBLISHER_META if values.get(name)), None)
    return stated or _json_ld_publisher(tree) or _title_suffix(tree, headlines)


def _json_ld_publisher(tree: HtmlElement) -> str | None:
    for obj in json_ld_objects(tree):
        if any(_ARTICLE_TYPES.search(kind) for kind in _types(obj)):
            publisher = obj.get("publisher")
            publisher = publisher[0] if isinstance(publisher, list) and publisher else publisher
            name = publisher.get("name") if isinstance(publisher, dict) else None
            if isinstance(name, str) and name.strip():
                return name.strip()
    return None


def same_words(a: str, b: str) -> bool:
    """The same words in the same order, whatever the case and punctuation (a headline and its copy)."""
    def words(s: str) -> list[str]:
        return re.findall(r"\w+", s.lower())
    return bool(words(a)) and words(a) == words(b)


def _title_suffix(tree: HtmlElement, headlines: list[str]) -> str | None:
    """The site's name the <title> puts beside the headline: after it ("Headline | Site", "Headline - Site")
    or before it ("Site | Headline"). Without a known headline, only a short name in capitals after the last
    separator is taken; a dash inside a headline ("Pakistan - Afghanistan talks") then gives nothing."""
    title = " ".join((tree.findtext(".//title") or "").split())
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return None
    known = [h for h in headlines if h]
    for head, name in ((" ".join(parts[:-1]), parts[-1]), (" ".join(parts[1:]), parts[0])):
        if any(same_words(head, h) for h in known) and _looks_like_name(name):
            return name
    name = parts[-1]
    if not known and _looks_like_name(name) and all(w[0].isupper() for w in name.split() if w[0].isalpha()):
        return name
    return None


def _looks_like_name(text: str) -> bool:
    return 0 < len(text.split()) <= _PUBLISHER_WORDS and len(text) <= 60 and not text.endswith((".", "?", "!"))


def dateline_credit(first_paragraph: str) -> str | None:
    """The outlet or wire credited in the story's dateline ("KABUL (Pajhwok): ..."), as a plain-text note's is read."""
    dateline = find_dateline(first_paragraph)
    return dateline.credit if dateline else None
