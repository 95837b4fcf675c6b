"""Incremental derivation gives exactly the incidents of a full rebuild, and reads never write.

Incidents are compared by content (every field of the record and the ids of their mentions, pinned or
not), and so is what each resolution recorded for the next one.
"""

from __future__ import annotations

import hashlib
import json
import random
from datetime import date

import pytest
from sqlalchemy import select

from tangible.evaluation.synthetic import articles, fill
from tangible.services.case import get_case
from tangible.services.ingest import ingest_paths
from tangible.services.ledger import ledger_at
from tangible.services.resolution import resolve_all, resolve_changes
from tangible.services.review import merge_incidents, review_mention
from tangible.store.schema import ratings, resolved_links

from ..conftest import SAMPLES

# The incidents and the ratings of the bundled samples, ingested into a fresh store. A change to extraction,
# resolution or the ledger that changes them on purpose updates this figure, and names the change in its commit.
SAMPLES_DIGEST = "1e9b9437e7b6fb3c"
RATED_AT = date(2026, 12, 1)


def incidents_of(store) -> list[str]:
    out = []
    for inc in store.incidents.iter_incidents(with_mentions=True):
        r = inc.to_dict()
        r["mentions"] = sorted((m.mention_id, m.pinned) for m in inc.mentions)
        out.append(json.dumps(r, sort_keys=True, default=str))
    return sorted(out)


def recorded_of(store) -> list[str]:
    with store.db.read() as conn:
        rows = conn.execute(select(resolved_links.c.mention_id, resolved_links.c.incident_id, resolved_links.c.role,
                                   resolved_links.c.day, resolved_links.c.type)).all()
    return sorted(json.dumps(list(r), default=str) for r in rows)


def digest(store, case) -> str:
    rated = [json.dumps(r.to_dict(), sort_keys=True, default=str) for r in ledger_at(store, case, RATED_AT)]
    return hashlib.sha256("\n".join(incidents_of(store) + rated).encode()).hexdigest()[:16]


def _sample_files():
    return sorted(p for p in SAMPLES.iterdir() if p.suffix in (".html", ".txt", ".jsonl"))


def test_samples_one_at_a_time_resolve_as_a_full_rebuild(make_store, settings):
    store = make_store("sqlite")
    case = get_case(settings)
    scopes = []
    for path in _sample_files():
        report = ingest_paths(store, settings, [str(path)])
        scopes.append((report.pipeline or {}).get("resolve", {}).get("scope"))
    assert scopes.count("changes") >= 30, scopes  # most articles were resolved incrementally
    incremental, recorded = incidents_of(store), recorded_of(store)
    assert len(incremental) > 50
    found = digest(store, case)
    resolve_all(store, case)
    assert incidents_of(store) == incremental
    assert recorded_of(store) == recorded
    assert digest(store, case) == found
    assert found == SAMPLES_DIGEST, (
        f"The incidents or ratings of the samples changed (digest {found}, recorded {SAMPLES_DIGEST}). If the change "
        f"is intended, set SAMPLES_DIGEST = {found!r} and name the change in the commit.")


def _grow(store, case, items, rng, *, reviews: bool):
    """Store ``items`` in small batches, resolving incrementally after each; now and then re-extract a document
    with changed mentions, and (``reviews``) reject a mention or merge two incidents."""
    scopes = []
    k = 0
    stored: list[str] = []
    while k < len(items):
        b = rng.choice((1, 1, 2, 3, 8))
        stored += fill(store, items[k:k + b])
        k += b
        if rng.random() < 0.15:  # a document read again finds other dates, or a mention fewer
            doc = rng.choice(stored)
            found = store.mentions.for_document(doc)
            if found:
                for m in found:
                    m.id = None
                    if m.date and rng.random() < 0.5:
                        m.date = date.fromordinal(m.date.toordinal() + rng.choice((-9, -2, 3, 12)))
                store.mentions.replace_for_documents({doc: found[:-1] if len(found) > 1 else found}, "synthetic-2")
        if reviews and rng.random() < 0.05:
            some = store.mentions.list(limit=200)
            review_mention(store, rng.choice(some).id, "reject", reviewer="test")
        if reviews and rng.random() < 0.03:
            ids = [r.id for r in store.incidents.page(limit=50, type="ARREST")]
            if len(ids) >= 2:
                merge_incidents(store, ids[0], [ids[1]], reviewer="test")
        scopes.append(resolve_changes(store, case)["scope"])
    return scopes


@pytest.mark.parametrize("seed", [1, 2])
def test_generated_stores_grown_incrementally_resolve_as_a_full_rebuild(make_store, settings, seed):
    store = make_store("sqlite")
    case = get_case(settings)
    rng = random.Random(seed)
    items = list(articles(600, seed=seed, per_day=30))
    rng.shuffle(items)
    half = len(items) // 2
    fill(store, items[:half])
    resolve_all(store, case)
    scopes = _grow(store, case, items[half:], rng, reviews=seed != 1)
    assert scopes.count("changes") > len(scopes) // 2, scopes
    incremental, recorded = incidents_of(store), recorded_of(store)
    resolve_all(store, case)
    assert incidents_of(store) == incremental
    assert recorded_of(store) == recorded


def test_incremental_resolution_on_postgresql_too(store, settings):
    case = get_case(settings)
    rng = random.Random(11)
    items = list(articles(300, seed=11, per_day=30))
    fill(store, items[:60])
    resolve_all(store, case)
    _grow(store, case, items[60:], rng, reviews=True)
    incremental = incidents_of(store)
    resolve_all(store, case)
    assert incidents_of(store) == incremental


def test_one_new_document_rereads_a_window_not_the_store(make_store, settings):
    """A report of a new event is resolved by reading the reports around its date, not every report."""
    store = make_store("sqlite")
    case = get_case(settings)
    items = list(articles(3000, seed=5, per_day=20))
    fill(store, items[:-1])
    resolve_all(store, case)
    fill(store, items[-1:])
    figures = resolve_changes(store, case)
    assert figures["scope"] == "changes"
    assert 0 < figures["mentions_reread"] < store.mentions.count() // 4


def test_reads_never_write(make_store, settings):
    from click.testing import CliRunner

    from tangible.cli.main import cli as main

    store = make_store("sqlite")
    case = get_case(settings)
    fill(store, list(articles(200, seed=3, per_day=30)))
    resolve_all(store, case)
    with store.db.read() as conn:
        assert conn.execute(select(ratings.c.id)).first() is None
    before = store.pipeline.generations()
    ledger_at(store, case, RATED_AT)
    with store.db.read() as conn:
        assert conn.execute(select(ratings.c.id)).first() is None  # a rating is computed, not stored
    url = store.db.engine.url.render_as_string(hide_password=False)
    env = {"TANGIBLE_DATABASE_URL": url, "TANGIBLE_DATA_DIR": str(settings.data_dir)}
    out = CliRunner().invoke(main, ["ledger", "--at", RATED_AT.isoformat()], env=env)
    assert out.exit_code == 0, out.output
    with store.db.read() as conn:
        assert conn.execute(select(ratings.c.id)).first() is None
    out = CliRunner().invoke(main, ["ledger", "--at", RATED_AT.isoformat(), "--save"], env=env)
    assert out.exit_code == 0, out.output
    with store.db.read() as conn:
        assert conn.execute(select(ratings.c.id)).first() is not None  # stored when asked
    # a decision without a case is recorded, and waits for the next derivation run
    incidents = incidents_of(store)
    review_mention(store, store.mentions.list(limit=1)[0].id, "reject", reviewer="test")
    assert incidents_of(store) == incidents
    assert store.pipeline.generations() != before and store.pipeline.resolution_due()


def test_an_undated_report_resolves_in_full_only_the_changes_to_its_type(make_store, settings):
    """A report with no day (no date in its sentence, no publication date) may join any incident of its type: a
    change to that type is resolved in full, a change to any other type around its dates, as a full rebuild."""
    from tangible.resolve.cluster import EVENT_TYPES_RESOLVED

    store = make_store("sqlite")
    case = get_case(settings)
    items = list(articles(1200, seed=9, per_day=20))
    fill(store, items[:200])
    resolve_all(store, case)
    undated = next(a for a in items[200:] if {m.type for m in a.mentions} == {"FINANCE"})
    undated.item.published = None
    for m in undated.mentions:
        m.date, m.date_precision = None, None
    fill(store, [undated])
    assert resolve_changes(store, case)["scope"] == "all"
    assert store.pipeline.undated_types() == {"FINANCE"}

    def types(a):
        return {m.type for m in a.mentions if m.type in EVENT_TYPES_RESOLVED}

    others = [a for a in items[200:] if a is not undated and "FINANCE" not in types(a)]
    for a in others[:12]:
        fill(store, [a])
        assert resolve_changes(store, case)["scope"] == "changes"
    fill(store, [next(a for a in items[200:] if a is not undated and types(a) == {"FINANCE"})])
    assert resolve_changes(store, case)["scope"] == "all"
    fill(store, others[12:14])
    assert resolve_changes(store, case)["scope"] == "changes"
    incremental, recorded = incidents_of(store), recorded_of(store)
    resolve_all(store, case)
    assert incidents_of(store) == incremental
    assert recorded_of(store) == recorded
