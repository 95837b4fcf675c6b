"""The dead of a deed charged to the men an operation targeted, sides named inside one modifier, and a claim of
harm that the other side denies.

- "Pakistani military aircraft struck targets in Khost and Paktika, killing at least eight people ... Pakistan's
  foreign ministry said the operation targeted terrorists of the Hafiz Gul Bahadur group responsible for an attack
  that killed seven soldiers in North Waziristan on Saturday": the seven soldiers are not the strikes' own dead.
- "Pakistani and Afghan Taliban forces exchanged heavy fire along the border in Kurram": two states' forces, an
  OPERATION (in 2024 the Taliban are the de facto authority), not an ATTACK.
- "Fighters of the National Resistance Front said they killed 12 Taliban fighters in an ambush in Panjshir.
  Taliban spokesman Zabihullah Mujahid denied the claim.": harm known only from the group's word is disputed by
  the denial; "A bomb killed five soldiers in Bajaur" is not undone by a denial of where the attackers came from.
"""

from __future__ import annotations

from datetime import date

DAY = date(2024, 12, 24)


def _of(extractor, text: str, etype: str) -> list:
    return [m for m in extractor.extract("c", text, DAY) if m.type == etype and m.modality == "asserted"]


def test_the_dead_of_a_deed_charged_to_the_targets_are_not_the_operations(extractor):
    text = ("KHOST: Pakistani military aircraft struck targets in Afghanistan's Khost and Paktika provinces early on "
            "Monday, killing at least eight people, including women and children, the Taliban said. Pakistan's foreign "
            "ministry said the operation targeted terrorists of the Hafiz Gul Bahadur group responsible for an attack "
            "that killed seven soldiers in North Waziristan on Saturday.")
    ops = _of(extractor, text, "OPERATION")
    assert ops and all(m.quantities.get("killed") == 8 and not m.quantities.get("forces_killed") for m in ops)


def test_two_states_forces_named_in_one_modifier_fight_an_operation(extractor):
    text = "Pakistani and Afghan Taliban forces exchanged heavy fire along the border in Kurram district on Saturday."
    assert _of(extractor, text, "OPERATION") and not _of(extractor, text, "ATTACK")


def test_harm_known_only_from_a_groups_word_is_disputed_by_a_denial(extractor):
    text = ("Fighters of the National Resistance Front said they killed 12 Taliban fighters in an ambush in Panjshir. "
            "Taliban spokesman Zabihullah Mujahid denied the claim.")
    attacks = _of(extractor, text, "ATTACK")
    assert attacks and all(m.verification == "disputed" for m in attacks)


def test_harm_on_record_is_not_undone_by_a_denial_of_origin(extractor):
    text = ("A bomb killed five soldiers in Bajaur. The TTP claimed the attack. The Taliban denied that the attackers "
            "came from Afghanistan.")
    attacks = _of(extractor, text, "ATTACK")
    assert attacks and all(m.verification is None for m in attacks)


def test_a_province_in_brackets_after_a_site_named_by_its_place_is_its_province(extractor):
    # ACLED's notes since 2020 gloss a place with its province in brackets; a site named after its place ("Bagram
    # Air Field") is glossed too, and outweighs the city beside it
    ms = _of(extractor, "On 22 May 2020, militants fired rockets at Kabul's Bagram Air Field (Parwan). No casualties "
                        "were reported. IS claimed responsibility.", "ATTACK")
    assert ms and ms[0].location and ms[0].location.admin1 == "Parwan"
