"""A report that names its deed again by its day, a bomber who rammed a car into a convoy, and the finest place a
report names when it also names the district's and the province's words.

From a report of the 2024 Besham attack told the way wire reports tell it:
- "The bomber rammed an explosives-laden car into the convoy near Besham in Shangla district of Khyber Pakhtunkhwa
  province" gave nothing; it is the attack told again, with its place (a truck that rammed a bus is an accident).
- "... near Besham in Shangla district of Khyber Pakhtunkhwa province" was placed at the province: the word
  "province" chose the level over the district named. It now chooses the reading of its own name only ("Lashkar
  Gah, the capital of Helmand province" is at Lashkar Gah); "district" still makes its district the place.
- "In 2021, a bus carrying Chinese engineers to the same dam was bombed, killing 13 people ... Pakistani
  authorities later said the attackers had planned Tuesday's bombing in Afghanistan": "Tuesday's bombing" is the
  attack of that Tuesday, not the 2021 bombing told last.
"""

from __future__ import annotations

from datetime import date

DAY = date(2024, 3, 27)
REPORT = ("ISLAMABAD (AP) - A suicide bomber targeted a convoy of Chinese engineers in northwest Pakistan on Tuesday, "
          "killing five Chinese nationals and their Pakistani driver, police said. The bomber rammed an explosives-laden "
          "car into the convoy near Besham in Shangla district of Khyber Pakhtunkhwa province, regional police chief "
          "Mohammad Ali Gandapur said. No group immediately claimed responsibility. In 2021, a bus carrying Chinese "
          "engineers to the same dam was bombed, killing 13 people, including nine Chinese nationals. Pakistani "
          "authorities later said the attackers had planned Tuesday's bombing in Afghanistan.")


def _attacks(extractor, text: str) -> list:
    return [m for m in extractor.extract("b", text, DAY) if m.type == "ATTACK" and m.modality == "asserted"]


def test_the_attack_told_again_by_the_bomber_ramming_gives_its_place(extractor):
    attacks = _attacks(extractor, REPORT)
    first = attacks[0]
    rammed = [m for m in attacks if m.trigger == "rammed"]
    assert rammed and rammed[0].event == first.event
    assert first.location and first.location.name == "Shangla" and first.location.admin1 == "Khyber Pakhtunkhwa"
    assert first.quantities.get("killed") == 6


def test_a_vehicle_ramming_another_is_no_attack(extractor):
    assert not _attacks(extractor, "A speeding truck rammed a passenger bus near Kohat, killing 12 people.")


def test_a_deed_named_by_its_day_is_the_one_of_that_day(extractor):
    attacks = _attacks(extractor, REPORT)
    first = attacks[0]
    older = next(m for m in attacks if m.trigger == "bombed")
    named = next(m for m in attacks if m.trigger == "bombing")
    assert named.event == first.event != older.event
    assert older.quantities.get("killed") == 13


def test_a_province_word_chooses_its_names_reading_not_the_level(extractor):
    for text, name in (("Militants attacked a post in Nad Ali district of Helmand province.", "Nad 'Ali"),
                       ("A bomb exploded in Kunar province, killing two.", "Kunar"),
                       ("Gunmen killed two policemen in Lashkar Gah, the capital of Helmand province.", "Lashkar Gah")):
        ms = _attacks(extractor, text)
        assert ms and ms[0].location and ms[0].location.name == name, text


def test_a_country_named_on_a_deed_planned_is_where_it_was_planned(extractor):
    attacks = _attacks(extractor, REPORT)
    first = attacks[0]
    assert first.launched_from and first.launched_from.country == "AF"
    assert first.location and first.location.admin1 == "Khyber Pakhtunkhwa"
    quetta = _attacks(extractor, "A bomb killed five people in Quetta on Monday. Police said the militants had "
                                 "planned the attack in Quetta.")
    assert quetta and all(m.launched_from is None for m in quetta)
