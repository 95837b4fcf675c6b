"""A necessity told in the past tense is what was done ("the police had to open fire", "had to arrest 20 people"):
reports tell so what happened because it had to; a necessity ahead, conditional, denied or owed under a deal is
not told as done."""

from datetime import date

import pytest

PUB = date(2002, 3, 10)


def _modalities(extractor, text: str, etype: str) -> set[str]:
    return {m.modality for m in extractor.extract("n", text, PUB) if m.type == etype}


@pytest.mark.parametrize("text", [
    "The police had to arrest 30 youths to bring the situation under control.",
    "Officers had to detain the two brothers after the brawl turned ugly.",
])
def test_a_past_necessity_is_asserted(extractor, text):
    assert "asserted" in _modalities(extractor, text, "ARREST"), text


@pytest.mark.parametrize("text", [
    "The police will have to arrest the two brothers.",
    "The police would have had to arrest the two brothers.",
    "The police did not have to arrest anyone.",
    "Under the accord, the government had to detain the commanders by June.",
])
def test_a_necessity_ahead_or_denied_is_not_asserted(extractor, text):
    assert "asserted" not in _modalities(extractor, text, "ARREST"), text
