"""Engine, connections and transactions.

SQLite: WAL journal, foreign keys on, one writer at a time (a process-wide lock
plus ``BEGIN IMMEDIATE``), readers never blocked. PostgreSQL: the same code
through ``postgresql+psycopg://``.
"""

from __future__ import annotations

import logging
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import orjson
from sqlalchemy import Connection, CursorResult, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import (
    ArgumentError,
    DataError,
    DisconnectionError,
    IntegrityError,
    OperationalError,
    ProgrammingError,
    SQLAlchemyError,
)

from tangible.errors import E, RecordRejected, StoreError

log = logging.getLogger(__name__)
REVISION_TTL = 0.1  # seconds a read of the write counter is reused
PING_AFTER_IDLE = 5.0  # seconds a pooled PostgreSQL connection may rest before it is checked on checkout


def _prepare_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's begin event decide how transactions start (pysqlite's
        # own implicit BEGIN cannot do BEGIN IMMEDIATE).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def _prepare_postgresql(engine: Engine) -> None:
    """Check a pooled connection before use only when it has rested (a server restart or an idle
    timeout drops connections that rest): a check on every checkout costs a round trip per query
    under load, when connections never rest. A dropped connection is replaced, up to three times."""

    @event.listens_for(engine, "checkin")
    def on_checkin(_dbapi_conn: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def on_checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since < PING_AFTER_IDLE:
            return
        try:
            dbapi_conn.execute("SELECT 1")
            dbapi_conn.rollback()
        except Exception as exc:  # any failure here means the connection is gone
            raise DisconnectionError(f"pooled connection lost: {exc}") from exc


def create_store_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"The database URL {url!r} is not valid: {exc}.",
                         "Set TANGIBLE_DATABASE_URL to sqlite:///PATH or postgresql+psycopg://USER@HOST/DB.",
                         code=E.DATABASE_URL) from exc
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if db and db != ":memory:":
            Path(db).parent.mkdir(parents=True, exist_ok=True)
        # hide_parameters: a failed statement's message never carries the values (a reader's email, a document)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, json_deserializer=orjson.loads,
                               hide_parameters=True)
        _prepare_sqlite(engine)
    elif parsed.get_backend_name() == "postgresql":
        # the most recently used connection is handed out first, so the rest can rest and be checked
        engine = create_engine(url, pool_size=10, max_overflow=20, pool_use_lifo=True, json_deserializer=orjson.loads,
                               hide_parameters=True)
        _prepare_postgresql(engine)
    else:
        raise StoreError(f"Unsupported database {parsed.get_backend_name()!r} in {url!r}.",
                         "Use SQLite (default) or PostgreSQL.", code=E.DATABASE_UNSUPPORTED)
    return engine


def inserted_id(result: CursorResult[Any]) -> Any:
    """The primary key an INSERT of one row gave it."""
    key = result.inserted_primary_key
    if key is None:
        raise StoreError("An insert gave no key.", code=E.INTERNAL)
    return key[0]


def _first_line(error: BaseException | None) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


class Database:
    """Owns the engine; hands out read connections and serialised write transactions."""

    def __init__(self, url: str):
        self.url = url
        self.engine = create_store_engine(url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self._write_lock = threading.RLock()
        self._has_revision: bool | None = None  # unknown until the first write
        self._revision_memo: tuple[int | None, float] | None = None

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for reading. On PostgreSQL it runs without a transaction (each statement sees
        what was committed before it, as in a READ COMMITTED transaction, without the round trips to
        open and close one); a server-side cursor, which needs a transaction, is not available on it."""
        try:
            with self.engine.connect() as conn:
                if not self.is_sqlite:
                    conn.execution_options(isolation_level="AUTOCOMMIT")
                yield conn
        except OperationalError as exc:
            raise StoreError(f"Cannot read the store at {self.safe_url}: {exc.orig}.",
                             "Check TANGIBLE_DATABASE_URL and that the database is running.", code=E.STORE_READ) from exc
        except DataError as exc:  # a value the store cannot compare with (the request's fault)
            raise RecordRejected(f"The store cannot look that up: {_first_line(exc.orig)}.",
                                 "Check the values given.") from exc

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction; committed on success, rolled back on any error.

        Every committed write advances ``store_revision`` (see :meth:`revision`): inside the transaction on
        SQLite, where there is one writer anyway; just after the commit on PostgreSQL, so that concurrent
        writers never queue on that one row while their transactions are open, and a reader never sees the
        new revision before the data it stands for."""
        with self._write_lock:
            try:
                with self.engine.connect() as conn:
                    if self.is_sqlite:
                        conn = conn.execution_options(sqlite_begin="IMMEDIATE")
                    try:
                        with conn.begin():
                            yield conn
                            if self.is_sqlite:
                                self._advance_revision(conn)
                        if not self.is_sqlite:
                            with conn.begin():
                                self._advance_revision(conn)
                    finally:
                        self._revision_memo = None
            except OperationalError as exc:
                raise StoreError(f"Cannot write to the store at {self.safe_url}: {exc.orig}.",
                                 "Check that the disk is writable and no other program locks the database.",
                                 code=E.STORE_WRITE) from exc
            except (DataError, IntegrityError) as exc:  # one of the rows, not the store: the caller can go on
                raise RecordRejected(f"The store refused the data: {_first_line(exc.orig)}.",
                                     integrity=isinstance(exc, IntegrityError)) from exc

    def schema_changed(self) -> None:
        """After a migration: whether the store has a write counter is looked up again at the next write."""
        self._has_revision = None

    def _advance_revision(self, conn: Connection) -> None:
        if self._has_revision is None:
            # looked up once (again after a migration): a store older than migration 0004 has no counter
            self._has_revision = inspect(conn).has_table("store_revision")
        if self._has_revision:
            conn.execute(text("UPDATE store_revision SET revision = revision + 1 WHERE id = 1"))

    def revision(self) -> int | None:
        """The write counter of the store, or None when the store has none (not yet migrated).

        Read at most once per ``REVISION_TTL`` seconds (a page asks several times); a write through this
        handle forgets the value at once, so only another process's write can go unseen, for that long."""
        now = time.monotonic()
        memo = self._revision_memo
        if memo is not None and now - memo[1] < REVISION_TTL:
            return memo[0]
        value = self._read_revision()
        self._revision_memo = (value, now)
        return value

    def _read_revision(self) -> int | None:
        try:
            with self.engine.connect() as conn:
                value = conn.execute(text("SELECT revision FROM store_revision WHERE id = 1")).scalar()
        except (OperationalError, ProgrammingError):
            return None
        return int(value) if value is not None else None

    @property
    def safe_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()


__all__ = ["Database", "create_store_engine", "SQLAlchemyError"]
