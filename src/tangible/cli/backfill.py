"""`tangible backfill FILE --scheduler ADDRESS|local`: ingest and extract a bulk archive on Dask."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from tangible.cli.main import AppContext, pass_app


@click.command("backfill")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--scheduler", default="local", show_default=True,
              help="Dask scheduler address (tcp://HOST:8786), or 'local' for a cluster on this machine.")
@click.option("--workers", type=int, default=None,
              help="Worker processes of a local cluster (default: TANGIBLE_WORKERS, or 2 if that is 1).")
@click.option("--partition-rows", type=click.IntRange(min=1), default=500, show_default=True,
              help="Rows of the archive per task.")
@click.option("--no-resolve", is_flag=True, help="Skip incident resolution at the end.")
@pass_app
def backfill_command(app: AppContext, file: Path, scheduler: str, workers: int | None, partition_rows: int,
                     no_resolve: bool) -> None:
    """Ingest and extract FILE (JSONL or CSV, optionally .gz) on a Dask cluster.

    Writes to the store of TANGIBLE_DATABASE_URL (PostgreSQL for large archives; with SQLite the
    workers send their results to this process, the one writer). Resumable: rows whose content is
    already stored are skipped, so re-running after an interruption does only what is left.
    """
    from tangible.services.backfill import backfill, close, connect

    n = workers if workers is not None else (app.settings.workers if app.settings.workers > 1 else 2)
    client = connect(scheduler, workers=n)
    try:
        total = [0]

        def progress(rows: int) -> None:
            total[0] += rows
            if sys.stderr.isatty():
                click.echo(f"\r{total[0]} rows", err=True, nl=False)

        report = backfill(app.store, app.settings, file, client, partition_rows=partition_rows,
                          resolve=not no_resolve, progress=progress)
    finally:
        close(client)
    if sys.stderr.isatty():
        click.echo("", err=True)
    for problem in report.totals.problems[:20]:
        click.echo(f"Error: {problem}", err=True)
    click.echo(f"Backfill run {report.run_id}: {report.summary()}.")


def register(group: click.Group) -> None:
    group.add_command(backfill_command)
