"""A claim a state has "seen no evidence to support" is the claimant's deed, disputed by that state; an arrest told
inside a later report by its own month ("freed 17 TTP members detained in Kunar in June") is June's, not the
report's."""

from __future__ import annotations

from datetime import date

from tests.nlp.conftest import asserted_of_type, first_asserted


def test_a_claim_seen_without_evidence_is_the_claimants_and_disputed(extractor):
    text = ("ISLAMABAD: Pakistan said on Wednesday it had seen no evidence to support the Afghan Taliban's claim that "
            "they had detained 23 TTP militants in Paktika.")
    arrest = first_asserted(extractor, text, "ARREST", date(2026, 9, 3))
    assert arrest.source and arrest.source.id == "taliban" and arrest.groups == ["ttp"]
    assert arrest.verification == "disputed", arrest.verification


def test_a_claim_the_writer_could_not_verify_stays_unverified(extractor):
    text = ("Reuters could not independently verify the Taliban's claim that their forces destroyed an ISKP training "
            "camp in Kunar.")
    camp = first_asserted(extractor, text, "DISMANTLE", date(2026, 9, 3))
    assert camp.verification == "unverified"


def test_an_arrest_told_with_its_own_month_inside_a_later_report_is_of_that_month(extractor):
    text = ("Earlier this month, Afghanistan International reported that the Taliban had freed 17 TTP members "
            "detained in Kunar in June.")
    arrests = asserted_of_type(extractor, text, "ARREST", date(2026, 9, 24))
    assert arrests and all(m.date == date(2026, 6, 1) and m.date_precision == "month" for m in arrests), arrests
