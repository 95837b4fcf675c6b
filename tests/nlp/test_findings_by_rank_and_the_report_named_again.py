"""A monitoring report's finding told by a group's rank, and the report named again with more words (sentences
written in the manner of a UN monitoring team's report as the press tells it)."""

from datetime import date

DAY = date(2024, 7, 15)

REPORT = (
    "A report by the UN Security Council's sanctions monitoring team says the Tehrik-e-Taliban Pakistan remains the "
    "largest terrorist group in Afghanistan, with an estimated 6,000 to 6,500 fighters. The report, published on "
    "Tuesday, says the Taliban have not taken action to curb the group and that its attacks into Pakistan have "
    "increased with support from the de facto authorities.")


def test_a_groups_rank_and_the_reports_next_finding_are_the_bodys_of_the_group(extractor):
    findings = [m for m in extractor.extract("t", REPORT, DAY) if m.type == "FINDING"]
    assert len(findings) == 2
    assert {(m.source.id, m.target.id) for m in findings} == {("un", "ttp")}


def test_a_rank_with_no_body_finds_nothing(extractor):
    text = "The TTP remains the largest terrorist group in Pakistan, the interior minister told parliament."
    assert not [m for m in extractor.extract("t", text, DAY) if m.type == "FINDING"]
