"""Police work against drugs, gangs and dacoits, relief operations, force at protests and riots, sexual violence,
sanctions on a state's officials, bans on films and raids on the opposition report no counter-terrorism action;
the steps against armed groups stay."""

import pytest

from tests.nlp.conftest import ACTIONS, asserted


@pytest.mark.parametrize("text", [
    "The Narcotics Control Bureau conducted raids in three towns and seized cocaine and charas.",
    "Police seized 12 kilograms of ganja from a lorry near Cuttack.",
    "Police recovered 3 kg of heroin and a pistol from a drug peddler in Moga.",
    "Police gunned down a notorious gangster in an encounter near Aligarh.",
    "Police killed two dacoits in an encounter in the katcha area of Rajanpur.",
    "Police conducted a combing operation against dacoits in the riverine belt.",
    "Police raided the hideout of a kidnapping gang in Gaya and freed a schoolboy.",
])
def test_police_work_against_crime_is_no_action(extractor, text):
    assert not asserted(extractor, text) & ACTIONS


@pytest.mark.parametrize("text", [
    "The coast guard launched a search and rescue operation after a ferry sank off Bhola.",
    "Rangers took control of the town after two days of riots.",
    "Border guards killed two Kurds and wounded dozens during protests near the fence.",
    "Guards opened fire on labourers demanding their wages, killing two.",
    "Troops sexually assaulted villagers during a sweep, a rights group said.",
    "Troops were accused of sexually assaulting girls during a raid on the hamlet.",
    "Government soldiers raided a camp for displaced families and raped several women, aid workers said.",
    "Soldiers stormed the village, looted the market and raped women, survivors told the commission.",
    "Paratroopers who raided the settlement on Monday sexually assaulted four girls, local officials said.",
    "Troops carried out mass rapes during their offensive in the highlands, the report found.",
    "Marines stormed into the flooded quarter to pull out families trapped on rooftops.",
    "Navy divers joined the operation to recover bodies from the sunken ferry.",
    "A search operation is under way for dozens of villagers still missing after the mudslide.",
    "Security forces shot dead two farmers, raped three women and burned the granary during the sweep, elders said.",
    "The army's brutal crackdown, which included rape and arson, drove thousands across the border.",
    "A soldier deployed in the counter-insurgency operation raped a schoolgirl, police said.",
    "Women said soldiers raped them after raiding their homes in search of rebel fighters.",
    "Officials raided the homes of opposition activists in the capital.",
    "Israeli forces demolished a Palestinian school in the West Bank.",
    "The two sides signed a truce on Sunday, ending a military offensive that had emptied dozens of villages.",
    "The ministry appointed a new commander for the counter-insurgency operation in the east.",
])
def test_relief_order_abuse_and_politics_are_no_action(extractor, text):
    assert not asserted(extractor, text) & ACTIONS


@pytest.mark.parametrize("text", [
    "Heavy snowfall killed 15 soldiers at a border post in the mountains.",
    "Floodwaters swept away an army truck, killing six soldiers.",
])
def test_a_disaster_that_kills_forces_is_no_deed(extractor, text):
    assert not asserted(extractor, text) & {"ATTACK", "OPERATION"}


@pytest.mark.parametrize("text", [
    "The EU imposed a travel ban and an asset freeze on senior Belarusian officials.",
    "Canada slaps sanctions on Sudanese generals over Darfur crackdown",
    "A court banned the release of the documentary.",
    "Police handed over a man wanted for murder to the Bhutanese authorities.",
    "Bahrain expels Iranian diplomat, recalls envoy",
])
def test_sanctions_bans_and_handovers_of_no_group_are_no_action(extractor, text):
    assert not asserted(extractor, text) & ACTIONS


@pytest.mark.parametrize("text, expected", [
    ("Security forces killed two militants in an encounter in the district.", {"OPERATION"}),
    ("Troops seized heroin, weapons and explosives from a militant hideout.", {"DISMANTLE"}),
    ("Rangers killed a commander of the Baba Ladla gang in Lyari.", {"OPERATION", "ATTACK"}),
    ("The army demolished a house used by militants as a hideout.", {"DISMANTLE", "OPERATION"}),
    ("Security forces raided the home of a suspected militant commander in Khost.", {"OPERATION"}),
    ("Security forces froze the bank accounts of two Lashkar-e-Taiba commanders.", {"FINANCE"}),
    ("Troops took control of the town after driving out Al-Shabaab fighters.", {"OPERATION", "ATTACK"}),
    ("Commandos raided a militant compound in Kurram and killed three insurgents.", {"OPERATION"}),
    ("Soldiers who raided a rebel hideout near the river killed four fighters.", {"OPERATION"}),
])
def test_steps_against_armed_groups_stay(extractor, text, expected):
    assert asserted(extractor, text) & expected
