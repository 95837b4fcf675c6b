"""Read connections on PostgreSQL: no transaction round trips, and a connection the server dropped
while it rested in the pool is replaced rather than failing the next read."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from tangible.models import DocumentInput
from tangible.store import db as db_module

pytestmark = pytest.mark.postgres


def _backend_pids(store) -> set[int]:
    with store.db.engine.connect() as conn:
        name = conn.execute(sa.text("SELECT current_database()")).scalar_one()
    admin = sa.create_engine(store.db.engine.url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            return set(conn.execute(sa.text("SELECT pid FROM pg_stat_activity WHERE datname = :d"),
                                    {"d": name}).scalars())
    finally:
        admin.dispose()


def _terminate(store, pids: set[int]) -> None:
    admin = sa.create_engine(store.db.engine.url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            for pid in pids:
                conn.execute(sa.text("SELECT pg_terminate_backend(:p)"), {"p": pid})
    finally:
        admin.dispose()


def test_a_read_runs_outside_a_transaction_and_sees_committed_writes(make_store):
    store = make_store("postgresql")
    with store.db.read() as conn:
        assert conn.connection.driver_connection.autocommit is True
        before = store.documents.count()
        store.documents.add(DocumentInput(text="Police arrested two men in Kabul.", language="en", external_id="c1"))
        # the same connection sees the other connection's commit at its next statement
        assert store.documents.count() == before + 1


def test_a_connection_dropped_while_resting_is_replaced(make_store, monkeypatch):
    store = make_store("postgresql")
    store.documents.add(DocumentInput(text="Police arrested two men in Kabul.", language="en", external_id="c2"))
    assert store.documents.count() == 1  # a pooled connection now rests
    _terminate(store, _backend_pids(store))
    monkeypatch.setattr(db_module, "PING_AFTER_IDLE", 0.0)  # every rested connection is checked
    assert store.documents.count() == 1
    assert store.documents.count() == 1


def test_without_the_check_a_dropped_connection_fails_with_a_clear_error(make_store, monkeypatch):
    store = make_store("postgresql")
    assert store.documents.count() == 0
    _terminate(store, _backend_pids(store))
    monkeypatch.setattr(db_module, "PING_AFTER_IDLE", 3600.0)  # the connection rested too briefly to check
    from tangible.errors import StoreError

    with pytest.raises(StoreError, match="Cannot read the store"):
        store.documents.count()
    assert store.documents.count() == 0  # the pool replaced the dropped connection
