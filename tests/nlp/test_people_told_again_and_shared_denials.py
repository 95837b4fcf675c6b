""""The arrested men" are the people an arrest told before, wherever the sentence says they trained; a demand
joined to a sentence that saw "no evidence" is still made; "Pakistani militants" are who was moved, not where."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 3, 4)

ARREST_REPORT = ("KARACHI: Counter-Terrorism Department officials on Monday arrested four suspected militants of the "
                 "banned TTP in an intelligence-based operation in Orangi Town. Explosives and two suicide vests were "
                 "recovered from their possession. He said the arrested men had received training in Afghanistan.")


def test_the_arrested_men_named_again_are_the_arrest_told_before(extractor):
    ms = [m for m in extractor.extract("p", ARREST_REPORT, PUB) if m.modality == "asserted"]
    arrests = [m for m in ms if m.type == "ARREST"]
    assert len({m.event for m in arrests}) == 1, [(m.sentence[:30], m.event) for m in arrests]
    assert all(m.location is not None and m.location.admin1 == "Sindh" for m in arrests)
    seized = [m for m in ms if m.type == "DISMANTLE"]
    assert seized and all(m.source is not None and m.source.id == "pakistan" for m in seized)


@pytest.mark.parametrize("text", [
    "Pakistan's foreign ministry said it had seen no evidence of the relocation and urged Kabul to take verifiable "
    "action against the TTP.",
    "Islamabad said it had received no assurances and asked the Taliban to hand over the TTP leadership.",
])
def test_a_demand_joined_to_a_verb_negated_by_its_object_is_made(extractor, text):
    demands = [m for m in extractor.extract("p", text, PUB) if m.type == "DEMAND"]
    assert demands and all(m.modality == "asserted" for m in demands), [(m.modality) for m in demands]


def test_a_denial_shared_by_coordinated_verbs_stays(extractor):
    arrests = [m for m in extractor.extract("p", "Kabul did not arrest or detain any TTP commanders.", PUB)
               if m.type == "ARREST"]
    assert arrests and all(m.modality == "negated" for m in arrests)


@pytest.mark.parametrize("text", [
    "The Taliban have relocated hundreds of Pakistani militants away from the border.",
    "The Taliban moved dozens of Pakistani fighters and their families away from the Durand Line.",
])
def test_a_nationality_is_no_place(extractor, text):
    ms = [m for m in extractor.extract("p", text, PUB) if m.type == "RESTRICT"]
    assert ms and all(m.location is None or m.location.country != "PK" for m in ms)


def test_a_seizure_during_the_raids_is_the_raiders(extractor):
    text = ("The Taliban's intelligence directorate said on Saturday it had arrested 30 members of the Islamic State "
            "Khorasan Province in a series of raids in Balkh province. The directorate said the detainees were "
            "planning attacks on religious gatherings. Weapons and explosive vests were seized during the raids, it "
            "said.")
    seized = [m for m in extractor.extract("p", text, PUB) if m.type == "DISMANTLE" and m.modality == "asserted"]
    assert seized and all(m.source is not None and m.source.id == "taliban" for m in seized)
