"""Shared helpers for the benchmarks: corpus loading, timing, memory, temporary stores, printing.

Every benchmark prints its figures as medians of several runs and as ratios against a baseline
measured in the same run, so figures from different machines stay comparable.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Callable, Iterator

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `python bench/bench_x.py` from anywhere
    sys.path.insert(0, str(ROOT))

# as every tangible command does: one BLAS thread per process, so that a parent that has loaded the
# models can fork its extraction workers
from tangible.threads import one_native_thread_per_process  # noqa: E402

one_native_thread_per_process()

PG_ADMIN_URL = os.environ.get("TANGIBLE_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


# --------------------------------------------------------------------------- corpus


def ipe_articles(limit: int | None = None) -> list[dict]:
    """IndiaPoliceEvents full texts: [{"id", "text", "published", "url"}]."""
    from tangible.evaluation import eval_dir

    rows = []
    with open(eval_dir() / "india_police_events" / "metadata.jsonl", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if not r.get("full_text"):
                continue
            rows.append({"id": str(r["doc_id"]), "text": r["full_text"], "published": r.get("date"),
                         "url": r.get("url")})
            if limit and len(rows) >= limit:
                break
    return rows


def as_input(row: dict, suffix: str = ""):
    from tangible.models import DocumentInput

    return DocumentInput(text=row["text"] + suffix, url=(row.get("url") or "") + suffix or None,
                         published=date.fromisoformat(row["published"]) if row.get("published") else None,
                         external_id=row["id"] + suffix, language="en", publisher=row.get("publisher"))


# --------------------------------------------------------------------------- timing and memory


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def timed(fn: Callable[[], object], runs: int) -> tuple[list[float], object]:
    """Seconds of each run, and the last run's result."""
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return times, result


_SAMPLER = """
import os, select, sys
target, interval, me = int(sys.argv[1]), float(sys.argv[2]), os.getpid()

def rss_pss(pid):
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss

def children(pid):
    out = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                out.extend(int(c) for c in fh.read().split())
    except OSError:
        pass
    return out

def sample():
    rss = pss = 0
    todo = [target]
    while todo:
        pid = todo.pop()
        if pid != me:
            r, p = rss_pss(pid)
            rss, pss = rss + r, pss + p
            todo.extend(children(pid))
    return rss, pss

peak_rss, peak_pss = sample()
print("ready", flush=True)
while True:
    stop = select.select([sys.stdin], [], [], interval)[0]
    r, p = sample()
    peak_rss, peak_pss = max(peak_rss, r), max(peak_pss, p)
    if stop:
        break
print(peak_rss, peak_pss, flush=True)
"""


class TreeMemory:
    """Peak memory of this process plus all its descendants, sampled every 50 ms: the sum of their
    proportional set sizes (``peak_mib``: a page shared by forked processes counts once, split between
    them) and of their resident set sizes (``peak_rss_mib``: shared pages counted in every process).

    Sampled from a separate process, not a thread: a thread in this process would change what is
    measured (a process with other threads does not fork its extraction workers)."""

    def __init__(self, interval: float = 0.05):
        self.interval = interval
        self.peak_kib = 0
        self.peak_rss_kib = 0
        self._proc: subprocess.Popen | None = None

    def __enter__(self) -> "TreeMemory":
        self._proc = subprocess.Popen([sys.executable, "-c", _SAMPLER, str(os.getpid()), str(self.interval)],
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self._proc.stdout.readline()  # "ready": the first sample is taken
        return self

    def __exit__(self, *exc) -> None:
        out, _ = self._proc.communicate("stop\n", timeout=60)
        rss, pss = out.strip().splitlines()[-1].split()
        self.peak_rss_kib, self.peak_kib = int(rss), int(pss)

    @property
    def peak_mib(self) -> float:
        return self.peak_kib / 1024

    @property
    def peak_rss_mib(self) -> float:
        return self.peak_rss_kib / 1024


# --------------------------------------------------------------------------- stores


def pg_available() -> str | None:
    import sqlalchemy as sa

    try:
        engine = sa.create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(sa.text("select 1"))
        engine.dispose()
        return None
    except Exception as exc:  # the reason is printed by the caller
        return str(exc).splitlines()[0]


@contextmanager
def temp_store(backend: str) -> Iterator:
    """A fresh migrated store in a temporary SQLite file or a temporary PostgreSQL database."""
    import sqlalchemy as sa

    from tangible.settings import Settings
    from tangible.store import Store

    with tempfile.TemporaryDirectory(prefix="tangible-bench-") as tmp:
        dbname = None
        if backend == "sqlite":
            url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        else:
            dbname = f"tangible_bench_{uuid.uuid4().hex[:10]}"
            admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(sa.text(f'CREATE DATABASE "{dbname}"'))
            admin.dispose()
            url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{dbname}"
        settings = Settings(database_url=url, data_dir=Path(tmp) / "data", secret_key="bench" * 8)
        store = Store.open(settings)
        try:
            yield store, settings
        finally:
            store.close()
            if dbname:
                admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
                with admin.connect() as conn:
                    conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)'))
                admin.dispose()


# --------------------------------------------------------------------------- output


def report(name: str, figures: dict) -> None:
    """One JSON line per measured configuration, with the machine's load (other work skews figures)."""
    load = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps({"bench": name, **figures, "cpus": os.cpu_count(), "load_average_1_5_15": load},
                     default=str), flush=True)


def ratio(a: float, b: float) -> float:
    return round(a / b, 2) if b else float("nan")
