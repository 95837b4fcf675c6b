"""The people an attack carries off are counted: "Taliban militants abducted 5 civilians" gives an ATTACK with
``abducted: 5`` (before, the figure was dropped: only the dead, the wounded and the arrested were counted), and a
figure of arrests beside a kidnapping stays the arrest's."""

from __future__ import annotations

from datetime import date

import pytest

from tangible.ontology import QUANTITIES


def _figures(extractor, text: str, kind: str, year: int = 2020) -> list[dict]:
    return [dict(m.quantities) for m in extractor.extract("k", text, date(year, 6, 1))
            if m.type == kind and m.modality == "asserted"]


@pytest.mark.parametrize("text, n", [
    ("Around 15 June 2020, Taliban militants abducted 5 civilians in Qaysar district (Faryab).", 5),
    ("Gunmen kidnapped two engineers in Kech on Monday.", 2),
    ("Three teachers were abducted by militants in North Waziristan.", 3),
])
def test_the_people_an_attack_abducted_are_counted(extractor, text, n):
    assert any(q.get("abducted") == n for q in _figures(extractor, text, "ATTACK"))


def test_arrests_of_kidnappers_count_only_the_arrested(extractor):
    figures = _figures(extractor, "Police arrested three men who had kidnapped a child in Quetta.", "ARREST")
    assert figures == [{"arrested": 3}]


def test_the_dead_of_an_attack_are_not_abducted(extractor):
    figures = _figures(extractor, "Gunmen shot dead two policemen in Bajaur on Monday.", "ATTACK")
    assert figures and all("abducted" not in q and q.get("killed") == 2 for q in figures)


def test_the_codebook_names_the_figure():
    assert "abducted" in QUANTITIES
