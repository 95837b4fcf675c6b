"""A deed its actor is said to have done "allegedly" is unverified; a suspect's alleged deed leaves the arrest as told.

"Taliban forces allegedly handed over two TTP commanders to Pakistan at Torkham" counted as a handover in the
ledger; "Police arrested three men who allegedly planned the attack" is an arrest the report tells as done.
"""

from __future__ import annotations

from datetime import date

from tests.nlp.conftest import first_asserted

DAY = date(2024, 6, 1)


def _first(extractor, text: str, etype: str):
    return first_asserted(extractor, text, etype, DAY)


def test_an_actors_alleged_deed_is_unverified(extractor):
    for text, etype in (("Taliban forces allegedly handed over two TTP commanders to Pakistan at Torkham.", "EXTRADITE"),
                        ("The Taliban have allegedly detained 12 TTP fighters in Kunar.", "ARREST")):
        assert _first(extractor, text, etype).verification == "unverified", text


def test_a_suspects_alleged_deed_leaves_the_arrest_as_told(extractor):
    for text in ("Police arrested three men who allegedly planned the attack on the church.",
                 "Police arrested three men allegedly involved in the bombing."):
        assert _first(extractor, text, "ARREST").verification is None, text
