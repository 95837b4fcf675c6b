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
    """Show the store's location, revision, counts, what is left to derive and the last ingest runs."""
    from tangible.services.pipeline import pending
    from tangible.services.runs import mark_dead_runs
    from tangible.store import migrate

    store = app.store
    mark_dead_runs(store)
    left = pending(store, app.settings)
    click.echo(f"store:     {store.db.safe_url}")
    click.echo(f"revision:  {migrate.current_revision(store.db)} (head {migrate.head_revision()})")
    click.echo(f"documents: {store.documents.count()}")
    click.echo(f"mentions:  {store.mentions.count()}")
    click.echo(f"pending:   {left['extract']} documents to extract, {left['reexamine']} to look at again, "
               f"resolution {'due' if left['resolve'] else 'up to date'}"
               + (" (`tangible extract --pending` or the next ingest derives them)"
                  if left['extract'] or left['reexamine'] or left['resolve'] else ""))
    runs = store.documents.runs(5)
    if runs:
        click.echo("runs:")
    for run in runs:
        when = run["started_at"].strftime("%Y-%m-%d %H:%M:%S") if run["started_at"] else "-"
        click.echo(f"  {run['id']:>5}  {when}  {run['kind']:<6} {run['status']:<11} stage {run['stage'] or '-':<8} "
                   f"{run['added']} added, {run['unchanged']} unchanged, {run['failed']} failed")


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
