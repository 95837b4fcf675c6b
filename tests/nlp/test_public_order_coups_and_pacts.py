"""Reporting that names force, handovers or closures but tells no step against an armed group: riot police on a
campus, a coup, abuse done during an operation, a newspaper shut, a treaty about extradition and ground handed
over by agreement. The same words said of militants stay steps against them."""

import pytest

from tests.nlp.conftest import ACTIONS, asserted


@pytest.mark.parametrize("text", [
    # crowd-control police
    "Riot police stormed a university hostel in Kampala and beat up students.",
    "Anti-riot police raided a church in Lubumbashi during the Sunday service.",
    # a coup
    "Mutinous soldiers seized control of the national radio during the coup in Conakry.",
    "Troops stormed the presidential palace in a coup in Bamako early on Tuesday.",
    # abuse told with the operation as its time
    "Soldiers raped women in the village during a military operation, a rights group said.",
    "Residents accused troops of sexual violence during the operation in Rakhine.",
    # the press
    "Police shut down a newspaper office in Chittagong after it criticised the minister.",
    # a pact about handovers, and ground handed over
    "Kenya and Uganda concluded a treaty on extradition of fugitive offenders.",
    "The rebels took control of the town peacefully after tribal elders negotiated the handover.",
])
def test_no_counter_terrorism_action(extractor, text):
    assert not asserted(extractor, text) & ACTIONS


@pytest.mark.parametrize("text, kind", [
    ("Riot police clashed with Maoist rebels in the forest near Dantewada.", "OPERATION"),
    ("Police sealed an office of the banned Lashkar-e-Taiba in Lahore.", "DISMANTLE"),
    ("Troops killed 12 militants during a military operation in Borno.", "OPERATION"),
    ("Kabul said the handover of the two suspects to Pakistan took place at Torkham.", "EXTRADITE"),
])
def test_the_same_words_against_militants_stay(extractor, text, kind):
    assert kind in asserted(extractor, text)
