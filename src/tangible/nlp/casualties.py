"""How many were killed, wounded or arrested, and on which side, read from the parse of a sentence.

A count belongs to the people a death, injury or arrest predicate is about: the object of "killed", the
subject of "were killed" or "died", the people "left dead". A number elsewhere in the sentence (a year, a
date, an age, the number of attackers) is never a count. Coordinated groups add up ("9 militants and 4
soldiers were killed" is 13: 9 on the militants' side, 4 on the forces'); a phrase introduced by
"including" does not. Figures are conservative: "at least 12" is 12, "10 to 12" is 10, "dozens" is 12 and "tens" 10
(as ACLED codes them); a bare plural ("policemen were killed") gives no figure. A singular person ("a policeman", "his driver",
"Maulana Amir Hamza") counts one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from tangible.nlp import lexicon as L
from tangible.nlp.modality import cause_of_outcome, record_of_a_party, sought_for
from tangible.nlp.roles import ARMED, CIVILIAN, INSTRUMENT, STATE, UNKNOWN, role_of_head

KILLED, WOUNDED, ARRESTED, ABDUCTED = "killed", "wounded", "arrested", "abducted"
ALL = "all"  # the side of a figure that stands for the event's dead on every side ("a total of 11 were killed")

_DEATH_VERBS = {"kill", "martyr", "die", "slay", "murder", "behead", "execute", "perish", "succumb", "lynch",
                "assassinate", "eliminate", "neutralise", "neutralize", "massacre", "slaughter", "kll"}
_INJURY_VERBS = {"wound", "injure", "hurt", "maim"}
_ARREST_VERBS = {"arrest", "detain", "apprehend", "nab", "capture", "hold", "round", "pick", "book", "net"}
_ABDUCT_VERBS = {"abduct", "kidnap"}  # the people an armed group carries off ("abducted 5 civilians")
_CAPTIVE_WORDS = frozenset({"hostage", "hostages", "captive", "captives"})


def _held_captive(verb: Token) -> bool:
    """"took twelve passengers hostage", "held over 400 passengers hostage", "took hostage 15 traders", "were held
    captive": the verb takes people as hostages, whatever the parse made of the word."""
    for c in verb.children:
        if c.lower_ in _CAPTIVE_WORDS and c.dep_ in ("dobj", "oprd", "npadvmod", "advmod", "attr", "xcomp", "dep"):
            return c.dep_ != "dobj" or any(g.dep_ in ("compound", "amod") and g.pos_ == "NOUN" for g in c.children) \
                or any(o.dep_ == "dobj" and o.i != c.i for o in verb.children) \
                or any(g.dep_ == "nummod" for g in c.children)  # "held twenty hostages"
        if c.dep_ == "dobj" and any(g.lower_ in _CAPTIVE_WORDS and g.dep_ == "compound" and g.i < c.i
                                    for g in c.subtree):
            return True
    return False


_DEATH_NOUNS = {"death", "killing", "murder", "assassination", "martyrdom"}
_INJURY_NOUNS = {"injury", "injuries", "wound", "wounds", "splinter", "burn", "burns"}
_DEAD_WORDS = {"dead", "lifeless"}
_APPROX = {"about", "around", "nearly", "approximately", "roughly", "almost", "some", "over", "than", "least",
           "upto", "up", "estimated"}
# the conservative figure of a vague plural (ACLED: "tens" is 10, "dozens" 12, "hundreds" 100)
_FUZZY = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "dozen": 12}
_FATALLY = {"fatally", "mortally", "fatal", "mortal"}
_ADDITIVE = {"another", "more", "other", "others", "further", "additional"}
_MULTIPLIERS = {"dozen": 12, "hundred": 100}
_TOLL_VERBS = {"rise", "climb", "reach", "jump", "increase", "mount", "soar", "stand", "be", "touch", "cross",
               "revise", "bring", "take", "raise", "push", "put"}
# the verbs that move a toll named as their object: "bringing the death toll to eight"
_TOLL_MOVERS = frozenset({"bring", "take", "raise", "push", "put", "revise"})
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
# deeds a year or a tally may name: "the 2014 school attack", "the 2013 Quetta bombings"
_EVENT_NOUNS = frozenset({"attack", "bombing", "blast", "explosion", "massacre", "ambush", "raid", "assault",
                          "killing", "murder", "siege", "riot", "election", "operation", "incident", "case"})


@dataclass(slots=True)
class Count:
    kind: str  # killed | wounded | arrested | abducted
    n: int
    side: str | None  # roles.STATE, ARMED (militants and unknown attackers) or CIVILIAN
    predicate: Token
    additive: bool = False  # "another soldier", "two more", "5 others": on top of an earlier figure
    bare: bool = False  # a number standing alone for people ("and 2 injured")
    # how the report gives the figure: "?" a party's word on the dead it inflicted ("the Taliban claimed to have
    # killed 15"); "~" people already counted, named again ("the two militants killed were linked to ...")
    word: str = ""
    who: Token | None = None  # the head of the people counted


def _number(tok: Token) -> int | None:
    n = _figure(tok)
    # "10 to 12", "five or six": the parse hangs the lower figure on the upper as a quantmod; the lower stands
    low = next((c for c in tok.children if c.dep_ == "quantmod" and c.i == tok.i - 2 and tok.doc[tok.i - 1].lower_ in
                ("to", "or", "-", "–") and (c.like_num or c.lower_ in L.WORD_NUMBERS and c.lower_ not in ("a", "an"))),
               None)
    if n is not None and low is not None and (m := _figure(low)) is not None and m < n:
        return m
    return n


def _figure(tok: Token) -> int | None:
    text = tok.lower_.replace(",", "")
    if _YEAR.match(text) and not any(c.lower_ in ("of", "than") for c in tok.children):
        if tok.head.lower_ in L.MONTH_WORDS or any(c.lower_ in L.MONTH_WORDS for c in tok.children) or \
                (tok.i > 0 and tok.doc[tok.i - 1].lower_ in L.MONTH_WORDS):
            return None
        if _YEAR.match(tok.text) and any(t.lemma_.lower() in _EVENT_NOUNS for t in tok.doc[tok.i + 1:tok.head.i]):
            return None  # "the 2016 hospital attack facilitator": the year of a deed, not a figure of people
    # "two dozen": the number times the multiplier the parse hangs under it
    times = next((_MULTIPLIERS[c.lower_] for c in tok.children if c.lower_ in _MULTIPLIERS and c.i == tok.i + 1), 1)
    if text.isdigit():
        n = int(text) * times
        return n if n < 100000 else None
    if text in L.WORD_NUMBERS and text not in ("a", "an") and times > 1:
        return L.WORD_NUMBERS[text] * times
    if text == "dozen" and any(c.lower_ == "half" and c.i < tok.i for c in tok.children):
        return 6  # "half a dozen"
    if text in _MULTIPLIERS:
        # "two dozen Taliban fighters": the parse may hang the number under the multiplier instead
        k = next((_number(c) for c in tok.children if c.dep_ in ("nummod", "quantmod", "compound") and c.i < tok.i
                  and c.lower_ not in ("a", "an")), None)
        if k:
            # "one hundred and twenty": the tens and units the parse coordinates with the hundreds
            rest = next((_figure(c) for c in tok.children if c.dep_ == "conj" and c.i > tok.i
                         and (c.like_num or c.lower_ in L.WORD_NUMBERS)), None)
            return k * _MULTIPLIERS[text] + (rest if rest and rest < _MULTIPLIERS[text] else 0)
    if text in L.WORD_NUMBERS and text not in ("a", "an"):
        n = L.WORD_NUMBERS[text]
        # "Twenty-six": the tens hang on the units as a compound
        tens = next((L.WORD_NUMBERS.get(c.lower_) for c in tok.children if c.dep_ in ("compound", "nummod")
                     and L.WORD_NUMBERS.get(c.lower_, 0) >= 20 and c.i < tok.i), None)
        if tens and n < 10:
            return tens + n
        if tok.i >= 2 and tok.doc[tok.i - 1].text in ("-", "‑") and L.WORD_NUMBERS.get(tok.doc[tok.i - 2].lower_, 0) >= 20 \
                and n < 10:
            return L.WORD_NUMBERS[tok.doc[tok.i - 2].lower_] + n
        return n
    if text in _FUZZY:
        mult = next((L.WORD_NUMBERS.get(c.lower_) for c in tok.children if c.dep_ == "nummod"
                     and L.WORD_NUMBERS.get(c.lower_)), None)
        return _FUZZY[text] if mult is None or text != "dozen" else 12 * mult
    if "-" in text:  # "10-12": the lower figure; "twenty-six"
        first, _, second = text.partition("-")
        if first.isdigit():
            return int(first)
        if first in L.WORD_NUMBERS and second in L.WORD_NUMBERS:
            return L.WORD_NUMBERS[first] + L.WORD_NUMBERS[second]
    return None


def _is_date_number(tok: Token) -> bool:
    """A day or a year of a date: a figure beside a month's name ("3 May", "May 3", "May 2015"), or a year after
    "in", "of", "since" or "until". A number written in words is no day, and a comma ends a date for a day
    ("On 3 May, two people were killed": "two" counts the dead; "May 3, 2015" is still one date)."""
    doc = tok.doc
    year = bool(_YEAR.match(tok.text))
    if tok.text[:1].isdigit() or year:
        for step in (-1, 1):
            for j in (tok.i + step, tok.i + 2 * step):
                if not 0 <= j < len(doc):
                    break
                if doc[j].lower_ in L.MONTH_WORDS:
                    return True
                if doc[j].is_punct and not year or doc[j].pos_ in ("VERB", "AUX"):
                    break  # ("a bombing in October killed 30 people": a verb between is no date's)
    return year and tok.i > 0 and doc[tok.i - 1].lower_ in ("in", "of", "since", "until")


_NEXT_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh"})


# the articles and links inside Arabic names of men ("al-Zawahiri", "bin Laden", "Abu Bakr")
_NAME_ARTICLES = frozenset({"al", "el", "ul", "ur", "ud", "bin", "ibn", "abu"})


def count_of(head: Token) -> tuple[int | None, bool]:
    """(figure, additive) for the people the phrase headed by ``head`` names; (None, False) if it gives none."""
    additive = any(c.lower_ in _ADDITIVE for c in head.children) or head.lower_ in ("others", "another") or any(
        # "two more soldiers died": the parse hangs "more" on the number
        g.lower_ in _ADDITIVE and g.i > c.i for c in head.children if c.dep_ == "nummod" for g in c.children)
    if any(c.dep_ == "det" and c.lower_ == "no" for c in head.children) or head.lower_ in ("nobody", "none"):
        return None, False  # "no one was killed", "no soldiers were hurt": nobody
    if head.lower_ in _NEXT_ORDINALS and any(c.dep_ == "det" and c.lower_ in ("a", "another") for c in head.children):
        return 1, True  # "two were killed, while a third died later": one more
    if _tally_place(head):
        return None, False  # "a policeman, the 45th policeman killed in the city this year": the one named again
    if head.like_num or head.lower_ in _FUZZY or head.lower_ in L.WORD_NUMBERS and head.lower_ not in ("a", "an"):
        if _is_date_number(head):
            return None, False
        # "killing one", "killed seven", "two of the attackers"
        n = _number(head)
        if n is not None:
            # "10 to 12": keep the lower figure; "one of the injured later died": a death on top of those counted
            return n, additive or _of_the_wounded(head)
    if head.lower_ == "family":
        # "killing a family of five": the family's members, as many as the of-phrase says
        size = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj" and (g.like_num or g.lower_ in L.WORD_NUMBERS)), None)
        if size is not None and (n := _number(size)) is not None and n > 1:
            return n, additive
    nums = [c for c in head.children if (c.dep_ in ("nummod", "quantmod") or c.dep_ == "compound" and c.tag_ == "CD")
            and not _is_date_number(c)]
    # "Two security forces personnel": the number may hang on a compound modifier
    nums += [g for c in head.children if c.dep_ == "compound" and c.i < head.i for g in c.children
             if g.dep_ == "nummod" and not _is_date_number(g)]
    if head.i > 0 and head.pos_ == "PROPN":
        # "Casualties: 2 ANDSF killed": a figure just before a name that the parse took for a list's marker
        prev = head.doc[head.i - 1]
        if prev.like_num and (prev.dep_ == "meta" or prev.tag_ == "LS" and prev.dep_ == "nummod") and \
                prev.head.i in (head.i, head.head.i) and not _is_date_number(prev):
            nums.append(prev)
    if head.i > 0 and head.pos_ in ("PROPN", "NOUN") and not nums:
        # "In the exchange of fire 2 Khasadars were killed": a figure just before the people, hung by the parse on a
        # noun before it (a number never counts a noun it follows)
        prev = head.doc[head.i - 1]
        if prev.like_num and prev.dep_ == "nummod" and prev.head.i < prev.i and not _is_date_number(prev):
            nums.append(prev)
    for c in nums:
        n = _number(c)
        if n is not None:
            return n, additive
        # "at least 12": the number is the head of the quantmod phrase
    for c in head.children:
        if c.dep_ == "quantmod" and c.like_num:
            n = _number(c)
            if n is not None:
                return n, additive
    if head.lower_ in _FUZZY:
        return _FUZZY[head.lower_], additive
    # "6 TTP and foreign militants", "21 suspected TTP and LeI militants": a number inside the phrase that the
    # parse hung elsewhere (not an age, a date or a figure of an of-phrase)
    for t in head.doc[head.left_edge.i:head.i]:
        if (t.like_num or t.lower_ in L.WORD_NUMBERS and t.lower_ not in ("a", "an", "one")) and \
                not _is_date_number(t) and not any(a.lower_ in ("year", "years", "old") for a in t.doc[t.i + 1:t.i + 4]) \
                and not any(a.dep_ == "prep" for a in t.ancestors if a.i > head.left_edge.i and a.i < head.i):
            n = _number(t)
            if n is not None and n > 1:
                return n, additive
    # "6 TTP and foreign militants were killed": a figure that opens the sentence, which the parse hung on the
    # verb instead of the phrase it counts (a subject at the sentence's start, after "at least" at most)
    lead = _leading_figure(head)
    if lead is not None:
        return lead, additive
    if head.lower_ in ("another",):
        return 1, True
    if head.lower_ in ("others",):
        return None, True
    if head.lower_ == "couple" and any(c.dep_ == "det" for c in head.children) and not any(
            c.dep_ == "prep" and c.lower_ == "of" and not any(g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS") and (
                g.lemma_.lower() in L.PERSON_NOUNS or g.lemma_.lower() in L.MILITANT_NOUNS
                or role_of_head(g) in (STATE, ARMED, CIVILIAN, UNKNOWN)) for g in c.children)
            for c in head.children):
        # "gunmen killed a couple in their home": husband and wife; "a couple of policemen": two of them (not "a
        # couple of days")
        return 2, additive
    if _passer_by(head):
        # "a policeman and a passer-by": the parse splits the word at its hyphen and keeps "by" as the head
        return (1, additive) if any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "the") for c in
                                    head.children) else (None, additive)
    if head.tag_ in ("NNS", "NNPS") and any(c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj")
                                           # (not "both local and foreign fighters": both kinds, how many not said)
                                           and not any(t.lower_ == "and" for t in head.doc[c.i + 1:head.i])
                                           for c in head.children):
        return 2, additive  # "both policemen manning the post", "killing both pilots"
    if any(c.lower_ in _VAGUE_MANY for c in head.children if c.dep_ in ("amod", "det", "nummod")):
        return None, additive  # "several Taliban were also killed": more than one, how many not said
    if head.dep_ == "conj" and not any(c.dep_ in ("det", "nummod", "poss", "quantmod") for c in head.children):
        # "several Taliban and ALP were killed": a bare name after a vague plural shares its vagueness
        first = head.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if any(c.lower_ in _VAGUE_MANY for c in first.children if c.dep_ in ("amod", "det", "nummod")):
            return None, additive
    # a single person: "a policeman", "his driver", "the DSP", a name; never an event or a thing ("a gun battle
    # ensued and 4 militants were killed": the parse may make the battle a subject of the killing)
    if _not_people(head):
        return None, additive
    # ("a Levies sepoy": the article says one, whatever tag the word was given)
    singular = (head.tag_ in ("NN", "NNP") or head.tag_ == "NNS" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)) and head.lemma_.lower() not in ("family", "people", "police", "personnel",
                                                                         "force", "army", "group", "team", "crowd",
                                                                         # (a body of men: "arrested a Daesh cell")
                                                                         "cell", "network", "gang", "ring", "module",
                                                                         "faction", "unit", "squad", "band")
    if head.lemma_.lower() == "personnel" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "one")
                                                  for c in head.children):
        return 1, additive  # "a security personnel was killed": one member of the forces
    if singular and head.pos_ == "PROPN" and head.i > 1 and head.doc[head.i - 1].text == "-" \
            and not head.doc[head.i - 2].whitespace_ and head.doc[head.i - 2].lower_ not in _NAME_ARTICLES:
        # "2 terrorists belonging to Lashkar-e-Islam were killed": a name's tail, no one (not "killed al Qaeda leader
        # Ayman al-Zawahiri": a man's name)
        return None, additive
    if singular:
        if head.tag_ == "NNP" or any(c.dep_ in ("det", "poss") and c.lower_ in ("a", "an", "one", "the", "this", "that",
                                                                                 "his", "her", "their", "its", "another")
                                     or c.dep_ == "poss" for c in head.children):
            return 1, additive
        if head.tag_ == "NN" and _person_word(head):
            return 1, additive
    if head.tag_ == "JJ" and head.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "conj", "appos") and \
            _person_word(head) and any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another")
                                       for c in head.children):
        # "killed a civilian accused of spying": a person the parse took for an adjective (the participle after it
        # read as what it qualifies), one by its article
        return 1, additive
    return None, additive


_ORDINAL = re.compile(r"^(\d+(st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$", re.I)


def _tally_place(head: Token) -> bool:
    """"the 45th policeman killed this year", "the third journalist": one person's place in a tally of a kind of
    deed, the person the report told of (a figure of no one new)."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and any(
        c.dep_ in ("amod", "nummod") and _ORDINAL.match(c.text) for c in head.children)


def _of_the_wounded(head: Token) -> bool:
    """"one of the injured", "two of the wounded policemen": people counted among the wounded before."""
    return any(g.lower_ in ("injured", "wounded") or any(a.lower_ in ("injured", "wounded") for a in g.children)
               for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")


def _passer_by(tok: Token) -> bool:
    return tok.lower_ == "by" and any(c.lower_ in ("passer", "passers") for c in tok.children)


_VAGUE_MANY = {"several", "many", "some", "numerous", "multiple", "various", "few", "scores"}
_LEAD_SKIPS = {"suspected", "alleged", "armed", "unidentified", "unknown", "local", "key"}
_LEAD_OPENERS = {"at", "least", "around", "about", "nearly", "some", "over", "more", "than", "up", "to", "almost"}


def _leading_figure(head: Token) -> int | None:
    i = head.left_edge.i - 1
    while i >= head.sent.start and head.doc[i].lower_ in _LEAD_SKIPS:
        i -= 1
    if i < head.sent.start:
        return None
    t = head.doc[i]
    if not (t.like_num or t.lower_ in L.WORD_NUMBERS and t.lower_ not in ("a", "an")) or _is_date_number(t):
        return None
    if any(a.i == head.i for a in t.ancestors) or t.dep_ == "nummod" and t.head.i != head.i and t.head.i > t.i:
        return None  # already read through the phrase, or a figure of another noun
    if not all(x.lower_ in _LEAD_OPENERS for x in head.doc[head.sent.start:t.i]):
        return None
    n = _number(t)
    return n if n is not None and n > 1 else None


_THING_HEADS = frozenset({"battle", "exchange", "incident", "vehicle", "convoy", "house", "building", "car", "bus",
                          "van", "office", "shop", "school", "mosque", "market", "road", "area", "village", "post",
                          "checkpoint", "camp", "compound", "hideout", "fire", "firing", "shelling", "violence",
                          # what a report says about itself: "detained 14 members, a claim that ..."
                          "claim", "report", "statement", "allegation", "figure", "number", "toll", "move",
                          # places taken: "captured a district" is no one captured
                          "district", "town", "city", "province", "territory", "region", "valley", "hill", "base",
                          "outpost", "position", "stronghold", "airport", "bridge", "headquarters", "garrison"})


def _not_people(head: Token) -> bool:
    lemma = head.lemma_.lower()
    if head.tag_ == "NNP" or lemma in L.PERSON_NOUNS or lemma in _SINGLE_PEOPLE:
        return False
    return lemma in _THING_HEADS or lemma in L.NOUN_TRIGGERS or lemma in L.WEAPON_NOUNS \
        or role_of_head(head) == INSTRUMENT


_SINGLE_PEOPLE = {"policeman", "soldier", "civilian", "child", "woman", "man", "boy", "girl", "worker", "leader",
                  "constable", "official", "officer", "guard", "militant", "terrorist", "student", "teacher",
                  "shopkeeper", "trader", "doctor", "journalist", "passenger", "cleric", "elder", "commander",
                  "inspector", "sub-inspector", "driver", "farmer", "labourer", "laborer", "tribesman", "engineer",
                  "lawyer", "judge", "activist", "councillor", "sepoy", "subedar", "havaldar", "lance-naik", "naik",
                  # kin and companions named without an article: "a father and son were killed"
                  "father", "son", "brother", "nephew", "cousin", "uncle", "husband", "wife", "mother", "daughter",
                  "sister", "grandson", "bodyguard", "companion", "colleague"}


def _group(head: Token) -> list[Token]:
    """The head and the heads coordinated with it ("9 militants and 4 soldiers")."""
    out = [head]
    # "four persons including a tribal elder and his son": what follows "including" is inside the figure
    including = min((c.i for c in head.children if c.dep_ == "prep" and c.lower_ in _AMONG),
                    default=None)
    # ... unless a comma closes the phrase: "eight Taliban, including a local commander, and two soldiers"
    closed = None
    if including is not None:
        end = head.doc[including].right_edge.i + 1
        closed = end if end < len(head.doc) and head.doc[end].text == "," else None
    if including is not None:
        # "eleven Taliban, including two commanders, and four policemen": a pair takes no comma before "and", so
        # what follows ", and" after the one person or group included is a group of its own
        inc = head.doc[including]
        for p in (g for g in inc.children if g.dep_ == "pobj"):
            conj = [g for g in p.children if g.dep_ == "conj"]
            if len(conj) == 1 and conj[0].left_edge.i >= 2 and head.doc[conj[0].left_edge.i - 1].lower_ == "and" \
                    and head.doc[conj[0].left_edge.i - 2].text == "," and conj[0].pos_ in ("NOUN", "PROPN"):
                out.extend(_group(conj[0]))
    for c in head.children:
        if including is not None and c.i > including and not (closed is not None and c.i > closed):
            continue
        if c.dep_ == "conj" and (c.pos_ in ("NOUN", "PROPN", "NUM", "PRON") or _passer_by(c)):
            if c.left_edge.i > 0 and head.doc[c.left_edge.i - 1].text == "," and _closed_by_comma(c) and \
                    _names_members(head, c):
                continue  # "six people, five men and a boy, were killed": commas enclose the six, named
            out.extend(_group(c))
        elif c.dep_ == "appos" and c.pos_ == "NOUN" and not _names_members(head, c) and any(
                g.dep_ == "conj" and (any(n.dep_ == "nummod" for n in g.children) or head.tag_ == "NN" and not any(
                    n.dep_ == "nummod" for n in head.children) or (
                    any(n.dep_ == "nummod" for n in c.children) and any(n.dep_ == "nummod" for n in head.children)
                    and not _closed_by_comma(c)))
                for g in c.children):
            # "2 guards, a police officer and all 4 attackers were killed": a list the parse hung as an
            # apposition; one whose last member has its own figure counts apart (not "two soldiers, a major and
            # a captain", which names the two), and so does a list after one person ("a tribal elder, his son
            # and a guard": one person cannot be named as two) or one whose first member has its own figure
            # after a first group with its own ("all 4 attackers, 2 guards and a policeman"), unless commas
            # enclose it ("five people, four men and a boy, were killed" names the five)
            out.extend(_group(c))
        elif c.dep_ == "appos" and _kin_beside_one(head, c) is not None:
            # "Malik Ishaq, his two sons Usman and Haq Nawaz, and 11 others were killed": one person's kin named
            # after him are people beside him, not him
            kin = _kin_beside_one(head, c)
            out.extend(_group(c) if kin is c else [kin])
        elif c.dep_ == "appos" and any(_other_side_counted(head, m) for m in (c, *_conjuncts(c))):
            # "killing 3 ANDSF, 4 Taliban", "6 militants, 2 soldiers killed", "three soldiers, a policeman and two
            # civilians": a list the parse hung as an apposition, with a member of another side (a figure of
            # another side is never a part of the first)
            out.extend(_group(c))
        elif c.dep_ == "prep" and c.lower_ == "besides":
            # "killing 12 worshippers besides himself": the bomber is among the dead
            out.extend(p for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN", "NUM", "PRON"))
        elif c.dep_ == "prep" and c.lower_ in ("along", "together"):
            # "the ASWJ leader along with his driver were shot dead": the companions share the fate
            out.extend(g for w in c.children if w.dep_ == "prep" and w.lower_ == "with"
                       for p in w.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN", "NUM")
                       for g in _group(p))
    out.extend(g for p in _companions_in_of_phrase(head) for g in _group(p))
    out.extend(t for t in _stray_listed_people(out[-1] if len(out) > 1 else head) if t not in out)
    return out


def _stray_listed_people(last: Token) -> list[Token]:
    """People listed after the last member of a counted group, one by one with their article, that the parse hung
    elsewhere: "killing 2 security guards, a police sub-inspector and a civilian." The list must run to the end
    of the sentence ("killing two guards, a police officer said" names the speaker)."""
    doc = last.doc
    i, found = last.right_edge.i + 1, []
    end = last.sent.end
    while i < end and doc[i].text in (",", "and"):
        while i < end and doc[i].text in (",", "and"):
            i += 1
        if i >= end or doc[i].lower_ not in ("a", "an"):
            return []
        j = i + 1
        while j < end and doc[j].text not in (",", "and", ".", ";") and j - i <= 5:
            j += 1
        item = doc[j - 1]
        if j - 1 <= i or not _person_word(item) or any(t.pos_ in ("VERB", "AUX") for t in doc[i + 1:j]):
            return []
        found.append(item)
        i = j
    return found if i >= end - 1 and (i >= end or doc[i].text in (".", ";")) else []


def _kin_beside_one(head: Token, appos: Token) -> Token | None:
    """The counted kin or companions of the one person ``head`` names, in the apposition ``appos``: "Malik Ishaq,
    his two sons" (or "his three sons Ali, Umar and Bilal", the parse hanging the sons on the first name)."""
    if head.tag_ != "NNP":
        return None
    for kin in (appos, *(c for c in appos.children if c.dep_ == "compound" and appos.tag_ == "NNP")):
        if kin.tag_ == "NNS" and kin.lemma_.lower() in _SINGLE_PEOPLE and any(
                c.dep_ == "poss" and c.lower_ in ("his", "her") for c in (*kin.children, *appos.children)) \
                and count_of(kin)[0]:
            return kin
    return None


def _other_side_counted(head: Token, appos: Token) -> bool:
    """An apposition that counts people of another side than the head's: the forces and the militants ("3 ANDSF,
    4 Taliban"), either of them and civilians named as such ("4 policemen, 2 civilians killed"), each with its own
    figure or a person of its own ("two militants, a soldier and a policeman were killed"); never people and the
    civilians or soldiers among them ("five people, two policemen and three civilians"), nor a person described
    ("a civilian, a retired soldier")."""
    if not (_counted_phrase(head) and _counted_phrase(appos)):
        if not (_counted_phrase(head) or _counted_phrase(appos)) or not all(
                _counted_phrase(t) or _one_person(t) for t in (head, appos)):
            return False
    sides = {_listed_side(head), _listed_side(appos)}
    return len(sides) == 2 and None not in sides


# the words that name civilians as such (not "people", "men" or "residents", who may be anyone)
_CIVILIAN_WORDS = frozenset({"civilian", "passerby", "passer-by", "bystander", "pedestrian", "villager", "child",
                             "woman", "girl", "boy", "schoolboy", "schoolgirl"})
_NO_LONGER = frozenset({"retired", "former", "ex", "ex-", "off-duty"})


def named_civilians(c: Count) -> bool:
    """The count names its dead as civilians by their own word ("8 civilians", "two children"): people of no side,
    never the same dead as a figure for either side."""
    return c.side == CIVILIAN and c.who is not None and c.who.lemma_.lower() in _CIVILIAN_WORDS


def _listed_side(tok: Token) -> str | None:
    """The side a member of a list names by its own words: STATE, ARMED or CIVILIAN; None for anyone else and
    for a description of a person's past ("a retired soldier")."""
    if any(c.lower_ in _NO_LONGER for c in tok.children if c.dep_ in ("amod", "compound", "advmod")):
        return None
    side = _armed_side(tok)
    if side is None and tok.lemma_.lower() in _CIVILIAN_WORDS:
        return CIVILIAN
    return side


def _one_person(tok: Token) -> bool:
    """"a soldier", "soldier" (a headline's): one person named by a singular noun of a person."""
    return tok.tag_ == "NN" and not any(c.dep_ in ("nummod", "poss") for c in tok.children) and (
        tok.lemma_.lower() in _SINGLE_PEOPLE or tok.lemma_.lower() in L.PERSON_NOUNS) and count_of(tok)[0] == 1


def _armed_side(tok: Token) -> str | None:
    """STATE or ARMED when the phrase's own words say it ("ANDSF", "soldiers", "Taliban", "militants"); None for
    anyone else (civilians, people, "commanders" of either side)."""
    if tok.lemma_.lower() in _RANKS:
        return None  # "killing 11 Taliban, 2 commanders": ranks are a part of a figure, of either side
    named = tok.doc.user_data.get(_NAMED_ROLES) or {}
    role = next((named[t.i] for t in (tok, *(c for c in tok.children if c.dep_ == "compound")) if t.i in named),
                None) or role_of_head(tok)
    return role if role in (STATE, ARMED) else None


_RANKS = frozenset({"commander", "operative", "cadre", "leader", "chief", "officer", "official", "head"})


def _closed_by_comma(appos: Token) -> bool:
    end = appos.right_edge.i + 1
    return end < len(appos.doc) and appos.doc[end].text == ","


def _names_members(head: Token, appos: Token) -> bool:
    """"three members of a family, a man and his two sons": an apposition whose figures add up to the head's
    names the people counted; it adds none."""
    n, _ = count_of(head)
    if not n or n < 2:
        return False
    parts = [count_of(m)[0] for m in _group(appos)]
    return all(parts) and sum(p or 0 for p in parts) == n


def _companions_in_of_phrase(head: Token) -> list[Token]:
    """"a member of the provincial council of Nangarhar and his bodyguard": a person the parse coordinated with
    the body or place of the head's of-phrase, not with a person in it (where "the son of a tribal elder and his
    guard" may name the elder's guard), is the head's companion."""
    if _not_people(head) or head.pos_ == "PRON":
        return []
    out = []
    of = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj"), None)
    while of is not None and not _person_word(of):
        out += [c for c in of.children if c.dep_ == "conj" and _person_word(c)
                and any(g.dep_ in ("poss", "det", "nummod") for g in c.children)]
        of = next((g for c in of.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"), None)
    return out


def _people_hanged(verb: Token) -> bool:
    """The one hanged is a person: "hanged two men", "a spy was hanged" (never "hung a banner")."""
    return any(c.dep_ in ("dobj", "nsubjpass") and (_person_word(c) or c.ent_type_ == "PERSON")
               for c in verb.children)


def _person_word(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in L.PERSON_NOUNS or lemma in _SINGLE_PEOPLE


_NAMED_ROLES = "tangible_named_roles"  # Doc.user_data key: token index -> role of the case-file party it names
_EARLIER = "tangible_earlier_people"  # Doc.user_data key: (figure, side) of the people counted before the sentence


_ATTACKER_WORDS = frozenset({"attacker", "assailant", "gunman", "gunmen", "militant", "bomber", "terrorist", "raider",
                             "insurgent", "fighter"})
_ATTACKERS_BEFORE = "tangible_attackers_before"  # Doc.user_data key: how many attackers an earlier sentence counted


def attackers_counted(sent: Span) -> int | None:
    """How many attackers the sentence counts as the ones who attacked ("3 gunmen stormed a hotel", "four
    suicide bombers attacked the compound"), whom a later sentence may name again without a figure ("the
    attackers were killed by security forces")."""
    for tok in sent:
        if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and L.VERB_TRIGGERS.get(tok.head.lemma_.lower()) in (
                "ATTACK", "OPERATION") and tok.lemma_.lower() in _ATTACKER_WORDS:
            n, additive = count_of(tok)
            if n and n > 1 and not additive:
                return n
    return None


def _attackers_named_again(head: Token) -> bool:
    """"The attackers were killed", "all the gunmen were shot dead": the attackers counted before, no figure of
    their own."""
    return head.tag_ == "NNS" and head.lemma_.lower() in _ATTACKER_WORDS and count_of(head)[0] is None and any(
        c.dep_ in ("det", "predet") and c.lower_ in ("the", "all") for c in head.children) and not any(
        c.dep_ in ("amod", "compound", "prep", "relcl", "acl") for c in head.children)


def people_counted(sent: Span, named_roles: dict[int, str] | None = None) -> tuple[int, str] | None:
    """The figure and side of the last group of people the sentence counts as what a verb is done to ("abducted
    three teachers and their driver": 4; "two Levies men were kidnapped": 2), whom a later sentence may name
    again without a figure ("Their bodies were found", "they were shot dead")."""
    sent.doc.user_data[_NAMED_ROLES] = named_roles or {}
    found = None
    for tok in sent:
        if not (tok.dep_ == "dobj" and tok.head.pos_ == "VERB" or tok.dep_ == "nsubjpass"):
            continue
        group = _group(tok)
        # the cheap questions first (all of them ask the parse alone), the figures, read the longest, last
        if any(_not_people(m) for m in group) or not any(
                _person_word(m) or role_of_head(m) in (STATE, ARMED, UNKNOWN, CIVILIAN) for m in group):
            continue
        figures = []
        for m in group:
            f = count_of(m)[0]
            if f is None or f == 0:
                break
            figures.append(f)
        else:
            found = (sum(figures), _side(group[0]))
    return found


def _earlier(doc) -> tuple[int, str] | None:
    return doc.user_data.get(_EARLIER)


_MILITIAMEN = frozenset({"militia", "militias", "militiaman", "militiamen"})


def _side(tok: Token) -> str:
    named = tok.doc.user_data.get(_NAMED_ROLES) or {}
    # "3 ANDSF were killed": a party the case file names is on its own side, whatever its head word says
    role = next((named[t.i] for t in (tok, *(c for c in tok.children if c.dep_ == "compound")) if t.i in named),
                None) or role_of_head(tok)
    if tok.like_num or tok.lower_ in ("others",) or tok.lower_ in _FUZZY:
        # "two of the attackers", "killing three", "dozens of Taliban": the side is the of-phrase's or unknown
        of = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
        if of is not None:
            role = role_of_head(of)
    if role == STATE:
        return STATE
    if tok.lower_ in _MILITIAMEN and (any(c.lower_ in ("pro-government", "government") for c in tok.subtree) or any(
            named.get(t.i) == STATE and "militia" in t.lower_ for t in tok.sent)):
        # "attacked a pro-government militia post ..., killing 4 militiamen": the men of a militia that fights
        # beside the state are on its side
        return STATE
    if role == UNKNOWN and tok.lemma_.lower() == "guard":
        return CIVILIAN  # "killing 8 private security guards": guards, the state's or not, are who was attacked
    if role in (ARMED, UNKNOWN):
        return ARMED
    return CIVILIAN


def _among_those(pred: Token) -> bool:
    """The predicate names the dead or wounded already told, of whom some are singled out: "Among those killed was a
    senior commander", "Those wounded included two children"."""
    head = pred.head
    if pred.dep_ not in ("acl", "amod") or head.lower_ not in ("those", "the", "people", "dead", "victims"):
        return False
    return head.dep_ == "pobj" and head.head.lower_ in _AMONG or head.dep_ == "nsubj" and head.head.lemma_.lower() in (
        "include", "comprise")


def _is_passive(pred: Token) -> bool:
    if any(c.dep_ == "auxpass" for c in pred.children):
        return True
    # "a policeman was targeted and killed": a participle coordinated with a passive verb
    return pred.dep_ == "conj" and pred.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in pred.head.children)


def _also_these(pred: Token) -> list[Token]:
    """People a clause hung on the predicate gives the same fate: "11 Taliban were killed, as were 2 soldiers"
    ("as did"), "killed a PTI leader along with his guard", and a figure the parse coordinated with the verb when
    a second place or time is gapped ("22 were killed in Dehrawud and 8 more in Chora")."""
    out = []
    for c in pred.children:
        if c.dep_ == "advcl" and c.i > pred.i and c.lemma_.lower() in ("be", "do") and any(
                m.dep_ == "mark" and m.lower_ == "as" for m in c.children):
            out += [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        elif c.dep_ in ("prep", "prt", "advmod") and c.lower_ in ("along", "together"):
            # ("was killed along with 4 of his fighters": the parse may take "along" for the verb's particle)
            out += [p for w in c.children if w.dep_ == "prep" and w.lower_ == "with"
                    for p in w.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN", "NUM")]
        elif c.dep_ == "prep" and c.lower_ == "besides" and c.i > pred.i:
            # "2 children were killed besides the bomber": the one named beside the dead died too
            out += [p for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN", "NUM")]
        elif c.dep_ == "conj" and c.tag_ == "CD" and any(g.lower_ in _ADDITIVE for g in c.children):
            out.append(c)
        elif c.dep_ in ("npadvmod", "conj") and c.i > pred.i and _after_as_well_as(pred, c) and (
                c.tag_ == "CD" or _counted_phrase(c)):
            # "29 people were killed, as well as 10 attackers", "..., as well as three of the assailants": the
            # parse hangs the second group on the verb, not on its subject
            out.append(c)
        elif c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and _counted_phrase(c) and not any(
                g.tag_ in ("VBN", "VBD", "VBG") or g.lemma_.lower() in ("sustain", "suffer", "receive")
                for g in c.children) and c.lemma_.lower() not in _INJURY_NOUNS and not _not_people(c):
            # "one soldier was killed and 3 militants too": a second group with its verb left out (not "and
            # another two sustained bullet wounds")
            out.append(c)
    return out


def _after_as_well_as(pred: Token, tok: Token) -> bool:
    """``tok`` follows "as well as" hung on ``pred`` with nothing else between."""
    doc = pred.doc
    return any(c.dep_ == "cc" and c.lower_ == "as" and c.i < tok.i and c.i >= 2 and doc[c.i - 1].lower_ == "well"
               and doc[c.i - 2].lower_ == "as" and all(t.head.i == tok.i for t in doc[c.i + 1:tok.i])
               for c in pred.children)


# what one falls victim to when killed ("fell victim to a targeted attack", "to the bullets of gunmen"), and words
# that say one lived or was only harmed ("fell victim to an assassination attempt", "to extortion")
_FATAL_CAUSES = frozenset({"attack", "killing", "firing", "fire", "shooting", "bullet", "terrorism", "blast", "bombing",
                           "explosion", "violence", "gunman", "assassin", "assassination", "terrorist", "murder"})
_NOT_FATAL = frozenset({"attempt", "survive", "injure", "wound", "injury", "kidnapping", "abduction", "extortion",
                        "robbery", "fraud", "scam", "harassment", "torture"})


def _fell_victim(fall: Token) -> bool:
    """"fell victim (or prey) to" deadly violence: what follows the words names a deadly attack, and no word of
    the sentence says the victim lived or was only harmed."""
    words = [c for c in fall.children if c.dep_ in ("dobj", "npadvmod", "attr", "oprd")
             and c.lemma_.lower() in ("victim", "prey")]
    if not words:
        return False
    # (the words as written too: "target killing" read as a verb has the lemma "kill")
    after = {w for t in fall.sent if t.i > words[0].i for w in (t.lemma_.lower(), t.lower_)}
    return bool(after & _FATAL_CAUSES) and not after & _NOT_FATAL and not {
        t.lemma_.lower() for t in fall.sent} & {"survive", "escape"}


def _victims_of(pred: Token) -> list:
    """The phrase heads a casualty predicate is about."""
    own = _own_victims(pred)
    if not own:
        return own
    inside = {w.i for v in own for w in (v.tok if isinstance(v, _Single) else v).subtree}
    return own + [t for t in _also_these(pred) if t.i not in inside]


_AMONG = frozenset({"among", "amongst", "including"})


def _killed_along_with(kids: list[Token], below: bool) -> list[Token]:
    """The people killed "along with" the subject, among the verb's dependents ``kids``: "two soldiers were killed
    along with 15 militants"; with a subject (``below``, or one found so), also where the parse hangs "along with"
    on the place or the deed named after the verb ("was killed by Taliban militants in an ambush along with 3 of his
    guards")."""
    def objects(prep: Token) -> list[Token]:
        return [g for g in prep.children if g.dep_ == "pobj"]

    found = [g for c in kids if c.dep_ == "prep" and c.lower_ == "with" and any(k.lower_ == "along" for k in kids)
             for g in objects(c)]
    if below or found:
        named_after = [t for c in kids if c.dep_ in ("prep", "agent") for n in objects(c) for t in n.children]
        found += [g for a in (*kids, *named_after) if a.lower_ == "along" and a.dep_ in ("prep", "advmod")
                  for w in a.children if w.dep_ == "prep" and w.lower_ == "with" for g in objects(w)]
    return found


# the words that report a toll as said, feared or confirmed ("reported killed", "feared dead")
_TOLD_AS = frozenset({"report", "confirm", "fear", "believe"})


def _own_victims(pred: Token) -> list:
    kids = list(pred.children)
    if pred.dep_ in ("xcomp", "oprd") and pred.head.lemma_.lower() in ("find", "discover") and _is_passive(pred.head):
        # "they were later found shot dead", "a trader was found murdered": whom the finding is of
        return [c for c in pred.head.children if c.dep_ in ("nsubjpass", "nsubj")]
    if pred.dep_ in ("xcomp", "oprd") and pred.tag_ == "VBN" and pred.head.lemma_.lower() in _TOLD_AS \
            and not any(c.dep_ in ("aux", "dobj") for c in pred.children):  # (not "claimed to have killed two")
        # "6 militants reported killed", "three soldiers were confirmed dead", "12 people feared killed": whom
        # the report is of
        told = pred.head
        if told.dep_ in ("acl", "amod") and told.head.pos_ in ("NOUN", "PROPN", "NUM"):
            return [told.head]
        return [c for c in told.children if c.dep_ in ("nsubjpass", "nsubj")]
    objs = [c for c in kids if c.dep_ in ("dobj",)]
    among = min((c.i for c in kids if c.dep_ == "prep" and c.lower_ in _AMONG), default=None)
    if among is not None and objs and objs[0].i < among:
        # "killed 4 Taliban, among them a shadow governor": who follows is one of the figure, not more dead
        objs = [c for c in objs if c.i < among]
    if len(objs) > 1:
        # "killing 7 passengers, among them 3 women": the parse makes a second object of the part, its "among
        # them" before it; the part is of the first figure, not more dead
        objs = [objs[0], *(c for c in objs[1:] if not any(
            g.dep_ == "prep" and g.lower_ in _AMONG and g.i < c.i for g in c.children))]
    if pred.dep_ in ("acl", "amod") and (pred.tag_ == "VBN" or _participle_tagged_past(pred)):
        # "5 civilians killed", "the men killed in the raid"; a misread active clause keeps its object
        if objs:
            return objs
        head = pred.head
        if head.lower_ == "target" and head.dep_ in ("attr", "acomp") and head.head.lemma_.lower() == "be":
            # "a PPP worker was target killed": the subject of "was"
            return [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if head.lower_ == "those" and head.dep_ == "pobj" and head.head.lower_ == "among" and \
                head.head.head.lemma_.lower() == "be":
            # "Among those killed were two constables and an ASI": the subject of "were"
            return [c for c in head.head.head.children if c.dep_ in ("nsubj", "attr") and c.i > pred.i]
        if head.pos_ not in ("NOUN", "PROPN", "NUM"):
            return []
        siblings = [c for c in head.children if c.dep_ in ("acl", "amod") and c.tag_ == "VBN"
                    and c.lemma_.lower() in _DEATH_VERBS | _INJURY_VERBS | _ARREST_VERBS]
        members = _group(head)
        if len(siblings) > 1 and len(members) == len(siblings):
            # "5 civilians killed and 2 injured": each figure with its own verb
            return [_Single(members[[c.i for c in siblings].index(pred.i)])]
        first = head.head
        if head.dep_ == "appos" and first.pos_ in ("NOUN", "PROPN") and first.i < head.i and \
                _other_side_counted(first, head) and \
                not any(c.dep_ in ("acl", "amod") and c.tag_ == "VBN" for c in first.children):
            return [first]  # "6 militants, 2 soldiers killed": the participle hangs on the last of the list
        if head.dep_ == "conj" and first.pos_ in ("NOUN", "PROPN", "NUM") and (first.dep_ in ("ROOT", "nsubj") or (
                # "...; 2 ANDSF and 7 Taliban killed": a verbless clause after a semicolon the parse hung as a
                # complement, each member with its own figure
                first.dep_ in ("ccomp", "parataxis", "dep") and _counted_phrase(first) and _counted_phrase(head))) \
                and not any(c.dep_ in ("acl", "amod") and c.tag_ == "VBN" for c in first.children):
            return [first]  # "1 Soldier and 1 militant killed": the participle hangs on the last of the phrase
        return [head]
    if _is_passive(pred):
        subj = [c for c in kids if c.dep_ in ("nsubjpass", "nsubj")]
        # "Sub-inspector of the police was shot dead": one word the parse split at its hyphen
        subj = [c for c in subj if c.text not in ("-", "‑") and not (
            c.i + 1 < len(c.doc) and c.doc[c.i + 1].text in ("-", "‑") and c.doc[c.i + 1].dep_ == c.dep_)]
        if len(subj) > 1 and not any(c.dep_ == "cc" for c in kids) and not any(
                c.dep_ == "auxpass" and c.lower_ in ("were", "are", "have", "been") for c in kids):
            # "A Shia muslim, Irfan Haider Zaidi, was gunned down": one person, named twice; "were" says several
            subj = subj[:1]
        subj += _killed_along_with(kids, below=bool(subj))
        if subj:
            return subj
        if pred.dep_ in ("conj", "ccomp") and pred.head.pos_ in ("VERB", "AUX"):
            # "Clashes ensued and 3 Taliban and 2 ANP were killed": the parse made the counted subject a conjunct
            # of the first clause's verb, the participle a complement with no subject of its own
            told = [c for c in pred.head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                    and pred.head.i < c.i < pred.i and _counted_phrase(c)]
            if told:
                return told[:1]
        if pred.dep_ == "conj" or pred.dep_ == "ccomp" and sought_for(pred.head):
            # ("a militant wanted for the murder of two policemen was killed": the parse makes the militant want)
            return [c for c in pred.head.children if c.dep_ in ("nsubjpass", "nsubj")]
        if pred.dep_ == "pcomp" and pred.head.lower_ in ("before", "after", "while", "until"):
            # "killing 2 soldiers before being shot dead": the one who did the deed the clause hangs on
            clause = pred.head.head
            for _ in range(3):
                doer = [c for c in clause.children if c.dep_ == "nsubj"]
                if doer or clause.dep_ not in ("advcl", "conj", "xcomp"):
                    return doer
                clause = clause.head
        return []
    lemma = pred.lemma_.lower()
    subj = [c for c in kids if c.dep_ == "nsubj"]
    if lemma in ("die", "perish", "succumb"):
        if subj and subj[0].lower_ in ("who", "that"):
            # "targeted a Shia doctor in Karachi, who died of his wounds": the person the clause is about
            return [pred.head] if pred.dep_ == "relcl" and _person_word(pred.head) else [
                t for t in reversed(pred.doc[pred.sent.start:subj[0].i]) if _person_word(t)][:1]
        if not subj and pred.dep_ in ("conj", "ccomp"):
            # "... and died"; "12 militants believed to be involved in the attack died in a clash", where the
            # parse hangs "died" under "believed", whose subject it takes; "a policeman was shot and later
            # succumbed to his injuries"
            subj = [c for c in pred.head.children if c.dep_ == "nsubj"] or [
                c for c in pred.head.children if c.dep_ == "nsubjpass" and pred.dep_ == "conj"]
        return subj
    if objs:
        # "killed a tribal elder and two of his guards": a figure the parse coordinated with the verb, not the object
        return objs + [c for c in kids if c.dep_ == "conj" and c.tag_ == "CD" and c.i > objs[0].i and any(
            k.dep_ == "prep" and k.lower_ == "of" for k in c.children)] + [
            # "killing 12 worshippers besides himself": the bomber is among the dead
            p for c in kids if c.dep_ == "prep" and c.lower_ == "besides" for p in c.children if p.dep_ == "pobj"]
    # "7 security forces killed in an attack": a headline's passive, its auxiliary dropped (the parse may mark the
    # subject of such a bare participle as passive: "2 FC killed.")
    subj = subj or [c for c in kids if c.dep_ == "nsubjpass"]
    if len(subj) > 1:
        # "4 ANP killed, 2 wounded": the parse makes both figures subjects of the last participle; one with a
        # participle of its own was told its fate there
        subj = [c for c in subj if not _own_fate(c)] or subj
    if subj and pred.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("aux",) for c in kids) and \
            not any(c.lower_ in _DEAD_WORDS | {"down"} for c in kids):
        first = pred.head
        if pred.dep_ == "conj" and first.pos_ in ("NOUN", "PROPN") and first.i < subj[0].i and \
                _counted_phrase(first) and _counted_phrase(subj[0]) and \
                any(c.dep_ == "cc" for c in first.children if first.i < c.i < subj[0].i):
            # "3 ANDSF and 8 Taliban killed": the parse made the participle a conjunct of the first figure's
            # noun, the second figure its subject; both were killed
            return [_Single(first), *subj]
        return subj
    # "shot dead a policeman": the object may hang on "dead"
    for c in kids:
        if c.lower_ in _DEAD_WORDS:
            objs = [g for g in c.children if g.dep_ in ("dobj", "npadvmod", "nsubj")]
            if objs:
                return objs
    # "four polio vaccinators shot dead in Karachi": a headline's passive, nobody after "dead"
    if subj and lemma in ("shoot", "gun") and pred.tag_ in ("VBN", "VBD") and not any(c.dep_ == "aux" for c in kids):
        return subj
    return []


_WORN_BOMBS = frozenset({"vest", "jacket", "belt", "bomb"})


def _own_suicide_device(verb: Token, sent: Span) -> bool:
    """One armed man sets off the suicide device he wears ("the militant detonated his suicide jacket"), in a report
    that tells of no suicide bomber or bombing (whose tolls give the victims only)."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _WORN_BOMBS and any(
            g.lower_ == "suicide" for g in c.children if g.dep_ in ("compound", "amod")) for c in verb.children):
        return False
    clause = verb.head if verb.dep_ == "xcomp" else verb
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ != "NN" or _listed_side(subj) != ARMED:
        return False
    return not re.search(r"\bbombers?\b|suicide (?:attack|bombing)", sent.text, re.I)


def _participle_tagged_past(pred: Token) -> bool:
    """"16 TTP terrorists killed in air strikes": a participle after the noun it tells of, which the parse hung
    on the noun but tagged as a past tense (a clause of its own would have a subject)."""
    return pred.dep_ == "acl" and pred.tag_ == "VBD" and pred.i > pred.head.i and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in pred.children)


def _own_fate(tok: Token) -> bool:
    """People with a participle of death, harm or arrest of their own ("4 ANP killed")."""
    return any(c.dep_ in ("acl", "amod") and c.tag_ == "VBN"
               and c.lemma_.lower() in _DEATH_VERBS | _INJURY_VERBS | _ARREST_VERBS for c in tok.children)


# what is shot down that is no person: aircraft, whose crew's death a report tells in words of its own
_CRAFT = frozenset({"helicopter", "helicopters", "chopper", "choppers", "plane", "planes", "aircraft", "jet", "jets",
                    "drone", "drones", "quadcopter", "quadcopters", "uav", "uavs", "airplane", "gunship", "gunships"})


def _downed_craft(verb: Token) -> bool:
    """``verb`` is "shot down" told of an aircraft ("shot down a Pakistani helicopter", "a military helicopter was shot
    down"), not "shot down a policeman", the press's words for a killing."""
    if not any(c.dep_ == "prt" and c.lower_ == "down" or c.lower_ == "down" for c in verb.children):
        return False
    done_to = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not done_to and verb.dep_ in ("acl", "amod") and verb.head.pos_ in ("NOUN", "PROPN"):
        done_to = [verb.head]  # "Pakistan army helicopter shot down in Orakzai" read as a noun's participle
    if not done_to and verb.dep_ == "ROOT":
        done_to = [c for c in verb.children if c.dep_ == "nsubj"]  # a headline's passive, its auxiliary dropped
    return bool(done_to) and all(t.lower_ in _CRAFT for t in done_to)


def done_to_death(verb: Token) -> bool:
    """A verb of blows whose victims died of them: "hacked a man to death", "was stoned to death" (the phrase may
    hang on the verb or on its object)."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.lower_ == "death"
                                                            for g in c.children) for h in holders for c in h.children)


def casualties(sent: Span, named_roles: dict[int, str] | None = None,
               earlier: tuple[int, str] | None = None, attackers: int | None = None) -> list[Count]:
    """Every count of dead, wounded and arrested people the sentence gives. ``named_roles`` maps the tokens
    that name a case-file party to its role (roles.STATE, ARMED …); ``earlier`` is the figure and side of the
    people the report counted last before the sentence (``people_counted``), for "their bodies", "they"."""
    sent.doc.user_data[_NAMED_ROLES] = named_roles or {}
    sent.doc.user_data[_EARLIER] = earlier
    sent.doc.user_data[_ATTACKERS_BEFORE] = attackers
    out: list[Count] = []
    seen: set[int] = set()
    wearers: list[Count] = []  # militants dead by their own suicide device, unless the attackers' dead are counted
    for tok in sent:
        lemma = tok.lemma_.lower()
        kind = None
        if _among_those(tok) and earlier is not None:
            continue  # "Among those killed was a senior commander": one of the dead already counted (with none
            # counted before, they are the toll: "Militants attacked a post. Among those killed were two sepoys.")
        if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
            if lemma in _DEATH_VERBS:
                kind = KILLED
            elif lemma in _INJURY_VERBS:
                # "a policeman was fatally wounded": killed
                kind = KILLED if any(c.lower_ in _FATALLY for c in tok.children if c.dep_ == "advmod") else WOUNDED
            elif lemma == "hang" and _people_hanged(tok):
                kind = KILLED  # "the Taliban hanged two men accused of theft" (not "hung a banner")
            elif lemma in ("shoot", "gun") and any(c.lower_ in ("dead", "down") for c in tok.children):
                if _downed_craft(tok):
                    continue  # "militants shot down a helicopter": a craft downed; its crew's fate has its own words
                kind = KILLED
            elif done_to_death(tok):
                kind = KILLED  # "hacked a man to death", "was beaten to death"
            elif lemma in ("shoot",) and tok.tag_ == "VBN":
                kind = WOUNDED
            elif lemma in ("sustain", "suffer", "receive") and any(
                    c.lemma_.lower() in _INJURY_NOUNS or any(g.lemma_.lower() in _INJURY_NOUNS for g in c.children)
                    for c in tok.children if c.dep_ == "dobj"):
                # "two FC men sustained fatal injuries": killed
                kind = KILLED if any(g.lower_ in _FATALLY for c in tok.children if c.dep_ == "dobj"
                                     for g in c.children if g.dep_ == "amod") else WOUNDED
                victims = [c for c in tok.children if c.dep_ == "nsubj"]
                _add(out, seen, kind, tok, victims)
                continue
            elif lemma == "embrace" and any(c.lemma_.lower() in ("martyrdom", "shahadat", "shahadah", "death")
                                            for c in tok.children if c.dep_ == "dobj"):
                # "two soldiers embraced martyrdom": the words of the forces' own statements for their dead
                _add(out, seen, KILLED, tok, [c for c in tok.children if c.dep_ == "nsubj"])
                continue
            elif lemma == "send" and any(g.lower_ in ("hell", "jahannam") for c in tok.children
                                         if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                                         if g.dep_ == "pobj"):
                # "four khwarij were sent to hell", "troops sent three terrorists to hell": the forces' own word for
                # the militants they killed
                _add(out, seen, KILLED, tok, [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")])
                continue
            elif lemma == "fall" and _fell_victim(tok):
                # "a constable fell victim to a targeted attack", "two brothers fell prey to target killing": the
                # press's words for those killed
                _add(out, seen, KILLED, tok, [c for c in tok.children if c.dep_ == "nsubj"])
                continue
            elif lemma == "claim" and any(c.lemma_.lower() == "life" for c in tok.children if c.dep_ == "dobj"):
                # "the attack claimed the lives of four policemen", "claimed eight lives"
                lives = next(c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "life")
                of = [g for c in lives.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj"]
                _add(out, seen, KILLED, tok, of or [lives] if of or _counted_phrase(lives) else [])
                continue
            elif lemma in ("find", "discover") and _is_passive(tok) and any(
                    c.lower_ in _DEAD_WORDS and c.dep_ in ("oprd", "acomp", "advmod") for c in tok.children):
                # "a policeman was found dead in his car": the dead of a killing found later
                _add(out, seen, KILLED, tok, [c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")])
                continue
            elif lemma in ("find", "recover", "discover") and any(
                    c.lemma_.lower() == "body" for c in tok.children
                    if c.dep_ in (("nsubjpass", "nsubj") if _is_passive(tok) else ("dobj",))):
                # "the bodies of three men were found", "villagers found the body of a teacher": the dead of a
                # killing found later
                body = next(c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj", "dobj")
                            and c.lemma_.lower() == "body")
                of = [g for c in body.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj"]
                victims = of if of and count_of(of[0])[0] else ([body] if _counted_phrase(body) else of)
                if not victims and body.lower_ == "body":
                    # "His body was found on Thursday": one dead, the man the report spoke of
                    victims = [c for c in body.children if c.dep_ == "poss" and c.lower_ in ("his", "her")]
                earlier = _earlier(sent.doc)
                if earlier is not None and body.i * 4 not in seen and _bodies_named_before(body, of):
                    # "Three teachers were abducted ... Their bodies were found two days later": the people the
                    # report counted before, dead (a figure restated, never one on top)
                    seen.add(body.i * 4)
                    out.append(Count(KILLED, earlier[0], earlier[1], tok, word="~", who=body))
                    continue
                _add(out, seen, KILLED, tok, victims)
                continue
            elif lemma == "blow" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children) and any(
                    c.dep_ == "dobj" and c.lower_ in ("himself", "herself", "themselves") for c in tok.children):
                # "cornered, he opened fire on the police and blew himself up": he is dead, on the attackers'
                # side; a suicide bomber is not (reports' tolls give the victims of a suicide bombing); "three
                # militants blew themselves up": as many as the subject counts
                pron = next(c for c in tok.children if c.dep_ == "dobj" and c.lower_ in ("himself", "herself",
                                                                                       "themselves"))
                subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                n = 1 if pron.lower_ != "themselves" else count_of(subj)[0] if subj is not None else None
                if n and pron.i * 4 not in seen and not re.search(r"\bbombers?\b|suicide (?:attack|bombing)", sent.text,
                                                                  re.I):
                    seen.add(pron.i * 4)
                    out.append(Count(KILLED, n, ARMED, tok))
                continue
            elif lemma in ("detonate", "explode", "trigger") and _own_suicide_device(tok, sent):
                # "a militant chose to detonate a suicide vest rather than be captured": the wearer is dead, on
                # top of those the blast killed (a figure of the attackers' own dead in the sentence includes him)
                if tok.i * 4 not in seen:
                    seen.add(tok.i * 4)
                    wearers.append(Count(KILLED, 1, ARMED, tok, additive=True))
                    out.append(wearers[-1])
                continue
            elif lemma in ("lose",) and any(c.lemma_.lower() == "life" for c in tok.children if c.dep_ == "dobj"):
                kind = KILLED
                _add(out, seen, kind, tok, [c for c in tok.children if c.dep_ == "nsubj"])
                continue
            elif lemma in ("lose",) and any(_lost_people(c) for c in tok.children if c.dep_ == "dobj"):
                _add_lost(out, seen, tok)
                continue
            elif lemma in ("leave",) and any(c.lower_ in _DEAD_WORDS | {"injured", "wounded"} for c in tok.subtree):
                dead = next(c for c in tok.subtree if c.lower_ in _DEAD_WORDS | {"injured", "wounded"})
                kind = KILLED if dead.lower_ in _DEAD_WORDS else WOUNDED
                # ("left one Levies official dead": the parse may make the people a second predicate of the verb)
                victims = [c for c in tok.children if c.dep_ == "dobj" or c.dep_ == "oprd" and c.i < dead.i and
                           c.pos_ in ("NOUN", "PROPN") and dead.dep_ == "oprd"] or [
                    g for g in dead.children if g.dep_ in ("nsubj", "npadvmod", "nummod")]
                # "left 2 soldiers and at least 6 Taliban dead": the parser may hang the second group on "dead"
                # or on the verb; both groups are the dead
                if dead.dep_ == "conj" and (dead.head.i == tok.i or any(v.i == dead.head.i for v in victims)):
                    victims += [g for g in dead.children if g.dep_ == "nsubj" and g not in victims]
                victims += [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                            and _counted_phrase(c) and c not in victims]
                if not victims and dead.head.i != tok.i:
                    victims = [dead.head]
                _add(out, seen, kind, tok, victims)
                continue
            elif lemma in ("take", "hold", "keep") and _held_captive(tok):
                # "held over 400 passengers hostage", "took twelve labourers captive", "were held hostage": the
                # people carried off (the parse may make "hostage" the object and the people its modifier)
                people = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in _CAPTIVE_WORDS] \
                    or [c for c in tok.children if c.dep_ == "dobj" and any(g.dep_ == "nummod" for g in c.children)]
                # (a bare plural counts no one: "held pupils hostage")
                people = people or [n for c in tok.children if c.dep_ == "dobj" for n in (c, *c.children)
                                    if n.pos_ == "NOUN" and (n is c or n.dep_ == "compound")
                                    and any(g.dep_ == "nummod" for g in n.children)][:1]
                _add(out, seen, ABDUCTED, tok, people)
                continue
            elif lemma in _ARREST_VERBS or lemma == "take" and _into_custody(tok):
                kind = ARRESTED  # ("34 people were taken into custody")
            elif lemma in _ABDUCT_VERBS:
                kind = ABDUCTED
        if kind is None and tok.lower_ in _DEAD_WORDS and tok.i > sent.start and \
                sent.doc[tok.i - 1].lower_ in ("shot", "gunned") and sent.doc[tok.i - 1].pos_ not in ("VERB", "AUX"):
            # "Gunmen on a motorcycle shot dead a doctor": the parse took "shot" for a noun and hung the victim
            # on "dead"
            _add(out, seen, KILLED, tok, [c for c in tok.children if c.dep_ in ("dobj", "npadvmod") and c.i > tok.i])
            continue
        if kind is None and tok.lower_ in _DEAD_WORDS and tok.dep_ in ("amod", "acomp", "oprd") and \
                tok.head.pos_ in ("NOUN", "PROPN", "NUM") and tok.dep_ == "amod":
            _add(out, seen, KILLED, tok, [tok.head])  # "at least 60 people dead in an explosion"
            continue
        if kind is None and tok.lower_ in _DEAD_WORDS and tok.dep_ == "acomp" and \
                tok.head.lemma_.lower() in ("be", "lie", "lay"):
            # "29 people were dead, including 13 militants", "five bodies lay dead": the subject's dead
            _add(out, seen, KILLED, tok, [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")])
            continue
        if kind is None and tok.pos_ == "NOUN" and (tok.lemma_.lower() in ("death", "injury") or (
                tok.lemma_.lower() in _DEATH_NOUNS and _outcome_of_event(tok))):
            of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"]
            # "the death of two policemen", "resulting in the killing of two troops"
            _add(out, seen, KILLED if tok.lemma_.lower() in _DEATH_NOUNS else WOUNDED, tok, of)
            if not of:
                _add_own_figure(out, seen, KILLED if tok.lemma_.lower() in _DEATH_NOUNS else WOUNDED, tok)
            continue
        if kind is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in ("arrest", "detention") and \
                cause_of_outcome(tok) is not None:
            # "the raids resulted in the arrest of 14 suspects", "the operation led to 14 arrests": those a deed
            # told brought into custody
            of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"]
            _add(out, seen, ARRESTED, tok, of)
            if not of:
                _add_own_figure(out, seen, ARRESTED, tok)
            continue
        if kind is None and tok.lemma_.lower() in ("fatality", "fatalities") and tok.i + 2 < sent.end and \
                sent.doc[tok.i + 1].lower_ in (":", "=") and sent.doc[tok.i + 2].like_num:
            # "Fatalities: 6 (4 ANP, 2 Taliban).": a record's own tally of all the dead, as "coded as" gives it
            figure = sent.doc[tok.i + 2]
            nxt = sent.doc[figure.i + 1] if figure.i + 1 < sent.end else None
            people = nxt if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and (
                figure.dep_ in ("nummod", "meta") and figure.head.i == nxt.i or
                figure.dep_ == "meta" and figure.head.i == nxt.head.i) else None
            if people is None and figure.dep_ == "nummod" and figure.head.pos_ in ("NOUN", "PROPN") and \
                    figure.i + 1 < figure.head.i <= figure.i + 5 and all(
                        t.dep_ in ("compound", "amod", "punct") and t.head.i == figure.head.i
                        for t in sent.doc[figure.i + 1:figure.head.i]):
                # "Fatalities: 6 ANSF members, 3 Taliban", "Fatalities: 4 pro-government militiamen, 6 Taliban": the
                # figure counts a noun the names or words before it qualify
                people = figure.head
            if people is not None:
                # "Fatalities: 2 ANDSF and 5 Taliban", "Fatalities: 3 soldiers, 4 Taliban": each side's own
                # figure, no total
                _add(out, seen, KILLED, tok, [people])
                continue
            n = _number(figure) if figure.i not in seen else None
            if n is not None:
                seen.add(figure.i)
                out.append(Count(KILLED, n, ALL, tok))
            continue
        if kind is None and _dead_suffered(tok):
            # "the Taliban suffered two dead": the side's own dead, as its fatalities are
            figure = next((c for c in tok.children if c.dep_ == "nummod") if tok.dep_ == "dobj" else (
                c for c in tok.head.children if c.dep_ == "dobj" and c.like_num and c.i < tok.i), None)
            n = _number(figure) if figure is not None and figure.i not in seen else None
            if n:
                seen.add(figure.i)
                sufferer = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                out.append(Count(KILLED, n, _side(sufferer) if sufferer is not None else CIVILIAN, tok))
            continue
        if kind is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in ("fatality", "fatalities"):
            # "resulting in 3 fatalities", "4 fatalities were reported", "the Taliban suffered 5 fatalities"
            _add_own_figure(out, seen, KILLED, tok)
            if not _counted_phrase(tok):
                # "Fatalities were reported on both sides: 4 Taliban and 2 ANDSF": the list after the colon
                # names the dead, side by side
                _add(out, seen, KILLED, tok, [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i
                                              and _counted_phrase(c)])
            continue
        if kind is None and tok.lemma_.lower() == "toll" and tok.pos_ == "NOUN" and (
                tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "dobj" and tok.head.lemma_.lower() in _TOLL_MOVERS):
            # ("bringing the death toll to eight", "taking the toll to five", "The toll was later revised to nine")
            figure = _toll_figure(tok)
            if figure is not None and figure.i not in seen:
                # "the death toll rose to 25": the dead of the event so far (the figure stands for everyone)
                seen.add(figure.i)
                n = _number(figure)
                if n:
                    # (a toll revised stands for every side's dead, below the first figure too: "killing at least 15
                    # ... The health ministry later revised the death toll to 13", "The toll was later raised to 71")
                    # ("... but later revised it to 26": the toll named again by a pronoun, revised)
                    side = ALL if _death_toll(tok) and (_toll_revised(tok.head) or any(
                        v.lemma_.lower() == "revise" for v in _toll_told_again(tok.head))) else CIVILIAN
                    out.append(Count(KILLED if _death_toll(tok) else WOUNDED, n, side, tok.head))
            continue
        if kind is None and (lemma in ("code", "record") or tok.lower_ in ("coded", "recorded")) and \
                _record_of_the_dead(tok):
            # "Fatalities coded as 10 (reports vary between 8 and 12)": a record's own figure for all the dead
            figure = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                           if g.dep_ == "pobj" and g.like_num), None) or next(
                # ("fatalities coded as 17 due to likely inflated figures": the parse hangs the figure on the words
                # after it)
                (n for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                 if g.dep_ == "pobj" for n in g.children if n.dep_ == "nummod" and n.like_num
                 and n.i == c.i + 1), None)
            n = _number(figure) if figure is not None and figure.i not in seen else None
            if n is not None:
                seen.add(figure.i)
                out.append(Count(KILLED, n, ALL, tok))
            continue
        if kind is None and lemma in ("split", "divide", "share") and tok.pos_ == "VERB":
            shares = _shares_of_the_dead(tok)
            if shares and not any(t.i in seen for t in shares):
                # "Fatalities split between 10 IS militants, 11 prisoners and 8 ANSF": a record's figure for all
                # the dead, every side's share added
                seen.update(t.i for t in shares)
                out.append(Count(KILLED, sum(_number(t) or 0 for t in shares), ALL, tok))
            continue
        if kind is None:
            continue
        if kind == KILLED and _told_as_before(tok):
            continue  # "The attack came days after 6 soldiers were killed in the district": an earlier event's dead
        if record_of_a_party(tok):
            continue  # "Lashkar-e-Jhangvi, which has killed hundreds of Hazaras, ...": the group's record, no event's
        victims = _victims_of(tok)
        if kind == ARRESTED and victims and all(v.lemma_.lower() in _GROUND_TAKEN for v in victims):
            continue  # "captured 25 army posts": ground taken, no one held
        if kind == ARRESTED and lemma == "pick" and victims and all(v.lemma_.lower() in L.PICKED_AFTER for v in victims):
            continue  # "the movement of the group was picked up": seen, no one held
        _add(out, seen, kind, tok, victims)
    if wearers and any(c.kind == KILLED and c.side == ARMED and all(c is not w for w in wearers) for c in out):
        out[:] = [c for c in out if all(c is not w for w in wearers)]
    _split_bare_numbers(out)
    _one_and_another(out)
    _breakdowns_in_brackets(out)
    _bomber_besides(out)
    tolls = {c.predicate.i for c in out if c.kind == KILLED and c.predicate.lemma_.lower() in _TOLL_VERBS
             and any(t.lemma_.lower() == "toll" for t in c.predicate.children)}
    revised = {c.predicate.i for c in out if c.predicate.i in tolls and _toll_revised(c.predicate)}
    if revised:
        # "Police initially said five people had died, but the district health officer later put the toll at
        # three": the figure the toll was revised to stands for the dead of its side told before it
        last = max(revised)
        sides = {c.side for c in out if c.predicate.i == last}
        out[:] = [c for c in out if not (c.kind == KILLED and c.predicate.i < last and c.side in sides)]
    for c in out:
        if tolls and c.kind == KILLED and c.additive and c.predicate.i not in tolls:
            c.additive = False  # "the death toll rose to 11 as two of the injured died": the two are in the 11
        if c.kind == KILLED and c.side != ALL and _in_all(c.predicate):
            c.side = ALL  # "nine people were killed in all, including the 3 attackers"
        if c.kind == KILLED and c.side != ALL and not c.additive and _enemy_claim(c.predicate, c.side):
            # (an armed group's word on the forces or people it killed stands only beside a figure from others)
            c.word = "!" if _claimed_by_group(c.predicate) else "?"
    # ("Initially, officials said three policemen had been killed": a figure told as superseded by the report's own,
    # told in another sentence; one revised in its own sentence is the revision's, read above)
    first_told = [c for c in out if c.kind == KILLED and _superseded_figure(c.predicate)]
    if first_told and all(c.kind != KILLED or any(c is f for f in first_told) for c in out):
        out[:] = [c for c in out if not any(c is f for f in first_told)]
    _elided_toll(sent, out)
    _competing_tolls(out)
    # a claim is the party's word on everyone its clause counts: "the BLA claimed a blast that killed 6 soldiers and
    # a captain" gives the captain on the same word as the soldiers (not a figure of its own that outweighs theirs)
    claimed = {c.predicate.i: c.word for c in out if c.word in ("?", "!")}
    for c in out:
        if c.kind == KILLED and c.side != ALL and not c.additive and not c.word and c.predicate.i in claimed:
            c.word = claimed[c.predicate.i]
    return out


# verbs that set the reported deed after an earlier one: "the attack came days after ...", "this comes a week
# after ...", "the attack follows one on 2 May in which ..."
_SEQUEL_VERBS = frozenset({"come", "follow"})
_SPANS = frozenset({"day", "week", "month", "year", "hour", "fortnight"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _own_past_time(pred: Token, days: frozenset[str] = frozenset()) -> bool:
    """"in April", "in 2013", "last year", "two years ago", "earlier" (and "on Monday" where ``days`` has it): a
    time the clause gives its deed."""
    for c in pred.children:
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                g.lower_ in L.MONTH_WORDS or _YEAR.match(g.text) for g in c.children if g.dep_ == "pobj"):
            return True
        if c.dep_ in ("prep", "npadvmod") and (c.lower_ in days or c.lower_ == "on" and any(
                g.lower_ in days for g in c.children if g.dep_ == "pobj")):
            return True
        if c.dep_ in ("npadvmod", "advmod") and c.lemma_.lower() in _SPANS and any(
                g.lower_ in ("last", "ago", "previous") for g in (*c.children, *c.doc[c.i + 1:c.i + 2])):
            return True
        if c.dep_ == "advmod" and c.lower_ in ("earlier", "previously", "ago"):
            return True
    return False


def _told_as_before(pred: Token) -> bool:
    """The dead are those of an earlier deed the report's own deed is said to follow: "The attack came days after 6
    soldiers were killed in a similar attack", "This comes a week after 4 policemen died", "The attack follows one
    on 2 May in which 7 policemen were killed"."""
    if not _is_passive(pred) and pred.lemma_.lower() not in ("die", "perish", "succumb") and any(
            c.dep_ == "nsubj" for c in pred.children):
        # "came days after a suicide bomber killed 7 soldiers": the earlier deed, told with its doer, is a deed
        # of its own that takes its own dead
        return False
    after, prev = any(c.dep_ == "mark" and c.lower_ == "after" for c in pred.children), pred
    if after and (any(c.dep_ == "npadvmod" and c.lemma_.lower() in _SPANS for c in pred.children)
                  or _own_past_time(pred, _WEEKDAYS)):
        # "a bomb killed three soldiers, a week after 12 soldiers were killed in an ambush", "after two soldiers
        # died in a blast on Monday": the dead of the deed the report's own came after
        return True
    for t in pred.ancestors:
        if t.lower_ == "after" or any(c.dep_ == "mark" and c.lower_ == "after" for c in t.children):
            after = True
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _SEQUEL_VERBS and t.i < pred.i:
            # (what follows is its object: "fighting followed, killing 3" tells the deed's own dead)
            return after or t.lemma_.lower() == "follow" and prev.dep_ in ("dobj", "prep")
        prev = t
    return False


_RECORDED_DEAD = frozenset({"fatality", "fatalities", "death", "deaths", "casualty", "casualties"})


def _record_of_the_dead(tok: Token) -> bool:
    """A record's figure for the dead: "fatalities coded as 10", "[coded as 3 fatalities]", "Fatality count coded
    as 3", or the coder's bare remark with no subject of its own ("[coded as 3]", after a count told vaguely)."""
    if any(t.lemma_.lower() in _RECORDED_DEAD or t.lower_ in _RECORDED_DEAD for t in (tok, *tok.children, tok.head)):
        return True
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(g.lower_ in _RECORDED_DEAD for s in subjects for g in s.children if g.dep_ in ("compound", "amod")):
        return True
    return tok.lower_ == "coded" and not subjects and tok.dep_ == "ROOT"


def _shares_of_the_dead(verb: Token) -> list[Token]:
    """The figures of each side's share when a record's dead are split between sides: "Fatalities split between
    10 IS militants, 11 prisoners and 8 ANSF" (the three figures); none when the subject is not the dead, or a
    share has no figure ("10 fatalities split between both sides" is a figure of its own)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lemma_.lower() not in _RECORDED_DEAD and subj.lower_ not in _RECORDED_DEAD \
            or any(c.dep_ == "nummod" for c in subj.children):
        return []
    first = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("between", "among")
                  for g in c.children if g.dep_ == "pobj"), None)
    if first is None:
        return []
    heads = [first, *(t for t in first.subtree if t.dep_ in ("conj", "appos"))]  # (the parse may read a list as one)
    figures = [next((c for c in h.children if c.dep_ == "nummod" and _number(c) is not None), None) for h in heads]
    return [f for f in figures if f is not None] if len(heads) > 1 and all(figures) else []


# what is captured when ground is taken, not people: "captured 25 posts", "seized two checkpoints"
_GROUND_TAKEN = frozenset({"post", "checkpost", "check-post", "checkpoint", "outpost", "base", "position", "bunker",
                           "camp", "town", "village", "district", "area", "headquarters", "hill", "hilltop",
                           "garrison", "station", "compound", "territory", "vehicle", "tank", "weapon"})


def _into_custody(tok: Token) -> bool:
    """"were taken into custody", "took 12 suspects into custody"."""
    return any(c.dep_ == "prep" and c.lower_ == "into" and any(g.lemma_.lower() == "custody" for g in c.children)
               for c in tok.children)


_FIRST_TOLD = frozenset({"initially", "originally", "first"})


def _superseded_figure(pred: Token) -> bool:
    """The figure is what was said at first ("Initially, officials said three policemen had been killed", "The
    military had initially reported four soldiers martyred"): a report gives it as the toll before the one it
    tells, which stands."""
    if any(t.lower_ in ("later", "subsequently", "since") or t.lemma_.lower() in ("rise", "climb", "revise", "jump")
           for t in pred.sent):
        return False  # ("initially put the death toll at six soldiers, but it later rose to nine": the revision's)
    told = [pred]
    while told[-1].dep_ in ("ccomp", "xcomp", "oprd") and told[-1].head.i != told[-1].i and len(told) < 4:
        told.append(told[-1].head)  # (the saying the figure is the content of, not a clause joined to it)
    return any(t.pos_ in ("VERB", "AUX") and (t is pred or t.lemma_.lower() in _SAY_VERBS) and any(
        c.dep_ == "advmod" and c.lower_ in _FIRST_TOLD for c in t.children) for t in told)


def _elided_toll(sent: Span, counts: list[Count]) -> None:
    """"MoD said 15 Taliban were killed, while local sources said 9": the other speaker's figure with its words left
    out is the same dead told otherwise; of conflicting reports the lower figure is kept (it is marked as the
    party's claim ``_competing_tolls`` marks)."""
    killed = [c for c in counts if c.kind == KILLED and not c.additive and c.word in ("", "?")
              and c.side not in (ALL, None)]
    if len({c.side for c in killed}) != 1:
        return
    told = killed[0]
    said = _speaker(told.predicate)
    if said is None:
        return
    counted = {c.predicate.i for c in counts} | {c.who.i for c in counts if c.who is not None}
    for t in sent:
        n = _number(t) if t.like_num or t.lower_ in L.WORD_NUMBERS else None
        verb = t.head
        if n is None or t.i in counted or t.dep_ not in ("dobj", "ccomp", "attr", "npadvmod", "oprd") \
                or verb.pos_ != "VERB" or verb.lemma_.lower() not in _SAY_VERBS or verb.i <= said.head.i \
                or any(c.dep_ in ("dobj", "ccomp") and c.i != t.i for c in verb.children):
            continue
        if not any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") or c.dep_ == "cc" and c.lower_ == "but"
                   for c in (*verb.children, *verb.head.children) if c.i < verb.i):
            continue
        counts.append(Count(KILLED, n, told.side, verb, word="?", who=told.who))
        return


def _competing_tolls(counts: list[Count]) -> None:
    """"Officials said 12 people were killed, while the Taliban said 40 civilians died": the same side's dead told
    by two speakers, each with a figure of their own, are conflicting reports; as of a party's claim, the lower
    figure is kept (the later predicate's figures are marked as a claim, as ``told_otherwise`` does across
    sentences). One speaker's two figures are one figure said twice (the larger stands)."""
    told: list[tuple[str, str, int, int]] = []  # (side, speaker, predicate, figure) of the figures before
    for c in counts:
        if c.kind != KILLED or c.additive or c.word or c.side in (ALL, None):
            continue
        said = _speaker(c.predicate)
        if said is None:
            continue
        if any(side == c.side and who != said.lower_ and pred != c.predicate.i and n != c.n
               for side, who, pred, n in told):
            for d in counts:
                if d.kind == KILLED and d.predicate.i == c.predicate.i and not d.additive and d.side != ALL:
                    d.word = "?"
            continue
        told.append((c.side, said.lower_, c.predicate.i, c.n))


# the dead a sentence counts: (head word, side, figure, who said so, whether the speaker is a party to the fight)
DeadTold = tuple[str, str, int, str, bool]


def dead_told(counts: list[Count]) -> list[DeadTold]:
    """The groups of dead a sentence counts, for ``told_otherwise``."""
    out: list[DeadTold] = []
    for c in counts:
        if c.kind == KILLED and not c.additive and c.side != ALL and c.who is not None:
            said = _speaker(c.predicate)
            out.append((c.who.lemma_.lower(), c.side or "", c.n, said.lower_ if said is not None else "",
                        said is not None and _party_of(said) is not None))
    return out


def told_otherwise(counts: list[Count], before: list[DeadTold]) -> None:
    """"Taliban attacked a checkpoint, killing 6 ALP members, local sources said. The district governor said 4
    ALP members were killed.": the same dead (the same head word, on the same side) told again with another
    figure, on someone's word, is a conflicting report; as of a party's claim, the lower figure is kept (the
    predicate's figures are marked as a claim). So is the same side's toll told by another speaker when either
    speaks for a party to the fight, whatever word names the dead ("At least 12 people were killed in the strike,
    officials said. The Taliban said 40 civilians died.")."""
    for c in counts:
        said = _speaker(c.predicate)
        if c.kind != KILLED or c.additive or c.word or c.side == ALL or c.who is None or said is None:
            continue
        if _toll_of_a_part(c.predicate):
            continue  # "In Kunar, ... five children and a woman were killed": the dead of one place, not another toll
        if _told_later(c.predicate, said) or _also(c.predicate):
            # "President Ashraf Ghani later said more than 150 people had been killed": the toll updated; "the
            # minister said a Pakistani national was also killed": more dead, not another figure for the same
            continue
        side_of = c.side or ""
        if not any(w == c.who.lemma_.lower() and side == side_of and n != c.n for w, side, n, _, _ in before) and \
                not any(side == side_of and n != c.n and who and who != said.lower_ and (party or _party_of(said))
                        for _, side, n, who, party in before):
            continue
        for d in counts:
            if d.kind == KILLED and d.predicate.i == c.predicate.i and not d.additive and d.side != ALL:
                d.word = "?"


def _told_later(pred: Token, speaker: Token) -> bool:
    """The figure is told as a later word than the report's first ("Ghani later said more than 150 people had been
    killed", "officials subsequently said"): an update of the toll, not a conflicting report."""
    verbs = [pred, *(t for t in pred.ancestors if t.pos_ in ("VERB", "AUX"))]
    if speaker.head.pos_ in ("VERB", "AUX"):
        verbs.append(speaker.head)
    return any(c.dep_ == "advmod" and c.lower_ in ("later", "subsequently") for v in verbs for c in v.children)


def _toll_of_a_part(pred: Token) -> bool:
    """The sentence opens on one place ("In Kunar, the strikes hit villages in Shultan district, where five children
    and a woman were killed"): its toll is that place's share of a toll told for more, not a conflicting one."""
    sent = pred.sent
    first = sent[0]
    return first.lower_ == "in" and len(sent) > 3 and any(
        g.dep_ == "pobj" and g.pos_ == "PROPN" and g.i + 1 < sent.end and pred.doc[g.i + 1].text == ","
        for g in first.children)


_SAY_VERBS = frozenset({"say", "claim", "report", "state", "announce", "tell", "allege", "assert", "add"})
_SPOKESMEN = frozenset({"spokesman", "spokesperson", "spokesmen", "official", "officials", "source", "sources",
                        "statement", "commander", "leader", "wing", "office"})


# the offices that speak for the forces by their short names ("the MoD said", "according to ISPR")
_STATE_VOICES = frozenset({"mod", "moi", "ispr", "nds", "mod's", "moi's"})


def _in_all(pred: Token) -> bool:
    """"killed in all", "in total", "altogether", "overall": the figure is the whole toll."""
    for c in pred.children:
        if c.lower_ in ("altogether", "overall") and c.dep_ == "advmod":
            return True
        if c.lower_ in ("all", "total") and any(g.lower_ == "in" for g in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ in ("all", "total") and g.dep_ == "pobj"
                                                         for g in c.children):
            return True
    return False


def _speaker(pred: Token) -> Token | None:
    """Who the figure is on the word of: the subject of the saying verb above the predicate ("the Taliban said
    they had killed 10", "the MoD reported 3 soldiers killed") or the one it is "according to"."""
    for t in (pred, *pred.ancestors):
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "according":
                return next((g for w in c.children for g in w.children if g.dep_ == "pobj"), None)
        if t is not pred and t.pos_ == "VERB" and t.lemma_.lower() in _SAY_VERBS:
            if any(w.text == ";" for w in pred.doc[min(t.i, pred.i):max(t.i, pred.i)]):
                return None  # "killed 2 ANP; the Taliban said ...": a clause of its own, on nobody's word
            said = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "agent")), None)
            if said is None and (t.dep_ == "conj" or t.dep_ == "advcl" and t.tag_ == "VBG") \
                    and t.head.pos_ == "VERB" and t.head.lemma_.lower() in _SAY_VERBS | _CLAIM_OWNING:
                # "the Taliban spokesman claimed the attack and said 15 policemen were killed", "the TTP claimed
                # responsibility, saying 20 soldiers had died": the saying shares the subject of the clause before
                said = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return said
    return None


_CLAIM_OWNING = frozenset({"accept", "own", "take", "issue", "release", "send"})


def _party_of(tok: Token) -> str | None:
    """The fighting side a speaker speaks for: "the Taliban", "a Taliban spokesman", "the group's spokesman",
    "the Defence Ministry"; None for anyone else (residents, local sources, a hospital)."""
    named = tok.doc.user_data.get(_NAMED_ROLES) or {}
    heads = [tok]
    if tok.lower_ in _SPOKESMEN or tok.lemma_.lower() in _SPOKESMEN:
        heads += [c for c in tok.children if c.dep_ in ("compound", "poss", "nmod")]
        heads += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for") for g in c.children
                  if g.dep_ == "pobj"]
    for h in heads:
        role = named.get(h.i) or next((named[c.i] for c in h.children if c.dep_ == "compound" and c.i in named),
                                      None) or role_of_head(h)
        if role in (STATE, ARMED):
            return role
        if h.lower_ in ("group", "insurgents", "militants"):
            return ARMED
        if h.lower_ in _STATE_VOICES:
            return STATE
    return None


def _enemy_claim(pred: Token, side: str) -> bool:
    """A party's word on the dead it inflicted on the other side ("the Taliban claimed to have killed 15
    soldiers", "according to the MoD, 27 Taliban were killed"): a figure such claims often inflate; where the
    report gives another for the same dead, a conflict-event record keeps the lower."""
    speaker = _speaker(pred)
    party = _party_of(speaker) if speaker is not None else None
    if party is None:
        return False
    subj = next((c for c in pred.children if c.dep_ == "nsubj"), None)
    # "the Taliban said they had killed 10": the speaker's own deed, whoever the bare figure names; civilians are
    # neither side ("five soldiers and eight civilians lost their lives, officials said" is no claim on the enemy)
    # ("the Taliban claimed to have killed 15": the claiming party's own deed, told with no subject of its own)
    own_deed = subj is None and pred.dep_ == "xcomp" and pred.head.lemma_.lower() in _SAY_VERBS
    return side != party and side in (STATE, ARMED) or (own_deed or subj is not None and subj.lower_ in (
        "they", "we", "it")) and not _is_passive(pred)


def _claimed_by_group(pred: Token) -> bool:
    """The figure is on the word of an armed group ("the Taliban claimed 20 soldiers were killed")."""
    speaker = _speaker(pred)
    if speaker is None or _party_of(speaker) != ARMED:
        return False
    said = next((t for t in pred.ancestors if t.pos_ == "VERB" and t.lemma_.lower() in _SAY_VERBS), None)
    # ("2 policemen were killed ..., The TTP has claimed responsibility": a claim of the deed, not of the figure,
    # which the parse may hang under it)
    return said is None or not any(c.dep_ == "dobj" for c in said.children)


def _lost_people(obj: Token) -> bool:
    """"lost 4 fighters", "losing 2 of their own", "lost three men": people with a figure; never the places,
    posts or vehicles a side loses, nor a share ("lost 10 percent")."""
    n, _ = count_of(obj)
    if not n or obj.lemma_.lower() == "life":
        return False
    if obj.like_num or obj.lower_ in L.WORD_NUMBERS:
        # "2 of their own", "two of their men": a figure of people
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)
    return _person_word(obj) or obj.lemma_.lower() in ("soldier", "policeman") \
        or role_of_head(obj) in (STATE, ARMED)


def _add_lost(out: list[Count], seen: set[int], verb: Token) -> None:
    """The dead a side says it lost, on the side that lost them ("the Taliban lost 4 fighters in the attack";
    "killing 5 ALP, while losing 2 of their own": the subject of the clause the loss hangs on)."""
    subj, clause = None, verb
    for _ in range(3):  # "attacked ..., killing 4 ALP while losing 3": up the chain of subjectless clauses
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is not None or clause.dep_ not in ("advcl", "conj", "xcomp"):
            break
        clause = clause.head
    if subj is None and verb.dep_ == "acl" and verb.head.i < verb.i and verb.head.tag_ == "NNP":
        subj = verb.head  # "..., the ANA losing 2 soldiers": the party the clause hangs on lost them
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        own = _side(subj) if subj is not None and subj.pos_ != "PRON" else _side(obj)
        # "lost 4 soldiers and 2 policemen"; "the ANA losing 2 soldiers and the Taliban 5": a second party with
        # its figure after it is a clause with its verb left out, the loss of that party
        for member in [obj, *(c for c in _conjuncts(obj) if _lost_people(c))]:
            key = member.i * 4 + ("kwa".index(KILLED[0]))
            n, additive = count_of(member)
            if key in seen or not n:
                continue
            seen.add(key)
            party = _gapped_party(member) if member.i != obj.i else None
            out.append(Count(KILLED, n, _side(party) if party is not None else own, verb, additive))


def _conjuncts(tok: Token) -> list[Token]:
    out = []
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "NUM"):
            out += [c, *_conjuncts(c)]
    return out


def _gapped_party(member: Token) -> Token | None:
    """The party a gapped clause names before its figure: "(and) the Taliban 5", "the Taliban 9 fighters"."""
    num = next((c for c in member.children if c.dep_ == "nummod"), None)
    if num is None:
        return None
    if num.i > member.i and member.tag_ in ("NNP", "NNPS"):
        return member  # "the Taliban 5"
    return next((c for c in member.children if c.dep_ in ("nmod", "compound", "poss") and c.i < num.i
                 and c.tag_ in ("NNP", "NNPS")), None)  # "the Taliban 9 fighters"


def _add_own_figure(out: list[Count], seen: set[int], kind: str, noun: Token) -> None:
    """A count noun with its own figure ("3 fatalities", "two deaths"): the dead (or wounded) of the side that
    suffered them ("the Taliban suffered 5 fatalities"), else of the victims."""
    key = noun.i * 4 + ("kwa".index(kind[0]))
    n, additive = count_of(noun) if _counted_phrase(noun) or any(
        c.dep_ == "amod" and c.lower_ in _ADDITIVE for c in noun.children) else (None, False)
    if key in seen or not n:
        return
    seen.add(key)
    sufferer = next((c for c in noun.head.children if c.dep_ == "nsubj") if noun.dep_ == "dobj" and
                    noun.head.lemma_.lower() in ("suffer", "sustain", "incur", "take") else iter(()), None)
    if sufferer is not None:
        side = _side(sufferer)
    elif kind == KILLED and noun.lemma_.lower() in ("fatality", "fatalities") and not any(
            c.dep_ in ("compound", "amod") and c.lower_ not in _ADDITIVE for c in noun.children):
        # "... 8 fatalities.", "resulting in 3 fatalities": a record's figure for all the dead, every side's (not
        # "3 civilian fatalities", "two Taliban fatalities")
        side = ALL
    else:
        side = CIVILIAN
    out.append(Count(kind, n, side, noun, additive))


def _dead_suffered(tok: Token) -> bool:
    """"The Taliban suffered two dead" (parsed with "dead" as the object, or as a clause on the verb with the
    number as its object): the dead a side suffered."""
    return tok.lower_ in _DEAD_WORDS and tok.head.lemma_.lower() in ("suffer", "sustain", "incur") and (
        tok.dep_ == "dobj" or tok.dep_ in ("advcl", "oprd", "acomp", "xcomp", "ccomp") and any(
            c.dep_ == "dobj" and c.like_num and c.i < tok.i for c in tok.head.children))


def _counted_phrase(tok: Token) -> bool:
    return any(c.dep_ == "nummod" or c.like_num for c in tok.children)


def _death_toll(toll: Token) -> bool:
    return not any(c.lower_ in ("injury", "injured", "wounded") for c in toll.children)


def _toll_revised(verb: Token) -> bool:
    """The toll is told as a correction of a figure told before it in the sentence: "later put the toll at three",
    "revised the toll to nine" (not "the death toll rose to 11 as two of the injured died")."""
    return verb.lemma_.lower() == "revise" or any(c.dep_ == "advmod" and c.lower_ in ("later", "subsequently")
                                                  for c in verb.children)


def _breakdowns_in_brackets(out: list[Count]) -> None:
    """"killing 12 people (5 policemen, 7 civilians)": the figures in brackets after a count of people are its parts,
    not more dead (in place)."""
    parts: list[Count] = []
    for c in out:
        if c.who is None:
            continue
        doc = c.who.doc
        opening = next((t for t in doc[max(c.who.sent.start, c.who.i - 8):c.who.i] if t.text == "("), None)
        if opening is None or any(t.text == ")" for t in doc[opening.i:c.who.i]):
            continue
        before = doc[opening.i - 1] if opening.i > 0 else None
        whole = next((d for d in out if d is not c and d.who is not None and before is not None
                      and d.who.i == before.i and d.kind == c.kind and d.predicate.i == c.predicate.i), None)
        if whole is not None:
            parts.append(c)
    if parts:
        out[:] = [c for c in out if all(c is not p for p in parts)]


def _bomber_besides(out: list[Count]) -> None:
    """"killing 63 people in addition to himself": the bomber dead too, on the attackers' side (in place)."""
    for c in list(out):
        if c.kind != KILLED or any(d.kind == KILLED and d.side == ARMED and d.predicate.i == c.predicate.i
                                   for d in out):
            continue
        if any(t.lower_ in ("himself", "herself") and t.dep_ == "pobj" and t.head.lower_ == "to"
               and t.head.head.lower_ == "addition" for t in c.predicate.subtree):
            out.append(Count(KILLED, 1, ARMED, c.predicate))
            return


def _toll_told_again(verb: Token) -> list[Token]:
    """The verbs that move the toll a verb gave, naming it again by a pronoun: "put the death toll at six soldiers,
    but it later rose to nine", "initially put the death toll at 32, but later revised it to 26"."""
    # ("Police initially put the toll at 32, but hospital officials said on Friday it had risen to 42": the toll
    # named again in what another speaker said)
    said = [g for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in _SAY_VERBS for g in c.children
            if g.dep_ == "ccomp"]
    return [c for c in [*(c for c in verb.children if c.dep_ == "conj"), *said] if c.lemma_.lower() in _TOLL_VERBS
            and any(g.dep_ == "nsubj" and g.lower_ == "it" or g.dep_ == "dobj" and g.lower_ == "it"
                    and c.lemma_.lower() in _TOLL_MOVERS for g in c.children)]


def _toll_figure(toll: Token) -> Token | None:
    """The number a toll rose to or stands at: "the death toll rose to 25", "the toll reached 25", "the death toll
    stands at 25", "the death toll is 25"; never one it rose from or by."""
    verb = toll.head
    if verb.lemma_.lower() not in _TOLL_VERBS:
        return None
    # (a bare "toll" is the dead where the sentence speaks of them or where it moves as tolls of the dead do, "The
    # toll was later revised to nine", "The toll rose to 12 overnight"; not a road toll's price)
    if toll.lemma_.lower() == "toll" and not any(c.lower_ in ("death", "casualty", "injury") for c in toll.children) \
            and not any(w.lower_ in ("dead", "killed", "died", "death", "deaths", "succumbed") for w in toll.sent) \
            and not (verb.lemma_.lower() in ("rise", "climb", "mount", "revise", "jump", "put", "raise") and not any(
                w.lower_ in ("rs", "rs.", "rupees", "afghanis", "$", "percent", "%", "price", "fee", "tax", "road",
                             "highway", "plaza") for w in toll.sent)):
        return None
    again = _toll_told_again(verb)
    for c in [*(g for v in again for g in v.children), *verb.children]:
        if c.dep_ == "prep" and c.lower_ in ("to", "at"):
            g = next((g for g in c.children if g.dep_ == "pobj" and g.like_num), None)
            # (a figure of people: "at six soldiers")
            g = g or next((n for p in c.children if p.dep_ == "pobj" for n in p.children
                           if n.dep_ == "nummod" and n.like_num), None)
            if g is not None:
                return g
        if c.dep_ in ("dobj", "attr") and c.like_num:
            return c
    return None


def _outcome_of_event(noun: Token) -> bool:
    """"resulting in the killing of two troops", "led to the murder of": the killing is what the event
    caused, not one it recalls ("a week after the killing of three policemen", "a protest over the murder of")."""
    if noun.dep_ == "ROOT":
        return True  # a headline's verbless report: "Targeted killing of a Shia trader in Quetta"
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_.lower() == "be" and any(
            c.dep_ == "nsubj" and c.lower_ in ("this", "it") for c in head.children):
        return True  # "This is the second targeted killing of a journalist in two days": the deed told, named
    if noun.dep_ == "pobj":
        head = head.head
    # ("claimed responsibility for the killing of two policemen": the deed a party owns is the one told)
    return head.lemma_.lower() in ("result", "lead", "cause", "leave", "claim", "end", "responsibility")


def _split_bare_numbers(out: list[Count]) -> None:
    """"5 civilians killed and 2 injured": a bare number coordinated with the first group belongs to the next
    casualty predicate on the same phrase, not to the first."""
    preds: dict[int, list[Count]] = {}
    for c in out:
        preds.setdefault(c.predicate.i, []).append(c)
    for group in preds.values():
        if len(group) < 2:
            continue
        head_pred = group[0].predicate
        others = [p for p in head_pred.head.children if p.i != head_pred.i and p.dep_ in ("acl", "conj")
                  and p.lemma_.lower() in _INJURY_VERBS | _DEATH_VERBS | _ARREST_VERBS]
        if not others:
            continue
        bare = [c for c in group[1:] if c.bare]
        for c, pred in zip(bare, others):
            kind = WOUNDED if pred.lemma_.lower() in _INJURY_VERBS else KILLED if pred.lemma_.lower() in \
                _DEATH_VERBS else ARRESTED
            c.kind, c.predicate = kind, pred
    # the same number then counted again by the second predicate's own reading is one figure
    seen: set[tuple[int, str, int]] = set()
    keep = []
    for c in out:
        key = (c.predicate.i, c.kind, c.n)
        if c.bare and key in seen:
            continue
        seen.add(key)
        keep.append(c)
    out[:] = keep


def _single_named_anew(tok: Token) -> bool:
    """One person named for the first time: "a policeman", "his driver", a name (not "the policeman", "one")."""
    if tok.tag_ == "NNP":
        return not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
    return tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ == "poss"
                                    for c in tok.children)


def _one_and_another(out: list[Count]) -> None:
    """"Rizvi died on the spot while Ali later succumbed to his injuries": single people named anew by the death
    predicates of one sentence are different people; their deaths add up as a coordinated group's do (one
    predicate's figure), not as one figure said twice. The one death of a sentence, of someone who died of his
    wounds ("A civilian later died of his wounds"), is on top of the dead counted before."""
    singles: dict[str, list[Count]] = {}
    for c in out:
        if c.kind == KILLED and c.n == 1 and not c.additive and not c.word and c.side != ALL and c.who is not None \
                and _single_named_anew(c.who):
            singles.setdefault(c.side or "", []).append(c)
    dead = [c for c in out if c.kind == KILLED]
    if len(dead) == 1 and dead[0].who is not None and _died_of_wounds(dead[0].predicate, dead[0].who):
        dead[0].additive = True
        return
    for group in singles.values():
        if len({c.predicate.i for c in group}) < 2 or len({c.who.lower_ for c in group if c.who is not None}) < \
                len(group):
            continue
        for c in group[1:]:
            c.predicate = group[0].predicate


def _died_of_wounds(pred: Token, who: Token) -> bool:
    """"A civilian later succumbed to his injuries", "a policeman died of his wounds in hospital": one of the
    wounded, whose death adds to the dead counted when the attack was told."""
    lemma = pred.lemma_.lower()
    if lemma not in ("succumb", "die") or not _single_named_anew(who) or who.tag_ == "NNP":
        return False
    if lemma == "die" and any(c.dep_ == "advmod" and c.lower_ == "later" for c in pred.children) or any(
            c.dep_ == "prep" and c.lower_ in ("in", "at") and any(g.lemma_.lower() == "hospital" for g in c.children)
            for c in pred.children):
        return True  # "a vaccinator later died in hospital": one of those hurt, dead since
    # ("died later of his wounds": the parse may hang the phrase on "later")
    return any(c.dep_ == "prep" and c.lower_ in ("to", "of", "from") and any(
        g.lemma_.lower() in _INJURY_NOUNS | {"injury", "wound"} for g in c.children if g.dep_ == "pobj")
        for c in (*pred.children, *(g for a in pred.children if a.dep_ == "advmod" for g in a.children)))


def _bodies_named_before(body: Token, of: list[Token]) -> bool:
    """"their bodies", "the bodies", "the bodies of the men": the dead are people named before, with no figure
    of their own here."""
    if body.lower_ != "bodies" or _counted_phrase(body):
        return False
    if of:
        return of[0].tag_ in ("NNS", "NNPS") and not _counted_phrase(of[0]) and any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") or c.dep_ == "poss" for c in of[0].children) \
            or of[0].lower_ in ("them",)
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "their", "these", "those") for c in body.children)


def _pronoun_count(pron: Token) -> int | None:
    """"shot him dead" is one; "killing them on the spot" is the figure of the people named before in the
    sentence ("two Levies personnel"); "they" and "them" with no figure before give none."""
    low = pron.lower_
    if low in ("him", "her", "he", "she", "himself", "herself", "his"):
        return 1
    if low == "both" and not any(c.dep_ == "prep" for c in pron.children):
        return 2  # "ambushed a Levies patrol, killing both"
    if low == "all":
        # "killed all of them", "all of the passengers": the figure of whom the of-phrase names
        of = next((g for c in pron.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"), None)
        if of is None:
            return None
        return _pronoun_count(of) if of.pos_ == "PRON" else count_of(of)[0]
    if low in ("them", "they"):
        for t in reversed(list(pron.doc[pron.sent.start:pron.i])):
            if t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NNS", "NNPS"):
                n, _ = count_of(t)
                return n
    return None


def _antecedent_side(pron: Token) -> str:
    # an object pronoun is never its own verb's subject ("gunmen shot him dead"); a reflexive one is ("a bomber
    # killed himself")
    subject = set()
    if pron.lower_ in ("him", "her", "them"):
        subject = {t.i for c in pron.head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    for t in reversed(list(pron.doc[pron.sent.start:pron.i])):
        if t.pos_ in ("NOUN", "PROPN") and t.i not in subject:
            return _side(t)
    return CIVILIAN


class _Single:
    """A victim phrase that stands alone (its coordinated figures belong to other verbs)."""

    def __init__(self, tok: Token):
        self.tok = tok


def _title_of_a_name(tok: Token) -> bool:
    """A bare title before the name it is given, on its own or one of titles joined by "and": "journalist and women's
    rights activist Malalai Maiwand" is one person (the name is counted, not its titles)."""
    if tok.tag_ != "NN" or any(c.dep_ in ("det", "nummod") or c.dep_ == "poss" and c.pos_ != "NOUN"
                               for c in tok.children):
        return False  # (a kind's possessor is no owner: "women's rights activist", unlike "his driver")
    for t in tok.doc[tok.i + 1:tok.i + 8]:
        if t.pos_ == "PROPN":
            name = t
            while name.dep_ == "compound" and name.head.pos_ == "PROPN" and name.head.i > name.i:
                name = name.head
            # (the name counted on its own, or with the title's coordinated group: not a name said of the title,
            # "MQM worker Nadeem Ahmed", where the title's word is the one counted)
            return name.dep_ in ("dobj", "conj", "nsubjpass", "nsubj", "pobj") and (
                name.dep_ == "conj" or not any(t.i == name.i for t in tok.subtree))
        if not (t.lower_ == "and" or t.tag_ in ("NN", "NNS", "POS") and not any(
                c.dep_ in ("det", "nummod", "poss") and c.pos_ != "NOUN" for c in t.children)):
            return False
    return False


def _add(out: list[Count], seen: set[int], kind: str, pred: Token, victims: list) -> None:
    for v in victims:
        if isinstance(v, _Single):
            group = [v.tok]
            v = v.tok
        else:
            # (a name's titles are the named person, counted by the name: "shot dead journalist and activist
            # Malalai Maiwand")
            group = [g for g in _group(v) if not _title_of_a_name(g)]
            if not group:
                continue
        if v.pos_ == "PRON" and v.lower_ not in ("one", "none"):
            n = _pronoun_count(v)
            earlier = _earlier(v.doc)
            key = v.i * 4 + ("kwa".index(kind[0]))
            if n:
                if key not in seen:
                    seen.add(key)
                    # ("besides himself": the killer, on the attackers' side)
                    out.append(Count(kind, n, ARMED if v.head.lower_ == "besides" and v.lower_ in (
                        "himself", "herself", "themselves") else _antecedent_side(v), pred))
            elif kind == KILLED and v.lower_ in ("they", "them") and earlier is not None and key not in seen and \
                    _pronoun_count(v) is None and not any(t.tag_ in ("NNS", "NNPS") for t in v.doc[v.sent.start:v.i]):
                # "Gunmen abducted five labourers in Kech. They were later found shot dead": the people the report
                # counted before (a figure restated)
                seen.add(key)
                out.append(Count(kind, earlier[0], earlier[1], pred, word="~", who=v))
            elif kind == KILLED and v.lower_ == "they" and key not in seen and \
                    v.doc.user_data.get(_ATTACKERS_BEFORE) and _pronoun_count(v) is None and (
                    v.dep_ == "nsubj" and L.VERB_TRIGGERS.get(v.head.lemma_.lower()) in ("ATTACK", "OPERATION")
                    or v.dep_ == "nsubjpass" and earlier is None):
                # "4 attackers stormed the Stock Exchange. They killed 2 guards and a policeman before being killed
                # by security forces", "Three gunmen attacked a checkpost. They were killed in the exchange of
                # fire": the attackers counted before (no people they harmed were counted)
                seen.add(key)
                out.append(Count(kind, v.doc.user_data[_ATTACKERS_BEFORE], ARMED, pred, word="~", who=v))
            # "a suicide bomber killed himself and five soldiers": the figures coordinated with the pronoun
            group = [m for m in group if m.i != v.i]
            if not group:
                continue
        before = v.doc.user_data.get(_ATTACKERS_BEFORE)
        if kind == KILLED and before and len(group) == 1 and _attackers_named_again(v):
            key = v.i * 4 + ("kwa".index(kind[0]))
            if key not in seen:
                # "3 gunmen stormed the university ... The attackers were killed by security forces": the three
                seen.add(key)
                out.append(Count(kind, before, ARMED, pred, word="~", who=v))
            continue
        # "6 TTP and foreign militants": one number for the whole coordination (not "two Taliban and a policeman",
        # whose article or owner counts a person of its own)
        first_n, _ = count_of(group[0])
        if len(group) > 1 and first_n and all(count_of(m)[0] in (None, 1) and not any(
                c.dep_ in ("nummod",) or c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("a", "an", "another")
                for c in m.children) and m.tag_ not in ("CD",) for m in group[1:]) and \
                any(c.lower_ in ("other", "foreign", "more") for m in group[1:] for c in m.children) | \
                (group[0].tag_ in ("NNP",) and first_n > 1):
            group = group[:1]
        for member in group:
            key = member.i * 4 + ("kwa".index(kind[0]))
            if key in seen:
                continue
            if member.lower_ in ("himself", "herself") and member.i != v.i:
                # "besides himself": the killer, on the attackers' side
                seen.add(key)
                out.append(Count(kind, 1, ARMED, pred))
                continue
            total = _total_of(member) if kind in (KILLED, ARRESTED) else None
            if total is not None:
                # "a total of 11 people were killed", "a total of 300 were arrested": the whole toll; its parts in
                # apposition add nothing
                seen.update(t.i * 4 + ("kwa".index(kind[0])) for t in member.subtree)
                out.append(Count(kind, total, ALL, pred))
                continue
            n, additive = count_of(member)
            if n is None or n == 0:
                continue
            seen.add(key)
            out.append(Count(kind, n, _side(member), pred, additive or _also(pred), bare=member.tag_ == "CD",
                             word="~" if _named_again(member) else "", who=member))


def _named_again(head: Token) -> bool:
    """"the two militants killed", "the three soldiers": a figure with the definite article names people the
    report has counted before."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in head.children) and \
        _counted_phrase(head)


def _total_of(head: Token) -> int | None:
    if head.lemma_.lower() != "total":
        return None
    of = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj"), None)
    return count_of(of)[0] if of is not None else None


def _also(pred: Token) -> bool:
    """"A soldier was also killed", "her driver was also killed": people on top of those counted before."""
    return any(c.dep_ == "advmod" and c.lower_ in ("also", "too") for c in pred.children)
