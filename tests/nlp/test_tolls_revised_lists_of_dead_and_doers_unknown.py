"""Real-style ACLED notes and wire reports that two probes of unseen text got wrong: a toll revised or risen in a
sentence of its own; the dead listed one by one with their article; a record's side list with a hyphenated word; a
group's hyphenated name read as a person; the dead a protest shows "they said were killed"; a group's record of
deeds in a clause of concession; a strike whose doer the report says is unclear; men "described as khawarij"; a
deed's own month beside the day of its telling."""

from __future__ import annotations

from datetime import date

from tests.nlp.conftest import asserted_of_type, asserted_violence, first_asserted

D = date(2027, 3, 15)
D20 = date(2020, 12, 31)


def _event_figures(extractor, text: str, published: date) -> dict[str, int]:
    ms = asserted_violence(extractor, text, published)
    assert ms, text
    return ms[0].quantities


def test_a_toll_revised_or_risen_stands_for_the_dead(extractor):
    assert _event_figures(extractor, "A roadside bomb struck a vehicle in Wana on Monday, police said. Police initially "
                          "said five people had died, but the district health officer later put the toll at three.",
                          D).get("killed") == 3
    assert _event_figures(extractor, "At least eight people were killed and 25 injured on Friday when a bomb exploded "
                          "at a rally in Bajaur district, officials said. The toll rose to 12 overnight as several of "
                          "the injured succumbed, a hospital spokesman said on Saturday.", D).get("killed") == 12
    assert _event_figures(extractor, "Militants attacked a checkpost in Tank on Monday, killing five soldiers, officials "
                          "said. The toll was later revised to nine.", D).get("killed") == 9
    # (a road toll is no one dead; a toll that rose "as two of the injured died" counts them in it)
    assert not [m for m in extractor.extract("r", "The motorway toll was revised to Rs 450 from Monday.", D)
                if m.quantities]
    assert _event_figures(extractor, "Militants attacked a checkpost in Tank on Monday, killing five soldiers. The "
                          "death toll rose to seven as two of the injured died.", D).get("killed") == 7


def test_the_dead_listed_one_by_one_with_their_article_are_counted(extractor):
    note = ("On 29 June 2020, 4 BLA gunmen attacked the Pakistan Stock Exchange building in Karachi (Sindh) with "
            "grenades and automatic weapons, killing 2 security guards, a police sub-inspector and a civilian. All 4 "
            "attackers were killed by police and security guards.")
    figures = _event_figures(extractor, note, D20)
    assert figures.get("killed") == 4 and figures.get("attackers_killed") == 4
    # (a speaker after the comma is no one killed)
    assert _event_figures(extractor, "Gunmen killed two guards at a bank in Quetta on Monday, a police officer said.",
                          D).get("killed") == 2


def test_a_records_list_of_sides_and_a_groups_hyphenated_name(extractor):
    note = ("On 15 August 2020, fighting broke out between the Taliban and pro-government uprising forces in Khwaja "
            "Dukoh district (Jawzjan) after the Taliban attacked their posts. Fatalities: 4 pro-government militiamen, "
            "6 Taliban.")
    figures = _event_figures(extractor, note, D20)
    assert figures.get("killed", 0) + figures.get("attackers_killed", 0) == 10
    note = ("On 22 October 2020, security forces carried out a search operation in Tirah valley of Khyber district "
            "(KP). During the exchange of fire, a soldier was martyred and 2 terrorists belonging to Lashkar-e-Islam "
            "were killed.")
    assert _event_figures(extractor, note, D20) == {"killed": 2, "forces_killed": 1}


def test_the_dead_a_protest_shows_as_they_say_were_killed_are_no_deed_of_the_report(extractor):
    note = ("On 28 August 2020, dozens of people blocked the Kabul-Jalalabad highway in Surkhrod district (Nangarhar), "
            "placing the coffins of 4 relatives they said were killed in an ANDSF night raid, and demanded justice.")
    assert not asserted_violence(extractor, note, D20)


def test_a_groups_record_in_a_clause_of_concession_makes_it_no_doer(extractor):
    text = ("Gunmen kidnapped a Chinese engineer and his Pakistani driver in Balochistan's Gwadar district on Saturday, "
            "police said. No group claimed the abduction, though the Balochistan Liberation Army has attacked Chinese "
            "interests in the province before.")
    attacks = asserted_of_type(extractor, text, "ATTACK", D)
    assert attacks and not any(m.source and m.source.id for m in attacks)
    assert not any("bla" in m.groups for m in attacks)
    # (a group that claimed it stays its doer)
    claimed = first_asserted(extractor, "Gunmen kidnapped a Chinese engineer in Gwadar on Saturday. The Balochistan "
                             "Liberation Army claimed the abduction.", "ATTACK", D)
    assert claimed.source is not None and claimed.source.id == "bla"


def test_a_strike_whose_doer_the_report_says_is_unclear_is_no_states(extractor):
    text = ("A drone strike hit a house in North Waziristan's Datta Khel area on Sunday night, killing five people, "
            "residents said. It was not clear who had carried out the strike.")
    strike = first_asserted(extractor, text, "OPERATION", D)
    assert strike.source is None or not strike.source.id
    named = first_asserted(extractor, "Pakistani jets struck a compound in Datta Khel, killing five. It was not clear "
                           "who the dead were.", "OPERATION", D)
    assert named.source is not None and named.source.id == "pakistan"


def test_men_described_as_khawarij_are_the_ttps(extractor):
    text = ("Pakistan's security forces killed 11 militants in an intelligence-based operation in Khyber district's "
            "Tirah valley, the military's media wing said on Monday. The militants, whom the army described as "
            "khawarij, had infiltrated from Afghanistan's Nangarhar province, according to the statement.")
    op = first_asserted(extractor, text, "OPERATION", D)
    assert "ttp" in op.groups


def test_a_deeds_own_month_beside_the_day_of_its_telling(extractor):
    text = ("The United Nations said on Monday that Taliban authorities had arrested at least 30 people suspected of "
            "links to Islamic State in Herat province in February.")
    arrest = first_asserted(extractor, text, "ARREST", D)
    assert (arrest.date, arrest.date_precision) == (date(2027, 2, 1), "month")


def test_a_deed_of_the_next_day_is_dated_from_the_deed_told_before(extractor):
    text = ("KARACHI, March 15 (Dawn) - A Chinese national was shot and wounded in Karachi's Korangi area on Wednesday "
            "by a gunman on a motorcycle, police said. The Sindhudesh Revolutionary Army claimed responsibility. Police "
            "arrested two suspects the next day.")
    arrest = first_asserted(extractor, text, "ARREST", D)
    assert (arrest.date, arrest.date_precision) == (date(2027, 3, 11), "day")
    # (a next day with no day told before it stays undated)
    alone = first_asserted(extractor, "Police arrested two suspects the next day.", "ARREST", D)
    assert alone.date is None


def test_an_amount_seized_is_no_count_of_items(extractor):
    money = first_asserted(extractor, "Police seized 3.5 million rupees from the suspects.", "FINANCE", D)
    assert "seized" not in money.quantities
    explosives = first_asserted(extractor, "CTD officials seized 20 kilogrammes of explosives and arrested two men in "
                                "Quetta.", "DISMANTLE", D)
    assert "seized" not in explosives.quantities
    assert first_asserted(extractor, "Forces seized 12 rifles in the raid.", "DISMANTLE", D).quantities == {"seized": 12}


def test_a_toll_put_at_a_figure_of_people_and_risen_again_by_its_pronoun(extractor):
    text = ("Militants ambushed an army convoy in South Waziristan's Ladha area on Friday, the military's media wing "
            "said. Officials initially put the death toll at six soldiers, but it later rose to nine. The ISPR said 12 "
            "terrorists were killed as troops responded.")
    figures = _event_figures(extractor, text, date(2027, 9, 20))
    assert figures.get("killed") == 9 and figures.get("attackers_killed") == 12
