"""``tangible case check FILE``: validate a case file."""

from __future__ import annotations

from pathlib import Path

import click


@click.group("case")
def case_group() -> None:
    """Case files: actors, armed groups and commitments."""


@case_group.command("check")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
def check_cmd(file: Path) -> None:
    """Validate FILE; print a summary, or a coded, line-numbered error."""
    from tangible.case import load_case

    case = load_case(file)
    click.echo(f"{file}: ok — {len(case.actors)} actors, {len(case.groups)} groups, "
               f"{len(case.commitments)} commitments (fingerprint {case.fingerprint})")


def register(group: click.Group) -> None:
    group.add_command(case_group)
