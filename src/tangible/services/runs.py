"""Ingest runs as the store's history records them: started, their stage, their end, and the ones that died.

A run names its process (host and pid) when it starts and shows a sign of life at each stage and
batch. A run still recorded as ``running`` whose process is gone (killed, crashed, the machine
restarted) is marked ``died`` by the next run; on another host, where its process cannot be looked
at, a run silent for ``SILENT_AFTER`` is taken as dead.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from datetime import datetime, timedelta, timezone


log = logging.getLogger(__name__)

HOST = socket.gethostname()[:255]
SILENT_AFTER = timedelta(minutes=15)
HEARTBEAT_EVERY = 30.0  # seconds between two signs of life written by one run


def process_alive(pid: int | None, started_at: datetime | None) -> bool:
    """Whether the process ``pid`` on this host is the one that started a run at ``started_at``
    (a pid is reused once its process has ended: a younger process is another one)."""
    if not pid:
        return False
    import psutil  # only where a run is recorded as running: most start-ups find none

    try:
        proc = psutil.Process(pid)
        if proc.status() == psutil.STATUS_ZOMBIE:
            return False
        created = proc.create_time()
    except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
        return False
    return started_at is None or created <= started_at.timestamp() + 1.0


def mark_dead_runs(store, *, now: datetime | None = None) -> list[int]:
    """Mark the runs recorded as running whose process is gone as ``died``; returns their ids."""
    now = now or datetime.now(timezone.utc)
    dead = []
    for run in store.documents.running_runs():
        if run.host == HOST:
            alive = run.pid == os.getpid() or process_alive(run.pid, run.started_at)
        else:
            beat = run.heartbeat_at or run.started_at
            alive = run.host is not None and beat is not None and now - beat < SILENT_AFTER
        if not alive:
            dead.append(run.id)
    if dead:
        store.documents.mark_died(dead)
        log.warning("ingest run(s) %s died before they finished; their work is finished now",
                    ", ".join(map(str, dead)))
    return dead


class RunLog:
    """One run's record in the store: started on creation, stages and signs of life, then its end."""

    def __init__(self, store, kind: str, args: dict | None = None):
        self.store = store
        mark_dead_runs(store)
        self.id = store.documents.start_run(kind, args, host=HOST, pid=os.getpid())
        self._beat = time.monotonic()

    def stage(self, name: str) -> None:
        self.store.documents.set_stage(self.id, name)
        self._beat = time.monotonic()

    def alive(self) -> None:
        """A sign of life, written at most every ``HEARTBEAT_EVERY`` seconds."""
        if time.monotonic() - self._beat >= HEARTBEAT_EVERY:
            self.store.documents.heartbeat(self.id)
            self._beat = time.monotonic()

    def finish(self, *, added: int, versions: int, unchanged: int, failed: int, status: str,
               stage: str | None = None) -> None:
        self.store.documents.finish_run(self.id, added=added, versions=versions, unchanged=unchanged,
                                        failed=failed, status=status, stage=stage)
