"""A clause of time hung on a verb of telling, places called suspected, and deeds charged to someone as a record.

- "..., two security officials told Reuters, a week after a suicide bombing killed seven soldiers in North
  Waziristan": the parse makes the bombing the complement of "told", as if the officials had told Reuters to
  kill; it is a deed reported, not one asked for. "Pakistan told Kabul to arrest the militants" is still a demand.
- "strikes on suspected hideouts of the TTP": the places are suspected, not the TTP of the bombing told beside
  them; nor is the TTP, whom the strikes hit, the bombing's target. "Suspected TTP militants attacked ..." still
  names the suspected doer.
- "He was responsible for several bombings in Mazar-i-Sharif", "a commander wanted in dozens of attacks": deeds
  charged to someone, none of them told. "The man was responsible for the bombing in Quetta" is one.
"""

from __future__ import annotations

from datetime import date

DAY = date(2024, 12, 24)
STRIKES = ("ISLAMABAD: Pakistani fighter jets carried out strikes on suspected hideouts of the Tehreek-e-Taliban "
           "Pakistan in Afghanistan's Paktika province early on Tuesday, two security officials told Reuters, a week "
           "after a suicide bombing killed seven soldiers in North Waziristan.")


def _of(extractor, text: str, etype: str) -> list:
    return [m for m in extractor.extract("t", text, DAY) if m.type == etype]


def test_a_deed_told_after_a_verb_of_telling_is_reported_not_asked(extractor):
    bombing = _of(extractor, STRIKES, "ATTACK")
    assert [m.modality for m in bombing] == ["asserted"]
    assert bombing[0].quantities.get("killed") == 7
    assert bombing[0].location and bombing[0].location.admin1 == "Khyber Pakhtunkhwa"


def test_a_party_told_to_act_is_still_asked(extractor):
    arrests = _of(extractor, "Pakistan told Kabul to arrest the militants before they attack again.", "ARREST")
    assert arrests and all(m.modality == "demanded" for m in arrests)


SUSPECTED = ("Pakistani fighter jets carried out strikes on suspected hideouts of the TTP in Paktika province on "
             "Tuesday, a week after a suicide bombing killed seven soldiers in North Waziristan.")


def test_suspected_hideouts_suspect_no_group_of_the_deed_beside_them(extractor):
    bombing = _of(extractor, SUSPECTED, "ATTACK")[0]
    assert bombing.source is None and bombing.perpetrator_basis is None
    assert bombing.target is None or bombing.target.id != "ttp"
    strikes = _of(extractor, SUSPECTED, "OPERATION")
    assert strikes and strikes[0].source and strikes[0].source.id == "pakistan"
    assert strikes[0].target and strikes[0].target.id == "ttp"


def test_suspected_militants_are_still_the_suspected_doers(extractor):
    attack = _of(extractor, "Suspected TTP militants attacked a police station in Bannu, killing two constables.",
                 "ATTACK")
    assert attack and attack[0].source and attack[0].source.id == "ttp"
    assert attack[0].perpetrator_basis == "suspected"


def test_deeds_charged_as_a_record_are_no_event(extractor):
    text = ("KABUL: Taliban intelligence forces have detained a senior Islamic State commander in the northern "
            "province of Balkh, a spokesman said. He was responsible for several bombings in Mazar-i-Sharif.")
    ms = extractor.extract("r", text, DAY)
    assert not [m for m in ms if m.type == "ATTACK" and m.modality == "asserted"]
    assert [m for m in ms if m.type == "ARREST" and m.modality == "asserted"]
    for record in ("The militant was involved in several attacks in Quetta, police said.",
                   "Police arrested a TTP commander wanted in dozens of attacks on security forces in Peshawar."):
        assert not [m for m in _of(extractor, record, "ATTACK") if m.modality == "asserted"], record


def test_one_deed_charged_is_an_event(extractor):
    ms = _of(extractor, "Police said the man was responsible for the bombing in Quetta.", "ATTACK")
    assert [m.modality for m in ms] == ["asserted"]
