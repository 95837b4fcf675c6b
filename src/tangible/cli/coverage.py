"""`tangible coverage`: the coverage log per publisher and region, period by period."""

from __future__ import annotations

import json
from datetime import date

import click

from tangible.cli.main import AppContext, pass_app


def _day(ctx, param, value):
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD.") from exc


@click.command("coverage")
@click.option("--at", "until", callback=_day, help="Last day of the latest period (default today).")
@click.option("--period", type=click.Choice(["week", "fortnight", "month", "quarter"]), default="month",
              show_default=True)
@click.option("--periods", "count", default=6, show_default=True, type=click.IntRange(1, 120),
              help="How many periods, ending with the one at --at.")
@click.option("--json", "as_json", is_flag=True, help="Print the log as JSON.")
@pass_app
def coverage_command(app: AppContext, until, period, count, as_json) -> None:
    """Documents seen and documents on the case per publisher and region, period by period, and whether
    coverage changed against the period before (read every trend with it)."""
    from tangible.services.coverage import coverage_log

    log = coverage_log(app.store, until or date.today(), period, count)
    if as_json:
        click.echo(json.dumps(log, indent=2, ensure_ascii=False))
        return
    for row in log:
        flag = "CHANGED" if row["change"]["changed"] else "steady"
        click.echo(f"{row['since']} to {row['until']}: {row['seen']} seen, {row['on_case']} on the case  [{flag}]")
        click.echo(f"    {row['change']['statement']}")
        for publisher, v in row["publishers"].items():
            click.echo(f"    {publisher:<32} {v['seen']:>5} seen {v['on_case']:>5} on the case")
        for region, v in row["regions"].items():
            click.echo(f"    region {region:<25} {v['on_case']:>5} on the case from {len(v['publishers'])} "
                       f"outlet{'s' if len(v['publishers']) != 1 else ''}")


def register(group: click.Group) -> None:
    group.add_command(coverage_command)
