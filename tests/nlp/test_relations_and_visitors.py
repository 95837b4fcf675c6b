"""Diplomacy told by relations cut or set up, a visitor of rank received and a membership suspended; the same
verbs said of power lines, records, bases, letters and searches report nothing."""

import pytest

from tests.nlp.conftest import asserted


@pytest.mark.parametrize("text, kind", [
    ("Morocco severed diplomatic relations with Iran on Tuesday.", "SANCTION"),
    ("Chad cut ties with Qatar, accusing it of backing rebels.", "SANCTION"),
    ("Nicaragua broke off relations with Taiwan in December.", "SANCTION"),
    ("ECOWAS suspended Guinea's membership after the coup.", "SANCTION"),
    ("Bahrain and Israel established full diplomatic relations.", "AGREE"),
    ("Morocco agreed to normalize relations with Israel.", "AGREE"),
    ("The Emir of Qatar received the Sudanese foreign minister in Doha.", "MEET"),
    ("President Kenyatta received a delegation of Somali elders at State House.", "MEET"),
])
def test_diplomatic_deeds(extractor, text, kind):
    assert kind in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "The utility cut electricity to the northern suburbs for six hours.",
    "The Kenyan runner broke the world record in Valencia.",
    "The rebels established a camp in the hills above the town.",
    "The governor received a letter from the prime minister.",
    "Rescuers suspended the search because of heavy rain.",
    "The armed group cut ties with al-Qaeda two years ago.",
])
def test_same_verbs_elsewhere_report_no_diplomacy(extractor, text):
    assert not asserted(extractor, text) & {"SANCTION", "AGREE", "MEET"}
