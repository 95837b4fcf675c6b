"""The two bulk commands as a user runs them, start-up included: articles/s, processor time, peak memory.

On the IndiaPoliceEvents full texts (628 articles, written to a JSONL file once):

1. ``tangible ingest --workers 2 --bulk FILE`` into a new store: rows read and stored, then the pipeline
   (relevance prefilter, extraction on two forked workers, resolution, rating);
2. ``tangible extract --rebuild --workers 2`` on that store: every article extracted again, then resolution.

Each command is a new process run under ``/usr/bin/time -v`` (wall time, user and system time, largest
resident set of one process). The data folder of each run starts with the ``cache`` folder a warm-up run
made (the phrase matchers' token ids, the sentence embedder's optimised graph), as on a machine where
tangible has run before, and no bytecode is left unwritten (PYTHONDONTWRITEBYTECODE is not passed on). The
peak memory of the whole process tree (parent and workers; proportional set size, pages shared by forked
workers counted once) is sampled in one more run of each command, so that sampling does not slow the timed
runs. Targets: at least 40 articles/s for each command on 2 cores; peak memory below 1.5 GiB.

With ``--baseline-src DIR`` (the ``src`` folder of another version of tangible), the runs alternate between
this version and that one (first on PYTHONPATH), so that other work on the machine weighs on both alike;
both medians and their ratios are printed.

    python bench/bench_cli_throughput.py [--runs 3] [--n 628] [--workers 2] [--baseline-src DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import TreeMemory, ipe_articles, median, ratio, report

TANGIBLE = [sys.executable, "-m", "tangible"]
TARGET = 40.0  # articles/s
MEMORY_TARGET_MIB = 1536


def environment(data_dir: Path, src: Path | None) -> dict:
    env = dict(os.environ)
    env["TANGIBLE_DATA_DIR"] = str(data_dir)
    env.pop("TANGIBLE_DATABASE_URL", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(src), *filter(None, [env.get("PYTHONPATH")])])
    return env


def timed_command(args: list[str], env: dict, memory: bool = False) -> dict:
    """Runs one command under /usr/bin/time -v; its wall, processor time and largest resident set."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        cmd = ["/usr/bin/time", "-v", "-o", tf.name, *TANGIBLE, *args]
        t = time.perf_counter()
        if memory:
            with TreeMemory() as mem:
                done = subprocess.run(cmd, env=env, capture_output=True, text=True)
        else:
            done = subprocess.run(cmd, env=env, capture_output=True, text=True)
        wall = time.perf_counter() - t
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(args)} failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
        out = tf.read()
    field = {m.group(1): m.group(2) for m in re.finditer(r"^\s*(.+?): (.+)$", out, re.M)}
    figures = {"wall_s": wall, "cpu_s": float(field["User time (seconds)"]) + float(field["System time (seconds)"]),
               "max_rss_mib": int(field["Maximum resident set size (kbytes)"]) / 1024, "stdout": done.stdout}
    if memory:
        figures["tree_peak_pss_mib"] = mem.peak_mib
    return figures


def one_run(base: Path, jsonl: Path, workers: int, cache: Path | None, src: Path | None,
            memory: bool = False) -> dict[str, dict]:
    data = base / "data"
    if data.exists():
        shutil.rmtree(data)
    data.mkdir()
    if cache is not None:
        shutil.copytree(cache, data / "cache")
    env = environment(data, src)
    ingest = timed_command(["ingest", "--workers", str(workers), "--bulk", str(jsonl)], env, memory)
    rebuild = timed_command(["extract", "--rebuild", "--workers", str(workers)], env, memory)
    return {"ingest": ingest, "rebuild": rebuild}


def summary(runs: list[dict[str, dict]], n: int, command: str) -> dict:
    walls = [r[command]["wall_s"] for r in runs]
    return {"articles_per_s_median": round(n / median(walls), 1), "wall_s_median": round(median(walls), 2),
            "wall_s": [round(w, 2) for w in walls],
            "cpu_s_median": round(median([r[command]["cpu_s"] for r in runs]), 2),
            "max_rss_one_process_mib": round(max(r[command]["max_rss_mib"] for r in runs))}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--n", type=int, default=0, help="articles (default: all 628)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--baseline-src", type=Path, default=None,
                    help="src folder of another version, run in alternation with this one")
    args = ap.parse_args()
    base_src = args.baseline_src.resolve() if args.baseline_src else None
    if base_src is not None and not (base_src / "tangible" / "__init__.py").is_file():
        raise SystemExit(f"--baseline-src {base_src}: no tangible package there (give the folder holding tangible/)")
    rows = ipe_articles(args.n or None)
    n = len(rows)
    with tempfile.TemporaryDirectory(prefix="tangible-bench-cli-") as tmp:
        base = Path(tmp)
        jsonl = base / "articles.jsonl"
        with open(jsonl, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r) + "\n")
        # warm-up: the page cache, the bytecode, and the cache folder each run starts from (each version's
        # own: the form of what it keeps may differ)
        one_run(base, jsonl, args.workers, None, None)
        cache = base / "cache"
        shutil.copytree(base / "data" / "cache", cache)
        base_cache = base / "baseline-cache"
        if base_src is not None:
            one_run(base, jsonl, args.workers, None, base_src)
            shutil.copytree(base / "data" / "cache", base_cache)
        new: list[dict[str, dict]] = []
        old: list[dict[str, dict]] = []
        for _ in range(args.runs):
            new.append(one_run(base, jsonl, args.workers, cache, None))
            if base_src is not None:
                old.append(one_run(base, jsonl, args.workers, base_cache, base_src))
        memory = one_run(base, jsonl, args.workers, cache, None, memory=True)
        outputs = {c: new[-1][c]["stdout"].strip().splitlines()[-6:] for c in ("ingest", "rebuild")}
    for command, label in (("ingest", f"tangible ingest --workers {args.workers} --bulk"),
                           ("rebuild", f"tangible extract --rebuild --workers {args.workers}")):
        figures = {"command": label, "articles": n, **summary(new, n, command),
                   "tree_peak_pss_mib": round(memory[command]["tree_peak_pss_mib"]),
                   "target_articles_per_s": TARGET, "memory_target_mib": MEMORY_TARGET_MIB}
        if base_src is not None:
            old_figures = summary(old, n, command)
            figures.update({"baseline_src": str(base_src),
                            **{f"baseline_src_{k}": v for k, v in old_figures.items()},
                            "wall_ratio_to_baseline_src": ratio(figures["wall_s_median"], old_figures["wall_s_median"]),
                            "cpu_ratio_to_baseline_src": ratio(figures["cpu_s_median"], old_figures["cpu_s_median"])})
        report("cli throughput", figures)
        print(f"{label}: {figures['articles_per_s_median']} articles/s (median wall {figures['wall_s_median']} s, "
              f"processor {figures['cpu_s_median']} s; target {TARGET:.0f}/s), peak memory of the process tree "
              f"{figures['tree_peak_pss_mib']} MiB, largest process {figures['max_rss_one_process_mib']} MiB")
        if base_src is not None:
            print(f"  baseline: {figures['baseline_src_articles_per_s_median']} articles/s (wall "
                  f"{figures['baseline_src_wall_s_median']} s, processor {figures['baseline_src_cpu_s_median']} s); "
                  f"ratio wall {figures['wall_ratio_to_baseline_src']}, processor "
                  f"{figures['cpu_ratio_to_baseline_src']}")
        print("  " + "\n  ".join(outputs[command]))


if __name__ == "__main__":
    main()
