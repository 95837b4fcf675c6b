"""Deeds told inside statements about them and the groups of the men who did them (sentences written in the manner
of Chinese Foreign Ministry transcripts, UN Security Council press statements, Dawn and Reuters reports of 2025)."""

from datetime import date

from tests.nlp.conftest import asserted_of_type, first_asserted

DAY = date(2025, 11, 25)


def _asserted(extractor, text, etype):
    return asserted_of_type(extractor, text, etype, DAY)


def test_action_a_party_will_take_against_whoever_threatens_others_is_its_pledge(extractor):
    m = first_asserted(extractor, "Enayatullah Khwarazmi, spokesman for the Ministry of Defence, said on Monday that "
                                  "the Islamic Emirate would take action against any group that threatens "
                                  "neighbouring countries.", "ASSURE", DAY)
    assert m.source is not None and m.source.id == "taliban"
    # (action taken is a deed or nothing, never a pledge)
    assert not [m for m in extractor.extract("r", "The Taliban took action against the TTP last year.", DAY)
                if m.type == "ASSURE"]


def test_the_toll_of_a_deed_a_statement_names_is_told(extractor):
    m = first_asserted(extractor, "The UN Security Council condemned in the strongest terms the terrorist attack in "
                                  "Quetta on 30 September, which killed 10 people.", "ATTACK", DAY)
    assert m.quantities.get("killed") == 10 and m.location.name == "Quetta"
    m = first_asserted(extractor, "In a statement, the TTP denied involvement in the suicide bombing at the Islamabad "
                                  "district court, which killed 12 people.", "ATTACK", DAY)
    assert m.quantities.get("killed") == 12
    # (a protest's grievance stays the protest's, however told)
    assert not _asserted(extractor, "Hundreds of people staged a protest in Quetta over the attack on the bus, in "
                                    "which 24 pilgrims were killed.", "ATTACK")


def test_a_condemned_deed_told_on_with_its_dead_is_told(extractor):
    text = ("China strongly condemns the attack on Chinese nationals in Karachi, Lin Jian said. China calls on "
            "Pakistan to hunt down the perpetrators. The BLA claimed responsibility for the attack, which killed two "
            "Chinese engineers.")
    (m,) = _asserted(extractor, text, "ATTACK")
    assert (m.source.id, m.perpetrator_basis, m.quantities.get("killed")) == ("bla", "claimed", 2)


def test_a_deed_named_by_another_province_and_day_is_another_event(extractor):
    text = ("The BLA claimed responsibility for the attack, which killed two Chinese engineers in Karachi on Sunday. "
            "The suicide bombing at the Islamabad district court killed 12 people on Tuesday.")
    ms = _asserted(extractor, text, "ATTACK")
    karachi = next(m for m in ms if m.location.name == "Karachi")
    islamabad = next(m for m in ms if m.location.name == "Islamabad")
    assert karachi.event != islamabad.event
    assert (karachi.quantities.get("killed"), islamabad.quantities.get("killed")) == (2, 12)
    assert islamabad.source is None or islamabad.source.id != "bla"


def test_the_group_the_attackers_belonged_to_stays_one_of_the_attacks_groups(extractor):
    text = ("Three policemen were martyred and five injured when terrorists attacked the Kulachi police station in Dera "
            "Ismail Khan late on Sunday, police said. District police officer Sajjad Ahmed said the attackers belonged "
            "to Fitna al-Khawarij and had crossed into Pakistan from Afghanistan a week ago. Ittehad-ul-Mujahideen "
            "Pakistan claimed responsibility for the attack in a message to journalists.")
    m = _asserted(extractor, text, "ATTACK")[0]
    assert (m.source.id, m.perpetrator_basis) == ("imp", "claimed")
    assert {"imp", "ttp"} <= set(m.groups)
    assert m.launched_from is not None and m.launched_from.country == "AF"


def test_the_group_of_the_men_who_tried_to_cross(extractor):
    text = ("Security forces foiled an attempt by militants to infiltrate from Afghanistan into Kurram district late on "
            "Friday, killing 15 of them, the military's media wing said. According to the ISPR, a group of khawarij "
            "belonging to Fitna al-Khawarij tried to cross the border near the Ghozgarhi area.")
    m = _asserted(extractor, text, "OPERATION")[0]
    assert "ttp" in m.groups and m.launched_from is not None and m.launched_from.country == "AF"


def test_the_deeds_of_the_men_struck_are_not_the_strikes(extractor):
    text = ("ISLAMABAD/KABUL, Nov 25 (Reuters) - Pakistani jets struck what Pakistani security officials described as "
            "hideouts of the Pakistani Taliban in Afghanistan's Paktika province early on Tuesday. Two Pakistani "
            "security officials said the strikes in Barmal district targeted commanders of the Tehrik-i-Taliban "
            "Pakistan behind recent attacks in Khyber Pakhtunkhwa. Taliban spokesman Zabihullah Mujahid said ten "
            "civilians, including women and children, were killed.")
    strikes = _asserted(extractor, text, "OPERATION")
    assert strikes and all(m.quantities.get("killed") == 10 for m in strikes)
    assert not any(m.quantities.get("killed") for m in _asserted(extractor, text, "ATTACK"))


def test_the_people_of_a_deed_told_before_carry_no_negation(extractor):
    text = ("Islamic Emirate spokesman Zabihullah Mujahid said on Monday that security forces had detained nine members "
            "of the Tehrik-e-Taliban Pakistan in Kunar and Nuristan provinces over the past week. Mujahid did not give "
            "the names of the detained men.")
    arrests = [m for m in extractor.extract("r", text, DAY) if m.type == "ARREST"]
    assert arrests and all(m.modality == "asserted" for m in arrests)
    assert len({m.event for m in arrests}) == 1 and arrests[0].quantities.get("arrested") == 9


def test_a_condemned_explosion_told_with_its_total_dead(extractor):
    text = ("BEIJING, Jan. 19 (Xinhua) -- China strongly condemns the terrorist attack on a restaurant in Kabul that "
            "killed a Chinese citizen and injured two others, Chinese Foreign Ministry spokesperson Guo Jiakun said on "
            "Monday. The explosion in the Afghan capital's Shahr-e-Naw area killed seven people in total, according to "
            "local authorities.")
    attacks = _asserted(extractor, text, "ATTACK")
    assert attacks and len({m.event for m in attacks}) == 1
    assert attacks[0].quantities.get("killed") == 7 and attacks[0].location.name == "Kabul"
