"""Extraction speed on the IndiaPoliceEvents full texts: articles/s (median of 3 runs), peak RSS.

    python bench/bench_extract.py [--n 300]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import time
from datetime import date

from tangible.evaluation import eval_dir
from tangible.nlp import Extractor


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    rows = []
    with open(eval_dir() / "india_police_events" / "metadata.jsonl", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            rows.append((str(r["doc_id"]), r["full_text"], date.fromisoformat(r["date"]) if r.get("date") else None))
            if len(rows) >= args.n:
                break
    t0 = time.perf_counter()
    ex = Extractor()
    load_s = time.perf_counter() - t0
    rates, mentions = [], 0
    for _ in range(args.runs):
        t = time.perf_counter()
        mentions = sum(len(m) for m in ex.pipe(rows, batch_size=32))
        rates.append(len(rows) / (time.perf_counter() - t))
    rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    words = sum(len(r[1].split()) for r in rows)
    print(json.dumps({"articles": len(rows), "words": words, "mentions": mentions, "load_seconds": round(load_s, 2),
                      "articles_per_second_median": round(statistics.median(rates), 1),
                      "runs": [round(r, 1) for r in rates], "peak_rss_mib": round(rss_mib, 1), "workers": 1}))


if __name__ == "__main__":
    main()
