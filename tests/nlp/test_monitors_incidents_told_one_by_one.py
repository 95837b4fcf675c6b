"""A monitor's report lists its period's incidents one by one, each on its day and at its place: a deed told on
another day than the event before it is its own, even when that event was first told undated; figures written as
labels and counts ("Civilians killed: 268; Security personnel killed: 221") are a table, no event; a deed "after"
another "two days earlier" leaves that earlier deed's place to it."""

from __future__ import annotations

from datetime import date

import pytest

from tangible.nlp.sentences import is_table_row
from tests.nlp.conftest import asserted_mentions, asserted_violence


def test_a_deed_of_another_day_after_an_event_first_told_undated_is_its_own(extractor):
    text = ("Militants killed 49 security personnel. The most notable incident was the 19 January attack on a Frontier "
            "Corps camp in Nushki, Balochistan, in which BLA suicide bombers killed nine soldiers. In Khyber, the "
            "Lashkar-e-Islam commander Abdul Wali was killed in a targeted operation on 27 January.")
    ms = asserted_violence(extractor, text, date(2026, 2, 10))
    commander = [m for m in ms if "Abdul Wali" in m.sentence]
    nushki = [m for m in ms if "Nushki" in m.sentence]
    assert commander and nushki and commander[0].event != nushki[0].event, ms
    assert commander[0].type == "OPERATION" and commander[0].location.admin1 == "Khyber Pakhtunkhwa"


@pytest.mark.parametrize("text", [
    "Quarter at a glance — Civilians killed: 268; Security personnel killed: 221; Outlaws killed: 457.",
    "Province-wise breakdown: Khyber Pakhtunkhwa: 49 attacks, 88 killed; Balochistan: 19 attacks, 41 killed.",
    "Security forces' operations: 104, militants killed: 392.",
])
def test_figures_written_as_labels_and_counts_are_no_event(extractor, text):
    assert asserted_violence(extractor, text, date(2026, 1, 5)) == []


@pytest.mark.parametrize("text", ["Killed: 3; injured: 5.", "Casualties: 3 killed, 5 injured.", "Fatalities: 18"])
def test_one_events_toll_written_as_labels_is_no_table(text):
    assert not is_table_row(text)


def test_the_deed_after_another_two_days_earlier_keeps_its_own_place(extractor):
    text = ("On the night of 11 October, Afghan Taliban forces attacked Pakistani border posts along several sectors of "
            "the frontier, including in Kurram and Angoor Adda, after Pakistan was accused of carrying out airstrikes "
            "in Kabul two days earlier.")
    ms = asserted_violence(extractor, text, date(2025, 11, 3))
    assert ms and ms[0].location and ms[0].location.admin1 == "Khyber Pakhtunkhwa", ms


def test_the_items_of_a_list_of_decisions_are_to_be_done(extractor):
    text = ("Key decisions of the National Apex Committee meeting chaired by Prime Minister Muhammad Shehbaz Sharif:\n"
            "• Freezing of bank accounts of individuals linked to proscribed outfits\n"
            "• Ban on charities affiliated with Lashkar-e-Jhangvi\n"
            "• Deportation of illegal Afghan nationals involved in terrorism")
    ms = [m for m in extractor.extract("d", text, date(2026, 4, 22)) if m.type in ("FINANCE", "RESTRICT", "EXTRADITE")]
    assert ms and all(m.modality == "future" for m in ms), ms


def test_the_items_of_a_list_of_events_stay_events(extractor):
    text = ("Key events of the week:\n• Police arrested five TTP suspects in Peshawar on Monday\n"
            "• A bomb killed two soldiers in Bannu")
    assert {"ARREST", "ATTACK"} <= {m.type for m in asserted_mentions(extractor, text, date(2026, 4, 22))}
