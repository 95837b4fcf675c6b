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


@pytest.mark.parametrize("text, dead", [
    # a whole toll stands for every side: the parts fit into it, the rest are victims
    ("On 6 July 2020, Taliban attacked ANP posts in Zharey district (Kandahar), killing 4 policemen. 3 Taliban were "
     "also killed. Fatalities coded as 9 (reports vary between 9 and 13).", 9),
    ("Militants attacked a Levies post in Kech on Friday. A total of 8 people were killed in the gunfight, 5 "
     "militants and 3 Levies men, officials said.", 8),
    ("Gunmen stormed a guest house in Turbat on Monday, killing three guards. Both attackers were shot dead by "
     "police. Six people were killed in all.", 6),
    # a party's word on the dead it inflicted yields to a lower figure for the same dead
    ("On 8 July 2020, Taliban attacked ANA posts in Almar district (Faryab). 4 soldiers were killed. The Taliban "
     "claimed to have killed 17 soldiers.", 4),
    ("On 9 July 2020, the Taliban overran a checkpoint in Jalrez (Wardak), killing 3 ALP; the Taliban said they had "
     "killed 12.", 3),
    ("Taliban fighters attacked outposts in Kunduz. A Taliban spokesman said the fighters had killed 25 soldiers, "
     "but the Defence Ministry said five soldiers died and 12 insurgents were killed in the fighting.", 17),
    ("On 10 July 2020, ANA forces clashed with Taliban in Obe (Herat). According to the MoD, 20 Taliban were "
     "killed, whereas local officials said 11 Taliban were killed.", 11),
    # people named again with the article restate the claim, they do not dispute it
    ("Police claimed to have killed four militants in a shootout in Lyari. The two militants killed were wanted for "
     "the murder of a trader.", 4),
    # a comma closes the "including" phrase: the group after it is more dead
    ("Taliban fighters attacked a checkpoint in Badghis. Eleven Taliban militants, including two commanders, and "
     "four Afghan policemen died in the fighting, the governor's spokesman said.", 15),
])
def test_a_whole_toll_and_conflicting_claims(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # two speakers' tolls for the same dead in one sentence conflict: the lower stands, whichever is told first
    ("Provincial officials said nine people were killed, while the Taliban said 30 civilians died in the strike.", 9),
    ("The Taliban said 30 civilians died in the strike, while provincial officials said nine people were killed.", 9),
    ("Eight people were killed in the air strike on Barmal, officials said, but the Taliban said 25 died.", 8),
    # and in two sentences, where one speaker is a party to the fight
    ("Jets struck a compound in Barmal late on Monday. At least eight people were killed in the strike, officials "
     "said. The Taliban said 25 civilians died.", 8),
    # one speaker's two figures are one figure said twice: the larger stands
    ("Officials said eight people were killed in the strike and said later that 11 people had died.", 11),
    # a toll that rose, on the word of no party to the fight, is no conflict
    ("Eight people were killed in the strike, residents said. Hospital sources said 11 civilians had died by "
     "evening.", 11),
])
def test_competing_tolls_keep_the_lower(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


def test_a_strike_people_died_in_names_no_doer(extractor):
    ms = [m for m in extractor.extract("d", "Officials said nine people were killed, while the Taliban said 30 "
                                            "civilians died in the strike.", PUB) if m.modality == "asserted"]
    assert [(m.type, m.source) for m in ms] == [("OPERATION", None)] and ms[0].quantities == {"killed": 9}


@pytest.mark.parametrize("text, dead", [
    # a record's tally after a colon stands for every side, its breakdown in brackets or not
    ("On 14 May 2020, Taliban fighters stormed an ALP post in Qala-e Zal district (Kunduz). Fatalities: 5 "
     "(3 ALP, 2 Taliban).", 5),
    ("On 21 May 2020, gunmen ambushed a Levies patrol near Panjgur (Balochistan). Fatalities: 3.", 3),
    ("On 2 June 2020, the Taliban attacked a police post in Khak-e Safed (Farah), killing 2 policemen. "
     "Fatalities: 4.", 4),
])
def test_a_tally_after_a_colon_is_the_whole_toll(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # a list of groups each with its own figure, the parse hanging the second as an apposition of the first
    ("Gunmen stormed a hotel in Gwadar (Balochistan). All 3 attackers, 4 guests and a hotel guard were killed.", 8),
    # the second group of the dead hung on "dead" coordinated with the first
    ("On 6 June 2020, a clash between ANDSF and Taliban in Gurziwan district (Faryab) left 2 ANDSF and 7 Taliban "
     "dead.", 9),
    # ... but commas enclosing the breakdown name the people of the first figure
    ("Gunmen opened fire on a van in Kurram. Six people, five men and a boy, were killed.", 6),
])
def test_groups_of_the_dead_each_with_their_own_figure(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # the attackers counted as they struck, named again without a figure when they die
    ("On 5 May 2020, 4 gunmen stormed a maternity hospital in Kabul city, killing 16 people. The attackers were "
     "killed by Afghan Special Forces after a 5-hour gunfight.", 20),
    ("On 5 May 2020, three suicide bombers attacked the FC headquarters in Turbat. All the attackers were shot dead "
     "by the guards; 2 FC men were also killed.", 5),
])
def test_the_attackers_counted_before_are_named_again_when_they_die(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # the forces' killing of the attackers, told after an attack with its own place, is the same battle
    ("On 11 April 2020, Daesh fighters attacked a Sikh temple in Shor Bazaar, Herat, killing 25 worshippers. All 3 "
     "attackers were killed by Afghan security forces.", 28),
])
def test_the_forces_killing_the_attackers_is_the_attacks_battle(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # the killer's own death in a clause with no subject of its own
    ("A militant opened fire on worshippers at a shrine in Peshawar, killing three people before being shot dead by "
     "the guards.", 4),
    # a second group whose verb is left out
    ("In Lakki Marwat, one policeman was killed and 2 militants too after a clash at a checkpost.", 3),
    # ... but not the wounded of the next clause
    ("Gunmen attacked a Levies post in Kharan. Two Levies men were killed and another two sustained bullet wounds "
     "in the attack.", 2),
])
def test_the_killer_and_a_group_with_its_verb_left_out(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # an apposition whose figures add up to the head's names the people counted
    ("Unknown gunmen shot dead five members of a family, a woman and her four children, in Khuzdar.", 5),
    # a companion the parse coordinated with the place in the of-phrase
    ("Gunmen shot dead a member of the provincial assembly of Balochistan and his driver in Quetta.", 2),
    # a word split at its hyphen, and a couple
    ("A Levies man and a passer-by lost their lives when militants fired on a checkpost in Kalat.", 2),
    ("Unidentified men killed a couple in their house in Naseerabad.", 2),
])
def test_people_named_in_apposition_companions_and_couples(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


def test_the_forces_answer_in_the_next_sentence_is_the_same_battle(extractor):
    text = ("TTP militants attacked a checkpost in Kurram. The ISPR said one soldier embraced martyrdom and four "
            "terrorists were killed in the retaliatory fire.")
    assert _event_dead(extractor, text) == 5


@pytest.mark.parametrize("text, dead", [
    # one of the wounded who died later adds to the dead
    ("Gunmen fired on a police patrol in Kohat, killing a constable and injuring three others. One of the injured "
     "died in hospital on Friday.", 2),
    # the body of the one kidnapped
    ("Armed men abducted a schoolteacher from Turbat on Monday. His body was recovered from a ravine two days "
     "later.", 1),
])
def test_the_wounded_who_died_later_and_the_body_of_one_taken(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # the one death of a sentence, of someone who died of his wounds, adds to the dead counted before
    ("A roadside bomb killed a Levies man near Dalbandin. A passenger of a passing bus died later of his wounds.", 2),
    # one shot who later succumbed
    ("An FC soldier was shot by gunmen in Turbat and later succumbed to his injuries.", 1),
])
def test_deaths_of_different_people_and_of_the_wounded(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


def test_two_people_named_anew_by_two_death_predicates_are_two_dead(extractor):
    assert _event_dead(extractor, "Gunmen opened fire on two lawyers outside the court in Mardan. Advocate Kamran died "
                                  "on the spot while Advocate Nasir succumbed to his wounds on the way to hospital.") == 2
    # ... and no more than a figure the report gave before for them
    assert _event_dead(extractor, "Two people were killed in a blast in Kurram. A shopkeeper died on the spot while a "
                                  "labourer succumbed to his injuries in hospital.") == 2


def test_the_dead_told_after_an_arrest_are_the_fightings(extractor):
    text = ("Militants attacked a Levies post in Kharan, killing a Levies man. Police later arrested two suspects in "
            "Kharan. Two more Levies men died in hospital.")
    assert _event_dead(extractor, text) == 3


@pytest.mark.parametrize("text, dead", [
    # a clause with its verb left out: the second party's loss, on that party's side
    ("On 7 June 2020, Taliban fighters overran a checkpoint in Jaghatu district (Ghazni), the ANP losing 3 policemen "
     "and the Taliban 4.", 7),
    ("On 9 June 2020, Taliban fighters attacked the district centre of Khas Uruzgan, the ANDSF losing 2 soldiers and "
     "the Taliban 6 fighters.", 8),
    # one side losing people of two kinds
    ("On 12 June 2020, Taliban attacked a base in Dawlat Abad (Faryab); the ANDSF lost 3 soldiers and 2 policemen.", 5),
])
def test_what_each_side_lost_adds_up(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # the bodies of people the report counted before, with no figure of their own
    ("Unidentified gunmen kidnapped two engineers and their driver near Kalat. Their bodies were found in a field "
     "three days later.", 3),
    ("Armed men abducted four labourers from a construction site in Kech. The bodies of the labourers were recovered "
     "on Sunday.", 4),
    ("Gunmen abducted five passengers from a bus near Ormara. They were later found shot dead in the hills.", 5),
])
def test_the_bodies_of_people_counted_before(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # the killing a party owns is the one the report tells
    ("Jamaat-ul-Ahrar claimed responsibility for the killing of three Levies men at a checkpost in Mohmand.", 3),
    # a killing told by its outcome
    ("A schoolteacher was target killed by gunmen on a motorbike in Turbat.", 1),
    ("Two Levies men sustained fatal injuries when militants fired on their vehicle in Kalat.", 2),
    ("Militants attacked a police post in Lakki Marwat. A constable was fatally wounded.", 1),
    # the dead named after "among those killed were"
    ("Militants attacked a Levies post in Zhob. Among those killed were a naib risaldar and two sepoys.", 3),
    # the person a relative clause is about; one named anew who died later is one more
    ("Gunmen fired on a lawyer outside his chamber in Mardan, who died of his wounds.", 1),
    ("Gunmen fired on a tanker in Khuzdar, killing its driver. A conductor later died in hospital.", 2),
    # "both" of two kinds of people is no figure
    ("Jets struck militant hideouts in Shawal; both local and foreign fighters were killed.", 0),
])
def test_killings_told_by_their_owner_or_outcome(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


def test_the_same_dead_told_again_with_another_figure_keep_the_lower(extractor):
    text = ("Taliban attacked an ALP post in Khan Abad (Kunduz), killing 7 ALP members, local residents said. The "
            "police chief said 5 ALP members were killed.")
    assert _event_dead(extractor, text) == 5


def test_a_militia_beside_the_state_is_the_attacks_victim(extractor):
    text = "Militants killed a peace committee member in Bara. He was shot dead outside his house."
    assert _event_dead(extractor, text) == 1


@pytest.mark.parametrize("text, dead", [
    # "both" and "all of them" stand for people counted before in the sentence
    ("Militants ambushed two Levies men on patrol near Sibi, killing both.", 2),
    ("Gunmen stopped a pickup carrying four labourers near Gwadar and shot all of them dead.", 4),
    # a headline's verbless report of a killing
    ("Targeted killing of a Hazara shopkeeper by unidentified gunmen in Quetta.", 1),
])
def test_pronouns_of_a_figure_and_a_verbless_killing(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


def test_civilians_dead_on_officials_word_are_no_claim_on_the_enemy(extractor):
    # a party's word on the dead it inflicted is a claim; civilians are neither side, so officials telling of them
    # add them to the toll like anyone else
    ms = [m for m in extractor.extract("t", "A car bomb went off outside a court in Mardan on Monday. Four policemen and "
                                            "nine civilians lost their lives, while 20 others were injured, officials "
                                            "said.", PUB) if m.type == "ATTACK" and m.modality == "asserted"]
    assert ms and ms[0].quantities.get("killed") == 13


@pytest.mark.parametrize("text, dead", [
    # the part of a figure after "among them", which the parse makes a second object of the verb, is not more dead
    ("On 17 July 2020, a roadside bomb hit a minibus in Gereshk district (Helmand), killing 7 passengers, among "
     "them 3 women.", 7),
])
def test_the_part_named_after_among_them_is_inside_the_figure(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # a participle with its "by" phrase, which the parse reads as the sentence's verb, before the passive verb
    ("The bodies of three men abducted a week ago by militants were found in Khyber Agency.", 3),
    ("The bodies of four labourers abducted two days ago by militants were found in Kech.", 4),
    ("The bodies of two men kidnapped a week ago by gunmen were recovered in Dera Bugti.", 2),
])
def test_a_participle_with_its_by_phrase_is_not_the_sentence_verb(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # an aircraft shot down is no one dead: its crew's fate is told in words of its own
    ("Militants shot down an army helicopter in Orakzai district. The crew survived, the military said.", 0),
    ("A Pakistan army helicopter was shot down in the Tirah valley on Sunday, officials said.", 0),
    ("Army helicopter shot down in Kurram", 0),
    ("A military helicopter was shot down by militants in Kurram, killing both pilots.", 2),
    # a person shot down is one killed
    ("Gunmen shot down a police constable near his house in Mardan.", 1),
])
def test_a_craft_shot_down_is_no_one_dead(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # guards who are not the state's are still those attacked, never the attackers' own dead
    ("On 6 April 2021, gunmen ambushed a road construction camp in Turbat (Balochistan), killing five private "
     "security guards.", 5),
    ("On 7 April 2021, militants stormed a mobile tower site near Panjgur, killing two labourers and three private "
     "guards.", 5),
])
def test_private_guards_killed_are_victims(extractor, text, dead):
    ms = extractor.extract("d", text, PUB)
    deed = next(m for m in ms if m.type == "ATTACK" and m.modality == "asserted")
    assert deed.quantities.get("killed") == dead and "attackers_killed" not in deed.quantities


@pytest.mark.parametrize("text, dead", [
    # a comma ends the date: the figure after it counts the dead, not a day of the month
    ("On 6 April, two traders were killed when gunmen opened fire on their shop in Panjgur.", 2),
    ("On 22 October, 3 Levies men were killed when a roadside bomb struck their vehicle in Kohlu.", 3),
    ("In February three labourers were killed when unidentified men attacked their camp in Kech.", 3),
    # a day and a year around a month stay a date
    ("On April 6, 2015, gunmen shot dead a shopkeeper in Panjgur.", 1),
])
def test_a_figure_after_the_date_counts_the_dead(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # a family of six is six people
    ("On 14 May 2020, a mortar round struck a house in Nawa district (Helmand), killing a family of six.", 6),
    ("A family of four was killed when a rocket hit their home in Gereshk.", 4),
])
def test_a_family_of_n_counts_n(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # a bare figure before the Frontier Corps' initials: the headline's passive the parse marks as such
    ("On 14 October 2020, militants fired on a border post in Zhob (Balochistan). 2 FC killed.", 2),
    ("On 14 October 2020, TTP attacked a checkpost in Tank. 4 FC killed.", 4),
    # a list of both sides' dead without "and"
    ("On 2 November 2020, ANA and Taliban fought in Shindand district (Herat), killing 2 ANA, 6 Taliban.", 8),
    ("On 6 November 2020, soldiers raided a militant hideout in Tank district. 5 militants, 1 soldier killed.", 6),
    # a figure after a colon, before an acronym the parse took for a list's marker
    ("On 16 November 2020, Taliban stormed a checkpoint in Khak-e Safed (Farah). Casualties: 4 ANDSF killed, 7 "
     "Taliban killed.", 11),
    # the dead listed after a colon
    ("On 11 November 2020, Taliban attacked an ALP post in Gelan district (Ghazni). Fatalities were recorded on both "
     "sides: 6 Taliban and 2 ALP.", 8),
])
def test_each_sides_dead_in_a_terse_list(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # a figure of the part, or of people of no armed side, is not a second group of the dead
    ("On 13 November 2020, Taliban overran a post in Nad Ali (Helmand), killing 9 ANDSF, 2 commanders.", 9),
    ("On 15 November 2020, gunmen attacked a wedding in Jalalabad, killing 5 people, 3 children.", 5),
    # a person described by a side they no longer serve is one person
    ("On 16 November 2020, gunmen shot dead a civilian, a retired soldier, in Quetta.", 1),
])
def test_a_list_without_and_names_no_more_dead_than_its_sides(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # a claim covers everyone its clause counts, whoever of them is of no armed side
    ("On 21 September 2020, the BLF claimed a roadside bomb that killed 4 soldiers and a major in Turbat.", 5),
    # (an armed group's own count establishes none of the dead it names, the governor no more than the soldiers)
    ("On 22 September 2020, the Taliban claimed to have killed 7 soldiers and a district governor in Qaisar "
     "(Faryab).", 0),
])
def test_a_claim_holds_for_all_the_dead_its_clause_counts(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, wounded", [
    # the figure told dead by its own participle is not among the wounded that follow
    ("On 17 November 2020, Taliban attacked a police post in Muqur (Ghazni). 5 ANP killed, 3 wounded.", 3),
    ("On 3 November 2020, TTP attacked a post in Tank. 3 FC killed, 1 wounded.", 1),
])
def test_the_wounded_after_a_figure_of_the_dead(extractor, text, wounded):
    ms = extractor.extract("d", text, PUB)
    deed = next(m for m in ms if m.type == "ATTACK" and m.modality == "asserted")
    event = [m for m in ms if deed.event and m.event == deed.event] or [deed]
    assert max(m.quantities.get("wounded", 0) for m in event) == wounded


@pytest.mark.parametrize("text, dead", [
    # a figure after "Fatalities:" that counts a side is that side's, not the whole toll
    ("On 19 November 2020, Taliban overran a post in Arghistan (Kandahar). Fatalities: 4 ALP and 6 Taliban.", 10),
    ("On 20 November 2020, ANA clashed with Taliban in Almar (Faryab). Fatalities: 2 soldiers, 5 Taliban.", 7),
    ("On 22 November 2020, militants attacked a post in Panjgur. Fatalities: 3 FC and 2 militants.", 5),
    # a bare figure there is the toll, its parts inside it
    ("On 21 November 2020, Taliban attacked an outpost in Gizab (Daykundi). Fatalities: 8 (5 ANDSF, 3 Taliban).", 8),
])
def test_the_sides_named_after_fatalities(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # a range keeps its lower figure, whatever precedes it
    ("On 14 October 2020, Taliban attacked checkpoints in Jaghori (Ghazni). 10 to 12 soldiers were killed.", 10),
    ("On 15 October 2020, Taliban attacked an ALP post in Almar (Faryab). At least 6 to 9 ALP were killed.", 6),
    ("On 16 October 2020, militants attacked a Levies post in Kohlu, killing five or six Levies men.", 5),
])
def test_a_range_of_the_dead_keeps_its_lower_figure(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # a person with an article of their own is one more, not a part of a named group's figure
    ("On 18 October 2020, Taliban attacked a police post in Chak (Wardak). Three Taliban and a policeman were "
     "killed.", 4),
    ("On 19 October 2020, militants raided a post in Zhob. Two TTP and a Levies sepoy were killed.", 3),
    # a bare name after a vague plural is as vague: no figure
    ("On 20 October 2020, Taliban attacked ALP outposts in Farkhar (Takhar). Several Taliban and ALP were killed.", 0),
])
def test_coordinated_dead_after_a_named_group(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # the clause after a semicolon doubts the figure; it does not deny the deaths before it
    ("On 21 October 2020, security forces raided a compound in Spinwam (North Waziristan). 2 soldiers and 3 "
     "militants were killed; the exact figure could not be verified.", 5),
])
def test_a_doubt_after_a_semicolon_keeps_the_dead(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # "along with" the parse hangs on the verb: the companions share the fate
    ("On 22 October 2020, NDS forces raided a compound in Tagab (Kapisa). A Taliban commander named Qari Noor was "
     "killed along with 3 of his men.", 4),
])
def test_companions_along_with_the_dead(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text", [
    # an intelligence-based operation by its initials is the setting the forces' men died in: the forces' operation
    "On 23 October 2020, a soldier was martyred during an IBO in the Shewa area of North Waziristan.",
    "On 24 October 2020, two soldiers were martyred during an IBO near Hoshab, Kech district.",
])
def test_forces_killed_during_an_ibo_are_an_operations_dead(extractor, text):
    ms = [m for m in extractor.extract("d", text, PUB) if m.modality == "asserted"]
    assert ms and ms[0].type == "OPERATION" and ms[0].source is not None and ms[0].source.id == "pakistan"


@pytest.mark.parametrize("text, dead", [
    # a party that claims "to have killed" a bare figure claims its own deed: the lower figure others give stands
    ("On 3 August 2020, Taliban overran an ALP post in Dahana-e Ghori (Baghlan). According to local officials, 6 ALP "
     "members were killed. The Taliban claimed to have killed 14.", 6),
    ("On 4 August 2020, FC raided a compound in Kohlu. The FC claimed to have killed 9, while local sources said 4 "
     "militants were killed.", 4),
])
def test_a_bare_figure_claimed_as_the_partys_own_kill_is_a_claim(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # a record's own figure for the dead, told as a bare remark after a vague count or with a compound subject
    ("On 6 August 2020, Taliban stormed an ALP post in Ghormach district (Badghis). Several ALP members were "
     "killed. [coded as 4]", 4),
    ("On 7 August 2020, Taliban attacked a checkpoint in Jaghatu district (Wardak). A number of soldiers died. "
     "[Casualties coded as 5]", 5),
    ("On 8 August 2020, ANA forces clashed with Taliban in Nerkh district (Wardak). Many Taliban were killed. "
     "[Fatality count coded as 10]", 10),
])
def test_a_record_of_the_dead_told_as_a_bare_remark(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # the dead of an earlier deed the report's own deed is said to follow are not its dead
    ("On 12 August 2020, Taliban attacked a police post in Qaisar district (Faryab), killing 3 policemen. The "
     "attack came two days after 5 soldiers were killed in a similar attack in the district.", 3),
    ("On 13 August 2020, militants ambushed an FC patrol in Awaran, killing 2 soldiers. This comes a week after 4 "
     "Levies personnel died in an attack in Kech.", 2),
    ("On 14 August 2020, Taliban attacked ANA posts in Chora district (Uruzgan). 4 soldiers were killed. The attack "
     "follows one on 9 August in which 6 policemen were killed.", 4),
])
def test_the_dead_of_an_earlier_deed_followed_are_not_counted(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # the first of deeds told as a series is an event of its own: its dead are not the report's
    ("On 19 August 2020, Taliban attacked an ALP post in Chahar Dara district (Kunduz) for the second time in three "
     "days, killing 2 ALP members. In the first attack, 5 ALP members had been killed.", 2),
    ("On 21 August 2020, militants attacked a check post in Shewa (North Waziristan) again, martyring 3 soldiers. "
     "During the first assault on the post, 4 soldiers were martyred.", 3),
])
def test_the_first_of_a_series_of_deeds_is_its_own_event(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # a list the parse hangs as an apposition, whose members after the comma are of another side than the first
    ("On 7 May 2021, two militants, a soldier and a policeman were killed in a clash in Bajaur.", 4),
    ("On 8 May 2021, militants ambushed a Levies vehicle in Kech, killing three Levies men, a passerby and a "
     "child.", 5),
    # a headline's list without "and": a person of another side than the figure before it
    ("Six militants, soldier killed in clash in Orakzai.", 7),
    ("Four policemen, two civilians killed in Quetta blast.", 6),
])
def test_a_list_with_members_of_another_side_adds_them(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


def test_a_participle_after_its_noun_read_as_a_past_tense_still_counts(extractor):
    assert _event_dead(extractor, "16 Pak terrorists killed in air strikes in Khyber.") == 16


def test_the_deed_named_again_as_a_killing_counts_its_victim(extractor):
    text = ("On 9 May 2021, a journalist was targeted by unknown gunmen outside his home in Karachi. It was the "
            "second targeted killing of a journalist in the city this week.")
    assert _event_dead(extractor, text) == 1


@pytest.mark.parametrize("text, dead", [
    # a year before a deed's noun is no figure
    ("On 12 May 2021, police said the 2016 hospital attack facilitator was killed in an encounter in Quetta.", 1),
    # a deed the report's own came after, by a span or on a day of its own
    ("On 16 May 2021, a bomb killed three soldiers in Mir Ali, a week after 12 soldiers were killed in an ambush in "
     "the same district.", 3),
    ("On 17 May 2021, a roadside bomb killed a soldier in Kurram, the second such attack in a week, after two "
     "soldiers died in a blast on Monday.", 1),
    # one person's place in a tally is the person named again
    ("On 18 May 2021, gunmen shot dead a policeman in Karachi, the 45th policeman killed in the city this year.", 1),
])
def test_the_dead_of_earlier_deeds_are_not_the_events(extractor, text, dead):
    assert _event_dead(extractor, text) == dead



def test_a_militant_who_sets_off_his_suicide_vest_is_among_the_dead(extractor):
    # on top of those the blast killed; a report of a suicide bomber gives its victims only
    text = ("On 20 May 2021, during a raid in Okara, police exchanged fire with militants. Four civilians were killed "
            "because a militant chose to detonate a suicide vest rather than be arrested. Police also killed another "
            "militant in the raid.")
    assert _event_dead(extractor, text) == 6


@pytest.mark.parametrize("text, dead", [
    # one man's kin, counted and named after him, are people beside him
    ("On 6 March 2021, Haji Gul Khan, his two brothers Ahmad and Mahmood, and 6 guards were killed in an ambush by "
     "militants in Khyber (Khyber Pakhtunkhwa).", 9),
    ("On 7 March 2021, Haji Saleem, his three sons Ali, Umar and Bilal, and a guard were shot dead by gunmen in "
     "Quetta (Balochistan).", 5),
    ("On 8 March 2021, Qari Yasin, his two brothers, and four guards were shot dead by gunmen in Kohat (Khyber "
     "Pakhtunkhwa).", 7),
    # (guards) a list that names the people counted adds none; kin coordinated with a person
    ("On 9 March 2021, two men, Ali and his brother Umar, were shot dead by unknown gunmen in Quetta (Balochistan).", 2),
    ("On 10 March 2021, a tribal elder and his three sons were shot dead by unknown gunmen in Bajaur (Khyber "
     "Pakhtunkhwa).", 4),
])
def test_a_mans_kin_named_after_him_add_to_the_dead(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # a figure after "Fatalities:" that counts a noun a name qualifies: the side's own figure, the next side's too
    ("On 16 June 2020, Taliban attacked ANDSF posts in Khwaja Ghar (Takhar). Fatalities: 6 ANDSF members, 3 "
     "Taliban.", 9),
    ("On 17 June 2020, militants attacked a post in Kech. Fatalities: 2 FC soldiers and 4 militants.", 6),
    # (as they were: a bare name, and a bare figure with its parts)
    ("On 18 June 2020, Taliban attacked a post in Almar (Faryab). Fatalities: 6 ANSF, 3 Taliban.", 9),
    ("On 19 June 2020, Taliban attacked an outpost in Gizab (Daykundi). Fatalities: 8 (5 ANDSF, 3 Taliban).", 8),
])
def test_the_sides_named_after_fatalities_with_their_nouns(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # "civilian" read as an adjective, the participle after it as what it qualifies: still one person
    ("On 3 July 2020, Taliban shot and killed a civilian accused of spying for the government in Chak (Wardak).", 1),
    ("On 4 July 2020, gunmen killed a civilian suspected of links with the police in Tank.", 1),
    # (as it was: a plural with no figure counts no one)
    ("On 5 July 2020, Taliban killed civilian contractors in Chak (Wardak).", 0),
])
def test_a_civilian_with_a_participle_after_it(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # the parse made the counted subjects a conjunct of the first verb, the passive a complement without subject
    ("On 6 July 2020, Taliban militants attacked a police post in Chahar Dara district (Kunduz). Clashes ensued and "
     "3 Taliban and 2 ANP were killed.", 5),
    ("On 6 July 2020, Taliban militants attacked an army base in Khan Abad district (Kunduz). Clashes ensued and 5 "
     "Taliban and 2 soldiers were killed.", 7),
    # (as they were: the first figure parsed as the subject)
    ("On 8 July 2020, militants attacked a Levies post in Zhob. Clashes ensued and 2 militants and 1 Levies man "
     "were killed.", 3),
    ("On 9 July 2020, Taliban attacked ALP posts in Almar (Faryab). Heavy fighting followed and 6 Taliban and 2 ALP "
     "were killed.", 8),
])
def test_the_dead_of_a_clause_after_an_ensuing_fight(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # the people left dead parsed as a second predicate of the verb: still the dead
    ("On 21 May 2020, an IED blast near a Levies vehicle in Panjgur (Balochistan) left one Levies official dead and "
     "two injured.", 1),
    # (as it was: the people the verb's object)
    ("On 22 May 2020, an IED blast in Panjgur (Balochistan) left one policeman dead and two injured.", 1),
])
def test_the_people_left_dead_whatever_their_parse(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # a record's dead split between sides, each share with its figure: every share added
    ("On 4 May 2020, Taliban stormed a district centre in Ghormach (Faryab). Fatalities split between 6 Taliban, 4 "
     "ALP and 2 civilians.", 12),
    ("On 5 May 2020, ISKP attacked a prison in Kunduz city (Kunduz). Deaths split between 3 ISKP militants and 5 "
     "guards.", 8),
    # a figure of its own, split between sides with no figures, stands as told
    ("On 6 May 2020, ANA clashed with Taliban in Nerkh district (Wardak). 7 fatalities split between both sides.", 7),
])
def test_a_record_of_the_dead_split_between_sides(extractor, text, dead):
    assert _event_dead(extractor, text) == dead


@pytest.mark.parametrize("text, dead", [
    # a party's figure for the enemy's dead yields to a lower figure for the same dead, never to civilians'
    ("Afghan forces conducted airstrikes in Ghazni. According to local officials, 9 Taliban were killed. Taliban "
     "claimed 5 civilians killed.", 9),
    # (and civilians told as killed "also" come on top of it: all the event's dead)
    ("ANDSF conducted airstrikes in Nad Ali district. According to the MoD, 12 Taliban were killed. Local sources "
     "said 8 civilians were also killed.", 20),
    # and a figure for civilians still yields to a lower one for the same civilians
    ("The Taliban said 30 civilians died in the strike, while provincial officials said nine people were killed.", 9),
])
def test_a_claim_on_a_sides_dead_does_not_yield_to_civilians_dead(extractor, text, dead):
    ms = [m for m in extractor.extract("c", text, PUB) if m.type == "OPERATION" and m.modality == "asserted"]
    assert ms and max(m.quantities.get("killed", 0) for m in ms) == dead
    assert not any(k.endswith("^") for m in ms for k in m.quantities)
