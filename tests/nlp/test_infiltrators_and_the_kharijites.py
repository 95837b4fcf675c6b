"""ISPR's releases tell an infiltration in two sentences: the men "trying to infiltrate through the
Pakistan-Afghanistan border" in one, the fight in the next; the fight was with men from across the border. "The
khwarij" are the TTP in Pakistan's words and Islamic State's Khorasan province in the Taliban's: the state the
sentence names acting, or the country the report is about, tells which."""

from __future__ import annotations

from datetime import date

from tests.nlp.conftest import asserted_mentions, asserted_of_type, first_asserted

ISPR = ("On 28 April 2026, security forces detected the movement of a group of khwarij who were trying to infiltrate "
        "through the Pakistan-Afghanistan border in Hassan Khel area of North Waziristan District. Own troops "
        "effectively engaged the infiltrators and, after an intense exchange of fire, fourteen khwarij were sent to "
        "hell.")


def test_the_fight_with_men_crossing_the_border_comes_from_across_it(extractor):
    op = first_asserted(extractor, ISPR, "OPERATION", date(2026, 4, 29))
    assert op.launched_from is not None and op.launched_from.country == "AF", op.launched_from
    assert op.groups == ["ttp"] and op.quantities.get("killed") == 14


def test_an_operation_on_men_infiltrating_through_the_border_comes_from_across_it(extractor):
    text = ("On 17 May 2026, security forces conducted an intelligence based operation in Sambaza area of Zhob "
            "District, Balochistan on the reported presence of khwarij of Indian proxy Fitna al Khwarij who were trying "
            "to infiltrate through the Pakistan-Afghanistan border.")
    op = first_asserted(extractor, text, "OPERATION", date(2026, 5, 20))
    assert op.launched_from is not None and op.launched_from.country == "AF", op.launched_from


def test_an_infiltration_thwarted_by_killing_the_men_is_one_operation(extractor):
    text = ("On 8 March 2026, security forces observed movement of a group of khwarij who were trying to infiltrate "
            "through the Pakistan-Afghanistan border in Ghulam Khan area of North Waziristan District, according to "
            "ISPR. Own troops effectively engaged and thwarted the infiltration attempt, and resultantly, six khwarij "
            "were neutralised.")
    ms = asserted_mentions(extractor, text, date(2026, 3, 11))
    assert {m.type for m in ms} == {"OPERATION"}, ms
    assert ms[0].launched_from is not None and ms[0].launched_from.country == "AF"


def test_a_border_force_stopping_men_is_still_a_restriction(extractor):
    text = "Border forces of the Islamic Emirate stopped a group of TTP militants trying to cross into Pakistan in Kunar."
    assert asserted_of_type(extractor, text, "RESTRICT", date(2026, 5, 20))


def test_the_kharijites_the_islamic_emirate_arrests_are_islamic_states(extractor):
    text = ("KABUL (BNA): Special forces of the Ministry of Interior of the Islamic Emirate arrested four members of the "
            "Kharijite group in a night raid in Surkh Rod district of Nangarhar province, the ministry's spokesman "
            "Abdul Mateen Qani said on Monday. According to him, the detained Kharijites were involved in planning "
            "attacks on religious scholars and civilians.")
    arrests = asserted_of_type(extractor, text, "ARREST", date(2026, 5, 20))
    assert arrests and all(m.groups == ["iskp"] for m in arrests), arrests


def test_daesh_khawarij_are_islamic_states_alone(extractor):
    text = "Six Daesh khawarij were killed in a raid by Islamic Emirate forces in Chapa Dara district of Kunar."
    assert first_asserted(extractor, text, "OPERATION", date(2026, 5, 20)).groups == ["iskp"]


def test_khwarij_struck_by_pakistani_jets_in_afghanistan_are_the_ttp(extractor):
    text = "Pakistani jets struck khwarij hideouts in Afghanistan's Khost and Paktika provinces overnight."
    op = first_asserted(extractor, text, "OPERATION", date(2026, 5, 20))
    assert op.groups == ["ttp"] and op.source and op.source.id == "pakistan"


def test_khwarij_in_pakistans_words_are_the_ttp_where_both_states_are_named(extractor):
    text = ("Afghanistan's Ministry of Defense said that Islamic Emirate forces carried out retaliatory operations "
            "against Pakistani military posts in Kurram. Pakistan's ISPR said the attack by the Afghan Taliban was "
            "repulsed and that 23 Afghan Taliban fighters and khwarij were killed.")
    ms = [m for m in extractor.extract("c", text, date(2026, 3, 11)) if "ISPR" in m.sentence]
    assert ms and all("iskp" not in m.groups for m in ms), ms
    assert any("ttp" in m.groups for m in ms), ms


def test_a_headlines_counted_killed_are_the_killed_not_the_killers(extractor):
    text = ("Daesh hideout destroyed in Kunar, three Kharijites killed\nMujahideen of the Islamic Emirate conducted a "
            "successful operation against a hideout of Daesh Kharijites in Dara-e-Pech district of Kunar province last "
            "night, killing three of them including a commander named Abu Omar.")
    ms = asserted_mentions(extractor, text, date(2026, 3, 11))
    assert ms and {m.type for m in ms} == {"OPERATION"}, ms
    assert all(m.source and m.source.id == "taliban" and m.groups == ["iskp"] for m in ms), ms
