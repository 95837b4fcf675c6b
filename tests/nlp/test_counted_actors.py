""""Hundreds of", "dozens of", "scores of": a rough count stands for whoever it counts, so migrants or villagers
storming a place mount no operation, and counted fighters attack."""

import pytest

from tests.nlp.conftest import ACTIONS, asserted


@pytest.mark.parametrize("text", [
    "Hundreds of migrants stormed the border fence near Ceuta at dawn.",
    "Dozens of villagers stormed a police post in Odisha after a boy drowned.",
    "Scores of refugees stormed an aid warehouse in the Dadaab camp.",
    "Thousands of students stormed into the university senate building in Nairobi.",
])
def test_counted_civilians_storming_mount_no_operation(extractor, text):
    assert not asserted(extractor, text) & ACTIONS


@pytest.mark.parametrize("text, kind", [
    ("Dozens of al-Shabab fighters stormed the town of Bulo Marer overnight.", "ATTACK"),
    ("Hundreds of jihadists stormed an army camp in Mali, killing 15 soldiers.", "ATTACK"),
    ("Hundreds of soldiers stormed the insurgents' stronghold in the forest.", "OPERATION"),
])
def test_counted_fighters_act_as_their_side(extractor, text, kind):
    got = asserted(extractor, text)
    assert kind in got and not got & ({"ATTACK", "OPERATION"} - {kind})
