"""Ingest: store documents from any source, once, then derive what they and earlier runs left.

There is one ingest path whatever the source (files, pages, feeds, ``ingest --bulk``, ``backfill``):
every input goes through :func:`prepare` once, which decodes a raw archive row (its fields checked, its
html read), cleans the text and fields (``clean_text``), checks them against the limits, checks the link
and strips its tracking parameters, hashes the text, detects the language and, where the caller judges it
at once (a backfill extracts in the same task), relevance to the case. What comes out is a
:class:`Prepared` document or a named rejection (an ``InputProblem``: the file, line and field, or URL).
Prepared documents reach the store through one :class:`DocumentWriter`, in batched transactions.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterable

from tangible.errors import E, InputError, RecordRejected, TangibleError
from tangible.models import DocumentInput
from tangible.settings import Settings
from tangible.sources.bulk import RawRecord
from tangible.sources.files import InputProblem, expand_paths, read_file
from tangible.sources.language import detect_language
from tangible.sources.records import PUBLISHER_MAX
from tangible.sources.text import clean_line, clean_text
from tangible.sources.urls import canonicalize, link_url
from tangible.store.documents import content_hash

log = logging.getLogger(__name__)

Progress = Callable[[int], None]  # called with the number of items just handled

WRITE_BATCH = 100  # documents stored per transaction
WRITE_WAIT = 1.0  # a batch is stored when a document arrives this many seconds after its first
MIN_TEXT_CHARS = 20  # shorter than a one-line news item: a stray cell or a fragment, not a document
TITLE_MAX = 1000

Entry = tuple[DocumentInput, "str | None", str]  # (cleaned item, canonical URL, status)


@dataclass
class IngestReport:
    added: int = 0
    versions: int = 0
    unchanged: int = 0
    failed: list[InputProblem] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)  # new documents and new versions
    run_id: int | None = None
    pipeline: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failed

    def count(self, result) -> None:
        """Tally one store outcome (added | version | unchanged)."""
        if result.status == "unchanged":
            self.unchanged += 1
            return
        if result.status == "added":
            self.added += 1
        else:
            self.versions += 1
        self.doc_ids.append(result.doc_id)

    def summary(self) -> str:
        text = (f"{self.added} added, {self.versions} new versions, {self.unchanged} unchanged, "
                f"{len(self.failed)} failed")
        for stage, figures in self.pipeline.items():
            text += f"; {stage}: {figures}"
        return text


def run_derivation(store, settings: Settings, run, report: IngestReport, *, workers: int | None = None,
                   progress: Progress | None = None) -> None:
    """Derive what this run stored and what earlier runs left (``run``: the RunLog recording where it is)."""
    from tangible.services.pipeline import derive

    report.pipeline = derive(store, settings, workers=workers, progress=progress, on_stage=run.stage)


@dataclass(slots=True)
class Prepared:
    """A document ready to store: cleaned and checked, with the keys the store files it under."""

    item: DocumentInput
    canonical_url: str | None
    status: str  # ok | unsupported_language | irrelevant
    content_hash: str

    @property
    def doc_id(self) -> str:
        return self.content_hash[:32]

    @property
    def entry(self) -> Entry:
        return self.item, self.canonical_url, self.status


def prepare(source: DocumentInput | RawRecord | InputProblem, settings: Settings, *,
            relevance=None) -> Prepared | InputProblem:
    """``source`` made ready to store, or the reason it cannot be, naming where it came from.

    A raw archive row is decoded first (its fields checked, its html read). With ``relevance`` (a
    :class:`~tangible.services.relevance.RelevanceFilter`), an English document that mentions nothing of
    the case is marked irrelevant here, with the fingerprint it was judged on, as extraction marks it."""
    if isinstance(source, InputProblem):
        return source
    if isinstance(source, RawRecord):
        try:
            item = source.to_input()
        except TangibleError as exc:
            return InputProblem.from_error(source.origin, exc, source.line)
    else:
        item = source
    try:
        item, canonical, status = prepare_input(item, settings)
    except TangibleError as exc:
        return _problem(item, exc)
    if relevance is not None and status == "ok" and not relevance.is_relevant(item.text):
        from tangible.services.relevance import IRRELEVANT

        status = IRRELEVANT
        item.meta = {**(item.meta or {}), "relevance": {"fingerprint": relevance.fingerprint}}
    return Prepared(item, canonical, status, content_hash(item.text))


class DocumentWriter:
    """The one way prepared documents reach the store: in transactions of up to ``batch_size`` documents (a
    commit per document costs more than storing it), tallied into ``report``.

    With ``max_wait``, a batch is also stored when a document arrives more than that many seconds after the
    batch's first, so a slow source does not hold its documents back for long. With ``skip_stored`` (archives),
    a document whose content is stored already, or comes earlier in the same batch, is counted unchanged
    with one query per batch, so reading an archive again resumes where it stopped; without it, the store
    notes such a document as another copy (a second URL for the same text). Mentions given with a document
    (a backfill extracts before it writes) are stored with it, as derived under ``derivation_key``. A row
    the store refuses is handed to ``on_problem`` and the rest of its batch is stored."""

    def __init__(self, store, report: IngestReport, *, run_id: int | None = None, source_id: int | None = None,
                 batch_size: int = WRITE_BATCH, max_wait: float | None = WRITE_WAIT, skip_stored: bool = False,
                 derivation_key: str | None = None, on_problem: Callable[[InputProblem], None] | None = None):
        self.store = store
        self.report = report
        self.run_id = run_id
        self.source_id = source_id
        self.batch_size = max(1, batch_size)
        self.max_wait = max_wait
        self.skip_stored = skip_stored
        self.derivation_key = derivation_key
        self.on_problem = on_problem or report.failed.append
        self.mentions = 0  # mentions stored with the documents
        self._batch: list[tuple[Prepared, list | None]] = []
        self._oldest = 0.0

    @property
    def pending(self) -> int:
        return len(self._batch)

    def add(self, doc: Prepared, mentions: list | None = None) -> bool:
        """Queue ``doc``; True when that filled the batch (or made it old enough) and it was stored."""
        if not self._batch:
            self._oldest = time.monotonic()
        self._batch.append((doc, mentions))
        if len(self._batch) >= self.batch_size or (
                self.max_wait is not None and time.monotonic() - self._oldest >= self.max_wait):
            self.flush()
            return True
        return False

    def flush(self) -> None:
        batch, self._batch = self._batch, []
        if not batch:
            return
        if self.skip_stored:
            stored = self.store.documents.ids_with_hashes(list({d.content_hash for d, _ in batch}))
            fresh: list[tuple[Prepared, list | None]] = []
            for doc, found in batch:
                if doc.content_hash in stored:
                    self.report.unchanged += 1
                else:
                    stored.add(doc.content_hash)
                    fresh.append((doc, found))
            batch = fresh
        outcomes = store_entries(self.store, [d.entry for d, _ in batch], run_id=self.run_id,
                                 source_id=self.source_id)
        derived: dict[str, list] = {}
        for (doc, found), outcome in zip(batch, outcomes):
            if isinstance(outcome, InputProblem):
                self.on_problem(outcome)
                continue
            self.report.count(outcome)
            if found is not None and outcome.status != "unchanged":
                derived[outcome.doc_id] = found
        if derived:
            if self.derivation_key is None:
                raise ValueError("mentions given to a DocumentWriter without a derivation key")
            self.mentions += self.store.mentions.replace_for_documents(derived, self.derivation_key)


class Ingestor:
    """Prepares and stores documents as they are read (see :class:`DocumentWriter`); what was read before an
    interruption is stored before the interruption goes on. With ``run_pipeline``, the run then extracts
    and resolves everything not yet derived, its own documents and whatever an earlier run left."""

    def __init__(self, store, settings: Settings, progress: Progress | None = None, run_pipeline: bool = True,
                 batch_size: int = WRITE_BATCH):
        self.store = store
        self.settings = settings
        self.progress = progress
        self.run_pipeline = run_pipeline
        self.batch_size = max(1, batch_size)

    def ingest(
        self,
        items: Iterable[DocumentInput | InputProblem],
        kind: str,
        args: dict | None = None,
        source_id: int | None = None,
    ) -> IngestReport:
        from tangible.services.runs import RunLog

        report = IngestReport()
        run = RunLog(self.store, kind, args)
        report.run_id = run.id
        status = "interrupted"
        stored = False
        failed = _failure_log(report)
        writer = DocumentWriter(self.store, report, run_id=run.id, source_id=source_id, batch_size=self.batch_size,
                                max_wait=WRITE_WAIT, on_problem=failed)
        try:
            try:
                for item in items:
                    doc = prepare(item, self.settings)
                    if isinstance(doc, InputProblem):
                        failed(doc)
                    elif writer.add(doc):
                        run.alive()
                    if self.progress:
                        self.progress(1)
            finally:
                writer.flush()
            stored = True
            outcome = "ok" if report.ok else "partial"
            if self.run_pipeline:
                self.store.documents.record_counts(run.id, added=report.added, versions=report.versions,
                                                   unchanged=report.unchanged, failed=len(report.failed))
                run_derivation(self.store, self.settings, run, report)
            status = outcome
        finally:
            # Recorded even when interrupted: what was stored stays stored, and the next run derives it.
            run.finish(added=report.added, versions=report.versions, unchanged=report.unchanged,
                       failed=len(report.failed), status=status, stage="done" if status != "interrupted" else None)
            if not stored:
                log.warning("ingest run %s interrupted; %d documents stored", run.id, report.added + report.versions)
        return report


def _failure_log(report: IngestReport) -> Callable[[InputProblem], None]:
    def failed(problem: InputProblem) -> None:
        report.failed.append(problem)
        log.info("%s", problem)

    return failed


def store_entries(store, entries: list[Entry], *, run_id: int | None, source_id: int | None = None) -> list:
    """Store ``entries`` in one transaction; the outcome (AddResult or InputProblem) of each, in order.

    When the store refuses the transaction because of one row's data, each entry is stored on its own, so
    the good ones are kept and the bad one is reported with where it came from."""
    if not entries:
        return []
    try:
        return store.documents.add_many(entries, run_id=run_id, source_id=source_id)
    except RecordRejected:
        if len(entries) == 1:
            raise
    outcomes: list = []
    for entry in entries:
        try:
            outcomes.extend(store.documents.add_many([entry], run_id=run_id, source_id=source_id))
        except RecordRejected as exc:
            outcomes.append(_problem(entry[0], exc))
    return outcomes


def _problem(item: DocumentInput, exc: TangibleError) -> InputProblem:
    return InputProblem.from_error(item.origin or item.url or "(input)", exc, item.line)


def prepare_input(item: DocumentInput, settings: Settings) -> Entry:
    """``item`` cleaned and checked for storing, with its canonical URL and status (the one place every
    document passes before it is hashed). InputError naming the input for text that is too short or too
    long, or a link that is not an http(s) URL."""
    where = item.origin or item.url or "(input)"
    if item.line:
        where = f"{where}:{item.line}"
    text = clean_text(item.text or "").strip()
    if len(text) < MIN_TEXT_CHARS:
        raise InputError(f"{where}: the text is {len(text)} characters long; a document needs at least "
                         f"{MIN_TEXT_CHARS}.", "Check that the row or file holds an article's text.", code=E.TEXT_TOO_SHORT)
    if len(text) > settings.max_document_chars:
        raise InputError(f"{where}: the text is {len(text):,} characters long; the limit is "
                         f"{settings.max_document_chars:,}.",
                         "Split it, or raise TANGIBLE_MAX_DOCUMENT_CHARS.", code=E.TEXT_TOO_LONG)
    item.text = text
    title = clean_line(item.title)
    item.title = title[:TITLE_MAX] if title else None
    publisher = clean_line(item.publisher)
    item.publisher = publisher[:PUBLISHER_MAX] if publisher else None
    item.external_id = clean_line(item.external_id)
    url = clean_line(item.url)
    item.url = link_url(url, f"{where}: url") if url else None
    if item.meta:
        item.meta = _clean_value(item.meta)
    if item.language is None:
        item.language = detect_language(item.text)
    status = "ok" if item.language in (None, "en") else "unsupported_language"
    return item, (canonicalize(item.url) if item.url else None), status


def _clean_value(value):
    """Strings in a document's metadata cleaned like its text (a feed's author, a tag)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_text(str(k)): _clean_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean_value(v) for v in value]
    return value


def read_paths(paths: Iterable[str | Path]):
    """DocumentInputs and InputProblems for local files and folders, in order."""
    for entry in expand_paths(paths):
        if isinstance(entry, InputProblem):
            yield entry
        else:
            yield from read_file(entry)


def count_files(paths: Iterable[str | Path]) -> int:
    return sum(1 for _ in expand_paths(paths))


@dataclass(frozen=True)
class FileFacts:
    """What the user states about the files being ingested, over what the files themselves say: the
    publisher, the publication date and (for one file) the URL it was taken from."""

    publisher: str | None = None
    published: "date | None" = None
    url: str | None = None

    def apply(self, item):
        if not isinstance(item, DocumentInput):
            return item
        if self.publisher:
            item.publisher = self.publisher
        if self.published:
            item.published = self.published
        if self.url:
            item.url = self.url
        return item


def ingest_paths(store, settings: Settings, paths: list[str], progress: Progress | None = None,
                 run_pipeline: bool = True, facts: FileFacts | None = None) -> IngestReport:
    """Ingest local files and folders; ``facts`` (publisher, date, URL) stated for them win over what the
    files say."""
    items = read_paths(paths)
    if facts is not None:
        if facts.url:
            link_url(facts.url, "--source-url")  # refuses anything but an http(s) URL, with the reason
            if count_files(paths) != 1:
                raise InputError("A URL names one document: give --source-url with a single file.",
                                 "Ingest the other files without it.", code=E.SOURCE_URL_NEEDS_ONE_FILE)
        items = (facts.apply(i) for i in items)
    args = {"paths": [str(p) for p in paths]}
    if facts is not None:
        args["facts"] = {k: str(v) for k, v in (("publisher", facts.publisher), ("published", facts.published),
                                                 ("url", facts.url)) if v}
    return Ingestor(store, settings, progress, run_pipeline).ingest(items, kind="files", args=args)
