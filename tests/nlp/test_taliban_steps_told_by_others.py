"""Steps of the Taliban administration told the way Afghan and wire reports tell them: by a passive joined to
another, as items of the steps a monitoring report says were taken, as people kept from crossing, as a handover at
the border of men wanted for an attack elsewhere (sentences written in the manner of Pajhwok, Reuters and UN
Monitoring Team reports of 2023-2024)."""

from datetime import date

from tests.nlp.conftest import first_asserted

DAY = date(2024, 5, 20)


def test_passives_joined_share_the_by_phrase(extractor):
    m = first_asserted(extractor, "A weapons cache including twelve rocket launchers and hundreds of mortar rounds was "
                                  "discovered and seized by the Islamic Emirate's forces in Kandahar province, Pajhwok "
                                  "reported on Monday.", "DISMANTLE", DAY)
    assert m.source is not None and m.source.id == "taliban"
    # (a passive with a subject of its own keeps its own doer: the cache found, the men arrested by police)
    m = first_asserted(extractor, "A cache was found in Kandahar and two men were arrested by the police.", "DISMANTLE",
                       DAY)
    assert m.source is None or m.source.id != "taliban"


def test_the_steps_a_party_took_each_are_its_own(extractor):
    m = first_asserted(extractor, "A UN report released in July said the Taliban had taken some steps to restrain the "
                                  "TTP, including disarming some of its members and restricting their movement in "
                                  "Khost.", "RESTRICT", DAY)
    assert (m.source.id, m.target.id) == ("taliban", "ttp")


def test_where_people_were_kept_from_going_is_no_place_of_the_deed(extractor):
    m = first_asserted(extractor, "Taliban officials said they had prevented about 400 TTP fighters from crossing into "
                                  "Pakistan over the past month.", "RESTRICT", DAY)
    assert m.source.id == "taliban"
    assert m.location is None or m.location.country != "PK"
    # (where people crossed to is where they went)
    m = first_asserted(extractor, "Militants crossed into Pakistan and attacked a checkpost in Chitral.", "ATTACK", DAY)
    assert m.location is not None and m.location.country == "PK"


def test_the_attack_men_were_wanted_for_is_no_place_of_their_handover(extractor):
    m = first_asserted(extractor, "The Taliban handed over two suspects wanted in connection with the Dasu bus attack "
                                  "to Pakistani authorities at the Torkham crossing last week, according to two "
                                  "Pakistani security officials.", "EXTRADITE", DAY)
    assert m.location is not None and m.location.name == "Torkham"


def test_the_central_bank_the_administration_runs_is_its(extractor):
    m = first_asserted(extractor, "Da Afghanistan Bank (DAB) has frozen the accounts of 14 money changers accused of "
                                  "transferring funds to the Tehreek-e-Taliban Pakistan and Daesh, an official said on "
                                  "Tuesday.", "FINANCE", DAY)
    assert m.source is not None and m.source.id == "taliban" and {"ttp", "iskp"} <= set(m.groups)


def test_the_armed_opposition_to_the_administration_by_name(extractor):
    m = first_asserted(extractor, "On 20 January 2024, NRF forces attacked Taliban positions in Panjshir province, "
                                  "killing 3 Taliban.", "ATTACK", DAY)
    assert (m.source.id, m.target.id) == ("nrf", "taliban")
    m = first_asserted(extractor, "On 2 February 2025, AFF fighters attacked a Taliban checkpoint in Qala-e-Zal "
                                  "district (Kunduz), killing 2 Taliban members.", "ATTACK", DAY)
    assert m.source.id == "aff" and m.location.admin1 == "Kunduz"


def test_a_bomb_disposal_squad_is_the_states(extractor):
    m = first_asserted(extractor, "On 2 October 2022, a police bomb disposal squad defused an IED planted on a roadside "
                                  "in Bannu city (Bannu, Khyber Pakhtunkhwa). No casualties reported.", "DISMANTLE", DAY)
    assert m.source is not None and m.source.id == "pakistan"
