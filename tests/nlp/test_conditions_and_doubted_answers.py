"""A condition told by an auxiliary before its subject ("Should the TTP attack again, ...", "Had the Taliban arrested
the commanders, ...") or opened by an "if" the parse hangs on the main verb is no deed; a claim answered by "but"
and a party not persuaded is disputed; people handed to a state's own courts are not extradited."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


def readings(extractor, text: str, kind: str):
    return [(m.modality, m.verification) for m in extractor.extract("s", text, LATE) if m.type == kind]


@pytest.mark.parametrize(("text", "kind"), [
    ("Should the TTP attack again, Pakistan will hit back hard.", "ATTACK"),
    ("Should the militants attack the border posts again, the army will respond.", "ATTACK"),
    ("Had the Taliban arrested the commanders, the bombing would not have happened.", "ARREST"),
    ("Were the Afghan authorities to detain the TTP leaders, relations would improve.", "ARREST"),
    ("If the TTP attacks again, Pakistan will hit back hard.", "ATTACK"),
])
def test_a_condition_is_no_deed(extractor, text, kind):
    got = readings(extractor, text, kind)
    assert got and all(mod == "hypothetical" for mod, _ in got)


@pytest.mark.parametrize(("text", "kind"), [
    ("Had the army not launched the operation in 2014, the TTP would still control North Waziristan.", "OPERATION"),
    ("Security forces arrested two militants who had attacked the checkpost in Bannu.", "ARREST"),
    ("Had arrested men been freed, police said, the case would have collapsed.", "ARREST"),
])
def test_deeds_beside_a_condition_stay_asserted(extractor, text, kind):
    got = readings(extractor, text, kind)
    assert got and got[0][0] == "asserted"


@pytest.mark.parametrize(("text", "kind"), [
    ("Pakistan claimed it had frozen the assets of all designated TTP leaders, but the FATF was unconvinced.",
     "FINANCE"),
    ("Kabul insists it has arrested dozens of TTP fighters, but Pakistani officials remain sceptical.", "ARREST"),
    ("The Taliban said they had relocated the TTP fighters, but Islamabad was not convinced.", "RESTRICT"),
])
def test_a_claim_answered_by_doubt_is_disputed(extractor, text, kind):
    assert readings(extractor, text, kind) == [("asserted", "disputed")]


@pytest.mark.parametrize(("text", "kind"), [
    ("The Taliban said they had relocated the TTP fighters, and Islamabad was satisfied.", "RESTRICT"),
    ("Police said they had arrested two TTP men, but their families were sceptical of the charges.", "ARREST"),
])
def test_a_claim_not_doubted_stays_undisputed(extractor, text, kind):
    assert readings(extractor, text, kind) == [("asserted", None)]


@pytest.mark.parametrize("text", [
    "The interior ministry spokesman said the ISKP suspects had been detained and handed over to judicial authorities.",
    "The TTP suspects were handed over to the relevant judicial authorities for trial in Kabul.",
])
def test_handed_to_judicial_authorities_is_no_extradition(extractor, text):
    assert readings(extractor, text, "EXTRADITE") == []


def test_handed_to_another_states_authorities_stays_extradition(extractor):
    assert readings(extractor, "The Taliban handed over two TTP men to the Pakistani authorities at Torkham.",
                    "EXTRADITE") == [("asserted", None)]


@pytest.mark.parametrize(("text", "kind"), [
    ("The Taliban claim to have detained dozens of TTP fighters, though Pakistan has seen no evidence of it.",
     "ARREST"),
    ("Kabul says it has relocated the TTP fighters, but Islamabad has seen no evidence.", "RESTRICT"),
])
def test_a_claim_answered_by_no_evidence_is_disputed(extractor, text, kind):
    assert readings(extractor, text, kind) == [("asserted", "disputed")]


def test_no_evidence_of_something_else_leaves_the_claim_undisputed(extractor):
    assert readings(extractor, "Police said they had arrested two TTP men, but investigators have seen no evidence "
                               "of a wider plot.", "ARREST") == [("asserted", None)]


@pytest.mark.parametrize(("text", "kind", "mood"), [
    ("Pakistan listed measures including the closure of TTP camps and the arrest of commanders.", "ARREST", "demanded"),
    ("Pakistan proposed measures including the freezing of TTP assets.", "FINANCE", "demanded"),
    ("The two sides discussed steps such as the arrest of TTP leaders.", "ARREST", "hypothetical"),
])
def test_steps_set_out_or_talked_over_are_not_taken(extractor, text, kind, mood):
    assert [mod for mod, _ in readings(extractor, text, kind)] == [mood]


@pytest.mark.parametrize(("text", "kind"), [
    ("The Taliban took measures including the arrest of several TTP commanders.", "ARREST"),
    ("The Taliban have taken steps including the relocation of TTP families.", "RESTRICT"),
])
def test_steps_taken_stay_asserted(extractor, text, kind):
    assert [mod for mod, _ in readings(extractor, text, kind)] == ["asserted"]
