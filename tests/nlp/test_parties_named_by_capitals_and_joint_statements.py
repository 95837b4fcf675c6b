"""Parties in the language of diplomacy: two states in a joint statement the parse hangs on a place, a demanded arrest
of a group's chief, and a capital that stands for its government (sentences written in the manner of joint statements
and Al Jazeera analyses of 2025)."""

from datetime import date

DAY = date(2025, 11, 20)


def test_both_states_of_a_joint_statement_demand(extractor):
    text = ("In a joint statement issued after the trilateral meeting in Islamabad, China and Pakistan called on the "
            "Afghan side to take visible and verifiable steps, including dismantling terrorist training camps, "
            "arresting TTP leaders and cutting off their financing.")
    ms = extractor.extract("r", text, DAY)
    assert {m.source.id for m in ms if m.type == "DEMAND"} == {"china", "pakistan"}
    assert all(m.modality == "demanded" for m in ms if m.type in ("ARREST", "DISMANTLE"))


def test_whom_an_arrest_is_demanded_of_is_not_asked_to_make_it(extractor):
    ms = extractor.extract("r", "Pakistan has demanded the arrest of TTP chief Noor Wali Mehsud.", DAY)
    arrest = next(m for m in ms if m.type == "ARREST")
    assert arrest.modality == "demanded" and (arrest.source is None or arrest.source.id != "ttp")
    assert arrest.target is not None and arrest.target.id == "ttp"


def test_a_capital_that_acts_is_its_government_not_a_place(extractor):
    text = ("Analysts say Kabul is unlikely to act against the TTP because of deep ideological and tribal ties. The "
            "Taliban have detained some TTP commanders.")
    arrest = next(m for m in extractor.extract("r", text, DAY) if m.type == "ARREST")
    assert arrest.location is None or arrest.location.name != "Kabul"
    # (the capital where a deed was done is its place)
    text = "A blast killed five people in Kabul. Police arrested two ISKP members in Kabul on Monday."
    arrest = next(m for m in extractor.extract("r", text, DAY) if m.type == "ARREST")
    assert arrest.location is not None and arrest.location.name == "Kabul"


def test_a_speaker_named_again_by_surname_is_the_party_named_with_his_title(extractor):
    text = ("Taliban deputy spokesman Hamdullah Fitrat rejected the allegations. Fitrat denied that TTP fighters were "
            "operating from Kunar or Nuristan.")
    denials = [m for m in extractor.extract("r", text, DAY) if m.type == "DENY"]
    assert len(denials) == 2 and {m.source.id for m in denials} == {"taliban"}


def test_he_is_the_speaker_of_the_statement_before_and_claims_are_their_owners(extractor):
    text = ("Foreign Office spokesperson Shafqat Ali Khan said Pakistan wanted good relations with Afghanistan. He "
            "rejected Afghan claims that Pakistan was violating Afghan airspace as baseless.")
    deny = next(m for m in extractor.extract("r", text, DAY) if m.type == "DENY")
    assert (deny.source.id, deny.target.id) == ("pakistan", "taliban")
