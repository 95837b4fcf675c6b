"""A party's claim to have acted that another dismisses is the claimant's deed, disputed: "Islamabad dismissed
the Taliban's claims to have relocated TTP fighters" (not Pakistan's deed, nor one denied by its doer)."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


def restrictions(extractor, text: str):
    return [(m.source.id if m.source else None, m.modality, m.verification)
            for m in extractor.extract("s", text, LATE) if m.type == "RESTRICT"]


@pytest.mark.parametrize("text", [
    "Islamabad dismissed the Taliban's claims to have relocated TTP fighters.",
    "Islamabad rejected Taliban claims to have relocated TTP fighters.",
    "Pakistan denied the Taliban's claims to have relocated TTP fighters.",
    "Pakistani officials rejected the Taliban's claim to have moved TTP militants away from the border.",
])
def test_a_dismissed_claim_is_the_claimants_and_disputed(extractor, text):
    assert restrictions(extractor, text) == [("taliban", "asserted", "disputed")]


def test_a_claim_to_have_acted_is_no_purpose(extractor):
    assert restrictions(extractor, "Pakistan welcomed the Taliban's claim to have moved TTP militants away from "
                                   "the border.") == [("taliban", "asserted", None)]


@pytest.mark.parametrize("text, expected", [
    ("Pakistani officials were sceptical of Taliban claims to have relocated TTP fighters.",
     [("taliban", "asserted", "disputed")]),
    ("Pakistan welcomed Taliban claims to have relocated TTP fighters.", [("taliban", "asserted", None)]),
    ("The Taliban denied relocating TTP fighters.", [("taliban", "negated", None)]),
])
def test_claims_read_before_stay(extractor, text, expected):
    assert restrictions(extractor, text) == expected


def test_a_denial_of_ones_own_deed_stays_negated(extractor):
    got = [(m.type, m.modality) for m in extractor.extract(
        "s", "Kabul rejected Pakistani claims that its forces had shelled Kunar.", LATE) if m.type == "OPERATION"]
    assert got == [("OPERATION", "negated")]


def arrests(extractor, text: str):
    return [(m.source.id if m.source else None, m.modality, m.verification)
            for m in extractor.extract("s", text, LATE) if m.type == "ARREST"]


@pytest.mark.parametrize("text", [
    # (a Dawn-style report of a minister's word on the Taliban's claimed arrests)
    "Pakistan's Defence Minister Khawaja Asif said on Tuesday that the Taliban's claims of arresting TTP militants "
    "were \"an eyewash\".",
    "Pakistan dismissed the Taliban's claim of arresting dozens of TTP fighters.",
])
def test_a_claim_of_acting_held_hollow_is_the_claimants_and_disputed(extractor, text):
    assert arrests(extractor, text) == [("taliban", "asserted", "disputed")]


def test_a_claim_of_acting_is_the_claimants(extractor):
    assert arrests(extractor, "Pakistan welcomed the Taliban's claim of arresting dozens of TTP fighters.") == [
        ("taliban", "asserted", None)]


def test_a_claim_the_writer_could_not_verify_is_unverified_not_denied(extractor):
    got = [(m.source.id if m.source else None, m.modality, m.verification) for m in extractor.extract(
        "s", "Reuters could not independently verify the Taliban's claim that their forces destroyed an ISKP "
             "training camp in Badakhshan province.", LATE) if m.type == "DISMANTLE"]
    assert got == [("taliban", "asserted", "unverified")]
    # (what the writer could not verify of its own account stays a deed not known to be done)
    got = [m.modality for m in extractor.extract("s", "Officials could not verify that the camp was destroyed.", LATE)
           if m.type == "DISMANTLE"]
    assert "asserted" not in got


def test_a_deed_held_small_is_not_denied(extractor):
    text = ("The Islamic Emirate has relocated dozens of families of TTP fighters away from the Durand Line, sources "
            "said. Pakistani officials, however, dismissed the relocation as cosmetic, saying TTP commanders continue "
            "to move freely in Kunar and Paktika.")
    assert {(m.source.id if m.source else None, m.modality) for m in extractor.extract("s", text, LATE)
            if m.type == "RESTRICT"} == {("taliban", "asserted")}
