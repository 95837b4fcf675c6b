"""An operation known by its name is an operation when it is launched or carried out; a measure told in the perfect
passive ("have been frozen", which the parse reads as "been" with a complement) is the measure taken."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


def readings(extractor, text: str, kind: str):
    return [m.modality for m in extractor.extract("s", text, LATE) if m.type == kind]


@pytest.mark.parametrize("text", [
    "The army launched Operation Zarb-e-Azb in North Waziristan.",
    "Operation Zarb-e-Azb was launched in North Waziristan in 2014.",
    "Pakistan's military launched Operation Azm-e-Istehkam in June.",
])
def test_a_named_operation_launched_is_an_operation(extractor, text):
    assert readings(extractor, text, "OPERATION") == ["asserted"]


@pytest.mark.parametrize("text", [
    "The army will launch Operation Azm-e-Istehkam next month.",
    "Pakistan wants the army to launch Operation Azm-e-Istehkam in Tirah.",
])
def test_a_named_operation_planned_or_asked_for_is_no_deed(extractor, text):
    assert "asserted" not in readings(extractor, text, "OPERATION")


@pytest.mark.parametrize("text", [
    "Operation Zarb-e-Azb was a turning point, analysts said.",
    "Critics of Operation Zarb-e-Azb say civilians were displaced.",
])
def test_a_named_operation_only_mentioned_is_no_new_operation(extractor, text):
    assert readings(extractor, text, "OPERATION") == []


@pytest.mark.parametrize(("text", "kind"), [
    ("The assets of 12 TTP commanders have been frozen.", "FINANCE"),
    ("The bank accounts of the group's leaders have been frozen.", "FINANCE"),
    ("The TTP camps in Kunar have been destroyed.", "DISMANTLE"),
])
def test_a_measure_in_the_perfect_passive_is_taken(extractor, text, kind):
    assert readings(extractor, text, kind) == ["asserted"]


@pytest.mark.parametrize("text", [
    "The border has been closed for a week.",
    "The accounts of the trading company have been frozen over tax arrears.",
    "The meeting has been closed to the press.",
])
def test_the_same_passive_told_of_other_things_gives_no_measure(extractor, text):
    assert not {m.type for m in extractor.extract("s", text, LATE)} & {"FINANCE", "DISMANTLE", "RESTRICT"}
