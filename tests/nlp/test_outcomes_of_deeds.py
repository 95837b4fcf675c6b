"""What a deed told led to or resulted in is itself a deed ("the crackdown led to dozens of arrests"); arrests
told over a span of time stay a tally."""

from __future__ import annotations

from datetime import date

import pytest

from tests.nlp.conftest import asserted

LATE = date(2024, 6, 1)


@pytest.mark.parametrize("text", [
    "The crackdown led to dozens of arrests.",
    "The operation led to dozens of arrests in Bajaur.",
    "The raids resulted in 30 arrests in Swat.",
    "The raids resulted in the arrest of 14 suspects.",
])
def test_arrests_a_deed_led_to_are_asserted(extractor, text):
    assert "ARREST" in asserted(extractor, text, LATE)


def test_arrests_over_a_span_stay_a_tally(extractor):
    assert "ARREST" not in asserted(extractor, "Such raids have led to hundreds of arrests over the past year.", LATE)
