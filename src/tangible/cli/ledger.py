"""`tangible ledger`, `tangible commitments …`, `tangible codebook`, and `tangible export incidents|mentions|ratings`."""

from __future__ import annotations

import json
import sys
from datetime import date

import click

from tangible.cli.main import AppContext, pass_app
from tangible.errors import E, InputError


def _case(app: AppContext):
    from tangible.services.case import get_case

    return get_case(app.settings)


def _date(value: str | None, option: str = "--at") -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{option} {value!r} is not a date.", "Write it as YYYY-MM-DD.", code=E.NOT_A_DATE) from None


@click.command("ledger")
@click.option("--at", "at", help="Rate as of this date (YYYY-MM-DD); default today.")
@click.option("--json", "as_json", is_flag=True, help="Print the ratings as JSON.")
@click.option("--save", is_flag=True, help="Also store the ratings as snapshots (a plain run only reads).")
@click.option("--no-save", is_flag=True, hidden=True, help="Accepted for older scripts: nothing is stored without --save.")
@pass_app
def ledger_command(app: AppContext, at: str | None, as_json: bool, save: bool, no_save: bool) -> None:
    """Every active commitment's rating at a date, with counts, trend and reasons (stored only with --save)."""
    from tangible.services.commitments import commitments
    from tangible.services.coverage import trend_coverage
    from tangible.services.ledger import ledger_at

    ratings = ledger_at(app.store, _case(app), _date(at), save=save and not no_save)
    specs = {c.id: c for c in commitments(app.store)}
    for r in ratings:  # every trend says whether coverage changed over the same days
        r.trend["coverage"] = trend_coverage(app.store, r, specs[r.commitment_id].groups if r.commitment_id in specs
                                             else ())
    if as_json:
        click.echo(json.dumps([r.to_dict() for r in ratings], indent=2))
        return
    for r in ratings:
        c = r.counts
        click.echo(f"{r.commitment_id}  [{r.rating}]  at {r.at}: {c['supporting']} supporting, "
                   f"{c['contradicting']} contradicting, {c['disputed']} disputed")
        for reason in r.reasons:
            click.echo(f"    {reason}")
        click.echo(f"    {r.trend['coverage']['statement']}")


@click.group("commitments")
def commitments_group() -> None:
    """Commitments from the case file and proposed from the news."""


@commitments_group.command("list")
@click.option("--status", type=click.Choice(["active", "proposed", "rejected"]))
@click.option("--json", "as_json", is_flag=True)
@pass_app
def commitments_list(app: AppContext, status, as_json) -> None:
    """List commitments."""
    from tangible.services.commitments import commitments
    from tangible.services.ledger import sync_commitments

    if not commitments(app.store):
        sync_commitments(app.store, _case(app))
    items = commitments(app.store, status)
    if as_json:
        click.echo(json.dumps([c.to_dict() for c in items], indent=2))
        return
    for c in items:
        click.echo(f"{c.id:<28} {c.status:<9} {c.origin:<5} {c.made_on}  by {c.by} to {','.join(c.to) or '-'}: "
                   f"{c.text[:90]}")


@commitments_group.command("accept")
@click.argument("commitment_id")
@pass_app
def commitments_accept(app: AppContext, commitment_id) -> None:
    """Accept a proposed commitment: it is rated from now on."""
    from tangible.services.commitments import accept

    c = accept(app.store, commitment_id)
    click.echo(f"{c.id} is now {c.status}.")


@commitments_group.command("reject")
@click.argument("commitment_id")
@pass_app
def commitments_reject(app: AppContext, commitment_id) -> None:
    """Reject a proposed commitment."""
    from tangible.services.commitments import reject

    c = reject(app.store, commitment_id)
    click.echo(f"{c.id} is now {c.status}.")


@click.command("codebook")
@click.option("--check", is_flag=True, help="Exit 1 if docs/codebook.md differs from the generated one.")
@click.option("--output", type=click.Path(dir_okay=False), help="Write here instead of docs/codebook.md.")
def codebook_command(check: bool, output: str | None) -> None:
    """Generate docs/codebook.md from the ontology, the rules and the export fields."""
    from pathlib import Path

    from tangible.services.codebook import CODEBOOK_PATH, render_codebook, write_codebook

    path = Path(output) if output else CODEBOOK_PATH
    if check:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != render_codebook():
            click.echo(f"{path} is out of date: run `tangible codebook`.", err=True)
            sys.exit(1)
        click.echo(f"{path} is up to date.")
        return
    click.echo(f"Wrote {write_codebook(path)}.")


def _export(app: AppContext, kind: str, fmt: str, output: str | None, since: date | None = None,
            until: date | None = None) -> None:
    from tangible.services import exports

    if fmt == "claimreview":
        if kind != "ratings":
            raise InputError("--format claimreview applies to ratings only.", code=E.FORMAT_NOT_FOR_THIS_EXPORT)
        data = json.dumps(exports.claimreviews(app.store, _case(app)), indent=2, ensure_ascii=False)
        if output:
            with open(output, "w", encoding="utf-8") as fh:
                fh.write(data + "\n")
        else:
            click.echo(data)
        return
    records, fields = {
        "incidents": (lambda: exports.iter_incidents(app.store), list(exports.INCIDENT_FIELDS)),
        "mentions": (lambda: exports.iter_mentions(app.store, since=since, until=until), list(exports.MENTION_FIELDS)),
        "ratings": (lambda: exports.iter_ratings(app.store, _case(app)), list(exports.RATING_FIELDS)),
    }[kind]
    if fmt == "parquet":
        if not output:
            raise InputError("Parquet needs a file: pass --output FILE.parquet.", code=E.PARQUET_NEEDS_FILE)
        with open(output, "wb") as fh:
            n = exports.write(records(), fields, fmt, fh)
    elif output:
        with open(output, "w", encoding="utf-8", newline="") as fh:
            n = exports.write(records(), fields, fmt, fh)
    else:
        n = exports.write(records(), fields, fmt, sys.stdout)
    if output:
        click.echo(f"Wrote {n} {kind} to {output}.", err=True)


def _export_command(kind: str) -> click.Command:
    formats = ["csv", "jsonl", "parquet"] + (["claimreview"] if kind == "ratings" else [])

    @click.command(kind, help=f"Export {kind} (see docs/codebook.md for every field).")
    @click.option("--format", "fmt", type=click.Choice(formats), default="jsonl", show_default=True)
    @click.option("--output", "-o", type=click.Path(dir_okay=False), help="File to write (default stdout).")
    @pass_app
    def command(app: AppContext, fmt: str, output: str | None) -> None:
        _export(app, kind, fmt, output)

    if kind == "mentions":
        @click.command(kind, help="Export mentions (see docs/codebook.md for every field); --since/--until keep "
                                  "the events dated in that range.")
        @click.option("--format", "fmt", type=click.Choice(formats), default="jsonl", show_default=True)
        @click.option("--output", "-o", type=click.Path(dir_okay=False), help="File to write (default stdout).")
        @click.option("--since", help="First date of the event, YYYY-MM-DD.")
        @click.option("--until", help="Last date of the event, YYYY-MM-DD.")
        @pass_app
        def command(app: AppContext, fmt: str, output: str | None, since: str | None, until: str | None) -> None:
            _export(app, kind, fmt, output, _date(since, "--since"), _date(until, "--until"))

    return command


def _many(values: tuple[str, ...]) -> list[str]:
    """Repeated options, each of which may list values separated by commas: ``--type ARREST,OPERATION``."""
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


@click.command("incidents")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), default="jsonl", show_default=True,
              help="csv: flat columns for spreadsheets (UTF-8 with BOM); jsonl and parquet: the nested record.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="File to write (default stdout).")
@click.option("--per", type=click.Choice(["incident", "mention"]), default="incident", show_default=True,
              help="CSV rows: one per incident, or one per mention (report).")
@click.option("--since", help="First date, YYYY-MM-DD.")
@click.option("--until", help="Last date, YYYY-MM-DD.")
@click.option("--group", multiple=True, help="Armed group id (repeat, or separate with commas).")
@click.option("--type", "types", multiple=True, help="Event type, e.g. ARREST (repeat or comma-separated).")
@click.option("--family", multiple=True, type=click.Choice(["action", "attack", "statement"]),
              help="Every type of a family: action = every tangible action.")
@click.option("--grade", multiple=True, help="corroborated, single-source, claimed, disputed.")
@click.option("--party", multiple=True, help="Acting party id, e.g. taliban.")
@click.option("--place", multiple=True, help="Place, province or country code.")
@click.option("--verification", multiple=True, help="verified, unverified, disputed or none.")
@click.option("--q", "q", help="Text to find in the reports' sentences.")
@click.option("--sort", type=click.Choice(["date", "sources"]), default="date", show_default=True)
@pass_app
def export_incidents(app: AppContext, fmt: str, output: str | None, per: str, since, until, group, types, family,
                     grade, party, place, verification, q, sort) -> None:
    """Export incidents (see docs/codebook.md for every column), filtered as the incident list is: values of
    one option combine with or, options with and. Without filters: every incident."""
    from tangible.services import exports
    from tangible.services.case import display_names, get_case
    from tangible.services.incident_query import IncidentFilters, iter_matching

    def day(name, value):
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise InputError(f"--{name} {value!r} is not a date.", "Write it as YYYY-MM-DD.", code=E.NOT_A_DATE) from None

    filters = IncidentFilters(group=_many(group), type=_many(types), family=list(family), grade=_many(grade),
                              party=_many(party), place=_many(place), verification=_many(verification),
                              since=day("since", since), until=day("until", until), q=q, sort=sort).check()
    if fmt == "parquet" and not output:
        raise InputError("Parquet needs a file: pass --output FILE.parquet.", code=E.PARQUET_NEEDS_FILE)
    fh = open(output, "wb" if fmt == "parquet" else "w", **({} if fmt == "parquet" else
                                                           {"encoding": "utf-8", "newline": ""})) \
        if output else sys.stdout
    try:
        matching = iter_matching(app.store, filters)
        if fmt == "csv":
            names = display_names(get_case(app.settings))
            n = exports.write_flat_csv(exports.flat_rows(matching, names, per=per), exports.flat_fields(per), fh)
            unit = per
        else:
            n = exports.write((exports.incident_record(r) for r in matching), list(exports.INCIDENT_FIELDS), fmt, fh)
            unit = "incident"
    finally:
        if output:
            fh.close()
    if output:
        click.echo(f"Wrote {n} {unit}{'' if n == 1 else 's'} to {output}.", err=True)


def register(group: click.Group) -> None:
    group.add_command(ledger_command)
    group.add_command(commitments_group)
    group.add_command(codebook_command)
    export = group.commands.get("export")
    if not isinstance(export, click.Group):
        @click.group("export")
        def export() -> None:
            """Export stored data."""

        group.add_command(export)
    export.add_command(export_incidents)
    for kind in ("mentions", "ratings"):
        export.add_command(_export_command(kind))
