"""People handed over to another state with the particle after them ("handed the two men over to Kabul") are a
handover, as "handed over the two men to Kabul" is."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


def handovers(extractor, text: str):
    return [(m.type, m.modality, m.source.id if m.source else None) for m in extractor.extract("s", text, LATE)
            if m.type == "EXTRADITE"]


@pytest.mark.parametrize("text, expected", [
    ("Pakistan handed the two men over to Kabul.", [("EXTRADITE", "asserted", "pakistan")]),
    ("Iran handed the TTP commander over to Pakistan on Sunday.", [("EXTRADITE", "asserted", "iran")]),
    ("Pakistan will hand the two suspects over to Kabul next week.", [("EXTRADITE", "future", "pakistan")]),
    ("Kabul refused to hand the TTP leaders over to Pakistan.", [("EXTRADITE", "negated", "taliban")]),
    ("Pakistan handed the two men to Kabul.", [("EXTRADITE", "asserted", "pakistan")]),
])
def test_the_particle_after_the_people(extractor, text, expected):
    assert handovers(extractor, text) == expected


def test_the_handover_that_worked_stays(extractor):
    assert handovers(extractor, "Pakistan handed over the two men to Kabul.") == [
        ("EXTRADITE", "asserted", "pakistan")]


@pytest.mark.parametrize("text", [
    "Police handed the two men over to the CTD.",
    "Villagers handed the two thieves over to police.",
    "The army handed the town over to the police.",
    "On the other hand, officials met the two men in Kabul.",
])
def test_no_handover_where_none_was(extractor, text):
    assert handovers(extractor, text) == []
