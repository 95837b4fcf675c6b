"""Who acted, as reports name them: a country's short name as its state ("Pak kills 20 militants"), a group by
the initials the region's reports use ("LI militants")."""

from __future__ import annotations

from datetime import date

import pytest

EARLY = date(2015, 6, 1)


def _deeds(extractor, text: str, day: date = EARLY):
    return [m for m in extractor.extract("w", text, day) if m.type in ("ATTACK", "OPERATION")
            and m.modality == "asserted"]


@pytest.mark.parametrize("text", [
    "Pak kills 30 militants in a crackdown after the school attack.",
    "Pak killed 12 terrorists in overnight raids, officials said.",
])
def test_pak_as_subject_is_pakistans_state(extractor, text):
    ms = _deeds(extractor, text)
    assert ms and ms[0].type == "OPERATION" and ms[0].source is not None and ms[0].source.id == "pakistan"


@pytest.mark.parametrize("text", [
    "LI militants shot dead two tribal elders in Bara, Khyber Agency.",
    "Armed LI men attacked a checkpost of the Khasadar force in Bara.",
])
def test_li_is_lashkar_e_islam(extractor, text):
    ms = _deeds(extractor, text)
    assert ms and ms[0].type == "ATTACK" and ms[0].source is not None and ms[0].source.id == "lashkar-e-islam"



@pytest.mark.parametrize("text", [
    "Five soldiers were killed in an attack on a checkpost in Chitral; it is unclear whether the TTP or ISKP "
    "carried it out.",
    "Three policemen were shot dead in Bannu; it is not known whether the TTP or Lashkar-e-Islam carried out the "
    "attack.",
])
def test_a_party_the_report_cannot_choose_is_not_the_doer(extractor, text):
    ms = _deeds(extractor, text)
    assert ms and ms[0].type == "ATTACK" and (ms[0].source is None or ms[0].source.id is None)


def test_afghani_taliban_are_the_afghan_taliban(extractor):
    # (in a report of Pakistan before August 2021 a bare "Taliban" is the TTP; the Afghan ones are named so)
    ms = _deeds(extractor, "Afghani Taliban fighters fired on a Frontier Corps post in Kurram, killing two soldiers.")
    assert ms and ms[0].source is not None and ms[0].source.id == "taliban"
