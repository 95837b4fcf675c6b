"""Events the trigger rules do not read, recovered by the trained subtype classifier (``Extractor._recover``)."""

import pytest

import tangible.nlp.extractor as X


def _read(extractor, text: str) -> list[tuple[str, str]]:
    return [(m.type, m.modality) for m in extractor.extract("doc", text)]


def test_a_deed_no_trigger_reads_is_recovered(extractor):
    # "inked" is no word of the trigger table: the classifier reads an agreement
    text = "Government negotiators and the rebels inked a ceasefire deal in Doha."
    found = extractor.extract("doc", text)
    assert [(m.type, m.modality, m.acled_subtype) for m in found] == [("AGREE", "asserted", "AGREEMENT")]
    # and it is the classifier's reading, not a rule's
    saved = X.RECOVER_SUBTYPE_P
    X.RECOVER_SUBTYPE_P = 1.01
    try:
        assert _read(extractor, text) == []
    finally:
        X.RECOVER_SUBTYPE_P = saved


@pytest.mark.parametrize("text", [
    # the classifier reads a grenade attack, but the sentence speaks of a habit, not of one attack
    "Grenade attacks on police posts have become common in the district.",
    "Arrests of low-level facilitators are common in the border districts.",
    # an unspecified past: what police did in earlier crackdowns, not one arrest
    "Police have detained hundreds of suspects in previous crackdowns, but few were ever convicted.",
])
def test_a_sentence_whose_deed_words_read_as_a_habit_is_not_recovered(extractor, text):
    assert _read(extractor, text) == []


@pytest.mark.parametrize("text", [
    "Floods swept away dozens of houses in the province after days of heavy rain.",
    "Police seized 40 kilograms of cocaine from a lorry at the port.",
])
def test_no_action_is_recovered_from_other_news(extractor, text):
    assert not [t for t, mod in _read(extractor, text) if t in ("OPERATION", "DISMANTLE") and mod == "asserted"]


@pytest.mark.parametrize("text", [
    "Police seized 50 kilograms of heroin.",
])
def test_an_action_the_rules_put_out_of_scope_is_not_recovered(extractor, text):
    # the rules read the seizure and found it police work on crime's goods: the classifier's reading of a
    # weapons seizure does not bring it back
    assert ("DISMANTLE", "asserted") not in _read(extractor, text)
