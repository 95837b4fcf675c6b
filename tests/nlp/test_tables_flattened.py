"""A table flattened into text reports no event by its rows; a headline that names its publisher after a bar
is still a headline."""

from __future__ import annotations

from datetime import date

import pytest

from tangible.nlp.sentences import is_table_row

PUB = date(2025, 6, 1)


@pytest.mark.parametrize("text", [
    "Province | Attacks | Killed\nKhyber Pakhtunkhwa | 45 | 120\nBalochistan | 30 | 88",
    "Month\tAttacks\tKilled\tInjured\nMarch\t12\t40\t61",
])
def test_rows_of_a_table_report_no_event(extractor, text):
    assert extractor.extract("t", text, PUB) == []


@pytest.mark.parametrize("row, table", [
    ("Province | Attacks | Killed", True),
    ("Khyber Pakhtunkhwa\t45\t120", True),
    ("Seven soldiers killed in Bajaur attack | Dawn", False),  # a title and its publisher: two cells
    ("Militants attacked a post in Bajaur | officials said the attackers crossed from Kunar | Dawn", False),
])
def test_a_table_row_is_three_short_cells(row, table):
    assert is_table_row(row) is table


def test_a_headline_with_its_publisher_still_reports(extractor):
    ms = extractor.extract("t", "Seven soldiers killed in Bajaur attack | Dawn", PUB)
    assert any(m.type == "ATTACK" and m.quantities.get("killed") == 7 for m in ms)
