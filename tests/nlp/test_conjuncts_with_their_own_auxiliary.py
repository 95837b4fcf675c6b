"""A conjunct with an auxiliary of its own does not share the first conjunct's negation.

"The Taliban said they had not allowed any group to use Afghan soil and had arrested those who violated the ban"
tells an arrest; "have not arrested the men or handed them over" and "did not arrest the suspects and did not file
a case" still deny both.
"""

from __future__ import annotations

from datetime import date

DAY = date(2024, 6, 1)


def _modalities(extractor, text: str, etype: str) -> list[str]:
    return [m.modality for m in extractor.extract("c", text, DAY) if m.type == etype]


def test_a_conjunct_with_its_own_auxiliary_is_not_negated(extractor):
    text = ("The Taliban said they had not allowed any group to use Afghan soil and had arrested those who violated "
            "the ban.")
    assert _modalities(extractor, text, "ARREST") == ["asserted"]


def test_a_conjunct_sharing_the_auxiliary_shares_the_negation(extractor):
    text = "The Taliban have not arrested the men or handed them over."
    assert _modalities(extractor, text, "ARREST") == ["negated"]
    assert _modalities(extractor, text, "EXTRADITE") == ["negated"]
    assert _modalities(extractor, "Police did not arrest the suspects and did not file a case.", "ARREST") == [
        "negated"]
