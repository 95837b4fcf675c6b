"""Event descriptions in the style of a conflict-event record of 2020 (Afghanistan and Pakistan): the deed, who
acts and where, read from one paragraph."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2020, 6, 1)


def _deeds(extractor, text: str) -> list:
    return [m for m in extractor.extract("n", text, PUB) if m.type in ("ATTACK", "OPERATION")
            and m.modality == "asserted"]


@pytest.mark.parametrize("text, actor", [
    # the parse makes the object the sentence's root and the verb, with its own subject, an adjective on it
    ("On 5 March 2020, a US drone targeted Taliban fighters who had gathered in Nahr-e-Shahi district of Balkh.", "us"),
    ("On 5 March 2020, a US drone targeted Taliban fighters who were attacking an ANDSF checkpoint in Nahr-e-Shahi "
     "district of Balkh. [Casualties unknown]", "us"),
    ("On 9 May 2020, a US drone targeted Taliban fighters attacking a police post in Nad Ali district, Helmand.", "us"),
])
def test_a_verb_with_its_own_subject_is_no_adjective_on_its_object(extractor, text, actor):
    ops = [m for m in _deeds(extractor, text) if m.type == "OPERATION"]
    assert any(m.source and m.source.id == actor for m in ops)
