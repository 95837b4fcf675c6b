"""Sources as a service: register feeds, poll them, watch them, fetch single pages, read bulk archives.

Front ends (CLI, API) call these functions; they raise ``TangibleError``s with codes.
"""

from __future__ import annotations

import logging
import re
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator

from tangible.errors import E, FetchError, InputError, NotFound, TangibleError
from tangible.models import DocumentInput
from tangible.services.ingest import DocumentWriter, Ingestor, IngestReport, prepare
from tangible.settings import Settings
from tangible.sources.bulk import BulkReader, write_problem
from tangible.sources.feeds import FEED_ITEM_MEMORY, item_document, parse_feed
from tangible.sources.fetch import FEED_TYPES, PAGE_TYPES, Fetcher
from tangible.sources.files import MIN_ARTICLE_CHARS, InputProblem
from tangible.sources.html import extract_article
from tangible.sources.text import clean_line
from tangible.sources.urls import canonicalize, link_problem

log = logging.getLogger(__name__)

DEFAULT_EVERY = 30 * 60
MIN_EVERY = 60
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.I)
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}

Stop = Callable[[], bool]


def now() -> datetime:
    return datetime.now(timezone.utc)


def parse_interval(value: str | int | None, *, minimum: int = MIN_EVERY) -> int:
    """Seconds from "90s", "30m", "2h", "1d" or a number of seconds."""
    if value is None:
        return DEFAULT_EVERY
    if isinstance(value, (int, float)):
        seconds = int(value)
    else:
        found = _INTERVAL.match(value)
        if not found:
            raise InputError(f"--every {value!r} is not an interval.", "Use e.g. 90s, 30m, 2h or 1d.", code=E.BAD_INTERVAL)
        seconds = int(float(found.group(1)) * _UNITS[found.group(2).lower()])
    if seconds < minimum:
        raise InputError(f"interval {value!r} is shorter than {minimum} seconds.",
                         "Poll feeds at most once a minute.", code=E.BAD_INTERVAL)
    return seconds


def _check_url(url: str, settings: Settings) -> str:
    """``url`` if it may be registered: an http(s) URL whose host does not resolve to a private, loopback
    or link-local address (unless TANGIBLE_ALLOW_PRIVATE_NETWORK). A host that does not resolve now is
    accepted; polling it reports the failure."""
    url = (url or "").strip()
    if link_problem(url):
        raise InputError(f"{url!r} is not an http(s) URL ({link_problem(url)}).",
                         "Give a full URL such as https://example.org/feed.", code=E.UNUSABLE_URL)
    if not settings.allow_private_network:
        with Fetcher(settings) as fetcher:
            try:
                fetcher.check_url(url)
            except FetchError as exc:
                if exc.code == E.PRIVATE_ADDRESS:  # a private address: the URL given is at fault
                    raise InputError(exc.message, exc.hint, code=exc.code) from None
                log.info("%s: not checked now (%s)", url, exc.message)
    return url


# --- registering sources ---------------------------------------------------
def add_source(store, settings: Settings, *, kind: str = "feed", url: str, publisher: str | None = None,
               every_seconds: int | None = None):
    if kind not in ("feed", "page"):
        raise InputError(f"source kind {kind!r} is not one of feed, page.", code=E.UNKNOWN_SOURCE_KIND)
    url = _check_url(url, settings)
    every = parse_interval(every_seconds) if every_seconds is not None else DEFAULT_EVERY
    return store.sources.add(kind, url, publisher=clean_line(publisher), every_seconds=every)


def add_feed(store, settings: Settings, url: str, publisher: str | None = None, every: str | int | None = None):
    """Register a feed to poll every ``every`` (default 30m). Returns the Source."""
    return add_source(store, settings, kind="feed", url=url, publisher=publisher,
                      every_seconds=parse_interval(every) if every is not None else None)


def find_source(store, key: str | int):
    """A source by id or URL; NotFound otherwise."""
    text = str(key).strip()
    if text.isdigit():
        source = store.sources.get(int(text))
        if source:
            return source
    else:
        found = store.sources.find(text)
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise InputError(f"{text} is registered {len(found)} times ({', '.join(str(s.id) for s in found)}).",
                             "Remove it by id.", code=E.SOURCE_AMBIGUOUS)
    raise NotFound(f"No source with id or URL {text!r}.", "See `tangible source list`.")


def remove_source(store, key: str | int):
    """Remove a source by id or URL. Its stored documents stay. Returns the removed Source."""
    source = find_source(store, key)
    store.sources.remove(source.id)
    return source


def list_sources(store, *, active: bool | None = None) -> list:
    """The registered sources (only the active ones, or only the paused ones, when ``active`` says so)."""
    return store.sources.list() if active is None else store.sources.list(active=active)


def recent_fetches(store, source_id: int, *, limit: int = 10) -> list:
    """A source's latest fetches, newest first."""
    return store.sources.recent_fetches(source_id, limit=limit)


# --- polling ----------------------------------------------------------------
@dataclass
class SourcePoll:
    source_id: int
    url: str
    outcome: str  # ok | not_modified | error | interrupted
    items: int = 0  # items in the feed
    new_items: int = 0  # items new or changed since the last poll
    report: IngestReport | None = None
    error: str | None = None
    warning: str | None = None

    def summary(self) -> str:
        if self.outcome == "error":
            return f"source {self.source_id} {self.url}: {self.error}"
        if self.outcome == "not_modified":
            return f"source {self.source_id} {self.url}: not modified"
        text = f"source {self.source_id} {self.url}: {self.items} items, {self.new_items} new or changed"
        if self.report:
            text += f"; {self.report.summary()}"
        if self.outcome == "interrupted":
            text += " (interrupted)"
        return text


@dataclass
class PollReport:
    sources: list[SourcePoll] = field(default_factory=list)
    pipeline: dict = field(default_factory=dict)  # what was derived when no feed was due

    @property
    def added(self) -> int:
        return sum(s.report.added for s in self.sources if s.report)

    @property
    def versions(self) -> int:
        return sum(s.report.versions for s in self.sources if s.report)

    @property
    def failed(self) -> list[str]:
        out = [s.summary() for s in self.sources if s.outcome == "error"]
        for s in self.sources:
            if s.report:
                out.extend(str(p) for p in s.report.failed)
        return out

    def summary(self) -> str:
        text = (f"{len(self.sources)} sources polled: {self.added} documents added, {self.versions} new versions, "
                f"{sum(1 for s in self.sources if s.outcome == 'error')} sources failed")
        for stage, figures in self.pipeline.items():
            text += f"; {stage}: {figures}"
        return text


def poll_due(store, settings: Settings, *, fetcher: Fetcher | None = None, at: datetime | None = None,
             stop: Stop | None = None, run_pipeline: bool = True, on_source: Callable[[SourcePoll], None] | None = None
             ) -> PollReport:
    """One pass over the feeds that are due. ``stop()`` true: finish the current item and return."""
    report = PollReport()
    with _fetcher(store, settings, fetcher) as f:
        for source in store.sources.due(at):
            if stop and stop():
                break
            result = poll_source(store, settings, source, fetcher=f, stop=stop, run_pipeline=run_pipeline)
            report.sources.append(result)
            if on_source:
                on_source(result)
    if run_pipeline and not report.sources and not (stop and stop()):
        # no feed was due: what earlier runs left is derived all the same (each feed's run does it otherwise)
        from tangible.services.pipeline import derive
        from tangible.services.runs import mark_dead_runs

        mark_dead_runs(store)
        report.pipeline = derive(store, settings)
    return report


def poll_source(store, settings: Settings, source, *, fetcher: Fetcher, stop: Stop | None = None,
                run_pipeline: bool = True) -> SourcePoll:
    """Fetch one feed (conditional GET), ingest its new and changed items, schedule the next poll."""
    polled_at = now()
    next_due = polled_at + timedelta(seconds=source.every_seconds or DEFAULT_EVERY)
    result = SourcePoll(source.id, source.url, "ok")
    try:
        response = fetcher.fetch(source.url, accept=FEED_TYPES, etag=source.etag,
                                 last_modified=source.last_modified, source_id=source.id,
                                 max_bytes=(settings.max_feed_bytes, "TANGIBLE_MAX_FEED_BYTES"))
    except TangibleError as exc:
        result.outcome, result.error = "error", str(exc)
        store.sources.mark_polled(source.id, polled_at=polled_at, next_due_at=next_due)
        log.warning("%s", result.summary())
        return result
    if response.not_modified:
        result.outcome = "not_modified"
        store.sources.mark_polled(source.id, polled_at=polled_at, next_due_at=next_due, etag=response.etag,
                                  last_modified=response.last_modified, update_validators=True)
        return result
    try:
        feed = parse_feed(response.content, source.url, response.content_type, max_items=settings.max_feed_items)
    except TangibleError as exc:
        result.outcome, result.error = "error", str(exc)
        # Keep the old validators: the next poll must fetch the feed again, not get a 304 for a broken body.
        store.sources.mark_polled(source.id, polled_at=polled_at, next_due_at=next_due)
        log.warning("%s", result.summary())
        return result
    result.items = len(feed.items)
    result.warning = feed.warning
    seen: dict[str, str] = dict((source.meta or {}).get("seen") or {})
    todo = [item for item in feed.items if seen.get(item.key) != item.fingerprint]
    result.new_items = len(todo)
    done: dict[str, str] = {}
    interrupted = False

    def inputs() -> Iterator[DocumentInput | InputProblem]:
        nonlocal interrupted
        for item in todo:
            if stop and stop():
                interrupted = True
                return
            canonical = canonicalize(item.link) if item.link else None
            if item.key not in seen and canonical and store.documents.get(canonical) is not None:
                done[item.key] = item.fingerprint  # already stored from another feed or an earlier run
                continue
            try:
                doc = item_document(item, feed, fetcher=fetcher, publisher=source.publisher, source_id=source.id)
            except TangibleError as exc:
                yield InputProblem.from_error(item.link or item.key, exc)
                continue
            done[item.key] = item.fingerprint
            yield doc

    # one document per transaction: the items read next look up in the store what this feed just stored
    ingestor = Ingestor(store, settings, run_pipeline=run_pipeline, batch_size=1)
    try:
        result.report = ingestor.ingest(inputs(), kind="feed", args={"source_id": source.id, "url": source.url},
                                        source_id=source.id)
    finally:
        failed_origins = {p.origin for p in (result.report.failed if result.report else [])}
        for item in todo:
            if item.key in done and (item.link or item.key) in failed_origins:
                done.pop(item.key)  # not stored: try again next time
        seen.update(done)
        current = {item.key for item in feed.items}
        # Remember the feed's current items plus the most recent others, so memory stays bounded.
        kept = {k: v for k, v in seen.items() if k in current}
        for k, v in reversed(list(seen.items())):
            if len(kept) >= FEED_ITEM_MEMORY:
                break
            kept.setdefault(k, v)
        meta = dict(source.meta or {})
        meta["seen"] = kept
        meta["feed_title"] = feed.title
        store.sources.mark_polled(source.id, polled_at=polled_at, next_due_at=polled_at if interrupted else next_due,
                                  etag=None if interrupted else response.etag,
                                  last_modified=None if interrupted else response.last_modified,
                                  update_validators=True, meta=meta)
    if interrupted:
        result.outcome = "interrupted"
    return result


@contextmanager
def _fetcher(store, settings: Settings, fetcher: Fetcher | None):
    if fetcher is not None:
        yield fetcher
        return
    own = Fetcher(settings, store=store)
    try:
        yield own
    finally:
        own.close()


class StopSignal:
    """Set by SIGINT/SIGTERM while installed; the work in hand finishes, then the loop ends."""

    def __init__(self):
        self.event = threading.Event()
        self.signal: int | None = None

    def __call__(self) -> bool:
        return self.event.is_set()

    def set(self, signum: int | None = None) -> None:
        self.signal = signum
        self.event.set()

    @contextmanager
    def installed(self):
        if threading.current_thread() is not threading.main_thread():
            yield self
            return
        previous = {}

        def handler(signum, _frame):
            if self.event.is_set() and signum == signal.SIGINT:
                raise KeyboardInterrupt  # a second Ctrl-C: stop now
            log.warning("signal %s: finishing the current item, then stopping", signum)
            self.set(signum)

        for sig in (signal.SIGINT, signal.SIGTERM):
            previous[sig] = signal.signal(sig, handler)
        try:
            yield self
        finally:
            for sig, old in previous.items():
                signal.signal(sig, old)


def watch(store, settings: Settings, *, interval: float = 60.0, fetcher: Fetcher | None = None,
          stop: StopSignal | None = None, max_passes: int | None = None, run_pipeline: bool = True,
          on_poll: Callable[[PollReport], None] | None = None, install_signals: bool = True) -> int:
    """Poll due feeds until interrupted (SIGINT/SIGTERM) or ``max_passes``; returns the number of passes.

    Between passes it sleeps until the next feed is due, at most ``interval`` seconds. On a signal
    the item being ingested is finished and recorded, and the loop exits.
    """
    stop = stop or StopSignal()
    passes = 0
    with _fetcher(store, settings, fetcher) as f, (stop.installed() if install_signals else _nothing()):
        while not stop():
            report = poll_due(store, settings, fetcher=f, stop=stop, run_pipeline=run_pipeline)
            passes += 1
            if on_poll:
                on_poll(report)
            if max_passes is not None and passes >= max_passes:
                break
            due = store.sources.next_due_at()
            wait = interval if due is None else max(0.0, min(interval, (due - now()).total_seconds()))
            stop.event.wait(max(wait, 0.05))
    return passes


@contextmanager
def _nothing():
    yield


# --- single pages -------------------------------------------------------------
def page_document(url: str, fetcher: Fetcher) -> DocumentInput:
    """Fetch a page and extract its article; InputError/FetchError naming the URL otherwise."""
    page = fetcher.fetch(url, accept=PAGE_TYPES)
    text = page.text()
    if page.content_type == "text/plain":
        body = text.strip()
        article_text, title, published, publisher, author = body, body.split("\n", 1)[0][:200], None, None, None
    else:
        article = extract_article(text, page.url)
        article_text, title, published = article.text, article.title, article.published
        publisher, author = article.publisher, article.author
    if len(article_text) < MIN_ARTICLE_CHARS:
        raise InputError(f"{url}: the page has no article text.",
                         "Check that it is a news article and not an index or error page.", code=E.NO_ARTICLE_TEXT)
    meta = {"fetched_url": page.url}
    if author:
        meta["author"] = author
    return DocumentInput(text=article_text, url=page.url, publisher=publisher, title=title, published=published,
                         raw=page.content, raw_type=page.content_type or "text/html", origin=url, meta=meta)


def ingest_urls(store, settings: Settings, urls: Iterable[str], *, fetcher: Fetcher | None = None,
                progress: Callable[[int], None] | None = None, run_pipeline: bool = True,
                stop: Stop | None = None) -> IngestReport:
    """Fetch and ingest single pages (``tangible ingest --url``). Each failure is reported; the rest stored."""
    urls = list(urls)

    def inputs(f: Fetcher) -> Iterator[DocumentInput | InputProblem]:
        for url in urls:
            if stop and stop():
                return
            try:
                yield page_document(url, f)
            except TangibleError as exc:
                yield InputProblem.from_error(url, exc)

    with _fetcher(store, settings, fetcher) as f:
        # pages arrive at the pace of the network: each is stored as it comes
        return Ingestor(store, settings, progress, run_pipeline, batch_size=1).ingest(
            inputs(f), kind="url", args={"urls": urls})


# --- bulk archives -----------------------------------------------------------
@dataclass
class BulkProgress:
    rows: int  # rows read so far
    bytes_read: int
    bytes_total: int
    elapsed: float  # seconds
    rate: float  # rows per second
    eta: float | None  # seconds left, from the share of the file read

    def __str__(self) -> str:
        eta = f", about {self.eta:.0f}s left" if self.eta is not None else ""
        return f"{self.rows:,} rows, {self.rate:,.0f} rows/s{eta}"


@dataclass
class BulkReport(IngestReport):
    rows: int = 0
    failed_total: int = 0  # every failed row; ``failed`` keeps only the first few
    errors_path: Path | None = None
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def ok(self) -> bool:
        return self.failed_total == 0

    def summary(self) -> str:
        text = (f"{self.rows:,} rows: {self.added:,} added, {self.versions:,} new versions, "
                f"{self.unchanged:,} already stored, {self.failed_total:,} failed")
        if self.failed_total and self.errors_path:
            text += f" (see {self.errors_path})"
        if self.seconds:
            text += f"; {self.rows / self.seconds:,.0f} rows/s"
        if self.interrupted:
            text += "; interrupted, run it again to resume"
        for stage, figures in self.pipeline.items():
            text += f"; {stage}: {figures}"
        return text


KEEP_FAILURES = 100


def default_errors_path(settings: Settings, path: Path) -> Path:
    return Path(settings.data_dir) / "reports" / f"{path.name}.errors.jsonl"


def ingest_bulk(store, settings: Settings, path: str | Path, errors_path: str | Path | None = None,
                progress: Callable[[BulkProgress], None] | None = None, *, run_pipeline: bool = True,
                batch_size: int = 1000, stop: Stop | None = None) -> BulkReport:
    """Stream a .jsonl/.csv(.gz) archive into the store (``tangible ingest --bulk``).

    Each row is prepared (:func:`~tangible.services.ingest.prepare`) and written by the one
    :class:`~tangible.services.ingest.DocumentWriter`, as a backfill does. Resumable: rows whose content
    is stored already are skipped with one query per batch. Each batch is committed in one transaction,
    so an interruption loses at most the batch in hand; a row the store refuses is reported and the rest
    of its batch stored. Failed rows go to ``errors_path`` (JSON lines; default under DATA_DIR/reports),
    which is removed when the run has no failures. Then everything not yet derived is derived, whichever
    run stored it.
    """
    from tangible.services.ingest import run_derivation
    from tangible.services.runs import RunLog

    path = Path(path)
    reader = BulkReader(path)
    errors_path = Path(errors_path) if errors_path else default_errors_path(settings, path)
    report = BulkReport(errors_path=errors_path)
    run = RunLog(store, "bulk", {"path": str(path)})
    report.run_id = run.id
    started = time.monotonic()
    status = "interrupted"
    errors_path.parent.mkdir(parents=True, exist_ok=True)
    errors_out = open(errors_path, "w", encoding="utf-8")

    def failed(problem: InputProblem) -> None:
        report.failed_total += 1
        if len(report.failed) < KEEP_FAILURES:
            report.failed.append(problem)
        write_problem(errors_out, problem)

    writer = DocumentWriter(store, report, run_id=run.id, batch_size=batch_size, max_wait=None, skip_stored=True,
                            on_problem=failed)
    try:
        try:
            for row in reader.records():
                report.rows += 1
                doc = prepare(row, settings)
                if isinstance(doc, InputProblem):
                    failed(doc)
                else:
                    writer.add(doc)
                if report.rows % batch_size == 0:  # a batch's worth of rows read: store, show progress, look up
                    writer.flush()
                    errors_out.flush()
                    run.alive()
                    _report_progress(progress, reader, report, started)
                    if stop and stop():
                        report.interrupted = True
                        break
            else:
                writer.flush()
                _report_progress(progress, reader, report, started)
        finally:
            report.seconds = time.monotonic() - started
            errors_out.close()
            if report.failed_total == 0:
                errors_path.unlink(missing_ok=True)
                report.errors_path = None
        outcome = "interrupted" if report.interrupted else ("ok" if report.ok else "partial")
        if run_pipeline and not report.interrupted:
            store.documents.record_counts(run.id, added=report.added, versions=report.versions,
                                          unchanged=report.unchanged, failed=report.failed_total)
            run_derivation(store, settings, run, report)
        status = outcome
    finally:
        run.finish(added=report.added, versions=report.versions, unchanged=report.unchanged,
                   failed=report.failed_total, status=status, stage=None if status == "interrupted" else "done")
    return report


def _report_progress(progress, reader: BulkReader, report: BulkReport, started: float) -> None:
    if progress is None:
        return
    elapsed = max(time.monotonic() - started, 1e-6)
    done, total = reader.bytes_read, reader.bytes_total
    eta = None
    if done and total and done < total:
        eta = elapsed * (total - done) / done
    elif done and total:
        eta = 0.0
    progress(BulkProgress(report.rows, done, total, elapsed, report.rows / elapsed, eta))
