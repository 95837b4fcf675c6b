"""Headlines in the present tense, read as the deeds they report.

Headlines drop auxiliaries and write deeds in the present: "Military pounds militant hideouts", "Policemen gun
down two militants", "Pakistani police raid militant hideout". The small English model, trained on running text,
reads the verb as a noun ("pounds" a plural, "gun" the weapon) and the sentence has no predicate. Such a sentence
is parsed again with the verb in the past tense ("pounded", "gunned"), which the model reads as a verb, and the
original words take that parse: every offset still points into the document, and the text keeps its own words.
The same is done for the Islamic State's acronym "IS", which the model reads as the verb "is", and for "shot
dead", which the model reads as a noun after a noun ("Gunmen on a motorcycle shot dead two men": "motorcycle shot")
or as the object of a preposition ("Militants believed to be from the TTP shot dead a constable"): such a sentence
is parsed again with "killed" in place of the two words, which the model reads as the verb it is.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.attrs import IS_UPPER, ORTH, POS
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.symbols import ADJ, ADV, AUX, VERB
from spacy.tokens import Doc, Token

# present forms of deed verbs that a headline uses -> a past form the parser reads as a verb
_PAST = {
    "attack": "attacked", "attacks": "attacked", "kill": "killed", "kills": "killed", "raid": "raided",
    "raids": "raided", "storm": "stormed", "storms": "stormed", "pound": "pounded", "pounds": "pounded",
    "gun": "gunned", "guns": "gunned", "shoot": "shot", "shoots": "shot", "bomb": "bombed", "bombs": "bombed",
    "arrest": "arrested", "arrests": "arrested", "nab": "nabbed", "nabs": "nabbed", "detain": "detained",
    "detains": "detained", "seize": "seized", "seizes": "seized", "ambush": "ambushed", "ambushes": "ambushed",
    "abduct": "abducted", "abducts": "abducted", "kidnap": "kidnapped", "kidnaps": "kidnapped",
    "target": "targeted", "targets": "targeted", "strike": "struck", "strikes": "struck", "hit": "hit",
    "hits": "hit", "blast": "blasted", "blasts": "blasted", "shell": "shelled", "shells": "shelled",
    "behead": "beheaded", "beheads": "beheaded", "torch": "torched", "torches": "torched", "free": "freed",
    "frees": "freed", "capture": "captured", "captures": "captured", "bust": "busted", "busts": "busted",
    "foil": "foiled", "foils": "foiled", "execute": "executed", "executes": "executed", "hang": "hanged",
    "hangs": "hanged", "extradite": "extradited", "extradites": "extradited", "deport": "deported",
    "deports": "deported", "hand": "handed", "hands": "handed", "ban": "banned", "bans": "banned", "freeze": "froze", "freezes": "froze",
    # a past the model reads as an adjective ("The Taliban froze bank accounts linked to ISKP": "froze accounts")
    # -> a verb it reads as one, in the same place; the word keeps its own lemma (_OWN_LEMMAS)
    "froze": "confiscated",
    "wound": "wounded", "wounds": "wounded", "injure": "injured", "injures": "injured",
    # a group's claim of a deed ("SRA claims blast at NADRA office": "claims" read as a plural, "blast" the verb)
    "claim": "claimed", "claims": "claimed",
}
# the lemmas of the words a reading in another verb's words keeps
_OWN_LEMMAS = {"froze": "freeze"}
# words that make a compound noun of the deed word ("air strikes", "suicide attack"), never its subject
_MODIFIER_NOUNS = frozenset({"air", "drone", "suicide", "bomb", "gun", "missile", "rocket", "mortar", "artillery",
                             "car", "truck", "roadside", "grenade", "terror", "night", "border", "cross-border",
                             "search", "surgical", "aerial", "retaliatory", "precision"})
_MAX_TOKENS = 24  # a headline, not a paragraph


def _verbless(doc: Doc) -> bool:
    return len(doc) <= _MAX_TOKENS and not any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in doc)


def _candidate(doc: Doc) -> int | None:
    """The first deed word after the subject's words that the parse took for a noun: "Military [pounds]",
    "Policemen [gun] down", "Pakistani police [raid]"; after a word that may make a compound of it ("bomb
    wounds"), only where a number follows ("Roadside bomb [wounds] four soldiers")."""
    for t in doc[1:]:
        if t.lower_ in _PAST and t.tag_ in ("NN", "NNS", "NNP", "NNPS", "JJ", "VBP", "VB") and t.i + 1 < len(doc) \
                and doc[t.i - 1].pos_ in ("NOUN", "PROPN", "ADJ") and doc[t.i + 1].pos_ not in ("PUNCT", "VERB") \
                and (doc[t.i - 1].lower_ not in _MODIFIER_NOUNS or doc[t.i + 1].like_num) \
                and not any(a.dep_ in ("prep", "pobj") for a in [t, *t.ancestors]):
            # (not "dead in fresh air strikes": a noun in a phrase of place, cause or time)
            return t.i
    return None


def reread_headline(nlp: Any, doc: Doc) -> Doc:
    """``doc`` itself, or, for a verbless headline, its words with the parse of the past-tense wording."""
    if not _verbless(doc):
        return doc
    k = _candidate(doc)
    if k is None:
        return doc
    words = [t.text for t in doc]
    past = _PAST[words[k].lower()]
    # (lower case inside a headline in Title Case: the model reads "Extradited" there as a name, "extradited" a verb)
    words[k] = past[0].upper() + past[1:] if words[k][0].isupper() and k == 0 else past
    again = _parse_words(nlp, doc, words)
    verb = again[k]
    if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "conj", "ccomp"):
        return doc  # the past tense did not give the sentence its predicate: keep the first reading
    reread = _with_parse(nlp, doc, again)
    own = _OWN_LEMMAS.get(doc[k].lower_)
    if own is not None:
        reread[k].lemma_ = own
    return reread


# the particles that join the words of names transliterated from Urdu, Pashto, Persian and Arabic
# ("Jamaat-ul-Ahrar", "Tehreek-e-Taliban", "Lashkar-i-Jhangvi"), written joined, spaced or hyphenated: each with the
# spellings reports use for it
NAME_PARTICLES = {"e": ("e", "i"), "i": ("i", "e"), "ul": ("ul",), "ud": ("ud",), "ur": ("ur",), "al": ("al",),
                  "us": ("us",), "ut": ("ut",)}
_HYPHENS = frozenset({"-", "\u2011", "\u2010"})


def reread_hyphened_names(nlp: Any, doc: Doc) -> Doc:
    """``doc`` itself, or, where it names someone by a transliterated name the tokenizer split at its hyphens
    ("Militants of Lashkar-e-Islam fired mortar shells": "Lashkar", "-", "e", "-", "Islam"), its words with the parse
    of the sentence that writes the name as words the model reads as one name ("Lashkar Al Bin Al Islam"): the
    model reads the particle "e" as a number and the hyphens as a list, and the sentence loses its verb."""
    if "-" not in doc.text and "\u2011" not in doc.text:
        return doc  # (most sentences: their tokens are not walked)
    words = [t.text for t in doc]
    swap: dict[int, str] = {}
    for i in range(len(words) - 4):
        if words[i][:1].isupper() and words[i + 1] in _HYPHENS and words[i + 2].lower() in NAME_PARTICLES \
                and words[i + 3] in _HYPHENS and words[i + 4][:1].isupper() \
                and sum(not i <= t.head.i <= i + 4 or t.head.i == t.i for t in doc[i:i + 5]) > 1:
            # (only a name the parse broke: its words hang on more than one word outside it)
            swap.update({i + 1: "Al", i + 2: "Bin", i + 3: "Al"})
    if not swap:
        return doc
    again = _parse_words(nlp, doc, [swap.get(t.i, t.text) for t in doc])
    return _with_parse(nlp, doc, again, frozenset(swap))


def reread_group_acronym(nlp: Any, doc: Doc) -> Doc:
    """``doc`` itself, or, where it names the Islamic State "IS" ("IS claimed responsibility", "IS militants
    attacked"), its words with the parse of the sentence that names it "ISIS": the model reads "IS" as the verb
    "is", and the sentence loses its subject. Likewise an acronym the model does not know that it took for a
    verb ("7 ANDSF members and 12 Taliban fighters were killed": "ANDSF" a past tense, "members" its object) is
    read as a group's name ("NATO"), which the model knows for a noun. An acronym it took for a modifier of the
    verb ("The FIA froze 40 bank accounts": "FIA" an adverb, "froze" an adjective of "accounts") is a name too:
    an abbreviation in capitals is never an adverb."""
    # the words' ids in one array first: most sentences have neither, and walking tokens makes an object of each
    arr = doc.to_array([ORTH, IS_UPPER, POS])
    has_is = (arr[:, 0] == doc.vocab.strings["IS"]).any()
    caps_verb = ((arr[:, 1] == 1) & ((arr[:, 2] == VERB) | (arr[:, 2] == AUX))).any()
    caps_adv = ((arr[:, 1] == 1) & ((arr[:, 2] == ADV) | (arr[:, 2] == ADJ))).any()
    if not has_is and not caps_verb and not caps_adv:
        return doc
    swap: dict[int, str] = {}
    if has_is and any(t.text == "IS" and t.pos_ == "AUX" for t in doc):
        swap = {t.i: "ISIS" for t in doc if t.text == "IS"}
    if (caps_verb or caps_adv) and sum(arr[:, 1]) * 2 < len(doc):  # not a headline in capitals
        known = _verb_words(nlp)
        swap.update((t.i, "NATO") for t in doc if t.pos_ in ("VERB", "AUX") and t.is_upper and t.is_alpha
                    and len(t) >= 2 and t.text != "IS" and t.lower_ not in known and t.lemma_.lower() not in known)
        swap.update((t.i, "NATO") for t in doc if _acronym_as_modifier(t))
    if not swap:
        return doc
    again = _parse_words(nlp, doc, [swap.get(t.i, t.text) for t in doc])
    if any(again[i].pos_ not in ("PROPN", "NOUN") for i in swap):
        return doc
    return _with_parse(nlp, doc, again, frozenset(swap))


# English words that an all-capital spelling may still be ("UP" the state, but also "SO", "NO", "OK")
_ENGLISH_CAPITALS = frozenset({"IS", "IT", "AS", "AT", "IN", "ON", "OR", "AN", "NO", "SO", "TO", "BY", "OF", "HE",
                               "WE", "ME", "DO", "GO", "UP", "US", "OK", "AM", "PM", "I", "A"})


def _acronym_as_modifier(t: Token) -> bool:
    """An abbreviation in capitals the parse took for an adverb, or for an adjective that modifies a verb
    ("The FIA froze", "FIA arrested two hawala dealers"), where a name stands: the subject of what follows."""
    if not (t.is_upper and t.is_alpha and len(t) >= 2 and t.text not in _ENGLISH_CAPITALS):
        return False
    if t.pos_ == "ADV":
        return True
    return t.pos_ == "ADJ" and t.dep_ == "advmod"


_LEMMATIZER_WORDS: dict[tuple[int, str], frozenset[str]] = {}


def _lemmatizer_words(nlp: Any, parts: tuple[str, ...]) -> frozenset[str]:
    """The words the model's lemmatizer knows for these parts of speech (base forms and irregular forms), in
    lower case."""
    key = (id(nlp.vocab), ",".join(parts))
    if key not in _LEMMATIZER_WORDS:
        words: set[str] = set()
        try:
            tables = nlp.get_pipe("lemmatizer").lookups
            for table in ("lemma_index", "lemma_exc"):
                for part in parts:
                    words |= set(tables.get_table(table).get(part, []))
        except (KeyError, ValueError):
            pass
        _LEMMATIZER_WORDS[key] = frozenset(w for w in words if w.isalpha())
    return _LEMMATIZER_WORDS[key]


def _verb_words(nlp: Any) -> frozenset[str]:
    """The verbs the model's lemmatizer knows (their base forms and irregular forms), in lower case."""
    return _lemmatizer_words(nlp, ("verb",)) | {"be", "have", "do"}


def in_title_case(text: str) -> bool:
    """Every word of three letters or more after the first, other than a function word, begins with a capital
    (a headline in Title Case); prose always has a word in lower case."""
    words = [w for w in _LETTERS.findall(text)[1:] if len(w) >= 3 and w.lower() not in STOP_WORDS]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def lowered_for_the_parse(nlp: Any, tok: Token) -> bool:
    """A capitalised word of a headline in Title Case that is a function word or a word the lemmatizer knows
    (with or without the endings of a plural, a past, a third person or a participle): no name, and the model
    reads it best in lower case. Words it does not know ("Mehsud", "Lakki") may be names and keep their capital."""
    if not (tok.is_alpha and tok.text[0].isupper() and tok.text[1:].islower()):
        return False
    low = tok.lower_
    if low in STOP_WORDS:
        return True
    words = _lemmatizer_words(nlp, ("noun", "verb", "adj", "adv"))
    stems = [low]
    if low.endswith("ies"):
        stems.append(low[:-3] + "y")
    if low.endswith("es"):
        stems.append(low[:-2])
    if low.endswith("s"):
        stems.append(low[:-1])
    if low.endswith("ed"):
        stems += [low[:-2], low[:-1], low[:-3]]  # "killed", "injured", "stopped"
    if low.endswith("ing"):
        stems += [low[:-3], low[:-3] + "e", low[:-4]]  # "killing", "firing", "shelling"
    return low in words or any(len(s) >= 3 and s in words for s in stems[1:])


_LETTERS = re.compile(r"[A-Za-z]+")


def _parse_words(nlp: Any, doc: Doc, words: list[str]) -> Doc:
    return nlp(Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc]))


def _with_parse(nlp: Any, doc: Doc, again: Doc, keep_lemma: frozenset[int] = frozenset()) -> Doc:
    """The words of ``doc`` with the tags, lemmas and parse of ``again`` (the same number of words);
    the words at ``keep_lemma`` keep their own lemma."""
    return Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
               tags=[t.tag_ for t in again], pos=[t.pos_ for t in again], morphs=[str(t.morph) for t in again],
               lemmas=[t.text if t.i in keep_lemma else a.lemma_ for t, a in zip(doc, again)],
               heads=[t.head.i for t in again], deps=[t.dep_ for t in again])


# the noun of a strike from the air that the parse may take for a verb after "air": "called the air strikes a
# violation" read as "the air [strikes] a violation"; a raid is a noun only, and keeps the sentence's other words
_AIR_STRIKE_NOUNS = {"strike": "raid", "strikes": "raids"}
_AIR_STRIKES = re.compile(r"\b(?:air|aerial)\s+strikes?\b", re.IGNORECASE)


def reread_air_strikes(nlp: Any, doc: Doc) -> Doc:
    """``doc`` itself, or, where the parse took "strikes" after "air" for a verb ("The Taliban called the air
    strikes a violation of Afghan sovereignty": "the air" its subject's object, the Taliban its doer), its words
    with the parse of the sentence that says "air raids", the noun keeping its own lemma."""
    if not _AIR_STRIKES.search(doc.text):
        return doc  # (most sentences: their tokens are not walked)
    ks = [t.i for t in doc[1:] if t.lower_ in _AIR_STRIKE_NOUNS and t.pos_ in ("VERB", "AUX")
          and doc[t.i - 1].lower_ in ("air", "aerial")]
    if not ks:
        return doc
    again = _parse_words(nlp, doc, [_AIR_STRIKE_NOUNS[t.lower_] if t.i in ks else t.text for t in doc])
    if any(again[i].pos_ != "NOUN" for i in ks):
        return doc
    out = _with_parse(nlp, doc, again)
    for i in ks:
        out[i].lemma_ = "strike"
    return out


_NOUN_DEPS = frozenset({"pobj", "dobj", "npadvmod", "compound", "nsubj", "nsubjpass", "attr", "appos"})
_SHOT_DEAD = re.compile(r"\bshot\s+dead\b", re.IGNORECASE)


def reread_shot_dead(nlp: Any, doc: Doc) -> Doc:
    """``doc`` itself, or, where the parse took "shot dead" for a noun's words, its words with the parse of the
    sentence that says "killed" instead: "shot" takes the verb's place in it and "dead" hangs on "shot"."""
    if not _SHOT_DEAD.search(doc.text):
        return doc  # (most sentences: their tokens are not walked)
    k = next((t.i for t in doc[1:-1] if t.lower_ == "shot" and doc[t.i + 1].lower_ == "dead" and (
        t.pos_ != "VERB" or t.dep_ in _NOUN_DEPS or doc[t.i + 1].dep_ in ("amod", "ROOT"))), None)
    # (and where "dead" was read as the first word of the object, "shot [dead two men]", or as the verb)
    if k is None:
        return doc
    words = [t.text for t in doc]
    words[k:k + 2] = ["killed"]
    again = nlp(Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for i, t in enumerate(doc) if i != k + 1]))
    verb = again[k]
    if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "conj", "ccomp", "relcl", "advcl", "xcomp", "acl"):
        return doc

    def back(j: int) -> int:  # an index of the shorter parse in ``doc``
        return j if j <= k else j + 1

    rows = [again[j] for j in range(k + 1)] + [None] + [again[j] for j in range(k + 1, len(again))]
    return Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
               tags=[a.tag_ if a is not None else "JJ" for a in rows],
               pos=[a.pos_ if a is not None else "ADJ" for a in rows],
               morphs=[str(a.morph) if a is not None else "" for a in rows],
               lemmas=["shoot" if i == k else "dead" if a is None else a.lemma_ for i, a in enumerate(rows)],
               heads=[back(a.head.i) if a is not None else k for a in rows],
               deps=[a.dep_ if a is not None else "oprd" for a in rows])


# the credit a wire headline closes with, after a colon or a spaced dash: "...: officials", "... - report",
# "...: state TV", "... - Pakistan daily" (who reports the deed, never a word of its clause)
_CREDIT = re.compile(
    r"(?::|\s[-\u2013\u2014])\s*(?:[A-Za-z]+\s+){0,2}(?:reports?|papers?|daily|newspaper|TV|television|radio|agency|"
    r"officials?|police|minister|ministry|military|army|sources?|witnesses|spokes(?:man|person|woman)|statement|"
    r"media|website)\s*[.!]?\s*$", re.IGNORECASE)


def credit_start(text: str, start: int, end: int) -> int:
    """Where the credit closing the headline ``text[start:end]`` begins ("Bomb kills six in Quetta: police"), or
    ``end``: the clause is read without it (the parse takes "police" for the object of "kills", or "report" for
    the head of "clashes with security forces - report")."""
    m = _CREDIT.search(text, start, end)
    if m is None or m.start() - start < 12:
        return end  # (a sentence that is only a credit stays as it is)
    return m.start()
