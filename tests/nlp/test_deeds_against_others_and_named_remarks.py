"""Groups named as what another deed struck, militants stopped on their way and fought, remarks on a deed named
again, claims made on social media, victims who are a group's men, and killings told as murders."""

from __future__ import annotations

from datetime import date

import pytest

from tests.nlp.conftest import asserted_of_type

PUB = date(2015, 6, 30)


def attacks(extractor, text, published=PUB):
    return asserted_of_type(extractor, text, "ATTACK", published)


@pytest.mark.parametrize("text", [
    "A grenade was thrown at a house in Quetta's Hazara Town, injuring 2 women. The attack came a day after security "
    "forces killed 3 LeJ militants in the city.",
    "A grenade was thrown at a house in Quetta's Hazara Town, injuring 2 women. The attack came a day after police "
    "killed 3 BLA militants in the city.",
    "The attack came two days after the TTP threatened to target schools in the district.",
])
def test_a_group_named_in_another_deed_is_not_the_attacker(extractor, text):
    found = attacks(extractor, text)
    assert found and not any(m.source and m.source.id for m in found), [(m.trigger, m.source) for m in found]


def test_a_group_said_to_be_behind_the_attack_is_blamed(extractor):
    found = attacks(extractor, "A grenade was thrown at a house in Quetta, injuring 2 women. Police said LeJ militants "
                               "were behind the attack.")
    assert found and all(m.source.id == "lashkar-e-jhangvi" and m.perpetrator_basis == "blamed" for m in found)


def test_militants_stopped_on_their_way_and_fought_are_one_operation(extractor):
    text = ("Security forces foiled an attempt by a group of militants to infiltrate from Afghanistan into North "
            "Waziristan district early on Saturday, the military said. Seven militants were killed in the exchange of "
            "fire in the Ghulam Khan area, ISPR said. Two soldiers were also martyred. The military said the militants "
            "belonged to the Fitna al-Khawarij, a term the state uses for the TTP.")
    ms = [m for m in extractor.extract("i", text, date(2024, 4, 14)) if m.modality == "asserted"
          and m.type in ("ATTACK", "OPERATION", "RESTRICT")]
    assert ms and {m.type for m in ms} == {"OPERATION"} and len({m.event for m in ms}) == 1
    assert all(m.launched_from is not None and m.launched_from.country == "AF" for m in ms)
    assert ms[0].source.id == "pakistan" and ms[0].target.id == "ttp"
    assert ms[0].quantities.get("killed") == 7 and ms[0].quantities.get("forces_killed") == 2


def test_a_stopped_infiltration_with_no_fight_stays_a_restriction(extractor):
    found = asserted_of_type(extractor, "Border guards foiled an attempt by militants to infiltrate from Afghanistan "
                                        "into Bajaur on Monday.", "RESTRICT", PUB)
    assert found


def test_a_remark_that_names_the_deed_doubts_that_deed(extractor):
    text = ("Taliban forces killed six Islamic State militants and arrested two others in a raid on a hideout in Kabul "
            "on Saturday night, a spokesman said. Zabihullah Mujahid said the militants were behind last month's "
            "suicide bombing at an education centre in the capital's Dasht-e-Barchi area. That attack killed 53 "
            "people, most of them young women, according to the United Nations. Mujahid said weapons and explosives "
            "were also seized in the raid. There was no independent confirmation of the raid.")
    ms = [m for m in extractor.extract("v", text, date(2022, 10, 23)) if m.modality == "asserted"]
    raid = [m for m in ms if m.type in ("OPERATION", "ARREST")]
    assert raid and all(m.verification == "unverified" for m in raid)
    assert all(m.verification is None for m in ms if m.type == "ATTACK")  # (the bombing of last month is told)


def test_a_claim_made_on_social_media_leaves_the_deed_told(extractor):
    text = ("A suicide bomber blew himself up inside a mosque in Peshawar on Monday, killing at least 28 people, "
            "officials said. A commander of the Jamaat-ul-Ahrar faction claimed responsibility for the bombing in a "
            "post on social media.")
    found = attacks(extractor, text, date(2023, 1, 31))
    assert found and all(m.verification is None and m.source.id == "ttp" and m.perpetrator_basis == "claimed"
                         for m in found)


@pytest.mark.parametrize("text, killed", [
    ("A roadside bomb planted by Lashkar-e-Islam killed 3 members of the Zakhakhel peace lashkar in Bara.", 3),
    ("Unidentified gunmen shot dead a former TTP commander in Bannu.", 1),
    ("BLA militants killed two ex-BLA militants in a motorcycle shooting in Kech district.", 2),
])
def test_a_groups_men_struck_by_another_are_victims_not_attackers(extractor, text, killed):
    found = attacks(extractor, text)
    assert found and found[0].quantities.get("killed") == killed and "attackers_killed" not in found[0].quantities


def test_the_attackers_killed_by_the_forces_stay_the_attackers(extractor):
    found = attacks(extractor, "Militants attacked a check post in Tank. Security forces killed three of the attackers "
                               "in the exchange of fire.")
    assert found and found[0].quantities.get("attackers_killed") == 3


def test_a_killing_told_as_a_murder(extractor):
    found = attacks(extractor, "Gunmen murdered a rights activist in Karachi. Al-Qaeda claimed responsibility.")
    assert found and found[0].source.id == "al-qaeda" and found[0].quantities.get("killed") == 1
    assert not extractor.extract("m", "A man murdered his wife over a domestic dispute in Lahore.", PUB)


@pytest.mark.parametrize("said", [
    "said the bombing had been planned and executed from Afghan soil with the help of foreign intelligence agencies",
    "said the bombing had been carried out from Afghan soil",
])
def test_a_deed_done_from_a_land_was_launched_from_it(extractor, said):
    text = ("An explosion ripped through a bus carrying Chinese engineers in Upper Kohistan district on July 14, killing "
            f"13 people. On Thursday, the foreign minister {said}.")
    found = attacks(extractor, text, date(2021, 8, 12))
    assert found and all(m.launched_from is not None and m.launched_from.country == "AF" for m in found)


def test_a_deed_recalled_by_its_month_takes_no_place_from_the_sentence_before(extractor):
    text = ("Pakistani intelligence agencies arrested Mohammad Sharifullah, an Islamic State Khorasan commander accused "
            "of planning the 2021 Kabul airport bombing, in Balochistan near the Afghan border, officials said. The "
            "suicide bombing at Abbey Gate in August 2021 killed 13 US service members and about 170 Afghans.")
    found = attacks(extractor, text, date(2025, 3, 6))
    assert found and all(m.location is None or m.location.admin1 != "Balochistan" for m in found)
    arrest = asserted_of_type(extractor, text, "ARREST", date(2025, 3, 6))
    assert arrest and arrest[0].location.admin1 == "Balochistan"


@pytest.mark.parametrize("text", [
    "Armed men attacked FC personnel escorting a gas pipeline repair team in Nasirabad district; 1 FC personnel killed.",
    "IED blast targeting a vehicle of the peace committee in Kurram Agency; 2 members killed.",
])
def test_the_people_struck_never_lend_the_attackers_a_name(extractor, text):
    found = attacks(extractor, text)
    assert found and not (found[0].source and found[0].source.id), found[0].source


def test_a_figure_the_parse_hung_on_the_noun_before_it(extractor):
    text = ("Militants attacked a Khasadar post in Mohmand Agency. In the exchange of fire 2 Khasadars were killed. "
            "Jamaat-ul-Ahrar claimed responsibility.")
    found = attacks(extractor, text)
    assert found and found[0].quantities.get("killed") == 2 and found[0].source.id == "ttp"


def test_steps_set_as_a_benchmark_are_asked_for(extractor):
    text = ("The framework lists the arrest of ETIM members and the closure of training camps as benchmarks for "
            "Chinese recognition.")
    assert not asserted_of_type(extractor, text, "ARREST", date(2025, 5, 1))
    assert asserted_of_type(extractor, "Taliban intelligence arrested five ETIM members in Badakhshan.", "ARREST",
                            date(2025, 5, 1))


@pytest.mark.parametrize("text, doer", [
    ("Afghan officials transferred five detained Jamaat-ul-Ahrar militants to Pakistan through the Chaman crossing.",
     "taliban"),
    ("Pakistan repatriated captured Afghan ISKP fighters to Taliban custody at Torkham.", "pakistan"),
])
def test_people_handed_over_as_held_are_no_new_arrest(extractor, text, doer):
    day = date(2024, 3, 1)
    assert not asserted_of_type(extractor, text, "ARREST", day)
    handover = asserted_of_type(extractor, text, "EXTRADITE", day)
    assert handover and handover[0].source.id == doer


def test_a_demand_that_a_party_act_names_the_party(extractor):
    # (the parse reads "the Taliban act" as one noun)
    ms = [m for m in extractor.extract("d", "Pakistan has repeatedly demanded that the Taliban act against the TTP, "
                                            "which it says operates from Afghan sanctuaries.", date(2023, 2, 18))
          if m.type == "DEMAND"]
    assert ms and ms[0].source.id == "pakistan" and ms[0].target.id == "taliban"


def test_the_group_that_denied_is_the_group_named(extractor):
    text = ("Gunmen ambushed a convoy of passenger vehicles in the Kurram tribal district on Thursday, killing at least "
            "42 people. Provincial officials blamed local militants linked to the TTP, though the group denied it.")
    denials = [m for m in extractor.extract("g", text, date(2024, 11, 23)) if m.type == "DENY"]
    assert denials and denials[0].source.id == "ttp"
    ambush = attacks(extractor, text, date(2024, 11, 23))
    assert ambush and ambush[0].source.id == "ttp" and ambush[0].perpetrator_basis == "blamed"


def test_an_office_holder_speaks_for_the_state_only_in_office(extractor):
    text = "Prime Minister Nawaz Sharif spoke to Afghan President Ashraf Ghani and asked for action against the planners."
    demand = [m for m in extractor.extract("o", text, date(2014, 12, 18)) if m.type == "DEMAND"]
    assert demand and demand[0].source.id == "pakistan" and demand[0].target.id == "afghan-republic"
    later = [m for m in extractor.extract("o", "Imran Khan demanded that the government release his party's workers.",
                                          date(2024, 5, 1)) if m.type == "DEMAND"]
    assert later and not later[0].source.id


def test_a_handover_of_people_named_by_a_groups_long_name(extractor):
    # (a word of the group's name is no thing handed over: "Province")
    text = ("Pakistan handed over three suspected Islamic State Khorasan Province members to Afghan authorities at the "
            "Chaman border crossing on Monday, officials in Kandahar said.")
    found = asserted_of_type(extractor, text, "EXTRADITE", date(2024, 10, 8))
    assert found and found[0].source.id == "pakistan" and found[0].target.id == "iskp"


@pytest.mark.parametrize("text, killed", [
    ("A truck bomb ripped through a residential area of Kabul near an army compound early on Friday, killing at least "
     "15 people and wounding more than 240, officials said. The health ministry later revised the death toll to 13.",
     13),
    ("A bomb killed 5 people in Quetta. The toll was later revised to 8.", 8),
])
def test_a_toll_revised_later_stands_for_the_dead(extractor, text, killed):
    found = attacks(extractor, text, date(2015, 8, 8))
    assert found and found[0].quantities.get("killed") == killed


def test_a_toll_raised_later_counts_every_side(extractor):
    text = ("Security forces killed 54 terrorists who were trying to infiltrate into Pakistan from Afghanistan in North "
            "Waziristan, the ISPR said on Sunday. The toll was later raised to 71 after 17 more militants were killed "
            "in a follow-up operation, the military said.")
    ops = asserted_of_type(extractor, text, "OPERATION", date(2025, 4, 27))
    assert ops and ops[0].quantities.get("killed") == 71
    assert ops[0].launched_from is not None and ops[0].launched_from.country == "AF"


def test_where_a_groups_leadership_is_based_is_no_attacks_origin(extractor):
    text = ("A suicide bombing at Quetta's railway station killed at least 24 people on Saturday. The outlawed Baloch "
            "Liberation Army claimed the attack. Balochistan Chief Minister Sarfraz Bugti said the group's leadership "
            "was based in Afghanistan and demanded that Kabul stop providing them shelter.")
    found = attacks(extractor, text, date(2024, 11, 9))
    assert found and all(m.launched_from is None for m in found)


@pytest.mark.parametrize("text, land", [
    ("A suicide bomber killed 12 people in Islamabad. Naqvi said the attack had been carried out by Afghan-based "
     "khwarij.", "AF"),
    ("Afghanistan-based militants attacked a check post in Bajaur, killing two soldiers.", "AF"),
])
def test_doers_named_by_where_they_are_based(extractor, text, land):
    found = attacks(extractor, text, date(2025, 11, 11))
    assert found and all(m.launched_from is not None and m.launched_from.country == land for m in found)


def test_a_doubted_account_doubts_the_deeds_it_told_without_a_doer(extractor):
    text = ("The Islamic Emirate's security forces arrested six members of the Daesh group in a raid in Kabul's PD5 on "
            "Sunday night, the Ministry of Interior said. The detainees were involved in a recent attack on a mosque in "
            "the city, the ministry said in a statement. Weapons and explosives were also seized during the operation. "
            "Two Daesh members were killed in the raid, said spokesman Abdul Mateen Qani. The claim could not be "
            "independently verified.")
    ms = [m for m in extractor.extract("u", text, date(2022, 10, 3)) if m.modality == "asserted"
          and m.type in ("ARREST", "DISMANTLE", "OPERATION")]
    assert {m.type for m in ms} == {"ARREST", "DISMANTLE", "OPERATION"}
    assert all(m.verification == "unverified" for m in ms)


def test_a_pledge_not_to_let_soil_be_used_against_a_state_is_made_to_it(extractor):
    text = ("Mujahid said the Islamic Emirate was committed to the Doha agreement and would not let its soil be used "
            "against Pakistan.")
    ms = [m for m in extractor.extract("p", text, date(2024, 6, 1)) if m.type == "ASSURE"]
    assert ms and ms[0].source.id == "taliban" and ms[0].target.id == "pakistan"
