"""Shared fixtures: settings and stores on real SQLite files and on the local PostgreSQL.

``make_store(backend)`` gives a fresh, migrated store: a new SQLite file in a temp
dir, or a new PostgreSQL database on 127.0.0.1:5432 dropped after the test.
The ``store`` fixture runs each test that uses it on both backends.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from tangible.settings import Settings
from tangible.store import Store

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
DATA = Path(__file__).resolve().parent / "data"
PG_ADMIN_URL = os.environ.get("TANGIBLE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def _pg_available() -> str | None:
    try:
        engine = sa.create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(sa.text("select 1"))
        engine.dispose()
        return None
    except Exception as exc:  # the reason is shown in the skip message
        return str(exc).splitlines()[0]


_PG_PROBLEM = _pg_available()


@pytest.fixture
def settings_factory(tmp_path):
    def make(**overrides) -> Settings:
        values = {"data_dir": tmp_path / "data"}
        values.update(overrides)
        return Settings(**values)

    return make


@pytest.fixture
def settings(settings_factory) -> Settings:
    return settings_factory()


@pytest.fixture
def make_store(tmp_path):
    created: list[tuple[Store, str | None]] = []

    def make(backend: str = "sqlite") -> Store:
        if backend == "sqlite":
            url = f"sqlite:///{tmp_path / f'store-{len(created)}.db'}"
            dbname = None
        elif backend == "postgresql":
            if _PG_PROBLEM:
                pytest.skip(f"PostgreSQL on 127.0.0.1:5432 is not reachable: {_PG_PROBLEM}")
            dbname = f"tangible_test_{uuid.uuid4().hex[:12]}"
            admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(sa.text(f'CREATE DATABASE "{dbname}"'))
            admin.dispose()
            url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{dbname}"
        else:
            raise ValueError(backend)
        store = Store.open(Settings(database_url=url, data_dir=tmp_path / "data"))
        created.append((store, dbname))
        return store

    yield make
    for store, dbname in created:
        store.close()
        if dbname:
            admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)'))
            admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request, make_store) -> Store:
    """A fresh store, once on SQLite and once on PostgreSQL."""
    return make_store(request.param)


@pytest.fixture
def sqlite_store(make_store) -> Store:
    return make_store("sqlite")
