"""Event descriptions in the style of a conflict-event record of 2020 (Afghanistan and Pakistan): the deed, who
acts and where, read from one paragraph."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2020, 6, 1)


def _deeds(extractor, text: str) -> list:
    return [m for m in extractor.extract("n", text, PUB) if m.type in ("ATTACK", "OPERATION")
            and m.modality == "asserted"]


@pytest.mark.parametrize("text, actor", [
    # the parse makes the object the sentence's root and the verb, with its own subject, an adjective on it
    ("On 5 March 2020, a US drone targeted Taliban fighters who had gathered in Nahr-e-Shahi district of Balkh.", "us"),
    ("On 5 March 2020, a US drone targeted Taliban fighters who were attacking an ANDSF checkpoint in Nahr-e-Shahi "
     "district of Balkh. [Casualties unknown]", "us"),
    ("On 9 May 2020, a US drone targeted Taliban fighters attacking a police post in Nad Ali district, Helmand.", "us"),
])
def test_a_verb_with_its_own_subject_is_no_adjective_on_its_object(extractor, text, actor):
    ops = [m for m in _deeds(extractor, text) if m.type == "OPERATION"]
    assert any(m.source and m.source.id == actor for m in ops)


@pytest.mark.parametrize("text, actor", [
    # "repelled" read as an adjective on the name, and the plural noun after the name as the verb: the attack is
    # the name's, and the forces that repelled it are not its actor
    ("On 2 September 2020, ANDSF repelled Taliban attacks on checkpoints in Sozma Qala district (Sar-e-Pul). 9 "
     "Taliban militants were killed.", "taliban"),
    ("On 14 October 2020, ANDSF repelled Taliban attacks on security posts in Chora district (Uruzgan).", "taliban"),
])
def test_an_attack_repelled_is_the_attackers(extractor, text, actor):
    attacks = [m for m in _deeds(extractor, text) if m.type == "ATTACK"]
    assert attacks and all(m.source is None or m.source.id == actor for m in attacks)
    assert any(m.source and m.source.id == actor for m in attacks)


@pytest.mark.parametrize("text", [
    # a vehicle made a bomb by what it carries goes off as a bomb does
    "On 15 November 2020, a motorcycle rigged with explosives went off in Ghazni city. No casualties.",
    "On 3 March 2020, a rickshaw fitted with an explosive device went off near a police post in Quetta.",
])
def test_a_vehicle_rigged_with_explosives_goes_off_as_a_bomb(extractor, text):
    assert any(m.type == "ATTACK" for m in _deeds(extractor, text))


@pytest.mark.parametrize("text", [
    # kin who gather to demand or condemn hold a protest: the attack their dead were killed in is what it answers
    "On 29 September 2020, relatives of soldiers killed in a Taliban attack in Kunduz gathered outside the Ministry "
    "of Defence in Kabul to demand their bodies.",
    "On 6 July 2020, relatives of civilians killed in an airstrike in Ghazni gathered in Ghazni city, demanding an "
    "investigation.",
    "On 12 March 2020, families of labourers killed in a bomb blast in Kech assembled outside the press club in "
    "Turbat to condemn the killings.",
])
def test_kin_gathered_to_demand_hold_a_protest(extractor, text):
    assert not _deeds(extractor, text)



@pytest.mark.parametrize("text, actor", [
    # the parse reads the shelling resorted to as a gerund with no subject of its own: those who resort to it act
    ("On 7 February 2020, Indian troops resorted to unprovoked cross-border shelling along the LoC in Nikial sector "
     "(Kotli, Azad Kashmir). A woman was killed.", "india"),
    ("On 9 April 2020, Pakistani forces resorted to heavy cross-border shelling in Dangam district "
     "(Kunar). 3 civilians were wounded.", "pakistan"),
])
def test_those_who_resort_to_shelling_shell(extractor, text, actor):
    ops = [m for m in _deeds(extractor, text) if m.type == "OPERATION"]
    assert ops and all(m.source and m.source.id == actor for m in ops)


@pytest.mark.parametrize("text", [
    # one man of the forces who kills his own colleagues and goes over to an armed group, or whose deed the group
    # claims, makes the group's attack
    "On 4 August 2020, an ANP officer opened fire on his colleagues at a checkpoint in Gizab district (Daykundi), "
    "killing 3, and then joined the Taliban.",
    "On 9 August 2020, a soldier shot dead 2 of his comrades at an outpost in Khakrez district (Kandahar) and fled to "
    "the Taliban with their weapons.",
    "On 11 August 2020, an ALP member killed 5 of his fellow ALP members in Almar district (Faryab). The Taliban "
    "claimed responsibility for the attack.",
])
def test_a_man_who_turns_on_his_colleagues_for_an_armed_group_attacks_for_it(extractor, text):
    deeds = _deeds(extractor, text)
    assert deeds and all(m.type == "ATTACK" and m.source and m.source.id == "taliban" for m in deeds)


@pytest.mark.parametrize("text", [
    "On 4 August 2020, an ANP officer opened fire on his colleagues at a checkpoint in Gizab district (Daykundi), "
    "killing 3, and then joined the Taliban.",
    "On 9 August 2020, a soldier shot dead 2 of his comrades at an outpost in Khakrez district (Kandahar) and fled to "
    "the Taliban with their weapons.",
    "On 14 August 2020, an ANA soldier opened fire on his colleagues at a base in Maiwand district (Kandahar), killing "
    "4 soldiers, then joined the Taliban.",
])
def test_the_group_a_man_goes_over_to_keeps_the_words_of_the_report(extractor, text):
    deeds = _deeds(extractor, text)
    assert deeds and all(m.source and m.source.text in ("Taliban", "the Taliban") for m in deeds)


def test_a_man_who_turns_on_his_colleagues_for_no_one_named_stays_as_read(extractor):
    text = ("On 12 August 2020, a soldier opened fire on his comrades in Pul-e Khumri (Baghlan), killing 2. The motive "
            "was not known.")
    assert not any(m.type == "ATTACK" and m.source and m.source.id == "taliban" for m in _deeds(extractor, text))


@pytest.mark.parametrize("text", [
    # a man executed by nobody named, in public or for what he is accused of, is a summary killing
    "On 6 August 2020, a man was executed in public in Pasaband district (Ghor) on charges of theft.",
    "On 7 August 2020, two villagers were executed in Khas Uruzgan district (Uruzgan), accused of spying for the "
    "government.",
])
def test_a_summary_execution_by_nobody_named_is_an_attack(extractor, text):
    assert any(m.type == "ATTACK" for m in _deeds(extractor, text))


@pytest.mark.parametrize("text", [
    # a sentence carried out by the state is no attack
    "On 8 August 2020, two men convicted of murder were executed in the central jail in Multan.",
    "On 9 August 2020, a prisoner was executed in public after a court sentenced him to death.",
])
def test_a_sentence_carried_out_is_no_attack(extractor, text):
    assert not _deeds(extractor, text)


@pytest.mark.parametrize("text", [
    # the parse reads the deed's noun after a demonym as a gerund hung on the protest: what is protested against
    "On 21 October 2020, residents of Bagh (Bagh, Azad Kashmir) protested against Indian shelling along the LoC.",
    "On 22 October 2020, villagers in Chaman (Killa Abdullah, Balochistan) protested against Afghan shelling across "
    "the border which wounded 3 children.",
])
def test_a_protest_against_shelling_reports_no_shelling(extractor, text):
    assert not _deeds(extractor, text)


def _event_dead(extractor, text: str, etype: str) -> int:
    """The dead of the first asserted deed's event, every side added (the largest figure per side)."""
    ms = extractor.extract("n", text, PUB)
    first = next(m for m in ms if m.type == etype and m.modality == "asserted")
    event = [m for m in ms if first.event and m.event == first.event] or [first]
    return sum(max(m.quantities.get(k, 0) for m in event) for k in ("killed", "attackers_killed", "forces_killed"))


@pytest.mark.parametrize("text, dead", [
    # people hanged by an armed group are its dead
    ("On 30 November 2020, Taliban militants hanged two men accused of theft in Kohistanat district (Sar-e Pul).", 2),
    ("On 4 December 2020, Taliban fighters publicly hanged a shopkeeper they accused of spying for the government "
     "in Chaghcharan city (Ghor).", 1),
])
def test_the_hanged_are_dead(extractor, text, dead):
    assert _event_dead(extractor, text, "ATTACK") == dead


def test_a_banner_hung_is_no_one_dead(extractor):
    ms = extractor.extract("n", "On 5 December 2020, militants hung a banner on the gate of a girls' school in Swat "
                           "(Khyber Pakhtunkhwa) and attacked a police post nearby.", PUB)
    assert not any(m.quantities.get("killed") for m in ms)


@pytest.mark.parametrize("text, dead", [
    # the dead a side "suffered" are its own, counted beside the victims
    ("On 2 June 2020, Taliban militants attacked a checkpoint in Guzara district (Herat). Three policemen were "
     "killed. The Taliban suffered two dead.", 5),
    ("On 8 June 2020, militants attacked a check post in Bannu (Khyber Pakhtunkhwa), killing four policemen. The "
     "attackers suffered two dead and three wounded.", 6),
    # (guard) "fatalities" suffered, as before
    ("On 2 June 2020, Taliban militants attacked a checkpoint in Guzara district (Herat), killing three policemen. "
     "The attackers suffered two fatalities.", 5),
])
def test_dead_a_side_suffered_are_counted(extractor, text, dead):
    assert _event_dead(extractor, text, "ATTACK") == dead


@pytest.mark.parametrize("text, actor, etype", [
    # "ANA and Taliban militants" parsed as "[ANA and Taliban] militants": the militants are the Taliban's
    ("On 12 July 2020, ANA and Taliban militants clashed in Maiwand district (Kandahar). 8 Taliban were killed.",
     "taliban", "ATTACK"),
    ("On 14 July 2020, ANA and Taliban fighters clashed in Shah Wali Kot district (Kandahar).", "taliban", "ATTACK"),
    # (guards) the state's forces named first as the subject's head; two groups on one side
    ("On 12 July 2020, ANDSF and Taliban fighters clashed in Maiwand district (Kandahar).", "afghan-republic",
     "OPERATION"),
    ("On 16 July 2020, TTP and ISKP militants attacked a checkpoint in Bajaur (Khyber Pakhtunkhwa).", "ttp", "ATTACK"),
])
def test_a_state_named_before_a_group_on_its_fighters_is_the_other_side(extractor, text, actor, etype):
    deeds = [m for m in _deeds(extractor, text) if m.source and m.source.id]
    assert deeds and all(m.source.id == actor and m.type == etype for m in deeds)


@pytest.mark.parametrize("text, killed, attackers", [
    # the parse hangs the group after "as well as" on the verb: they share the fate of the verb's subject
    ("On 2 August 2020, IS-K militants stormed the prison in Jalalabad city (Nangarhar) with a car bomb and gunmen. "
     "29 people, including civilians, prisoners and security forces, were killed, as well as 10 attackers.", 29, 10),
    ("On 14 May 2020, gunmen attacked a police post in Sheberghan (Jawzjan). Five policemen were killed in the "
     "attack, as well as three of the assailants.", 5, 3),
])
def test_the_dead_added_by_as_well_as(extractor, text, killed, attackers):
    attack = [m for m in _deeds(extractor, text) if m.type == "ATTACK"]
    assert max(m.quantities.get("killed", 0) for m in attack) == killed
    assert max(m.quantities.get("attackers_killed", 0) for m in attack) == attackers


def test_as_well_as_adds_only_a_counted_group(extractor):
    # "as well as" with no count names no more dead than the text gives
    attack = [m for m in _deeds(extractor, "On 3 June 2020, two soldiers were killed in an IED blast in Kandahar, "
                                         "as well as in Helmand.") if m.type == "ATTACK"]
    assert attack and max(m.quantities.get("killed", 0) for m in attack) == 2
