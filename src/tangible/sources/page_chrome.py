"""The site's chrome that stands among an article's paragraphs, where the text extractor keeps it.

Boxes of related stories are dropped by trafilatura, but a related story set as a paragraph of its own
("<p><strong>Also read:</strong> <a>headline</a></p>"), a breaking-news ticker, a line asking readers to
follow the site, a paragraph holding only the time of publication and the headline repeated above the
body read as article text: their headlines would become sentences of the story, with events of their own.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from tangible.nlp.dates import MONTHS, WEEKDAYS
from tangible.sources.page_metadata import same_words

_ALNUM = re.compile(r"\w")

# the label of a related story set as a line of the body: "Also read:", "READ MORE", "READ:", "Related:", "See also"
_RELATED_LABEL = re.compile(
    r"^\W*(?:also\s+read|read\s+also|read\s+more|read(?=\s*[:|])|see\s+also|more\s+on\s+this(?:\s+story)?"
    r"|further\s+reading"
    r"|related(?:\s+(?:stories|story|news|articles?|coverage|reading|content|posts?))?"
    r"|recommended(?:\s+(?:stories|reading))?|you\s+may\s+also\s+like|don['’]?t\s+miss|must\s+read"
    r"|in\s+case\s+you\s+missed\s+it)\b\W*", re.I)
_RELATED_LINE_LIMIT = 400  # a line of one or a few headlines; longer blocks are left to the extractor
_LINE_TAGS = ("p", "div", "li", "h2", "h3", "h4", "h5", "h6")

# a news ticker, named so in the markup, or a line opened by its label ("Flash:", "Breaking:")
_TICKER_NAME = re.compile(r"ticker|breaking|marquee|news-?flash|flash-?news", re.I)
_TICKER_LABEL = re.compile(r"^\W*(?:flash|news\s*flash|breaking(?:\s+news)?|ticker|just\s+in)\s*[:|–—-]", re.I)
_TICKER_LIMIT = 600  # a strip of headlines; a block longer than this holds the article
_TICKER_LINE_LIMIT = 200
_NEVER_CHROME = {"html", "body", "article", "main"}


def drop_chrome(tree: HtmlElement) -> None:
    """Remove related-story lines and news tickers from ``tree`` (in place), keeping the text around them."""
    found = [el for el in tree.iter(*_LINE_TAGS, "section", "ul", "span") if _is_ticker(el)]
    found += [el for el in tree.iter(*_LINE_TAGS) if _is_related_line(el)]
    for el in found:
        if el.getparent() is not None:
            el.drop_tree()


def _text(el: HtmlElement) -> str:
    return " ".join(el.text_content().split())


def _opening(el: HtmlElement, length: int = 40) -> str:
    """The first words of ``el``'s text, read without gathering the whole (a page has thousands of blocks)."""
    parts: list[str] = []
    for piece in el.itertext():
        parts.append(piece)
        if sum(map(len, parts)) >= length:
            break
    return " ".join(" ".join(parts).split())


def _is_related_line(el: HtmlElement) -> bool:
    """A line that is only a label such as "Also read:" and the linked headline(s) of other stories."""
    if not _RELATED_LABEL.match(_opening(el)):
        return False
    text = _text(el)
    if len(text) > _RELATED_LINE_LIMIT or not _RELATED_LABEL.match(text):
        return False
    linked = " ".join(t for a in el.iter("a") for t in a.itertext())
    if not _ALNUM.search(linked):
        return False
    unlinked = " ".join(" ".join(el.xpath(".//text()[not(ancestor::a)]")).split())
    return not _ALNUM.search(_RELATED_LABEL.sub("", unlinked, count=1))


def _is_ticker(el: HtmlElement) -> bool:
    named = _TICKER_NAME.search(f"{el.get('class') or ''} {el.get('id') or ''}") is not None
    if el.tag in _NEVER_CHROME or not (named or _TICKER_LABEL.match(_opening(el))) or el.xpath(".//h1"):
        return False
    return len(_text(el)) <= (_TICKER_LIMIT if named else _TICKER_LINE_LIMIT)


# --------------------------------------------------------------------------- lines of the extracted text

_PLATFORM = r"(?:facebook|twitter|x|instagram|whats\s?app|telegram|youtube|linkedin|tiktok|threads|google\s+news)"
# a call to follow the site: "Like Pakistan on Facebook, follow @ETribune on Twitter ...", "Follow us on X"
_FOLLOW_CALL = re.compile(r"^(?:for\s+[^,.]{1,60},\s*)?(?:like|follow|join|subscribe\s+to|find|connect\s+with)\s+"
                          r"(?:us|@?[\w.'’]+(?:\s+[\w.'’]+){0,3})\s+(?:on|at)\s+" + _PLATFORM + r"\b", re.I)
# what makes such a line an appeal and not a sentence that opens like one ("Like others on Twitter, he said ...")
_APPEAL = re.compile(r"@\w|\bus\b|\bstay\s+(?:informed|updated|connected|in\s+touch)\b|\blatest\s+(?:news|updates)\b"
                     r"|\bjoin\s+(?:in\s+)?the\s+conversation\b|" + _PLATFORM + r"\W*$", re.I)
_FOLLOW_LIMIT = 250

_STAMP_WORDS = (set(MONTHS) | set(WEEKDAYS) | {d[:3] for d in WEEKDAYS} | {
    "published", "posted", "updated", "last", "first", "filed", "date", "on", "at", "am", "pm", "a", "m", "hrs",
    "st", "nd", "rd", "th", "gmt", "utc", "pkt", "pst", "aft", "ist", "est", "edt", "bst", "cet"})
_STAMP_LIMIT = 80


def is_follow_appeal(line: str) -> bool:
    """A line asking readers to follow the site on social media."""
    return len(line) <= _FOLLOW_LIMIT and bool(_FOLLOW_CALL.match(line)) and _APPEAL.search(line) is not None


# the notices of a page's furniture set as lines of the body: a comment form's, a wire's credits and standards, a
# copyright, an agency credit ("Your email address will not be published.", "Reporting by A in Islamabad; Editing
# by B", "Our Standards: The Thomson Reuters Trust Principles.", "(Copying without permission is prohibited.)",
# "Source: Al Jazeera and news agencies")
_FURNITURE = re.compile(
    r"^\W*(?:your\s+email\s+address\s+will\s+not\s+be\s+published|required\s+fields\s+are\s+marked"
    r"|leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|(?:additional\s+)?reporting\s+by\s+[A-Z][^.]{0,160}"
    r"(?:;|\b(?:writing|editing)\s+by\b)|(?:writing|editing)\s+by\s+[A-Z]|our\s+standards\s*:"
    r"|©|copyright\s+(?:©\s*)?(?:19|20)\d\d|source\s*:\s*[\w .,&'’-]{2,60}(?:news\s+agencies|agencies|wires?)\W*$)"
    r"|\b(?:copying\s+without\s+permission\s+is\s+prohibited|all\s+rights\s+reserved)\b", re.I)
# a contributor's note closing the article: "Ahmad Shafi is a Kabul-based journalist and researcher."
_CONTRIBUTOR = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s+is\s+(?:an?|the)\s+[\w\s,-]{0,80}?\b(?:journalist"
                          r"|researcher|analyst|writer|correspondent|fellow|professor|editor|columnist|author)s?\b"
                          r"[^.]{0,120}\.?$")
_FURNITURE_LIMIT = 300
_QUOTED_AGAIN_LIMIT = 400  # a pull quote is a sentence or two


def is_page_furniture(line: str) -> bool:
    """A line of the page's furniture, not of the report: a comment form's notice, a wire's credits, a copyright."""
    return len(line) <= _FURNITURE_LIMIT and _FURNITURE.search(line) is not None and (
        _FURNITURE.match(line) is not None or len(line) <= 120)


def is_timestamp(line: str) -> bool:
    """A line holding only a date and time ("20 Oct 2027 - 10:05", "Published October 3, 2027 07:12am")."""
    if len(line) > _STAMP_LIMIT or not re.search(r"\d", line):
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", line)]
    has_day = any(w in MONTHS for w in words) or re.search(r"\b(?:19|20)\d\d[-/]\d\d?[-/]\d\d?\b", line)
    return bool(has_day) and all(w in _STAMP_WORDS for w in words)


_HEADLINE_REACH = 3  # the headline is repeated above the story, among its first lines


def article_lines(lines: list[str], headlines: list[str]) -> list[str]:
    """The extracted lines that are the article's: without appeals to follow the site, lines that only
    date the page, the page's furniture (a comment form's notice, a wire's credits, a copyright), the headline
    repeated at the top of the body, and a pull quote's words told again."""
    kept = []
    for index, line in enumerate(lines):
        if is_follow_appeal(line) or is_timestamp(line) or is_page_furniture(line):
            continue
        if index < _HEADLINE_REACH and any(same_words(line, h) for h in headlines if h):
            continue
        kept.append(line)
    if kept and len(kept[-1]) <= 200 and _CONTRIBUTOR.match(kept[-1]):
        kept.pop()  # (who wrote it, told after the article)
    # a pull quote repeats words of the body: the body keeps them once
    words = [" ".join(re.findall(r"\w+", line.lower())) for line in kept]
    return [line for i, line in enumerate(kept) if not (
        len(line) <= _QUOTED_AGAIN_LIMIT and len(words[i]) >= 40
        and any(j != i and words[i] in words[j] and (len(words[j]) > len(words[i]) or j < i)
                for j in range(len(kept))))]
