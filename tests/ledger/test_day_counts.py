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
            some = store.incidents.list(limit=20, type="ARREST")
            if some:
                review_incident(store, rng.choice(some)["id"], "reject", reviewer="test")
                resolve_changes(store, case)
    rated = [r.to_dict() for r in ledger_at(store, case, AT)]
    assert rated == _read_in_full(store, case, AT)
    assert any(r["counts"]["supporting_since_made"] > r["counts"]["supporting"] for r in rated), rated
    resolve_all(store, case)  # a full rebuild clears every stored count
    assert _stored_days(store) == 0
    assert [r.to_dict() for r in ledger_at(store, case, AT)] == rated
