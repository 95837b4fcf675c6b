"""Query plans of the store's list queries: every filter served by an index, newest-first pages read
in index order (keyset pagination, no sort of the whole table), and a constant number of statements
per page (no N+1).

The statements checked are the ones the store really issues: they are captured with SQLAlchemy's
``before_cursor_execute`` event while a repository method runs, then explained with the same
parameters. PostgreSQL is explained with ``enable_seqscan = off``, so a sequential scan that is left
in the plan means no index can serve the query (on tiny test tables the planner would otherwise
prefer scans anyway).
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from datetime import date, timedelta

import pytest
from sqlalchemy import event

from tangible.models import DocumentInput, Location, Mention
from tangible.resolve.records import DocFacts, Evidence, IncidentDraft

BIG_TABLES = ("documents", "mentions", "incidents", "incident_mentions", "incident_groups")
TYPES = ["ARREST", "ATTACK", "DEMAND", "OPERATION"]


def _fill(store, n_docs: int = 40) -> None:
    doc_ids = []
    for i in range(n_docs):
        res = store.documents.add(DocumentInput(text=f"Document {i} on the TTP in Quetta.", publisher=f"pub{i % 3}",
                                                published=date(2026, 1, 1) + timedelta(days=i), language="en"))
        doc_ids.append(res.doc_id)
    found = {
        d: [Mention(doc_id=d, type=TYPES[(i + k) % 4], modality=("asserted", "future")[k % 2], sentence=f"s{k}",
                    char_span=(k * 10, k * 10 + 5), date=date(2026, 1, 1) + timedelta(days=i + k), groups=["ttp"],
                    location=Location("Quetta", "PK", "Balochistan"))
            for k in range(4)]
        for i, d in enumerate(doc_ids)
    }
    store.mentions.replace_for_documents(found, "test")
    ms = [m for d in doc_ids for m in found[d]]
    drafts = []
    for j in range(0, len(ms), 2):
        m = ms[j]
        drafts.append(IncidentDraft(
            id=f"i{j:05d}", type=m.type, acled_subtype=None, grade=("corroborated", "single-source")[j % 2],
            grade_reason="", date=m.date if j % 10 else None, date_precision="day", location=m.location,
            source=None, target=None, groups=["ttp"] if j % 4 else ["bla"], quantities={},
            quantities_reported={}, publishers=["pub0"], members=[Evidence(x, DocFacts(x.doc_id)) for x in ms[j:j + 2]]))
    store.incidents.replace_all([d.record() for d in drafts])


@contextmanager
def _statements(store):
    seen: list[tuple[str, object]] = []

    def before(conn, cursor, statement, parameters, context, executemany):
        # the write counter is read at most every REVISION_TTL seconds, so whether a request reads
        # it depends on the clock: it is not part of a query plan
        if statement.lstrip().upper().startswith(("SELECT", "WITH")) and "store_revision" not in statement:
            seen.append((statement, parameters))

    event.listen(store.db.engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(store.db.engine, "before_cursor_execute", before)


def _explain(store, statement: str, parameters) -> list[str]:
    with store.db.engine.connect() as conn:
        if store.db.is_sqlite:
            return [row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)]
        # A few dozen rows make scans and bitmap heaps cheapest; turn them off to see the plan
        # the planner picks at volume, when reading the index in order wins.
        conn.exec_driver_sql("SET enable_seqscan = off")
        conn.exec_driver_sql("SET enable_bitmapscan = off")
        try:
            return [row[0] for row in conn.exec_driver_sql("EXPLAIN " + statement, parameters)]
        finally:
            conn.exec_driver_sql("RESET enable_seqscan")
            conn.exec_driver_sql("RESET enable_bitmapscan")


def _plans(store, call) -> list[tuple[str, list[str]]]:
    with _statements(store) as seen:
        call(store)
    assert seen, "the call issued no query"
    return [(stmt, _explain(store, stmt, params)) for stmt, params in seen]


def _full_scans(store, plan: list[str]) -> list[str]:
    if store.db.is_sqlite:
        pat = re.compile(r"^SCAN (%s)\b(?!.*USING)" % "|".join(BIG_TABLES))
    else:
        pat = re.compile(r"Seq Scan on (%s)\b" % "|".join(BIG_TABLES))
    return [line.strip() for line in plan if pat.search(line.strip())]


def _sorts_everything(store, plan: list[str]) -> bool:
    if store.db.is_sqlite:
        return any(line.strip() == "USE TEMP B-TREE FOR ORDER BY" for line in plan)
    return any(re.match(r"\s*(->\s*)?Sort\b", line) for line in plan)


# (name, call, the page must come in index order)
LIST_CALLS = [
    ("documents by publisher", lambda s: s.documents.list(limit=10, publisher="pub1"), False),
    ("mentions by type", lambda s: s.mentions.list(limit=10, type="ARREST"), True),
    ("mentions by type and modality", lambda s: s.mentions.list(limit=10, type="ARREST", modality="asserted"), True),
    ("mentions by date", lambda s: s.mentions.list(limit=10, since=date(2026, 1, 10), until=date(2026, 1, 20)), False),
    ("mentions next page", lambda s: s.mentions.list(limit=10, after="m5", type="ATTACK"), True),
    ("mentions of a document", lambda s: s.mentions.for_document("x" * 32), False),
    ("incidents by type", lambda s: s.incidents.page(limit=10, type="ARREST"), False),
    ("incidents by grade", lambda s: s.incidents.page(limit=10, grade="corroborated"), False),
    ("incidents by group", lambda s: s.incidents.page(limit=10, group="bla"), False),
    ("incidents by date", lambda s: s.incidents.page(limit=10, since=date(2026, 1, 10), until=date(2026, 1, 20)), False),
    ("incident count by type", lambda s: s.incidents.count_filtered(type="ARREST"), False),
    ("incident page", lambda s: s.incidents.incident("i00004"), False),
    ("document by id", lambda s: s.documents.get("x" * 32), False),
    pytest.param("documents newest first", lambda s: s.documents.list(limit=10), True),
    pytest.param("documents next page", lambda s: s.documents.list(limit=10, after=("2026-01-20", "z" * 32)), True),
    pytest.param("incidents newest first", lambda s: s.incidents.page(limit=10), True),
    pytest.param("incidents by place", lambda s: s.incidents.page(limit=10, place="Balochistan"), False),
]


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def filled(request, tmp_path_factory):
    """One filled store per backend for the whole module (the plans only read)."""
    import sqlalchemy as sa

    from tangible.settings import Settings
    from tangible.store import Store
    from tests.conftest import _PG_PROBLEM, PG_ADMIN_URL, pg_database_name

    dbname = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('plans') / 'plans.db'}"
    else:
        if _PG_PROBLEM:
            pytest.skip(f"PostgreSQL on 127.0.0.1:5432 is not reachable: {_PG_PROBLEM}")
        dbname = pg_database_name()
        admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{dbname}"'))
        admin.dispose()
        url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{dbname}"
    store = Store.open(Settings(database_url=url, data_dir=tmp_path_factory.mktemp("plans-data")))
    _fill(store)
    yield store
    store.close()
    if dbname:
        admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)'))
        admin.dispose()


@pytest.mark.parametrize("name, call, ordered", LIST_CALLS)
def test_list_queries_use_indexes(filled, name, call, ordered):
    for statement, plan in _plans(filled, call):
        where = f"{name}: {' '.join(statement.split())[:160]}\n  " + "\n  ".join(plan)
        assert not _full_scans(filled, plan), f"full scan of a big table in {where}"
        if ordered:
            assert not _sorts_everything(filled, plan), f"the page is sorted instead of read in index order: {where}"


def test_keyset_pages_cover_every_row_once(filled):
    seen, after = [], None
    while True:
        page = filled.incidents.page(limit=7, after=after)
        if not page:
            break
        seen.extend(r.id for r in page)
        after = (page[-1].date.isoformat() if page[-1].date else None, page[-1].id)
    assert len(seen) == len(set(seen)) == filled.incidents.count()
    mids, last = [], None
    while batch := filled.mentions.list(limit=9, after=last, type="ARREST"):
        mids.extend(m.id for m in batch)
        last = batch[-1].id
    assert mids == sorted(mids) and len(mids) == filled.mentions.count(type="ARREST")


@pytest.mark.parametrize("call", [
    lambda s, n: s.incidents.page(limit=n),
    lambda s, n: s.incidents.page(limit=n, group="ttp", type="ATTACK"),
    lambda s, n: s.mentions.list(limit=n, type="ARREST"),
    lambda s, n: s.documents.list(limit=n),
])
def test_a_page_costs_the_same_statements_whatever_its_size(filled, call):
    counts = []
    for n in (2, 8):
        with _statements(filled) as seen:
            rows = call(filled, n)
        assert len(rows) == n
        counts.append(len(seen))
    assert counts[0] == counts[1] == 1


def _api_statement_counts(filled, path_for_size):
    pytest.importorskip("tangible.api")
    from fastapi.testclient import TestClient

    from tangible.server import create_app
    from tangible.settings import Settings

    app = create_app(Settings(database_url=filled.db.url, secret_key="k" * 32), filled)
    counts = []
    with TestClient(app) as client:
        # a first request fills the caches of derived views (list totals), which later ones read
        assert client.get(path_for_size(1)).status_code == 200
        for n in (2, 12):
            with _statements(filled) as seen:
                response = client.get(path_for_size(n))
            assert response.status_code == 200, response.text
            assert len(response.json()["data"]) == n
            counts.append(len(seen))
    return counts


def test_api_incident_list_page_has_no_n_plus_one(filled):
    counts = _api_statement_counts(filled, lambda n: f"/api/v1/incidents?limit={n}")
    assert counts[0] == counts[1]


def test_api_incident_list_with_mentions_has_no_n_plus_one(filled):
    counts = _api_statement_counts(filled, lambda n: f"/api/v1/incidents?limit={n}&mentions=true")
    assert counts[0] == counts[1]
