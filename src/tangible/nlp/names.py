"""Place names that are part of a person's name.

Pashtun and Baloch surnames are tribes' names, and tribes give their names to districts and villages: "Senator
Anwaar-ul-Haq Kakar", "Haji Gul Mohmand", "Mir Sarfraz Zehri", "Nasir Orakzai, a TTP commander" name men, not
Kakar, Mohmand, Zehri or Orakzai. A place's name that closes a run of names is a surname when a title or a given
name stands before it in the run ("Senator", "Haji", "Dr", "Nasir", "Najeebullah"), when the name is said to be
someone ("..., a tribal elder") or when it speaks ("Achakzai said"). It stays a place where reports put places
("in Tirah Orakzai", "in Pir Colony Peshawar"), after another place's name ("Tirah Orakzai") and in the name of an
institution or an office's seat ("Civil Hospital Badin", "Commissioner Karachi")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tangible.nlp import lexicon as L

# titles and honorifics written before a man's name
PERSON_TITLES = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "professor", "senator", "sen", "maulana", "maulvi", "molvi", "mawlawi",
    "mullah", "mulla", "mufti", "qari", "hafiz", "haji", "hajji", "malik", "mir", "sardar", "nawab", "nawabzada",
    "sahibzada", "syed", "sayed", "sheikh", "shaikh", "khawaja", "khwaja", "chaudhry", "chaudhary", "mian",
    "rana", "raja", "qazi", "pir", "col", "colonel", "gen", "maj", "capt", "brig", "brigadier", "lt",
})
# given names that open the names of men in Afghanistan and Pakistan, and the endings of compound ones
# ("Abdul Wahab", "Gul", "Zahid"; "Najeebullah", "Salahuddin"): a place's name after one is a surname
GIVEN_NAMES = frozenset({
    "muhammad", "mohammad", "mohammed", "muhammed", "mohd", "abdul", "abdur", "abdus", "ahmad", "ahmed", "ali",
    "gul", "jan", "noor", "nur", "wali", "nasir", "zahid", "khalid", "tariq", "asif", "arif", "akhtar", "anwar",
    "anwaar", "aslam", "azam", "akram", "amir", "ameer", "bashir", "fazal", "ghulam", "habib", "hamid", "hassan",
    "hasan", "hussain", "hussein", "ibrahim", "ismail", "jamal", "javed", "kamal", "karim", "latif", "mahmood",
    "mehmood", "mansoor", "mansur", "mushtaq", "naeem", "nawaz", "qadir", "rahim", "rahman", "rehman", "rashid",
    "sadiq", "saeed", "sajid", "salim", "saleem", "sami", "sarfraz", "shahid", "shakeel", "sher", "sultan",
    "umar", "omar", "usman", "osman", "waheed", "wahab", "yousaf", "yusuf", "yaqoob", "yaqub", "zafar", "zaman",
    "zia", "iqbal", "ijaz", "imran", "irfan", "jalal", "khan", "majeed", "manzoor", "munir", "nadeem", "nazir",
    "qasim", "raza", "riaz", "sabir", "shafiq", "shaukat", "talib", "yar", "zubair", "haq", "din",
})
_GIVEN_ENDINGS = ("ullah", "uddin")
# what a name is said to be, in apposition: "Nasir Orakzai, a TTP commander,"
_PERSON_ROLES = frozenset({
    "commander", "elder", "leader", "chief", "spokesman", "spokesperson", "minister", "senator", "governor",
    "official", "officer", "member", "cleric", "activist", "journalist", "politician", "lawmaker", "legislator",
    "mna", "mpa", "councillor", "councilor", "nazim", "chairman", "president", "premier", "secretary",
    "militant", "terrorist", "suspect", "businessman", "trader", "teacher", "doctor", "driver", "son", "brother",
    "father", "cousin", "nephew", "uncle", "student", "scholar", "judge", "lawyer", "resident", "tribesman",
})
# the words of places' names: "Pir Colony", "Haji Camp", "Malik Town"
_PLACE_WORDS = frozenset({"colony", "town", "bazaar", "bazar", "road", "chowk", "camp", "village", "mohalla",
                          "market", "city", "district", "agency", "tehsil", "valley", "area", "hospital", "university",
                          "college", "school", "department", "chapter", "jail", "prison", "court", "club", "press",
                          "party", "mosque", "madrassa", "seminary", "station", "airport"})
# the prepositions before which reports put places (not "of": "the killing of Noor Wali Sherani")
_WHERE_PREPS = frozenset({"in", "at", "near", "outside", "around", "into", "across", "from", "inside", "through"})
# the links inside transliterated names: "Anwaar-ul-Haq", "Noor-ud-Din", "Zia-ur-Rehman"
_NAME_PARTICLES = frozenset({"ul", "ud", "ur", "us", "al", "e", "i", "bin", "ibn"})
# the links that join the words of an Arabic compound name ("ul" of "Anwaar-ul-Haq"): no place's name has them
_JOINING = frozenset({"ul", "ud", "ur", "us"})


def _name_word(tok: Token) -> bool:
    if tok.text in ("-", "‑"):
        return not tok.whitespace_
    if tok.lower_ in _NAME_PARTICLES:
        return True
    # (a capitalised word of a sentence's start is no name: "In Bajaur, ...")
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper and not tok.is_stop \
        and tok.pos_ not in ("ADP", "DET", "CCONJ", "SCONJ", "PRON", "AUX", "NUM")


def _name_run(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The run of capitalised names (and the links of transliterated ones) the span [start, end) stands in."""
    a, b = start, end
    while a > 0 and _name_word(doc[a - 1]):
        a -= 1
    while b < len(doc) and _name_word(doc[b]):
        b += 1
    while a < start and (not doc[a].is_alpha or doc[a].lower_ in _NAME_PARTICLES):
        a += 1  # (a run opens and closes with a name)
    while b > end and (not doc[b - 1].is_alpha or doc[b - 1].lower_ in _NAME_PARTICLES):
        b -= 1
    return a, b


def _title_or_given_name_before(doc: Doc, a: int, start: int) -> bool:
    """A title or a given name stands in the run before the place ("Senator ... Kakar", "Nasir Orakzai"), or a
    title right before the run ("senator Kakar"). (An office before a place is its seat's: "Commissioner
    Karachi", "SSP Quetta".)"""
    before = [doc[i].lower_.rstrip(".") for i in range(max(a - 1, 0), start)]
    return any(w in PERSON_TITLES or w in GIVEN_NAMES or w.endswith(_GIVEN_ENDINGS) for w in before)


def _said_to_be_a_person(head: Token, alone: bool) -> bool:
    """The name is said to be someone's ("Nasir Orakzai, a TTP commander,") or, a surname alone, speaks ("Achakzai
    said"; not an office named by its seat: "SSP Quetta said")."""
    if head.dep_ == "pobj" and head.head.lower_ in _WHERE_PREPS:
        return False  # ("in Bajaur, a soldier was killed": a place, whatever the parse hangs on it)
    if any(c.dep_ == "appos" and c.lemma_.lower() in _PERSON_ROLES and any(
            d.dep_ == "det" for d in c.children) for c in head.children):
        return True
    before = head.doc[head.i - 1] if head.i > 0 else None
    return alone and (before is None or not before.is_alpha) and head.dep_ == "nsubj" \
        and head.head.lemma_.lower() in L.REPORTING_VERBS


def in_persons_name(doc: Doc, start: int, end: int, place_tokens: set[int]) -> bool:
    """Whether the place named by doc[start:end] is part of a person's name (``place_tokens``: the tokens of the
    other places the sentence names)."""
    after = doc[end:end + 2]
    if len(after) and (after[0].lower_ in _JOINING or len(after) == 2 and after[0].text in ("-", "‑")
                       and after[1].lower_ in _JOINING):
        return True  # a place's name that opens a compound name: "Sayed ul-Shuhada school", "Noor-ul-Haq"
    a, b = _name_run(doc, start, end)
    if end != b or a > 0 and doc[a - 1].lower_ in _WHERE_PREPS or any(doc[i].lower_ in _PLACE_WORDS
                                                                   for i in range(a, b)):
        # a surname closes a name; where reports put places, or in an institution's or a place's own name, the
        # place is one: "in Pir Colony Peshawar", "Civil Hospital Badin", "Khyber Pakhtunkhwa Information Minister"
        return False
    if any(i in place_tokens for i in range(a, start)):
        return False  # a place's name before it: "Tirah Orakzai"
    # (the run's last name heads it)
    return _title_or_given_name_before(doc, a, start) or _said_to_be_a_person(doc[b - 1], a == start)
