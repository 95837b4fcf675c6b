"""`tangible ingest one-article.html` end to end, in a fresh process, on a warm machine.

A store holding the sample corpus but one article is made once (SQLite under a temporary folder). Each
run copies that store and runs `tangible ingest ARTICLE` on the copy in a new process: start-up, reading the
page, storing it, extraction, resolution and rating, exactly as a user's command. One warm-up run (files in
the page cache, and Python's bytecode of every module written, as on a user's machine: the runs do not
inherit PYTHONDONTWRITEBYTECODE), then ``--runs`` timed runs; the median wall time is printed. Then the same
command runs as many times again with its stages timed from inside the process (the wrappers cost nothing
measurable), and the median of each stage is printed: start-up and imports, store opened, the page read and
stored, extractor built, extraction, resolution, rating, alerts, exit. The processor time (user and system)
of the plain runs is printed too: it is steadier than wall time on a machine doing other work. The baseline,
measured in the same run, is `tangible --version` (the interpreter and the command line alone). Target:
under 2 s.

With ``--baseline-src DIR`` (the ``src`` folder of another version of tangible, e.g. from
``git archive main src | tar -x -C DIR/..``), the timed runs alternate between this version and that one
(first on PYTHONPATH, so it is imported instead of the installed package), in the same period, so that
other work on the machine weighs on both alike; both medians and their ratio are printed. Each version runs
on a store it seeded itself.

    python bench/bench_ingest_one.py [--runs 5] [--article samples/NAME.html] [--baseline-src DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, median, ratio, report

DEFAULT_ARTICLE = "2026-11-04-induswire-seven-soldiers-killed-in-bajaur-checkpoint-attack.html"
TANGIBLE = [sys.executable, "-m", "tangible"]

# Runs `tangible ingest` in this process with each stage's wall time recorded; prints them as JSON on exit.
_STAGED = r"""
import atexit, json, sys, time
T0 = time.perf_counter()
marks = {}
def timed(module, name, stage):
    fn = getattr(module, name)
    def wrapper(*a, **k):
        t = time.perf_counter()
        try:
            return fn(*a, **k)
        finally:
            marks[stage] = marks.get(stage, 0.0) + time.perf_counter() - t
    setattr(module, name, wrapper)
    return wrapper
import tangible.cli.main as cli_main
import tangible.store as store_mod
import tangible.services.ingest as ingest_mod
import tangible.services.pipeline as pipeline_mod
import tangible.services.extraction as extraction_mod
import tangible.services.ledger as ledger_mod
import tangible.services.alerts as alerts_mod
marks["start-up and imports"] = time.perf_counter() - T0
open_store = store_mod.Store.open
def opened(*a, **k):
    t = time.perf_counter()
    try:
        return open_store(*a, **k)
    finally:
        marks["store opened"] = time.perf_counter() - t
store_mod.Store.open = opened
timed(extraction_mod, "_extractor", "extractor built")
timed(pipeline_mod, "extract_documents", "extraction (with build)")
timed(pipeline_mod, "resolve_changes", "resolution")
timed(ledger_mod, "rerate", "rating")
timed(alerts_mod, "after_derivation", "alerts")
timed(ingest_mod, "run_derivation", "derivation")
timed(ingest_mod, "ingest_paths", "ingest (with derivation)")
def done():
    total = time.perf_counter() - T0
    m = dict(marks)
    m["extraction"] = m.pop("extraction (with build)", 0.0) - m.get("extractor built", 0.0)
    m["page read and stored"] = m.pop("ingest (with derivation)", 0.0) - m.get("derivation", 0.0)
    m["exit and the rest"] = total - m["start-up and imports"] - m.get("store opened", 0.0) \
        - m["page read and stored"] - m.pop("derivation", 0.0)
    m["total"] = total
    sys.stderr.write("STAGES " + json.dumps(m) + "\n")
atexit.register(done)
sys.argv = ["tangible", "ingest", sys.argv[1]]
cli_main.main()
"""

CPU: list[float] = []  # processor seconds (user and system) of each run: less swayed by other work than wall time

STAGE_ORDER = ["start-up and imports", "store opened", "page read and stored", "extractor built", "extraction",
               "resolution", "rating", "alerts", "exit and the rest", "total"]


def environment(data_dir: Path, src: Path | None = None) -> dict:
    env = dict(os.environ)
    env["TANGIBLE_DATA_DIR"] = str(data_dir)
    env.pop("TANGIBLE_DATABASE_URL", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's second run finds every module's bytecode written
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(src), *filter(None, [env.get("PYTHONPATH")])])
    return env


def seed_store(base: Path, article: Path, src: Path | None = None, name: str = "seed") -> Path:
    """A store with every sample but ``article``, derived by the version of tangible in ``src`` (None: this one).
    Each version seeds its own: the derivation key digests the extractor's sources, so another version would
    extract every stored article again, and its kept artefacts may have another form."""
    seed = base / name
    corpus = base / "corpus"
    if not corpus.exists():
        corpus.mkdir()
        for path in sorted((ROOT / "samples").glob("*.html")):
            if path.name != article.name:
                shutil.copy(path, corpus / path.name)
    subprocess.run([*TANGIBLE, "ingest", str(corpus)], env=environment(seed, src), check=True, capture_output=True)
    return seed


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def one_run(seed: Path, work: Path, article: Path, staged: bool, src: Path | None = None,
            cpus: list[float] | None = None) -> tuple[float, dict]:
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(seed, work)
    cmd = [sys.executable, "-c", _STAGED, str(article)] if staged else [*TANGIBLE, "ingest", str(article)]
    t, cpu = time.perf_counter(), _children_cpu()
    done = subprocess.run(cmd, env=environment(work, src), capture_output=True, text=True)
    wall = time.perf_counter() - t
    (CPU if cpus is None else cpus).append(_children_cpu() - cpu)
    if done.returncode != 0 or "1 added" not in done.stdout:
        raise SystemExit(f"the ingest failed:\n{done.stdout}\n{done.stderr}")
    stages = {}
    for line in done.stderr.splitlines():
        if line.startswith("STAGES "):
            stages = json.loads(line[len("STAGES "):])
    return wall, stages


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--article", type=Path, default=ROOT / "samples" / DEFAULT_ARTICLE)
    ap.add_argument("--baseline-src", type=Path, default=None,
                    help="src folder of another version, timed in alternation with this one")
    args = ap.parse_args()
    article = args.article.resolve()
    base_src = args.baseline_src.resolve() if args.baseline_src else None
    if base_src is not None and not (base_src / "tangible" / "__init__.py").is_file():
        raise SystemExit(f"--baseline-src {base_src}: no tangible package there (give the folder holding tangible/)")
    base_walls: list[float] = []
    base_cpus: list[float] = []
    with tempfile.TemporaryDirectory(prefix="tangible-bench-one-") as tmp:
        base = Path(tmp)
        seed = seed_store(base, article)
        one_run(seed, base / "run", article, staged=False)  # warm-up: the page cache holds every file read
        if base_src is not None:
            base_seed = seed_store(base, article, base_src, "baseline-seed")
            one_run(base_seed, base / "run", article, staged=False, src=base_src, cpus=base_cpus)
            base_cpus.clear()
        CPU.clear()
        walls = []
        for _ in range(args.runs):
            walls.append(one_run(seed, base / "run", article, staged=False)[0])
            if base_src is not None:
                base_walls.append(one_run(base_seed, base / "run", article, staged=False, src=base_src,
                                          cpus=base_cpus)[0])
        cpus = list(CPU)
        starts = []
        for _ in range(args.runs):  # the baseline: the interpreter and the command line alone
            t = time.perf_counter()
            subprocess.run([*TANGIBLE, "--version"], env=environment(base / "run"), check=True, capture_output=True)
            starts.append(time.perf_counter() - t)
        staged = [one_run(seed, base / "run", article, staged=True)[1] for _ in range(args.runs)]
    figures = {"article": article.name, "runs": args.runs, "wall_s_median": round(median(walls), 3),
               "wall_s": [round(w, 3) for w in walls], "target_s": 2.0,
               "cpu_s_median": round(median(cpus), 3),
               "baseline_version_s_median": round(median(starts), 3),
               "ratio_to_baseline": ratio(median(walls), median(starts))}
    if base_src is not None:
        figures.update({"baseline_src": str(base_src), "baseline_src_wall_s_median": round(median(base_walls), 3),
                        "baseline_src_wall_s": [round(w, 3) for w in base_walls],
                        "baseline_src_cpu_s_median": round(median(base_cpus), 3),
                        "wall_ratio_to_baseline_src": ratio(median(walls), median(base_walls)),
                        "cpu_ratio_to_baseline_src": ratio(median(cpus), median(base_cpus))})
    names = [n for n in STAGE_ORDER if any(n in s for s in staged)]
    figures["stages_s_median"] = {n: round(median([s.get(n, 0.0) for s in staged]), 3) for n in names}
    report("ingest one article, fresh process", figures)
    print(f"median wall time {figures['wall_s_median']:.2f} s over {args.runs} runs (target < 2 s); "
          f"processor time {figures['cpu_s_median']:.2f} s")
    if base_src is not None:
        print(f"baseline {base_src} (alternated): wall {figures['baseline_src_wall_s_median']:.2f} s, processor "
              f"time {figures['baseline_src_cpu_s_median']:.2f} s; ratio wall "
              f"{figures['wall_ratio_to_baseline_src']}, processor {figures['cpu_ratio_to_baseline_src']}")
    for n, v in figures["stages_s_median"].items():
        print(f"  {n:<24} {v:6.3f} s")


if __name__ == "__main__":
    main()
