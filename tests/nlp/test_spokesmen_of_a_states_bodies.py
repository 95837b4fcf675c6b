"""A spokesman named by his state's body ("a police spokesman", "the Kabul police spokesman") speaks for that state,
never for the group the report named before (sentences written in the manner of Afghan and Pakistani reports)."""

from datetime import date

DAY = date(2023, 6, 1)


def _denials(extractor, text):
    return [m.source.id if m.source else None for m in extractor.extract("t", text, DAY) if m.type == "DENY"]


def test_a_police_spokesman_speaks_for_the_state(extractor):
    assert _denials(extractor, "The TTP claimed the attack. A police spokesman in Peshawar denied the claim.") == [
        "pakistan"]
    assert _denials(extractor, "Daesh claimed the attack on a Taliban checkpoint in Kabul. Khalid Zadran, the Kabul "
                               "police spokesman, denied the claim.") == ["taliban"]


def test_a_spokesman_of_no_body_named_is_the_one_named_before(extractor):
    ms = extractor.extract("t", "Pakistan's Foreign Office rejected the report. The spokesperson said Kabul must act.",
                           DAY)
    assert [(m.type, m.source.id) for m in ms if m.type == "DEMAND"] == [("DEMAND", "pakistan")]
