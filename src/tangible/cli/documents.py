"""`tangible ingest`, `tangible export documents`, `tangible show`."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date
from pathlib import Path

import click

from tangible.cli.main import AppContext, pass_app


def progress_bar(total: int, label: str):
    """A click progress bar on a terminal; a silent counter otherwise."""
    if not sys.stderr.isatty() or total < 2:
        class _Quiet:
            def __enter__(self):
                return self

            def __exit__(self, *exc):
                return False

            def update(self, n):
                pass

        return _Quiet()
    return click.progressbar(length=total, label=label, file=sys.stderr, show_eta=True, show_pos=True)


@click.command("ingest")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--url", "urls", multiple=True, metavar="URL", help="Fetch and ingest a web page (repeatable).")
@click.option("--bulk", type=click.Path(dir_okay=False, path_type=str), metavar="FILE",
              help="Stream a .jsonl or .csv archive (or .gz); resumable, constant memory.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, path_type=str),
              help="With --bulk: where to write per-row errors (default under the data dir).")
@click.option("--workers", type=click.IntRange(1, 64), help="Extraction worker processes (default TANGIBLE_WORKERS).")
@click.option("--no-pipeline", is_flag=True, help="Store documents only; skip extraction and resolution.")
@click.option("--publisher", metavar="NAME", help="Publisher of the files given (over what they say).")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date of the files given: relative dates "
              "in them ('on Monday') resolve against it.")
@click.option("--source-url", metavar="URL", help="The URL one file given was taken from (--url fetches a page).")
@pass_app
def ingest_command(app: AppContext, paths: tuple[str, ...], urls: tuple[str, ...], bulk: str | None,
                   errors_path: str | None, workers: int | None, no_pipeline: bool, publisher: str | None,
                   published: str | None, source_url: str | None) -> None:
    """Ingest local files and folders (.html, .htm, .txt, .jsonl), web pages (--url) or an archive (--bulk).

    Idempotent: the same content is stored once; a changed page at the same URL
    becomes a new version. Every bad input is reported and the rest still stored.
    """
    from tangible.errors import E, InputError
    from tangible.services.ingest import FileFacts, count_files, ingest_paths

    if not (paths or urls or bulk):
        raise click.UsageError("Give at least one file or folder, --url URL or --bulk FILE.")
    facts = None
    if publisher or published or source_url:
        if not paths:
            raise click.UsageError("--publisher, --published and --source-url describe files: give the files too.")
        try:
            day = date.fromisoformat(published) if published else None
        except ValueError:
            raise InputError(f"--published {published!r} is not a date.", "Write it as YYYY-MM-DD.",
                             code=E.NOT_A_DATE) from None
        facts = FileFacts(publisher=(publisher or "").strip() or None, published=day, url=source_url)
    settings = app.settings.model_copy(update={"workers": workers}) if workers else app.settings
    run_pipeline = not no_pipeline
    failed = 0
    if paths:
        with progress_bar(count_files(paths), "Files") as bar:
            report = ingest_paths(app.store, settings, list(paths), progress=bar.update, run_pipeline=run_pipeline,
                                  facts=facts)
        failed += _report(report)
    if urls:
        from tangible.services.sources import ingest_urls

        with progress_bar(len(urls), "Pages") as bar:
            report = ingest_urls(app.store, settings, list(urls), progress=bar.update, run_pipeline=run_pipeline)
        failed += _report(report)
    if bulk:
        from tangible.services.sources import StopSignal, ingest_bulk

        stop = StopSignal()
        size = Path(bulk).stat().st_size if Path(bulk).is_file() else 0
        with progress_bar(size, "Archive") as bar, stop.installed():
            seen = {"bytes": 0}

            def advance(p) -> None:
                bar.update(p.bytes_read - seen["bytes"])
                seen["bytes"] = p.bytes_read

            report = ingest_bulk(app.store, settings, bulk, errors_path, advance, run_pipeline=run_pipeline, stop=stop)
        failed += _report(report, total=report.failed_total) + int(report.interrupted)
    if failed:
        sys.exit(1)


def _report(report, total: int | None = None) -> int:
    from tangible.cli.output import echo_pipeline
    from tangible.services.ingest import IngestReport

    for problem in report.failed:
        click.echo(f"Error: {problem}", err=True)
    if type(report) is IngestReport:  # files and pages: the documents, then each stage in words
        click.echo(f"Ingest run {report.run_id}: {report.added} added, {report.versions} new "
                   f"version{'' if report.versions == 1 else 's'}, {report.unchanged} unchanged, "
                   f"{len(report.failed)} failed.")
        echo_pipeline(report.pipeline)
    else:
        click.echo(f"Ingest run {report.run_id}: {report.summary()}.")
    return total if total is not None else len(report.failed)


DOCUMENT_FIELDS = ["id", "url", "publisher", "title", "published", "version", "language", "status", "text"]


@click.group("export")
def export_group() -> None:
    """Export stored data (documents, mentions, incidents, ratings)."""


@export_group.command("documents")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-", help="File to write (default stdout).")
@pass_app
def export_documents(app: AppContext, fmt: str, output) -> None:
    """Every stored document: id, url, publisher, title, published, version, language, clean text."""
    from tangible.services.documents import iter_documents

    docs = iter_documents(app.store)
    if fmt == "jsonl":
        for doc in docs:
            record = doc.to_dict()
            output.write(json.dumps({k: record[k] for k in DOCUMENT_FIELDS}, ensure_ascii=False) + "\n")
    else:
        writer = csv.DictWriter(output, fieldnames=DOCUMENT_FIELDS)
        writer.writeheader()
        for doc in docs:
            record = doc.to_dict()
            writer.writerow({k: record[k] for k in DOCUMENT_FIELDS})


@click.command("show")
@click.argument("key")
@click.option("--json", "as_json", is_flag=True, help="Print the document as JSON.")
@pass_app
def show_command(app: AppContext, key: str, as_json: bool) -> None:
    """Show one stored document by id or URL."""
    from tangible.errors import NotFound
    from tangible.services.documents import find_document

    doc = find_document(app.store, key)
    if doc is None:
        raise NotFound(f"No document with id or URL {key!r}.", "List documents with `tangible export documents`.")
    if as_json:
        click.echo(json.dumps(doc.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(f"id:        {doc.id}")
    click.echo(f"title:     {doc.title or ''}")
    click.echo(f"publisher: {doc.publisher or ''}")
    click.echo(f"published: {doc.published or ''}")
    click.echo(f"url:       {doc.url or ''}")
    click.echo(f"version:   {doc.version}   language: {doc.language or '?'}   status: {doc.status}")
    click.echo("")
    click.echo(doc.text)


def register(group: click.Group) -> None:
    group.add_command(ingest_command)
    group.add_command(export_group)
    group.add_command(show_command)
