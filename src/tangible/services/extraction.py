"""The nlp stage over stored documents: mentions written to the store.

``extract_documents`` runs the relevance prefilter in the calling process (documents that mention
nothing in the case file are marked ``irrelevant`` and skipped), then extracts the others either
in process (one worker) or on a pool of worker processes. Each worker loads the case file and the
:class:`~tangible.nlp.Extractor` once, in its initializer; the parent sends out chunks of documents,
keeps a bounded number of chunks in flight (memory stays flat however many documents there are)
and writes every finished chunk to the store itself, so the store has one writer. A document's
mentions depend on that document only, so the result is the same for any number of workers and
any completion order.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from datetime import date
from functools import lru_cache
from itertools import chain, islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from tangible.services.case import _case, get_case, get_case_at  # noqa: F401  (the case context)
from tangible.settings import Settings
from tangible.threads import one_native_thread_per_process

log = logging.getLogger(__name__)

Progress = Callable[[int], None]
Item = tuple[str, str, "date | None"]  # (doc id, clean text, published)

CHUNK_SIZE = 16  # documents per task sent to a worker
WRITE_EVERY = 200  # documents per store transaction in the single-process path




_BUILT: dict[tuple[Path | None, int], Any] = {}  # the extractors of the last two (case file, sentence limit)
_BUILDING = threading.Lock()  # threads of a server asking at once get one extractor, built once


def _extractor(path: Path | None, max_sentence_chars: int = 1500, cache: Path | None = None):
    """The extractor of a case file and sentence limit, built once per process. ``cache`` is the folder where
    it keeps what it derives from its models (the phrase matchers' token ids, the sentence embedder's
    optimised graph); it is not part of the extractor's identity: the first store's folder serves the process,
    whose sentence embedder is one (see embed.shared_embedder)."""
    key = (path, max_sentence_chars)
    with _BUILDING:
        extractor = _BUILT.pop(key, None)
        if extractor is None:
            from tangible.nlp import Extractor

            extractor = Extractor(_case(path), max_sentence_chars=max_sentence_chars, cache_dir=cache)
        elif extractor.cache_dir is None:
            extractor.cache_dir = cache
        _BUILT[key] = extractor
        while len(_BUILT) > 2:
            del _BUILT[next(iter(_BUILT))]
        return extractor


def cache_dir(settings: Settings) -> Path:
    """Where artefacts built from the bundled models are kept between runs, each named by the content hash
    of what it was built from (deleting the folder costs only the time to build them again)."""
    return settings.data_dir / "cache"


def get_extractor(settings: Settings):
    return _extractor(settings.case_file, settings.max_sentence_chars, cache_dir(settings))


def _data_digest() -> str:
    """Digest of the extractor's rules, bundled models and data (a changed rule or a retrained model is a new
    extractor, whose mentions replace those a store holds from the old one)."""
    from importlib import metadata

    from tangible.nlp import SPACY_MODEL  # not from the extractor: computing the key must not import spaCy

    digest = hashlib.sha256()
    root = Path(__file__).resolve().parents[1] / "nlp"
    for path in sorted(root.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for folder in ("models", "data"):
        for path in sorted((root / folder).glob("*")):
            if path.is_file():
                digest.update(path.name.encode() + b"\0" + path.read_bytes())
    try:
        digest.update(metadata.version(SPACY_MODEL.replace("_", "-")).encode())
    except metadata.PackageNotFoundError:
        pass
    return digest.hexdigest()


@lru_cache(maxsize=8)
def _derivation_key(case_fingerprint: str, max_sentence_chars: int) -> str:
    from tangible.nlp import EXTRACTOR_VERSION
    from tangible.services.relevance import PREFILTER_VERSION

    parts = f"{case_fingerprint}|{PREFILTER_VERSION}|{max_sentence_chars}|{_data_digest()}"
    return f"{EXTRACTOR_VERSION}+{hashlib.sha256(parts.encode()).hexdigest()[:16]}"


def derivation_key(settings: Settings) -> str:
    """What a document's mentions were derived with: the extractor's version and bundled models, the case
    file, the relevance prefilter and the sentence limit. Stored with each extracted document
    (``extractor_version``); a document whose key differs is extracted again by the next run."""
    return _derivation_key(get_case(settings).fingerprint, settings.max_sentence_chars)


# --------------------------------------------------------------------------- worker processes

_WORKER: dict = {}


def _init_worker(case_path: str | None, batch_size: int, max_sentence_chars: int = 1500,
                 cache: str | None = None) -> None:
    """Runs once in each worker process: one BLAS thread per process, case and extractor loaded (a
    forked worker finds the extractor its parent loaded), and a watch on the parent."""
    one_native_thread_per_process()
    path = Path(case_path) if case_path else None
    _WORKER["extractor"] = _extractor(path, max_sentence_chars, Path(cache) if cache else None)
    _WORKER["batch_size"] = batch_size
    _exit_with_parent()


def _exit_with_parent(every: float = 1.0) -> None:
    """A worker whose parent was killed (SIGKILL leaves no time to stop the pool) exits by itself
    instead of waiting forever for work; the next run extracts what it held."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(every)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _extract_chunk(chunk: list[Item]) -> list[tuple[str, list]]:
    extractor = _WORKER["extractor"]
    results = extractor.pipe(iter(chunk), batch_size=_WORKER["batch_size"])
    return [(item[0], mentions) for item, mentions in zip(chunk, results)]


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def resolve_workers(settings: Settings, workers: int | None) -> int:
    n = settings.workers if workers is None else workers
    if n is None or n <= 0:
        n = os.cpu_count() or 1
    return max(1, int(n))


def _os_threads() -> int:
    """Threads of this process, native ones included (onnxruntime, BLAS and database drivers start
    threads that the ``threading`` module does not see)."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


def _mp_context():
    """``fork`` where the platform has it and this process runs a single thread: workers start in
    milliseconds and share the parent's loaded pages (they never touch the parent's store
    connections). ``spawn`` otherwise, since a forked child of a process with other threads (a
    server, a Dask client, an inference runtime's pool) can inherit a lock one of them held, and hang."""
    methods = multiprocessing.get_all_start_methods()
    single = _os_threads() == 1
    return multiprocessing.get_context("fork" if "fork" in methods and single else "spawn")


def pool_context(case_path: Path | None, max_sentence_chars: int = 1500, cache: Path | None = None):
    """How worker processes start: forked from this process, with the extractor loaded here first
    (they start at once and share its memory), when that is safe; spawned otherwise."""
    ctx = _mp_context()
    if ctx.get_start_method() == "fork":
        _extractor(case_path, max_sentence_chars, cache)
        if _os_threads() != 1:  # loading started a helper thread: forking is no longer safe
            ctx = multiprocessing.get_context("spawn")
    return ctx


def run_pool(items: Iterable[Item], *, workers: int, case_path: Path | None, batch_size: int = 64,
             chunk_size: int = CHUNK_SIZE, max_in_flight: int | None = None,
             mp_context=None, max_sentence_chars: int = 1500, cache: Path | None = None
             ) -> Iterator[list[tuple[str, list]]]:
    """Extract ``items`` on ``workers`` processes; yields each finished chunk as (doc id, mentions) pairs.

    At most ``max_in_flight`` chunks (default two per worker) are queued or running at once, so the
    input is read lazily. Chunks come back in completion order.
    """
    limit = max_in_flight or 2 * workers
    ctx = mp_context or pool_context(case_path, max_sentence_chars, cache)
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                             initargs=(str(case_path) if case_path else None, batch_size,
                                       max_sentence_chars, str(cache) if cache else None)) as pool:
        pending: set[Future] = set()
        for chunk in _chunks(items, chunk_size):
            if len(pending) >= limit:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for fut in done:
                    yield fut.result()
            pending.add(pool.submit(_extract_chunk, chunk))
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                yield fut.result()


# --------------------------------------------------------------------------- the service


def extract_documents(store, settings: Settings, doc_ids: list[str] | None = None, *,
                      batch_size: int = 64, progress: Progress | None = None, workers: int | None = None,
                      prefilter: bool = True, docs: Iterable | None = None) -> dict:
    """Extract mentions for the given documents: ``docs`` (Documents), else ``doc_ids``, else all
    documents with status ``ok``.

    With ``prefilter`` (the default), documents that mention nothing in the case file are marked
    ``irrelevant`` (their machine mentions removed) instead of being extracted. Every document handled
    is stored with the current :func:`derivation_key`.
    ``workers`` defaults to ``settings.workers``; 0 means one per CPU.
    """
    key = derivation_key(settings)
    n_workers = resolve_workers(settings, workers)
    if docs is not None:
        docs = (d for d in docs if d.status == "ok")
    elif doc_ids is None:
        docs = store.documents.iter_all(status="ok")
    else:
        docs = (d for d in (store.documents.get(i) for i in doc_ids) if d is not None and d.status == "ok")

    figures = {"documents": 0, "mentions": 0, "irrelevant": 0, "workers": n_workers}
    flt = None
    if prefilter:
        from tangible.services.relevance import IRRELEVANT, get_filter

        flt = get_filter(settings)
    irrelevant: list[str] = []

    def flush_irrelevant() -> None:
        if irrelevant:
            store.documents.set_relevance(list(irrelevant), IRRELEVANT, flt.fingerprint)
            store.mentions.replace_for_documents({i: [] for i in irrelevant}, key)
            if progress:
                progress(len(irrelevant))
            irrelevant.clear()

    def relevant_items() -> Iterator[Item]:
        for doc in docs:
            figures["documents"] += 1
            if flt is not None and not flt.is_relevant(doc.text):
                figures["irrelevant"] += 1
                irrelevant.append(doc.id)
                if len(irrelevant) >= WRITE_EVERY:
                    flush_irrelevant()
                continue
            yield (doc.id, doc.text, doc.published)

    def write(pairs: list[tuple[str, list]]) -> None:
        figures["mentions"] += store.mentions.replace_for_documents(dict(pairs), key)
        if progress:
            progress(len(pairs))

    if n_workers == 1:
        extractor = get_extractor(settings)
        for chunk in _chunks(relevant_items(), WRITE_EVERY):
            results = extractor.pipe(iter(chunk), batch_size=batch_size)
            write([(item[0], ms) for item, ms in zip(chunk, results)])
    else:
        items = relevant_items()
        first = next(items, None)
        if first is not None:  # no model is loaded, nor a worker started, when nothing needs extracting
            ctx = pool_context(settings.case_file, settings.max_sentence_chars, cache_dir(settings))
            figures["start_method"] = ctx.get_start_method()
            for pairs in run_pool(chain([first], items), workers=n_workers, case_path=settings.case_file,
                                  batch_size=batch_size, mp_context=ctx,
                                  max_sentence_chars=settings.max_sentence_chars, cache=cache_dir(settings)):
                write(pairs)
    flush_irrelevant()
    log.info("extracted %(documents)d documents (%(irrelevant)d irrelevant), %(mentions)d mentions, "
             "%(workers)d worker(s)", figures)
    return figures


def rebuild_all(store, settings: Settings, *, workers: int | None = None, progress: Progress | None = None) -> dict:
    """Re-extract every relevant document, then re-examine the documents judged irrelevant
    against another case file (``tangible extract --rebuild``)."""
    from tangible.services.relevance import reexamine_irrelevant

    figures = extract_documents(store, settings, None, workers=workers, progress=progress)
    figures["reexamined"] = reexamine_irrelevant(store, settings, workers=workers, progress=progress)
    return figures
