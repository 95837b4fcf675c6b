"""Who gives an assurance when a pronoun stands for the speaker, and what a report's later sentences add to the
deed it told: the party a rebuttal's "saying they would not allow ..." speaks for is the one rebutting, not the
group an earlier sentence named; a step told of the operation already reported is part of it; and a remark that
the claim could not be confirmed leaves it unverified."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


def _of(extractor, text: str, kind: str) -> list:
    return [m for m in extractor.extract("r", text, LATE) if m.type == kind]


@pytest.mark.parametrize("text", [
    "The TTP claimed the attack. The Taliban rejected the charge, saying they would not allow anyone to use Afghan "
    "soil against Pakistan.",
    "The TTP claimed the attack. Kabul rejected the allegation, saying it did not allow anyone to use Afghan soil "
    "against other countries.",
    "The Hafiz Gul Bahadur group said its men carried out the raid. Kabul denied the allegation and said it was "
    "committed to not allowing its soil to be used against any country.",
])
def test_a_pronoun_in_a_rebuttal_speaks_for_the_rebutting_party(extractor, text):
    pledges = _of(extractor, text, "ASSURE")
    assert pledges and all(m.modality == "asserted" and m.source and m.source.id == "taliban" for m in pledges)


@pytest.mark.parametrize("text", [
    "Kabul said it would not let anyone use Afghan soil against Pakistan.",
    "The Islamic Emirate will never let its territory be used against any country.",
    "The Taliban government, rejecting the charge, said it would not let anyone use Afghan soil against Pakistan.",
])
def test_not_letting_the_soil_be_used_is_an_assurance(extractor, text):
    pledges = _of(extractor, text, "ASSURE")
    assert [(m.modality, m.source.id if m.source else None) for m in pledges] == [("asserted", "taliban")]


@pytest.mark.parametrize("text", [
    "The Taliban will not let anyone harm our people, Mujahid said.",
    "Police did not let the protesters enter the red zone.",
    "Let us be clear about what happened.",
])
def test_letting_without_the_soil_is_no_assurance(extractor, text):
    assert not _of(extractor, text, "ASSURE")


def test_a_participle_set_off_after_the_subject_is_the_subjects(extractor):
    denials = _of(extractor, "The Taliban government, rejecting the charge, said it would not let anyone use Afghan "
                             "soil against Pakistan.", "DENY")
    assert [m.source.id if m.source else None for m in denials] == ["taliban"]


def test_a_participle_set_off_is_not_asked_by_the_verb(extractor):
    text = "Pakistan, condemning the attack, urged Kabul to arrest TTP commanders."
    assert [(m.modality, m.source.id) for m in _of(extractor, text, "CONDEMN")] == [("asserted", "pakistan")]
    assert [m.modality for m in _of(extractor, text, "ARREST")] == ["demanded"]


def test_a_pronoun_with_no_speaker_in_its_sentence_still_speaks_for_the_last_subject(extractor):
    demands = _of(extractor, "Pakistan's Foreign Office voiced concern over the attacks. It wants Kabul to act "
                             "against the TTP.", "DEMAND")
    assert [m.source.id for m in demands] == ["pakistan"]


REPORT = ("KABUL: The Interior Ministry said on Saturday that its forces had destroyed a Daesh hideout in Nangarhar "
          "province and detained six members of the group. Ministry spokesman Abdul Mateen Qani said the operation "
          "was carried out in Achin district and that weapons and ammunition were seized. Pakistan has repeatedly "
          "urged the Taliban to act against the TTP.")


def test_a_step_told_of_the_reported_operation_is_part_of_it(extractor):
    steps = [m for m in _of(extractor, REPORT, "DISMANTLE") if m.modality == "asserted"]
    assert len(steps) == 2
    assert len({m.event for m in steps}) == 1
    assert all(m.source and m.source.id == "taliban" for m in steps)


def test_a_step_of_its_own_stays_its_own(extractor):
    text = ("Police destroyed a TTP hideout in Bannu on Monday. In a separate raid in Lakki Marwat, the CTD seized "
            "weapons and explosives.")
    steps = [m for m in _of(extractor, text, "DISMANTLE") if m.modality == "asserted"]
    assert len({m.event for m in steps}) == 2


@pytest.mark.parametrize("remark", [
    "Independent confirmation of the claim was not possible.",
    "It was not possible to independently verify the figures.",
    "Confirmation of the report was not immediately available.",
])
def test_a_claim_that_could_not_be_confirmed_is_unverified(extractor, remark):
    text = "The Interior Ministry said its forces had detained six Daesh members in Nangarhar. " + remark
    arrests = [m for m in _of(extractor, text, "ARREST") if m.modality == "asserted"]
    assert arrests and all(m.verification == "unverified" for m in arrests)


def test_a_confirmed_claim_stays_verified(extractor):
    text = ("The Interior Ministry said its forces had detained six Daesh members in Nangarhar. Local elders "
            "confirmed the arrests.")
    arrests = [m for m in _of(extractor, text, "ARREST") if m.modality == "asserted"]
    assert arrests and all(m.verification is None for m in arrests)


@pytest.mark.parametrize("text", [
    "An attack on a check post in South Waziristan that was claimed by the TTP killed 16 soldiers.",
    "The strikes followed an attack on a check post in South Waziristan on Saturday that killed 16 soldiers, which "
    "was claimed by the TTP.",
])
def test_the_group_that_claimed_an_attack_is_not_its_target(extractor, text):
    attacks = [m for m in _of(extractor, text, "ATTACK") if m.modality == "asserted"]
    assert attacks and all(m.source and m.source.id == "ttp" for m in attacks)
    assert all(m.target is None or m.target.id != "ttp" for m in attacks)


def test_a_group_the_people_belong_to_stays_the_target(extractor):
    arrests = _of(extractor, "Security forces arrested four militants who belong to the TTP in Bannu.", "ARREST")
    assert [m.target.id if m.target else None for m in arrests] == ["ttp"]


def test_a_deed_its_doer_did_not_confirm_is_unverified(extractor):
    text = ("Pakistani jets struck suspected TTP hideouts in Khost on Tuesday, the Taliban said. Pakistan's military "
            "did not officially confirm the strikes.")
    strikes = [m for m in _of(extractor, text, "OPERATION") if m.modality == "asserted"]
    assert strikes and all(m.verification == "unverified" for m in strikes)


def test_an_unconfirmed_detail_leaves_the_deed_verified(extractor):
    text = ("Gunmen shot dead two policemen in Bajaur on Monday. Police did not confirm the identity of the "
            "attackers.")
    attacks = [m for m in _of(extractor, text, "ATTACK") if m.modality == "asserted"]
    assert attacks and all(m.verification is None for m in attacks)


@pytest.mark.parametrize("text", [
    "The Interim Afghan Government is expected to fulfil its obligations and deny the use of Afghan soil by the "
    "khawarij, Pakistan's Foreign Office said.",
    "The Taliban are expected to take action against the TTP, Pakistan's Foreign Office said.",
    "Pakistan said the Taliban are expected to act against the TTP.",
])
def test_a_party_said_to_be_expected_to_act_is_asked_to(extractor, text):
    demands = _of(extractor, text, "DEMAND")
    assert [(m.source.id if m.source else None, m.target.id if m.target else None) for m in demands] == [
        ("pakistan", "taliban")]


@pytest.mark.parametrize("text", [
    "The Taliban are expected to announce a new cabinet on Monday, officials said.",
    "The operation is expected to last several weeks, the military said.",
    "The Taliban are expected to take action against the TTP, analysts believe.",
])
def test_a_forecast_is_no_demand(extractor, text):
    assert not _of(extractor, text, "DEMAND")


def test_a_party_that_must_act_is_asked_by_a_commander(extractor):
    demands = _of(extractor, "The Afghan Taliban must act against the TTP, the army chief said.", "DEMAND")
    assert [(m.modality, m.target.id if m.target else None) for m in demands] == [("asserted", "taliban")]


def test_the_statement_speaks_for_the_party_that_issued_it(extractor):
    text = ("Security forces killed eight khawarij in North Waziristan, the ISPR said on Friday. \"The Interim Afghan "
            "Government is expected to deny the use of Afghan soil to the khawarij,\" the statement said.")
    demands = _of(extractor, text, "DEMAND")
    assert [(m.source.id if m.source else None, m.target.id if m.target else None) for m in demands] == [
        ("pakistan", "taliban")]


def test_a_groups_own_word_on_its_deed_is_a_claim(extractor):
    text = ("Militants hijacked the Jaffar Express near Sibi on Tuesday, officials said. The Balochistan Liberation "
            "Army said it had taken control of the train.")
    attacks = [m for m in _of(extractor, text, "ATTACK") if m.modality == "asserted"]
    assert attacks and {(m.source.id, m.perpetrator_basis) for m in attacks} == {("bla", "claimed")}
    assert len({m.event for m in attacks}) == 1


def test_officials_naming_the_doer_blame_it(extractor):
    text = "A bomb killed four policemen in Quetta on Monday. Officials said the attack was carried out by the BLA."
    attacks = [m for m in _of(extractor, text, "ATTACK") if m.modality == "asserted"]
    assert attacks and {(m.source.id, m.perpetrator_basis) for m in attacks} == {("bla", "blamed")}
