"""A raid on a political party's offices is a measure against politics, as a raid on its activists' homes is."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


def kinds(extractor, text: str) -> list[tuple[str, str]]:
    return [(m.type, m.modality) for m in extractor.extract("s", text, LATE)]


@pytest.mark.parametrize("text", [
    "Police raided opposition party offices in Lahore.",
    "Police raided the party offices in Lahore late on Tuesday.",
    "Police were raiding party offices across Punjab on Tuesday.",
])
def test_party_offices_raided_are_no_operation(extractor, text):
    assert "OPERATION" not in [k for k, _ in kinds(extractor, text)]


@pytest.mark.parametrize("text", [
    "Security forces raided a TTP office in Bannu.",
    "Police raided the party offices of the TTP in Swat.",
    "CTD raided the offices of a banned outfit in Karachi.",
])
def test_a_raid_on_an_armed_groups_office_stays_an_operation(extractor, text):
    assert ("OPERATION", "asserted") in kinds(extractor, text)


def test_arrests_in_a_raid_on_party_offices_stay(extractor):
    got = kinds(extractor, "Police raided party offices in Lahore and arrested dozens of workers.")
    assert ("ARREST", "asserted") in got
