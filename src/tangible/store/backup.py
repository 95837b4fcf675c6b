"""Online backup of the SQLite store (sqlite3's backup API: consistent under WAL)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tangible.errors import E, StoreError
from tangible.store.db import Database


def backup_sqlite(db: Database, target: str | Path) -> None:
    if not db.is_sqlite:
        raise StoreError("`tangible db backup` copies SQLite stores only.",
                         "For PostgreSQL use pg_dump.", code=E.BACKUP_SQLITE_ONLY)
    target = Path(target)
    if target.exists():
        raise StoreError(f"{target} already exists; a backup never overwrites a file.",
                         "Choose a new file name.", code=E.BACKUP_EXISTS)
    target.parent.mkdir(parents=True, exist_ok=True)
    raw = db.engine.raw_connection()
    try:
        dest = sqlite3.connect(str(target))
        try:
            source = raw.driver_connection
            if source is None:
                raise StoreError("The store's SQLite connection is closed; it cannot be read.", "Run the backup again.",
                                 code=E.STORE_READ)
            source.backup(dest)
        finally:
            dest.close()
    finally:
        raw.close()
