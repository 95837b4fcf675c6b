"""Short news snippets of crime, public order and politics report no counter-terrorism action other than an
arrest; the same steps against militants, their money or their travel stay."""

from datetime import date

import pytest

from tests.nlp.conftest import ACTIONS, asserted


@pytest.mark.parametrize("text", [
    # criminals killed in a police encounter the learned reading makes an operation
    "Two alleged robbers were killed in an exchange of fire with police in Gujranwala.",
    # a man's crime against his own household, and himself
    "A constable shot dead his wife and then killed himself in Multan.",
    # an operation named as the subject of a passive light verb
    "An operation was launched against the land mafia in Malir on Friday.",
    # fake notes, and the raid that seized them
    "The FIA seized fake currency notes worth Rs 5 million in a raid in Multan.",
    # tear gas as what was fired
    "Kenyan police fired teargas at opposition supporters in Kisumu on Tuesday.",
    # a common crime a fugitive is wanted for
    "Spain extradited a Pakistani man wanted for the honour killing of his sister.",
    # a robbers' gang's weapons, and a ban on showing arms in the street
    "A gang of robbers was busted in Larkana and weapons were recovered from them, police said.",
    "The deputy commissioner imposed a ban on the display of weapons during Muharram.",
    "PDEA agents seized shabu worth P3 million in a buy-bust in Cebu City.",
    # a body recovered, whatever the quarrel over property it tells
    "Police recovered the body of a trader who had been killed over a property dispute.",
    # the exit list for suspects of corruption
    "The interior ministry placed the names of a former minister and his sons on the Exit Control List.",
    "Police confiscated the passports of the accused in the Ponzi scheme case.",
    # migrants by another name, protesters' money
    "Kuwait deported 300 expatriates for violating residency laws.",
    "The government froze the accounts of the truckers who blockaded the capital.",
    # hunts for criminals, told by their aim or by the crime before them
    "The police conducted an operation to recover stolen buffaloes in Sahiwal.",
    "Police carried out a cordon and search operation after the murder of a shopkeeper in Mardan.",
    "Police raided several houses to arrest the suspects in the murder of a councillor.",
    # a weight of a drug whose phrase the parse loses
    "The Sri Lanka Navy seized 300 kg of Kerala cannabis off the northern coast.",
    # force against a gathering, and the street fights and raids of politics
    "Iranian security forces cracked down on protests over fuel prices, killing hundreds, Amnesty said.",
    "Bolivian police clashed with supporters of the former president in La Paz.",
    "Cameroonian gendarmes raided the home of the opposition leader in Douala.",
])
def test_crime_and_public_order_snippets_report_no_action(extractor, text):
    assert not asserted(extractor, text) & ACTIONS


@pytest.mark.parametrize("text, kind", [
    ("Police killed two militants in an exchange of fire in Quetta.", "OPERATION"),
    ("Troops launched an operation to recover the weapons stolen by militants from the police station.", "OPERATION"),
    ("Police seized 20 kg of explosives from a militant hideout in Kohat.", "DISMANTLE"),
    ("Gendarmes clashed with jihadists in northern Burkina Faso, killing 10.", "OPERATION"),
    ("Police clashed with militants on the outskirts of Bannu.", "OPERATION"),
    ("Security forces seized weapons and explosives from a militant hideout in Bajaur.", "DISMANTLE"),
    ("The interior ministry placed the names of 12 suspected militants on the Exit Control List.", "RESTRICT"),
    ("The government put the names of the banned outfit's leaders on the ECL.", "RESTRICT"),
    ("Officials confiscated the passports of suspected militants to stop them from travelling to Syria.", "RESTRICT"),
    ("Police confiscated the passports of 20 people suspected of links to the Islamic State.", "RESTRICT"),
])
def test_steps_against_militants_stay(extractor, text, kind):
    assert kind in asserted(extractor, text)


def test_an_edict_forbidding_attacks_is_no_attack(extractor):
    assert "ATTACK" not in asserted(extractor, "The Taliban issued an edict forbidding attacks on aid workers.",
                                    date(2021, 6, 1))


def test_ground_taken_before_another_deed_is_the_subjects(extractor):
    # the doer of "taking control" is the subject of the verb the phrase hangs on: the Taliban, an armed group then
    got = asserted(extractor, "The Taliban set up a checkpost near the Chaman border after taking control.",
                   date(2021, 6, 1))
    assert "OPERATION" not in got and "ATTACK" in got


@pytest.mark.parametrize("text", [
    "Pakistan blamed India for the attack on the Chinese consulate in Karachi.",
    "The government blamed foreign intelligence agencies for the bombing in Lahore.",
])
def test_an_attack_a_state_is_blamed_for_is_no_operation(extractor, text):
    got = asserted(extractor, text, date(2021, 6, 1))
    assert "OPERATION" not in got and "ATTACK" in got
