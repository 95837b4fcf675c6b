"""Schema migrations (Alembic), applied idempotently.

Every command opens the store through :func:`upgrade`; a store already at the newest revision, the usual
case, is recognised with one query and the migration scripts' own ``revision`` lines, without loading
Alembic (whose import and script scan cost more than the rest of opening the store).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from tangible.errors import StoreError
from tangible.store.db import Database

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.M)


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    if head is None:
        raise StoreError(f"The migration scripts in {MIGRATIONS} have no single newest revision.",
                         "Give every script but the first a down_revision.")
    return head


def script_heads() -> set[str]:
    """The revisions no migration script builds on, read from the scripts' ``revision`` and
    ``down_revision`` lines."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        for name, value in _REVISION_LINE.findall(path.read_text(encoding="utf-8")):
            found = ast.literal_eval(value)
            names = [found] if isinstance(found, str) else list(found or ())
            (revisions if name == "revision" else parents).update(names)
    return revisions - parents


def is_current(db: Database) -> bool:
    """Whether the store is at the newest revision of the scripts (one query)."""
    heads = script_heads()
    if len(heads) != 1:
        return False
    try:
        with db.read() as conn:
            stored = set(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    except (StoreError, SQLAlchemyError):  # a new store: no version table yet
        return False
    return stored == heads


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(db: Database, revision: str = "head") -> None:
    if revision == "head" and is_current(db):
        return
    from alembic import command

    cfg = _config()
    with db._write_lock, db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    db.schema_changed()


def revision(db: Database, message: str) -> None:
    """Developer helper: autogenerate a migration from schema.py."""
    from alembic import command

    cfg = _config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.revision(cfg, message=message, autogenerate=True)
