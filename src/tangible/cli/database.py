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
    from tangible.services.database import migrate

    url, revision = migrate(app.settings)
    click.echo(f"Store at {url} is at revision {revision}.")


@db_group.command("status")
@pass_app
def status_command(app: AppContext) -> None:
    """Show the store's location, revision, counts, what is left to derive and the last ingest runs."""
    from tangible.services.database import status

    st = status(app.store, app.settings)
    left = st["pending"]
    click.echo(f"store:     {st['url']}")
    click.echo(f"revision:  {st['revision']} (head {st['head']})")
    click.echo(f"documents: {st['documents']}")
    click.echo(f"mentions:  {st['mentions']}")
    click.echo(f"pending:   {left['extract']} documents to extract, {left['reexamine']} to look at again, "
               f"resolution {'due' if left['resolve'] else 'up to date'}"
               + (" (`tangible extract --pending` or the next ingest derives them)"
                  if left['extract'] or left['reexamine'] or left['resolve'] else ""))
    runs = st["runs"]
    if runs:
        click.echo("runs:")
    for run in runs:
        when = run.started_at.strftime("%Y-%m-%d %H:%M:%S") if run.started_at else "-"
        click.echo(f"  {run.id:>5}  {when}  {run.kind:<6} {run.status:<11} stage {run.stage or '-':<8} "
                   f"{run.added} added, {run.unchanged} unchanged, {run.failed} failed")


@db_group.command("backup")
@click.argument("target", type=click.Path(dir_okay=False, writable=True))
@pass_app
def backup_command(app: AppContext, target: str) -> None:
    """Copy a consistent snapshot of the SQLite store to TARGET (online, WAL-safe)."""
    from tangible.services.database import backup

    backup(app.store, target)
    click.echo(f"Backup written to {target}.")


def register(group: click.Group) -> None:
    group.add_command(db_group)
