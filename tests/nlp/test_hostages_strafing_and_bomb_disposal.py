"""Mapped deeds told in less usual words: hostages taken with "hostage" before the people, people seized or taken
to an unknown place, positions strafed by gunships, a training camp struck, a town retaken (a past the parse reads
as a noun), and a bomb set off by those whose trade is making bombs safe."""

import pytest

from tests.nlp.conftest import asserted


@pytest.mark.parametrize("text, kind", [
    ("Jihadists took hostage 15 traders on the road to Menaka.", "ATTACK"),
    ("Armed men seized a local councillor in Tahoua and took him to an unknown location.", "ATTACK"),
    ("Masked men took the pastor to an undisclosed destination.", "ATTACK"),
    ("Police seized the mayor of Ciudad Juarez for questioning.", "ARREST"),
    ("The air force said its jets destroyed a rebel training camp in Darfur.", "OPERATION"),
    ("The army retook Gwoza from Boko Haram on Friday.", "OPERATION"),
    ("Army helicopter gunships strafed insurgent positions near the Chinese border.", "OPERATION"),
    ("Bomb disposal experts safely detonated an unexploded mortar shell found in a field in Herat.", "DISMANTLE"),
    ("Sappers detonated a landmine found beside the road to Kidal.", "DISMANTLE"),
])
def test_mapped_deeds(extractor, text, kind):
    assert kind in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "Bomb disposal experts safely detonated an unexploded mortar shell found in a field in Herat.",
    "Sappers detonated a landmine found beside the road to Kidal.",
])
def test_bomb_made_safe_is_no_attack(extractor, text):
    assert "ATTACK" not in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "Militants detonated a landmine under an army truck in Kurram.",
    "A suicide bomber detonated his vest at a checkpoint in Mogadishu.",
])
def test_bombs_set_off_by_attackers_stay_attacks(extractor, text):
    assert "ATTACK" in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "Relatives took the injured to hospital in Maiduguri.",
    "Two pilots died when their jet crashed during a training sortie.",
])
def test_no_deed_in_care_or_drill(extractor, text):
    assert not asserted(extractor, text) & {"ATTACK", "ARREST", "OPERATION"}
