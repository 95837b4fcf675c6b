"""What would count as evidence is nothing done: "Evidence of arrests, seized weapons or closed camps would satisfy
Islamabad" lists the steps a party asks to see, however the parse hangs the participles of the list (it may make
"seized" a verb whose subject is the evidence). A deed named inside another subject is still a given."""

from __future__ import annotations

from datetime import date

ACTIONS = {"ARREST", "OPERATION", "FINANCE", "DISMANTLE", "RESTRICT", "EXTRADITE"}


def _asserted_actions(extractor, text: str) -> list:
    return [m.type for m in extractor.extract("e", text, date(2025, 11, 1))
            if m.modality == "asserted" and m.type in ACTIONS]


def test_evidence_that_would_satisfy_lists_no_deed(extractor):
    text = "Evidence of arrests, seized weapons or closed camps would satisfy Islamabad, an official said."
    assert _asserted_actions(extractor, text) == []


def test_a_deed_inside_another_subject_is_given(extractor):
    assert "ARREST" in _asserted_actions(extractor, "Not one of the 800 arrested has been charged.")


def test_weapons_seized_in_a_raid_are_a_seizure(extractor):
    text = "Police seized weapons and closed two TTP hideouts in Bannu on Monday."
    assert "DISMANTLE" in _asserted_actions(extractor, text)
