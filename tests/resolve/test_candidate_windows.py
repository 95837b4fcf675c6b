"""The windows that narrow the incidents a mention or a dispute is compared with lose none of those a
full scan would accept, and keep the pool's order (ties go to the first incident, as in a full scan)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from tangible.resolve.cluster import SLACK, _Cluster, _DayWindow, _slack


def _pool(rng: random.Random, n: int) -> list[_Cluster]:
    pool = []
    for i in range(n):
        c = _Cluster("ARREST")
        c.id = f"c{i}"
        if rng.random() > 0.1:  # some incidents have no day
            c.day = date(2026, 1, 1) + timedelta(days=rng.randrange(400))
            c.precision = rng.choice(list(SLACK))
        pool.append(c)
    return pool


def test_day_window_equals_a_full_scan_in_pool_order():
    rng = random.Random(7)
    for _ in range(50):
        pool = _pool(rng, rng.randrange(1, 80))
        window = _DayWindow(pool)
        for _ in range(20):
            day = date(2026, 1, 1) + timedelta(days=rng.randrange(-30, 430))
            before = rng.choice([0, 7, 21])
            wanted = [c for c in pool if c.day and -_slack(c.precision) <= (day - c.day).days <= before]
            found = [c for c in window.around(day, before=before)
                     if -_slack(c.precision) <= (day - c.day).days <= before]
            assert [c.id for c in found] == [c.id for c in wanted]
            # and the window itself stays in pool order
            order = [pool.index(c) for c in window.around(day, before=before)]
            assert order == sorted(order)
