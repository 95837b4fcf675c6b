"""Pledges about the soil told as a party's words, the group of those an action was taken against named in a later
sentence, attackers from across the border in Balochistan, and the place people were taken to.

- "The Taliban said Afghan soil would not be used against any country", "... said in response that Afghanistan's
  soil would not be used against any country": an ASSURE by the Taliban. "Pakistani officials said Afghan soil
  would not be used against Pakistan if Kabul acted" is none (a condition, and another state speaking).
- "Pakistani security forces killed 12 militants in North Waziristan. The army said the militants were members of
  the TTP.": the operation's target is the TTP; so is an arrest's when "the suspects were members of the BLA".
- "... attacked a checkpoint in the Zhob district. The attackers came from across the border": Zhob borders
  Afghanistan, Panjgur Iran; Balochistan as a whole borders both, and Quetta tells no origin.
- "detained 40 TTP fighters in Kunar and moved them to detention centres in Kabul": the arrest is in Kunar.
"""

from __future__ import annotations

from datetime import date

DAY = date(2024, 6, 1)


def _of(extractor, text: str, etype: str) -> list:
    return [m for m in extractor.extract("s", text, DAY) if m.type == etype and m.modality == "asserted"]


def test_a_party_saying_its_soil_will_not_be_used_assures(extractor):
    for text in ("The Taliban said Afghan soil would not be used against any country.",
                 "The Taliban foreign ministry said in response that Afghanistan's soil would not be used against any "
                 "country and that it had taken serious steps against militants."):
        assures = _of(extractor, text, "ASSURE")
        assert assures and assures[0].source and assures[0].source.id == "taliban", text


def test_another_state_or_a_condition_gives_no_pledge_for_the_soil(extractor):
    text = "Pakistani officials said Afghan soil would not be used against Pakistan if Kabul acted."
    assert not _of(extractor, text, "ASSURE")


def test_the_group_of_those_acted_against_named_after_is_the_target(extractor):
    text = ("Pakistani security forces killed 12 militants in North Waziristan, the military said on Sunday. The army "
            "said the militants were members of the TTP.")
    ops = _of(extractor, text, "OPERATION")
    assert ops and ops[0].source and ops[0].source.id == "pakistan"
    assert ops[0].target and ops[0].target.id == "ttp" and "ttp" in ops[0].groups
    arrests = _of(extractor, "Police arrested five suspects in Quetta on Monday. The suspects were members of the "
                             "banned BLA, police said.", "ARREST")
    assert arrests and arrests[0].target and arrests[0].target.id == "bla"


def test_attackers_from_across_the_border_of_a_balochistan_district(extractor):
    zhob = _of(extractor, "At least 10 people were killed when militants attacked a checkpoint in the Zhob district "
                          "late on Monday, police said. The attackers came from across the border and fled back after "
                          "the attack, a senior police officer told AFP.", "ATTACK")
    assert zhob and zhob[0].launched_from and zhob[0].launched_from.country == "AF"
    panjgur = _of(extractor, "Militants attacked an FC post in Panjgur, killing four soldiers. The attackers came "
                             "from across the border, officials said.", "ATTACK")
    assert panjgur and panjgur[0].launched_from and panjgur[0].launched_from.country == "IR"
    quetta = _of(extractor, "Militants attacked a police station in Quetta, killing four. The attackers came from "
                            "across the border, officials said.", "ATTACK")
    assert quetta and quetta[0].launched_from is None


def test_the_place_people_were_taken_to_is_not_the_arrests(extractor):
    arrests = _of(extractor, "Taliban forces detained 40 TTP fighters in Kunar and moved them to detention centres in "
                             "Kabul.", "ARREST")
    assert arrests and arrests[0].location and arrests[0].location.admin1 == "Kunar"


CTD = ("PESHAWAR: The Counter Terrorism Department (CTD) on Wednesday said it had arrested a suicide bomber and his "
       "facilitator in Peshawar and foiled a plot to attack a religious gathering. The suspects were affiliated with the "
       "Islamic State Khorasan Province, the CTD said. A suicide vest and hand grenades were recovered from them.")


def test_the_suspects_group_is_every_recent_actions_target(extractor):
    ms = extractor.extract("c", CTD, DAY)
    actions = [m for m in ms if m.type in ("ARREST", "DISMANTLE") and m.modality == "asserted"]
    assert {m.type for m in actions} == {"ARREST", "DISMANTLE"}
    assert all(m.target and m.target.id == "iskp" for m in actions)


def test_the_people_arrested_are_counted_by_the_arrest_alone(extractor):
    ms = extractor.extract("c", CTD, DAY)
    assert [m.quantities.get("arrested") for m in ms if m.type == "ARREST"] == [2]
    assert not any("arrested" in m.quantities for m in ms if m.type == "DISMANTLE")
