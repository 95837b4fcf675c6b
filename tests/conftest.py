"""Shared fixtures: settings and stores on real SQLite files and on the local PostgreSQL.

``make_store(backend)`` gives a fresh, migrated store: a new SQLite file in a temp
dir, or a new PostgreSQL database on 127.0.0.1:5432 dropped after the test.
The ``store`` fixture runs each test that uses it on both backends.

`make test` runs the suite on pytest-xdist workers. Each worker has its own temp dirs; PostgreSQL databases
are named per worker and test, ports are the kernel's, and tests that share a store built once (see
``xdist_group``) run on one worker in order.
"""

from __future__ import annotations

import functools
import os
import re
import socket
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
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")  # gw0, gw1, ... under pytest-xdist


def pg_database_name() -> str:
    """A new database's name: unique, and telling which worker made it if one is left behind."""
    return f"tangible_test_{WORKER}_{uuid.uuid4().hex[:12]}"


def free_port() -> int:
    """A port nothing listens on now, for a server that must be given a number (a subprocess, aiosmtpd).

    The kernel picks it from its whole ephemeral range at random, so two workers (or two test runs) asking at
    once get different ports; servers in this process bind their own socket instead (tests.api.conftest)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# Under pytest-xdist a worker runs a group's tests in collection order, as a serial run would: those on the
# session stores they write to (tokens, reviews, replies) by folder, those of a module with a module-scoped
# fixture (built once, and its tests may see each other's writes) by file; any other test alone.
SHARED_SESSION = {"corpus_settings": "tests/api/", "corpus_store": "tests/api/", "corpus_server": "tests/api/",
                  "served": "tests/web/", "browser": "tests/web/"}


@functools.cache
def _has_module_fixture(path: str) -> bool:
    return re.search(r"scope=[\"']module", (ROOT / path).read_text(encoding="utf-8")) is not None


def xdist_group(nodeid: str) -> str:
    path = nodeid.split("::", 1)[0]
    folder = next((f for f in set(SHARED_SESSION.values()) if path.startswith(f)), None)
    return folder or (path if _has_module_fixture(path) else nodeid)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """pytest-xdist's default (``--dist load``) with the groups above (its own ``loadgroup`` reads marks, which
    it cannot attach to pytest 9's node ids)."""
    if config.getvalue("dist") != "load":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class GroupScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return xdist_group(nodeid)

    return GroupScheduling(config, log)


def pytest_collection_modifyitems(config, items):
    """The groups are found from paths (the scheduler sees only node ids): check them against the fixtures."""
    for item in items:
        defs = item._fixtureinfo.name2fixturedefs
        group = xdist_group(item.nodeid)
        shared = {SHARED_SESSION[n] for n in item.fixturenames if n in SHARED_SESSION}
        module = any(d.scope == "module" for ds in defs.values() for d in ds)
        if shared - {group} or (module and group == item.nodeid):
            raise pytest.UsageError(f"{item.nodeid} shares a store with other tests but is scheduled alone: "
                                    "give its file or folder a group in tests/conftest.py (xdist_group)")


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
            dbname = pg_database_name()
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


@pytest.fixture(scope="session")
def eval_root() -> Path:
    """The shared evaluation data (../shared/eval or TANGIBLE_EVAL_DIR); its tests are skipped where it is absent."""
    from tangible.evaluation import eval_dir

    try:
        return eval_dir()
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"evaluation data absent: {exc}")
