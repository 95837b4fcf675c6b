"""``tangible extract [FILE|-]``: documents in (text, HTML or JSONL), DESIGN §4 mentions out."""

from __future__ import annotations

import errno
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import click

from tangible.cli.main import AppContext, pass_app
from tangible.errors import E, InputError


def _parse_date(value: str | None, where: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(f"{where}: published '{value}' is not a date.", "Write it as YYYY-MM-DD.") from None


def html_to_text(html: str) -> str:
    import logging
    import re

    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    text = trafilatura.extract(html, include_comments=False) or ""
    if not text.strip():
        # a fragment too small for boilerplate removal: keep its visible text
        text = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S | re.I)
        text = re.sub(r"<[^>]+>", " ", text)
        import html as _html

        text = " ".join(_html.unescape(text).split())
    return text


def _looks_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<body" in head or "<!doctype html" in head or ("<p>" in head and "</p>" in head)


def read_documents(raw: str, name: str, published: date | None, errors: list[str]) -> Iterator[tuple[str, str, date | None]]:
    """(id, clean text, published) of each document in ``raw``; texts are cleaned as ingest cleans them,
    so offsets are those a stored copy would have."""
    from tangible.sources.text import clean_text

    stripped = raw.lstrip()
    if stripped.startswith("{"):
        for n, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                if not isinstance(obj, dict):
                    raise ValueError("not a JSON object")
                if "text" in obj and obj["text"] is not None:
                    text = str(obj["text"])
                elif "html" in obj and obj["html"] is not None:
                    text = html_to_text(str(obj["html"]))
                else:
                    raise ValueError("no 'text' or 'html' field")
                text = clean_text(text)
                doc_id = str(obj.get("id") or f"{name}:{n}")
                pub = _parse_date(obj.get("published"), f"{name} line {n}") or published
            except (ValueError, InputError) as exc:
                errors.append(f"[{E.LINE_SKIPPED}] {name} line {n}: {exc}; line skipped.")
                continue
            yield doc_id, text, pub
        return
    text = html_to_text(raw) if _looks_html(raw) else raw
    yield name, clean_text(text), published


@click.command("extract")
@click.argument("file", default="-", type=str)
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("--published", default=None, help="Publication date (YYYY-MM-DD) of a single text.")
@click.option("--case", "case_path", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Case file (YAML); default: the bundled Afghanistan case.")
@click.option("--rebuild", is_flag=True,
              help="Re-derive every stored mention (after a model or case-file change), then re-resolve incidents.")
@click.option("--pending", is_flag=True,
              help="Extract the stored documents earlier runs left unextracted (or extracted with another "
                   "extractor or case file), then resolve if anything changed.")
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="With --rebuild or --pending: extraction worker processes (default TANGIBLE_WORKERS).")
@pass_app
def extract_cmd(app: AppContext, file: str, fmt: str, published: str | None, case_path: Path | None,
                rebuild: bool, pending: bool, workers: int | None) -> None:
    """Find events in FILE (plain text, HTML or JSONL; '-' for stdin); print one mention per line.

    With --rebuild, FILE is not read: every stored document is extracted again
    (human review decisions are kept) and incidents are resolved again. With --pending,
    only what is not yet derived is.
    """
    from tangible.case import load_case
    from tangible.nlp import Extractor
    from tangible.sources.text import decode_bytes

    if rebuild or pending:
        _derive(app, case_path, workers, everything=rebuild)
        return
    pub = _parse_date(published, "--published")
    if file == "-":
        raw = decode_bytes(sys.stdin.buffer.read(), "utf-8", "stdin")
        name = "stdin"
    else:
        p = Path(file)
        try:
            raw = decode_bytes(p.read_bytes(), None, file)
        except IsADirectoryError:
            raise InputError(f"{file}: is a folder; extract reads one file.",
                             "Ingest folders with `tangible ingest FOLDER`.", code=E.UNREADABLE_FILE) from None
        except OSError as exc:
            reason = "a symbolic link that loops back on itself" if exc.errno == errno.ELOOP else exc.strerror
            raise InputError(f"{file}: cannot be read ({reason}).", "Check the path.", code=E.UNREADABLE_FILE) from None
        name = p.name
    if not raw.strip():
        raise InputError(f"{name}: the input is empty; there is nothing to extract.",
                         "Give a file with text, HTML or JSON lines.", code=E.EMPTY_INPUT)
    case = load_case(case_path)
    ex = Extractor(case)
    errors: list[str] = []
    out = sys.stdout
    for mentions in ex.pipe(read_documents(raw, name, pub, errors)):
        for m in mentions:
            out.write(json.dumps(m.to_dict(), ensure_ascii=False) + "\n")
    for e in errors:
        click.echo(e, err=True)
    if errors:
        raise SystemExit(1)


def _derive(app: AppContext, case_path: Path | None, workers: int | None, *, everything: bool) -> None:
    from tangible.cli.documents import progress_bar
    from tangible.cli.output import echo_pipeline
    from tangible.services.case import get_case
    from tangible.services.documents import count_documents
    from tangible.services.extraction import rebuild_all
    from tangible.services.pipeline import derive, pending
    from tangible.services.resolution import resolve_all
    from tangible.services.runs import mark_dead_runs

    settings = app.settings
    if case_path is not None:
        settings = settings.model_copy(update={"case_file": case_path})
    died = mark_dead_runs(app.store)
    if died:
        click.echo(f"Ingest runs {', '.join(map(str, died))} had died; marked as such.", err=True)
    if not everything:
        left = pending(app.store, settings)
        with progress_bar(left["extract"] + left["reexamine"], "Extracting") as bar:
            figures = derive(app.store, settings, workers=workers, progress=bar.update)
        click.echo(f"Derived what was pending: {left['extract']} document{'' if left['extract'] == 1 else 's'} to "
                   f"extract, {left['reexamine']} to look at again, resolution "
                   f"{'due' if left['resolve'] else 'up to date'}{'' if figures else '; nothing to do'}.")
        echo_pipeline(figures or {})
        return
    with progress_bar(count_documents(app.store, latest_only=False), "Extracting") as bar:
        figures = rebuild_all(app.store, settings, workers=workers, progress=bar.update)
    resolved = resolve_all(app.store, get_case(settings))
    click.echo("Rebuilt every document's mentions and the incidents.")
    echo_pipeline({"extract": figures, "resolve": resolved} if isinstance(figures, dict) else {"resolve": resolved})


def register(group: click.Group) -> None:
    group.add_command(extract_cmd)
