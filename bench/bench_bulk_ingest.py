"""Bulk ingest speed into SQLite: documents/s (median of runs, pipeline off) and peak memory.

Generates N JSONL rows (default 100,000), then runs `ingest_bulk` into a fresh SQLite store
once per run, each run in its own process so peak RSS is that run's own. Peak RSS is mostly
the language detector's models; "rss_growth_during_ingest_mib" is what the ingest itself
added (it stays flat however many rows the file has).

    python bench/bench_bulk_ingest.py [--n 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLACES = ["Quetta", "Peshawar", "Kunar", "Nangarhar", "Bajaur", "Khyber", "Kabul", "Zhob", "Chaman", "Tank"]
VERBS = ["detained", "arrested", "questioned", "released", "charged"]
TARGET = 2000.0


def generate(path: Path, n: int) -> None:
    rnd = random.Random(7)
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            place = rnd.choice(PLACES)
            text = (f"Police in {place} {rnd.choice(VERBS)} {rnd.randint(2, 30)} men suspected of links to a banned "
                    f"group on {rnd.choice(['Monday', 'Tuesday', 'Friday'])}, a provincial spokesman said in report "
                    f"{i}. Officials said weapons and explosives were seized during the search operation in the "
                    f"district, and that investigations were continuing into the network's funding.\n\n"
                    f"Residents of {place} said security had been tightened on the main roads since the raid.")
            out.write(json.dumps({"id": f"b{i}", "text": text, "published": f"2026-{rnd.randint(1, 12):02d}-"
                                  f"{rnd.randint(1, 28):02d}", "url": f"https://bench.example/{i}?utm_source=rss",
                                  "publisher": f"Publisher {i % 40}", "title": f"Report {i}"}) + "\n")


def current_rss_mib() -> float:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * resource.getpagesize() / 2**20
    except OSError:  # not Linux: fall back to the peak
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one_run(path: str, data_dir: str) -> None:
    """In a child process: ingest and print figures as JSON."""
    from tangible.services.sources import ingest_bulk
    from tangible.settings import Settings
    from tangible.sources.language import detect_language
    from tangible.store import Store

    settings = Settings(data_dir=Path(data_dir))
    store = Store.open(settings)
    detect_language("Warm the language detector before timing starts.")  # model load is not ingest work
    rss_before = current_rss_mib()
    started = time.perf_counter()
    report = ingest_bulk(store, settings, path, run_pipeline=False)
    seconds = time.perf_counter() - started
    rss_after = current_rss_mib()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    store.close()
    print(json.dumps({"rows": report.rows, "added": report.added, "failed": report.failed_total,
                      "seconds": seconds, "peak_rss_mib": peak,
                      "rss_growth_mib": rss_after - rss_before}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        one_run(*args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.jsonl"
        generate(path, args.n)
        results = []
        for run in range(args.runs):
            out = subprocess.run([sys.executable, __file__, "--child", str(path), str(Path(tmp) / f"data{run}")],
                                 check=True, capture_output=True, text=True)
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))
        rates = [r["added"] / r["seconds"] for r in results]
        median = statistics.median(rates)
        print(json.dumps({
            "rows": args.n, "file_mib": round(path.stat().st_size / 2**20, 1),
            "docs_per_second_median": round(median, 0), "runs": [round(r, 0) for r in rates],
            "seconds": [round(r["seconds"], 2) for r in results],
            "peak_rss_mib": round(max(r["peak_rss_mib"] for r in results), 1),
            "rss_growth_during_ingest_mib": round(max(r["rss_growth_mib"] for r in results), 1),
            "target_docs_per_second": TARGET, "meets_target": median >= TARGET,
        }))


if __name__ == "__main__":
    main()
