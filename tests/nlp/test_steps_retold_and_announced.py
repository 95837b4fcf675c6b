"""Steps against armed groups as the region's reports tell them: handed over or moved by a noun that counts the men,
retold as done before, announced, or asked about; and the day a report's statements give, which is not the deed's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.nlp.conftest import asserted_of_type, first_asserted, modalities_of_type

PUB = date(2026, 11, 15)


def test_a_group_of_militants_handed_over_is_an_extradition(extractor):
    text = ("Chinese and Afghan officials said the Taliban had handed over a group of Uyghur militants belonging to the "
            "Turkistan Islamic Party to China earlier this month.")
    handover = first_asserted(extractor, text, "EXTRADITE", PUB)
    assert handover.source is not None and handover.source.id == "taliban" and handover.groups == ["etim"]
    assert not asserted_of_type(extractor, "The Taliban handed over a batch of documents to China.", "EXTRADITE", PUB)


@pytest.mark.parametrize("text", [
    "Taliban authorities have removed Uyghur fighters of the East Turkestan Islamic Movement from Badakhshan and "
    "resettled them in other provinces, according to the latest UN Monitoring Team report.",
    "The Taliban resettled ETIM fighters in Baghlan.",
])
def test_a_groups_fighters_removed_or_resettled_are_restricted(extractor, text):
    step = first_asserted(extractor, text, "RESTRICT", PUB)
    assert step.groups == ["etim"]


@pytest.mark.parametrize("text", [
    "Rescuers removed the injured from the site.",
    "The government removed the ban on the TTP.",
    "The court revoked the ban on the group.",
])
def test_people_removed_or_a_ban_undone_is_no_restriction(extractor, text):
    assert not asserted_of_type(extractor, text, "RESTRICT", PUB)


def test_asking_whether_a_step_was_taken_is_no_demand(extractor):
    text = "Analysts asked whether the relocation of TTP fighters away from the border had actually taken place."
    assert not asserted_of_type(extractor, text, "DEMAND", PUB)
    assert not asserted_of_type(extractor, text, "RESTRICT", PUB)
    assert asserted_of_type(extractor, "Pakistan asked Kabul to arrest the TTP leaders.", "DEMAND", PUB)


def test_the_day_a_party_spoke_of_a_known_attack_is_not_the_attacks(extractor):
    text = ("The Islamic Emirate's spokesman Zabihullah Mujahid on Tuesday rejected Pakistan's claims that the attack in "
            "Bannu was planned in Afghanistan, saying Afghan soil is not used against any country. Pakistan's military "
            "had said on Monday that the militants who attacked the Bannu cantonment had crossed from Afghanistan and "
            "that the attack was planned there.")
    attacks = asserted_of_type(extractor, text, "ATTACK", date(2026, 9, 20))
    assert attacks and all(m.date is None for m in attacks)
    # (a deed the party tells of on that day is dated by it)
    told = first_asserted(extractor, "Police said on Monday they had arrested three suspects in Quetta.", "ARREST",
                          date(2026, 9, 20))
    assert told.date == date(2026, 9, 14)


def test_a_trend_of_attacks_is_no_attack(extractor):
    for text in ("Attacks in Balochistan, mostly claimed by the BLA, have increasingly targeted Punjabi labourers and "
                 "Chinese interests.", "Militants have increasingly targeted police in Khyber Pakhtunkhwa."):
        assert not asserted_of_type(extractor, text, "ATTACK", PUB)
    assert asserted_of_type(extractor, "Militants attacked a police post in Bannu on Monday.", "ATTACK", PUB)


def test_an_offensive_announced_is_to_come(extractor):
    for text in ("The surge follows the TTP's announcement of a spring offensive earlier in the year.",
                 "The TTP announced a new offensive against security forces on Monday."):
        ms = [m for m in extractor.extract("o", text, PUB) if m.type in ("ATTACK", "OPERATION")]
        assert ms and all(m.modality == "future" for m in ms)
    assert asserted_of_type(extractor, "The army launched an offensive in North Waziristan on Monday.", "OPERATION",
                            PUB)


def test_a_cell_arrested_is_no_count_of_one(extractor):
    arrest = first_asserted(extractor, "The directorate said it had arrested a Daesh cell in Baghlan.", "ARREST", PUB)
    assert "arrested" not in arrest.quantities
    one = first_asserted(extractor, "Police arrested a militant in Quetta.", "ARREST", PUB)
    assert one.quantities.get("arrested") == 1


def test_a_step_retold_as_done_before_places_no_step_of_the_report(extractor):
    text = ("KABUL, Sept. 17 (Xinhua) -- Afghanistan's caretaker government has handed over two ETIM members to China, "
            "a source with the Afghan Ministry of Interior told Xinhua on Thursday. The handover took place last week "
            "at a border crossing, the source said. The Taliban had earlier relocated ETIM fighters away from the "
            "border areas of Badakhshan, according to previous UN reports.")
    handover = first_asserted(extractor, text, "EXTRADITE", date(2026, 9, 17))
    assert handover.location is None or handover.location.admin1 != "Badakhshan"


def test_members_of_an_arrested_cell_detained_where_the_cell_was_are_its_arrest(extractor):
    text = ("The Islamic Emirate's intelligence directorate said on Wednesday that it had arrested a Daesh cell "
            "responsible for the attack on a Sufi shrine in Baghlan province last year. Six members of the cell were "
            "detained in raids in Kunduz and Baghlan, the directorate said in a statement.")
    arrests = asserted_of_type(extractor, text, "ARREST", date(2026, 9, 20))
    assert len({m.event for m in arrests}) == 1
    assert arrests[0].quantities.get("arrested") == 6
    # (a deed in another place that is not named with the first is another event)
    apart = "Militants attacked a police post in Tank on Monday. In Kohat, a roadside bomb wounded three soldiers."
    assert len({m.event for m in asserted_of_type(extractor, apart, "ATTACK", date(2026, 9, 20))}) == 2


@pytest.mark.parametrize("text, etype", [
    ("It is imperative that Kabul dismantle the terrorist sanctuaries on its territory, the Foreign Office said.",
     "DISMANTLE"),
    ("It is essential that the Taliban arrest the commanders.", "ARREST"),
])
def test_what_is_imperative_that_a_party_do_is_asked_of_it(extractor, text, etype):
    modalities = modalities_of_type(extractor, text, etype, PUB)
    assert "asserted" not in modalities and "demanded" in modalities


def test_steps_expected_of_a_party_are_not_taken(extractor):
    text = ("The expected steps include the relocation of TTP families from border districts, a crackdown on training "
            "camps and the freezing of the group's financial channels.")
    assert not [m for m in extractor.extract("x", text, PUB) if m.modality == "asserted"
                and m.type in ("RESTRICT", "OPERATION", "FINANCE")]
    taken = "The steps taken include the relocation of TTP families from border districts."
    assert asserted_of_type(extractor, taken, "RESTRICT", PUB)


def test_the_day_a_state_condemned_a_known_attack_is_not_the_attacks(extractor):
    text = ("New Delhi: India on Thursday condemned the suicide attack in Kabul that killed six people, saying terrorism "
            "in any form was unacceptable. The attack on Tuesday, claimed by the Islamic State Khorasan Province, "
            "targeted a Taliban-run ministry.")
    attacks = asserted_of_type(extractor, text, "ATTACK", date(2027, 6, 10))
    assert len({m.event for m in attacks}) == 1
    assert all(m.date == date(2027, 6, 8) for m in attacks)
    assert attacks[0].quantities.get("killed") == 6


def test_gerunds_listed_as_possible_steps_are_not_taken(extractor):
    text = ("Possible steps under discussion include freezing TTP-linked accounts, relocating fighters away from the "
            "border and extraditing wanted commanders.")
    assert not [m for m in extractor.extract("p", text, PUB) if m.modality == "asserted"
                and m.type in ("FINANCE", "RESTRICT", "EXTRADITE")]


def test_what_it_is_high_time_a_party_did_is_asked_of_it(extractor):
    text = ("It is high time that the Taliban regime dismantled TTP sanctuaries on its soil, the Foreign Office "
            "spokesperson told the weekly briefing.")
    modalities = modalities_of_type(extractor, text, "DISMANTLE", PUB)
    assert "asserted" not in modalities and "demanded" in modalities
