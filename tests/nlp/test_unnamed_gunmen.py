"""Men no one names who shoot someone dead are an attack's unidentified gunmen, as the conflict-event records code
them; a man harming his own, and men killing over a dispute or a feud, stay crime."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2015, 8, 14)


@pytest.mark.parametrize("text", [
    "A tailor was gunned down by two men on a motorcycle in Turbat.",
    "A schoolteacher was gunned down by three men outside his house in Mastung.",
])
def test_men_no_one_names_who_gun_someone_down_attack(extractor, text):
    ms = [m for m in extractor.extract("g", text, PUB) if m.type == "ATTACK" and m.modality == "asserted"]
    assert ms and ms[0].quantities.get("killed") == 1


@pytest.mark.parametrize("text", [
    "A farmer was gunned down by two men over a land dispute in Okara.",
    "A labourer was gunned down by three men over an old feud in Sargodha.",
    "A man gunned down his brother in Sahiwal.",
])
def test_killings_over_disputes_or_at_home_stay_crime(extractor, text):
    assert not any(m.type in ("ATTACK", "OPERATION") and m.modality == "asserted"
                   for m in extractor.extract("g", text, PUB))
