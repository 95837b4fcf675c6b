"""An arrest a deed led to is made by the deed's doer, and counts the people it names: "The CTD raids resulted
in the arrest of 14 suspects"."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


def arrests(extractor, text: str):
    return [m for m in extractor.extract("s", text, LATE) if m.type == "ARREST"]


@pytest.mark.parametrize("text, source, n", [
    ("The CTD raids resulted in the arrest of 14 suspects.", "pakistan", 14),
    ("The CTD raids led to the arrest of 14 suspects.", "pakistan", 14),
    ("The army operation in Bajaur resulted in the arrest of 14 suspects.", "pakistan", 14),
    ("The Taliban's crackdown led to the arrest of 20 TTP fighters.", "taliban", 20),
    ("The CTD carried out raids that led to the arrest of 9 suspects.", "pakistan", 9),
    ("Security forces launched an operation in Khyber which resulted in the arrest of 11 militants.", "pakistan", 11),
])
def test_the_doer_of_the_deed_arrests(extractor, text, source, n):
    got = arrests(extractor, text)
    assert [(m.source.id if m.source else None, m.modality, m.quantities.get("arrested")) for m in got] == [
        (source, "asserted", n)]


def test_arrests_counted_by_their_own_figure(extractor):
    got = arrests(extractor, "The operation led to 14 arrests.")
    assert [m.quantities.get("arrested") for m in got] == [14]


@pytest.mark.parametrize("text", [
    "The raids resulted in the arrest of 14 suspects.",
    "The operation led to dozens of arrests.",
])
def test_an_arrest_with_no_doer_named_stays_an_arrest(extractor, text):
    got = arrests(extractor, text)
    assert [(m.source.id if m.source else None, m.modality) for m in got] == [(None, "asserted")]


def test_an_arrest_no_deed_led_to_counts_nothing_new(extractor):
    got = arrests(extractor, "The arrest of 14 suspects was announced by police.")
    assert [m.quantities.get("arrested") for m in got] == [None]
