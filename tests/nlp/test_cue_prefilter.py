"""The cheap cue test that decides which sentences are parsed agrees with the case-blind pattern."""

from tangible.nlp import lexicon as L


def test_has_cue_answers_as_the_pattern_does():
    sentences = [
        "Police ARRESTED three men on Monday.", "They were Detained overnight.", "Nothing happened here.",
        "The minister’s “firm” response to the attack.", "\u212aILLED in action", "Istanbul ſhelled",
        "İNJURED", "straße", "", "a bar nearby", "NAB THEM", "roundabout traffic", "Ça va?",
    ]
    sentences += [s.upper() for s in sentences] + [s.title() for s in sentences]
    for s in sentences:
        assert L.has_cue(s) == bool(L.CUE_RE.search(s)), s
