"""News that is not armed conflict (party discipline, diplomacy, regulation, crime, weapons tests, ground that
changes hands without a fight) reports no counter-terrorism action; the steps against armed groups stay."""

import pytest

from tests.nlp.conftest import ACTIONS, SCOPE_PUB as PUB, asserted


@pytest.mark.parametrize("text", [
    "The Congress expelled four MLAs from the party for cross-voting in the Rajya Sabha polls.",
    "The Awami League expelled two union leaders from the party for anti-party activities.",
    "Bangladesh expelled the Pakistani deputy high commissioner over remarks on the 1971 war.",
    "The State Bank froze all transactions of a private microfinance bank over irregularities in its books.",
    "The bank froze the accounts of a former federal minister on the court's directions.",
    "The ministry froze the bank accounts of 30 NGOs that had not renewed their registration.",
    "The Taliban administration banned music and dancing at weddings in Kandahar.",
    "The district administration launched a crackdown against illegal water connections in Gulberg.",
    "Police dismantled a fake visa racket that was duping job seekers in Jalandhar.",
    "Nepal handed over a Bihar man wanted in a double murder case to Indian police at Raxaul.",
    "India successfully test-fired the nuclear-capable Agni-Prime missile off the Odisha coast.",
    "The army's troops advanced on Kot Addu and entered the town without fighting.",
])
def test_nonconflict_news_reports_no_action(extractor, text):
    assert not asserted(extractor, text) & ACTIONS


@pytest.mark.parametrize("text", [
    "Angry villagers torched a police van and stoned the police station after a youth was killed in police custody.",
    "Customs officers seized pistols and ammunition from a gang of heroin traffickers at the Wagah border.",
    "Border guards destroyed a tunnel used by smugglers to move goods across the frontier.",
    "The provincial assembly passed a law banning face veils in government offices.",
    "The embassy evacuated its staff ahead of the army's offensive on the capital.",
])
def test_riots_crime_laws_and_awaited_offensives_report_no_deed(extractor, text):
    assert not asserted(extractor, text) & (ACTIONS | {"ATTACK"})


@pytest.mark.parametrize("text", [
    "A young labourer died in police custody in Sargodha on Tuesday.",
    "Police tortured a rickshaw driver to death in custody in Gujranwala, his family said.",
    "A mob set fire to a police van in Larkana after the death of a man in custody.",
    "A Levies official held by militants for two months died in their custody.",
])
def test_a_death_in_custody_is_no_arrest(extractor, text):
    assert "ARREST" not in asserted(extractor, text)


def test_people_taken_into_custody_are_still_arrested(extractor):
    assert "ARREST" in asserted(extractor, "Police took three suspects into custody in Mardan on Friday.")


@pytest.mark.parametrize("text", [
    "A group of people attacked a police team that had come to arrest a wanted man, and freed him.",
    "A group of youths attacked a traffic warden and tore his uniform in Lahore.",
])
def test_a_group_of_civilians_attacking_is_no_armed_groups_attack(extractor, text):
    assert "ATTACK" not in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "The defence ministry in Kabul said its air defences had shot down a drone over the city.",
    "Pakistani troops shot down an Indian quadcopter that had crossed the Line of Control in the Rakhchikri sector.",
    "A surveillance drone was shot down near the Kamra airbase, officials said.",
])
def test_downing_an_unmanned_craft_harms_no_one(extractor, text):
    ms = [m for m in extractor.extract("t", text, PUB) if m.modality == "asserted"]
    assert not {m.type for m in ms} & (ACTIONS | {"ATTACK"}) and not any(m.quantities for m in ms), text
    # an attack told beside a downed drone stays
    ms = extractor.extract("t", "Militants shot down a police drone and then stormed the checkpost, killing two "
                                "constables.", PUB)
    attacks = [m for m in ms if m.type == "ATTACK" and m.modality == "asserted"]
    assert attacks and attacks[0].quantities.get("killed") == 2


@pytest.mark.parametrize("text", [
    "Rescue teams carried out an operation through the night to pull out labourers trapped under the collapsed "
    "hotel in Abbottabad.",
    "The air force carried out sorties to airlift tourists stranded by snowfall on the Babusar road.",
    "A Pakistan Air Force Mushshak crashed near Risalpur during a training sortie, killing both pilots.",
])
def test_rescue_and_practice_flights_are_no_operation(extractor, text):
    assert "OPERATION" not in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "Armenian forces pulled out of the Lachin corridor, handing it over to Azerbaijan under the truce.",
    "The BSF handed over a Pakistani youth who had inadvertently crossed the border near Fazilka to the Rangers.",
])
def test_ground_or_strayed_people_handed_back_are_no_extradition(extractor, text):
    assert "EXTRADITE" not in asserted(extractor, text)
    # a state handing over a wanted militant stays a handover
    assert "EXTRADITE" in asserted(extractor, "Afghanistan handed over two TTP commanders wanted for the Peshawar "
                                              "school attack to Pakistan.")


@pytest.mark.parametrize("text", [
    "The junta dissolved the largest opposition party and confiscated its assets.",
    "Police carried out raids across Lahore overnight to stop opposition workers from reaching the rally.",
    "Israeli forces seized a plot of land near Salfit to widen a settler bypass road.",
    "A group of settlers raided the village of Burin, torching two cars and a house.",
    "Israeli troops shot dead a Palestinian teenager during a protest in Kafr Qaddum.",
])
def test_steps_against_politics_land_and_protest_are_no_action(extractor, text):
    assert not asserted(extractor, text) & ACTIONS


@pytest.mark.parametrize("text", [
    "The regime froze the bank accounts of 14 protest leaders and two opposition lawmakers.",
    "The NPA rebels said they were suspending their military operations during the peace talks.",
    "A Nigerian Air Force jet crashed during a counter-insurgency operation near Maiduguri, killing both pilots.",
    "Police carried out a search operation at the railway station after a bomb hoax call.",
    "The Malian army took control of the Tessit camp after the UN peacekeepers left it.",
    "Syrian troops took over the positions after the Russian forces withdrew from the area.",
    "Government troops took over the base vacated by the UN peacekeepers in the north.",
    "The army took over the border posts previously manned by the police.",
    "Government troops took over the hilltop base after the foreign soldiers packed up and withdrew.",
    "The Nigerian army said it had deployed special forces to the North-East to step up the fight against "
    "Boko Haram.",
    "Amnesty said soldiers had raped women who fled the fighting between the army and the separatists.",
])
def test_deeds_named_but_not_done_report_no_action(extractor, text):
    assert not asserted(extractor, text) & ACTIONS


def test_a_controlled_explosion_by_the_bomb_squad_disposes_of_a_bomb(extractor):
    types = asserted(extractor, "The army bomb squad carried out a controlled explosion of a suspicious bag left "
                                "outside the district court.")
    assert "OPERATION" not in types and "ATTACK" not in types


def test_an_operation_fought_and_ground_regained_stay(extractor):
    # ground left by militants is regained; an operation that killed stays, whatever crashed or was suspended later
    assert "OPERATION" in asserted(extractor, "The army took control of the town after the militants withdrew.")
    assert "OPERATION" in asserted(extractor, "Soldiers took over the checkpoints held by the insurgents after "
                                              "a gunfight.")
    assert "OPERATION" in asserted(extractor, "Troops killed 12 militants in the fighting in Tirah, forcing "
                                              "hundreds of families to flee.")


@pytest.mark.parametrize("text", [
    "Soldiers fired on residents protesting against the load-shedding in Chaman, killing two.",
    "Police opened fire on villagers who were demonstrating outside the tehsil office, killing one man.",
    "Police opened fire on striking coal miners at the pit head, killing seven of them.",
    "Troops fired on farmers blocking the highway to demand water for their crops, killing one.",
    "Soldiers fired on mourners at the funeral of a murdered activist, killing three people.",
])
def test_force_against_a_crowd_named_by_what_it_did_is_no_operation(extractor, text):
    assert not asserted(extractor, text) & (ACTIONS | {"ATTACK"})
    # militants among them are still fought
    assert "OPERATION" in asserted(extractor, "Security forces killed three militants who were hiding among "
                                              "villagers protesting against the operation.")


def test_ground_taken_over_from_another_states_forces_is_a_handover(extractor):
    assert "OPERATION" not in asserted(extractor, "The Iraqi army took over the control of the K1 air base from the "
                                                  "US forces.")
    assert "OPERATION" in asserted(extractor, "Government forces took over the district headquarters from the "
                                              "rebels.")
