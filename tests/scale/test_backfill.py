"""Backfill on a real Dask LocalCluster (two single-threaded worker processes), into the real
PostgreSQL (workers write) and into SQLite (the client is the one writer)."""

from __future__ import annotations

import csv
import gzip
import json

import pytest
import sqlalchemy as sa

pytest.importorskip("dask.distributed")

from dask.distributed import Client, LocalCluster  # noqa: E402

from tangible.services.backfill import backfill  # noqa: E402
from tangible.services.extraction import extract_documents  # noqa: E402

from tests.conftest import SAMPLES  # noqa: E402

OFF_TOPIC = [
    "The orchestra opened its winter season with a programme of Brahms and Dvorak on Friday evening.",
    "Shares of the carmaker rose four percent after it reported stronger quarterly sales in Europe.",
]


@pytest.fixture(scope="module")
def dask_client():
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                           host="127.0.0.1")
    client = Client(cluster)
    yield client
    client.close()
    cluster.close()


def _records() -> list[dict]:
    rows = []
    for i, path in enumerate(sorted(SAMPLES.glob("*.html"))):
        rows.append({"id": f"s{i}", "html": path.read_text(encoding="utf-8"), "published": path.name[:10],
                     "url": f"https://example.org/{path.stem}", "publisher": path.stem.split("-")[3]})
    for i, text in enumerate(OFF_TOPIC):
        rows.append({"id": f"o{i}", "text": text, "published": "2026-11-02", "url": f"https://example.org/o{i}"})
    return rows


def _write_jsonl_gz(path, rows, bad_line: bool = False):
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for i, r in enumerate(rows):
            fh.write(json.dumps(r) + "\n")
            if bad_line and i == 3:
                fh.write("{not json\n")


def _snapshot(store):
    docs = sorted((d.content_hash, d.status) for d in store.documents.iter_all())
    mentions = sorted((m.id, m.type, m.modality, m.char_span) for d in store.documents.iter_all()
                      for m in store.mentions.for_document(d.id))
    return docs, mentions


@pytest.mark.postgres
def test_backfill_into_postgresql_is_resumable_and_matches_local_extraction(dask_client, make_store, settings, tmp_path):
    rows = _records()
    half = tmp_path / "half.jsonl.gz"
    full = tmp_path / "archive.jsonl.gz"
    _write_jsonl_gz(half, rows[: len(rows) // 2])
    _write_jsonl_gz(full, rows, bad_line=True)
    store = make_store("postgresql")

    first = backfill(store, settings, half, dask_client, partition_rows=4, resolve=False)
    assert first.totals.added == len(rows) // 2 and first.totals.skipped == 0
    # an interrupted backfill, run again on the whole archive: only what is left is done
    second = backfill(store, settings, full, dask_client, partition_rows=4, resolve=False)
    assert second.partitions == (len(rows) + 1 + 3) // 4
    assert second.totals.skipped == len(rows) // 2
    assert second.totals.added == len(rows) - len(rows) // 2
    assert second.totals.failed == 1 and "archive.jsonl.gz:5" in second.totals.problems[0]
    assert second.totals.irrelevant == len(OFF_TOPIC)
    assert store.documents.count() == len(rows)
    runs = store.documents.runs()
    assert runs[0].status == "partial" and runs[0].unchanged == len(rows) // 2
    # a third run changes nothing
    third = backfill(store, settings, full, dask_client, partition_rows=4, resolve=False)
    assert third.totals.added == 0 and third.totals.mentions == 0 and third.totals.skipped == len(rows)

    # the same mentions as extracting the stored documents in one process
    docs, mentions = _snapshot(store)
    assert len(mentions) > 20
    extract_documents(store, settings, workers=1)
    assert _snapshot(store) == (docs, mentions)


def test_backfill_into_sqlite_from_csv_has_one_writer(dask_client, make_store, settings, tmp_path):
    rows = [r for r in _records() if "text" in r]
    rows += [{"id": "t1", "text": "Pakistani security forces arrested five TTP militants in Bannu on Monday, "
                                  "police said.", "published": "2026-11-03", "url": "https://example.org/t1"}]
    path = tmp_path / "archive.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["id", "text", "published", "url"])
        writer.writeheader()
        writer.writerows(rows)
    store = make_store("sqlite")
    report = backfill(store, settings, path, dask_client, partition_rows=1, resolve=True)
    assert report.partitions == len(rows)
    assert report.totals.added == len(rows) and report.totals.irrelevant == len(OFF_TOPIC)
    assert report.totals.mentions >= 1
    again = backfill(store, settings, path, dask_client, partition_rows=2, resolve=False)
    assert again.totals.added == 0 and again.totals.skipped == len(rows)


def test_backfill_command_on_a_running_scheduler(dask_client, tmp_path):
    from click.testing import CliRunner

    from tangible.cli.main import cli

    path = tmp_path / "archive.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a", "text": "Police arrested two BLA men in Quetta on Monday, officials said.", "published": "2026-11-02"},
        {"id": "b", "text": OFF_TOPIC[0], "published": "2026-11-02"},
    ]) + "\n", encoding="utf-8")
    env = {"TANGIBLE_DATA_DIR": str(tmp_path / "data"), "TANGIBLE_DATABASE_URL": ""}
    runner = CliRunner()
    address = dask_client.scheduler.address
    result = runner.invoke(cli, ["backfill", str(path), "--scheduler", address, "--partition-rows", "1"], env=env)
    assert result.exit_code == 0, result.output
    assert "2 rows in 2 partitions: 2 added, 0 already stored" in result.output
    assert "1 irrelevant" in result.output
    again = runner.invoke(cli, ["backfill", str(path), "--scheduler", address], env=env)
    assert again.exit_code == 0 and "0 added, 2 already stored" in again.output
    missing = runner.invoke(cli, ["backfill", str(tmp_path / "nope.jsonl"), "--scheduler", address], env=env)
    assert missing.exit_code == 1 and "T101" in missing.output


def test_an_archive_gives_the_same_documents_and_incidents_under_bulk_ingest_and_backfill(
        dask_client, make_store, settings, tmp_path):
    """One ingest path: the same rows prepared by the same prepare() and written by the same writer, then the
    same derivation, whichever command reads the archive."""
    from tangible.services.sources import ingest_bulk

    rows = _records()
    rows.insert(5, dict(rows[2], id="copy"))  # the same article again
    rows.insert(9, {"id": "fr", "text": "La police a arrêté deux hommes à Paris lundi soir après une longue "
                                        "enquête sur un trafic d'armes, a indiqué le parquet.", "published": "2026-11-02"})
    rows.insert(11, {"id": "bad", "text": "Police arrested two men in Quetta.", "published": "last Tuesday"})
    rows.insert(13, {"id": "short", "text": "Too short.", "published": "2026-11-02"})
    path = tmp_path / "archive.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n{not json\n", encoding="utf-8")
    with open(path, "ab") as fh:  # a row in another encoding is refused, not read with replacement characters
        fh.write(b'{"id": "latin1", "text": "Police in Quetta arrested two TTP men on Monday, officials said \xe9."}\n')

    via_bulk = make_store("sqlite")
    bulk = ingest_bulk(via_bulk, settings, path, tmp_path / "errors.jsonl")
    via_backfill = make_store("sqlite")
    back = backfill(via_backfill, settings, path, dask_client, partition_rows=4)

    def documents(store):
        columns = "id, content_hash, status, language, meta, extractor_version, version, url, published, publisher, " \
                  "title, text, external_id, is_latest"
        with store.db.engine.connect() as conn:
            rows = conn.execute(sa.text(f"SELECT {columns} FROM documents")).all()
        return sorted(tuple(json.dumps(json.loads(v) if k == 4 and v else v, sort_keys=True, default=str)
                            for k, v in enumerate(r)) for r in rows)

    def incidents(store):
        return sorted(json.dumps(r, sort_keys=True, default=str) for r in (i.to_dict() for i in store.incidents.iter_incidents()))

    docs = documents(via_bulk)
    assert docs == documents(via_backfill)
    statuses = [json.loads(d[2]) for d in docs]
    assert statuses.count("irrelevant") == len(OFF_TOPIC) and statuses.count("unsupported_language") == 1
    assert len(docs) == len(rows) - 3  # the copy, the bad date and the short text are not stored twice or at all
    found = incidents(via_bulk)
    assert len(found) > 5 and found == incidents(via_backfill)
    # each rejected row named by file, line and field, the same under both
    assert sorted(str(p) for p in bulk.failed) == sorted(back.totals.problems)
    assert any(str(p).startswith(f"{path}:12: [T170] field 'published'") for p in bulk.failed)
    assert bulk.failed_total == back.totals.failed == 4
