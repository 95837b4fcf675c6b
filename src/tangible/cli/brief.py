"""`tangible brief`: the periodic brief."""

from __future__ import annotations

import json
from datetime import date

import click

from tangible.cli.main import AppContext, pass_app
from tangible.errors import E


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
@click.option("--format", "fmt", type=click.Choice(["md", "html", "json", "pdf"]), default="md", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="File to write (default stdout; a PDF needs a file).")
@pass_app
def brief_command(app: AppContext, until, since, period, fmt, output) -> None:
    """A brief for one period: each commitment's arrow against the previous period with its reasons, the
    cut-off, counts per group and acting party, incidents with quotes, grades and links, findings, disputes
    and coverage."""
    from tangible.errors import InputError
    from tangible.services.briefs import build_brief, period_bounds, render_html, render_markdown, render_pdf
    from tangible.services.case import get_case

    since, until = period_bounds(until, period, since)
    if fmt == "pdf" and output == "-":
        raise InputError("A PDF brief needs a file: pass --output FILE.pdf.", code=E.PDF_NEEDS_FILE)
    brief = build_brief(app.store, get_case(app.settings), since=since, until=until,
                        base_url=app.settings.public_url)
    if fmt == "pdf":
        data = render_pdf(brief)
        with open(output, "wb") as fh:
            fh.write(data)
        click.echo(f"Wrote {output} ({len(data):,} bytes).", err=True)
        return
    if fmt == "json":
        text = json.dumps(brief.to_dict(), ensure_ascii=False, indent=2, default=str) + "\n"
    elif fmt == "html":
        text = render_html(brief)
    else:
        text = render_markdown(brief)
    if output == "-":
        click.echo(text, nl=False)
    else:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)


def register(group: click.Group) -> None:
    group.add_command(brief_command)
