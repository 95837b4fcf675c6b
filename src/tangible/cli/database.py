"""`tangible db migrate|status|backup`."""

from __future__ import annotations

import click

from tangible.cli.main import AppContext, pass_app


@click.group("db")
def db_group() -> None:
    """Manage the store: migrations and backups."""


@db_group.command("migrate")
@pass_app
def migrate_command(app: AppContext) -> None:
    """Apply schema migrations (safe to run twice)."""
    from tangible.store import Store
    from tangible.store import migrate

    store = Store.open(app.settings, migrate=False)
    try:
        migrate.upgrade(store.db)
        click.echo(f"Store at {store.db.safe_url} is at revision {migrate.current_revision(store.db)}.")
    finally:
        store.close()


@db_group.command("status")
@pass_app
def status_command(app: AppContext) -> None:
    """Show the store's location, revision and document count."""
    from tangible.store import migrate

    store = app.store
    click.echo(f"store:     {store.db.safe_url}")
    click.echo(f"revision:  {migrate.current_revision(store.db)} (head {migrate.head_revision()})")
    click.echo(f"documents: {store.documents.count()}")
    click.echo(f"mentions:  {store.mentions.count()}")


@db_group.command("backup")
@click.argument("target", type=click.Path(dir_okay=False, writable=True))
@pass_app
def backup_command(app: AppContext, target: str) -> None:
    """Copy a consistent snapshot of the SQLite store to TARGET (online, WAL-safe)."""
    from tangible.store.backup import backup_sqlite

    backup_sqlite(app.store.db, target)
    click.echo(f"Backup written to {target}.")


def register(group: click.Group) -> None:
    group.add_command(db_group)
