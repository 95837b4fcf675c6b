"""Strikes a state says it carried out, places owned by a country, whom a joined verb asks, and handovers told by
the state that received the people (sentences written in the manner of wire and Pakistani press reports)."""

from datetime import date

from tests.nlp.conftest import first_asserted

DAY = date(2024, 6, 1)


def _mentions(extractor, text):
    return extractor.extract("t", text, DAY)


def test_strikes_a_state_says_it_carried_out_are_its_operation(extractor):
    m = first_asserted(extractor, "Pakistan on Wednesday said it had carried out strikes inside Afghanistan "
                                  "targeting hideouts of the Tehreek-e-Taliban Pakistan.", "OPERATION", DAY)
    assert m.source is not None and m.source.id == "pakistan"
    assert m.target is not None and m.target.id == "ttp"
    m = first_asserted(extractor, "Pakistan said it had carried out strikes in Afghanistan.", "OPERATION", DAY)
    assert m.source is not None and m.source.id == "pakistan"


def test_strikes_of_workers_are_no_operation(extractor):
    for text in ("The union said it would launch strikes across the province next week.",
                 "Traders observed a strike in Quetta against the killing."):
        assert not [m for m in _mentions(extractor, text) if m.type == "OPERATION"], text


def test_a_country_owning_the_place_struck_is_not_the_target(extractor):
    m = first_asserted(extractor, "Pakistani military helicopters pounded areas in Afghanistan's Khost and Kunar "
                                  "provinces early on Saturday, killing at least 47 civilians.", "OPERATION", DAY)
    assert m.source is not None and m.source.id == "pakistan"
    assert m.target is None or m.target.id != "taliban"
    # (a party's own forces named in the phrase still are)
    m = first_asserted(extractor, "Gunmen attacked a checkpoint of the Taliban's forces in Afghanistan's Kunar "
                                  "province.", "ATTACK", DAY)
    assert m.target is not None and m.target.id == "taliban"


def test_a_saying_told_after_joined_verbs_tells_them_both(extractor):
    text = ("Pakistan has given the Taliban government a dossier containing evidence of TTP camps in Afghanistan and "
            "asked it to act within a month, a senior official said.")
    m = first_asserted(extractor, text, "DEMAND", DAY)
    assert (m.source.id, m.target.id) == ("pakistan", "taliban")


def test_the_one_asked_is_whom_something_was_given_to(extractor):
    m = first_asserted(extractor, "Pakistan handed a list of TTP leaders to the Taliban and urged them to arrest the "
                                  "men.", "DEMAND", DAY)
    assert m.target is not None and m.target.id == "taliban"
    m = first_asserted(extractor, "China hosted the Taliban foreign minister and pressed him to act against ETIM.",
                       "DEMAND", DAY)
    assert (m.source.id, m.target.id) == ("china", "taliban")


def test_a_handover_told_by_the_state_that_received_the_people(extractor):
    text = ("Chinese authorities said they had received two suspects of the East Turkestan Islamic Movement from "
            "Afghanistan. The Taliban have denied handing over any Uyghurs to China.")
    m = first_asserted(extractor, text, "EXTRADITE", DAY)
    assert (m.source.id, m.target.id, m.verification) == ("taliban", "etim", "disputed")
    m = first_asserted(extractor, "Pakistan received three TTP commanders from the Afghan Taliban at Torkham.",
                       "EXTRADITE", DAY)
    assert (m.source.id, m.target.id) == ("taliban", "ttp")


def test_people_or_papers_received_are_no_handover(extractor):
    for text in ("Pakistan received thousands of refugees from Afghanistan.",
                 "The minister received a letter from Kabul.",
                 "Police received two suspects from the Quetta police."):
        assert not [m for m in _mentions(extractor, text) if m.type == "EXTRADITE"], text
