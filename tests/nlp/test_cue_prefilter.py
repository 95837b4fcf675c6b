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


# words of the trigger table that report an event only inside a phrase whose own words are stems
# ("picked up", "hand over", "took over", "went off", "opened fire", "launched an attack", "found ... bodies")
PHRASE_ONLY = {"drive", "find", "go", "hand", "hold", "launch", "net", "open", "pick", "send", "take",
               "declare",  # ("declared persona non grata")
               "receive",  # ("received two suspects from Afghanistan")
               "rip", "tear",  # ("ripped through", "tore through")
               "place", "put", "add", "include",  # ("placed on the Fourth Schedule", "added to the watchlist")
               "carry",  # ("carried away")
               "set",  # ("set on fire", "set ablaze", "set alight": the stems "fire", "ablaze", "alight")
               # ("hacked to death", "beaten to death": the stem "to death")
               "hack", "beat", "bludgeon", "club", "stone", "torture", "batter",
               "trade",  # ("traded fire")
               "come", "make",  # ("came across" a cache, "made safe")
               "land", "engage",  # ("rockets landed", "a mortar round landed", "engaged the militants")
               # fire that fell or slammed into a place, named by its stems ("mortar shells fell on homes"), and
               # people hurt by armed men named by theirs ("gunmen hurt a guard")
               "fall", "slam", "crash", "smash", "hurt",
               # people an explosive or armed men left dead or hurt (the stems "dead", "injur", "wound")
               "leave",
               # a party saying another "must" or "should" act (the stems "must ", "should ")
               "say", "state", "stress", "tell", "emphasise", "emphasize", "underline",
               # relations cut or set up, a membership suspended (the stems "relations", " ties with", "membership")
               "cut", "break", "establish", "normalise", "normalize", "suspend"}


def test_every_trigger_of_the_table_passes_the_prefilter():
    # a trigger the prefilter misses is never read: "Pakistani jets pounded TTP hideouts" gave nothing
    def forms(w):
        return {w, w + "s", w + "ed", w + "d", w + "ing", w[:-1] + "ing", w + w[-1] + "ed"}

    missed = sorted(w for w in {*L.VERB_TRIGGERS, *L.NOUN_TRIGGERS} - PHRASE_ONLY
                    if not any(L.has_cue(f"they {f} it") for f in forms(w)))
    assert missed == []
