"""Real-style reporting that a ledger probe and a report probe got wrong: what would count as evidence listed in a
pseudo-cleft or with a participle the parse misreads; a claim no one owns that could not be verified; the deed of the
people a rejected accusation speaks of; the group the attackers are said to belong to; the attackers killed in a
"subsequent exchange of fire"; two deeds of two days in one sentence; a listed deed's own time."""

from __future__ import annotations

from datetime import date

from tests.nlp.conftest import asserted_of_type, modalities_of_type

D = date(2028, 4, 21)


def test_what_would_count_as_evidence_in_a_pseudo_cleft_is_no_deed(extractor):
    text = ("What would count as evidence, an analyst said, is the closure of camps, arrests of commanders and the "
            "seizure of weapons, none of which has been documented.")
    assert not [m for m in extractor.extract("c", text, D) if m.modality == "asserted"
                and m.type in ("DISMANTLE", "ARREST")]
    assert modalities_of_type(extractor, "What Islamabad wants is the arrest of the TTP commanders on its list.",
                              "ARREST", D) <= {"demanded"}
    # (a cleft of what was done still tells it)
    assert asserted_of_type(extractor, "What the Taliban did on Sunday was the arrest of five TTP members in Kunar.",
                            "ARREST", D)


def test_the_last_item_of_a_list_of_evidence_stays_listed(extractor):
    text = ("It would include the arrest of named TTP commanders, the closure of training camps in Kunar, Khost and "
            "Paktika, the freezing of accounts used to move money to the group, and the handover of men wanted for "
            "attacks in Pakistan, a senior official said.")
    assert not [m for m in extractor.extract("l", text, D) if m.modality == "asserted"]
    # (a handover told as done, of men wanted for attacks, is one)
    assert asserted_of_type(extractor, "The Taliban completed the handover of three men wanted for attacks in "
                            "Pakistan at Torkham on Sunday.", "EXTRADITE", D)


def test_a_claim_of_no_named_owner_that_could_not_be_verified_is_told_unverified(extractor):
    ms = [m for m in extractor.extract("v", "Tolo News could not independently verify claims that Taliban forces had "
                                       "detained ETIM members in Badakhshan.", D) if m.type == "ARREST"]
    assert ms and all(m.modality == "asserted" and m.verification == "unverified" for m in ms)


def test_the_deed_of_the_bomber_a_rejected_accusation_speaks_of_is_told(extractor):
    text = ("A Taliban spokesman on Monday rejected a Pakistani accusation that the suicide bomber who attacked a "
            "mosque in Peshawar last Friday had come from Afghanistan. Pakistan's interior minister said on Sunday "
            "that the bomber, who killed 23 worshippers, had been trained in Afghanistan's Kunar province.")
    attacks = [m for m in extractor.extract("b", text, date(2027, 3, 15)) if m.type == "ATTACK"]
    assert attacks and all(m.modality == "asserted" for m in attacks)
    assert len({m.event for m in attacks}) == 1


def test_the_group_the_attackers_are_said_to_belong_to_is_the_attacks(extractor):
    for text in (
        "Three policemen were martyred and two injured when terrorists attacked a police checkpost in Kulachi tehsil "
        "early on Tuesday, police said. District police officer said the attackers, belonging to the banned TTP, had "
        "crossed from Afghan territory a week ago and were sheltering in a nearby village.",
        "Three policemen were martyred in a pre-dawn attack on the Lunda police post in Kulachi on Tuesday. Police "
        "said the militants, who were armed with rifles and hand grenades, had infiltrated from Afghanistan and were "
        "linked to the Tehreek-i-Taliban Pakistan.",
    ):
        attack = asserted_of_type(extractor, text, "ATTACK", date(2028, 4, 12))[0]
        assert attack.source is not None and attack.source.id == "ttp", text
        assert attack.launched_from is not None and attack.launched_from.country == "AF"
    # (people the attackers are not: "the victims belonged to a peace committee")
    attack = asserted_of_type(extractor, "Gunmen attacked a peace committee office in Tank on Tuesday, killing two. "
                              "Police said the victims, belonging to the peace committee, were unarmed.", "ATTACK",
                              date(2028, 4, 12))[0]
    assert not (attack.source and attack.source.id)


def test_attackers_killed_in_a_subsequent_exchange_of_fire_are_the_attacks(extractor):
    text = ("QUETTA, March 15 (AFP) - Gunmen stormed a passenger bus on the national highway in Balochistan's Musakhel "
            "district on Saturday, pulling off and shooting dead 14 passengers, officials said. Security forces killed "
            "three of the attackers in a subsequent exchange of fire, the provincial government spokesman said.")
    ms = [m for m in extractor.extract("s", text, date(2027, 3, 15)) if m.modality == "asserted"]
    assert {m.type for m in ms} == {"ATTACK"} and len({m.event for m in ms}) == 1
    assert any(m.quantities.get("attackers_killed") == 3 for m in ms)
    # (militants the forces kill in a later operation are another deed's, not the attackers)
    later = ("Gunmen stormed a passenger bus in Musakhel district on Saturday, killing 14 passengers. Security forces "
             "killed two militants in a subsequent operation in the area.")
    assert len({m.event for m in extractor.extract("s", later, date(2027, 3, 15))
                if m.modality == "asserted"}) == 2


def test_an_operation_after_an_attack_of_another_day_in_one_sentence_is_its_own_event(extractor):
    text = ("Security forces backed by helicopter gunships launched a clearance operation in Bannu district on Monday "
            "after militants attacked a military compound there on Sunday, killing five soldiers. Officials said six "
            "militants had been killed so far in the operation. The Hafiz Gul Bahadur group, an affiliate of the "
            "Pakistani Taliban, claimed Sunday's assault.")
    ms = [m for m in extractor.extract("o", text, date(2027, 3, 15)) if m.modality == "asserted"]
    operation = [m for m in ms if m.type == "OPERATION"]
    attack = [m for m in ms if m.type == "ATTACK"]
    assert operation and attack and not {m.event for m in operation} & {m.event for m in attack}
    assert all("forces_killed" not in m.quantities for m in operation)
    assert any(m.quantities.get("killed") == 5 for m in attack)
    assert {m.date for m in attack} == {date(2027, 3, 14)}


def test_a_deed_listed_beside_another_keeps_its_own_time(extractor):
    text = ("The step follows the arrest of five TTP members in Kunar in March and the handover of three suspects at "
            "Torkham last week, which the Taliban have denied.")
    ms = {m.type: m for m in extractor.extract("t", text, date(2028, 5, 22))}
    assert (ms["ARREST"].date, ms["ARREST"].date_precision) == (date(2028, 3, 1), "month")
    assert (ms["EXTRADITE"].date, ms["EXTRADITE"].date_precision) == (date(2028, 5, 15), "week")


def test_a_denial_of_a_monitors_findings_disputes_no_step_told_beside_it(extractor):
    text = ("A UN monitoring team report released on Sunday said the TTP continued to enjoy sanctuary in Afghanistan. "
            "The Taliban had earlier relocated Uyghur fighters from Badakhshan, according to previous reports, a step "
            "Beijing welcomed. Taliban spokesman Zabihullah Mujahid rejected the UN findings as \"far from reality\".")
    step = [m for m in extractor.extract("u", text, date(2028, 5, 29)) if m.type == "RESTRICT"]
    assert step and all(m.verification != "disputed" for m in step)
    # (a denial of reports that name the step disputes it)
    denied = ("Pakistani officials said the Taliban handed over three TTP suspects at Torkham on Sunday. Mujahid "
              "rejected the reports that the Islamic Emirate had handed over anyone.")
    assert any(m.verification == "disputed" for m in extractor.extract("u", denied, date(2028, 5, 29))
               if m.type == "EXTRADITE")


def test_a_charge_denied_in_a_background_sentence_disputes_no_step_of_the_report(extractor):
    text = ("ISLAMABAD, Oct 12 (Reuters) - The Taliban administration in Afghanistan handed over four suspected members "
            "of the Pakistani Taliban to Pakistan at the Torkham border on Wednesday, two Pakistani security officials "
            "said.\n\nThe Taliban did not comment on the handover.\n\nPakistan says the Tehrik-e-Taliban Pakistan "
            "operates from sanctuaries in Afghanistan, a charge Kabul denies.")
    handover = [m for m in extractor.extract("c", text, date(2028, 10, 12)) if m.type == "EXTRADITE"]
    assert handover and all(m.verification != "disputed" for m in handover)
