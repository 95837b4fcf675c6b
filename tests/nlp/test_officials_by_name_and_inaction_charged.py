"""Ministers and spokespersons named without their government speak for it, and a party saying another failed to
act against a group accuses it.

- "Deputy Prime Minister Abdul Ghani Baradar said" speaks for the Taliban, "Foreign Office spokesperson Mumtaz Zahra
  Baloch" for Pakistan (and names no Baloch group), "Chinese foreign ministry spokesman Lin Jian" for China: the
  case file lists the officials reports name.
- "Pakistan on Tuesday said the Afghan Taliban had failed to act on its repeated requests to rein in the TTP" is
  an ACCUSE by Pakistan of the Taliban; "Police said the bomb failed to explode" accuses no one.
"""

from __future__ import annotations

from datetime import date

from tests.nlp.conftest import first_asserted

DAY = date(2024, 12, 24)


def _first(extractor, text: str, etype: str):
    return first_asserted(extractor, text, etype, DAY)


def test_officials_named_alone_speak_for_their_government(extractor):
    baradar = _first(extractor, '"We will not allow anyone to use our soil against neighbours," Deputy Prime Minister '
                                'Abdul Ghani Baradar said in a statement.', "ASSURE")
    assert baradar.source and baradar.source.id == "taliban"
    baloch = _first(extractor, "Foreign Office spokesperson Mumtaz Zahra Baloch said Pakistan expected Kabul to take "
                               "action against the TTP.", "DEMAND")
    assert baloch.source and baloch.source.id == "pakistan" and baloch.groups == ["ttp"]
    lin = _first(extractor, "Chinese foreign ministry spokesman Lin Jian urged the Afghan interim government to take "
                            "effective measures against ETIM.", "DEMAND")
    assert lin.source and lin.source.id == "china"


def test_a_party_saying_another_failed_to_act_accuses_it(extractor):
    text = ("ISLAMABAD: Pakistan on Tuesday said the Afghan Taliban had failed to act on its repeated requests to rein "
            "in the TTP, as militant violence surged in the country's northwest.")
    charge = _first(extractor, text, "ACCUSE")
    assert charge.source and charge.source.id == "pakistan"
    assert charge.target and charge.target.id == "taliban"


def test_a_thing_that_failed_accuses_no_one(extractor):
    ms = extractor.extract("o", "Police said the bomb failed to explode.", DAY)
    assert not [m for m in ms if m.type == "ACCUSE"]


def test_deeds_every_week_brings_are_a_habit(extractor):
    ms = extractor.extract("h", "Every week brings reports of militants killed in clashes along the border.", DAY)
    assert not [m for m in ms if m.type in ("OPERATION", "ATTACK") and m.modality == "asserted"]
    told = extractor.extract("h", "Police reported three militants killed in a clash in Bannu on Monday.", DAY)
    assert [m for m in told if m.type == "OPERATION" and m.modality == "asserted"]


def test_a_bare_official_is_one_of_the_officials_named_before(extractor):
    text = ("PESHAWAR: The Afghan Taliban have arrested three commanders of the banned Tehreek-e-Taliban Pakistan in "
            "Kunar province, two Pakistani security officials said on Wednesday. The officials, who requested "
            "anonymity, said the arrests followed a meeting between Pakistani and Afghan officials in Kabul last week. "
            '"This is a positive step, but we want to see more," one official said. The Taliban did not comment.')
    demand = _first(extractor, text, "DEMAND")
    assert demand.source and demand.source.id == "pakistan"


def test_a_bare_official_never_urges_his_own_side(extractor):
    text = ("KABUL: Taliban officials said on Monday they had arrested 12 ISKP members. Pakistan welcomed the arrests. "
            "One official said Kabul must do more.")
    demand = _first(extractor, text, "DEMAND")
    assert demand.target and demand.target.id == "taliban"
    assert demand.source is None or demand.source.id != "taliban"
