"""People moved to their own country's capital are in the same custody; a state handing them on extradites."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


def kinds(extractor, text: str) -> list[tuple[str, str]]:
    return [(m.type, m.modality) for m in extractor.extract("s", text, LATE)]


@pytest.mark.parametrize("text", [
    "The suspect, arrested in Herat last week, was transferred to Kabul.",
    "The suspect was transferred to Kabul for interrogation, officials said.",
    "Police transferred the two suspects to Islamabad for further questioning.",
])
def test_a_move_to_the_capital_is_no_extradition(extractor, text):
    assert "EXTRADITE" not in [k for k, _ in kinds(extractor, text)]


def test_the_arrest_before_the_move_stays(extractor):
    got = kinds(extractor, "The suspect, arrested in Herat last week, was transferred to Kabul.")
    assert ("ARREST", "asserted") in got


@pytest.mark.parametrize("text", [
    "Iran transferred the suspects to Kabul on Monday.",
    "The Taliban handed over the suspect to Pakistan.",
    "The UAE transferred three men to Pakistani custody.",
])
def test_a_state_handing_people_on_still_extradites(extractor, text):
    assert ("EXTRADITE", "asserted") in kinds(extractor, text)
