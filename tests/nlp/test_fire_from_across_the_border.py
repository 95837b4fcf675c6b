"""Fire from across the border: placed where it landed, launched from where it was fired."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2024, 4, 2)


def _attack(extractor, text: str):
    ms = [m for m in extractor.extract("f", text, PUB) if m.type in ("ATTACK", "OPERATION")
          and m.modality == "asserted"]
    assert ms, text
    return ms[0]


@pytest.mark.parametrize("text, province, origin", [
    # "fired" after the rockets is their participle, "landed" the verb
    ("Three rockets fired from Afghanistan landed in Bajaur on Sunday.", "Khyber Pakhtunkhwa", "AF"),
    ("Mortar shells fired from Afghan territory landed in Mohmand district, wounding a child.", "Khyber Pakhtunkhwa", "AF"),
    ("Two women were injured when mortar shells fired from Afghanistan landed in a village in Chitral.",
     "Khyber Pakhtunkhwa", "AF"),
    ("Mortar shells fired from Pakistan landed in Dangam district of Kunar, killing a boy.", "Kunar", "PK"),
])
def test_fire_lands_where_it_is_placed_and_comes_from_where_it_was_fired(extractor, text, province, origin):
    m = _attack(extractor, text)
    assert m.location is not None and m.location.admin1 == province
    assert m.launched_from is not None and m.launched_from.country == origin


def test_fire_into_a_province_is_placed_there(extractor):
    m = _attack(extractor, "Pakistani forces fired mortar shells into Kunar province on Monday.")
    assert m.location is not None and m.location.admin1 == "Kunar" and m.source is not None \
        and m.source.id == "pakistan"


def test_forces_firing_at_protesters_stay_no_deed(extractor):
    assert not [m for m in extractor.extract("f", "Police fired tear gas shells at protesters in Quetta.", PUB)
                if m.type in ("ATTACK", "OPERATION")]


def test_fire_with_its_firers_named_stays_theirs(extractor):
    m = _attack(extractor, "Militants fired three rockets at a Levies post in Kohlu on Saturday.")
    assert m.type == "ATTACK" and m.source is not None and m.source.text == "Militants"
    assert m.location is not None and m.location.admin1 == "Balochistan" and m.launched_from is None


@pytest.mark.parametrize("text, province, origin", [
    # the border line lies in neither country: fire across it into a province came from the other side
    ("Pakistani security forces fired mortars across the Durand Line into Dangam district of Kunar, killing a "
     "farmer.", "Kunar", "PK"),
    ("Border forces fired rockets across the Durand Line into Nangarhar's Lalpur district, wounding two boys.",
     "Nangarhar", "PK"),
    ("Militants fired across the Durand Line at a border post in Bajaur, killing a soldier.", "Khyber Pakhtunkhwa",
     "AF"),
])
def test_fire_across_the_border_line_comes_from_the_side_it_did_not_land_on(extractor, text, province, origin):
    m = _attack(extractor, text)
    assert m.location is not None and m.location.admin1 == province
    assert m.launched_from is not None and m.launched_from.country == origin
