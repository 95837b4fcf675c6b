"""Headlines in Title Case (and in capitals) read as the same headline in sentence case: the model takes a run of
capitalised words for one name and finds no verb, so the words the lemmatizer knows are lowered for the parse,
while the names the case file and the gazetteer know keep their capitals."""

from datetime import date

import pytest

from tangible.nlp.headlines import in_title_case

PUB = date(2025, 3, 4)


def reading(extractor, text: str) -> set[tuple]:
    return {(m.type, m.modality, m.source.id if m.source else None) for m in extractor.extract("h", text, PUB)}


@pytest.mark.parametrize("title, sentence", [
    ("Suicide Bomber Kills Nine At Police Post In Bannu", "Suicide bomber kills nine at police post in Bannu"),
    ("Islamabad Urges Kabul To Dismantle TTP Hideouts", "Islamabad urges Kabul to dismantle TTP hideouts"),
    ("Afghan Taliban Pledge Not To Let Militants Use Their Territory",
     "Afghan Taliban pledge not to let militants use their territory"),
    ("Roadside Bomb Wounds Four Frontier Corps Soldiers In Kech", "Roadside bomb wounds four Frontier Corps soldiers in Kech"),
    ("Gunmen Shoot Dead Two Polio Workers In Mardan", "Gunmen shoot dead two polio workers in Mardan"),
])
def test_title_case_reads_as_sentence_case(extractor, title, sentence):
    assert reading(extractor, title) == reading(extractor, sentence)
    assert reading(extractor, title), title


def test_capitals_read_as_sentence_case(extractor):
    caps = "ISLAMABAD ASKS KABUL TO HAND OVER TTP COMMANDERS"
    assert reading(extractor, caps) == reading(extractor, "Islamabad asks Kabul to hand over TTP commanders")
    assert ("DEMAND", "asserted", "pakistan") in reading(extractor, caps)


def test_a_promise_in_title_case_is_not_negated(extractor):
    got = reading(extractor, "Taliban Vow Not To Let Afghan Soil Be Used Against Any Neighbour")
    assert ("ASSURE", "asserted", "taliban") in got


def test_names_keep_their_capitals(extractor):
    ms = extractor.extract("h", "Security Forces Kill Six Militants In Swat Valley Raid", PUB)
    op = [m for m in ms if m.type == "OPERATION" and m.modality == "asserted"]
    assert op and op[0].source.id == "pakistan"
    assert op[0].location and op[0].location.admin1 == "Khyber Pakhtunkhwa"
    assert op[0].quantities.get("killed") == 6
    assert ms[0].sentence == "Security Forces Kill Six Militants In Swat Valley Raid"  # the document's own words


@pytest.mark.parametrize("text, title", [
    ("Militants Kill Three Soldiers Near Afghan Border", True),
    ("Police arrested three men in Quetta on Monday", False),
    # a sentence naming many people and places still has a word in lower case
    ("Army Chief General Asim Munir met Foreign Minister Amir Khan Muttaqi in Kabul", False),
    ("Two Killed", False),  # too short to tell
])
def test_title_case_is_told_from_prose(text, title):
    assert in_title_case(text) is title


@pytest.mark.parametrize("text, wounded", [
    ("Roadside bomb wounds three Levies personnel in Zhob", 3),  # a headline's present, after a compound's noun
    ("A landmine wounded two children in Bajaur", 2),
    ("A suicide bomber injured 14 worshippers at a mosque in Peshawar", 14),
])
def test_explosives_that_wound_are_attacks(extractor, text, wounded):
    attacks = [m for m in extractor.extract("w", text, PUB) if m.type == "ATTACK" and m.modality == "asserted"]
    assert attacks and attacks[0].quantities.get("wounded") == wounded


@pytest.mark.parametrize("text", [
    "Gas cylinder blast injures four in a Quetta restaurant",  # an accident
    "Shrapnel wounds were found on the bodies",
])
def test_no_attack_from_accidents_or_wounds_as_nouns(extractor, text):
    assert not any(m.type == "ATTACK" and m.modality == "asserted" for m in extractor.extract("w", text, PUB))


def test_a_name_read_as_the_verbs_modifier_is_its_subject(extractor):
    # the model tags "Pakistan" before "hands" an adjective of it, and the handover had no giver
    ms = [m for m in extractor.extract("h", "Pakistan hands over 35 Afghan detainees at Torkham", PUB)
          if m.type == "EXTRADITE"]
    assert ms and ms[0].source is not None and ms[0].source.id == "pakistan"
