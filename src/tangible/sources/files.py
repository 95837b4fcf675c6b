"""Local files and folders: .html/.htm, .txt and .jsonl, each turned into DocumentInput.

Every problem becomes an ``InputProblem`` naming the file (and line); the
good inputs in the same run are still produced.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from tangible.errors import E, InputError, TangibleError
from tangible.models import DocumentInput
from tangible.sources.html import extract_article
from tangible.sources.records import record_fields
from tangible.sources.text import decode_bytes

log = logging.getLogger(__name__)

HTML_SUFFIXES = {".html", ".htm"}
TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = HTML_SUFFIXES | TEXT_SUFFIXES | JSONL_SUFFIXES

MIN_ARTICLE_CHARS = 40


@dataclass(slots=True)
class InputProblem:
    """One input that could not be used: where it is and what is wrong with it."""

    origin: str
    message: str
    line: int | None = None

    @property
    def where(self) -> str:
        return f"{self.origin}:{self.line}" if self.line else self.origin

    @classmethod
    def from_error(cls, origin: str, exc: TangibleError, line: int | None = None) -> "InputProblem":
        where = f"{origin}:{line}" if line else origin
        message = exc.message.removeprefix(f"{where}: ").removeprefix(f"{origin}: ")
        text = f"[{exc.code}] {message}" + (f" {exc.hint}" if exc.hint else "")
        return cls(origin, text, line)

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | InputProblem]:
    """Files as given, folders walked recursively (supported suffixes only, sorted)."""
    for raw in paths:
        path = Path(raw)
        problem = _path_problem(path)
        if problem:
            yield InputProblem(str(path), problem)
        elif path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.suffix.lower() in SUPPORTED and p.is_file()):
                yield child
        else:
            yield path


def _path_problem(path: Path) -> str | None:
    """Why ``path`` cannot be read as given, or None."""
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return f"[{E.SYMLINK_LOOP}] is a symbolic link that loops back on itself; nothing to read."
        if path.is_symlink():
            return f"[{E.NO_SUCH_FILE}] is a symbolic link to {os.readlink(path)!r}, which does not exist."
        if exc.errno == errno.ENOENT:
            return f"[{E.NO_SUCH_FILE}] no such file or folder."
        return f"[{E.UNREADABLE_FILE}] cannot be read: {exc.strerror or exc}."
    return None


def _html_input(data: bytes, origin: str, *, url=None, publisher=None, published=None, external_id=None, title=None) -> DocumentInput:
    text = decode_bytes(data, None, origin)
    article = extract_article(text, url)
    if len(article.text) < MIN_ARTICLE_CHARS:
        raise InputError(f"{origin}: the page has no article text.",
                         "Check that it is a news article and not an index or error page.", code=E.NO_ARTICLE_TEXT)
    return DocumentInput(
        text=article.text,
        url=url or article.canonical_url,
        publisher=publisher or article.publisher,
        title=title or article.title,
        published=published or article.published,
        raw=data,
        raw_type="text/html",
        external_id=external_id,
        origin=origin,
        meta={"author": article.author} if article.author else {},
    )


# a header's label, and the weekday that may stand before its date
_HEADER_LABEL = re.compile(r"^\s*(?:published|posted|dated?|filed|updated)(?:\s+on)?\s*[:\-–—]?\s*"
                           r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?", re.I)


def header_date(line: str) -> date | None:
    """The date a note's header line states ("Published: 2026-10-10", "Date: 10 October 2026", "Posted on
    Oct. 10, 2026 09:30"): the metadata a saved article keeps above or below its title. A year is required
    (a header is written for the record); a line whose label is not followed by a whole date is no header."""
    from tangible.nlp.dates import MONTHS, explicit_date

    m = _HEADER_LABEL.match(line)
    if not m:
        return None
    rest = line[m.end():].strip()
    first = re.match(r"[A-Za-z]+|\d", rest)  # the date stands right after the label ("Date palms ..." is no header)
    if first is None or not (first.group().isdigit() or first.group().lower() in MONTHS):
        return None
    return explicit_date(rest[:40])


def text_input(text: str, data: bytes, origin: str, today: date | None = None) -> DocumentInput:
    """A plain-text note. Its dateline is read as a page's metadata would be: "LASHKAR GAH, Nov 26 (Helmand
    Post) —" in the first lines gives the date it was filed (the year inferred as the latest such day on
    or before today when not written) and, from the credit in brackets, the publisher. A first line that
    is not the dateline is the title."""
    from tangible.nlp.dateline import find_dateline

    lines = [line for line in text.split("\n") if line.strip()]
    stated = next(((i, day) for i, line in enumerate(lines[:4]) if (day := header_date(line))), None)
    if stated and stated[0] == 0:
        lines = lines[1:]  # a header line above the title
    first = lines[0] if lines else ""
    dateline = None
    for line in lines[:3]:
        dateline = find_dateline(line)
        if dateline:
            break
    title = first[:200]
    if dateline and find_dateline(first):
        title = first[dateline.end:][:200].strip() or first[:200]
    published = stated[1] if stated else dateline.day(today or date.today()) if dateline else None
    return DocumentInput(text=text, title=title, raw=data, raw_type="text/plain", origin=origin,
                         published=published, publisher=dateline.credit if dateline else None,
                         meta={"dateline": dateline.place} if dateline else {})


def read_file(path: Path) -> Iterator[DocumentInput | InputProblem]:
    origin = str(path)
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputProblem(origin, f"[{E.UNREADABLE_FILE}] cannot read the file: {exc.strerror or exc}.")
        return
    if not data.strip():
        yield InputProblem(origin, f"[{E.EMPTY_INPUT}] the file is empty.")
        return
    try:
        if suffix in HTML_SUFFIXES:
            yield _html_input(data, origin)
        elif suffix in JSONL_SUFFIXES:
            yield from read_jsonl_bytes(data, origin)
        elif suffix in TEXT_SUFFIXES or suffix == "":
            text = decode_bytes(data, None, origin).strip()
            if "<html" in text[:500].lower():
                yield _html_input(data, origin)
            else:
                yield text_input(text, data, origin)
        else:
            yield InputProblem(origin, f"[{E.UNSUPPORTED_FILE_TYPE}] unsupported file type {suffix!r}; "
                                       f"use one of {', '.join(sorted(SUPPORTED))}.")
    except InputError as exc:
        yield InputProblem.from_error(origin, exc)


def read_jsonl_bytes(data: bytes, origin: str) -> Iterator[DocumentInput | InputProblem]:
    text = decode_bytes(data, "utf-8", origin)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield jsonl_record(line, origin, number)
        except InputError as exc:
            yield InputProblem.from_error(origin, exc, number)


def jsonl_record(line: str, origin: str, number: int | None = None) -> DocumentInput:
    """One JSONL line: {"id", "text" | "html", "published", "url", "publisher", "title"}."""
    return record_to_input(jsonl_fields(line, origin, number), origin, number)


def jsonl_fields(line: str, origin: str, number: int | None = None) -> dict:
    """One JSONL line's object; InputError naming the line when it is not JSON or not an object."""
    where = f"{origin}:{number}" if number else origin
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno}).", code=E.NOT_A_JSON_OBJECT) from exc
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(record).__name__}.", code=E.NOT_A_JSON_OBJECT)
    return record


def record_to_input(record: dict, origin: str, number: int | None = None) -> DocumentInput:
    """A JSONL/CSV record as a document; InputError naming the line and the bad fields otherwise."""
    where = f"{origin}:{number}" if number else origin
    fields = record_fields(record, where)
    external_id = str(fields.id) if fields.id not in (None, "") else None
    if fields.html is not None and fields.html.strip():
        item = _html_input(fields.html.encode("utf-8", "replace"), where, url=fields.url,
                           publisher=fields.publisher or None, published=fields.published,
                           external_id=external_id, title=fields.title or None)
        item.origin, item.line = origin, number
        return item
    if fields.text is None or not fields.text.strip():
        raise InputError(f"{where}: the record has no 'text' or 'html'.",
                         "Each line needs a non-empty \"text\" or \"html\" field.", code=E.RECORD_WITHOUT_TEXT)
    text = fields.text.strip()
    return DocumentInput(
        text=text,
        url=fields.url,
        publisher=fields.publisher or None,
        title=fields.title or text.split("\n", 1)[0][:200],
        published=fields.published,
        raw=json.dumps(record, ensure_ascii=False).encode("utf-8", "backslashreplace"),
        raw_type="application/json",
        external_id=external_id,
        origin=origin,
        line=number,
    )
