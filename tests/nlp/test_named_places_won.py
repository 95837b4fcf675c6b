"""A place taken by its name alone is ground won: a name taken from an armed party, a name said to be a town or
a capital, or a name won back; a person recaptured by the police, or a seat won at the polls, is not."""

import pytest

from tests.nlp.conftest import asserted


@pytest.mark.parametrize("text", [
    "Government troops recaptured Kalemie from the rebels on Saturday, the army said.",
    "Sudanese soldiers recaptured Abu Karshola from SPLM-N fighters after a week of fighting.",
    "The Chadian army captured Bardai, the insurgents' main stronghold, on Monday.",
    "Peruvian troops have retaken Vizcatan after a two-day battle.",
    "Kurdish and Iraqi forces fully liberated Sinjar, a commander said.",
])
def test_named_place_taken_is_an_operation(extractor, text):
    assert "OPERATION" in asserted(extractor, text)


@pytest.mark.parametrize("text", [
    "Police recaptured the escaped prisoner Juma Otieno near Kisumu.",
    "The Labour party regained Hartlepool in the by-election.",
    "The ruling coalition wrested Selangor from the opposition in the state polls.",
])
def test_named_person_or_seat_is_no_ground(extractor, text):
    assert "OPERATION" not in asserted(extractor, text)
