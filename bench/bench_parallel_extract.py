"""The pipeline over a SQLite store on the IndiaPoliceEvents full texts, 1 worker vs 2 workers.

Per configuration: store the articles (ingest, no pipeline), extract mentions, resolve incidents.
Configurations: 1 worker and 2 workers with the relevance prefilter off (every article is parsed),
and 2 workers with the prefilter on (off-topic articles skip extraction, as in ingest). Printed:
articles/s for extraction and for the whole pipeline (median of the runs), and the peak memory of
the process tree (parent plus worker processes; proportional set size, so pages forked workers
share with their parent count once), sampled in one more run of each configuration so that
sampling does not slow the timed runs. The 1-worker run is the baseline of the ratio. Targets:
whole pipeline at least 40 articles/s on 2 cores; peak memory below 1.5 GiB.

    python bench/bench_parallel_extract.py [--n 628] [--runs 3]
"""

from __future__ import annotations

import argparse
import time

from _common import TreeMemory, as_input, ipe_articles, median, ratio, report, temp_store


def one_run(rows, workers: int, prefilter: bool = False) -> dict:
    from tangible.services.case import get_case
    from tangible.services.extraction import extract_documents
    from tangible.services.ingest import Ingestor

    with temp_store("sqlite") as (store, settings):
        t0 = time.perf_counter()
        Ingestor(store, settings, run_pipeline=False).ingest((as_input(r) for r in rows), kind="bench")
        t1 = time.perf_counter()
        figures = extract_documents(store, settings, workers=workers, prefilter=prefilter)
        t2 = time.perf_counter()
        resolved = None
        try:
            from tangible.services.resolution import resolve_all
        except ImportError:
            resolve_all = None
        if resolve_all is not None:
            resolved = resolve_all(store, get_case(settings))
        t3 = time.perf_counter()
    return {"ingest_s": t1 - t0, "extract_s": t2 - t1, "resolve_s": t3 - t2, "total_s": t3 - t0,
            "mentions": figures["mentions"], "irrelevant": figures["irrelevant"], "resolved": resolved,
            "start_method": figures.get("start_method")}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=0, help="articles (default: all)")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    rows = ipe_articles(args.n or None)

    from tangible.services.extraction import get_extractor
    from tangible.settings import Settings

    t = time.perf_counter()
    get_extractor(Settings())  # loaded once; forked worker processes start from this loaded state
    load_s = time.perf_counter() - t

    results = {}
    # the pools first: extracting in this process starts the inference runtime's threads, after which
    # workers can no longer be forked (as in a fresh `tangible extract --workers 2`, they are forked
    # from this process with the models loaded)
    for workers, prefilter in ((2, False), (2, True), (1, False)):
        # timed runs without the memory sampler: reading a process's proportional set size walks its
        # page tables (about 6 ms for a loaded worker), which every 50 ms over three processes would
        # take over a third of one core from the runs it measures
        runs = [one_run(rows, workers, prefilter) for _ in range(args.runs)]
        with TreeMemory() as mem:  # one more run, for the peak memory only
            one_run(rows, workers, prefilter)
        n = len(rows)
        results[workers, prefilter] = {
            "workers": workers, "prefilter": prefilter, "articles": n, "mentions": runs[-1]["mentions"],
            "irrelevant": runs[-1]["irrelevant"],
            "extract_articles_per_second_median": round(n / median([r["extract_s"] for r in runs]), 1),
            "pipeline_articles_per_second_median": round(n / median([r["total_s"] for r in runs]), 1),
            "ingest_seconds_median": round(median([r["ingest_s"] for r in runs]), 2),
            "extract_seconds_median": round(median([r["extract_s"] for r in runs]), 2),
            "resolve_seconds_median": round(median([r["resolve_s"] for r in runs]), 2),
            "peak_memory_mib": round(mem.peak_mib), "peak_rss_sum_mib": round(mem.peak_rss_mib),
            "model_load_seconds": round(load_s, 2),
            "runs_total_seconds": [round(r["total_s"], 2) for r in runs],
            "workers_started_by": runs[-1]["start_method"] or "in-process",
        }
        report("parallel_extract", results[workers, prefilter])
    one, two, filtered = results[1, False], results[2, False], results[2, True]
    report("parallel_extract_ratio", {
        "extract_speedup_2_vs_1": ratio(two["extract_articles_per_second_median"], one["extract_articles_per_second_median"]),
        "pipeline_speedup_2_vs_1": ratio(two["pipeline_articles_per_second_median"], one["pipeline_articles_per_second_median"]),
        "pipeline_with_prefilter_speedup_vs_1_worker": ratio(filtered["pipeline_articles_per_second_median"],
                                                              one["pipeline_articles_per_second_median"]),
        "pipeline_target_articles_per_second": 40,
        "meets_pipeline_target_every_article_parsed": two["pipeline_articles_per_second_median"] >= 40,
        "meets_pipeline_target_with_prefilter": filtered["pipeline_articles_per_second_median"] >= 40,
        "meets_memory_target": max(r["peak_memory_mib"] for r in results.values()) < 1536,
        "mentions_equal": one["mentions"] == two["mentions"],
    })


if __name__ == "__main__":
    main()
