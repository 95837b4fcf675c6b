"""A militant network, cell or ring broken up is dismantled; a protest, a crowd or a meeting broken up is not."""

from __future__ import annotations

from datetime import date

import pytest

from tests.nlp.conftest import ACTIONS, asserted

LATE = date(2024, 6, 1)


@pytest.mark.parametrize("text", [
    "ISKP's financing network was broken up.",
    "Police broke up a TTP cell in Karachi.",
    "Security agencies have broken up a network of suicide bombers in Peshawar.",
])
def test_a_militant_network_broken_up_is_dismantled(extractor, text):
    assert "DISMANTLE" in asserted(extractor, text, LATE)


@pytest.mark.parametrize("text", [
    "Police broke up a protest in Lahore.",
    "The meeting broke up without agreement.",
    "Police used tear gas to break up the crowd.",
])
def test_a_gathering_broken_up_is_no_dismantling(extractor, text):
    assert not asserted(extractor, text, LATE) & ACTIONS
