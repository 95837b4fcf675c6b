"""What a report's later sentences add to a deed and what they do not: an officer named by his rank is one of
the forces' dead, not a lower count of the militants killed; a blame of other deeds told as the past's is no
blame of the deed reported; a remark that there is little evidence of a step told before doubts that step."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 6, 1)


def by_sentence(ms, words: str):
    found = [m for m in ms if words in m.sentence]
    assert found, words
    return found[0]


def the_operation(extractor, text: str):
    ops = [m for m in extractor.extract("t", text, PUB) if m.type == "OPERATION" and m.modality == "asserted"]
    assert ops and len({m.event for m in ops}) == 1, text
    return ops[0]


def test_an_officer_named_by_his_rank_is_one_of_the_forces_dead(extractor):
    op = the_operation(extractor, "Security forces killed nine terrorists in an operation in Tank district, the "
                                  "military said. Captain Bilal, who led the assault, embraced shahadat during the "
                                  "exchange of fire.")
    assert op.quantities.get("killed") == 9 and op.quantities.get("forces_killed") == 1


def test_ranks_before_the_names_of_two_men_count_both_as_the_forces_dead(extractor):
    op = the_operation(extractor, "Troops killed seven militants in a raid in Khyber district on Monday. Major "
                                  "Adeel and Sepoy Rashid were martyred in the clash.")
    assert op.quantities.get("killed") == 7 and op.quantities.get("forces_killed") == 2


def test_a_militant_commander_named_among_the_dead_is_not_the_forces(extractor):
    op = the_operation(extractor, "Security forces killed six militants in an operation in Bajaur on Monday. "
                                  "Commander Qari Zahid was among those killed.")
    assert op.quantities.get("killed") == 6 and not op.quantities.get("forces_killed")


BOMB = "A bomb exploded near a police van in Quetta on Monday, killing three policemen. "


def the_attack(extractor, text: str):
    attacks = [m for m in extractor.extract("t", text, PUB) if m.type == "ATTACK" and m.modality == "asserted"]
    assert attacks, text
    return attacks[0]


def test_a_blame_of_other_deeds_in_the_past_is_no_blame_of_this_one(extractor):
    attack = the_attack(extractor, BOMB + "Officials have in the past blamed the BLA for attacks on police in the "
                                          "city.")
    assert attack.source is None or attack.source.id != "bla"
    assert attack.perpetrator_basis is None


def test_an_accusation_told_as_a_habit_is_no_blame_of_this_deed(extractor):
    attack = the_attack(extractor, BOMB + "Pakistan has often accused the BLA of targeting the police.")
    assert attack.source is None or attack.source.id != "bla"


def test_a_blame_for_the_deed_reported_still_names_its_perpetrator(extractor):
    attack = the_attack(extractor, BOMB + "Officials blamed the BLA for the attack.")
    assert attack.source is not None and attack.source.id == "bla" and attack.perpetrator_basis == "blamed"


def test_a_blame_for_the_attacks_reported_still_names_their_perpetrator(extractor):
    attack = the_attack(extractor, "Two bombs exploded near police vans in Quetta on Monday, killing three "
                                   "policemen. Officials blamed the BLA for the attacks.")
    assert attack.source is not None and attack.source.id == "bla"


RELOCATED = "The Taliban said they had relocated TTP fighters away from the border. "


def test_little_evidence_of_a_step_told_before_disputes_it(extractor):
    ms = extractor.extract("t", RELOCATED + "Analysts said there was little evidence that the relocation had "
                                            "taken place.", PUB)
    step = by_sentence(ms, "had relocated")
    assert step.type == "RESTRICT" and step.modality == "asserted" and step.source.id == "taliban"
    assert step.verification == "disputed"
    doubt = [m for m in ms if "little evidence" in m.sentence and m.type == "RESTRICT"]
    assert doubt and all(m.modality != "asserted" and m.event == step.event for m in doubt)


def test_no_evidence_of_the_relocation_disputes_the_relocation(extractor):
    ms = extractor.extract("t", RELOCATED + "Diplomats said there was no evidence of the relocation.", PUB)
    step = by_sentence(ms, "had relocated")
    assert step.verification == "disputed"
    assert all(m.event == step.event for m in ms if m.type == "RESTRICT")


def test_a_step_nobody_doubts_stays_as_told(extractor):
    ms = extractor.extract("t", RELOCATED + "Diplomats said the move was welcome.", PUB)
    assert by_sentence(ms, "had relocated").verification is None


HANDED = ("Taliban officials handed over four suspected TTP militants to Pakistani authorities at the Chaman crossing "
          "on Monday. ")


def test_a_clause_negated_in_the_time_of_a_step_leaves_the_step_told(extractor):
    for later in ("Traffic at the crossing was not halted during the handover.",
                  "Trade was not interrupted during the handover, traders said."):
        ms = extractor.extract("t", HANDED + later, PUB)
        assert not [m for m in ms if m.type == "EXTRADITE" and m.modality != "asserted"], later
        assert {m.event for m in ms if m.type == "EXTRADITE"} == {by_sentence(ms, "handed over").event}, later


def test_no_comment_on_a_step_is_no_denial_of_it(extractor):
    ms = extractor.extract("t", HANDED + "The militant group did not comment on the handover.", PUB)
    assert not [m for m in ms if m.type == "EXTRADITE" and m.modality == "negated"]


def test_a_step_said_not_to_have_happened_stays_negated(extractor):
    for text in ("There was no handover at Chaman on Monday.", "The Taliban did not carry out the handover.",
                 "Police did not arrest anyone during the raid."):
        ms = [m for m in extractor.extract("t", text, PUB) if m.type in ("EXTRADITE", "ARREST")]
        assert ms and all(m.modality == "negated" for m in ms), text


@pytest.mark.parametrize("text, dead", [
    ("Security forces foiled an attempt by terrorists to infiltrate from Afghanistan into Zhob district, killing 17 "
     "of them, the ISPR said on Saturday.", 17),
    ("FC troops thwarted a bid by militants to sneak across the border in Kurram, killing three of them, officials "
     "said.", 3),
])
def test_a_foiled_crossing_that_killed_the_crossers_is_the_forces_operation(extractor, text, dead):
    ms = [m for m in extractor.extract("t", text, PUB) if m.modality == "asserted"]
    ops = [m for m in ms if m.type == "OPERATION"]
    assert ops and ops[0].source is not None and ops[0].source.id == "pakistan"
    assert ops[0].quantities.get("killed") == dead
    assert not [m for m in ms if m.type in ("RESTRICT", "ATTACK")]


def test_a_foiled_crossing_with_no_fight_stays_a_restriction(extractor):
    ms = [m for m in extractor.extract("t", "Border guards foiled an attempt by militants to infiltrate from "
                                            "Afghanistan into Zhob district, officials said.", PUB)
          if m.modality == "asserted"]
    assert [m.type for m in ms] == ["RESTRICT"]


def test_the_place_of_a_deed_charged_to_the_target_is_not_the_strikes(extractor):
    ms = extractor.extract("t", "Pakistani jets struck a compound in Afghanistan's Khost province on Monday night, "
                                "Taliban officials said. Security sources in Islamabad later said the strikes targeted a "
                                "TTP commander responsible for the Dera Ismail Khan police station attack.", PUB)
    ops = [m for m in ms if m.type == "OPERATION" and m.modality == "asserted"]
    assert ops and len({m.event for m in ops}) == 1
    assert all(m.location is not None and m.location.admin1 == "Khost" for m in ops)


def test_the_place_of_the_attacks_the_men_are_wanted_for_is_not_where_they_were_held(extractor):
    ms = extractor.extract("t", "Officials said the men were wanted for attacks in Bajaur district and had been held "
                                "in Kunar for several weeks.", PUB)
    held = [m for m in ms if m.type == "ARREST" and m.modality == "asserted"]
    assert held and held[0].location is not None and held[0].location.admin1 == "Kunar"


def test_a_party_that_dismisses_the_report_disputes_every_step_it_told(extractor):
    ms = extractor.extract("t", "The Taliban have detained dozens of TTP fighters and moved them away from the border, a "
                                "Taliban official said. A TTP spokesman dismissed the report as propaganda.", PUB)
    steps = [m for m in ms if m.type in ("ARREST", "RESTRICT") and m.modality == "asserted"]
    assert {m.type for m in steps} == {"ARREST", "RESTRICT"}
    assert all(m.verification == "disputed" for m in steps)


@pytest.mark.parametrize("text", [
    "Pakistan would not tolerate attacks from Afghan soil, the prime minister said.",
    "Pakistan will no longer tolerate cross-border attacks, the army chief said.",
])
def test_a_stance_against_attacks_denies_none(extractor, text):
    attacks = [m for m in extractor.extract("t", text, PUB) if m.type == "ATTACK"]
    assert attacks and all(m.modality not in ("negated", "asserted") for m in attacks)


def test_an_attack_said_not_to_have_happened_stays_negated(extractor):
    attacks = [m for m in extractor.extract("t", "No attack took place in Bajaur on Monday, police said.", PUB)
               if m.type == "ATTACK"]
    assert attacks and all(m.modality == "negated" for m in attacks)


def test_a_province_in_a_groups_name_does_not_place_its_claim_elsewhere(extractor):
    ms = extractor.extract("t", "Three policemen were killed when gunmen attacked a checkpoint in Karachi's Malir "
                                "district on Sunday, officials said. The Balochistan Liberation Army claimed "
                                "responsibility, saying its fighters had targeted the police.", PUB)
    attacks = [m for m in ms if m.type == "ATTACK" and m.modality == "asserted"]
    assert attacks and len({m.event for m in attacks}) == 1
    assert all(m.location is not None and m.location.admin1 == "Sindh" for m in attacks)
    assert all(m.source is not None and m.source.id == "bla" for m in attacks)


def test_a_spokesman_who_names_no_body_speaks_for_the_body_named_before(extractor):
    ms = extractor.extract("t", "Pakistan's Foreign Office on Friday rejected the Taliban's assurances as hollow. "
                                "\"Kabul must act against the TTP,\" spokesperson Asad Ali said.", PUB)
    demand = by_sentence(ms, "Kabul must act")
    assert demand.type == "DEMAND" and demand.source is not None and demand.source.id == "pakistan"


def test_a_spokesman_of_a_named_body_keeps_it(extractor):
    ms = extractor.extract("t", "Pakistan's Foreign Office on Friday rejected the Taliban's assurances as hollow. "
                                "\"Pakistan is making baseless claims,\" Taliban spokesman Zabihullah Mujahid said.", PUB)
    assert all(m.source is None or m.source.id != "pakistan" for m in ms if "baseless" in m.sentence)


RAID = "Taliban forces killed three Islamic State militants in a night raid in Kabul, a police spokesman said. "


def test_a_past_deed_of_the_people_killed_keeps_its_own_dead(extractor):
    ms = extractor.extract("t", RAID + "He said the militants had been involved in the recent bombing of a bus in "
                                       "the city, which killed nine people. A fourth suspect was arrested during the "
                                       "operation.", PUB)
    raid = by_sentence(ms, "night raid")
    assert raid.type == "OPERATION" and raid.quantities.get("killed") == 3
    bombing = [m for m in ms if "recent bombing" in m.sentence and m.type in ("ATTACK", "OPERATION")]
    assert bombing and all(m.event != raid.event for m in bombing)
    arrest = by_sentence(ms, "fourth suspect")
    assert arrest.type == "ARREST" and arrest.source is not None and arrest.source.id == "taliban"


def test_men_involved_in_the_attack_reported_stay_in_it(extractor):
    ms = extractor.extract("t", "Gunmen attacked a police post in Tank on Monday, killing two policemen. Police said "
                                "three men involved in the attack had been arrested.", PUB)
    attack = by_sentence(ms, "Gunmen attacked")
    assert attack.quantities.get("killed") == 2
    assert all(m.event == attack.event for m in ms if m.type == "ATTACK")


BOMBING = "Nine soldiers were martyred when a suicide bomber rammed into a convoy in Bannu on Tuesday. "


@pytest.mark.parametrize("later", [
    "\"The terrorists were in contact with their handlers in Afghanistan throughout the attack,\" the ISPR said.",
    "Officials said the bomber had been guided by his handlers based in Afghanistan.",
])
def test_the_attackers_handlers_across_the_border_tell_where_it_was_run_from(extractor, later):
    attack = next(m for m in extractor.extract("t", BOMBING + later, PUB) if m.type == "ATTACK")
    assert attack.launched_from is not None and attack.launched_from.country == "AF"


def test_a_standing_charge_about_handlers_tells_no_origin_of_this_attack(extractor):
    attack = next(m for m in extractor.extract("t", BOMBING + "Pakistan has long said that TTP handlers in "
                                                              "Afghanistan direct attacks in the province.", PUB)
                  if m.type == "ATTACK")
    assert attack.launched_from is None


@pytest.mark.parametrize("text", [
    "The State Bank of Pakistan directed all banks to freeze the accounts of 45 people linked to the TTP.",
    "ISLAMABAD: The State Bank directed all banks to freeze the accounts of 45 people linked to the TTP.",
])
def test_the_authority_that_orders_its_banks_to_freeze_accounts_takes_the_step(extractor, text):
    steps = [m for m in extractor.extract("t", text, PUB) if m.type == "FINANCE" and m.modality == "asserted"]
    assert steps and steps[0].source is not None and steps[0].source.id == "pakistan"


def test_banks_that_freeze_accounts_themselves_are_the_ones_named(extractor):
    steps = [m for m in extractor.extract("t", "Two banks froze the accounts of a charity linked to the TTP.", PUB)
             if m.type == "FINANCE" and m.modality == "asserted"]
    assert steps and steps[0].source is not None and "banks" in steps[0].source.text
