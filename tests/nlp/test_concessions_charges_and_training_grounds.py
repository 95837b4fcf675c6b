"""What a sentence concedes, what a denial answers and where people trained.

- A clause of concession ("although some members had been moved away from the border") tells what happened,
  whatever failure the main clause reports.
- A denial of a charge its own sentence makes ("..., a charge the Taliban deny") answers that charge, not a
  measure the report told before it.
- Where attackers were trained or a plot hatched is no place of the deed; it is the deed's origin.
"""

from __future__ import annotations

from datetime import date

import pytest


def _asserted(extractor, text: str, published: date) -> list:
    return [m for m in extractor.extract("c", text, published) if m.modality == "asserted"]


def test_a_conceded_step_is_asserted_despite_the_failure(extractor):
    text = ("It said the Taliban had failed to restrain the group, although some TTP members had been moved away "
            "from the border areas.")
    ms = [m for m in extractor.extract("c", text, date(2025, 7, 1)) if m.type == "RESTRICT"]
    assert ms and ms[0].modality == "asserted"


def test_a_step_the_main_clause_fails_to_take_stays_negated(extractor):
    ms = [m for m in extractor.extract("c", "The Taliban failed to arrest the TTP commanders.", date(2025, 7, 1))
          if m.type == "ARREST"]
    assert ms and ms[0].modality == "negated"


@pytest.mark.parametrize("text", [
    "The Taliban government has banned the TTP from using Afghan soil, a spokesman said. Pakistan says the TTP "
    "operates from sanctuaries in Afghanistan, a charge the Taliban deny.",
    "The Taliban government has banned the TTP from using Afghan soil, a spokesman said, after Pakistan's army chief "
    "warned Kabul of consequences. Pakistan says the TTP operates from sanctuaries in Afghanistan, a charge the "
    "Taliban deny.",
])
def test_a_denial_of_its_own_sentences_charge_leaves_the_measure(extractor, text):
    bans = [m for m in _asserted(extractor, text, date(2025, 7, 1)) if m.type == "RESTRICT"]
    assert bans and bans[0].verification is None


def test_a_denial_of_the_measure_told_before_disputes_it(extractor):
    text = ("Taliban officials said they had arrested a senior TTP commander in Khost province. The TTP denied that "
            "any of its commanders had been detained.")
    arrests = [m for m in _asserted(extractor, text, date(2025, 7, 1)) if m.type == "ARREST"]
    assert arrests and arrests[0].verification == "disputed"


def test_a_claim_dismissed_in_the_next_sentence_is_disputed(extractor):
    text = ("Kabul said its forces had arrested 20 TTP fighters in Kunar. Islamabad dismissed the claim as "
            "baseless.")
    arrests = [m for m in _asserted(extractor, text, date(2025, 7, 1)) if m.type == "ARREST"]
    assert arrests and arrests[0].verification == "disputed"


@pytest.mark.parametrize("text, place", [
    ("Interior Minister Mohsin Naqvi said the attackers who killed five Chinese engineers in Besham had been trained "
     "in Afghanistan.", "Besham"),
    ("The attackers who killed five Chinese engineers in Shangla had been trained in Afghanistan, the minister "
     "said.", "Shangla"),
])
def test_where_the_attackers_trained_is_their_origin_not_the_place(extractor, text, place):
    attacks = [m for m in _asserted(extractor, text, date(2024, 3, 30)) if m.type == "ATTACK"]
    assert attacks and attacks[0].location and attacks[0].location.name == place
    assert attacks[0].location.admin1 == "Khyber Pakhtunkhwa"
    assert attacks[0].launched_from and attacks[0].launched_from.country == "AF"
