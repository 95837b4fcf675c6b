"""docs/reliability.md stays true: its tables are rendered from the tests that try each case.

The table of cases names, for every input, fault and attack of issue 17, what is sent and the test
that sends it, with the figures those tests use (payload counts, rows, examples, seeds); the table of
limits gives each setting's default. Both are rendered here from the tests' own constants and
``Settings``; when a test or a default changes, this test fails and prints the tables to paste.
"""

from __future__ import annotations

import importlib
import tomllib
from pathlib import Path

from tangible.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "reliability.md"
CONTRACT = ROOT / "tests" / "contract" / "schemathesis.toml"


def _cases() -> list[tuple[str, str, str]]:
    from tests.api.test_hardening import FORGED_CURSORS
    from tests.fault.test_sigkill import BATCH, RELEVANT, ROWS, STAGES
    from tests.fuzz.test_parsers import BULK_EXAMPLES, PARSER_EXAMPLES
    from tests.ingest.test_rows_and_limits import BAD_JSONL

    contract = tomllib.loads(CONTRACT.read_text())
    both = "SQLite, PostgreSQL"
    return [
        ("SIGKILL at each stage of `ingest --bulk`",
         f"{ROWS:,}-row archive ({RELEVANT} articles with events), batches of {BATCH:,}; runs killed while "
         f"{', '.join(GERUND[s] for s in STAGES[:-1])} and {GERUND[STAGES[-1]]}, each followed by the next; {both}",
         "tests/fault/test_sigkill.py::test_runs_killed_at_each_stage_are_finished_by_the_next"),
        ("Documents a run left unextracted, or extracted with another extractor or case file",
         f"stored with `--no-pipeline`, or marked with an older extractor; resolution left behind; {both}",
         "tests/ingest/test_healing.py::test_documents_extracted_with_another_extractor_or_case_are_extracted_again"),
        ("A run whose process died", "a real process recorded as running, then killed; another host's run",
         "tests/ingest/test_healing.py::test_a_run_whose_process_is_gone_is_marked_died"),
        ("Bad fields in JSONL rows", f"{len(BAD_JSONL)} rows: URL a number, port 99999, broken IPv6 host, title a "
         f"list, publisher an object, `javascript:` URL, date a number; bulk and files; {both}",
         "tests/ingest/test_rows_and_limits.py::test_bad_fields_are_named_and_the_good_rows_of_the_batch_are_stored"),
        ("Bad CSV rows", f"port 99999, broken IPv6 host, a 5-character text, a 201-character publisher; {both}",
         "tests/ingest/test_rows_and_limits.py::test_csv_rows_with_bad_urls_and_a_five_character_text"),
        ("A row the store refuses", "a NUL put past the cleaning in one row of a batch; PostgreSQL",
         "tests/ingest/test_rows_and_limits.py::test_a_row_the_store_refuses_is_reported_and_its_batch_kept"),
        ("NUL, zero-width and control characters, NFC", "one messy text stored on both backends; NUL after 4 KB",
         "tests/ingest/test_rows_and_limits.py::test_text_is_cleaned_once_and_identically_on_both_backends"),
        ("Limits and odd files", "text over `TANGIBLE_MAX_DOCUMENT_CHARS`, UTF-16BE without BOM, Pashto, "
         f"a symbolic-link loop; {both}", "tests/ingest/test_rows_and_limits.py::test_limits_and_odd_files"),
        ("`extract` on an empty file", "a file of spaces", "tests/ingest/test_rows_and_limits.py::"
         "test_extract_on_an_empty_file_says_so"),
        ("NUL in ids and queries", f"`%00` in 5 paths and 4 query parameters; {both}",
         "tests/api/test_hardening.py::test_nul_in_ids_and_queries_is_a_400_never_a_500"),
        ("A reply whose email holds a NUL", f"JSON body; the server log searched for the address; {both}",
         "tests/api/test_hardening.py::test_a_reply_whose_email_holds_a_nul_is_refused_and_never_logged"),
        ("Forged pagination cursors", f"{len(FORGED_CURSORS)} forgeries on 3 list endpoints; {both}",
         "tests/api/test_hardening.py::test_forged_cursors_are_400_with_the_parameter_named"),
        ("Oversized request bodies", f"100 MB announced; 100 MB streamed without a length; {both}",
         "tests/api/test_hardening.py::test_oversized_bodies_are_refused_before_they_are_read"),
        ("A 1 MB comment", f"form and API; a comment over the reply limit echoed; {both}",
         "tests/api/test_hardening.py::test_a_1_mb_comment_is_refused_and_not_echoed"),
        ("`q=%` matching everything", f"`%` and `_` in document and incident searches; {both}",
         "tests/api/test_hardening.py::test_like_wildcards_are_plain_characters"),
        ("`until=0` taken as a date", f"5 values that are not YYYY-MM-DD, on two endpoints; {both}",
         "tests/api/test_hardening.py::test_dates_are_strict"),
        ("Timestamps without a time zone", f"a document's `fetched_at`; {both}",
         "tests/api/test_hardening.py::test_timestamps_carry_their_time_zone"),
        ("`javascript:` links in stored data", f"a document stored with one; {both}",
         "tests/api/test_hardening.py::test_javascript_urls_in_stored_data_are_not_links"),
        ("X-Forwarded-For from an untrusted client", "6 posts with rotated addresses; a trusted proxy",
         "tests/api/test_hardening.py::test_forwarded_for_is_believed_only_from_trusted_proxies"),
        ("Private-network feeds when added", f"5 private addresses, service and API; {both}",
         "tests/api/test_hardening.py::test_private_network_feeds_are_refused_when_added"),
        ("The OpenAPI contract", f"Schemathesis, all checks, {contract['generation']['max-examples']} examples per "
         f"operation, seed {contract['seed']}, admin token; {both}",
         "tests/contract/test_api_contract.py::test_schemathesis_finds_no_failure"),
        ("Parser fuzzing", f"Hypothesis: HTML, feeds, JSONL records, case files, cursors, text cleaning "
         f"({PARSER_EXAMPLES} examples each); JSONL and CSV files into the store ({BULK_EXAMPLES} each, {both})",
         "tests/fuzz/test_parsers.py::test_bulk_rows_never_cost_the_good_ones"),
    ]


GERUND = {"read": "reading", "store": "storing", "extract": "extracting", "resolve": "resolving"}
LIMITS = ["max_request_bytes", "max_reply_chars", "max_document_chars", "max_sentence_chars", "max_feed_bytes",
          "max_feed_items", "fetch_max_bytes", "trusted_proxies"]


def render() -> dict[str, str]:
    """The two tables, each between its markers, as the doc holds them."""
    cases = ["<!-- cases:start (rendered by tests/test_reliability_doc.py) -->",
             "| case | what the suite sends | test |", "|---|---|---|"]
    cases += [f"| {case} | {sent} | `{test}` |" for case, sent, test in _cases()]
    cases.append("<!-- cases:end -->")
    limits = ["<!-- limits:start -->", "| setting | default | meaning |", "|---|---|---|"]
    for name in LIMITS:
        field = Settings.model_fields[name]
        default = f"`{field.default:,}`" if isinstance(field.default, int) else f"`{field.default!r}`"
        limits.append(f"| `TANGIBLE_{name.upper()}` | {default} | {field.description} |")
    limits.append("<!-- limits:end -->")
    return {"cases": "\n".join(cases), "limits": "\n".join(limits)}


def test_the_tables_are_those_the_tests_render():
    text = DOC.read_text(encoding="utf-8")
    for name, table in render().items():
        start, end = text.index(f"<!-- {name}:start"), text.index(f"<!-- {name}:end -->") + len(f"<!-- {name}:end -->")
        assert text[start:end] == table, f"docs/reliability.md: the {name} table is out of date; paste:\n\n{table}"


def test_every_test_named_exists():
    for _, _, ref in _cases():
        path, name = ref.split("::")
        module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
        assert callable(getattr(module, name, None)), ref
