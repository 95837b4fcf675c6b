"""What is and is not a counter-terrorism action or an armed group's attack, read from news-style sentences."""

from datetime import date

import pytest

PUB = date(2026, 11, 20)


def asserted(ex, text):
    return {m.type for m in ex.extract("t", text, PUB) if m.modality == "asserted"}


@pytest.mark.parametrize("text", [
    "Four people were shot dead after a dispute over the council election result turned violent in Mardan.",
    "A man was killed and nine were hurt when two factions of the ruling party clashed and fired at one another in Okara.",
    "Two people were shot dead when supporters of rival candidates clashed outside a polling station.",
])
def test_a_quarrel_turned_violent_is_no_armed_groups_attack(extractor, text):
    assert "ATTACK" not in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "Unknown gunmen shot dead two brothers over an old enmity near Kohat.",
    "A soldier was killed in a clash with militants in North Waziristan.",
    "Two brothers were shot dead over a land dispute in a village near Kohat.",
])
def test_armed_men_or_a_one_sided_killing_still_attack(extractor, text):
    assert "ATTACK" in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "Dozens of activists were arrested for ransacking the power company's office and torching its records.",
    "Police arrested three men for attacking a checkpost in Bannu.",
    "Two militants were convicted of bombing a church in Lahore.",
    "Police in Quetta arrested a militant commander wanted in three bombings on the Hazara community.",
    "Police arrested two Afghan nationals suspected of facilitating the suicide attack on the FC headquarters.",
    "Police held a suspect in the bombing.",
])
def test_what_people_are_arrested_or_tried_for_is_not_a_new_deed(extractor, text):
    assert "ATTACK" not in asserted(extractor, text)


def test_a_shop_locked_up_is_no_arrest(extractor):
    assert "ARREST" not in asserted(extractor, "Workers locked up shop in their own areas and assembled outside "
                                                "the power company's headquarters.")
    assert "ARREST" in asserted(extractor, "Police locked up the suspects in the city police station.")


@pytest.mark.parametrize("text", [
    "The interior ministry banned the main opposition party and froze the assets of a charity linked to it.",
    "Authorities froze the bank accounts of a journalists' union that had organised the strike.",
])
def test_a_ban_or_freeze_on_politics_or_the_press_is_no_counter_terrorism_step(extractor, text):
    assert not asserted(extractor, text) & {"RESTRICT", "FINANCE"}


def test_a_ban_on_a_named_group_or_militants_money_stays(extractor):
    assert "RESTRICT" in asserted(extractor, "The government banned Lashkar-e-Jhangvi and its student wing.")
    assert "FINANCE" in asserted(extractor, "The ministry froze the accounts of a charity run by militants.")


@pytest.mark.parametrize("text", [
    "JUI-F workers staged a sit-in on the Indus Highway in Karak; police fired tear gas and rubber bullets and "
    "arrested scores of them.",
    "Villagers carried the bodies of two shepherds killed in a drone strike to the governor's house and protested "
    "there for hours.",
    "Supporters of the losing candidate set fire to the returning officer's office in Skardu.",
])
def test_a_protest_its_grievance_and_a_riot_are_no_deed(extractor, text):
    assert not asserted(extractor, text) & {"ATTACK", "OPERATION"}


@pytest.mark.parametrize("text", [
    "A passenger plane crashed into houses near Lahore on Friday, killing 40 people.",
    "A military transport helicopter crashed near Skardu during a training flight, killing three crew members.",
    "Two people were killed and six injured when a passenger coach hit a trailer near Hub.",
    "A gas cylinder exploded in a bakery in Mardan, injuring six customers.",
    "A boiler blast at a textile mill in Sialkot killed three workers.",
])
def test_a_crash_or_a_cylinder_going_off_is_an_accident(extractor, text):
    assert not asserted(extractor, text) & {"ATTACK", "OPERATION"}


@pytest.mark.parametrize("text", [
    "A roadside bomb hit a bus carrying pilgrims near Mastung, killing four.",
    "A helicopter crashed after it was hit by a rocket fired by militants, killing the pilot.",
    "A cylinder bomb exploded in a crowded bazaar in Parachinar, killing three shoppers.",
    "Militants derailed a passenger train near Sibi, killing two passengers.",
])
def test_a_bomb_or_hostile_fire_stays_an_attack(extractor, text):
    assert "ATTACK" in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "The commerce ministry banned the export of sugar to Afghanistan to keep prices down.",
    "The district administration imposed a ban on pillion riding in Hyderabad for ten days.",
    "The media regulator banned the telecast of the former premier's speeches.",
])
def test_a_ban_on_trade_traffic_or_the_air_is_no_step_against_a_group(extractor, text):
    assert "RESTRICT" not in asserted(extractor, text)


def test_a_ban_on_a_groups_people_or_literature_stays(extractor):
    assert "RESTRICT" in asserted(extractor, "The government banned the entry of TTP leaders into Bajaur.")
    assert "RESTRICT" in asserted(extractor, "Sindh banned the publication of literature of proscribed outfits.")
    assert "RESTRICT" in asserted(extractor, "Kabul restricted the movement of the Turkistan party's members.")
    assert "RESTRICT" in asserted(extractor, "The Taliban banned the movement of armed men across the border in "
                                             "Kunar without permits.")


@pytest.mark.parametrize("text", [
    "The FIA froze the bank accounts of a former mayor in a money laundering case.",
    "Customs officials seized smuggled diesel in Mand.",
    "Police raided a gambling den in Larkana and recovered cash.",
])
def test_money_or_goods_of_crime_are_no_counter_terrorism_step(extractor, text):
    assert not asserted(extractor, text) & {"FINANCE", "DISMANTLE"}


def test_migrant_workers_deported_are_no_handover(extractor):
    assert "EXTRADITE" not in asserted(extractor, "Oman deported 300 Pakistani labourers whose work permits had "
                                                   "expired.")
    assert "EXTRADITE" in asserted(extractor, "Oman deported ten Pakistani workers suspected of links with the TTP.")


@pytest.mark.parametrize("text", [
    "Police raided a gambling den in Hyderabad and arrested nine men, seizing cash of Rs 80,000.",
    "The municipal police launched a crackdown on hawkers in Saddar and confiscated their carts.",
    "Police conducted a raid on an illegal gas refilling station in Gujranwala and sealed it.",
    "A wanted gangster was killed in an encounter with police near Meerut.",
    "Security forces stormed the protest camp in the capital and cleared the square.",
    "The US deported a former provincial governor to face corruption charges at home.",
])
def test_police_work_and_force_against_a_gathering_are_no_counter_terrorism_step(extractor, text):
    assert not asserted(extractor, text) & {"OPERATION", "FINANCE", "DISMANTLE", "EXTRADITE"}


@pytest.mark.parametrize("text", [
    "Rescue 1122 teams launched a rescue operation after the roof of a school collapsed in Swat.",
    "The navy launched a search operation for the fishermen missing off the Gwadar coast.",
    "The army joined the relief operation in the flood-hit districts of Sindh.",
    "The anti-encroachment operation in Hyderabad's Latifabad entered its second day on Monday.",
    "Divers carried out an operation to save villagers stranded by the swollen Chenab.",
    "Police launched a search operation to trace two missing schoolboys in Thane.",
])
def test_rescue_and_relief_are_no_operation(extractor, text):
    assert "OPERATION" not in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "Troops launched a search operation for the militants who fled after attacking a check post in Tank.",
    "Security forces launched a crackdown on militants in Karachi and killed five terrorists.",
    "Police killed two TTP militants in an encounter in Swat.",
    "The army launched an operation to clear the Shawal valley of TTP fighters.",
    "Commandos carried out an operation to rescue the passengers held hostage on the train.",
])
def test_a_search_or_a_crackdown_on_militants_stays_an_operation(extractor, text):
    assert "OPERATION" in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "The Election Commission disqualified the MNA and banned him from contesting elections for five years.",
    "The court dissolved the opposition party and banned its leaders from politics for a decade.",
    "The party expelled two senators for voting against the party line.",
    "The telecom authority banned 59 Chinese apps citing data security.",
    "The US froze the assets of Venezuela's state oil company.",
])
def test_a_ban_from_public_life_a_partys_discipline_or_a_sanction_on_a_state_is_no_step_against_a_group(
        extractor, text):
    assert not asserted(extractor, text) & {"RESTRICT", "FINANCE"}


@pytest.mark.parametrize("text", [
    "Communal clashes broke out in Delhi's north-east district; mobs torched shops and houses.",
    "Two boys were killed when an old mortar shell they found in a field exploded.",
    "A motorcyclist was killed in a road accident near Nowshera, and residents torched a truck.",
    "Journalists protested over the killing of a reporter who was shot dead by unknown assailants in Khuzdar.",
    "Traders observed a strike over the bus attack in Mastung, in which 24 pilgrims were killed.",
])
def test_a_mob_an_accident_and_a_protests_grievance_are_no_attack(extractor, text):
    assert not asserted(extractor, text) & {"ATTACK", "OPERATION"}


def test_an_attack_with_a_planted_mine_or_on_a_rally_stays(extractor):
    assert "ATTACK" in asserted(extractor, "A landmine planted by militants exploded under an FC vehicle in Kohlu, "
                                           "killing four soldiers.")
    assert "ATTACK" in asserted(extractor, "Gunmen opened fire on a peace rally in Kurram, killing three participants.")
    assert "ATTACK" in asserted(extractor, "Unknown gunmen shot dead a journalist in Khuzdar.")


@pytest.mark.parametrize("text", [
    "Villagers caught a suspected cattle thief in Mandi Bahauddin and beat him up. He was later handed over to "
    "the police.",
    "Residents of Malir caught two alleged robbers and tortured them before handing them over to police.",
    "Bali deported a Russian tourist for posing naked on a sacred tree.",
])
def test_a_thief_handed_to_police_or_a_tourist_deported_is_no_handover(extractor, text):
    assert "EXTRADITE" not in asserted(extractor, text)


def test_a_handover_by_a_state_stays(extractor):
    assert "EXTRADITE" in asserted(extractor, "Afghan border forces handed over three TTP militants to Pakistani "
                                              "police at Torkham.")


@pytest.mark.parametrize("text", [
    "The police killed nine suspected drug pushers in raids across Manila overnight.",
    "The army launched an operation against cattle rustlers in the north of the state.",
])
def test_force_against_criminals_is_no_operation(extractor, text):
    assert "OPERATION" not in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "Police froze HK$18 million of assets of the pro-democracy newspaper Apple Daily.",
    "The EU froze the assets of Russian oligarchs close to the Kremlin.",
])
def test_a_freeze_on_the_press_or_oligarchs_is_no_counter_terrorism_step(extractor, text):
    assert "FINANCE" not in asserted(extractor, text)


def test_shots_in_a_quarrel_told_on_are_no_attack(extractor):
    text = ("Two groups of worshippers clashed over the control of a mosque in Baldia Town. Shots were fired and "
            "four people were injured. Police reached the spot and restored order.")
    assert "ATTACK" not in asserted(extractor, text)
    text = ("Two groups clashed over a land dispute in Lakki Marwat. Later, militants attacked a police post in the "
            "area, killing a constable.")
    assert "ATTACK" in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "Authorities seized the passports of four activists and barred them from leaving the country.",
    "The district administration banned the entry of the opposition leader into Swat to prevent unrest.",
    "The military government froze the bank accounts of the striking doctors and the civil disobedience movement.",
])
def test_measures_against_activists_and_opponents_are_no_counter_terrorism_step(extractor, text):
    assert not asserted(extractor, text) & {"RESTRICT", "FINANCE"}


def test_a_travel_bar_on_a_groups_leaders_stays(extractor):
    assert "RESTRICT" in asserted(extractor, "The interior ministry barred five leaders of Lashkar-e-Jhangvi from "
                                             "leaving the country.")


def test_pellets_fired_at_stone_pelters_are_no_operation(extractor):
    assert "OPERATION" not in asserted(extractor, "Police in Pulwama fired pellets at stone-pelting youths, injuring "
                                                  "twelve.")


@pytest.mark.parametrize("text", [
    "Police launched an operation against illegal miners in the forest reserve and arrested 30 people.",
    "Police raided a spa in Islamabad's F-7 sector and rescued six women.",
    "Police busted a cricket betting racket in Rawalpindi and seized cash and mobile phones.",
])
def test_raids_on_miners_spas_and_bookies_are_police_work(extractor, text):
    assert not asserted(extractor, text) & {"OPERATION", "FINANCE"}


def test_officials_of_another_state_expelled_are_a_sanction_not_a_restriction(extractor):
    got = asserted(extractor, "The Netherlands expelled two Russian intelligence officers working at the embassy.")
    assert "RESTRICT" not in got
    assert "RESTRICT" in asserted(extractor, "Kabul expelled two TTP commanders from Kunar.")


def test_a_cylinder_blast_that_brings_a_building_down_is_an_accident(extractor):
    assert "ATTACK" not in asserted(extractor, "A gas cylinder blast flattened a three-storey building in Lahore, "
                                               "killing eight.")
    assert "ATTACK" in asserted(extractor, "A car bomb flattened a three-storey building in Quetta, killing eight.")


@pytest.mark.parametrize("text", [
    "The interior ministry banned the activities of a students' union at the provincial university.",
    "The high court ordered the dissolution of the party and banned its activities.",
    "The government froze the assets of the Ansar Burney Welfare Foundation.",
])
def test_a_ban_on_a_civic_bodys_activities_or_a_freeze_on_a_named_charity_is_no_counter_terrorism_step(
        extractor, text):
    assert not asserted(extractor, text) & {"RESTRICT", "FINANCE"}


@pytest.mark.parametrize("text,kind", [
    ("The government declared the TTP a terrorist group and banned its activities.", "RESTRICT"),
    ("The State Bank froze the accounts of the Falah-e-Insaniat Foundation, the charity wing of the banned Jamaat-ud-Dawa.",
     "FINANCE"),
])
def test_a_ban_or_a_freeze_on_a_group_or_its_front_stays(extractor, text, kind):
    assert kind in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "Officials said militants have stepped up attacks on polio workers in recent months.",
    "Militants have stepped up bombings of girls' schools in the valley.",
])
def test_attacks_stepped_up_are_a_trend_not_an_attack(extractor, text):
    assert "ATTACK" not in asserted(extractor, text)


def test_a_ban_named_right_after_a_demand_is_demanded(extractor):
    text = "Traders held a strike camp against power outages, rising prices and demands ban on Muttahida Qaumi Movement (MQM)."
    assert "RESTRICT" not in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "Members of the Hazara community held a sit-in in Quetta against the killing of two traders by unidentified gunmen.",
    "Villagers blocked the Indus Highway with the bodies of two men killed in a clash with police, demanding justice.",
    "The Sikh community over the bombing of a gurdwara the day before . and took out rallies across the province.",
])
def test_the_deed_a_protest_answers_is_no_new_deed(extractor, text):
    assert not asserted(extractor, text) & {"ATTACK", "OPERATION"}


@pytest.mark.parametrize("text", [
    "The brothers of a tailor killed in a bomb blast blocked the Kohat road with his body and demanded protection.",
    "Relatives of a rickshaw driver killed in a grenade attack blocked the bypass with his body in Turbat.",
    "Tribesmen laid the bodies of two boys killed in a mortar attack outside the assistant commissioner's office in "
    "Wana.",
])
def test_the_dead_that_kin_or_villagers_set_before_the_authorities_are_a_protests_grievance(extractor, text):
    assert not asserted(extractor, text) & {"ATTACK", "OPERATION"}


@pytest.mark.parametrize("text,kind", [
    ("Rescuers carried the bodies of five soldiers killed in the ambush to the district hospital.", "ATTACK"),
    ("Suicide attack on police convoy in Quetta.", "ATTACK"),
])
def test_the_dead_carried_or_a_headline_without_a_verb_still_report_the_deed(extractor, text, kind):
    assert kind in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "The military government banned the opposition party and seized its offices in the capital.",
    "Police evicted hundreds of squatters from a disused textile mill.",
    "Customs officers seized 400 kilograms of ivory at the airport.",
    "Colombian police killed a drug lord wanted by the United States in a raid on his hideout.",
    "Police stormed the university campus to break up a student sit-in, injuring dozens.",
])
def test_politics_crime_and_public_order_are_no_counter_terrorism_step(extractor, text):
    assert not asserted(extractor, text) & {"DISMANTLE", "RESTRICT", "OPERATION"}


@pytest.mark.parametrize("text,kind", [
    ("Police sealed the offices of the banned Jamaat-ud-Dawa in Lahore.", "DISMANTLE"),
    ("Customs officials seized a truck carrying weapons smuggled from Afghanistan.", "DISMANTLE"),
    ("Troops killed a militant commander wanted for the Bannu bombing in a raid on his hideout.", "OPERATION"),
])
def test_a_groups_offices_smuggled_weapons_and_a_wanted_commander_stay(extractor, text, kind):
    assert kind in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "A huge blast at a fireworks factory destroyed dozens of houses in the town.",
    "An explosion in a chemical plant killed nine workers on Tuesday.",
])
def test_a_blast_at_fireworks_or_chemical_works_is_an_accident(extractor, text):
    assert "ATTACK" not in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "A bomb blast at a fireworks shop in the bazaar killed three people.",
    "A blast at a gas pipeline in Dera Bugti cut supplies to the province.",
])
def test_a_bomb_at_a_fireworks_shop_or_a_pipeline_blast_stays_an_attack(extractor, text):
    assert "ATTACK" in asserted(extractor, text)


def test_a_town_handed_over_in_a_relative_clause_is_no_handover(extractor):
    text = "The army pulled out of the district centre, which was later handed over to the insurgents under the truce."
    assert "EXTRADITE" not in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "Police foiled a dacoity bid at a petrol pump in Okara and arrested three men.",
    "The FIA began a crackdown on hawala and terror financing in Peshawar on Monday.",
    "Traffic police launched an operation against vehicles with tinted windows on Mall Road.",
    "The city police launched an operation against pushcart vendors outside the railway station.",
])
def test_crime_foiled_and_drives_against_money_or_traffic_are_no_counter_terrorism_step(extractor, text):
    assert not asserted(extractor, text) & {"OPERATION", "DISMANTLE", "FINANCE"}


def test_tear_gas_on_a_crowd_named_the_sentence_before_is_no_operation(extractor):
    text = ("Hundreds of traders protesting against the new sales tax blocked the Canal Road in Lahore. "
            "Police fired tear gas and baton-charged them.")
    assert "OPERATION" not in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "A fire destroyed the makeshift camp of Afghan refugees near Nowshera.",
    "A massive blaze destroyed a tent camp housing flood victims in Dadu.",
])
def test_what_a_flood_or_a_fire_destroys_is_no_dismantling(extractor, text):
    assert "DISMANTLE" not in asserted(extractor, text)



@pytest.mark.parametrize("text", [
    "The Afghan authorities handed over two Pakistani citizens wanted for the Quetta court bombing to Pakistan at the "
    "Chaman border crossing.",
    "Kabul handed over four men sought in the killing of Chinese engineers to Beijing at the Wakhan crossing.",
])
def test_a_handover_of_wanted_men_at_a_crossing_is_a_handover(extractor, text):
    # the parse may hang the crossing on the clause said of the men; no crossing changed hands
    assert "EXTRADITE" in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "Frontier Corps troops apprehended a would-be suicide bomber near a mosque in Zhob.",
    "Police arrested a teenage suicide bomber before he could reach the rally in Bajaur.",
    "A potential suicide bomber was detained at a checkpoint outside Peshawar.",
])
def test_a_suicide_bomber_caught_before_he_struck_is_no_attack(extractor, text):
    got = asserted(extractor, text)
    assert "ARREST" in got and "ATTACK" not in got


def test_a_suicide_bomber_who_strikes_is_an_attack(extractor):
    assert "ATTACK" in asserted(extractor, "A suicide bomber struck a police convoy in Bannu, killing three officers.")


def test_a_thing_named_by_a_bomb_is_no_attack(extractor):
    got = asserted(extractor, "Soldiers destroyed an IED workshop and seized detonators in a raid in Tank.")
    assert "DISMANTLE" in got and not got & {"ATTACK", "OPERATION"}
    assert "ATTACK" in asserted(extractor, "Two soldiers were hurt in an IED explosion near Wana.")


def test_a_ban_on_the_arms_trade_is_a_restriction(extractor):
    assert "RESTRICT" in asserted(extractor, "The provincial authorities banned the sale of arms and ammunition in "
                                             "the bazaars of Kunar.")
    assert "RESTRICT" not in asserted(extractor, "The government banned the export of sugar to Afghanistan.")


@pytest.mark.parametrize("text", [
    "Islamabad accused Kabul of sheltering the commanders who planned the Peshawar police lines bombing.",
    "China demanded action against the men behind the Dasu bus attack, saying they were hiding in Afghanistan.",
    "Officials said the militants who staged the Quetta hospital bombing had trained in Kandahar.",
])
def test_an_attack_known_by_its_name_said_of_its_authors_is_no_new_attack(extractor, text):
    assert "ATTACK" not in asserted(extractor, text)


def test_a_named_groups_racket_is_its_money(extractor):
    got = asserted(extractor, "Police busted a TTP extortion network in Bannu and seized two million "
                              "rupees in cash.")
    assert "FINANCE" in got
    assert "FINANCE" not in asserted(extractor, "Police broke up an extortion ring in Lahore and seized two million "
                                                "rupees in cash.")


@pytest.mark.parametrize("text", [
    "Frontier Corps soldiers foiled an attempt by militants to sneak in from Afghanistan near Zhob, killing three of "
    "them.",
    "Levies repulsed a bid by terrorists to cross the fence in Chitral, killing four of them.",
])
def test_what_a_thwarted_attempt_ended_in_is_the_forces_deed(extractor, text):
    # the parser hangs the closing participle on the infinitive ("to sneak in"), as if the killing was attempted
    assert "OPERATION" in asserted(extractor, text)


def test_what_an_attempt_did_happened(extractor):
    text = "Militants tried to overrun a police post in Kulachi, killing three constables."
    assert any(m.type == "ATTACK" and m.modality == "asserted" and m.quantities.get("killed") == 3
               for m in extractor.extract("t", text, PUB))
    assert "ATTACK" not in asserted(extractor, "Militants tried to overrun a police post in Kulachi but were beaten "
                                               "back.")


@pytest.mark.parametrize("text", [
    # the grievance in a clause after the protest, or in the words inside it
    "Hazara mourners protested in Quetta after a passenger coach was attacked by suicide bombers near Mastung.",
    "Residents protested after a suicide blast killed nine worshippers in Shikarpur.",
    "Tribesmen blocked the Bannu-Miranshah road after soldiers killed a youth at a checkpost.",
    "Relatives of the missing men staged a sit-in in Turbat, alleging that the FC had raided their homes at night.",
    # the grievance told in the past perfect, in the protest's sentence or the one after it
    "Shopkeepers observed a shutter-down strike in Chaman. Unknown gunmen had shot dead a money changer there the "
    "previous evening.",
])
def test_what_a_protest_answers_is_told_as_its_grievance_not_as_a_deed(extractor, text):
    assert not asserted(extractor, text) & {"ATTACK", "OPERATION"}


def test_a_deed_told_in_the_past_perfect_is_a_grievance_in_a_protest_report_only(extractor):
    assert "ATTACK" not in asserted(extractor, "Lawyers boycotted the courts in Dera Ismail Khan; a day earlier, a "
                                               "lawyer had been gunned down by armed men.")
    assert "ATTACK" in asserted(extractor, "Police said unknown gunmen had shot dead a money changer in Chaman.")
    assert "ATTACK" in asserted(extractor, "A roadside bomb killed four schoolchildren in Khar, and villagers "
                                           "protested the next day.")


def test_a_protests_grievance_told_on_of_the_victim_it_named_is_no_new_deed(extractor):
    assert not asserted(extractor, "Journalists held a protest in Khuzdar against the killing of a reporter. He was "
                                   "gunned down by unknown gunmen on Friday.") & {"ATTACK", "OPERATION"}
    # a deed of its own, told after a protest, stays
    assert "ATTACK" in asserted(extractor, "Journalists held a protest in Khuzdar against the killing of a reporter. "
                                           "Later, gunmen on a motorcycle shot dead a shopkeeper in the bazaar.")


@pytest.mark.parametrize("text", [
    "Lawyers hurled stones at the police, who responded with tear gas shelling outside the high court.",
    "The Pakistan Telecommunication Authority banned YouTube over a blasphemous film.",
    "The interior ministry banned Telegram and WhatsApp for three days during Muharram.",
    "Rangers dismantled the sit-in camp of the opposition party outside parliament.",
    "Soldiers looted shops and raped women during a raid on the village, residents said.",
    "A Nepalese man was extradited to the United States on drug trafficking charges.",
    "Excise police smashed a drug cartel in Lahore and seized pistols and 30 kilograms of hashish.",
    "Police launched an operation against land grabbers in Gadap and demolished boundary walls.",
    "Heavy snowfall blocked the Lowari tunnel road on Sunday.",
    "The army took control of the district centre under a deal with the tribal elders.",
])
def test_crowd_control_media_bans_abuse_crime_and_a_settlement_are_no_counter_terrorism_step(extractor, text):
    assert not asserted(extractor, text) & {"OPERATION", "DISMANTLE", "RESTRICT", "FINANCE", "EXTRADITE"}


def test_a_ban_on_a_platform_is_no_step_but_on_a_groups_channel_stays(extractor):
    assert "RESTRICT" not in asserted(extractor, "The government banned TikTok over vulgar content.")
    assert "RESTRICT" in asserted(extractor, "The government banned the TTP's Telegram channel and its website.")
    assert "OPERATION" in asserted(extractor, "Troops took control of the district centre after heavy fighting with "
                                              "the Taliban.")


def test_a_crossing_stopped_by_a_fight_is_the_fight_alone(extractor):
    got = asserted(extractor, "Soldiers foiled an infiltration bid by militants near Ghulam Khan and arrested four of "
                              "them.")
    assert "ARREST" in got and "RESTRICT" not in got
    assert "RESTRICT" in asserted(extractor, "Soldiers foiled an infiltration bid by militants near Ghulam Khan.")


def test_a_raid_told_with_what_it_took_is_the_taking(extractor):
    got = asserted(extractor, "Police raided a seminary in Nowshera, detaining four suspects and seizing a pistol.")
    assert {"ARREST", "DISMANTLE"} <= got and "OPERATION" not in got


def test_families_moved_for_their_papers_are_migrants(extractor):
    assert not asserted(extractor, "The authorities expelled 150 Afghan families living without documents in "
                                   "Rawalpindi.") & {"RESTRICT", "EXTRADITE"}


def test_deeds_given_as_examples_of_a_kind_are_not_asserted(extractor):
    text = "Steps such as freezing accounts and arresting commanders have been discussed but not taken."
    assert not asserted(extractor, text) & {"ARREST", "DISMANTLE"}


def test_money_seized_by_its_currency_is_a_financing_step(extractor):
    assert "FINANCE" in asserted(extractor, "Counter-terrorism police seized Rs12 million from a hawala dealer who "
                                            "moved money for the TTP.")


def test_an_order_to_the_banks_is_the_freeze(extractor):
    assert "FINANCE" in asserted(extractor, "The State Bank directed banks to freeze the accounts of 30 TTP leaders.")
    # an order to anyone else is what it asks for
    assert "ARREST" not in asserted(extractor, "The court ordered police to arrest the TTP commander.")


@pytest.mark.parametrize("text", [
    "Turkey deported 300 Afghan men on Friday.",
    "Iran expelled 400 Afghan men without valid visas through the Islam Qala crossing.",
])
def test_men_moved_for_their_nationality_or_papers_are_migrants(extractor, text):
    assert not asserted(extractor, text) & {"EXTRADITE", "RESTRICT"}
    # men moved for their links to a group stay a step against it
    assert "RESTRICT" in asserted(extractor, "Pakistan expelled two Afghan men suspected of links to the TTP.")


def test_forces_fighting_the_attackers_is_an_operation(extractor):
    assert "OPERATION" in asserted(extractor, "Soldiers fought the attackers for three hours until all five were "
                                              "killed.")


def test_the_end_of_a_plan_in_reported_speech_lies_ahead(extractor):
    assert "OPERATION" not in asserted(extractor, "Officials said troops would stay in Tirah until the last militant "
                                                  "was eliminated.")


def test_posts_destroyed_by_forces_are_a_fight(extractor):
    assert "OPERATION" in asserted(extractor, "Troops destroyed four TTP posts near the border in Kurram.")


def test_an_irregular_past_after_and_is_a_second_deed(extractor):
    assert "FINANCE" in asserted(extractor, "The FIA arrested a hawala operator and froze bank accounts holding "
                                            "Rs30 million.")


def test_a_deportation_drive_moves_migrants(extractor):
    assert "EXTRADITE" not in asserted(extractor, "Pakistan expelled more than 40,000 Afghans in the first month of "
                                                  "its deportation drive.")


@pytest.mark.parametrize("text", [
    # the tagger reads "planning" as a noun here; its auxiliary makes it the verb, and what is planned is no deed
    "On 2 May 2021, the NDS detained four members of an ISKP network in Kunduz city, Kunduz, who were planning attacks.",
    "Police in Quetta, Balochistan, arrested two men of a BLA cell in Sariab, who were planning attacks.",
])
def test_attacks_being_planned_by_those_arrested_are_no_attack(extractor, text):
    kinds = asserted(extractor, text)
    assert "ARREST" in kinds and "ATTACK" not in kinds


@pytest.mark.parametrize("text", [
    # forces firing where the sentence names rioters: force against a riot, no operation (a "mob" stays: police
    # firing on mobs in communal riots is told as police killing, and is read so)
    "On 3 May 2021, rioters burnt tyres and set a bank on fire in Hub; two people were killed when police opened fire.",
    "Rioters ransacked a customs office in Torkham, and one man was killed when the FC opened fire.",
])
def test_forces_firing_on_rioters_is_no_operation(extractor, text):
    assert "OPERATION" not in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "Three members of a peace committee were killed in Salarzai, Bajaur Agency.",
    "Two peace lashkar volunteers were killed near Spin Qabar in Khyber Agency.",
    "A former militant commander was killed in Matta, Swat.",
    "An ex-commander of the local Taliban who had joined the peace jirga was gunned down in Bannu.",
])
def test_the_states_allies_or_former_fighters_killed_are_no_operation(extractor, text):
    # a militia fighting beside the state, or fighters who left the fight, die at the hands of its enemies
    kinds = asserted(extractor, text)
    assert "OPERATION" not in kinds and "ATTACK" in kinds


@pytest.mark.parametrize("text", [
    # deeds counted over a span of time are a toll of many, none of them told, whatever date the report has
    "On 12 November 2020, Taliban have carried out 41 attacks in Zabul this year, the provincial governor said.",
    "On 14 November 2020, at least 30 policemen have been killed in Taliban attacks in Ghazni this year.",
    "The BLA has carried out more than 60 attacks since January, killing dozens of FC personnel.",
    "Militants have killed 38 policemen in Dera Ismail Khan so far this year.",
])
def test_a_tally_over_a_span_is_no_attack(extractor, text):
    assert "ATTACK" not in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "Three soldiers have been killed in a TTP attack in Bannu this week.",
    "On 16 November 2020, Taliban attacked a post in Zabul, killing 2 soldiers. It was the third attack on the post "
    "this month.",
])
def test_one_attack_told_beside_a_span_stays(extractor, text):
    assert "ATTACK" in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "Police launched a crackdown on supporters of the jailed leader.",
    "Police launched a crackdown on PTI workers in Lahore.",
    "Police launched a crackdown on protesters who had blocked the highway.",
])
def test_a_crackdown_on_political_opponents_is_no_operation(extractor, text):
    assert "OPERATION" not in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "Police launched a crackdown on TTP militants in Bannu.",
    "Security forces launched a crackdown on suspected militants in Kurram.",
])
def test_a_crackdown_on_militants_stays_an_operation(extractor, text):
    assert "OPERATION" in asserted(extractor, text)
