"""API latency under load over 1,000,000 mentions, on SQLite and on PostgreSQL.

For each backend: generated documents, 1,000,000 mentions and matching incidents (4 mentions
each) are loaded straight into a fresh store through the store layer (batched inserts);
``tangible serve`` is started on 127.0.0.1 (one server process per CPU unless ``--server-workers``
says otherwise); a load generator in a second process (plain asyncio HTTP/1.1 over kept-alive
connections, so that it takes little of the machine the server runs on) sends a fixed
number of requests of one kind at a fixed rate, one kind after the other (open loop: latency counts
from the scheduled send time, so a slow server cannot hide its queue; requests not sent within the
time bound are dropped and counted) and reports p50/p99 per kind:

- incident list with filters (``/api/v1/incidents?type=…&grade=…``, ``?group=…&since=…``),
- an incident page (``/incidents/{id}``),
- the overview (``/``),
- baseline: ``/api/v1/actors`` (the case file; no store query), in the same run.

Latencies are those of the steady state: before each phase the first request of its kind is sent
alone and timed (``first_request_seconds``: what a visitor right after a start or a write waits, as
aggregates are computed once per store revision), and the server's start-up computations are waited for.
Beside the latencies, each phase reports the CPU the server processes spent per answered request.

Target: p99 < 50 ms at 200 requests/s.

    python bench/bench_api.py [--mentions 1000000] [--rate 200] [--seconds 20] [--backends sqlite,postgresql]
                              [--server-workers 0]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from _common import ROOT, pg_available, ratio, report, temp_store

TYPES = ["ARREST", "OPERATION", "DISMANTLE", "ATTACK", "DEMAND", "ASSURE", "MEET"]
GRADES = ["corroborated", "single-source", "claimed", "disputed"]
GROUPS = ["ttp", "iskp", "bla", "etim", "al-qaeda", "hgb"]
PLACES = [("Kunar", "AF"), ("Nangarhar", "AF"), ("Khyber Pakhtunkhwa", "PK"), ("Balochistan", "PK"),
          ("Kabul", "AF"), ("Punjab", "PK")]
PUBLISHERS = [f"publisher-{i}" for i in range(40)]
START = date(2024, 1, 1)
MENTIONS_PER_DOC = 20
MENTIONS_PER_INCIDENT = 4


# --------------------------------------------------------------------------- data


class _Ref:
    """What an incident needs of a member mention: its id."""

    __slots__ = ("mention",)

    def __init__(self, mention_id: str):
        self.mention = _Id(mention_id)

    @property
    def id(self) -> str:
        return self.mention.id


class _Id:
    __slots__ = ("id",)

    def __init__(self, id_: str):
        self.id = id_


def load(store, n_mentions: int, seed: int = 7) -> dict:
    """Documents, mentions and incidents through the store's repositories; returns figures."""
    from tangible.models import DocumentInput, Location, Mention
    from tangible.resolve.records import IncidentDraft

    rng = random.Random(seed)
    n_docs = max(1, n_mentions // MENTIONS_PER_DOC)
    t0 = time.perf_counter()
    mention_meta: list[tuple[str, str, date, str, tuple[str, str]]] = []  # id, type, date, group, place
    batch_docs = 1000
    for start in range(0, n_docs, batch_docs):
        entries, per_doc = [], []
        for d in range(start, min(n_docs, start + batch_docs)):
            day = START + timedelta(days=rng.randrange(900))
            text = (f"Report {d}. " + " ".join(f"Sentence {k} about events near the border on day {day}." for k in
                                                range(MENTIONS_PER_DOC)))
            item = DocumentInput(text=text, url=f"https://news.example/{d}", publisher=rng.choice(PUBLISHERS),
                                 title=f"Report {d}", published=day, language="en", external_id=str(d))
            entries.append((item, item.url, "ok"))
            per_doc.append((item, day))
        add_many = getattr(store.documents, "add_many", None)
        if add_many is not None:
            results = add_many(entries)
        else:
            results = [store.documents.add(item, canonical_url=c, status=s) for item, c, s in entries]
        found = {}
        for res, (item, day) in zip(results, per_doc):
            ms = []
            offset = 0
            for k in range(MENTIONS_PER_DOC):
                etype = rng.choice(TYPES)
                group = rng.choice(GROUPS)
                place = rng.choice(PLACES)
                mday = day - timedelta(days=rng.randrange(3))
                sentence = f"Sentence {k} about events near the border on day {day}."
                ms.append(Mention(doc_id=res.doc_id, type=etype, modality="asserted", sentence=sentence,
                                  char_span=(offset, offset + len(sentence)), date=mday, groups=[group],
                                  location=Location(place[0], place[1], place[0], precision="admin1"),
                                  quantities={"arrested": rng.randrange(1, 9)} if etype == "ARREST" else {},
                                  confidence=0.9, trigger_span=(offset, offset + 5)))
                offset += len(sentence) + 1
            found[res.doc_id] = ms
        store.mentions.replace_for_documents(found, "bench")
        for ms in found.values():
            mention_meta.extend((m.id, m.type, m.date, m.groups[0], (m.location.name, m.location.country))
                                for m in ms)
    t1 = time.perf_counter()

    # incidents: consecutive mentions of one type grouped by 4 (sorted so members share a type)
    mention_meta.sort(key=lambda r: (r[1], r[2], r[0]))
    drafts = []
    for j in range(0, len(mention_meta), MENTIONS_PER_INCIDENT):
        members = mention_meta[j:j + MENTIONS_PER_INCIDENT]
        mid, etype, day, group, place = members[0]
        drafts.append(IncidentDraft(
            id=f"inc{j // MENTIONS_PER_INCIDENT:08d}", type=etype, acled_subtype=None, grade=rng.choice(GRADES),
            grade_reason="generated", date=day, date_precision="day",
            location=Location(place[0], place[1], place[0], precision="admin1"), source=None, target=None,
            groups=[group], quantities={}, quantities_reported={}, publishers=rng.sample(PUBLISHERS, 2),
            members=[_Ref(m[0]) for m in members]))
    store.incidents.replace_all([d.record() for d in drafts])
    # planner statistics, as a store in service has them (autovacuum on PostgreSQL, ANALYZE on SQLite)
    with store.db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    t2 = time.perf_counter()
    ids = [d.id for d in drafts]
    return {"documents": n_docs, "mentions": len(mention_meta), "incidents": len(drafts),
            "load_mentions_seconds": round(t1 - t0, 1), "load_incidents_seconds": round(t2 - t1, 1),
            "sample_incident_ids": rng.sample(ids, min(500, len(ids)))}


# --------------------------------------------------------------------------- server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(settings, port: int, workers: int | None = None) -> subprocess.Popen:
    env = {**os.environ, "TANGIBLE_DATABASE_URL": settings.resolved_database_url(),
           "TANGIBLE_DATA_DIR": str(settings.data_dir), "TANGIBLE_SECRET_KEY": settings.secret_key or "bench" * 8}
    if workers is not None:
        env["TANGIBLE_SERVE_WORKERS"] = str(workers)
    exe = Path(sys.executable).with_name("tangible")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "tangible"]
    proc = subprocess.Popen([*cmd, "serve", "--host", "127.0.0.1", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"tangible serve exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/actors", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.3)
    proc.terminate()
    raise RuntimeError("tangible serve did not answer within 60 s")


def _tree_cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and all its descendants, from /proc."""
    total, todo = 0.0, [pid]
    tick = os.sysconf("SC_CLK_TCK")
    while todo:
        p = todo.pop()
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            for task in Path(f"/proc/{p}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return total


def wait_until_idle(pid: int, *, busy_share: float = 0.05, timeout: float = 900) -> float:
    """Wait until the server's processes use less than ``busy_share`` of a core over a second (every
    server process has finished computing its start-up views); returns the seconds waited."""
    t0 = time.monotonic()
    last = _tree_cpu_seconds(pid)
    while time.monotonic() - t0 < timeout:
        time.sleep(1.0)
        now = _tree_cpu_seconds(pid)
        if now - last < busy_share:
            break
        last = now
    return time.monotonic() - t0


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


# --------------------------------------------------------------------------- load generator (second process)


KINDS = ("baseline_actors", "incident_list_filtered", "incident_page", "overview")


def request_plan(kind: str, ids: list[str], n: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    plan = []
    for _ in range(n):
        if kind == "baseline_actors":
            plan.append("/api/v1/actors")
        elif kind == "incident_list_filtered":
            if rng.random() < 0.5:
                plan.append(f"/api/v1/incidents?type={rng.choice(TYPES)}&grade={rng.choice(GRADES)}&limit=50")
            else:
                since = START + timedelta(days=rng.randrange(800))
                plan.append(f"/api/v1/incidents?group={rng.choice(GROUPS)}&since={since}&limit=50")
        elif kind == "incident_page":
            plan.append(f"/incidents/{rng.choice(ids)}")
        else:
            plan.append("/")
    return plan


async def _get(conn: list, port: int, path: str) -> int:
    """One GET on a kept-alive connection ``conn`` ([reader, writer], reopened when closed); the status."""
    if conn[1] is None or conn[1].is_closing():
        conn[0], conn[1] = await asyncio.open_connection("127.0.0.1", port)
    reader, writer = conn
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode("latin-1"))
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = int(lines[0].split()[1])
    length, chunked, close = 0, False, False
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"transfer-encoding":
            chunked = b"chunked" in value.lower()
        elif name == b"connection":
            close = b"close" in value.lower()
    if chunked:
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    elif length:
        await reader.readexactly(length)
    if close:
        writer.close()
        conn[1] = None
    return status


def loadgen(port: int, kind: str, rate: float, seconds: float, ids_file: str, connections: int = 32) -> dict:
    """Send ``rate * seconds`` requests of one kind at a fixed rate over ``connections`` kept-alive
    HTTP/1.1 connections; requests not sent within ``seconds + 10`` s are dropped (a saturated server
    cannot stretch the run without bound).

    Plain asyncio streams rather than an HTTP client library: the generator shares the machine with
    the server, and a full client spent more CPU per request than the server did."""
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    ids = json.loads(Path(ids_file).read_text())
    n = int(rate * seconds)
    plan = request_plan(kind, ids, n)
    results: list[tuple[float, int]] = []
    dropped = [0]
    timing: dict[str, float] = {}

    async def run() -> None:
        free: asyncio.Queue = asyncio.Queue()
        # connections are opened before the clock starts: setting them up is not latency
        for _ in range(connections):
            conn: list = [None, None]
            await _get(conn, port, "/api/v1/actors")
            free.put_nowait(conn)
        # latencies are read from perf_counter: uvloop's loop clock counts whole milliseconds
        t0 = time.perf_counter() + 0.1
        deadline = t0 + seconds + 10
        timing["t0"] = t0

        async def one(i: int, due: float) -> None:
            conn = await free.get()
            try:
                if time.perf_counter() > deadline:
                    dropped[0] += 1
                    return
                try:
                    status = await asyncio.wait_for(_get(conn, port, plan[i]), timeout=10)
                except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError, ValueError):
                    status = 0
                    if conn[1] is not None:
                        conn[1].close()
                    conn[1] = None
                results.append((time.perf_counter() - due, status))
            finally:
                free.put_nowait(conn)

        tasks = []
        for i in range(n):
            due = t0 + i / rate
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.ensure_future(one(i, due)))
        await asyncio.gather(*tasks)
        timing["end"] = time.perf_counter()
        while not free.empty():
            conn = free.get_nowait()
            if conn[1] is not None:
                conn[1].close()

    asyncio.run(run())
    wall = timing["end"] - timing["t0"]
    lat = sorted(l for l, _ in results)
    out = {"kind": kind, "planned": n, "answered": len(lat), "dropped": dropped[0],
           "errors": sum(1 for _, s in results if s != 200), "seconds": round(wall, 1),
           "achieved_rate": round(len(lat) / wall, 1)}
    if lat:
        out.update(p50_ms=round(1000 * lat[len(lat) // 2], 1),
                   p99_ms=round(1000 * lat[min(len(lat) - 1, int(len(lat) * 0.99))], 1),
                   max_ms=round(1000 * lat[-1], 1))
    return out


# --------------------------------------------------------------------------- main


def run_backend(backend: str, args) -> None:
    with temp_store(backend) as (store, settings):
        figures = load(store, args.mentions)
        ids = figures.pop("sample_incident_ids")
        ids_file = Path(settings.data_dir) / "ids.json"
        ids_file.parent.mkdir(parents=True, exist_ok=True)
        ids_file.write_text(json.dumps(ids))
        lat = {}
        for kind in KINDS:
            # a fresh server per kind: requests a saturated phase left queued cannot slow the next one
            port = free_port()
            server = start_server(settings, port, args.server_workers)
            try:
                # the first request of a kind, alone and waited for: it computes what later ones read from
                # caches (the server starts computing the dashboard's aggregates as it starts)
                import httpx

                t_cold = time.perf_counter()
                httpx.get(f"http://127.0.0.1:{port}{request_plan(kind, ids, 1)[0]}", timeout=900)
                cold_s = round(time.perf_counter() - t_cold, 2)
                # measure the steady state: wait until every server process has finished its start-up
                # computations
                httpx.get(f"http://127.0.0.1:{port}/", timeout=900)
                wait_until_idle(server.pid)
                # warm-up, not measured: first queries fill caches and start threads
                subprocess.run([sys.executable, __file__, "--loadgen", str(port), "--kind", kind, "--rate", "10",
                                "--seconds", "1", "--ids", str(ids_file)], check=True, stdout=subprocess.DEVNULL,
                               timeout=300)
                cpu_before = _tree_cpu_seconds(server.pid)
                done = subprocess.run([sys.executable, __file__, "--loadgen", str(port), "--kind", kind,
                                       "--rate", str(args.rate), "--seconds", str(args.seconds), "--ids",
                                       str(ids_file)], check=True, capture_output=True, text=True,
                                      timeout=args.seconds + 120)
                server_cpu_s = _tree_cpu_seconds(server.pid) - cpu_before
            finally:
                stop_server(server)
            lat[kind] = {**json.loads(done.stdout.strip().splitlines()[-1]), "first_request_seconds": cold_s}
            # CPU the server processes spent per answered request (user + system): what a change to the
            # request path saves, less sensitive than latency to whatever else the machine is doing
            lat[kind]["server_cpu_ms_per_request"] = round(1000 * server_cpu_s / max(1, lat[kind]["answered"]), 2)
            report("api_latency_phase", {"backend": backend, "mentions": figures["mentions"],
                                         "rate": args.rate, **lat[kind]})
        base = lat["baseline_actors"].get("p99_ms")
        summary = {"backend": backend, **figures, "rate": args.rate, "seconds": args.seconds,
                   "server_processes": args.server_workers or os.cpu_count()}
        worst = 0.0
        for kind in KINDS[1:]:
            p99 = lat[kind].get("p99_ms", float("inf")) if not lat[kind]["dropped"] else float("inf")
            summary[f"{kind}_p50_ms"] = lat[kind].get("p50_ms")
            summary[f"{kind}_p99_ms"] = lat[kind].get("p99_ms")
            summary[f"{kind}_dropped"] = lat[kind]["dropped"]
            summary[f"{kind}_first_request_seconds"] = lat[kind]["first_request_seconds"]
            summary[f"{kind}_server_cpu_ms_per_request"] = lat[kind]["server_cpu_ms_per_request"]
            summary[f"{kind}_p99_vs_baseline"] = ratio(lat[kind].get("p99_ms", float("nan")), base or float("nan"))
            worst = max(worst, p99)
        summary["baseline_actors_p99_ms"] = base
        summary["meets_target_p99_below_50ms"] = worst < 50
        report("api_latency", summary)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mentions", type=int, default=1_000_000)
    ap.add_argument("--rate", type=float, default=200)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--backends", default="sqlite,postgresql")
    ap.add_argument("--server-workers", type=int, default=0,
                    help="tangible serve --workers (default 0: one process per CPU)")
    ap.add_argument("--loadgen", type=int, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--ids", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--kind", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.loadgen:
        print(json.dumps(loadgen(args.loadgen, args.kind, args.rate, args.seconds, args.ids)))
        return
    try:
        import tangible.api  # noqa: F401
    except ImportError:
        report("api_latency", {"skipped": "the API is not installed in this build"})
        return
    for backend in args.backends.split(","):
        if backend == "postgresql" and (problem := pg_available()):
            report("api_latency", {"backend": backend, "skipped": f"PostgreSQL not reachable: {problem}"})
            continue
        run_backend(backend, args)


if __name__ == "__main__":
    main()
