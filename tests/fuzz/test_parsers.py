"""Hypothesis against every parser of outside input: HTML pages, feeds, JSONL and CSV rows, case files,
cursors and the text cleaning. Each either gives its result or raises tangible's own error naming the
input; nothing else escapes, and a bad row never costs a good one (checked on SQLite and PostgreSQL).

Examples are bounded (``FUZZ``: derandomized, no deadline, no example database) so the suite's time
stays fixed; the parsers were also run for much longer by hand (docs/reliability.md).
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata

from hypothesis import HealthCheck, given, settings, strategies as st

from tangible.api.pagination import decode_cursor, encode_cursor
from tangible.case import DEFAULT_CASE, load_case_text
from tangible.errors import TangibleError
from tangible.services.ingest import prepare_input
from tangible.services.sources import ingest_bulk
from tangible.settings import Settings
from tangible.sources.feeds import parse_feed
from tangible.sources.files import record_to_input
from tangible.sources.html import extract_article
from tangible.sources.text import clean_text
from tangible.store.documents import content_hash

PARSER_EXAMPLES = 60  # examples per parser test, as docs/reliability.md records
BULK_EXAMPLES = 25  # examples per store test (each ingests a file into the store), per backend
FUZZ = settings(max_examples=PARSER_EXAMPLES, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# text as hostile input has it: controls, NUL, invisible characters, surrogates, odd scripts
hostile_text = st.text(alphabet=st.characters(codec=None, categories=None), max_size=80) | st.sampled_from([
    "\x00", "Tali\u200bban", "\ud800", "\u202e", "<script>alert(1)</script>", "javascript:alert(1)", "%00", "\r\n",
])
TAGS = ["<html>", "</html>", "<body>", "<p>", "</p>", "<article>", "</article>", "<script>", "</script>",
        "<a href='javascript:alert(1)'>", "</a>", "<link rel='canonical' href='http://x:99999/'>", "<br>",
        "<meta property='og:site_name' content='\x00Wire'>", "<!--", "-->", "<![CDATA[", "&amp;", "&#0;"]


@FUZZ
@given(st.lists(st.sampled_from(TAGS) | hostile_text, max_size=40))
def test_html_pages(parts):
    page = "".join(parts)
    article = extract_article(page)
    assert isinstance(article.text, str)
    _prepared_or_refused(article.text, url=article.canonical_url, publisher=article.publisher, title=article.title)


ITEM_FIELDS = ["title", "link", "guid", "description", "pubDate", "author"]


@FUZZ
@given(st.lists(st.dictionaries(st.sampled_from(ITEM_FIELDS), hostile_text, max_size=6), max_size=5),
       st.binary(max_size=200), st.booleans())
def test_feeds(items, junk, atom):
    from xml.sax.saxutils import escape

    body = "".join("<item>" + "".join(f"<{k}>{escape(v)}</{k}>" for k, v in item.items()) + "</item>"
                   for item in items)
    data = (f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>{body}</channel></rss>".encode(
        "utf-8", "replace") if not atom else junk)
    try:
        feed = parse_feed(data, "https://feed.example/rss")
    except TangibleError:
        return
    for item in feed.items:
        assert item.link is None or item.link.lower().startswith(("http://", "https://"))


json_value = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | hostile_text,
                          lambda inner: st.lists(inner, max_size=3) | st.dictionaries(hostile_text, inner, max_size=3),
                          max_leaves=6)
record = st.dictionaries(st.sampled_from(["id", "text", "html", "published", "url", "publisher", "title", "x"]),
                         json_value, max_size=7)


@FUZZ
@given(record)
def test_jsonl_records(rec):
    try:
        item = record_to_input(rec, "fuzz.jsonl", 1)
    except TangibleError as exc:
        assert "fuzz.jsonl:1" in str(exc)
        return
    _prepared_or_refused(item.text, url=item.url, publisher=item.publisher, title=item.title)


@FUZZ
@given(hostile_text)
def test_cursors(text):
    try:
        key = decode_cursor(text, 2, dated=True)
    except TangibleError as exc:
        assert exc.code == "T115"
        return
    assert key is None or (len(key) == 2 and isinstance(key[1], str))
    assert key is None or decode_cursor(encode_cursor(key), 2, dated=True) == key


CASE_TEXT = DEFAULT_CASE.read_text(encoding="utf-8")


@FUZZ
@given(st.lists(st.tuples(st.integers(0, 400), hostile_text | st.sampled_from(["  ", ":", "- ", "{", "*a", "&a"])),
                max_size=6))
def test_case_files(edits):
    lines = CASE_TEXT.splitlines()
    for index, text in edits:  # overwrite or insert lines of the bundled case file
        at = index % (len(lines) + 1)
        lines[at:at + (index % 2)] = [text]
    try:
        case = load_case_text("\n".join(lines), name="fuzz.yaml")
    except TangibleError as exc:
        assert exc.code.startswith("T2") and "fuzz.yaml" in str(exc)
        return
    assert case.actors and case.fingerprint


@FUZZ
@given(hostile_text, hostile_text)
def test_clean_text(text, noise):
    once = clean_text(text)
    assert clean_text(once) == once  # idempotent: cleaned once means cleaned
    assert "\x00" not in once and "\r" not in once and unicodedata.is_normalized("NFC", once)
    once.encode("utf-8")  # no lone surrogate: every store can write it
    # invisible characters never make another document
    invisible = "Tali\u200bban\u2060 \u00ad" + noise
    assert content_hash(clean_text(invisible)) == content_hash(clean_text("Taliban " + noise))


def _prepared_or_refused(text, **fields):
    from tangible.models import DocumentInput

    item = DocumentInput(text=text or "", origin="fuzz", language="en", **fields)
    try:
        cleaned, canonical, status = prepare_input(item, Settings())
    except TangibleError:
        return
    assert "\x00" not in cleaned.text and (cleaned.url is None or cleaned.url.lower().startswith("http"))


GOOD = "Police in Kunar detained {n} men suspected of sheltering fighters on Tuesday, officials said."


def test_bulk_rows_never_cost_the_good_ones(store, tmp_path):
    """Fuzzed rows between two good ones, in one batch, into the store: every row is accounted for and the
    good ones are stored, whatever the others hold."""
    settings = Settings(data_dir=tmp_path / "data", database_url=store.db.url)
    counter = iter(range(10**6))

    @settings_bulk
    @given(st.lists(record | st.text(max_size=30), max_size=6))
    def run(rows):
        n = next(counter)
        lines = [json.dumps({"id": f"a{n}", "text": GOOD.format(n=n)})]
        lines += [json.dumps(r) if isinstance(r, dict) else r.replace("\n", " ") for r in rows]
        lines.append(json.dumps({"id": f"b{n}", "text": GOOD.format(n=n + 500_000)}))
        path = tmp_path / f"rows-{n}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
        before = store.documents.count()
        report = ingest_bulk(store, settings, path, tmp_path / "errors.jsonl", run_pipeline=False)
        assert report.added + report.unchanged + report.failed_total == report.rows
        assert store.documents.get(_id(GOOD.format(n=n))) is not None
        assert store.documents.get(_id(GOOD.format(n=n + 500_000))) is not None
        assert store.documents.count() == before + report.added

    run()


def test_csv_rows_never_cost_the_good_ones(store, tmp_path):
    settings = Settings(data_dir=tmp_path / "data", database_url=store.db.url)
    counter = iter(range(10**6))

    @settings_bulk
    @given(st.lists(st.lists(hostile_text, max_size=5), max_size=5))
    def run(rows):
        n = next(counter)
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["id", "text", "url", "publisher", "published"])
        writer.writerow([f"a{n}", GOOD.format(n=n), "", "", ""])
        for row in rows:
            writer.writerow(row)
        writer.writerow([f"b{n}", GOOD.format(n=n + 500_000), "", "", ""])
        path = tmp_path / f"rows-{n}.csv"
        path.write_bytes(out.getvalue().encode("utf-8", "surrogatepass"))
        report = ingest_bulk(store, settings, path, tmp_path / "errors.jsonl", run_pipeline=False)
        assert report.added + report.unchanged + report.failed_total <= report.rows + 1  # a broken tail is one problem
        assert store.documents.get(_id(GOOD.format(n=n))) is not None
        assert store.documents.get(_id(GOOD.format(n=n + 500_000))) is not None

    run()


settings_bulk = settings(max_examples=BULK_EXAMPLES, deadline=None, derandomize=True, database=None,
                         suppress_health_check=list(HealthCheck))


def _id(text: str) -> str:
    return content_hash(text)[:32]
