"""Ratings that take the days before their period from stored day counts equal ratings read in full, however
the incidents changed since the counts were stored (incremental resolution, a full rebuild, reviews)."""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy import func, select

from tangible.evaluation.synthetic import articles, fill
from tangible.ledger import rate
from tangible.services.case import get_case
from tangible.services.ledger import _active, _group_names, _relevant_incidents, ledger_at, rerate
from tangible.services.resolution import resolve_all, resolve_changes
from tangible.services.review import review_incident
from tangible.store.schema import rating_days

# the generated reports run from 2024-01-01 for about 20 days: rated here, their first days come before the
# period and its trend spans (counted by day), the others are read in full
AT = date(2024, 4, 5)


def _read_in_full(store, case, at: date) -> list[dict]:
    """Every active commitment rated from all its incidents, as the ledger did before it counted by day."""
    out = []
    for c in _active(store, case):
        if c.made_on is None or c.made_on <= at:
            incidents = _relevant_incidents(store, [c], at)
            out.append(rate(c, incidents, at, standard=case.standard, group_names=_group_names(case),
                            territory_names=case.territories).to_dict())
    return out


def _stored_days(store) -> int:
    with store.db.read() as conn:
        return conn.execute(select(func.count()).select_from(rating_days)).scalar_one()


def test_ratings_from_stored_day_counts_equal_ratings_read_in_full(store, settings):
    case = get_case(settings)
    rng = random.Random(3)
    items = list(articles(500, seed=3, per_day=25))
    rng.shuffle(items)
    fill(store, items[:80])
    resolve_all(store, case)
    rerate(store, case, None, at=AT)
    assert _stored_days(store) > 0  # the days before the period were counted and kept
    k = 80
    while k < len(items):  # new reports dated anywhere in the stored span, resolved and rated as they come
        b = rng.choice((2, 4, 8))
        fill(store, items[k:k + b])
        k += b
        figures = resolve_changes(store, case)
        rerate(store, case, figures.get("types"), at=AT)
        if rng.random() < 0.05:  # an analyst rejects an incident: its day is counted again
            some = [i.to_dict() for i in store.incidents.page(limit=20, type="ARREST")]
            if some:
                review_incident(store, rng.choice(some)["id"], "reject", reviewer="test")
                resolve_changes(store, case)
    rated = [r.to_dict() for r in ledger_at(store, case, AT)]
    assert rated == _read_in_full(store, case, AT)
    assert any(r["counts"]["supporting_since_made"] > r["counts"]["supporting"] for r in rated), rated
    resolve_all(store, case)  # a full rebuild clears every stored count
    assert _stored_days(store) == 0
    assert [r.to_dict() for r in ledger_at(store, case, AT)] == rated


def test_missing_spans_are_found_from_the_known_days_however_long_the_range():
    from datetime import timedelta

    from tangible.services.ledger import _missing_spans

    def by_day(known, lo, hi):  # every day looked at: the spans as defined
        spans, day = [], lo
        while day <= hi:
            if day in known:
                day += timedelta(days=1)
                continue
            start = day
            while day <= hi and day not in known:
                day += timedelta(days=1)
            spans.append((start, day - timedelta(days=1)))
        return spans

    rng = random.Random(5)
    for _ in range(200):
        lo = date(2024, 1, 1) + timedelta(days=rng.randrange(30))
        hi = lo + timedelta(days=rng.randrange(-2, 40))
        known = {date(2024, 1, 1) + timedelta(days=rng.randrange(80)): (0, 0) for _ in range(rng.randrange(15))}
        assert _missing_spans(known, lo, hi) == by_day(known, lo, hi)
    # an incident dated in year 1 and one in 9999 (API input may say so): three spans, found at once
    known = {date(2026, 11, 1): (1, 0), date(2026, 11, 2): (0, 0)}
    assert _missing_spans(known, date(1, 1, 1), date(9999, 12, 31)) == [
        (date(1, 1, 1), date(2026, 10, 31)), (date(2026, 11, 3), date(9999, 12, 31))]


def test_ratings_kept_by_day_equal_a_full_rerate_as_articles_come_in_and_before_the_period(make_store, settings):
    """Articles dated before, inside and at the edges of the rated period and its trend spans, each resolved and
    rated as the derivation job does: after each, the stored rating equals rating every incident afresh, and a
    full rebuild and re-rate gives the same ratings."""
    store = make_store("sqlite")
    case = get_case(settings)
    rng = random.Random(8)
    items = list(articles(1500, seed=8, per_day=10))  # about 150 days from 2024-01-01
    at = date(2024, 4, 20)  # some 110 days in: 20 days before the period, the period, and days after `at`
    rng.shuffle(items)
    half = len(items) // 2
    fill(store, items[:half])
    resolve_all(store, case)
    rerate(store, case, None, at=at)
    checked = 0
    for n, k in enumerate(range(half, len(items), 3)):
        fill(store, items[k:k + 3])
        figures = resolve_changes(store, case)
        rerate(store, case, figures.get("types"), at=at)
        if n % 6 == 5:
            before = _stored_days(store)
            kept = [r.to_dict() for r in ledger_at(store, case, at)]
            assert _stored_days(store) == before  # a read stores nothing
            fresh = _read_in_full(store, case, at)
            assert kept == fresh
            # the snapshots the derivation stored, each commitment's last, are the ratings read in full
            assert [r.to_dict() for r in store.ledger.ratings(at=at)] == sorted(fresh, key=lambda r: r["commitment_id"])
            checked += 1
    assert checked >= 5
    rated = [r.to_dict() for r in ledger_at(store, case, at)]
    assert any(r["counts"]["supporting"] for r in rated) and any(r["not_counted"] or r["others"] for r in rated)
    assert any(r["counts"]["supporting_since_made"] > r["counts"]["supporting"] for r in rated)
    resolve_all(store, case)
    rerate(store, case, None, at=at)
    assert [r.to_dict() for r in ledger_at(store, case, at)] == rated
