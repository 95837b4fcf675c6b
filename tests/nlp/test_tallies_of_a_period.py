"""Monitors' monthly and yearly reports count deeds ("Militants carried out 78 attacks across Pakistan in
October"): a tally is no event, its figures are no event's, and a record of years ("since 2022 ... have captured
hundreds") is no step of the period. The events such a report tells one by one stay events."""

from __future__ import annotations

from datetime import date

from tests.nlp.conftest import asserted_mentions, asserted_violence

MONTHLY = ("PAKISTAN SECURITY REPORT: OCTOBER 2025. Militants carried out 78 attacks across Pakistan in October, "
           "killing 120 people and injuring 210, according to data compiled by the Pakistan Institute for Peace "
           "Studies. Khyber Pakhtunkhwa remained the worst-affected region, accounting for 51 of the attacks, followed "
           "by Balochistan with 22. The banned Tehreek-e-Taliban Pakistan (TTP) and its affiliates claimed 44 of the "
           "attacks. Security forces killed 93 militants in 31 operations during the month, mostly in North "
           "Waziristan and Khyber districts.")

WITH_ONE_EVENT = ("OVERALL TREND: Pakistan witnessed 61 terrorist attacks in February, down 18 percent from January. A "
                  "total of 97 people were killed. KHYBER PAKHTUNKHWA: Of the 41 attacks in the province, 23 targeted "
                  "police. On 8 February, TTP militants attacked a police station in Bannu, killing four policemen. "
                  "COUNTER-TERRORISM: Security forces carried out 38 operations.")


def test_a_months_tally_of_attacks_and_operations_is_no_event(extractor):
    assert asserted_violence(extractor, MONTHLY, date(2025, 11, 3)) == []


def test_a_years_tally_and_its_toll_are_no_event(extractor):
    text = ("In 2025, militant, nationalist insurgent and violent sectarian groups carried out 699 attacks across "
            "Pakistan, a 34 percent increase over 2024. These attacks claimed 1,034 lives. The TTP and its affiliates "
            "were responsible for 372 attacks. Security forces and law enforcement agencies conducted 244 operations, "
            "killing 917 militants.")
    assert asserted_violence(extractor, text, date(2026, 1, 5)) == []


def test_a_toll_told_in_a_clause_on_the_month_is_the_tallys(extractor):
    text = "Pakistan recorded 69 terrorist attacks in April, which killed 104 people and injured 175."
    assert asserted_violence(extractor, text, date(2026, 5, 20)) == []


def test_the_one_attack_a_monthly_report_tells_keeps_its_own_dead(extractor):
    ms = asserted_violence(extractor, WITH_ONE_EVENT, date(2026, 3, 15))
    assert [m.type for m in ms] == ["ATTACK"], ms
    assert ms[0].date == date(2026, 2, 8) and ms[0].quantities.get("killed") == 4, ms[0]
    assert "ttp" in ms[0].groups


def test_a_record_of_years_is_no_step_and_lends_no_figure(extractor):
    text = ("On 14 March, Taliban special forces killed an ISKP commander in a raid in Paghman district of Kabul "
            "province. Since 2022, Taliban security forces have killed or captured hundreds of ISKP fighters, and the "
            "group's attacks inside Afghanistan have dropped sharply.")
    ms = asserted_mentions(extractor, text, date(2026, 4, 7))
    assert not [m for m in ms if m.type == "ARREST"], ms
    raid = [m for m in ms if m.type == "OPERATION"]
    assert raid and "arrested" not in raid[0].quantities, raid


def test_a_whole_countrys_toll_is_no_event(extractor):
    text = "Security forces killed 127 militants across the country in January, officials said."
    assert asserted_violence(extractor, text, date(2026, 2, 10)) == []


def test_a_few_deeds_of_one_day_stay_an_event(extractor):
    text = "Militants carried out five coordinated attacks across Balochistan on Monday, killing 40 people."
    ms = asserted_violence(extractor, text, date(2026, 5, 20))
    assert ms and ms[0].type == "ATTACK" and ms[0].quantities.get("killed") == 40


def test_a_count_of_operations_without_a_period_stays_an_event(extractor):
    text = "Security forces carried out three operations in Khyber district, killing 11 militants, the ISPR said."
    ms = asserted_violence(extractor, text, date(2026, 5, 20))
    assert ms and ms[0].type == "OPERATION" and ms[0].quantities.get("killed") == 11


def test_arrests_counted_stay_arrests(extractor):
    text = "Police made 25 arrests in Karachi after the clashes, officials said."
    assert [m for m in extractor.extract("a", text, date(2026, 5, 20))
            if m.type == "ARREST" and m.modality == "asserted"]
