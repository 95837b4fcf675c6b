"""Sport told in the words of war, money frozen or taken over debts, taxes and frauds, gold taken by customs,
and police searches after thefts report no counter-terrorism action; the steps against armed groups stay."""

import pytest

from tests.nlp.conftest import ACTIONS, asserted


@pytest.mark.parametrize("text", [
    "The visitors seized control of the match with two goals in five minutes before the break.",
    "The Kiwi batsmen seized control of the second Test on the fourth morning in Wellington.",
    "City stormed back to beat Arsenal 2-1 with a stoppage-time goal from their striker.",
    "The Bangladesh bowlers launched a fierce assault on the Zimbabwe batting line-up.",
])
def test_sport_in_the_words_of_war_is_no_operation(extractor, text):
    assert not asserted(extractor, text) & (ACTIONS | {"ATTACK"})


@pytest.mark.parametrize("text", [
    "The tax office seized the properties of a cement dealer for non-payment of taxes.",
    "The bank froze the accounts of the spinning mill after it defaulted on loans worth Rs 900 million.",
    "A court froze the assets of a housing developer accused of defrauding hundreds of buyers.",
    "The stock exchange regulator froze the accounts of three brokers accused of manipulating share prices.",
    "A civil court ordered the seizure of the singer's bank accounts over an unpaid debt to a producer.",
])
def test_money_frozen_or_taken_over_debts_taxes_and_frauds_is_no_finance(extractor, text):
    assert not asserted(extractor, text) & ACTIONS


@pytest.mark.parametrize("text", [
    "Customs officials at Islamabad airport seized 3 kg of gold bars from a passenger arriving from Doha.",
    "Customs officers at Kochi airport seized gold worth Rs 80 lakh concealed in the shoes of a traveller.",
])
def test_gold_taken_by_customs_is_no_dismantling(extractor, text):
    assert not asserted(extractor, text) & ACTIONS


@pytest.mark.parametrize("text", [
    "Police carried out a search operation in the housing colony after a string of thefts.",
    "Police launched a combing operation to trace the gang that robbed a petrol pump in Gaya.",
    "Police conducted a search operation in the slum after a spate of burglaries.",
])
def test_a_search_after_thefts_is_no_operation(extractor, text):
    assert not asserted(extractor, text) & ACTIONS


@pytest.mark.parametrize("text, expected", [
    ("Security forces launched a search operation in the valley and killed three militants.", "OPERATION"),
    ("The interior ministry froze the bank accounts of 30 members of the banned Lashkar-e-Jhangvi.", "FINANCE"),
    ("Police seized gold, cash and two rifles from a hideout of Taliban militants in Swat.", "FINANCE"),
])
def test_steps_against_armed_groups_stay(extractor, text, expected):
    assert expected in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "Troops took up positions around the assembly building ahead of the no-confidence vote.",
    "Hundreds of policemen took positions around the high court ahead of the verdict in the murder trial.",
])
def test_forces_taking_up_positions_is_no_operation(extractor, text):
    assert not asserted(extractor, text) & ACTIONS


@pytest.mark.parametrize("text", [
    "Rangers took control of the polling stations after workers of the two parties came to blows.",
    "The army took control of the counting centres after supporters of rival candidates scuffled.",
    "Police took control of the stadium after spectators invaded the ground at the end of the game.",
])
def test_forces_taking_charge_of_a_vote_or_a_game_is_no_operation(extractor, text):
    assert not asserted(extractor, text) & ACTIONS


@pytest.mark.parametrize("text", [
    "Jail staff foiled an attempt by two convicts to escape from the district prison in Sahiwal.",
    "Guards foiled a bid by a man to scale the wall of the governor's house in Peshawar.",
])
def test_a_foiled_bid_to_escape_or_climb_is_no_dismantling(extractor, text):
    assert not asserted(extractor, text) & ACTIONS


@pytest.mark.parametrize("text, expected", [
    ("Troops took the militants' positions on the ridge after a day of fighting.", {"OPERATION"}),
    ("The army took control of the town after the Taliban fled.", {"OPERATION"}),
    ("Police foiled a bid by terrorists to smuggle explosives into the city.", {"DISMANTLE", "RESTRICT"}),
    ("Security forces foiled a plan to blow up a bridge on the highway.", {"DISMANTLE"}),
])
def test_ground_won_and_plots_foiled_stay(extractor, text, expected):
    assert asserted(extractor, text) & expected


@pytest.mark.parametrize("text", [
    "The state bank seized control of the ailing microfinance lender and dissolved its board.",
    "The provincial government took control of the sugar mill after it failed to pay growers for two seasons.",
])
def test_a_business_taken_over_is_no_operation(extractor, text):
    assert not asserted(extractor, text) & ACTIONS


def test_control_of_ground_taken_from_militants_stays(extractor):
    text = "Troops took control of the Mirali bazaar after militants holed up in the market surrendered."
    assert "OPERATION" in asserted(extractor, text)

