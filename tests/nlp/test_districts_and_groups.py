"""Attacks told in different districts of one province are different events, and the region's armed groups the
case file names carry the attacks they claim. Sentences are written the way wire reports are."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 11, 20)


def attacks(ms):
    return [m for m in ms if m.type == "ATTACK" and m.modality == "asserted"]


def by_place(ms):
    return {m.location.name: m for m in attacks(ms) if m.location is not None}


@pytest.mark.parametrize("text, first, second", [
    ("Militants attacked a police post in Tank, killing two constables. In Kohat, a roadside bomb wounded three "
     "soldiers.", "Tank", "Kohat"),
    ("Gunmen stormed a Levies post in Loralai, killing a guard. In Mastung, a roadside bomb struck a van, wounding two shopkeepers.",
     "Loralai", "Mastung"),
    ("A bomb went off near a police van in Bajaur, wounding two constables. Hours later, a bomb exploded in Mohmand, "
     "killing two Levies men.", "Bajaur", "Mohmand"),
])
def test_attacks_in_two_districts_of_one_province_are_two_events(extractor, text, first, second):
    places = by_place(extractor.extract("t", text, PUB))
    assert places[first].event != places[second].event


def test_a_claim_of_both_attacks_reaches_both_districts(extractor):
    ms = extractor.extract("t", "Militants attacked a police post in Tank, killing two constables. In Kohat, a roadside "
                                "bomb wounded three soldiers. The Tehreek-e-Taliban Pakistan claimed responsibility for "
                                "both attacks.", PUB)
    places = by_place(ms)
    assert places["Tank"].event != places["Kohat"].event
    assert places["Tank"].source.id == places["Kohat"].source.id == "ttp"


@pytest.mark.parametrize("text", [
    # a town told with its district, and the forces' answer told after it
    "Gunmen stormed a checkpost in Mir Ali, North Waziristan, killing two soldiers. Three attackers were killed in the "
    "exchange of fire, the military said.",
    # a quarter of the city told after the city
    "A bomb went off in a market in Peshawar, killing four people. The blast in Hayatabad also wounded 12.",
    # the attack named again
    "Militants attacked a police post in Tank, killing two constables. The attack in Kohat lasted an hour.",
])
def test_one_attack_told_with_its_district_or_named_again_stays_one(extractor, text):
    assert len({m.event for m in attacks(extractor.extract("t", text, PUB))}) == 1


@pytest.mark.parametrize("text, group, name", [
    ("Gunmen shot dead two policemen guarding a polio team in Bannu. Tehreek-e-Jihad Pakistan claimed the attack.",
     "tjp", "Tehreek-e-Jihad Pakistan"),
    ("Terrorists attacked a police station in Dera Ismail Khan, killing four policemen. Tehrik-e-Jihad Pakistan (TJP) "
     "said its fighters carried it out.", "tjp", "Tehrik-e-Jihad Pakistan"),
    ("A bomb exploded near a Frontier Corps vehicle in Kech district, wounding four soldiers. The Ittehad-ul-Mujahideen "
     "Pakistan said it carried out the blast.", "imp", "Ittehad-ul-Mujahideen Pakistan"),
    ("A blast in a crowded bazaar in Parachinar killed ten people. Lashkar-e-Jhangvi al-Alami claimed responsibility "
     "for the bombing.", "lashkar-e-jhangvi", "Lashkar-e-Jhangvi al-Alami"),
])
def test_the_regions_groups_carry_the_attacks_they_claim(extractor, text, group, name):
    found = attacks(extractor.extract("t", text, PUB))
    assert found and all(m.source is not None and m.source.id == group and m.perpetrator_basis == "claimed"
                         for m in found)
    assert found[0].source.text == name


@pytest.mark.parametrize("text, group", [
    ("A bomb killed two soldiers in Kech. The Baluchistan Liberation Front claimed the attack.", "blf"),
    ("Gunmen killed two Levies men in Kalat. The Baloch Raaji Aajoi Sangar claimed the attack.", "bra"),
    ("Gunmen killed a policeman in Hyderabad. The Sindhu Desh Revolutionary Army claimed the attack.", "sra"),
    ("A bomb killed two policemen in Bajaur. Wilayah Pakistan claimed the attack.", "iskp"),
])
def test_common_spellings_of_the_regions_groups(extractor, text, group):
    found = attacks(extractor.extract("t", text, PUB))
    assert found and all(m.source is not None and m.source.id == group for m in found)
