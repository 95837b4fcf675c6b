"""Bulk archives: .jsonl/.csv and their .gz, bad rows reported by line, resumable runs."""

from __future__ import annotations

import csv
import gzip
import json

import pytest

from tangible.errors import InputError
from tangible.services.sources import ingest_bulk
from tangible.sources.bulk import BulkReader
from tangible.sources.files import InputProblem


def row(i: int, **extra) -> dict:
    base = {"id": f"w{i}", "text": f"Police in district {i} detained {i % 7 + 2} men suspected of planning attacks, "
                                   f"officials said on report number {i}.",
            "published": "2026-11-02", "url": f"https://wire.example/{i}?utm_source=x", "publisher": "Wire"}
    base.update(extra)
    return base


def write_jsonl(path, lines, gz=False):
    data = "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines).encode()
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


@pytest.mark.parametrize("gz", [False, True])
def test_jsonl_good_and_bad_rows(sqlite_store, settings, tmp_path, gz):
    path = write_jsonl(tmp_path / ("in.jsonl.gz" if gz else "in.jsonl"), [
        row(1),
        "{not json",
        row(2, text=""),
        row(3, published="yesterday"),
        "",
        row(4, text=None, html="<html><body><article><p>Security forces seized weapons and explosives from a "
                               "hideout in the district on Sunday, the army said.</p></article></body></html>"),
        "[1, 2]",
        row(5),
    ], gz=gz)
    errors = tmp_path / "errors.jsonl"
    report = ingest_bulk(sqlite_store, settings, path, errors, run_pipeline=False, batch_size=2)
    assert (report.rows, report.added, report.failed_total) == (7, 3, 4)
    failures = [json.loads(line) for line in errors.read_text().splitlines()]
    assert [f["line"] for f in failures] == [2, 3, 4, 7]
    assert "not valid JSON" in failures[0]["error"] and "no 'text' or 'html'" in failures[1]["error"]
    assert "field 'published': 'yesterday' is not a date" in failures[2]["error"] and "expected a JSON object" in failures[3]["error"]
    doc = sqlite_store.documents.get("https://wire.example/1")
    assert doc.publisher == "Wire" and doc.external_id == "w1" and doc.published.isoformat() == "2026-11-02"
    assert doc.language == "en"
    assert "seized weapons" in sqlite_store.documents.get("https://wire.example/4").text
    assert f"see {errors}" in report.summary()


def test_csv_with_quoted_newlines_and_bad_rows(sqlite_store, settings, tmp_path):
    path = tmp_path / "in.csv.gz"
    with gzip.open(path, "wt", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "Title", "text", "published", "url", "publisher", "extra"])
        writer.writerow(["c1", "One", "First paragraph about arrests in the district.\n\nSecond paragraph.",
                         "2026-11-03", "https://c.example/1", "Courier", "x"])  # lines 2-4
        writer.writerow(["c2", "Two", "", "2026-11-03", "https://c.example/2", "Courier", ""])  # line 5
        writer.writerow(["c3", "Three", "Officials froze accounts linked to the group.", "03/11/2026", "", "", ""])
        writer.writerow(["c4", "Four", "Troops cleared a hideout used by fighters near the border.", "", "", "", ""])
    report = ingest_bulk(sqlite_store, settings, path, tmp_path / "e.jsonl", run_pipeline=False)
    assert (report.added, report.failed_total) == (2, 2)
    lines = [json.loads(x)["line"] for x in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert lines == [5, 6]
    doc = sqlite_store.documents.get("https://c.example/1")
    assert doc.title == "One" and "Second paragraph." in doc.text


def test_csv_without_a_text_column_is_named(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text("id,body\n1,hello\n")
    [problem] = list(BulkReader(path))
    assert isinstance(problem, InputProblem) and "no 'text' or 'html' column" in str(problem)


def test_unsupported_and_missing_files(tmp_path):
    (tmp_path / "in.xml").write_text("<x/>")
    with pytest.raises(InputError) as err:
        BulkReader(tmp_path / "in.xml")
    assert err.value.code == "T164" and "in.xml" in str(err.value)
    with pytest.raises(InputError):
        BulkReader(tmp_path / "nope.jsonl")


def test_truncated_gzip_keeps_the_rows_before_the_damage(sqlite_store, settings, tmp_path):
    data = gzip.compress("".join(json.dumps(row(i)) + "\n" for i in range(200)).encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    report = ingest_bulk(sqlite_store, settings, path, tmp_path / "e.jsonl", run_pipeline=False)
    assert report.added > 10 and report.failed_total == 1
    assert "truncated or corrupt" in str(report.failed[0])


def test_interrupted_run_resumes_without_duplicates(sqlite_store, settings, tmp_path):
    path = write_jsonl(tmp_path / "big.jsonl", [row(i) for i in range(250)])
    batches = []
    first = ingest_bulk(sqlite_store, settings, path, run_pipeline=False, batch_size=50,
                        progress=batches.append, stop=lambda: len(batches) >= 2)
    assert first.interrupted and first.added == 100 and sqlite_store.documents.count() == 100
    assert sqlite_store.documents.runs(1)[0].status == "interrupted"
    assert batches[-1].rows == 100 and batches[-1].rate > 0 and batches[-1].eta is not None
    second = ingest_bulk(sqlite_store, settings, path, run_pipeline=False, batch_size=50)
    assert (second.added, second.unchanged, second.failed_total) == (150, 100, 0)
    assert sqlite_store.documents.count() == 250
    assert second.errors_path is None  # no failures: no report file left behind
    third = ingest_bulk(sqlite_store, settings, path, run_pipeline=False)
    assert (third.added, third.unchanged) == (0, 250)


def test_same_url_with_new_text_is_a_new_version_within_and_across_runs(store, settings, tmp_path):
    sqlite_store = store  # both backends
    a = row(1)
    b = row(1, text=a["text"] + " Two were later released.")
    c = row(1, text=a["text"] + " All were later released.")
    report = ingest_bulk(sqlite_store, settings, write_jsonl(tmp_path / "v.jsonl", [a, b, a]), run_pipeline=False)
    assert (report.added, report.versions, report.unchanged) == (1, 1, 1)
    report = ingest_bulk(sqlite_store, settings, write_jsonl(tmp_path / "w.jsonl", [c]), run_pipeline=False)
    assert report.versions == 1
    versions = sqlite_store.documents.versions(sqlite_store.documents.get("https://wire.example/1").id)
    assert [v.version for v in versions] == [1, 2, 3]
    assert sqlite_store.documents.count(latest_only=True) == 1


def test_non_english_rows_are_kept_and_marked(sqlite_store, settings, tmp_path):
    path = write_jsonl(tmp_path / "fr.jsonl", [row(1, text="La police a arrêté quatre hommes soupçonnés de préparer "
                                                           "des attentats dans la province, selon un responsable.")])
    ingest_bulk(sqlite_store, settings, path, run_pipeline=False)
    doc = sqlite_store.documents.get("https://wire.example/1")
    assert doc.language == "fr" and doc.status == "unsupported_language"


def test_plainly_english_fast_path_leaves_other_languages_to_the_detector():
    from tangible.sources.language import plainly_english

    english = ("Police in Quetta detained four men suspected of planning attacks on Tuesday, a provincial spokesman "
               "said. The men were taken to a counter-terrorism facility for questioning about their links to the group.")
    german = ("Die Polizei in Quetta hat am Dienstag vier Maenner festgenommen, die Anschlaege geplant haben sollen, "
              "sagte ein Sprecher der Provinz. Die Maenner wurden in eine Einrichtung gebracht, was sie dort taten.")
    roman_urdu = ("Police ne Quetta mein char afraad ko giraftar kar liya jo hamlon ki mansooba bandi kar rahe the, "
                  "sarkari tarjuman ne kaha. Un afraad ko poochh gachh ke liye le jaya gaya hai aur tafteesh jari hai.")
    assert plainly_english(english)
    assert not plainly_english(german) and not plainly_english(roman_urdu)
    assert not plainly_english("Police detained four men.")  # too short to be plain: the detector decides
