"""What monitors find, what officials have not seen, and deeds said to go on.

- A monitoring report that a party gave a group weapons or safe houses, or that another group trains its
  fighters, is a finding of support.
- "Islamabad had not seen any change on the ground" doubts the measure a party claims, as "no evidence" does;
  "officials said they were verifying the claim" leaves it unverified.
- "The attacks continue" tells no attack.
- "..., also claimed by IS": a participle after the deed's clause, with the group as its agent, claims that deed.
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 8, 1)


def _asserted(extractor, text: str, published: date = PUB) -> list:
    return [m for m in extractor.extract("f", text, published) if m.modality == "asserted"]


@pytest.mark.parametrize("text", [
    "A UN monitoring team report said the Taliban had provided the TTP with weapons and safe houses.",
    "The monitoring team said al-Qaeda was training TTP fighters in camps in Kunar and Nuristan.",
])
def test_support_found_by_monitors_is_a_finding(extractor, text):
    findings = [m for m in _asserted(extractor, text) if m.type == "FINDING"]
    assert findings and "ttp" in findings[0].groups


def test_shelter_given_by_a_villager_is_no_finding(extractor):
    text = "The family gave shelter to flood victims in Swat."
    assert not [m for m in _asserted(extractor, text) if m.type == "FINDING"]


def test_no_change_seen_disputes_the_measure(extractor):
    text = ("KABUL: The Taliban have disarmed dozens of TTP fighters in Kunar, two Taliban officials said. A Pakistani "
            "security official said Islamabad had not seen any change on the ground.")
    steps = [m for m in _asserted(extractor, text) if m.type == "RESTRICT"]
    assert steps and steps[0].verification == "disputed"


def test_no_change_in_a_toll_disputes_nothing(extractor):
    text = "Police arrested three TTP suspects in Bannu. Officials said there was no change in the security plan."
    arrests = [m for m in _asserted(extractor, text) if m.type == "ARREST"]
    assert arrests and arrests[0].verification is None


def test_a_claim_being_verified_is_unverified(extractor):
    text = ("ISLAMABAD: The Taliban administration has closed three training camps used by the TTP in Paktika and "
            "Khost, according to a letter shared by the Afghan embassy. Pakistani officials said they were verifying "
            "the claim.")
    camps = [m for m in _asserted(extractor, text) if m.type == "DISMANTLE"]
    assert camps and camps[0].verification == "unverified"


@pytest.mark.parametrize("text", [
    "\"They say things, but the attacks continue,\" he said.",
    "The attacks have continued despite the talks.",
])
def test_attacks_that_continue_are_no_attack(extractor, text):
    assert not [m for m in _asserted(extractor, text) if m.type == "ATTACK"]


def test_a_clash_that_went_on_and_killed_is_reported(extractor):
    text = "The clashes continued till late night in Tirah, killing four soldiers."
    attacks = [m for m in _asserted(extractor, text) if m.type in ("ATTACK", "OPERATION")]
    assert attacks and attacks[0].quantities.get("killed") == 4


def test_a_participle_claim_after_the_deed(extractor):
    text = "In March, the governor of Balkh was killed in a similar attack, also claimed by IS."
    attacks = [m for m in _asserted(extractor, text, date(2024, 6, 1)) if m.type == "ATTACK"]
    assert attacks and attacks[0].source and attacks[0].source.id == "iskp"
    assert attacks[0].perpetrator_basis == "claimed"
