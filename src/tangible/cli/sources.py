"""`tangible source add|list|remove`, `tangible poll`, `tangible watch`."""

from __future__ import annotations

import sys

import click

from tangible.cli.main import AppContext, pass_app


def _when(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S") if value else "-"


def _every(seconds: int | None) -> str:
    if not seconds:
        return "-"
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


@click.group("source")
def source_group() -> None:
    """Register, list and remove the feeds tangible polls."""


@source_group.command("add")
@click.option("--feed", "feed_url", required=True, help="URL of an RSS or Atom feed.")
@click.option("--publisher", help="Publisher name for the feed's documents (default: from the pages).")
@click.option("--every", default="30m", show_default=True, help="How often to poll: 90s, 30m, 2h, 1d.")
@pass_app
def source_add(app: AppContext, feed_url: str, publisher: str | None, every: str) -> None:
    """Register a feed to poll with `tangible poll` or `tangible watch`."""
    from tangible.services.sources import add_feed

    source = add_feed(app.store, app.settings, feed_url, publisher=publisher, every=every)
    click.echo(f"Added feed {source.id}: {source.url} (every {_every(source.every_seconds)}).")


@source_group.command("list")
@click.option("-v", "--verbose", is_flag=True, help="Also show each source's recent fetches.")
@click.option("--fetches", "limit", default=5, show_default=True, help="Recent fetches shown per source with -v.")
@pass_app
def source_list(app: AppContext, verbose: bool, limit: int) -> None:
    """List registered sources with their polling state (-v: recent fetches)."""
    from tangible.services.sources import list_sources, recent_fetches

    sources = list_sources(app.store)
    if not sources:
        click.echo("No sources. Add one with `tangible source add --feed URL`.")
        return
    for s in sources:
        state = "active" if s.active else "paused"
        click.echo(f"{s.id:>4}  {s.kind:<5} {state:<6} every {_every(s.every_seconds):<4} "
                   f"last {_when(s.last_polled_at)}  next {_when(s.next_due_at)}  "
                   f"{s.url}" + (f"  [{s.publisher}]" if s.publisher else ""))
        if verbose:
            fetches = recent_fetches(app.store, s.id, limit=limit)
            if not fetches:
                click.echo("        (no fetches yet)")
            for f in fetches:
                status = f.status_code if f.status_code is not None else "-"
                size = f"{f.bytes:,}B" if f.bytes is not None else "-"
                line = f"        {_when(f.fetched_at)}  {status!s:>3}  {size:>10}  {f.elapsed_ms or 0:>6}ms  {f.outcome:<12} {f.url}"
                if f.error:
                    line += f"  ({f.error})"
                click.echo(line)


@source_group.command("remove")
@click.argument("key")
@pass_app
def source_remove(app: AppContext, key: str) -> None:
    """Remove a source by id or URL. Documents already stored from it are kept."""
    from tangible.services.sources import remove_source

    source = remove_source(app.store, key)
    click.echo(f"Removed {source.kind} {source.id}: {source.url}.")


@click.command("poll")
@click.option("--no-pipeline", is_flag=True, help="Store documents only; skip extraction and resolution.")
@pass_app
def poll_command(app: AppContext, no_pipeline: bool) -> None:
    """Poll every feed that is due once, ingesting new and changed items."""
    from tangible.services.sources import StopSignal, poll_due

    stop = StopSignal()
    with stop.installed():
        report = poll_due(app.store, app.settings, stop=stop, run_pipeline=not no_pipeline,
                          on_source=lambda s: click.echo(s.summary(), err=s.outcome == "error"))
    for problem in report.failed:
        if not problem.startswith("source "):
            click.echo(f"Error: {problem}", err=True)
    click.echo(report.summary() + ".")
    if report.failed:
        sys.exit(1)


@click.command("watch")
@click.option("--interval", default=60.0, show_default=True, type=click.FloatRange(min=1),
              help="Longest wait in seconds between checks for due feeds.")
@click.option("--no-pipeline", is_flag=True, help="Store documents only; skip extraction and resolution.")
@pass_app
def watch_command(app: AppContext, interval: float, no_pipeline: bool) -> None:
    """Keep polling due feeds until Ctrl-C or SIGTERM; the item in hand is finished first."""
    from tangible.services.sources import StopSignal, list_sources, watch

    stop = StopSignal()

    def show(report) -> None:
        for s in report.sources:
            click.echo(s.summary(), err=s.outcome == "error")

    click.echo(f"Watching {len(list_sources(app.store, active=True))} sources; Ctrl-C to stop.", err=True)
    passes = watch(app.store, app.settings, interval=interval, stop=stop, run_pipeline=not no_pipeline, on_poll=show)
    click.echo(f"Stopped after {passes} passes.", err=True)


def register(group: click.Group) -> None:
    group.add_command(source_group)
    group.add_command(poll_command)
    group.add_command(watch_command)
