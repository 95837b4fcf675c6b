"""Ingest: store documents from any source, once, then run the pipeline on what is new."""

from __future__ import annotations

import logging
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
    def __init__(self, store, settings: Settings, progress: Progress | None = None, run_pipeline: bool = True):
        self.store = store
        self.settings = settings
        self.progress = progress
        self.run_pipeline = run_pipeline

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
        try:
            for item in items:
                self._one(item, report, source_id)
                if self.progress:
                    self.progress(1)
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

    def _one(self, item: DocumentInput | InputProblem, report: IngestReport, source_id: int | None) -> None:
        if isinstance(item, InputProblem):
            report.failed.append(item)
            log.info("%s", item)
            return
        try:
            canonical, status = storage_fields(item)
            result = self.store.documents.add(item, canonical_url=canonical, run_id=report.run_id,
                                              source_id=source_id, status=status)
        except TangibleError as exc:
            report.failed.append(InputProblem.from_error(item.origin or item.url or "(input)", exc))
            return
        report.count(result)


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
