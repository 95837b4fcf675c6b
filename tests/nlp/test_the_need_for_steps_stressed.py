"""A party stressing the need for steps against an armed group asks for them, as a wire reports a minister's words:
"Foreign Minister Ishaq Dar stressed the need for concrete steps against the TTP"."""

from __future__ import annotations

from datetime import date

D = date(2027, 3, 15)


def _demands(extractor, text: str) -> list:
    return [m for m in extractor.extract("n", text, D) if m.type == "DEMAND" and m.modality == "asserted"]


def test_the_need_for_steps_against_a_group_stressed_is_a_demand(extractor):
    dar = _demands(extractor, "Foreign Minister Ishaq Dar stressed the need for concrete steps against the TTP.")
    assert dar and dar[0].source is not None and dar[0].source.id == "pakistan"
    china = _demands(extractor, "China emphasised the need for Kabul to dismantle ETIM networks.")
    assert china and china[0].source.id == "china" and china[0].target is not None and china[0].target.id == "taliban"
    # (the step itself is only asked for)
    assert not [m for m in extractor.extract("n", "China emphasised the need for Kabul to dismantle ETIM networks.", D)
                if m.type == "DISMANTLE" and m.modality == "asserted"]


def test_the_need_for_what_is_no_step_against_anyone_is_no_demand(extractor):
    assert not _demands(extractor, "The minister stressed the need for dialogue with Kabul.")
    assert not _demands(extractor, "The army stressed the need for more troops in Kurram.")
