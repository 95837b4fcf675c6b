"""The dead of one event, every side added, as a description in the style of a conflict-event record gives them."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2021, 3, 31)


def _event_dead(extractor, text: str) -> int:
    ms = extractor.extract("d", text, PUB)
    deed = next(m for m in ms if m.type in ("ATTACK", "OPERATION") and m.modality == "asserted")
    event = [m for m in ms if deed.event and m.event == deed.event] or [deed]
    return sum(max((m.quantities.get(k, 0) for m in event), default=0)
               for k in ("killed", "attackers_killed", "forces_killed"))


@pytest.mark.parametrize("text, dead", [
    # an acronym the model does not know, read as a verb, would lose the first group of the dead
    ("On 4 March 2021, Taliban fighters stormed a checkpoint in Khwaja Omari district (Ghazni). 5 ANDSF members and "
     "9 Taliban fighters were killed.", 14),
    # the side that lost its men: their dead add to the victims
    ("On 9 March 2021, Taliban attacked a police post in Ghormach district (Faryab), killing three policemen. "
     "The Taliban lost 6 fighters in the clash.", 9),
    # a side's lost posts are no one dead
    ("On 18 March 2021, Taliban attacked Qadis district (Badghis), killing two soldiers, and lost 5 fighters; the "
     "army lost 3 posts.", 7),
    ("On 11 March 2021, the Taliban overran an outpost in Nahrin district (Baghlan), killing 4 ALP while losing 3 "
     "of their own.", 7),
    # "both" counts two
    ("On 12 March 2021, militants opened fire on a Levies vehicle in Kohlu (Balochistan); both Levies men in it "
     "were killed.", 2),
    # a toll and the deaths that raised it are one figure
    ("On 20 March 2021, an IED struck a Levies vehicle in Naseerabad (Balochistan). A Levies man was killed and 3 "
     "others wounded. The death toll rose to 2 after one wounded Levies man died in hospital.", 2),
    # "shot" read as a noun
    ("Gunmen on a motorbike shot dead a school teacher in Swabi.", 1),
    # a figure the parse coordinated with the verb
    ("A bomb in Bajaur Agency's Mamund tehsil killed a tribal elder and three of his bodyguards.", 4),
    # the bomber counted by the report itself
    ("A suicide bomber struck a funeral in Lower Dir, killing 9 mourners besides himself.", 10),
    # a verbless clause after a semicolon: each side's figure counts, however the parse hangs the participle
    ("On 3 April 2021, ANDSF and Taliban clashed in Shah Joy district (Zabul); 3 ANDSF and 8 Taliban killed, "
     "4 wounded.", 11),
    ("On 5 April 2021, fighting in Maiwand district (Kandahar) between ANDSF and Taliban; 2 ANDSF and 5 Taliban "
     "killed.", 7),
    ("On 25 June 2020, ANDSF and Taliban clashed in Chora district (Uruzgan); 2 ANDSF and 7 Taliban killed, "
     "5 wounded.", 9),
])
def test_the_dead_of_every_side_add_up(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # the second group of the dead hung on the verb or on "dead" by the parser
    ("On 21 March 2021, fighting between the Taliban and ANDSF in Shah Joy district (Zabul) left 3 soldiers and at "
     "least 7 Taliban dead.", 10),
    # "a third" is one more, not a figure of its own
    ("On 22 March 2021, two shopkeepers were killed when an IED went off in a bazaar in Khost city, while a third "
     "died later in hospital.", 3),
])
def test_groups_of_the_dead_told_apart_add_up(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # one person named, then a list: each of the list is more dead
    ("On 27 March 2021, unknown gunmen killed a tribal leader, his nephew and a bodyguard in Gardez city (Paktya).", 3),
    # "among them" names one of the figure
    ("On 28 March 2021, Afghan forces killed 5 Taliban, among them a shadow district governor, in Jaghatu district "
     "(Wardak).", 5),
])
def test_a_list_after_one_person_adds_and_among_them_does_not(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # a vague plural at the conservative figure a conflict-event record codes ("dozens" 12, "tens" 10), and a
    # number the parse hangs under "dozen"
    ("On 9 May 2020, an airstrike hit Taliban positions in Khakrez district (Kandahar), killing dozens of Taliban.", 12),
    ("On 14 May 2020, ANDSF clashed with Taliban in Pusht Rod (Farah), killing tens of Taliban fighters.", 10),
    ("On 2 June 2020, three dozen Taliban fighters were killed in ANA operations in Giro district (Ghazni).", 36),
    # people on top of those counted before: "two more", "also", "as were", a gapped second place
    ("On 5 June 2020, Taliban fired on an ANP post in Maruf district (Kandahar). 2 policemen were killed. Three "
     "more policemen died of their wounds the next day.", 5),
    ("On 7 June 2020, a sticky bomb killed a tribal elder in Jalalabad (Nangarhar); his nephew was also killed.", 2),
    ("On 9 June 2020, ANA forces repelled a Taliban attack in Qala-i-Zal (Kunduz). 9 Taliban were killed, as were "
     "3 soldiers.", 12),
    ("On 11 June 2020, 16 Taliban were killed in ANA airstrikes in Shah Wali Kot (Kandahar) and 5 more in "
     "neighbouring Arghandab district.", 21),
    # companions named without their own figure
    ("On 13 June 2020, a mother and daughter were killed when a mortar round hit their house in Sangin (Helmand).", 2),
    ("On 15 June 2020, gunmen killed a district council member along with his bodyguard in Charsadda.", 2),
    # a sentence read both as the operation and as an attack keeps the sides its operation reading tells apart
    ("One civilian and one Rangers sub-inspector were killed as the Rangers and suspects traded fire during a raid "
     "in Lyari. Two suspects were also killed in the shootout.", 4),
])
def test_more_people_on_top_and_vague_plurals(extractor, text, dead):
    assert _event_dead(extractor, text) == dead
