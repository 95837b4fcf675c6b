"""Who speaks of a deed, what a report doubts of it, and the clauses that tell one deed or another.

Each example is written the way the region's reports put it (ISPR releases, wire leads, Afghan and Chinese media);
each was read wrongly before the rule it tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.nlp.conftest import asserted_of_type, first_asserted, modalities_of_type

PUB = date(2026, 9, 20)


def test_the_capital_officials_speak_from_is_no_place_of_the_deed(extractor):
    text = ("On 14 July 2020, Taliban militants attacked a checkpoint, killing 5 ANP. The Ministry of Interior in Kabul "
            "said the Taliban lost 7 fighters.")
    attack = first_asserted(extractor, text, "ATTACK", date(2020, 7, 15))
    assert attack.location is None
    assert attack.quantities == {"killed": 5, "attackers_killed": 7}
    arrest = first_asserted(extractor, "Officials in Kabul said police arrested three ISKP members on Monday.",
                            "ARREST", PUB)
    assert arrest.location is None
    # (local officials are where their deeds are, and a capital named where the deed was is its place)
    local = first_asserted(extractor, "Security forces killed six militants. Officials in Parachinar confirmed the "
                                      "deaths.", "OPERATION", PUB)
    assert local.location is not None and local.location.name == "Parachinar"
    there = first_asserted(extractor, "Police arrested three ISKP members in Kabul on Monday, officials said.",
                           "ARREST", PUB)
    assert there.location is not None and there.location.name == "Kabul"


@pytest.mark.parametrize("forces", ["Afghan police", "Afghan border police", "Afghan army units",
                                    "Afghan Special Forces"])
def test_the_afghan_states_forces_by_their_plain_names_are_the_taliban_after_august_2021(extractor, forces):
    text = f"{forces} detained two ISKP members near Torkham on Monday."
    after = first_asserted(extractor, text, "ARREST", date(2026, 11, 15))
    assert after.source is not None and after.source.id == "taliban"
    before = first_asserted(extractor, text, "ARREST", date(2019, 11, 15))
    assert before.source is not None and before.source.id == "afghan-republic"


def test_khawarij_of_an_ispr_release_that_names_afghans_are_the_ttp(extractor):
    text = ("Security forces conducted an intelligence based operation in Bajaur District on 18 September on reported "
            "presence of khawarij. Eight khawarij, including three Afghan nationals, were sent to hell. The presence "
            "of Afghan nationals among the khawarij clearly reflects the use of Afghan soil for terrorism against "
            "Pakistan. Pakistan expects the Interim Afghan Government to take effective action against the khawarij.")
    ops = asserted_of_type(extractor, text, "OPERATION", PUB)
    assert ops and all(m.groups == ["ttp"] for m in ops)
    # (in the Taliban's words in an Afghan report they are Islamic State's)
    afghan = first_asserted(extractor, "The Islamic Emirate forces arrested five Kharijites in Nangarhar.",
                            "ARREST", PUB)
    assert afghan.groups == ["iskp"]


def test_islamic_state_is_read_where_the_report_is_whoever_speaks(extractor):
    text = ("Afghan security forces have arrested three Islamic State militants in Kabul, the Chinese embassy in Kabul "
            "said on Friday.")
    assert first_asserted(extractor, text, "ARREST", PUB).groups == ["iskp"]
    ispr = first_asserted(extractor, "Pakistani jets struck khwarij hideouts in Khost, the ISPR said.", "OPERATION",
                          PUB)
    assert ispr.groups == ["ttp"]


def test_the_country_attackers_crossed_from_is_no_actor(extractor):
    text = ("CHITRAL: Three soldiers were martyred when terrorists who crossed from Afghanistan's Nuristan province "
            "attacked a border post in the Arandu area of Lower Chitral on Wednesday, security officials said.\n\n"
            "According to the ISPR, a large group of khawarij belonging to the Tehreek-e-Taliban Pakistan entered "
            "from the Afghan side and attacked the post.")
    attacks = asserted_of_type(extractor, text, "ATTACK", date(2027, 4, 22))
    assert attacks and all(m.source is None or m.source.id != "taliban" for m in attacks)
    assert len({m.event for m in attacks}) == 1
    assert attacks[0].source is not None and attacks[0].source.id == "ttp"


def test_an_unverified_claim_leaves_the_attack_it_names_told(extractor):
    text = ("Two police constables were martyred when unidentified terrorists attacked a checkpost in Lakki Marwat on "
            "Thursday. The TTP claimed responsibility for the attack on its social media channels, but the claim could "
            "not be independently verified.")
    attacks = asserted_of_type(extractor, text, "ATTACK", PUB)
    assert attacks and all(m.verification is None for m in attacks)
    assert attacks[0].perpetrator_basis == "claimed"
    # an attack known only from the claim stays unverified
    only = first_asserted(extractor, "The TTP claimed it killed five soldiers in an attack in Tank on Thursday, but the "
                                     "claim could not be independently verified.", "ATTACK", PUB)
    assert only.verification == "unverified"


def test_doubt_of_who_the_men_were_is_no_doubt_of_their_arrest(extractor):
    text = ("The family of one of three men detained by Taliban intelligence in Kabul this week confirmed to Amu TV "
            "that he was arrested in a night raid on Wednesday. The Taliban's intelligence agency said the men were "
            "members of the Islamic State Khorasan Province. Amu TV could not confirm the men's affiliation with the "
            "group.")
    arrests = asserted_of_type(extractor, text, "ARREST", PUB)
    assert arrests and all(m.verification is None for m in arrests)
    doubted = first_asserted(extractor, "Taliban intelligence detained three men in Kabul on Wednesday, the "
                                        "agency said. Amu TV could not confirm the arrests.", "ARREST", PUB)
    assert doubted.verification == "unverified"


@pytest.mark.parametrize("text", [
    "A bomb exploded near a girls' school in Mohmand district on Thursday night. No casualties were reported in the "
    "blast, police said.",
    "A bomb exploded near a police post in Bannu on Thursday. No one was hurt in the blast.",
])
def test_harm_denied_of_a_blast_leaves_the_blast_told(extractor, text):
    attacks = [m for m in extractor.extract("b", text, PUB) if m.type == "ATTACK"]
    assert attacks and all(m.modality == "asserted" for m in attacks)


def test_no_attack_reported_is_none(extractor):
    assert not asserted_of_type(extractor, "No attack was reported in the district on Thursday.", "ATTACK", PUB)


@pytest.mark.parametrize("text, etype", [
    ("Neither the Taliban nor Pakistani authorities have seized any weapons from the group since the ceasefire "
     "collapsed, the report noted.", "DISMANTLE"),
    ("Neither Kabul nor Islamabad has arrested anyone over the attack.", "ARREST"),
    ("Neither side has detained any militants.", "ARREST"),
])
def test_a_deed_neither_party_did_is_not_done(extractor, text, etype):
    modalities = modalities_of_type(extractor, text, etype, PUB)
    assert "asserted" not in modalities and "negated" in modalities


def test_a_step_coordinated_with_a_demanded_purpose_is_demanded_too(extractor):
    text = ("China called on the Afghan interim government to take resolute measures to crack down on ETIM and "
            "dismantle its networks, Xinhua reported.")
    assert not asserted_of_type(extractor, text, "DISMANTLE", PUB)
    assert asserted_of_type(extractor, text, "DEMAND", PUB)
    # (a past tense coordinated with the measures' own verb is done)
    done = "The Taliban have taken measures to stop attacks and dismantled two camps."
    assert asserted_of_type(extractor, done, "DISMANTLE", PUB)


def test_an_arrest_coordinated_with_a_searchs_purpose_is_made(extractor):
    text = ("Taliban officials said security forces had launched an operation to find the abductors and arrested two "
            "suspects.")
    arrest = first_asserted(extractor, text, "ARREST", PUB)
    assert arrest.quantities.get("arrested") == 2
    # (the search that made the arrest is no operation of its own)
    assert not asserted_of_type(extractor, text, "OPERATION", PUB)


def test_deeds_of_two_clauses_each_with_its_own_time_keep_their_own_day_and_place(extractor):
    text = ("Their forces killed four ISKP militants in Jalalabad on April 4, and in November 2026 they announced the "
            "arrest of 12 ISKP suspects in Herat.")
    published = date(2027, 5, 22)
    op = first_asserted(extractor, text, "OPERATION", published)
    arrest = first_asserted(extractor, text, "ARREST", published)
    assert op.date == date(2027, 4, 4) and op.location is not None and op.location.name == "Jalalabad"
    assert arrest.date is not None and (arrest.date.year, arrest.date.month) == (2026, 11)
    assert arrest.location is not None and arrest.location.name == "Herat"
    # (two deeds of one time share it and the sentence's place)
    one = "Militants attacked a post in Bannu on Monday, and troops killed five of them."
    assert len({m.date for m in extractor.extract("o", one, PUB) if m.modality == "asserted"}) == 1


@pytest.mark.parametrize("text, etype, day", [
    ("The Taliban spokesman said on Monday that security forces arrested four ISKP members during a night raid on "
     "Sunday in Kunduz.", "ARREST", date(2027, 6, 6)),
    ("Mujahid on Sunday said Pakistani aircraft bombed a house in Paktika late on Saturday.", "OPERATION",
     date(2027, 6, 5)),
    # (one day named: the deed told on it is of it)
    ("Police said on Monday they had arrested three suspects in Quetta.", "ARREST", date(2027, 6, 7)),
])
def test_of_two_days_named_the_deeds_is_its_own_phrases(extractor, text, etype, day):
    assert first_asserted(extractor, text, etype, date(2027, 6, 10)).date == day


@pytest.mark.parametrize("text, killed", [
    ("A bomb killed five people in Quetta on Monday. Three of the injured died in hospital, bringing the death toll "
     "to eight.", 8),
    ("A bomb killed four people in Quetta on Monday. One more victim died on Tuesday, taking the death toll to five.", 5),
    ("A bomb killed seven people in Quetta on Monday. The death toll rose to 11.", 11),
])
def test_a_toll_brought_or_taken_to_a_figure_is_the_events_dead(extractor, text, killed):
    assert first_asserted(extractor, text, "ATTACK", date(2027, 6, 10)).quantities.get("killed") == killed


def test_reports_of_a_practice_tell_no_deed(extractor):
    text = "UNAMA said it was concerned by continued reports of arbitrary detention of former officials in Khost."
    assert not asserted_of_type(extractor, text, "ARREST", PUB)
    assert asserted_of_type(extractor, "Police confirmed the detention of three TTP members in Kunar.", "ARREST", PUB)
