"""Ingest: store documents from any source, once, then run the pipeline on what is new."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from tangible.errors import TangibleError
from tangible.models import DocumentInput
from tangible.settings import Settings
from tangible.sources.files import InputProblem, expand_paths, read_file
from tangible.sources.language import detect_language
from tangible.sources.urls import canonicalize

log = logging.getLogger(__name__)

Progress = Callable[[int], None]  # called with the number of items just handled

WRITE_BATCH = 100  # documents stored per transaction
WRITE_WAIT = 1.0  # a batch is stored when a document arrives this many seconds after its first


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


class Ingestor:
    """Stores documents as they are read, in transactions of up to ``batch_size`` documents (a commit
    per document costs more than storing it). A batch is also stored when a document arrives more than
    ``WRITE_WAIT`` seconds after the batch's first, so a slow source does not hold its documents
    back for long; what was read before an interruption is stored before the interruption goes on."""

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
        report = IngestReport()
        report.run_id = self.store.documents.start_run(kind, args)
        status = "failed"
        batch: list[tuple[DocumentInput, str | None, str]] = []
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
                    if self.progress:
                        self.progress(1)
            finally:
                self._store(batch, report, source_id)
            status = "ok" if report.ok else "partial"
        finally:
            # Recorded even when interrupted: what was stored stays stored.
            self.store.documents.finish_run(
                report.run_id, added=report.added, versions=report.versions, unchanged=report.unchanged,
                failed=len(report.failed), status=status if status != "failed" else "interrupted",
            )
        if self.run_pipeline and report.doc_ids:
            from tangible.services.pipeline import process_documents

            report.pipeline = process_documents(self.store, self.settings, report.doc_ids)
        return report

    @staticmethod
    def _prepare(item: DocumentInput | InputProblem, report: IngestReport):
        """(item, canonical URL, status) to store, or None for an input that already failed."""
        if isinstance(item, InputProblem):
            report.failed.append(item)
            log.info("%s", item)
            return None
        try:
            return (item, *storage_fields(item))
        except TangibleError as exc:
            report.failed.append(_problem(item, exc))
            return None

    def _store(self, batch: list[tuple[DocumentInput, str | None, str]], report: IngestReport,
               source_id: int | None) -> None:
        if not batch:
            return
        try:
            results = self.store.documents.add_many(batch, run_id=report.run_id, source_id=source_id)
        except TangibleError as exc:  # the store refused the transaction: none of its documents is stored
            report.failed.extend(_problem(item, exc) for item, _, _ in batch)
            return
        for result in results:
            report.count(result)


def _problem(item: DocumentInput, exc: TangibleError) -> InputProblem:
    return InputProblem.from_error(item.origin or item.url or "(input)", exc)


def storage_fields(item: DocumentInput) -> tuple[str | None, str]:
    """The canonical URL and status a document is stored with; detects its language on the way."""
    if item.language is None:
        item.language = detect_language(item.text)
    status = "ok" if item.language in (None, "en") else "unsupported_language"
    return (canonicalize(item.url) if item.url else None), status


def read_paths(paths: Iterable[str | Path]):
    """DocumentInputs and InputProblems for local files and folders, in order."""
    for entry in expand_paths(paths):
        if isinstance(entry, InputProblem):
            yield entry
        else:
            yield from read_file(entry)


def count_files(paths: Iterable[str | Path]) -> int:
    return sum(1 for _ in expand_paths(paths))


def ingest_paths(store, settings: Settings, paths: list[str], progress: Progress | None = None,
                 run_pipeline: bool = True) -> IngestReport:
    return Ingestor(store, settings, progress, run_pipeline).ingest(
        read_paths(paths), kind="files", args={"paths": [str(p) for p in paths]}
    )
