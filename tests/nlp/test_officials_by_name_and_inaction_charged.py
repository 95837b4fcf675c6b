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

DAY = date(2024, 12, 24)


def _first(extractor, text: str, etype: str):
    ms = [m for m in extractor.extract("o", text, DAY) if m.type == etype and m.modality == "asserted"]
    assert ms, text
    return ms[0]


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
