"""Who fights a battle or wages an offensive acts in it: "Security forces fought a gunbattle with militants in Tank"
gave the operation to Pakistan with "gunbattle" as the actor's words, and "the army waged an offensive against the
TTP" gave "an offensive" as the actor (the lemmatizer reads "waged" as "wag")."""

from __future__ import annotations

from datetime import date

import pytest

LATE = date(2024, 6, 1)


@pytest.mark.parametrize("text, kind, party, words", [
    ("Security forces fought a gunbattle with militants in Tank.", "OPERATION", "pakistan", "Security forces"),
    ("The army waged an offensive against the TTP in North Waziristan.", "OPERATION", "pakistan", "army"),
    ("Militants fought a fierce battle with police in Lakki Marwat.", "ATTACK", None, "Militants"),
])
def test_who_fights_the_battle_acts_in_it(extractor, text, kind, party, words):
    deeds = [m for m in extractor.extract("f", text, LATE) if m.type == kind and m.modality == "asserted"]
    assert [(m.source.id, m.source.text) if m.source else None for m in deeds] == [(party, words)]
