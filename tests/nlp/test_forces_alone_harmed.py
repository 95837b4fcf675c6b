"""The forces' own dead, with no one named acting and nothing more told, are the victims of an attack, not the
forces' operation: "Two soldiers killed in North Waziristan"."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


def deeds(extractor, text: str):
    return [(m.type, m.source.id if m.source else None, m.perpetrator_basis)
            for m in extractor.extract("s", text, LATE)]


@pytest.mark.parametrize("text", [
    "Two soldiers killed in North Waziristan",
    "Three soldiers killed in South Waziristan",
])
def test_the_forces_dead_alone(extractor, text):
    assert deeds(extractor, text) == [("ATTACK", None, None)]


@pytest.mark.parametrize("text", [
    "Two soldiers, three militants killed in North Waziristan",
    "Five militants killed in North Waziristan",
    "Two soldiers killed in exchange of fire with militants in North Waziristan",
    "Two soldiers killed in North Waziristan operation",
])
def test_a_fight_or_the_militants_dead_stay_the_forces_operation(extractor, text):
    assert deeds(extractor, text) == [("OPERATION", "pakistan", "place")]
