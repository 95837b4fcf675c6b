"""`tangible brief`: the periodic brief."""

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


@click.command("brief")
@click.option("--until", "--at", "until", callback=_day, help="Last day of the period (default today).")
@click.option("--since", callback=_day, help="First day (default: --period before --until).")
@click.option("--period", type=click.Choice(["week", "fortnight", "month", "quarter"]), default="week", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["md", "html", "json"]), default="md", show_default=True)
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-", help="File to write (default stdout).")
@pass_app
def brief_command(app: AppContext, until, since, period, fmt, output) -> None:
    """A brief for one period: ratings then and now, actions and attacks with their quoted sources."""
    from tangible.services.briefs import build_brief, period_bounds, render_html, render_markdown
    from tangible.services.case import get_case

    since, until = period_bounds(until, period, since)
    brief = build_brief(app.store, get_case(app.settings), since=since, until=until)
    if fmt == "json":
        output.write(json.dumps(brief.to_dict(), ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt == "html":
        output.write(render_html(brief))
    else:
        output.write(render_markdown(brief))


def register(group: click.Group) -> None:
    group.add_command(brief_command)
