"""Deeds told over a whole year or month ("arresting dozens of its members this year") are a run of deeds across
the country: they take no place from the one event a short report tells before them."""

from __future__ import annotations

from datetime import date

REPORT = ("KABUL (AP) - A bomb exploded at a religious school in northern Afghanistan on Thursday, killing at least 15 "
          "people, including children, a Taliban spokesman said. The blast hit the Jahdia seminary in Aybak, the "
          "capital of Samangan province, during afternoon prayers, said Asadullah Hashimi. There was no immediate "
          "claim of responsibility. The Taliban have been cracking down on the affiliate, arresting dozens of its "
          "members this year.")


def test_a_run_of_arrests_over_the_year_takes_no_place_from_the_bombing(extractor):
    ms = [m for m in extractor.extract("y", REPORT, date(2025, 6, 15)) if m.modality == "asserted"]
    bombing = [m for m in ms if m.type == "ATTACK"]
    arrests = [m for m in ms if m.type == "ARREST"]
    assert bombing and bombing[0].location and bombing[0].location.admin1 == "Samangan"
    assert arrests and arrests[0].date_precision == "year"
    assert arrests[0].location is None or arrests[0].location.admin1 != "Samangan", arrests[0].location


def test_a_deed_of_the_same_day_still_takes_the_place_before(extractor):
    text = ("The body of a man was found in Pul-e Alam (Logar) on Monday. He had been shot dead by unknown gunmen, "
            "officials said.")
    attacks = [m for m in extractor.extract("y", text, date(2020, 6, 15))
               if m.modality == "asserted" and m.type == "ATTACK"]
    assert attacks and attacks[0].location and attacks[0].location.admin1 == "Logar"


def test_one_deed_of_an_earlier_month_keeps_the_reports_place(extractor):
    text = ("The Pakistani Taliban claimed an attack on a police station in Lakki Marwat that killed three policemen "
            "on Sunday. In March, a similar attack killed two constables.")
    attacks = [m for m in extractor.extract("y", text, date(2025, 6, 15))
               if m.modality == "asserted" and m.type == "ATTACK"]
    march = [m for m in attacks if m.date_precision == "month"]
    assert march and march[0].location and march[0].location.admin1 == "Khyber Pakhtunkhwa"
