"""Adding one article to a large store: the cost of re-resolving and re-rating must not grow with the store.

For each store size (mentions) a SQLite store is filled with generated documents and mentions
(``tangible.evaluation.synthetic``: a constant number of reports a day up to today, so a larger store covers
a longer past, as a growing archive does), resolved in full and rated once, as the derivation job does;
then, ``--runs`` times, one new article (dated anywhere in the later three quarters of that past) is stored
and the derivation job's resolution and rating stages run over it. All stores are built first and the runs
alternate between them, so a machine busy with other work slows every size alike. Prints the median seconds
of each stage per size and the ratio between the largest and the smallest size (target: at most 1.5, and
under 1 s for resolution and rating together).

    python bench/bench_incremental.py [--sizes 100000,1000000] [--per-day 300] [--runs 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import _common  # noqa: F401  (sys.path and one native thread per process)

from tangible.evaluation.synthetic import articles, fill
from tangible.services.case import get_case
from tangible.services.ledger import rerate
from tangible.services.resolution import resolve_all, resolve_changes
from tangible.settings import Settings
from tangible.store import Store


def build(size: int, per_day: float, folder: Path, seed: int) -> tuple[Store, list]:
    settings = Settings(data_dir=folder)
    store = Store.open(settings)
    start = date.today() - timedelta(days=max(1, int(size / per_day)))  # the archive ends today
    items = list(articles(size, seed=seed, per_day=per_day, start=start))
    rng = random.Random(seed)
    extra = [items.pop(rng.randrange(len(items) // 4, len(items))) for _ in range(64)]  # held back: added later
    t0 = time.perf_counter()
    for k in range(0, len(items), 5000):
        fill(store, items[k:k + 5000])
    filled = time.perf_counter() - t0
    t0 = time.perf_counter()
    resolve_all(store, get_case(settings))
    t1 = time.perf_counter()
    rerate(store, get_case(settings), None)
    print(f"  {store.mentions.count():,} mentions stored in {filled:.0f} s, resolved in full in "
          f"{t1 - t0:.0f} s, rated in {time.perf_counter() - t1:.0f} s", flush=True)
    return store, extra


def add_one(store: Store, item, case) -> dict[str, float]:
    """Store one new article and run the derivation job's resolution and rating stages over it."""
    fill(store, [item])
    t0 = time.perf_counter()
    figures = resolve_changes(store, case)
    t1 = time.perf_counter()
    rerate(store, case, figures.get("types"))
    t2 = time.perf_counter()
    assert figures["scope"] == "changes", figures
    return {"resolve": t1 - t0, "rate": t2 - t1, "total": t2 - t0, "reread": figures["mentions_reread"]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100000,1000000", help="store sizes in mentions, comma-separated")
    ap.add_argument("--per-day", type=float, default=300.0, help="generated reports a day")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    case = get_case(Settings())
    folders, stores = [], {}
    try:
        for size in sizes:
            print(f"store of {size:,} mentions ({args.per_day:g} a day):", flush=True)
            folders.append(tempfile.TemporaryDirectory())
            stores[size] = build(size, args.per_day, Path(folders[-1].name), args.seed)
        runs: dict[int, list[dict[str, float]]] = {size: [] for size in sizes}
        for k in range(args.runs):  # alternate: run k on every size before run k + 1
            for size in sizes:
                store, extra = stores[size]
                runs[size].append(add_one(store, extra[k], case))
    finally:
        for store, _ in stores.values():
            store.close()
        for folder in folders:
            folder.cleanup()
    results = {size: {key: statistics.median(r[key] for r in runs[size]) for key in runs[size][0]} for size in sizes}
    for size in sizes:
        r = results[size]
        print(f"store of {size:,}: add one article: resolve {r['resolve']:.3f} s, rate {r['rate']:.3f} s, "
              f"total {r['total']:.3f} s (median of {args.runs}; {r['reread']:.0f} mentions re-read)", flush=True)
    small, large = results[sizes[0]], results[sizes[-1]]
    ratio = large["total"] / small["total"] if small["total"] else float("inf")
    print(f"ratio {sizes[-1]:,} / {sizes[0]:,}: {ratio:.2f} (target <= 1.5); "
          f"largest total {large['total']:.3f} s (target < 1 s)")


if __name__ == "__main__":
    main()
