"""Backfill: ingest and extract a bulk archive (JSONL or CSV, optionally .gz) on a Dask cluster.

The calling process (the client) reads the archive with the one archive reader (``BulkReader``, as
``ingest --bulk`` does) and cuts its rows into partitions of N rows; each partition is one task. A task
prepares its rows with the one :func:`~tangible.services.ingest.prepare` (decode, clean, check, hash,
canonical URL, language, relevance to the case), drops those whose content is already stored (re-running an
interrupted backfill only does what is left) and extracts mentions from the relevant English documents, on
a worker that loaded the case file and the extractor once. So an archive gives the same stored documents
and, after the same derivation, the same incidents under ``ingest --bulk`` and ``backfill``.

Writing goes through the one :class:`~tangible.services.ingest.DocumentWriter` and depends on the store.
PostgreSQL takes many writers: each task writes its documents and mentions itself. SQLite has one writer:
tasks only read (to skip stored rows) and send their results back; the client writes them. At most
``in_flight`` partitions are queued or running at once, so memory stays flat whatever the size of the
archive.

Resolution and rating, which look at all mentions together, run once at the end in the client, as the
derivation after any ingest does.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from tangible.errors import E, InputError
from tangible.settings import Settings
from tangible.sources.bulk import BulkReader, RawRecord
from tangible.sources.files import InputProblem

log = logging.getLogger(__name__)

PARTITION_ROWS = 500
KEEP_PROBLEMS = 100

Progress = Callable[[int], None]  # rows handled
Row = RawRecord | InputProblem


# --------------------------------------------------------------------------- reading the archive


def partitions(path: Path, rows: int = PARTITION_ROWS) -> Iterator[list[Row]]:
    """The archive's rows as read (or the problem reading each), ``rows`` at a time."""
    batch: list[Row] = []
    for item in BulkReader(path).records():
        batch.append(item)
        if len(batch) >= rows:
            yield batch
            batch = []
    if batch:
        yield batch


# --------------------------------------------------------------------------- one partition


@dataclass
class PartitionResult:
    rows: int = 0
    added: int = 0
    skipped: int = 0  # already stored (same content)
    failed: int = 0
    irrelevant: int = 0
    unsupported_language: int = 0
    mentions: int = 0
    problems: list[str] = field(default_factory=list)
    # filled only when the client writes (SQLite): (prepared document, mentions or None) per new document
    pending: list = field(default_factory=list)

    def merge(self, other: "PartitionResult") -> None:
        for name in ("rows", "added", "skipped", "failed", "irrelevant", "unsupported_language", "mentions"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.problems.extend(other.problems[: max(0, KEEP_PROBLEMS - len(self.problems))])

    def fail(self, problem: InputProblem) -> None:
        self.failed += 1
        if len(self.problems) < KEEP_PROBLEMS:
            self.problems.append(str(problem))


_STATE: dict = {}


def _worker_state(settings: Settings):
    """Per process: one store, one extractor, one relevance filter (kept across tasks)."""
    key = (settings.resolved_database_url(), str(settings.case_file))
    state = _STATE.get(key)
    if state is None:
        from tangible.services.extraction import get_extractor
        from tangible.services.relevance import get_filter
        from tangible.store import Store

        state = (Store.open(settings, migrate=False), get_extractor(settings), get_filter(settings))
        _STATE.clear()
        _STATE[key] = state
    return state


def run_partition(settings_values: dict, rows: list[Row], *, write: bool,
                  run_id: int | None = None) -> PartitionResult:
    """Prepare, skip stored, and extract one partition; write it when ``write``."""
    from tangible.services.extraction import derivation_key
    from tangible.services.ingest import prepare
    from tangible.services.relevance import IRRELEVANT

    settings = Settings(**settings_values)
    store, extractor, flt = _worker_state(settings)
    result = PartitionResult(rows=len(rows))

    docs = []
    seen: set[str] = set()
    for row in rows:
        doc = prepare(row, settings, relevance=flt)
        if isinstance(doc, InputProblem):
            result.fail(doc)
        elif doc.content_hash in seen:
            result.skipped += 1
        else:
            seen.add(doc.content_hash)
            docs.append(doc)
    stored = store.documents.ids_with_hashes([d.content_hash for d in docs]) if docs else set()
    result.skipped += sum(1 for d in docs if d.content_hash in stored)
    docs = [d for d in docs if d.content_hash not in stored]
    result.irrelevant += sum(1 for d in docs if d.status == IRRELEVANT)
    result.unsupported_language += sum(1 for d in docs if d.status == "unsupported_language")

    relevant = [d for d in docs if d.status == "ok"]
    found = dict(zip((d.doc_id for d in relevant),
                     extractor.pipe(((d.doc_id, d.item.text, d.item.published) for d in relevant), batch_size=64)))
    # an irrelevant document was judged with the current case: stored as derived, with nothing found
    pending = [(d, [] if d.status == IRRELEVANT else found.get(d.doc_id)) for d in docs]
    if not write:
        result.pending = pending
        return result
    write_documents(store, pending, run_id, derivation_key(settings), result)
    return result


def write_documents(store, pending: list, run_id: int | None, key: str, result: PartitionResult) -> None:
    """Store prepared documents and the mentions found in them in one transaction, through the one writer;
    a document stored meanwhile by another task (same content) is counted as already stored."""
    from tangible.services.ingest import DocumentWriter, IngestReport

    report = IngestReport()
    writer = DocumentWriter(store, report, run_id=run_id, batch_size=max(1, len(pending)), max_wait=None,
                            skip_stored=True, derivation_key=key, on_problem=result.fail)
    for doc, mentions in pending:
        writer.add(doc, mentions)
    writer.flush()
    result.added += report.added + report.versions
    result.skipped += report.unchanged
    result.mentions += writer.mentions


# --------------------------------------------------------------------------- the client


@dataclass
class BackfillReport:
    file: str
    partitions: int = 0
    totals: PartitionResult = field(default_factory=PartitionResult)
    run_id: int | None = None
    resolve: dict | None = None

    def summary(self) -> str:
        t = self.totals
        text = (f"{t.rows} rows in {self.partitions} partitions: {t.added} added, {t.skipped} already stored, "
                f"{t.failed} failed, {t.irrelevant} irrelevant, {t.unsupported_language} not English, "
                f"{t.mentions} mentions")
        if self.resolve is not None:
            text += f"; resolve: {self.resolve}"
        return text


def _settings_values(settings: Settings, store) -> dict:
    values = settings.model_dump()
    values["database_url"] = store.db.url  # workers open the store this client writes to
    return values


def connect(scheduler: str, *, workers: int | None = None):
    """A Dask client: ``local`` starts a LocalCluster of ``workers`` single-threaded processes."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # optional dependency
        raise InputError("A backfill needs Dask, which is not installed.", "Install it with: pip install 'tangible[backfill]'.",
                         code=E.MISSING_DEPENDENCY) from exc
    if scheduler == "local":
        cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True,
                               dashboard_address=None, host="127.0.0.1")
        client = Client(cluster)
        client._tangible_cluster = cluster  # closed with the client by ``close``
        return client
    return Client(scheduler)


def close(client) -> None:
    cluster = getattr(client, "_tangible_cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


def backfill(store, settings: Settings, path: str | Path, client, *, partition_rows: int = PARTITION_ROWS,
             in_flight: int | None = None, resolve: bool = True, progress: Progress | None = None) -> BackfillReport:
    """Run ingest and extraction of ``path`` on the Dask ``client``, writing to ``store``."""
    from dask.distributed import as_completed

    from tangible.services.extraction import derivation_key
    from tangible.services.runs import RunLog

    path = Path(path)
    BulkReader(path)  # a missing file or an unsupported kind is refused before the cluster gets work
    workers_write = not store.db.is_sqlite
    values = _settings_values(settings, store)
    report = BackfillReport(file=str(path))
    run = RunLog(store, "bulk", {"file": str(path), "backfill": True, "partition_rows": partition_rows})
    report.run_id = run.id
    key = derivation_key(settings)
    if in_flight is None:
        threads = sum(client.nthreads().values()) or 1
        in_flight = 2 * threads
    in_flight = max(1, in_flight)
    status = "interrupted"

    def handle(part: PartitionResult) -> None:
        if part.pending:
            write_documents(store, part.pending, report.run_id, key, part)
            part.pending = []
        report.totals.merge(part)
        run.alive()
        if progress:
            progress(part.rows)

    # Where the client writes (SQLite), results are written in the archive's order, whatever order the tasks
    # finish in: the first of two rows with the same text, or the older of two versions of one URL, is the one
    # stored first, as in ``ingest --bulk``. (Tasks that write themselves, on PostgreSQL, store in the order
    # they finish.) Finished results waiting for an earlier one count against ``in_flight``.
    index_of: dict = {}
    done: dict[int, PartitionResult] = {}
    written = 0

    def collect(fut) -> None:
        nonlocal written
        done[index_of.pop(fut.key)] = fut.result()
        fut.release()
        while written in done:
            handle(done.pop(written))
            written += 1

    try:
        running = as_completed()
        for index, rows in enumerate(partitions(path, partition_rows)):
            while running.count() + len(done) >= in_flight:
                collect(next(running))
            report.partitions += 1
            fut = client.submit(run_partition, values, rows, write=workers_write, run_id=report.run_id, pure=False)
            index_of[fut.key] = index
            running.add(fut)
        for fut in running:
            collect(fut)
        outcome = "ok" if not report.totals.failed else "partial"
        t = report.totals
        if resolve and (t.added or t.mentions):
            # the derivation every ingest ends with: what is left to extract (nothing, normally), then the
            # dates and types the new mentions touch resolved again and their commitments rated
            from tangible.services.pipeline import derive

            store.documents.record_counts(run.id, added=t.added, versions=0, unchanged=t.skipped, failed=t.failed)
            report.resolve = derive(store, settings, on_stage=run.stage)
        status = outcome
    finally:
        t = report.totals
        run.finish(added=t.added, versions=0, unchanged=t.skipped, failed=t.failed, status=status,
                   stage="done" if status != "interrupted" else None)
    log.info("backfill of %s: %s", path, report.summary())
    return report


__all__ = ["backfill", "connect", "close", "run_partition", "partitions", "BackfillReport",
           "PartitionResult", "PARTITION_ROWS"]
