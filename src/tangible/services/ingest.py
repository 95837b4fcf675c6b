"""Ingest: store documents from any source, once, then derive what they and earlier runs left.

Every document goes through :func:`prepare_input` once before it is hashed and stored: its text and
fields are cleaned (``clean_text``), its size checked against the limits, its link checked and
stripped of tracking parameters, its language detected. A document that fails any of these is
reported with where it came from; the others are stored.
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
from tangible.sources.files import InputProblem, expand_paths, read_file
from tangible.sources.language import detect_language
from tangible.sources.records import PUBLISHER_MAX
from tangible.sources.text import clean_line, clean_text
from tangible.sources.urls import canonicalize, link_url

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


class Ingestor:
    """Stores documents as they are read, in transactions of up to ``batch_size`` documents (a commit
    per document costs more than storing it). A batch is also stored when a document arrives more than
    ``WRITE_WAIT`` seconds after the batch's first, so a slow source does not hold its documents
    back for long; what was read before an interruption is stored before the interruption goes on.
    With ``run_pipeline``, the run then extracts and resolves everything not yet derived, its own
    documents and whatever an earlier run left."""

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
        batch: list[Entry] = []
        oldest = 0.0
        try:
            try:
                for item in items:
                    entry = self._prepare(item, report)
                    if entry is not None:
                        if not batch:
                            oldest = time.monotonic()
                        batch.append(entry)
                    if batch and (len(batch) >= self.batch_size or time.monotonic() - oldest >= WRITE_WAIT):
                        self._store(batch, report, source_id)
                        batch = []
                        run.alive()
                    if self.progress:
                        self.progress(1)
            finally:
                self._store(batch, report, source_id)
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

    def _prepare(self, item: DocumentInput | InputProblem, report: IngestReport) -> Entry | None:
        """(item, canonical URL, status) to store, or None for an input that failed (reported)."""
        if isinstance(item, InputProblem):
            report.failed.append(item)
            log.info("%s", item)
            return None
        try:
            return prepare_input(item, self.settings)
        except TangibleError as exc:
            report.failed.append(_problem(item, exc))
            return None

    def _store(self, batch: list[Entry], report: IngestReport, source_id: int | None) -> None:
        for outcome in store_entries(self.store, batch, run_id=report.run_id, source_id=source_id):
            if isinstance(outcome, InputProblem):
                report.failed.append(outcome)
            else:
                report.count(outcome)


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
