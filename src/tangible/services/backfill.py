"""Backfill: ingest and extract a bulk archive (JSONL or CSV, optionally .gz) on a Dask cluster.

The calling process (the client) streams the archive and cuts it into partitions of N rows; each
partition is one task. A task parses its rows into documents, drops those whose content is
already stored (same content hash: re-running an interrupted backfill only does what is left),
detects the language, runs the relevance prefilter and extracts mentions from the relevant English
documents, on a worker that loaded the case file and the extractor once.

Writing depends on the store. PostgreSQL takes many writers: each task writes its documents and
mentions itself. SQLite has one writer: tasks only read (to skip stored rows) and send their
results back; the client writes them. At most ``in_flight`` partitions are queued or running at
once, so memory stays flat whatever the size of the archive.

Resolution, which looks at all mentions together, runs once at the end in the client.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from tangible.errors import E, InputError
from tangible.settings import Settings

log = logging.getLogger(__name__)

PARTITION_ROWS = 500

Progress = Callable[[int], None]  # rows handled


# --------------------------------------------------------------------------- reading the archive


def _open_text(path: Path) -> io.TextIOBase:
    raw = gzip.open(path, "rb") if path.suffix == ".gz" else open(path, "rb")
    return io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="")


def _format_of(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes if s.lower() != ".gz"]
    kind = suffixes[-1] if suffixes else ""
    if kind in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if kind in (".csv", ".tsv"):
        return kind[1:]
    raise InputError(f"{path.name}: a backfill reads .jsonl or .csv files (optionally .gz), not {kind or 'this file'}.",
                     "Convert the archive to JSON lines or CSV with a text or html column.", code=E.UNSUPPORTED_ARCHIVE)


def iter_rows(path: Path) -> Iterator[tuple[int, dict | str]]:
    """(row number, record) for every row; a JSONL line that is not valid JSON comes as its text."""
    path = Path(path)
    fmt = _format_of(path)
    if not path.exists():
        raise InputError(f"{path}: no such file.", "Check the path.", code=E.NO_SUCH_FILE)
    with _open_text(path) as fh:
        if fmt == "jsonl":
            for number, line in enumerate(fh, start=1):
                if line.strip():
                    try:
                        record = json.loads(line)
                    except json.JSONDecodeError:
                        record = line
                    yield number, record
        else:
            csv.field_size_limit(1 << 30)
            reader = csv.DictReader(fh, delimiter="\t" if fmt == "tsv" else ",")
            for number, record in enumerate(reader, start=2):
                yield number, {k: v for k, v in record.items() if k is not None}


def partitions(path: Path, rows: int = PARTITION_ROWS) -> Iterator[list[tuple[int, dict | str]]]:
    batch: list[tuple[int, dict | str]] = []
    for item in iter_rows(path):
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
    # filled only when the client writes (SQLite): (input, status, mentions) per new document
    pending: list = field(default_factory=list)

    def merge(self, other: "PartitionResult") -> None:
        for name in ("rows", "added", "skipped", "failed", "irrelevant", "unsupported_language", "mentions"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.problems.extend(other.problems[: max(0, 100 - len(self.problems))])


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


def run_partition(settings_values: dict, rows: list[tuple[int, dict | str]], origin: str, *,
                  write: bool, run_id: int | None = None) -> PartitionResult:
    """Parse, skip stored, filter and extract one partition; write it when ``write``."""
    from tangible.errors import TangibleError
    from tangible.models import DocumentInput
    from tangible.services.extraction import derivation_key
    from tangible.services.ingest import prepare_input
    from tangible.services.relevance import IRRELEVANT
    from tangible.sources.files import record_to_input
    from tangible.store.documents import content_hash

    settings = Settings(**settings_values)
    store, extractor, flt = _worker_state(settings)
    result = PartitionResult(rows=len(rows))

    inputs: list[tuple[str, DocumentInput]] = []
    seen: set[str] = set()
    for number, record in rows:
        try:
            if not isinstance(record, dict):
                raise InputError(f"{origin}:{number}: not a JSON object.", code=E.NOT_A_JSON_OBJECT)
            item, _, _ = prepare_input(record_to_input(record, origin, number), settings)
        except TangibleError as exc:
            result.failed += 1
            if len(result.problems) < 100:
                result.problems.append(str(exc))
            continue
        digest = content_hash(item.text)
        if digest in seen:
            result.skipped += 1
            continue
        seen.add(digest)
        inputs.append((digest, item))
    stored = store.documents.ids_with_hashes([d for d, _ in inputs]) if inputs else set()
    result.skipped += len(stored)
    inputs = [(d, item) for d, item in inputs if d not in stored]

    todo: list[tuple[str, DocumentInput, str]] = []
    for digest, item in inputs:
        if item.language not in (None, "en"):
            status = "unsupported_language"
            result.unsupported_language += 1
        elif not flt.is_relevant(item.text):
            status = IRRELEVANT
            item.meta = {**(item.meta or {}), "relevance": {"fingerprint": flt.fingerprint}}
            result.irrelevant += 1
        else:
            status = "ok"
        todo.append((digest[:32], item, status))

    relevant = [(doc_id, item) for doc_id, item, status in todo if status == "ok"]
    found = dict(zip((d for d, _ in relevant),
                     extractor.pipe(((d, item.text, item.published) for d, item in relevant), batch_size=64)))
    for doc_id, _, status in todo:
        if status == IRRELEVANT:
            found[doc_id] = []  # judged with the current case: stored as derived, with nothing found
    if not write:
        result.pending = [(item, status, found.get(doc_id)) for doc_id, item, status in todo]
        return result
    added, mentions = write_documents(store, [(item, status, found.get(doc_id)) for doc_id, item, status in todo],
                                      run_id, derivation_key(settings))
    result.added += added
    result.mentions += mentions
    return result


def write_documents(store, pending: list, run_id: int | None, extractor_version: str) -> tuple[int, int]:
    """Store new documents (one transaction where the store offers ``add_many``) and the mentions
    found in them; a document stored meanwhile by another task (same content) is left as it is."""
    from tangible.sources.urls import canonicalize

    # the items were prepared (cleaned, checked) by ``run_partition``
    from tangible.services.ingest import store_entries
    from tangible.sources.files import InputProblem

    entries = [(item, canonicalize(item.url) if item.url else None, status) for item, status, _ in pending]
    results = store_entries(store, entries, run_id=run_id)
    added = 0
    found: dict[str, list] = {}
    for res, (_, _, mentions) in zip(results, pending):
        if isinstance(res, InputProblem):  # refused by the store: reported, the partition's others kept
            log.warning("%s", res)
            continue
        if res.status == "unchanged":
            continue
        added += 1
        if mentions is not None:
            found[res.doc_id] = mentions
    n_mentions = store.mentions.replace_for_documents(found, extractor_version) if found else 0
    return added, n_mentions


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
    _format_of(path)
    if not path.exists():
        raise InputError(f"{path}: no such file.", "Check the path.", code=E.NO_SUCH_FILE)
    workers_write = not store.db.is_sqlite
    values = _settings_values(settings, store)
    report = BackfillReport(file=str(path))
    run = RunLog(store, "bulk", {"file": str(path), "backfill": True, "partition_rows": partition_rows})
    report.run_id = run.id
    key = derivation_key(settings)
    if in_flight is None:
        threads = sum(client.nthreads().values()) or 1
        in_flight = 2 * threads
    status = "interrupted"

    def handle(fut) -> None:
        part: PartitionResult = fut.result()
        fut.release()
        if part.pending:
            added, mentions = write_documents(store, part.pending, report.run_id, key)
            part.added += added
            part.mentions += mentions
            part.pending = []
        report.totals.merge(part)
        run.alive()
        if progress:
            progress(part.rows)

    try:
        running = as_completed()
        for rows in partitions(path, partition_rows):
            if running.count() >= in_flight:
                handle(next(running))
            report.partitions += 1
            running.add(client.submit(run_partition, values, rows, path.name, write=workers_write,
                                      run_id=report.run_id, pure=False))
        for fut in running:
            handle(fut)
        status = "ok" if not report.totals.failed else "partial"
    finally:
        t = report.totals
        run.finish(added=t.added, versions=0, unchanged=t.skipped, failed=t.failed, status=status,
                   stage="done" if status != "interrupted" else None)
    if resolve and (report.totals.added or report.totals.mentions):
        try:
            from tangible.services.resolution import resolve_all
        except ModuleNotFoundError:
            resolve_all = None
        if resolve_all is not None:
            from tangible.services.case import get_case

            report.resolve = resolve_all(store, get_case(settings))
    log.info("backfill of %s: %s", path, report.summary())
    return report


__all__ = ["backfill", "connect", "close", "run_partition", "iter_rows", "partitions", "BackfillReport",
           "PartitionResult", "PARTITION_ROWS"]
