"""A deed an answer names by whose it was, and the earlier deeds of the people a report acted against (sentences
written in the manner of Afghan press reports of 2024)."""

from datetime import date

from tests.nlp.conftest import asserted_violence

DAY = date(2024, 12, 30)


def test_the_deed_an_answer_names_by_its_doer_is_that_doers_told_before(extractor):
    text = ("Pakistani jets bombed villages in Barmal district of Paktika on Tuesday, killing 46 people, the Taliban "
            "said. On Saturday, the Taliban's defence ministry said its forces had targeted several points beyond the "
            "hypothetical line in retaliation for the Pakistani bombing in Paktika.")
    ms = asserted_violence(extractor, text, DAY)
    answer = [m for m in ms if m.trigger == "targeted"]
    assert answer and (answer[0].type, answer[0].source.id) == ("OPERATION", "taliban")
    named_again = [m for m in ms if m.trigger == "bombing"]
    strike = [m for m in ms if m.trigger == "bombed"]
    assert named_again and (named_again[0].type, named_again[0].source.id) == ("OPERATION", "pakistan")
    assert named_again[0].event == strike[0].event != answer[0].event
    assert answer[0].quantities.get("killed") is None


def test_the_deed_the_people_acted_against_were_behind_is_theirs_and_earlier(extractor):
    text = ("Security forces of the Islamic Emirate killed eight members of Daesh in raids in Kabul and Nimroz, the "
            "interior ministry said. According to the spokesman, the militants were behind the attack on the Foreign "
            "Ministry and the assault on a hotel in Shahr-e-Naw.")
    ms = asserted_violence(extractor, text, DAY)
    raid = [m for m in ms if m.trigger == "killed"][0]
    attack = [m for m in ms if m.trigger == "attack"][0]
    assert attack.type == "ATTACK" and attack.event != raid.event
    assert not attack.quantities.get("killed")


def test_a_group_behind_the_attack_told_is_its_perpetrator(extractor):
    text = "A suicide bomber killed 20 people at a mosque in Peshawar. Officials said the TTP was behind the attack."
    ms = asserted_violence(extractor, text, DAY)
    assert len({m.event for m in ms}) == 1
    assert {(m.source.id, m.perpetrator_basis) for m in ms} == {("ttp", "blamed")}
