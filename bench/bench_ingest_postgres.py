"""Bulk ingest rate into PostgreSQL, with SQLite measured in the same run as the baseline; then a
Dask backfill (ingest + relevance prefilter + extraction) into PostgreSQL on a local cluster of
two single-threaded worker processes.

The archive is generated from the IndiaPoliceEvents full texts (each copy made unique), written as
gzipped JSON lines.

    python bench/bench_ingest_postgres.py [--rows 5000] [--runs 3] [--backfill-rows 300]
"""

from __future__ import annotations

import argparse
import gzip
import json
import tempfile
import time
from pathlib import Path

from _common import TreeMemory, ipe_articles, median, pg_available, ratio, report, temp_store


def write_archive(path: Path, rows: int) -> int:
    base = ipe_articles()
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for i in range(rows):
            r = base[i % len(base)]
            copy = i // len(base)
            fh.write(json.dumps({"id": f"{r['id']}-{copy}", "text": f"{r['text']}\n\n(copy {copy})",
                                 "published": r["published"], "url": f"{r['url']}?copy={copy}",
                                 "publisher": "Times of India"}) + "\n")
    return path.stat().st_size


def ingest(store, settings, path: Path) -> int:
    """Documents only (no pipeline), through the bulk ingest service."""
    from tangible.services.sources import ingest_bulk

    return ingest_bulk(store, settings, path, run_pipeline=False).added


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--backfill-rows", type=int, default=300)
    args = ap.parse_args()
    problem = pg_available()
    if problem:
        report("ingest_postgres", {"skipped": f"PostgreSQL not reachable: {problem}"})
        return
    with tempfile.TemporaryDirectory(prefix="tangible-bench-") as tmp:
        archive = Path(tmp) / "archive.jsonl.gz"
        size = write_archive(archive, args.rows)
        from tangible.sources.language import detect_language

        detect_language("Language models are loaded once, before timing.")
        rates = {}
        for backend in ("sqlite", "postgresql"):
            times = []
            for _ in range(args.runs):
                with temp_store(backend) as (store, settings):
                    t = time.perf_counter()
                    added = ingest(store, settings, archive)
                    times.append(time.perf_counter() - t)
                    assert added == args.rows, (added, args.rows)
            rates[backend] = args.rows / median(times)
            report("bulk_ingest", {"backend": backend, "rows": args.rows, "archive_mib": round(size / 2**20, 1),
                                   "rows_per_second_median": round(rates[backend]),
                                   "runs_seconds": [round(t, 2) for t in times]})
        report("bulk_ingest_ratio", {"postgresql_vs_sqlite": ratio(rates["postgresql"], rates["sqlite"])})

        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            report("backfill_postgres", {"skipped": "dask[distributed] is not installed"})
            return
        from tangible.services.backfill import backfill

        small = Path(tmp) / "backfill.jsonl.gz"
        write_archive(small, args.backfill_rows)
        with TreeMemory() as mem, LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                               dashboard_address=None, host="127.0.0.1") as cluster, \
                Client(cluster) as client, temp_store("postgresql") as (store, settings):
            client.wait_for_workers(2)
            warm = Path(tmp) / "warm.jsonl.gz"  # loads the extractor on both workers before timing
            with gzip.open(warm, "wt", encoding="utf-8") as fh:
                for i in range(4):
                    fh.write(json.dumps({"id": f"w{i}", "text": f"Police arrested {i} TTP men in Quetta."}) + "\n")
            backfill(store, settings, warm, client, partition_rows=1, resolve=False)
            t = time.perf_counter()
            rep = backfill(store, settings, small, client, partition_rows=50, resolve=False)
            seconds = time.perf_counter() - t
            t = time.perf_counter()
            again = backfill(store, settings, small, client, partition_rows=50, resolve=False)
            resume_seconds = time.perf_counter() - t
        report("backfill_postgres", {
            "workers": 2, "rows": args.backfill_rows, "added": rep.totals.added,
            "irrelevant": rep.totals.irrelevant, "mentions": rep.totals.mentions,
            "articles_per_second": round(args.backfill_rows / seconds, 1),
            "rerun_rows_per_second_all_skipped": round(args.backfill_rows / resume_seconds),
            "rerun_skipped": again.totals.skipped, "peak_memory_mib": round(mem.peak_mib),
        })


if __name__ == "__main__":
    main()
