"""Bulk archives: ``.jsonl`` and ``.csv``, optionally gzip-compressed, read as a stream.

One row at a time, so memory stays flat for millions of rows. Columns/keys:
``id``, ``text`` or ``html``, ``published`` (YYYY-MM-DD), ``url``, ``publisher``,
``title``. ``records()`` gives every row as read (a ``RawRecord``: its fields, not yet checked) or an
``InputProblem`` carrying its line number; iterating the reader gives each row as a ``DocumentInput``. A bad
row never stops the rest. This is the one reader of archives: ``ingest --bulk`` and ``backfill`` both use it,
so an archive is read the same way, with the same limits, by either.
"""

from __future__ import annotations

import csv
import gzip
import json
import logging
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from tangible.errors import E, InputError
from tangible.models import DocumentInput
from tangible.sources.files import InputProblem, jsonl_fields, record_to_input
from tangible.sources.records import FIELDS

log = logging.getLogger(__name__)

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv"}

# the largest CSV cell read (a longer one is reported as unreadable); a document's text is then held to
# TANGIBLE_MAX_DOCUMENT_CHARS when it is prepared
CSV_FIELD_LIMIT = 64 * 1024 * 1024
csv.field_size_limit(CSV_FIELD_LIMIT)


@dataclass(slots=True)
class RawRecord:
    """One row of an archive as read: where it is and its fields, not yet checked (``to_input`` does)."""

    origin: str
    line: int
    fields: dict

    def to_input(self) -> DocumentInput:
        """The row as a document; InputError naming the file, the line and the bad fields otherwise."""
        return record_to_input(self.fields, self.origin, self.line)


def bulk_format(path: Path) -> tuple[str, bool]:
    """("jsonl" | "csv", gzipped?) from the file name; InputError for anything else."""
    suffixes = [s.lower() for s in path.suffixes]
    gz = bool(suffixes) and suffixes[-1] == ".gz"
    base = suffixes[-2] if gz and len(suffixes) >= 2 else (suffixes[-1] if suffixes and not gz else "")
    if base in JSONL_SUFFIXES:
        return "jsonl", gz
    if base in CSV_SUFFIXES:
        return "csv", gz
    raise InputError(f"{path}: unsupported bulk file type; use .jsonl, .csv, .jsonl.gz or .csv.gz.", code=E.UNSUPPORTED_ARCHIVE)


class BulkReader:
    """Iterate a bulk file's rows. ``bytes_read``/``bytes_total`` measure progress through the file on disk."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.origin = str(self.path)
        if not self.path.is_file():
            raise InputError(f"{self.path}: no such file.", code=E.NO_SUCH_FILE)
        self.format, self.gzipped = bulk_format(self.path)
        self.bytes_total = self.path.stat().st_size
        self._raw = None
        self.rows = 0  # rows produced so far (good and bad)

    @property
    def bytes_read(self) -> int:
        if self._raw is None or self._raw.closed:
            return self.bytes_total if self.rows else 0
        try:
            return min(self._raw.tell(), self.bytes_total)
        except (OSError, ValueError):
            return 0

    def __iter__(self) -> Iterator[DocumentInput | InputProblem]:
        for row in self.records():
            if isinstance(row, InputProblem):
                yield row
                continue
            try:
                yield row.to_input()
            except InputError as exc:
                yield InputProblem.from_error(row.origin, exc, row.line)

    def records(self) -> Iterator[RawRecord | InputProblem]:
        with open(self.path, "rb") as raw:
            self._raw = raw
            if self.gzipped:
                if raw.read(2) != b"\x1f\x8b":
                    yield InputProblem(self.origin, f"[{E.CORRUPT_ARCHIVE}] the file is named .gz but is not gzip-compressed.")
                    return
                raw.seek(0)
                stream = gzip.GzipFile(fileobj=raw, mode="rb")
            else:
                stream = raw
            rows = self._jsonl(stream) if self.format == "jsonl" else self._csv(stream)
            for item in rows:
                self.rows += 1
                yield item

    # --- lines -----------------------------------------------------------
    def _lines(self, stream, state: dict) -> Iterator[tuple[int, bytes]]:
        number = 0
        try:
            for number, line in enumerate(stream, start=1):
                state["line"] = number
                if number == 1 and line.startswith(b"\xef\xbb\xbf"):
                    line = line[3:]
                yield number, line
        except (EOFError, OSError, zlib.error) as exc:
            state["broken"] = InputProblem(
                self.origin, f"[{E.CORRUPT_ARCHIVE}] the compressed file is truncated or corrupt after line {number} ({exc}); "
                             f"the rows before it were read.", number + 1)

    def _jsonl(self, stream) -> Iterator[RawRecord | InputProblem]:
        state: dict = {}
        for number, line in self._lines(stream, state):
            if not line.strip():
                continue
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield InputProblem(self.origin, f"[{E.ROW_NOT_UTF8}] the line is not valid UTF-8 (byte {exc.start + 1}).", number)
                continue
            try:
                yield RawRecord(self.origin, number, jsonl_fields(text, self.origin, number))
            except InputError as exc:
                yield InputProblem.from_error(self.origin, exc, number)
        if "broken" in state:
            yield state["broken"]

    def _csv(self, stream) -> Iterator[RawRecord | InputProblem]:
        state: dict = {}
        bad_lines: set[int] = set()

        def text_lines():
            for number, line in self._lines(stream, state):
                try:
                    yield line.decode("utf-8")
                except UnicodeDecodeError:
                    bad_lines.add(number)
                    yield line.decode("utf-8", "replace")

        reader = csv.reader(text_lines())
        try:
            header = next(reader)
        except StopIteration:
            yield InputProblem(self.origin, f"[{E.EMPTY_INPUT}] the file is empty.")
            return
        except csv.Error as exc:
            yield InputProblem(self.origin, f"[{E.CSV_UNREADABLE}] the CSV header cannot be read ({exc}).", 1)
            return
        columns = [h.strip().lower() for h in header]
        if "text" not in columns and "html" not in columns:
            yield InputProblem(self.origin, f"[{E.CSV_UNREADABLE}] the CSV header has no 'text' or 'html' column "
                                            f"(found: {', '.join(columns) or 'nothing'}).", 1)
            return
        wanted = [(i, name) for i, name in enumerate(columns) if name in FIELDS]
        end = reader.line_num
        while True:
            start = end + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                end = reader.line_num
                yield InputProblem(self.origin, f"[{E.CSV_UNREADABLE}] the CSV row cannot be read ({exc}).", start)
                continue
            end = reader.line_num
            if not row or not any(cell.strip() for cell in row):
                continue
            if any(n in bad_lines for n in range(start, end + 1)):
                yield InputProblem(self.origin, f"[{E.ROW_NOT_UTF8}] the row is not valid UTF-8.", start)
                continue
            if len(row) > len(columns):
                yield InputProblem(self.origin, f"[{E.CSV_UNREADABLE}] the row has {len(row)} fields but the header has "
                                                f"{len(columns)}.", start)
                continue
            yield RawRecord(self.origin, start, {name: row[i] for i, name in wanted if i < len(row)})
        if "broken" in state:
            yield state["broken"]


def write_problem(out, problem: InputProblem) -> None:
    """One JSON line per failed row in the errors report."""
    out.write(json.dumps({"file": problem.origin, "line": problem.line, "error": problem.message},
                         ensure_ascii=False) + "\n")
