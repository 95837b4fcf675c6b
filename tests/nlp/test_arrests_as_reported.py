"""Arrests as Indian, Pakistani and Afghan police reporting tells them: held, caught, jailed, remanded, sent to a
police station, counted as tallies; and arrests asked for, denied or expected that are not reported as made."""

from datetime import date

import pytest

from tests.nlp.conftest import asserted

PUB = date(2002, 3, 10)


@pytest.mark.parametrize("text", [
    # words of arrest with people arrested, in a sentence that otherwise reads as a crime or court story
    "The culprits have been apprehended and will be produced in court.",
    "Two chain snatchers were nabbed and their booty was handed over to the complainant.",
    # people held by the police in the active voice, and people said to be held
    "Police held 40 VHP activists who tried to march to the disputed site.",
    "The Rangers held two suspects in Lyari on Sunday.",
    "Those held include a local corporator and two of his associates.",
    # caught by police or red-handed
    "Police caught two youths looting a shop in Dariapur.",
    "The thieves were caught red-handed while breaking into a house in Korangi.",
    # jailed, remanded, sent to a police station
    "The two accused were put behind bars on Saturday.",
    "The VHP leaders were lodged in the Naini central jail.",
    "The magistrate sent the three youths to 14-day judicial remand.",
    "Their supporters were sent to nearby police stations.",
])
def test_arrests_as_reported(extractor, text):
    assert "ARREST" in asserted(extractor, text, PUB), text


@pytest.mark.parametrize("text", [
    "The VHP leaders were held responsible for the violence.",
    "Police held the mob back at the bridge.",
    "Two bystanders were caught in the crossfire near the bus stand.",
    "The pilgrims were lodged in a guest house near the shrine.",
    "He put the blame on the police for the delay.",
    "Additional police were sent to the police station after the clash.",
    "The opposition demanded the arrest of those responsible for the carnage.",
    "Police are yet to arrest the main accused.",
    "Raids are being conducted to arrest the absconding accused.",
    # arrests escaped or stayed, and what is captured, picked up, kept or detained that is no one
    "The MLA escaped arrest by fleeing to Mumbai.",
    "The high court stayed the arrest of the former minister.",
    "The BJP captured 88 seats in the assembly polls.",
    "The violence picked up again in the evening.",
    "The idol was kept in safe custody at the district treasury.",
    "The Sabarmati Express was detained at Godhra station for over an hour.",
])
def test_no_arrest_made(extractor, text):
    assert "ARREST" not in asserted(extractor, text, PUB), text


@pytest.mark.parametrize("text,n", [
    ("A total of 300 people were arrested in the state in the last three days.", 300),
    ("Police arrested a total of 45 rioters in the walled city.", 45),
])
def test_a_total_arrested_is_the_figure(extractor, text, n):
    ms = [m for m in extractor.extract("t", text, PUB) if m.type == "ARREST" and m.modality == "asserted"]
    assert ms and ms[0].quantities.get("arrested") == n, [(m.type, dict(m.quantities)) for m in ms]
