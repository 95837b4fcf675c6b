"""Shared helpers for the benchmarks: corpus loading, timing, memory, temporary stores, printing.

Every benchmark prints its figures as medians of several runs and as ratios against a baseline
measured in the same run, so figures from different machines stay comparable.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import threading
import time
import uuid
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Callable, Iterator

# as every tangible command does (tangible/cli/__init__.py): one BLAS thread per process, so that a
# parent that has loaded the models can fork its extraction workers
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `python bench/bench_x.py` from anywhere
    sys.path.insert(0, str(ROOT))

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


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                out.extend(int(c) for c in fh.read().split())
    except OSError:
        pass
    return out


class TreeMemory:
    """Peak resident memory of this process plus all its descendants, sampled every 50 ms."""

    def __init__(self, interval: float = 0.05):
        self.interval = interval
        self.peak_kib = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> int:
        total, todo = 0, [os.getpid()]
        while todo:
            pid = todo.pop()
            total += _rss_kib(pid)
            todo.extend(_children(pid))
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_kib = max(self.peak_kib, self._sample())
            self._stop.wait(self.interval)

    def __enter__(self) -> "TreeMemory":
        self.peak_kib = self._sample()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak_kib = max(self.peak_kib, self._sample())

    @property
    def peak_mib(self) -> float:
        return self.peak_kib / 1024


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
