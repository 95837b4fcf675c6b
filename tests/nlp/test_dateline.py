"""Datelines are left out of the first sentence; handovers, relocations and passive group victims."""

from datetime import date

import pytest

from tangible.nlp.dateline import body_start, find_dateline


@pytest.mark.parametrize("text,place,credit", [
    ("KABUL, Nov 16 (Kabul Daily Monitor) – Taliban forces detained four men.", "KABUL", "Kabul Daily Monitor"),
    ("DERA ISMAIL KHAN, Dec. 5, 2026 (Indus Wire Service) - Gunmen stormed a post.", "DERA ISMAIL KHAN",
     "Indus Wire Service"),
    ("PESHAWAR, Pakistan, Dec 4 (Reuters) — Police said.", "PESHAWAR", "Reuters"),
    ("QUETTA (AFP) - The blast.", "QUETTA", "AFP"),
    ("ISLAMABAD, 16 November: The ministry said.", "ISLAMABAD", None),
])
def test_datelines_found(text, place, credit):
    d = find_dateline(text)
    assert d is not None and d.place == place and d.credit == credit
    assert text[d.end:d.end + 1].isupper()


@pytest.mark.parametrize("text", [
    "TTP militants killed three soldiers.",
    "BLA: the group said it was behind the attack.",
    "The IS-K suicide bombing killed eleven people.",
])
def test_ordinary_sentences_have_no_dateline(text):
    assert find_dateline(text) is None
    assert body_start(text, 0, len(text)) == 0


def test_dateline_is_not_place_or_actor(extractor):
    text = ("ASADABAD, Dec 4 (Kabul Daily Monitor) – Taliban forces killed five Pakistani Taliban fighters "
            "in a raid on a hideout in Kunar's Shigal district on Thursday.")
    ms = [m for m in extractor.extract("d", text, date(2026, 12, 4)) if m.type == "OPERATION"]
    assert ms, "the raid is found"
    m = ms[0]
    assert m.sentence.startswith("Taliban forces")
    assert text[m.char_span[0]:m.char_span[1]] == m.sentence
    assert m.location is not None and m.location.name != "Kabul" and m.location.admin1 is not None
    assert m.source is not None and m.source.id == "taliban"
    assert not any(x.type == "ATTACK" and x.modality == "asserted" for x in extractor.extract("d", text, date(2026, 12, 4)))


@pytest.mark.parametrize("sentence,etype", [
    ("Afghan authorities handed four Pakistani Taliban suspects over to Pakistan at the Torkham border crossing "
     "on Monday, officials said.", "EXTRADITE"),
    ("Four TTP suspects were transferred to Pakistani custody at Torkham on Monday.", "EXTRADITE"),
    ("The Taliban moved about forty Turkistan Islamic Party members and their families out of the Wakhan corridor "
     "on Wednesday, residents said.", "RESTRICT"),
    ("Three police constables were martyred when khawarij opened fire on a police post in Dera Ismail Khan on "
     "Saturday.", "ATTACK"),
    ("A night operation by the de facto authorities against a TTP compound in Kunar on Thursday left five "
     "militants dead.", "OPERATION"),
])
def test_new_asserted_actions(extractor, sentence, etype):
    got = {(m.type, m.modality) for m in extractor.extract("d", sentence, date(2026, 12, 10))}
    assert (etype, "asserted") in got


@pytest.mark.parametrize("sentence", [
    "The talks moved to Doha on Monday.",
    "Police moved the bodies to the district hospital.",
    "The bank transferred the funds to a new account.",
])
def test_move_and_transfer_need_people_leaving_or_custody(extractor, sentence):
    got = {m.type for m in extractor.extract("d", sentence, date(2026, 12, 10))}
    assert not got & {"RESTRICT", "EXTRADITE"}


def test_group_killed_in_operation_is_target_not_attacker(extractor):
    s = "Eight khawarij were killed in an intelligence-based operation in Mamund, Bajaur, on Thursday."
    ms = extractor.extract("d", s, date(2026, 12, 18))
    assert not any(m.type == "ATTACK" for m in ms)
    op = next(m for m in ms if m.type == "OPERATION")
    assert op.target is not None and op.target.id == "ttp"
    assert op.source is None or op.source.id != "ttp"


def test_denied_relocation_is_negated_not_asserted(extractor):
    s = ("The Islamic Emirate's spokesman rejected reports that Turkistan Islamic Party members had been moved "
         "from Wakhan.")
    ms = extractor.extract("d", s, date(2026, 12, 12))
    assert any(m.type == "DENY" for m in ms)
    assert not any(m.type == "RESTRICT" and m.modality == "asserted" for m in ms)


def test_place_of_the_speaker_is_not_the_event_place(extractor):
    s = ("At least 12 suspected members of the Pakistani Taliban were taken into custody in Kunar on Monday, "
         "security sources in Peshawar said.")
    m = next(m for m in extractor.extract("d", s, date(2026, 11, 17)) if m.type == "ARREST")
    assert m.location is not None and m.location.name == "Kunar"
    m2 = next(m for m in extractor.extract("d", "Quetta police said they arrested two men.", date(2026, 11, 17))
              if m.type == "ARREST")
    assert m2.location is not None and m2.location.name == "Quetta"


def test_men_wanted_for_attacks_is_no_demand(extractor):
    s = ("The Taliban administration transferred three men wanted for attacks in Khyber Pakhtunkhwa to Pakistan "
         "at Torkham on Saturday, Pakistani officials said.")
    got = {(m.type, m.modality) for m in extractor.extract("d", s, date(2026, 11, 21))}
    assert ("EXTRADITE", "asserted") in got
    assert not any(t == "DEMAND" for t, _ in got)


def test_a_place_in_capitals_before_a_colon_is_a_dateline_only_where_it_is_a_place():
    places = {"PESHAWAR", "DERA ISMAIL KHAN"}
    found = find_dateline("PESHAWAR: At least seven soldiers were martyred on Tuesday.", places.__contains__)
    assert found is not None and found.place == "PESHAWAR"
    assert find_dateline("DERA ISMAIL KHAN: Two policemen were shot dead.", places.__contains__) is not None
    assert find_dateline("BLA: The group said its fighters carried out the attack.", places.__contains__) is None
    assert find_dateline("PESHAWAR: At least seven soldiers were martyred on Tuesday.") is None  # no gazetteer
