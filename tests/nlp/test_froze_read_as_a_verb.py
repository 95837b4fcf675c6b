"""'Froze' before a bare plural, which the small parser reads as an adjective ("froze accounts"), is read as the
verb it is: "The Taliban froze bank accounts linked to ISKP" is a freeze of the group's money."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


@pytest.mark.parametrize("text, source", [
    ("The Taliban froze bank accounts linked to ISKP.", "taliban"),
    ("Pakistan froze accounts linked to the TTP.", "pakistan"),
])
def test_froze_before_a_bare_plural_is_a_freeze(extractor, text, source):
    ms = [m for m in extractor.extract("s", text, LATE) if m.type == "FINANCE" and m.modality == "asserted"]
    assert ms and ms[0].source and ms[0].source.id == source


def test_froze_in_a_full_sentence_stays_as_it_was(extractor):
    ms = extractor.extract("s", "The State Bank froze the accounts of 20 people linked to the TTP.", LATE)
    assert ("FINANCE", "asserted") in [(m.type, m.modality) for m in ms]


def test_a_river_that_froze_is_no_freeze(extractor):
    assert not extractor.extract("s", "The river froze solid last winter.", LATE)
