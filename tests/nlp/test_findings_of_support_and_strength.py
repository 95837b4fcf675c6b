"""Findings of the UN Monitoring Team told in the words of its reports as the press summarises them (sentences written
in the manner of 2025 reports on the Team's findings): training centres operated, space and stipends provided,
fighters numbered, no evidence of a step, and the group named only as "the group"."""

from datetime import date

import pytest

DAY = date(2025, 11, 20)


def _findings(extractor, text):
    return [m for m in extractor.extract("r", text, DAY) if m.type == "FINDING"]


@pytest.mark.parametrize("text", [
    "The UN monitoring team has said in a new report that the Pakistani Taliban still operate training centres in "
    "Kunar province.",
    "The Monitoring Team assesses that TTP fighters number between 6,000 and 6,500.",
    "Member states reported that the Taliban provide TTP leaders with monthly stipends.",
    "The Monitoring Team found no evidence that the Taliban had dismantled TTP camps.",
])
def test_findings_in_the_words_of_the_reports(extractor, text):
    found = _findings(extractor, text)
    assert found and "ttp" in found[0].groups


def test_the_monitoring_team_is_the_uns(extractor):
    (m,) = _findings(extractor, "The Monitoring Team assesses that TTP fighters number between 6,000 and 6,500.")
    assert m.source is not None and m.source.id == "un"


def test_a_finding_of_the_group_named_before(extractor):
    found = _findings(extractor, "The UN Monitoring Team said the TTP remained the largest terrorist group in "
                                 "Afghanistan. According to the report, the Taliban continue to provide logistical "
                                 "and operational space to the group.")
    assert len(found) == 2 and all(m.groups == ["ttp"] for m in found)


def test_words_of_numbers_and_evidence_said_by_no_body_find_nothing(extractor):
    assert not _findings(extractor, "Organisers said the crowd numbered between 6,000 and 6,500.")
    assert not _findings(extractor, "Police said there was no evidence that the TTP was involved.")
