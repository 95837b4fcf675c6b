"""What the CLI prints after a run: sentences and aligned tables (rich), never a Python dict.

The pipeline's figures (``derive``: ``{"extract": {...}, "resolve": {...}}``) are described stage by stage;
a figure this module does not know is still printed, as "name: value".
"""

from __future__ import annotations

from typing import Any, Iterable

import click


def plural(n: Any, one: str, many: str | None = None) -> str:
    try:
        k = int(n)
    except (TypeError, ValueError):
        return f"{n} {many or one + 's'}"
    return f"{k} {one if k == 1 else (many or one + 's')}"


def _rest(figures: dict, known: Iterable[str]) -> str:
    extra = [f"{k.replace('_', ' ')}: {_plain(v)}" for k, v in figures.items() if k not in set(known)]
    return f" ({'; '.join(extra)})" if extra else ""


def _plain(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{_plain(v)} {k}" for k, v in value.items()) or "none"
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value)) or "none"
    return str(value)


def describe_extract(f: dict) -> str:
    text = (f"Extraction: {plural(f.get('mentions', 0), 'mention')} from {plural(f.get('documents', 0), 'document')}")
    if f.get("irrelevant"):
        text += f"; {plural(f['irrelevant'], 'document')} off the case's topic skipped"
    if f.get("workers"):
        text += f", {plural(f['workers'], 'worker')}"
    return text + _rest(f, ("mentions", "documents", "irrelevant", "workers")) + "."


def describe_resolve(f: dict) -> str:
    grades = f.get("grades") or {}
    text = f"Resolution: {plural(f.get('incidents', 0), 'incident')} from {plural(f.get('mentions', 0), 'mention')}"
    if grades:
        text += " (" + ", ".join(f"{n} {g}" for g, n in sorted(grades.items(), key=lambda kv: -kv[1])) + ")"
    if f.get("attached"):
        text += f"; {plural(f['attached'], 'statement')} attached to the events they speak of"
    if f.get("unattached_statements"):
        text += f", {f['unattached_statements']} standing alone"
    if f.get("removed"):
        text += f"; {plural(f['removed'], 'incident')} no longer reported removed"
    if f.get("human_incidents"):
        text += f"; {plural(f['human_incidents'], 'incident')} shaped by reviewers kept"
    c = f.get("commitments") or {}
    if c:
        parts = [f"{c[k]} {k}" for k in ("added", "updated", "removed") if c.get(k)]
        if c.get("proposed"):
            parts.append(f"{c['proposed']} proposed from the news, awaiting an analyst")
        if parts:
            text += "; commitments: " + ", ".join(parts)
    if f.get("seconds") is not None:
        text += f"; {f['seconds']} s"
    known = ("incidents", "mentions", "grades", "attached", "unattached_statements", "removed", "human_incidents",
             "commitments", "seconds")
    return text + _rest(f, known) + "."


def describe_pipeline(pipeline: dict) -> list[str]:
    """One sentence per stage of a run's derivation."""
    out = []
    for stage, figures in (pipeline or {}).items():
        if not isinstance(figures, dict):
            out.append(f"{stage.capitalize()}: {_plain(figures)}.")
        elif stage == "extract":
            out.append(describe_extract(figures))
        elif stage == "resolve":
            out.append(describe_resolve(figures))
        else:
            out.append(f"{stage.capitalize()}: " + "; ".join(f"{k.replace('_', ' ')}: {_plain(v)}"
                                                             for k, v in figures.items()) + ".")
    return out


def grades_table(grades: dict[str, int]) -> str:
    """The incidents by grade as an aligned table (rich; plain text when the output is not a terminal)."""
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None, show_header=True, header_style="bold", pad_edge=False)
    table.add_column("grade")
    table.add_column("incidents", justify="right")
    for grade, n in sorted(grades.items(), key=lambda kv: -kv[1]):
        table.add_row(grade, str(n))
    table.add_row("total", str(sum(grades.values())), style="bold")
    console = Console(file=None, force_terminal=False, width=60, highlight=False, color_system=None)
    with console.capture() as cap:
        console.print(table)
    return cap.get().rstrip("\n")


def echo_pipeline(pipeline: dict) -> None:
    for line in describe_pipeline(pipeline):
        click.echo(line)
    grades = ((pipeline or {}).get("resolve") or {}).get("grades")
    if grades:
        click.echo(grades_table(grades))
