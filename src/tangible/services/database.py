"""The store's administration: migrations, what it holds and what is left to derive, backups."""

from __future__ import annotations

from typing import Any

from tangible.settings import Settings


def migrate(settings: Settings) -> tuple[str, str | None]:
    """Apply the schema migrations (safe to run twice); returns the store's address (without a password)
    and the revision it is at."""
    from tangible.store import Store
    from tangible.store import migrate as migrations

    store = Store.open(settings, migrate=False)
    try:
        migrations.upgrade(store.db)
        return store.db.safe_url, migrations.current_revision(store.db)
    finally:
        store.close()


def status(store, settings: Settings, *, runs: int = 5) -> dict[str, Any]:
    """The store's address, revision (and the newest one), counts, what is left to derive and the last runs
    (runs whose process died are marked so first)."""
    from tangible.services.documents import store_counts
    from tangible.services.pipeline import pending
    from tangible.services.runs import mark_dead_runs
    from tangible.store import migrate as migrations

    mark_dead_runs(store)
    counts = store_counts(store)
    return {"url": store.db.safe_url, "revision": migrations.current_revision(store.db),
            "head": migrations.head_revision(), "documents": store.documents.count(), "mentions": counts["mentions"],
            "pending": pending(store, settings), "runs": store.documents.runs(runs)}


def backup(store, target: str) -> None:
    """Copy a consistent snapshot of the SQLite store to ``target`` (online, WAL-safe)."""
    from tangible.store.backup import backup_sqlite

    backup_sqlite(store.db, target)
