"""Former members of a party's forces, the state people are handed to, and the rescue that ends a hostage-taking
(sentences written in the manner of Afghan and Pakistani press reports of 2025)."""

from datetime import date

from tests.nlp.conftest import first_asserted

DAY = date(2025, 3, 15)


def test_a_former_member_of_the_forces_is_no_longer_the_partys(extractor):
    m = first_asserted(extractor, "Unknown gunmen shot dead a former member of the Afghan security forces in "
                                  "Nangarhar's Behsud district on Friday night.", "ATTACK", DAY)
    assert m.target is not None and m.target.id is None
    m = first_asserted(extractor, "Gunmen killed a retired army officer in Quetta.", "ATTACK", DAY)
    assert m.target is not None and m.target.id is None
    # (one serving still is)
    m = first_asserted(extractor, "Gunmen killed an army officer in Quetta.", "ATTACK", DAY)
    assert m.target is not None and m.target.id == "pakistan"


def test_the_state_people_are_handed_to_is_not_where_they_were_taken(extractor):
    text = ("The Taliban have arrested a key ISKP operative accused of planning the Abbey Gate bombing and handed him "
            "over to the United States, Pakistani officials said.")
    for etype in ("ARREST", "EXTRADITE"):
        m = first_asserted(extractor, text, etype, DAY)
        assert m.location is None or m.location.country != "US", etype


def test_the_people_arrested_are_counted_by_the_arrest_alone(extractor):
    text = "The Taliban have arrested a key ISKP operative and handed him over to the United States."
    assert first_asserted(extractor, text, "ARREST", DAY).quantities.get("arrested") == 1
    assert "arrested" not in first_asserted(extractor, text, "EXTRADITE", DAY).quantities


def test_the_rescue_of_hostages_is_the_hostage_takings_end(extractor):
    text = ("Balochistan Liberation Army militants hijacked the Jaffar Express with more than 400 passengers on board "
            "near Sibi on Tuesday. Security forces launched a rescue operation and freed 346 hostages, while 33 "
            "militants were killed, the military said. Twenty-six hostages, mostly soldiers, were killed by the "
            "militants.")
    ms = [m for m in extractor.extract("t", text, DAY) if m.type in ("ATTACK", "OPERATION")
          and m.modality == "asserted"]
    assert len({m.event for m in ms}) == 1
    assert {m.source.id for m in ms if m.source} == {"bla"}
    assert {(m.quantities.get("killed"), m.quantities.get("attackers_killed")) for m in ms} == {(26, 33)}
