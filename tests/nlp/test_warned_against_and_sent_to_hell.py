"""What a party is warned against has not happened; militants "sent to hell" by the forces were killed."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


def kinds(extractor, text: str) -> list[tuple[str, str]]:
    return [(m.type, m.modality) for m in extractor.extract("s", text, LATE)]


@pytest.mark.parametrize("text", [
    "Taliban officials say they are monitoring TTP members and have warned them against cross-border attacks.",
    "Kabul cautioned the group against attacks on Pakistani forces from Afghan soil.",
])
def test_a_deed_warned_against_is_not_done(extractor, text):
    assert ("ATTACK", "asserted") not in kinds(extractor, text)


def test_a_deed_told_beside_a_warning_stays_asserted(extractor):
    got = kinds(extractor, "Pakistan warned Kabul of consequences after militants attacked a post in Chitral.")
    assert ("ATTACK", "asserted") in got


@pytest.mark.parametrize("text, etype", [
    ("Security forces sent four khwarij to hell in North Waziristan.", "OPERATION"),
    ("The TTP sent two policemen to hell in Bannu, the group claimed.", "ATTACK"),
])
def test_people_sent_to_hell_were_killed(extractor, text, etype):
    assert (etype, "asserted") in kinds(extractor, text)


def test_people_sent_to_jail_are_still_arrested(extractor):
    assert ("ARREST", "asserted") in kinds(extractor, "The accused were sent to jail on judicial remand in Quetta.")


def _killed(extractor, text: str) -> dict[str, int]:
    ms = [m for m in extractor.extract("s", text, LATE) if m.type == "OPERATION" and m.modality == "asserted"]
    assert ms, text
    return dict(ms[0].quantities)


@pytest.mark.parametrize("text, n", [
    # the forces' own word for the militants they killed counts them, told actively or passively
    ("Security forces sent three khwarij to hell in an intelligence-based operation in Lakki Marwat.", 3),
    ("During the intense exchange of fire, six terrorists were sent to hell in Zhob, the ISPR said.", 6),
])
def test_people_sent_to_hell_are_counted_dead(extractor, text, n):
    assert _killed(extractor, text) == {"killed": n}


def test_people_sent_to_jail_are_not_counted_dead(extractor):
    ms = extractor.extract("s", "Police sent four suspects to jail on judicial remand in Quetta.", LATE)
    assert ms and not any(m.quantities.get("killed") for m in ms)
