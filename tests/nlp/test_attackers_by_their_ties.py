"""Attackers named by what ties them to a group, groups named only as present where a deed was, a group's word that
it had nothing to do with a deed, buildings wrecked by armed men, and names read by the country of the text."""

from __future__ import annotations

from datetime import date

import pytest

from tests.nlp.conftest import asserted_of_type

PUB = date(2015, 6, 30)


def attacks(extractor, text, published=PUB):
    return asserted_of_type(extractor, text, "ATTACK", published)


@pytest.mark.parametrize("text, group", [
    ("Men loyal to a TTP-affiliated commander opened fire on a police checkpost in Tank, killing two constables.", "ttp"),
    ("Activists of the proscribed outfit Jaish-e-Mohammed attacked a Shia imambargah in Rawalpindi, injuring five "
     "worshippers.", "jaish-e-mohammed"),
    ("Suspected members of the outlawed Tehreek-e-Taliban Pakistan's Swat chapter shot dead a polio vaccinator in "
     "Mingora.", "ttp"),
    ("An Ahmadi trader was killed in Lahore's Township area on Sunday, reportedly by activists of Lashkar-e-Jhangvi who "
     "had followed him from his shop.", "lashkar-e-jhangvi"),
    ("An Ahmadi doctor was shot dead in his clinic in Sheikhupura by men linked to the TTP's Punjab chapter, his family "
     "said.", "ttp"),
])
def test_people_tied_to_a_group_act_as_the_group(extractor, text, group):
    found = attacks(extractor, text)
    assert found and found[0].source.id == group, text


def test_activists_of_a_party_are_no_armed_group(extractor):
    assert not attacks(extractor, "Activists of the PTI attacked a police station in Lahore.")


@pytest.mark.parametrize("text", [
    "A bomb went off near a market in Bara, in an area where Lashkar-e-Islam is active, killing two people. No group "
    "claimed the attack.",
    "A polio worker was shot dead in Quetta's Kuchlak area, where the Taliban have been active. Police registered a "
    "case against unknown persons.",
])
def test_a_group_active_where_the_deed_was_is_not_its_doer(extractor, text):
    found = attacks(extractor, text)
    assert found and not any(m.source and m.source.id for m in found)


def test_a_group_that_had_nothing_to_do_with_the_attack(extractor):
    found = attacks(extractor, "The TTP said it had nothing to do with the attack on a polio team in Bannu, blaming "
                               "government agencies.")
    assert not any(m.source and m.source.id == "ttp" for m in found)


@pytest.mark.parametrize("text, kind", [
    ("Tehrik i Taliban militants destroyed a girls' school with explosives in Mohmand Agency overnight.", "ATTACK"),
    ("Militants destroyed two NATO supply trucks in Khyber Agency.", "ATTACK"),
    ("Security forces destroyed a militant hideout in Khyber Agency.", "DISMANTLE"),
])
def test_what_armed_men_wreck_is_their_attack(extractor, text, kind):
    got = {m.type for m in extractor.extract("t", text, PUB) if m.modality == "asserted"}
    assert kind in got and (kind == "ATTACK") == ("DISMANTLE" not in got)


def test_a_name_read_only_in_another_country(extractor):
    # "ANP" is the Afghan National Police in Afghanistan; in Karachi it is a Pakistani party
    karachi = attacks(extractor, "Two workers of the ANP were shot dead by gunmen in Karachi.")
    assert karachi and not (karachi[0].target and karachi[0].target.id == "afghan-republic")
    kunduz = attacks(extractor, "On 4 May 2015, Taliban attacked an ANP checkpoint in Kunduz, killing 3 policemen.")
    assert kunduz and kunduz[0].target.id == "afghan-republic"


@pytest.mark.parametrize("text, group", [
    ("T.T.P militants attacked a police station in Bannu with rockets, injuring three policemen.", "ttp"),
    ("Lashkar-e-Jhangavi gunmen killed two Shia doctors in a targeted attack in Karachi's Gulshan-e-Iqbal.",
     "lashkar-e-jhangvi"),
])
def test_spellings_of_groups(extractor, text, group):
    found = attacks(extractor, text)
    assert found and found[0].source.id == group


@pytest.mark.parametrize("text, group", [
    ("Unidentified gunmen, believed to be affiliated with the Baloch Liberation Army, opened fire on a Frontier Corps "
     "picket in Kalat, killing two.", "bla"),
    ("Unknown armed men, thought to belong to Lashkar-e-Jhangvi, killed a Shia lawyer in Karachi's Nazimabad.",
     "lashkar-e-jhangvi"),
])
def test_attackers_believed_tied_to_a_group_are_its_suspects(extractor, text, group):
    found = attacks(extractor, text)
    assert found and found[0].source.id == group and found[0].perpetrator_basis == "suspected"


def test_a_transliterated_name_split_at_its_hyphens_is_read_as_one_name(extractor):
    text = ("Militants of Lashkar-e-Islam fired mortar shells at FC positions in Bara tehsil, Khyber Agency. 3 FC "
            "personnel injured.")
    found = attacks(extractor, text)
    assert found and found[0].source.id == "lashkar-e-islam" and found[0].quantities.get("wounded") == 3
    # (the words keep their own text: the name is still matched as the case file spells it)
    assert found[0].groups == ["lashkar-e-islam"]


@pytest.mark.parametrize("text, group", [
    ("Some unidentified militants, suspected to be members of Lashkar-e-Islam, kidnapped and later killed two teachers "
     "in Tirah valley.", "lashkar-e-islam"),
    ("Gunmen, believed to be TTP militants, attacked a police post in Tank.", "ttp"),
])
def test_a_subject_and_what_is_believed_of_it_between_commas(extractor, text, group):
    # the verb after the phrase is the sentence's (not a clause inside it, nor the belief's own)
    found = attacks(extractor, text)
    assert found and found[0].source.id == group and found[0].perpetrator_basis == "suspected"


@pytest.mark.parametrize("text, group", [
    ("A bomb exploded near a police van in Quetta, killing four. Jeeyand Baloch, a spokesman for the group, said its "
     "fighters carried out the attack.", "bla"),
    ("Gunmen shot dead two FC personnel in Turbat. Gwahram Baloch claimed responsibility on behalf of his "
     "organisation.", "blf"),
    ("Unknown men blew up a gas pipeline in Dera Bugti. Sarbaz Baloch claimed responsibility.", "bra"),
    ("Militants attacked a check post in Bajaur. Ehsanullah Ehsan claimed responsibility.", "ttp"),
])
def test_a_claim_by_a_groups_spokesman_named_alone(extractor, text, group):
    found = attacks(extractor, text)
    assert found and found[0].source.id == group and found[0].perpetrator_basis == "claimed"
