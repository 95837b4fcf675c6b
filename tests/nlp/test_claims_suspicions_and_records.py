"""Who did it and what happened, as briefs and headlines tell it: a headline's claim, a suspicion of the deed a noun
names, a group believed responsible, a group's record beside its new deed, a blast that harmed no one, and the places
a report names beside the event's (where the victim lived, the province a force is named for)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.nlp.conftest import asserted_of_type

PUB = date(2015, 6, 1)
PUB_2020 = date(2020, 7, 2)


def attacks(extractor, text, published=PUB):
    return asserted_of_type(extractor, text, "ATTACK", published)


@pytest.mark.parametrize("headline, group", [
    ("SRA claims blast at NADRA office in Karachi.", "sra"),
    ("SRA claims blast at NADRA office in Karachi; no casualties.", "sra"),
    ("BLA claims attack on FC convoy in Kech; 2 killed.", "bla"),
])
def test_a_headlines_claim_is_the_groups_deed(extractor, headline, group):
    found = attacks(extractor, headline)
    assert found and all(m.source and m.source.id == group for m in found), headline
    assert found[0].perpetrator_basis == "claimed"


def test_a_claim_read_as_a_noun_needs_a_deed_after_it(extractor):
    # "claims" the plural of a claim, not a verb: nothing is claimed here, and no attack is told
    assert not attacks(extractor, "Government rejects TTP claims of ceasefire.")


def test_the_group_suspected_in_a_killing_a_noun_names(extractor):
    found = attacks(extractor, "Police suspect Lashkar-e-Jhangvi in the killing of a Shia doctor in Karachi's "
                               "Gulshan-e-Iqbal area on Monday.")
    assert found and found[0].source.id == "lashkar-e-jhangvi" and found[0].perpetrator_basis == "suspected"
    assert found[0].location.admin1 == "Sindh"
    suspected = attacks(extractor, "Police suspected the BLA of the bombing of a train in Sibi.")
    assert suspected and suspected[0].source.id == "bla"


def test_a_group_believed_responsible_is_suspected(extractor):
    found = attacks(extractor, "On 1 July 2020, a car bomb struck an NDS office in Aybak city (Samangan province), "
                               "killing 9. Taliban fighters were believed responsible.", PUB_2020)
    assert found and found[0].source.id == "taliban" and found[0].perpetrator_basis == "suspected"
    raised = attacks(extractor, "A bomb exploded near a police van in Quetta, killing two. The attack was believed "
                                "to be carried out by SRA.")
    assert raised and {m.perpetrator_basis for m in raised} == {"suspected"} and raised[0].source.id == "sra"
    doubted = attacks(extractor, "A bomb exploded near a police van in Quetta, killing two. The TTP was not believed "
                                 "responsible.")
    assert doubted and not any(m.source and m.source.id == "ttp" for m in doubted)


@pytest.mark.parametrize("text, killed", [
    ("Lashkar-e-Jhangvi, which has killed hundreds of Hazaras in Quetta, attacked a Hazara-owned shop on Jinnah Road, "
     "killing 2.", 2),
    ("The TTP, which has killed thousands of people since 2007, attacked a checkpoint in Bannu, killing three "
     "soldiers.", 3),
])
def test_a_groups_record_is_not_its_new_deed(extractor, text, killed):
    found = attacks(extractor, text)
    assert found and {m.quantities.get("killed") for m in found} == {killed}
    assert all(m.trigger_span[0] > text.index("which") + 30 for m in found)  # (not the record's "killed")


def test_the_toll_of_the_deed_itself_in_the_present_perfect_stays(extractor):
    found = attacks(extractor, "The blast, which has killed 12 people, was claimed by the TTP.")
    assert found and found[0].quantities.get("killed") == 12


@pytest.mark.parametrize("text", [
    "A cracker blast on a railway track near Jacobabad caused no casualties.",
    "A grenade attack on a police station in Peshawar caused no damage.",
])
def test_a_deed_that_harmed_no_one_happened(extractor, text):
    assert attacks(extractor, text), text


def test_a_deed_that_did_not_happen_is_still_negated(extractor):
    ms = extractor.extract("t", "The raid did not take place.", PUB)
    assert ms and all(m.modality == "negated" for m in ms)


def test_where_the_victim_lived_gives_way_to_where_the_blast_was(extractor):
    found = attacks(extractor, "On 19 April 2020, an IED exploded in Mazar-e-Sharif; the victim was a resident of "
                               "Samangan.", PUB_2020)
    assert found and found[0].location.admin1 == "Balkh"


def test_a_district_named_in_place_outweighs_the_province_a_force_is_named_for(extractor):
    found = attacks(extractor, "On 22 April 2020, Taliban killed two Khost Protection Force members in Sayed Karam "
                               "district.", PUB_2020)
    assert found and found[0].location.admin1 == "Paktya"
    # (a force's province still decides between the provinces a district's name lies in)
    found = attacks(extractor, "On 22 April 2020, Taliban killed two Kandahar police officers in Arghandab district.",
                    PUB_2020)
    assert found and found[0].location.admin1 == "Kandahar"


@pytest.mark.parametrize("text, province", [
    ("Levies personnel arrested 4 suspects in Qalat.", "Balochistan"),
    ("On 3 May 2020, Taliban attacked an ANA checkpoint in Qalat, killing 2 soldiers.", "Zabul"),
    ("On 25 March 2020, a magnetic IED killed a district official in Ghanikhel.", "Nangarhar"),
    ("On 25 March 2020, a magnetic IED killed a district official in Ghani Khel district.", "Nangarhar"),
    ("A blast near the Torkham border crossing in Khyber Agency killed 2 people.", "Khyber Pakhtunkhwa"),
    ("On 22 April 2020, Taliban attacked a checkpoint in Sayedabad district, killing two ANA soldiers.", "Wardak"),
])
def test_spellings_of_places_on_either_side_of_the_border(extractor, text, province):
    published = PUB_2020 if "2020" in text else PUB
    ms = [m for m in extractor.extract("t", text, published) if m.modality == "asserted"]
    assert ms and ms[0].location and ms[0].location.admin1 == province, text


def test_coalition_air_strikes_are_the_coalitions(extractor):
    ms = [m for m in extractor.extract("t", "On 24 April 2020, coalition air strikes targeted Taliban militants in "
                                            "Nerkh district (Wardak), killing 8 Taliban.", PUB_2020)
          if m.type == "OPERATION" and m.modality == "asserted"]
    assert ms and ms[0].source.id == "nato" and ms[0].quantities.get("killed") == 8


def test_a_range_that_opens_a_passive_gives_its_lower_figure(extractor):
    ms = [m for m in extractor.extract("t", "On 11 June 2020, between 3 and 5 militants were killed when security forces "
                                            "raided a compound in Awaran (Balochistan).", PUB_2020)
          if m.type == "OPERATION" and m.modality == "asserted"]
    assert ms and ms[0].source.id == "pakistan" and ms[0].quantities.get("killed") == 3


@pytest.mark.parametrize("text, target", [
    ("On 5 May 2020, a convoy of ANA soldiers hit a roadside mine in Tarinkot (Uruzgan), killing one soldier.",
     "afghan-republic"),
    ("A police van struck an IED in Quetta, wounding three policemen.", None),
])
def test_who_ran_into_a_mine_is_struck_not_striking(extractor, text, target):
    published = PUB_2020 if "2020" in text else PUB
    ms = [m for m in extractor.extract("t", text, published) if m.modality == "asserted"]
    assert ms and all(m.type == "ATTACK" and not (m.source and m.source.id) for m in ms), text
    assert target is None or ms[0].target.id == target
    # (an explosive that hits is still the instrument of an attack on what it hit)
    hit = attacks(extractor, "A roadside bomb hit an army vehicle in Bajaur, killing two soldiers.")
    assert hit and hit[0].quantities.get("killed") == 2


@pytest.mark.parametrize("text", [
    "On 3 February 2020, Taliban militants attacked a pro-government militia post in Qush Tepa district (Jawzjan), "
    "killing 4 militiamen.",
    "On 3 February 2020, Taliban militants killed 4 pro-government militiamen in Qush Tepa district (Jawzjan).",
])
def test_the_men_of_a_militia_beside_the_state_are_the_attacks_victims(extractor, text):
    found = attacks(extractor, text, PUB_2020)
    assert found and found[0].source.id == "taliban"
    assert found[0].quantities.get("killed") == 4 and not found[0].quantities.get("attackers_killed")
