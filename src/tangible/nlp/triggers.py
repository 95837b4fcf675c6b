"""Event triggers as data: which words report which event, under which named constraints.

A verb or noun is a trigger when its lemma is in ``lexicon.VERB_TRIGGERS`` / ``lexicon.NOUN_TRIGGERS``, and the
constraints listed for it below all let it through, in order. Each constraint is a small function of the word
and its parse with a name, a reason and an example of the reporting it was written for; it returns ``KEEP``
(the lexicon's type stands), ``None`` (not a trigger here) or another type (the word reports that instead: a
"seizure" of funds is FINANCE, of weapons DISMANTLE). Reviewing a rule means reading one line of the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator

from spacy.tokens import Token

from tangible.nlp import lexicon as L
from tangible.nlp.casualties import done_to_death
from tangible.nlp.frames import stray_conjunct_of_an_infinitive
from tangible.nlp.gazetteer import COUNTRIES
from tangible.nlp.modality import indicative
from tangible.nlp.roles import ARMED, STATE, UNKNOWN, role_of_head
from tangible.ontology import ACTION_TYPES

KEEP = True
Outcome = "bool | str | None"


# participles that open a phrase about a person sought or held: "a commander wanted for", "a man accused of"
REDUCED_RELATIVES = frozenset({"want", "accuse", "suspect", "involve", "link", "believe", "convict", "blame",
                                "charge", "sentence", "affiliate", "associate", "tie"})


def _phrase_words(head: Token) -> Iterator[Token]:
    """The words of a noun phrase without the clauses said of it ("who ...", "wanted for ...")."""
    yield head
    for c in head.children:
        if c.dep_ not in ("acl", "relcl", "advcl"):
            yield from _phrase_words(c)


@dataclass(slots=True)
class Cue:
    """A candidate trigger with what its constraints read."""

    tok: Token
    tok_ent: dict
    parts: set[str]  # particles and prepositions on the word ("up", "over", "into")
    objs: list[Token]  # its object, or the subject of its passive
    obj_lemmas: set[str]  # their lemmas and their compounds'

    @classmethod
    def of(cls, tok: Token, tok_ent: dict) -> "Cue":
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if not objs:
            # the small parser reads "arrested a commander wanted for the attack" as a clause ("a commander
            # wanted ..."): the subject of such a participle is the object taken
            objs = [g for c in tok.children if c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBN")
                    and c.lemma_.lower() in REDUCED_RELATIVES and not any(a.dep_ in ("aux", "auxpass") for a in c.children)
                    for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN")]
        if not objs and tok.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
            # "ANDSF recaptured Dasht-e Archi district centre, Kunduz, from the Taliban": a name the small parser
            # does not know, after a verb that has its subject, is read as a second subject; it is the object
            objs = [c for c in tok.children if c.dep_ == "nsubj" and c.i > tok.i and c.pos_ in ("NOUN", "PROPN")]
        if not objs and tok.tag_ == "VBN":
            # "Also recovered were two Kalashnikovs", "Arrested in the raid was a commander": an inverted passive,
            # whose subject the small parser hangs on the auxiliary
            objs = [g for c in tok.children if c.dep_ == "auxpass" and c.i > tok.i for g in c.children
                    if g.dep_ in ("attr", "nsubj", "nsubjpass") and g.i > c.i]
        if not objs and tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in tok.children) and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            # "seven men linked to the TTP were picked up", the participle read as the verb and the passive as its
            # conjunct: a passive with no subject of its own shares the first verb's ("fled and were caught")
            objs = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not objs and tok.tag_ == "VBN" and tok.dep_ == "acomp" and tok.head.lower_ == "been":
            # "the assets of 12 TTP commanders have been frozen": the small parser reads a perfect passive as
            # "been" with the participle its complement, and hangs the subject on "been"
            objs = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        parts = {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep") or (
            c.dep_ == "advmod" and c.lower_ in ("away", "off", "out", "back", "up"))}  # "took him away"
        # (a word of a party's name is no thing named: "three suspected Islamic State Khorasan Province members")
        return cls(tok, tok_ent, parts, objs,
                   {c.lemma_.lower() for c in objs} | {g.lemma_.lower() for c in objs for g in c.children
                                                       if g.dep_ == "compound" and g.i not in tok_ent})

    def personish(self, ts: list[Token]) -> bool:
        return any(t.lemma_.lower() in L.PERSON_NOUNS or t.lower_ in L.PERSON_NOUNS or t.pos_ in ("PRON", "PROPN")
                   or any(g.dep_ == "nummod" for g in t.children) or t.i in self.tok_ent for t in ts)

    def in_objects(self, words: set[str] | frozenset[str], clauses: bool = True) -> bool:
        """An object, or a word of an object's phrase, is one of ``words``; with ``clauses=False`` the clauses
        said of the object are left out ("three men wanted for the bombing ... at the border crossing", where the
        parse may hang the crossing on "wanted")."""
        return bool(self.obj_lemmas & words) or any(g.lemma_.lower() in words and g.i not in self.tok_ent
                                                     for c in self.objs
                                                     for g in (c.subtree if clauses else _phrase_words(c)))


@dataclass(frozen=True, slots=True)
class Constraint:
    name: str
    test: Callable[[Cue], "bool | str | None"]
    example: str  # the reporting the constraint was written for


# --- the words of the constraints
TERRITORY_VERBS = frozenset({"capture", "recapture", "retake", "free", "liberate", "regain", "seize", "take", "occupy",
                             "wrest",
                             "clear", "overrun", "gain", "reclaim", "recover"})
TERRITORY_OBJECTS = frozenset({"town", "district", "village", "villages", "territory", "area", "city", "post",
                               "checkpoint", "base", "position", "positions", "control", "neighborhood", "neighbourhood",
                               "hill", "hilltop", "hilltops", "stronghold", "airport", "bridge", "province", "region",
                               "valley", "outpost", "headquarters", "garrison", "compound", "suburb", "county",
                               # the ground of a front line: heights, crossings, islands, ports and the places
                               # of a province ("recaptured a strategic mountain", "reclaimed the border crossing")
                               "mountain", "ridge", "peak", "height", "crossing", "island", "port", "oilfield",
                               "dam", "junction", "quarter", "enclave", "pocket", "countryside", "settlement",
                               "hamlet", "township", "municipality", "governorate", "capital", "highway",
                               "locality"})
THROWN = frozenset({"grenade", "bomb", "cracker", "explosive", "ied", "acid", "petrol", "device", "mine", "landmine",
                    "rocket", "molotov", "firebomb"})
PROJECTILES = frozenset({"drone", "missile", "rocket", "mortar", "shell", "grenade", "bomb", "projectile"})
# words that report nothing by themselves; only a constraint above them makes them a trigger
ONLY_WITH_CONSTRAINT = frozenset({"restore", "exchange", "warn", "rip", "tear", "carry", "surrender", "release", "launch", "find", "discover", "detect", "throw", "lob", "hurl", "toss", "plant", "go", "leave",
                                  "free", "liberate", "recapture", "retake", "regain", "occupy", "overrun", "reclaim",
                                  "summon", "recall", "conclude", "seal", "ink", "broker", "lodge", "dispose", "drive",
                                  "push", "flush", "charge", "whisk", "clear", "wrest", "snatch", "spirit", "allow", "permit", "stop",
                                  "prevent", "repel", "set", "trade", "come", "stumble", "make", "render", "land", "engage",
                                  "hammer", "rain", "fall", "slam", "crash", "smash", "injure", "wound", "hurt", "spray",
                                  "sever", "cut", "break", "establish", "normalise", "normalize", "receive", "suspend",
                                  "downgrade"})
PEOPLE_WORDS = frozenset({"man", "men", "woman", "women", "people", "person", "persons", "youth", "youths", "boy",
                          "boys", "suspect", "suspects", "worker", "workers", "activist", "activists", "volunteer",
                          "volunteers", "member", "members", "leader", "leaders", "supporter", "supporters",
                          "militant", "militants"})
RELAXED_ARREST_OBJECTS = True
_OPERATION_MODIFIERS = frozenset({
    "security", "military", "clearance", "counter-terrorism", "counterterrorism", "intelligence-based", "search",
    "joint", "combing", "targeted", "ground", "anti-terror", "army", "police", "cordon", "sweep", "major", "special",
    "the", "an", "this", "intelligence", "raid", "rescue", "a", "night", "overnight", "counter-insurgency",
    "counterinsurgency", "anti-terrorism", "that", "last"})


def _particle(word: str) -> Callable[[Cue], "bool | None"]:
    return lambda q: KEEP if word in q.parts else None


_LOCKED_PLACES = frozenset({"shop", "shutter", "office", "gate", "door", "premises", "business", "market", "store",
                            "factory", "school", "building", "house", "room", "godown", "warehouse", "plant", "bazaar",
                            "mill", "workshop", "branch", "bank", "unit", "outlet"})


def _people_picked_up(q: Cue):
    """"security agencies picked up two students"; never the bodies or the injured that police or rescuers pick
    up from the scene of an attack, nor what picks up with no one picked ("the violence picked up again")."""
    if not q.objs:
        return None
    return None if q.obj_lemmas & L.PICKED_AFTER or any(c.lower_ in L.PICKED_AFTER for c in q.objs) else KEEP


def _people_locked_up(q: Cue):
    """"police locked up the suspects", "they were locked up in the police station"; never a shop, an office or
    a gate locked up by its keepers ("workers locked up shop and joined the strike")."""
    return None if q.obj_lemmas & _LOCKED_PLACES else KEEP


def _into_custody(q: Cue):
    return KEEP if any(c.lower_ == "into" and any(g.lemma_ == "custody" for g in c.children)
                       for c in q.tok.children) else None


def _taken(q: Cue):
    """"taken into custody"; a town or control taken; people taken by forces ("forces took dozens of men in
    raids"); never the wounded taken to hospital. Action a party will take against whoever threatens others is its
    pledge ("would take action against any group that threatens neighbouring countries")."""
    if _action_pledged(q.tok):
        return "ASSURE"
    if _into_custody(q) is KEEP or "in" in q.parts and _for_questioning_or_charges(q.tok):
        return "ARREST"  # "taken into custody", "taken in for questioning"
    if any(t.lower_ in ("hostage", "hostages", "captive", "captives") for t in q.tok.children) or q.objs and any(
            t.i == q.tok.i + 1 and t.lower_ in ("hostage", "hostages") for o in q.objs for t in o.subtree):
        return "ATTACK"  # "gunmen took twelve passengers hostage", "took hostage 20 villagers" (the parse makes
        # "hostage" a modifier in the people's phrase)
    of_whom = _of_whom(q)  # "took dozens of men"
    if q.obj_lemmas == {"position"} and not any(c.dep_ in ("det", "poss", "compound") or c.dep_ == "prep" and c.lower_ == "of"
                                                for o in q.objs for c in o.children) \
            and not any(c.dep_ == "prep" and c.lower_ == "from" for c in q.tok.children):
        return None  # "troops took up positions around the assembly": forces posted, not ground won from anyone
    if q.obj_lemmas & TERRITORY_OBJECTS and _territory_taken(q) == "OPERATION":
        return "OPERATION"  # "troops took back three villages from the militants": places, not people
    if "over" in q.parts and q.objs and all(o.lower_ in _THINGS_PRONOUNS for o in q.objs):
        return None  # "stormed the rebel-held town and took it over": a place or a thing, no one taken
    if q.objs and (q.personish(q.objs) or of_whom and q.personish(of_whom)):
        # people taken: an arrest only when forces take them, never the wounded taken to hospital
        if "to" in q.parts and _to_unknown_place(q.tok) and not q.in_objects(_CARED_FOR):
            return _people_taken(q)  # "took him to an unknown location": taken away
        if q.in_objects(_CARED_FOR) or "to" in q.parts:
            return None
        return _people_taken(q, need_away=True)
    if any(c.dep_ == "nsubjpass" for c in q.tok.children) and q.parts & {"away"}:
        return _people_taken(q, need_away=True)  # "two engineers were taken away by unidentified gunmen"
    return "OPERATION" if _territory_taken(q) == "OPERATION" else None


_ACTION_NOUNS = frozenset({"action", "measure", "step"})


def _action_pledged(verb: Token) -> bool:
    """"The Islamic Emirate would take action against any group that threatens neighbouring countries", "will take
    strict action against anyone who uses Afghan soil against Pakistan": what a party says it will do to whoever
    threatens others (not a deed done, nor "took action against the TTP")."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in verb.children):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _ACTION_NOUNS]
    against = [g for o in (verb, *objs) for c in o.children if c.dep_ == "prep" and c.lower_ == "against"
               for g in c.children if g.dep_ == "pobj"]
    # (against anyone, any group, those who ... : whoever it may be)
    return bool(objs) and any(g.lower_ in ("anyone", "anybody", "whoever", "those") or any(
        d.lower_ in ("any", "every", "all") for d in g.children) for g in against)


def _to_unknown_place(verb: Token) -> bool:
    """"took him to an unknown location", "to an undisclosed destination", "to their hideout"."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.lemma_.lower() in ("hideout", "den") or any(a.lower_ in ("unknown", "undisclosed", "unidentified")
                                                     for a in g.children if a.dep_ == "amod")
        for g in c.children if g.dep_ == "pobj") for c in verb.children)


def _people_taken(q: Cue, need_away: bool = False):
    """People taken by someone: an arrest when state forces take them; an abduction when armed or unknown men
    take them away ("masked men took him from his hostel"); else nothing is said."""
    who = _subject_or_agent(q.tok)
    role = role_of_head(who) if who is not None else None
    if role == STATE:
        return "ARREST"
    passive_by = any(c.dep_ == "agent" for c in q.tok.children)  # "30 villagers were taken by jihadists"
    if role in (ARMED, UNKNOWN) and (not need_away or passive_by or q.parts & {"away", "from", "off"}):
        return "ATTACK"
    return None


def _whisked_away(q: Cue):
    # "gunmen whisked away a trader", "insurgents snatched three aid workers"
    people = q.objs and (q.personish(q.objs) or q.personish(_of_whom(q))) or any(
        c.dep_ == "nsubjpass" and q.personish([c]) for c in q.tok.children)
    return _people_taken(q) if people else None


_CARED_FOR = frozenset({"injured", "wounded", "body", "bodies", "patient", "patients", "child", "children", "family",
                        "care", "refuge", "shelter", "part", "oath", "charge", "note", "place", "office", "power"})


def _advanced_on(q: Cue):
    # "government forces advanced on the town", "troops advanced to within six miles of the base"
    subj = next((c for c in q.tok.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.i in q.tok_ent or role_of_head(subj) in (STATE, ARMED)):
        return None
    if q.parts & {"on", "to", "towards", "toward", "into", "within", "through"} or q.in_objects(TERRITORY_OBJECTS):
        # an advance met by no fight is ground changing hands: "advanced on the town and entered it without
        # fighting"
        return None if _without_a_fight(q.tok.sent) else KEEP
    return None


def _person_object(q: Cue):
    return KEEP if q.objs and q.personish(q.objs) else None


# the places people are held in by the law: "sent to jail", "remanded to judicial custody", "lodged in the central
# prison", "sent to 14-day judicial remand", "sent to the police lock-up"
_JAILS = frozenset({"jail", "prison", "custody", "lockup", "lock-up", "remand", "gaol"})


def _into_jail(q: Cue, preps: tuple[str, ...], stations: bool = False) -> bool:
    """A preposition of ``preps`` on the verb leads to a jail (with ``stations``, or a police station)."""
    return any(c.dep_ == "prep" and c.lower_ in preps and any(
        g.lemma_.lower() in _JAILS or g.lower_ in _JAILS or stations and g.lemma_.lower() == "station" and any(
            m.lower_ in ("police", "thana") for m in g.children)
        for g in c.children if g.dep_ == "pobj") for c in (*q.tok.children, *(t for o in q.objs for t in o.children)))


def _to_jail(q: Cue):
    if q.objs and (q.personish(q.objs) or q.in_objects(L.MILITANT_NOUNS)) and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.lower_ == "hell" for g in c.children)
            for c in q.tok.children):
        return "ATTACK"  # "three terrorists were sent to hell in an IBO": the forces' word for killing (typed by who acts)
    # "their supporters were sent to nearby police stations": people, not forces, sent to a police station
    stations = bool(q.objs) and q.personish(q.objs) and not any(role_of_head(o) == STATE for o in q.objs)
    return KEEP if _into_jail(q, ("to",), stations) else None


def _people_jailed(q: Cue) -> "str | None":
    """"The leaders were lodged in the central jail", "the accused were put behind bars": people held by the law."""
    if not q.objs or not (q.personish(q.objs) or any(o.tag_ == "CD" for o in q.objs)):
        return None  # ("the two accused were put behind bars": the parse makes the figure the subject)
    if q.tok.lemma_.lower() == "put":
        return "ARREST" if any(c.dep_ == "prep" and c.lower_ == "behind" and any(g.lower_ == "bars" for g in c.children)
                               for c in q.tok.children) else None
    return "ARREST" if _into_jail(q, ("in", "into", "at")) else None


def _arrest_object(q: Cue):
    if q.objs and all(o.lemma_.lower() in L.NONPERSON_ARREST_OBJECTS for o in q.objs):
        return None  # ("the Sabarmati Express was detained at Godhra": a name, yet a train's)
    if q.objs and not q.personish(q.objs) and (not RELAXED_ARREST_OBJECTS or q.obj_lemmas & L.NONPERSON_ARREST_OBJECTS):
        return None
    return KEEP


def _has_object(q: Cue):
    return KEEP if q.objs else None


# the people of a society whom a government's bans restrict ("banned women from attending universities"): a
# measure on the public, not a step against an armed group
_CIVIL_PEOPLE = frozenset({"woman", "women", "girl", "girls", "student", "pupil", "ngo", "ngos", "journalist",
                           "reporter", "media", "worker", "staff", "employee", "teacher", "doctor", "nurse", "citizen",
                           "resident", "refugee", "trader", "shopkeeper", "barber", "musician", "singer", "artist",
                           "family", "families", "child", "children", "minority", "minorities", "people", "public",
                           "civilian", "civilians", "aid", "agency", "agencies", "organisation", "organization",
                           "university", "universities", "school", "schools", "beauty", "salon", "salons", "music",
                           "broadcaster", "channel", "newspaper", "opposition", "protester", "protesters"})


def _civil_life_restricted(q: Cue):
    # "the Taliban banned women from attending universities", "barred NGOs from employing Afghan women": a ban on
    # society's people (not "banned the TTP from carrying weapons", "barred 40 suspected militants from travelling")
    if not q.objs or not all(o.lemma_.lower() in _CIVIL_PEOPLE or o.lower_ in _CIVIL_PEOPLE for o in q.objs):
        return KEEP
    sent = q.tok.sent
    if any(t.i in q.tok_ent and q.tok_ent[t.i][3] == "group" or t.lemma_.lower() in L.MILITANT_NOUNS for t in sent):
        return KEEP
    return None


_CHARGES = frozenset({"charge", "charges", "suspicion", "questioning", "question", "interrogation", "trial"})


def _for_questioning_or_charges(tok: Token) -> bool:
    """"police held the man on charges of sedition", "took two suspects in for questioning", "held without
    charge": people held by the law's own words."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "for", "without") and any(
        g.dep_ in ("pobj", "pcomp") and g.lemma_.lower() in _CHARGES for g in c.children) for c in tok.children)


# what people are held to be, not where: "held responsible", "held guilty", "held liable"
_HELD_AS = frozenset({"responsible", "accountable", "guilty", "liable"})


def _held_by_forces(q: Cue, objs: list[Token]) -> bool:
    """"Police held 40 activists who tried to march to the site", "the Rangers held two suspects": people held by
    the police or forces in the active voice, the state's subject named."""
    who = _subject_or_agent(q.tok)
    # (the people by their nouns: "held two days of consultations" counts days, not people)
    people = any(o.lemma_.lower() in L.PERSON_NOUNS or o.lemma_.lower() in L.MILITANT_NOUNS
                 or o.lemma_.lower() in PEOPLE_WORDS or o.i in q.tok_ent or o.pos_ == "PRON" for o in objs)
    return who is not None and not any(c.dep_ == "agent" for c in q.tok.children) and \
        role_of_head(who) == STATE and people


def _caught(q: Cue) -> "bool | None":
    """"Police caught two youths looting a shop", "the thieves were caught red-handed": people caught by police or
    forces; never a fire, a cold, a train or an eye caught, nor people caught in a crossfire or on camera."""
    tok = q.tok
    nxt = tok.doc[tok.i + 1:tok.i + 4].text.lower().replace(" ", "")
    if nxt.startswith(("red-handed", "redhanded")):
        return KEEP
    if any(c.dep_ == "prep" and c.lower_ in ("in", "on", "between", "off", "up", "unawares") for c in tok.children) or \
            any(c.dep_ in ("prt", "advmod") for c in tok.children if c.lower_ in ("up", "off", "on", "unawares")):
        return None  # "caught in the crossfire", "caught on camera", "caught up in the violence"
    who = _subject_or_agent(tok)
    return KEEP if who is not None and role_of_head(who) == STATE and q.objs and q.personish(q.objs) else None


_ARREST_VERBS = frozenset({"arrest", "apprehend", "detain", "nab"})


def people_arrested(tok: Token, tok_ent: dict[int, tuple[int, int, str | None, str]]) -> bool:
    """The words of an arrest that say nothing else: "arrest", "apprehend", "detain" or "nab" as a verb with people
    as what is arrested ("the culprits have been apprehended", "police arrested a clerk"). Such an arrest stands
    whatever else the sentence tells (a court, a crime, a protest)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _ARREST_VERBS:
        return False
    q = Cue.of(tok, tok_ent)
    return bool(q.objs) and q.personish(q.objs)


# what is captured that is no one: seats and power won, scenes on camera, attention held
_NOT_CAPTIVES = frozenset({"seat", "power", "vote", "imagination", "attention", "market", "share", "moment", "scene",
                           "image", "picture", "camera", "heart", "mood", "title", "trophy", "crown", "medal", "cup",
                           "championship", "majority", "lead", "wicket", "footage", "data", "essence", "spirit",
                           "headline", "fancy", "interest"})


def _captured_people(q: Cue):
    """"Afghan intelligence captured four Daesh fighters", "troops captured the town" (the ground's constraint decides);
    never seats or power won at the polls, nor scenes captured on camera."""
    if q.obj_lemmas & _NOT_CAPTIVES or any(c.dep_ == "prep" and c.lower_ == "on" and any(
            g.lemma_.lower() in ("camera", "film", "video", "tape", "cctv") for g in c.children) for c in q.tok.children):
        return None
    if q.obj_lemmas & (L.WEAPON_NOUNS | _WEAPON_STORES) and not q.personish(q.objs):
        return "DISMANTLE"  # "troops captured a large cache of weapons from the insurgents": arms taken, no one held
    if q.objs and all(o.lower_ in _THINGS_PRONOUNS for o in q.objs):
        # "stormed the district headquarters and captured it": a thing taken is no one held; the ground is what
        # the verb it is coordinated with names
        named = [c for c in q.tok.head.children if c.dep_ == "dobj"] if q.tok.dep_ == "conj" else []
        if not named:
            return None
        ground = _territory_taken(Cue(q.tok, q.tok_ent, q.parts, named, {c.lemma_.lower() for c in named} | {
            g.lemma_.lower() for c in named for g in c.children if g.dep_ == "compound"}))
        return None if ground is KEEP else ground
    return KEEP


# the stores and hauls arms are found in, named as what was taken ("captured a cache of rifles")
_WEAPON_STORES = frozenset({"cache", "depot", "dump", "stockpile", "arsenal", "haul", "consignment", "shipment"})


_THINGS_PRONOUNS = frozenset({"it", "this", "that"})


def _held_people(q: Cue):
    tok = q.tok
    if any(t.lower_ in ("captive", "hostage", "hostages") for c in [tok, *q.objs] for t in c.children) or any(
            o.lower_ in ("captives", "hostages") and not any(c.dep_ == "auxpass" for c in tok.children) for o in q.objs):
        return "ATTACK"  # "militants are holding six soldiers captive", "where militants held twenty hostages"
    by_police = any(c.dep_ == "agent" and any(g.lemma_.lower() in ("police", "authority", "force", "official", "ctd",
                                                                   "agency") for g in c.subtree) for c in tok.children)
    # "the meeting to be held", "a sabha being held": what a participle modifies is what is held
    objs = q.objs or ([tok.head] if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN") else [])
    if objs and not by_police and not any(
            t.lemma_.lower() in L.PERSON_NOUNS or t.lower_ in L.PERSON_NOUNS or t.tag_ == "CD"
            or (any(g.dep_ == "nummod" for g in t.children) and t.tag_ in ("NNS", "NNPS")
                and t.lemma_.lower() not in _HELD_THINGS)
            or t.i in q.tok_ent or t.pos_ == "PRON" and t.lower_ not in _THINGS_PRONOUNS
            or t.lemma_.lower() in PEOPLE_WORDS for t in objs):
        return None  # ("held it for hours": ground or a building kept, no one taken)
    if any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.pos_ == "ADJ" for c in tok.children) or \
            any(g.dep_ in ("amod", "oprd", "acomp") and g.lower_ in _HELD_AS for o in objs for g in o.children) or \
            any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "off", "up", "out", "aloft") for c in tok.children) or \
            any(c.lower_ == "at" and any(g.lower_ == "bay" for g in c.children) for c in tok.children):
        return None  # "the VHP was held responsible", "held the mob back", "held up traffic": no one is taken
    if not (tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children)) and \
            not any(g.lemma_ == "custody" for c in tok.children for g in c.children) and \
            not (objs and _for_questioning_or_charges(tok)) and not _held_by_forces(q, objs) and \
            not (tok.tag_ == "VBN" and tok.dep_ == "acl" and q.personish([tok.head])):
        # ("those held include a corporator": a participle said of people is their arrest told in the passive)
        return None
    if {"talk", "meeting", "rally", "election", "protest", "discussion", "conference"} & q.obj_lemmas:
        return "MEET" if {"talk", "meeting", "discussion", "conference"} & q.obj_lemmas else None
    return KEEP


# what is counted and held that is no one: "46 accounts held by suspected financiers", "two seats held by the party"
_HELD_THINGS = frozenset({"account", "asset", "fund", "share", "stake", "property", "seat", "post", "office", "position",
                          "record", "title", "land", "acre", "hectare", "session", "meeting", "talk", "rally", "event",
                          "election", "weapon", "vehicle", "license", "licence", "passport", "card", "document"})


def _handed_over(q: Cue):
    nxt = q.tok.doc[q.tok.i + 1] if q.tok.i + 1 < len(q.tok.doc) else None
    if not ("over" in q.parts or any(_over_particle(g) for c in q.objs for g in c.subtree)
            or nxt is not None and nxt.lower_ == "over" and nxt.dep_ == "quantmod" or _handed_to_a_state(q)):
        # ("hand over 12 militants": the parse may read the particle as "more than" on the figure; "handed three
        # suspects wanted for the bombing over to Pakistan": it may hang the particle in what is said of them)
        return None
    if q.objs and (q.in_objects(TERRITORY_OBJECTS | _HANDED_THINGS, clauses=False)
                   or not (q.personish(q.objs) or q.personish(_of_whom(q)))
                   or all(o.lower_ in _THING_PRONOUNS for o in q.objs)):
        return None  # territory, power or papers handed over: no one is transferred (what a clause says of the
        # people handed over is not what was handed: "nationals wanted for the bombing ... at the crossing"); nor
        # is anyone when "it" is ("withdrew from the district, handing it over to the army"); people counted by a
        # noun are ("handed over a group of Uyghur militants to China")
    if q.objs and all(o.lower_ == "them" for o in q.objs) and _things_told_before(q.tok):
        return None  # "withdrew from two district centres in Badghis, handing them to the Taliban": places handed
    if q.objs and q.in_objects(_STRAYED):
        return None  # "handed over two boys who had strayed across the border": people sent home, not suspects
    if _handed_to_own_police(q.tok):
        return None  # "the suspect ... was handed over to the CTD": custody passed within a state, no transfer
    return KEEP


def _things_told_before(verb: Token) -> bool:
    """The plural noun last named before the verb in its sentence is territory or a thing, not people: what "them"
    stands for ("withdrew from two district centres, handing them to the Taliban")."""
    last = next((t for t in reversed(list(verb.sent)) if t.i < verb.i and t.tag_ in ("NNS", "NNPS")), None)
    return last is not None and (last.lemma_.lower() in TERRITORY_OBJECTS | _HANDED_THINGS | {"centre", "center"}
                                 or last.lower_ in TERRITORY_OBJECTS | _HANDED_THINGS)


def _over_particle(tok: Token) -> bool:
    """"over" as a particle, however the parse hangs it (a preposition with nothing after it is one)."""
    return tok.lower_ == "over" and (tok.dep_ in ("prt", "advmod") or tok.tag_ == "RP" and not any(
        c.dep_ == "pobj" for c in tok.children))


def _handed_to_a_state(q: Cue) -> bool:
    """People handed to a state the report names, with no "over": "handed some of them to Pakistan", "handed two
    men to the Pakistani authorities" (not "handed a letter to the ambassador")."""
    if not q.objs or not (q.personish(q.objs) or q.personish(_of_whom(q)) or q.in_objects(L.MILITANT_NOUNS)):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and any(t.i in q.tok_ent and q.tok_ent[t.i][3] == "actor" for t in g.subtree)
        for g in c.children) for c in q.tok.children)


# who takes a suspect into custody within a state: police, its counter-terrorism units, investigators, a court
_OWN_CUSTODIANS = frozenset({"police", "ctd", "cid", "fia", "investigator", "investigators", "court", "magistrate",
                             "jail", "prison", "department", "officer", "officers", "station", "judiciary",
                             "prosecutor", "prosecutors", "courts"})
# words that place a police force within the state it serves, naming no other
_LOCAL_MODIFIERS = frozenset({"local", "district", "provincial", "city", "area", "nearest", "nearby", "the",
                              # (a state's own services: "handed over to the intelligence department")
                              "intelligence", "security", "counterterrorism", "counter", "terrorism", "-", "anti",
                              "investigation", "investigations"})


def _handed_to_own_police(hand: Token) -> bool:
    """The people handed over go to a police force, investigators or a court with no state named for them: "was
    handed over to the CTD for interrogation", "handed him over to local police" (not "to Pakistani police")."""
    for prep in hand.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for to in prep.children:
            if to.dep_ == "pobj" and to.lemma_.lower() in _OWN_CUSTODIANS and all(
                    t.lower_ in _LOCAL_MODIFIERS for t in to.subtree if t.i != to.i):
                return True
            if to.dep_ == "pobj" and to.lower_ in ("authorities", "authority", "organs", "bodies") and any(
                    c.dep_ in ("amod", "compound") and c.lower_ in _JUSTICE_WORDS for c in to.children) and all(
                    t.lower_ in _LOCAL_MODIFIERS | _JUSTICE_WORDS for t in to.subtree if t.i != to.i):
                return True  # "were detained and handed over to judicial authorities": to the courts of the state
    return False


# what makes authorities a state's own courts or prosecutors
_JUSTICE_WORDS = frozenset({"judicial", "judiciary", "legal", "prosecution", "prosecuting", "investigating",
                            "relevant", "concerned"})


_HANDED_THINGS = frozenset({"power", "document", "documents", "letter", "memorandum", "charge", "responsibility",
                            "keys", "list", "report", "evidence", "dossier", "aid", "cheque", "check", "award"})
_THING_PRONOUNS = frozenset({"it", "this", "that"})
# the words of people who crossed a border by mistake, whom a state hands back
_STRAYED = frozenset({"stray", "strayed", "inadvertently", "mistakenly", "accidentally", "unknowingly",
                      "inadvertent"})


def _hosted_meeting(q: Cue):
    # "hosted the talks", "hosted the foreign minister"; not "a camp hosting government forces"
    if q.tok.dep_ in ("acl", "advcl", "amod") and q.tok.tag_ == "VBG" and not any(
            c.dep_ in ("aux", "nsubj") for c in q.tok.children):
        return None
    if any(o.lemma_.lower() in L.MILITANT_NOUNS or o.i in q.tok_ent and q.tok_ent[o.i][3] == "group"
           for o in q.objs):
        return None  # "denied hosting the TTP", "accused of hosting militants": a haven, not a meeting
    if q.in_objects(_MEETING_OBJECTS) or any(o.i in q.tok_ent for o in q.objs):
        return KEEP
    return None


def refused_grant(tok: Token) -> bool:
    """A denial that refuses to grant, not one that rebuts: "deny the use of its soil to terrorists", "deny
    militants sanctuary", "was denied bail" (no report is rebutted)."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(g.lemma_.lower() in _GRANTED for c in objs for g in _phrase_words(c)) \
        or any(c.dep_ == "dative" for c in tok.children)


def _rebutted(q: Cue):
    # "the Taliban denied the report", "rejected the allegations"; not a refusal to grant (``refused_grant``)
    return None if refused_grant(q.tok) else KEEP


_GRANTED = frozenset({"use", "access", "sanctuary", "haven", "havens", "space", "shelter", "refuge", "entry",
                      "passage", "bail", "visa", "permission"})


_MEETING_OBJECTS = frozenset({"talk", "talks", "meeting", "summit", "conference", "delegation", "envoy", "minister",
                              "counterpart", "president", "leader", "visit", "dialogue", "round", "session",
                              "negotiation", "negotiations", "official", "officials", "ambassador", "premier",
                              "chancellor", "king", "prince", "secretary", "representative", "representatives"})


def _transferred_into_custody(q: Cue):
    tok = q.tok
    return KEEP if q.objs and q.personish(q.objs) and any(
        c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
            g.lemma_.lower() == "custody" or g.i in q.tok_ent for g in c.subtree) for c in tok.subtree) else None


def _of_whom(q: Cue) -> list[Token]:
    """The people a quantity object counts: "dozens of militants", "hundreds of fighters"."""
    return [g for c in q.objs for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj"]


def _moved_away(q: Cue):
    people = q.objs and (q.personish(q.objs) or q.personish(_of_whom(q)) or q.in_objects(L.MILITANT_NOUNS))
    if people and any(
        c.dep_ in ("prep", "advmod", "prt") and (c.lower_ in ("out", "away") or c.lower_ == "from" and c.head.i == q.tok.i)
            for c in q.tok.subtree):
        return KEEP
    # "moved dozens of TTP families from Khost to Ghazni": the parse hangs the origin on the people, and the
    # people must be a group's or militants (not "moved the injured from the site to hospital")
    armed = q.in_objects(L.MILITANT_NOUNS) or any(t.i in q.tok_ent for o in q.objs for t in o.subtree)
    if people and armed and any(
        c.dep_ == "prep" and c.lower_ == "from" for o in q.objs for c in o.subtree) and any(
        c.dep_ == "prep" and c.lower_ == "to" and (c.head.i == q.tok.i or c.head in q.objs or (
            c.head.dep_ == "conj" and c.head.head in q.objs))  # ("... members and their families from X to Y")
            for c in q.tok.subtree):
        return KEEP
    # "the Taliban moved some TTP fighters to northern provinces": a named group's men sent elsewhere by another
    # party (not "the TTP moved its fighters to Kunar", the group's own move)
    named = {q.tok_ent[t.i][2] for o in q.objs for t in o.subtree if t.i in q.tok_ent and q.tok_ent[t.i][2]}
    movers = {q.tok_ent[t.i][2] for c in q.tok.children if c.dep_ == "nsubj" for t in c.subtree if t.i in q.tok_ent}
    sent_to = [g for c in q.tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
               if g.dep_ == "pobj" and (g.lemma_.lower() in _AREAS or g.pos_ == "PROPN")]
    return KEEP if people and named and not named & movers and sent_to else None


def _fighters_moved(q: Cue):
    """A group's fighters or militants removed from an area or resettled in another: "removed Uyghur fighters of
    the East Turkestan Islamic Movement from Badakhshan", "resettled TTP families in Ghazni"."""
    armed = q.in_objects(L.MILITANT_NOUNS) or any(t.i in q.tok_ent and q.tok_ent[t.i][3] == "group"
                                                    for o in q.objs for t in o.subtree)
    if not (q.objs and armed):
        return None
    return KEEP if any(c.dep_ in ("prep", "advmod", "prt") and c.lower_ in ("from", "away", "out", "to", "in")
                       for c in q.tok.subtree) else None


# the areas people are moved to: "to northern provinces", "to other districts"
_AREAS = frozenset({"province", "area", "district", "region", "part", "camp", "city", "town", "interior"})


def _opened_fire(q: Cue):
    if "up" in q.parts and q.parts & {"on", "at"}:
        return KEEP  # "militants opened up on a security post": fire opened, the word left out
    return KEEP if any(c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in q.tok.children) else None


def _done_to_death(q: Cue):
    # "unknown assailants hacked a man to death", "was beaten to death": a killing, the type following who acts
    # (never a rival beaten in a match)
    return KEEP if done_to_death(q.tok) else None


_SPRAYED = frozenset({"bullet", "bullets", "gunfire", "fire", "pellet", "pellets"})


def _sprayed_bullets(q: Cue):
    """"Armed men sprayed bullets at a shop", "sprayed the car with bullets": shooting (never crops sprayed)."""
    withs = [g for c in q.tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    return "ATTACK" if q.obj_lemmas & _SPRAYED or any(g.lemma_.lower() in _SPRAYED for g in withs) else None


_FIGHTING_MODS = frozenset({"heavy", "fierce", "intense", "renewed", "sporadic", "fresh", "bloody", "deadly"})
_FIGHTING_OUTCOMES = frozenset({"kill", "leave", "claim", "erupt", "rage", "break", "continue", "dead", "injure",
                                "wound", "die"})


def _armed_fighting(q: Cue):
    """Fighting between armed parties: "fighting between troops and separatists", "heavy fighting", "killed in
    fighting", "forces fought the militants"; never "fighting terrorism" or "vowed to fight poverty"."""
    tok = q.tok
    # the people fought: "fought the attackers", "fought two gunmen" (not "fought poverty")
    foes = [o for o in q.objs if q.personish([o]) or o.lemma_.lower() in L.MILITANT_NOUNS]
    if any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in tok.children) and not foes:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children):
        return KEEP
    if any(c.dep_ == "amod" and c.lower_ in _FIGHTING_MODS for c in tok.children):
        return KEEP
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _FIGHTING_OUTCOMES:
        return KEEP
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during", "amid") and (
            tok.head.head.lemma_.lower() in _FIGHTING_OUTCOMES or tok.head.head.lower_ in _FIGHTING_OUTCOMES):
        return KEEP
    against = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
               for g in c.children if g.dep_ == "pobj"]
    sides = against + foes
    if sides and any(g.lemma_.lower() in L.MILITANT_NOUNS or g.i in q.tok_ent or role_of_head(g) in (ARMED, STATE)
                     for g in sides):
        return KEEP  # "troops fought the militants for six hours", "fighting with Taliban insurgents"
    return None


def _called_on(q: Cue):
    if any(c.dep_ == "dobj" and c.tag_ == "WP" for c in q.tok.children):
        return None  # "bombed what officials called hideouts of the TTP": a naming, not an appeal
    # (a day is when it was said, not whom it was said to: "called hideouts ... on Monday")
    asked = {c.lower_ for c in q.tok.children if c.dep_ == "prt" or c.dep_ == "prep" and not any(
        g.dep_ == "pobj" and (g.lower_ in L.MONTH_WORDS or g.lemma_.lower() in L.TIME_WORDS) for g in c.children)}
    return KEEP if asked & {"on", "for", "upon"} or any(c.dep_ == "xcomp" for c in q.tok.children) else None


def _party(q: Cue, t: Token, also: frozenset[str] = frozenset()) -> bool:
    """``t`` names a party that can ask or be asked to act: a case-file entity, a name, an authority (or one of
    ``also``), or a state's "side" ("the Afghan side")."""
    return t.i in q.tok_ent or t.pos_ == "PROPN" or t.lemma_.lower() in L.AUTHORITY_NOUNS or t.lemma_.lower() in also \
        or t.lemma_.lower() == "side" and any(c.i in q.tok_ent or c.dep_ == "amod" and c.text[:1].isupper()
                                              for c in t.children)


def _expected_of(q: Cue):
    # "China expects Afghanistan to take firm measures", "Beijing hopes the Afghan side will crack down on ETIM": a
    # party's expectation of another is a demand; "the operation is expected to last", "analysts expect the
    # Taliban to ...", "officials hope the talks will succeed", "we hope to arrest them" are forecasts and wishes
    tok = q.tok
    if any(c.dep_ == "auxpass" for c in tok.children):
        return KEEP if _expected_by_a_speaker(q) else None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    # "expects Kabul to act", parsed with Kabul as the object or as the subject of the infinitive; "hopes the
    # Afghan side will act"
    asked = tok.lemma_.lower() == "expect" and any(c.dep_ == "dobj" and _party(q, c) for c in tok.children) and any(
        c.dep_ in ("xcomp", "ccomp") for c in tok.children) or any(
        c.dep_ in ("xcomp", "ccomp") and any(a.dep_ == "aux" and a.lower_ in ("to", "will", "would") for a in c.children)
        and any(g.dep_ == "nsubj" and _party(q, g) for g in c.children) for c in tok.children)
    # ("the two countries said they expected tangible evidence of action": the evidence of steps a party expects to
    # see is asked for)
    sought = tok.lemma_.lower() == "expect" and any(c.dep_ == "dobj" and c.lemma_.lower() in _EXPECTED_PROOF
                                                    for c in tok.children)
    # (a pronoun for a party or its speaker: "'We expect the interim government to act,' the spokesperson said",
    # "the minister said he hoped Kabul would act")
    return KEEP if (_party(q, subj) or subj.lower_ in ("we", "he", "she", "they")) and (asked or sought) else None


# what a party expects to see of another: "expected tangible evidence of action", "expects concrete steps"
_EXPECTED_PROOF = frozenset({"evidence", "proof", "action", "step", "measure", "progress"})


# the steps a party is told it is expected to take ("is expected to fulfil its obligations", "to take action")
_EXPECTED_STEPS = frozenset({"fulfil", "fulfill", "honour", "honor", "act", "take", "deny", "ensure", "prevent", "stop",
                             "curb", "rein", "hand", "arrest", "dismantle", "expel", "abide", "implement", "address",
                             "eliminate", "uproot", "restrain", "control", "do", "deliver", "live"})


def expected_in_passive(tok: Token) -> tuple[Token, Token] | None:
    """Who says a party "is expected to" take a step, and that party: "The Interim Afghan Government is expected to
    fulfil its obligations and deny the use of Afghan soil, the statement said" (the statement, the government);
    none for a forecast ("the Taliban are expected to announce a cabinet") or with no one saying it."""
    if tok.lemma_.lower() != "expect" or not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    asked = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    step = next((c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in _EXPECTED_STEPS and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if asked is None or step is None or asked.pos_ == "PRON":
        return None
    reporter = tok.head if tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_.lower() in SAYING_DEMAND else next(
        (c for c in tok.children if c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in SAYING_DEMAND), None)
    speaker = next((c for c in reporter.children if c.dep_ == "nsubj"), None) if reporter is not None else None
    return (speaker, asked) if speaker is not None and speaker.i != asked.i else None


def _expected_by_a_speaker(q: Cue) -> bool:
    """A party's expectation of another, told in the passive, is a demand when a party's voice says it and what is
    expected is a step to take (``expected_in_passive``)."""
    roles = expected_in_passive(q.tok)
    return roles is not None and _party(q, roles[1]) and _party(q, roles[0], _OFFICIAL_SPEAKERS)


_OBLIGING = frozenset({"must", "should"})
SAYING_DEMAND = frozenset({"say", "state", "stress", "tell", "emphasise", "emphasize", "underline"})


def obliged_clause(verb: Token) -> Token | None:
    """The clause ``verb`` (a verb of saying) reports with a party as its subject and "must", "should", "needs to"
    or "has to" on its verb: "Pakistan said the Taliban must act against the TTP" (not "police said the suspects
    must be produced in court": suspects are no party)."""
    for c in verb.children:
        if c.dep_ not in ("ccomp", "parataxis") or c.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
        if subj is None:
            continue
        obliged = any(a.dep_ == "aux" and a.lower_ in _OBLIGING for a in c.children) or (
            c.lemma_.lower() in ("need", "have") and any(x.dep_ == "xcomp" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in x.children) for x in c.children))
        if obliged:
            return c
    return None


def _party_speaking(q: Cue) -> Token | None:
    """The subject of a verb of saying when it is a party or its official (or a pronoun that may stand for one)."""
    speaker = next((c for c in q.tok.children if c.dep_ == "nsubj"), None)
    if speaker is None or not (_party(q, speaker, _OFFICIAL_SPEAKERS) or speaker.pos_ == "PRON"):
        return None
    return speaker


# what a party says is not on its soil: fighters, a group, its presence, its camps
_ABSENT_THINGS = frozenset({"fighter", "member", "presence", "camp", "sanctuary", "hideout", "base", "group", "cell",
                            "safe", "haven"})
# the verbs that tell a group is there ("there are", "are operating", "are present", "remain")
_BEING_THERE = frozenset({"be", "operate", "exist", "remain", "present", "hide", "shelter", "live", "stay", "base"})


def also_said(tok: Token, tok_ent: dict, etype: str) -> str | None:
    """The second statement of a saying that both denies a group is there and says the party's soil will not be
    used against others ("Mujahid said there was no TTP presence in Afghanistan and that Afghan soil would not be
    used against any country"): the type the saying's other clause gives, beside ``etype``."""
    if etype not in ("ASSURE", "DENY") or tok.lemma_.lower() not in SAYING_DEMAND | {"insist"}:
        return None
    q = Cue.of(tok, tok_ent)
    if etype == "ASSURE":
        return "DENY" if _said_none_there(q) == "DENY" else None
    return "ASSURE" if _said_soil_not_used(q) == "ASSURE" else None


def _said_none_there(q: Cue):
    # "Zabihullah Mujahid said there was no TTP presence in Afghanistan", "The Taliban told the Chinese side that
    # there were no ETIM fighters in Afghanistan": a party saying a group is not there denies the charge that it is
    speaker = _party_speaking(q)
    if speaker is None:
        return KEEP
    for clause in q.tok.children:
        if clause.dep_ not in ("ccomp", "parataxis") or clause.lemma_.lower() not in _BEING_THERE:
            continue
        for c in clause.children:
            if c.dep_ not in ("nsubj", "attr", "nsubjpass", "acomp") or not any(
                    d.dep_ == "det" and d.lower_ == "no" for d in c.children):
                continue
            # (the group itself, or its men or places, not a word about it: "no evidence of TTP involvement")
            if any(t.i in q.tok_ent and q.tok_ent[t.i][3] == "group" for t in (c, *c.children) if t.dep_ != "prep") \
                    or c.lemma_.lower() in L.MILITANT_NOUNS | _ABSENT_THINGS:
                return "DENY"
    return KEEP


_PLEDGING_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
_OTHER_STATES = frozenset({"pakistan", "pakistani", "china", "chinese", "iran", "iranian", "india", "indian", "us",
                           "american", "u.s.", "russia", "russian", "islamabad", "beijing", "tehran", "washington"})


def _said_soil_not_used(q: Cue):
    # "The Taliban said Afghan soil would not be used against any country", "Afghan soil will not be used against
    # any country, Mujahid said": a party saying its soil will not be used gives the assurance itself
    speaker = _party_speaking(q)
    if speaker is None:
        return KEEP
    # (the words said, or told "in response that ...", "in a statement that ...")
    told = [*q.tok.children, *(a for p in q.tok.children if p.dep_ == "prep" for n in p.children if n.dep_ == "pobj"
                               for a in n.children if a.dep_ == "acl")]
    # (and a second thing said, joined to the first: "said there was no TTP presence in Afghanistan and that Afghan
    # soil would not be used against any country")
    told += [c for clause in told if clause.dep_ in ("ccomp", "parataxis") for c in clause.children
             if c.dep_ == "conj" and any(m.dep_ == "mark" for m in c.children)]
    others = {t.lower_ for t in speaker.subtree} & _OTHER_STATES
    for clause in told:
        if clause.dep_ not in ("ccomp", "parataxis", "acl", "conj") or clause.lemma_.lower() != "use":
            continue
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in clause.children):
            continue  # "would not be used against Pakistan if Kabul acted": a condition, not a pledge
        if others and any(t.lower_ in ("afghan", "afghanistan") for t in clause.subtree):
            continue  # (another state speaking of Afghan soil gives no assurance for it)
        negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in clause.children)
        pledged = any(c.dep_ == "aux" and c.lower_ in _PLEDGING_AUX for c in clause.children)
        soil = any(c.dep_ == "nsubjpass" and c.lemma_.lower() in ("soil", "territory", "land") for c in clause.children)
        # (used against another, or by anyone, or for terror: not "the land would not be used for farming")
        hostile = any(c.dep_ in ("prep", "agent") and (c.lower_ in ("against", "by") or c.lower_ == "for" and any(
            g.lemma_.lower().startswith(("terror", "attack", "militan", "activit")) for g in c.children))
            for c in clause.children)
        if negated and pledged and soil and hostile:
            return "ASSURE"
    return KEEP


# what a party is charged with failing to do about a group
_FAILED_TO = frozenset({"act", "take", "rein", "curb", "stop", "prevent", "restrain", "control", "honour", "honor",
                        "fulfil", "fulfill", "deliver", "address", "dismantle", "arrest", "tackle", "check", "keep"})


def _said_another_failed(q: Cue):
    # "Pakistan said the Afghan Taliban had failed to act on its repeated requests to rein in the TTP": a party
    # saying another failed to act against a group accuses it (not "police said the bomb failed to explode")
    speaker = _party_speaking(q)
    if speaker is None:
        return KEEP
    for clause in q.tok.children:
        if clause.dep_ not in ("ccomp", "parataxis") or clause.lemma_.lower() != "fail":
            continue
        failed = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        done = next((c for c in clause.children if c.dep_ == "xcomp"), None)
        if failed is None or done is None or failed.pos_ == "PRON" or done.lemma_.lower() not in _FAILED_TO:
            continue
        if (failed.i in q.tok_ent or _party(q, failed, _OFFICIAL_SPEAKERS)) and failed.i != speaker.i and \
                failed.lemma_.lower() not in L.MILITANT_NOUNS:
            return "ACCUSE"
    return KEEP


_NEEDS = frozenset({"need", "necessity", "importance", "urgency"})


def _need_stressed(q: Cue):
    # "Dar stressed the need for concrete steps against the TTP", "China emphasised the need for Kabul to dismantle
    # ETIM networks": a party stressing that action is needed asks for it (not "stressed the need for dialogue":
    # what is needed must be a step against someone)
    if q.tok.lemma_.lower() == "say":
        return KEEP
    need = next((c for c in q.tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _NEEDS), None)
    if need is None:
        return KEEP
    # (the steps asked for, or the clause of who must take them: "the need for Kabul to dismantle ETIM networks")
    asked = [t for c in need.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
             or c.dep_ in ("advcl", "acl", "relcl") and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
             for t in c.subtree]
    if any(t.lower_ in ("against", "on") and any(g.dep_ == "pobj" and g.i in q.tok_ent for g in t.children)
           for t in asked) or any(L.VERB_TRIGGERS.get(t.lemma_.lower()) in ACTION_TYPES and t.pos_ == "VERB"
                                  for t in asked):
        return "DEMAND"
    return KEEP


def _told_to_act(q: Cue):
    # "Pakistan said the Taliban must take action against the TTP", "Kabul must do more to rein in the TTP,
    # officials said": a party saying another must act demands it
    clause = obliged_clause(q.tok)
    if clause is None:
        return None
    subj = demanded_of(q.tok, clause)
    speaker = next((c for c in q.tok.children if c.dep_ == "nsubj"), None)
    if subj is None or speaker is None or speaker.i == subj.i:
        return None

    # (a party's words, not an analyst's view: "analysts said the Taliban should act")
    speaks = _party(q, speaker, _OFFICIAL_SPEAKERS) or speaker.pos_ == "PRON"
    return KEEP if _party(q, subj, _OFFICIAL_SPEAKERS) and speaks else None


_OFFICIAL_SPEAKERS = frozenset({"minister", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador",
                                "diplomat", "country", "statement", "office", "president", "premier", "leader",
                                # and the commanders and bodies that speak for a state ("the army chief said")
                                "chief", "commander", "general", "ministry", "army", "military", "government",
                                "adviser", "advisor", "official"})


def demanded_of(verb: Token, clause: Token) -> Token | None:
    """Whom a party saying another must act asks: the subject of what must be done, or the one told when that
    subject is a pronoun ("China told the Taliban they should hand over ETIM fighters")."""
    subj = next((g for g in clause.children if g.dep_ == "nsubj"), None)
    if subj is not None and subj.pos_ == "PRON":
        return next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    return subj


def _not_wanted_man(q: Cue):
    # "men wanted for attacks": a suspect sought, not a demand; the parse may make "wanted" the root
    if q.tok.dep_ in ("acl", "amod") and q.tok.tag_ in ("VBN", "VBD"):
        return None
    kids = list(q.tok.children)
    if any(c.dep_ == "prep" and c.lower_ in ("for", "in") for c in kids) \
            and not any(c.dep_ in ("xcomp", "dobj") or (c.dep_ == "ccomp" and any(
                g.dep_ in ("nsubj", "nsubjpass") for g in c.children)) for c in kids):
        return None
    return KEEP


def _has_complement(q: Cue):
    if q.tok.lemma_.lower() in ("ask", "request") and any(
            t.lower_ in ("named", "identified", "anonymity", "quoted") for t in q.tok.subtree):
        return None  # "an official told Reuters, asking not to be named": a source's anonymity, not a demand
    if q.tok.lemma_.lower() == "ask" and any(c.dep_ == "ccomp" and any(
            g.dep_ in ("mark", "advmod") and g.lower_ in ("whether", "if", "why", "how", "when", "what")
            for g in c.children) for c in q.tok.children):
        return None  # "Analysts asked whether the relocation had actually taken place": a question, not a demand
    return KEEP if any(c.dep_ in ("xcomp", "ccomp", "dobj", "prep") for c in q.tok.children) else None


def _insisted_on(q: Cue):
    # "insists it has arrested dozens", "insisted the men were civilians": what is insisted on is stated, not asked
    # for ("insisted that the men be handed over", "insisted on their arrest")
    if any(c.dep_ == "prep" and c.lower_ == "on" for c in q.tok.children):
        return KEEP
    comp = next((c for c in q.tok.children if c.dep_ == "ccomp"), None)
    return None if comp is not None and indicative(comp) else KEEP


def _not_press_conference(q: Cue):
    return None if q.tok.head.lower_ == "conference" else KEEP


def _ground_won(q: Cue) -> bool:
    """"troops regained ground near Kharkiv": ground won by forces or fighters (never "the party gained ground in
    the polls", "the rupee regained ground")."""
    if "ground" not in q.obj_lemmas or q.tok.lemma_.lower() not in ("gain", "regain", "recover", "retake"):
        return False
    who = _subject_or_agent(q.tok)
    return who is not None and role_of_head(who) in (STATE, ARMED, UNKNOWN)


# the bodies of trade whose control a regulator, a bank or a government takes ("the central bank seized control of
# the troubled lender")
_BUSINESSES = frozenset({"company", "lender", "bank", "firm", "corporation", "board", "club", "utility", "airline",
                         "mill", "business", "conglomerate", "insurer", "exchange", "franchise", "subsidiary",
                         # and the bodies of politics a party wins ("the ruling party took control of the city council")
                         "council", "parliament", "senate", "legislature", "chamber", "committee", "economy",
                         # and the institutions a government takes over the running of ("took over the control of
                         # seminaries", "took control of the Auqaf trusts")
                         "seminary", "madrassa", "madrasa", "madrasah", "madrassah", "school", "university", "college",
                         "trust", "endowment", "charity", "foundation", "media", "newspaper", "broadcaster",
                         "hospital", "mine", "management", "administration", "affairs"})


def _business_taken_over(q: Cue) -> bool:
    """"the government took control of the power company after it failed to pay its debts": a takeover, not ground
    won (not when the sentence names militants or an armed group)."""
    owned = [g for o in (*q.objs, q.tok) for c in o.children if c.dep_ == "prep" and c.lower_ in ("of", "over")
             for g in c.children if g.dep_ == "pobj"]
    return "control" in q.obj_lemmas and any(g.lemma_.lower() in _BUSINESSES for g in owned) and not any(
        t.lemma_.lower() in L.MILITANT_NOUNS or t.i in q.tok_ent and q.tok_ent[t.i][3] == "group" for t in q.tok.sent)


def _territory_taken(q: Cue):
    lemma = q.tok.lemma_.lower()
    if _business_taken_over(q):
        return None
    if _ground_won(q):
        return None if _without_a_fight(q.tok.sent) else "OPERATION"
    # the place is what was taken, not where something was ("seized heroin at the airport")
    # ("captured part of a rebel stronghold": a part of a place is a place)
    partitive = any(o.lemma_.lower() in _PARTITIVES and any(
        g.lemma_.lower() in TERRITORY_OBJECTS for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj") for o in q.objs)
    if q.obj_lemmas & TERRITORY_OBJECTS or partitive or _named_place_taken(q) or any(
            g.lemma_.lower() in TERRITORY_OBJECTS for c in q.tok.children if c.dep_ == "prep" and c.lower_ in ("of", "over")
            for g in c.children if g.dep_ == "pobj") and lemma in ("seize", "take", "gain", "regain"):
        # ground taken "without a fight" changed hands: no force was used, so no operation
        return None if _without_a_fight(q.tok.sent) else "OPERATION"
    return KEEP


# the verbs by which ground is won back (people are recaptured, but never retaken, regained or liberated by name)
_WON_BACK = frozenset({"retake", "regain", "reclaim", "liberate"})


def _named_place_taken(q: Cue) -> bool:
    """A place taken by its name alone: "recaptured Tarhuna from the rebels", "captured Kilinochchi, the rebels'
    capital", "fully liberated Fallujah". A name said to be a town, or taken from an armed party, is ground; a
    name won back is ground too (never "police recaptured the escaped convict Khan": no armed party held him)."""
    names = [o for o in q.objs if o.pos_ == "PROPN" and o.i not in q.tok_ent]
    if not names:
        return False
    if any(a.dep_ == "appos" and a.lemma_.lower() in TERRITORY_OBJECTS for o in names for a in o.children):
        return True  # "Kilinochchi, the de facto capital of the Tigers"
    lemma = _IRREGULAR_PAST.get(q.tok.lower_, q.tok.lemma_.lower())  # ("retook" left unlemmatised)
    if lemma in _WON_BACK:
        return True
    held_by = [g for c in q.tok.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
               if g.dep_ == "pobj"]
    return lemma in ("recapture", "capture", "wrest") and any(
        g.i in q.tok_ent and q.tok_ent[g.i][3] == "group" or g.lemma_.lower() in L.MILITANT_NOUNS | _ARMED_DOERS
        or role_of_head(g) in (ARMED, UNKNOWN) for g in held_by)


_HELD_PEOPLE = frozenset({"prisoner", "prisoners", "hostage", "hostages", "captive", "captives", "detainee",
                          "detainees", "inmate", "inmates"})


def _freed_from_militants(q: Cue):
    """"Commandos freed 12 prisoners from a Taliban prison", "troops freed hostages from the militants": a
    rescue by force (not "the Taliban freed 20 prisoners", a release, nor people freed from a prison by a court)."""
    if not (q.obj_lemmas & _HELD_PEOPLE or q.in_objects(_HELD_PEOPLE)):
        return KEEP
    held_by = [g for c in q.tok.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.subtree]
    if any(g.lemma_.lower() in L.MILITANT_NOUNS | _ARMED_DOERS or g.i in q.tok_ent and q.tok_ent[g.i][3] == "group"
           for g in held_by):
        return "OPERATION"
    return KEEP


_PARTITIVES = frozenset({"part", "parts", "portion", "portions", "section", "sections", "much", "most", "half", "rest"})
_FIGHT_WORDS = frozenset({"fight", "fighting", "clash", "resistance", "shot", "bloodshed", "battle", "violence",
                          "gunfire", "firing", "combat", "skirmish"})


# what ground changes hands by, when no force takes it: "after a deal with the rebels", "under the agreement"
_SETTLEMENTS = frozenset({"deal", "agreement", "accord", "truce", "ceasefire", "settlement", "surrender", "handover",
                          "pact", "negotiation", "negotiations", "talks"})


def _without_a_fight(sent) -> bool:
    """"took control of several towns without any armed clashes", "entered without firing a shot", "took control
    of the city after a deal with the rebels", "in line with the agreement", "as part of the peace deal", "following
    the withdrawal of US forces"."""
    return any(t.lower_ == "without" and any(w.lemma_.lower() in _FIGHT_WORDS or w.lower_ in _FIGHT_WORDS
                                             for w in t.subtree) for t in sent) or any(
        (t.lower_ in ("after", "under", "following", "through", "with") or t.lower_ == "of" and t.head.lower_ == "part")
        and any(g.dep_ == "pobj" and g.lemma_.lower() in _SETTLEMENTS for g in t.children) for t in sent) or any(
        t.lower_ in ("after", "following") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _WITHDRAWALS and any(
                f.dep_ == "pobj" and role_of_head(f) == STATE for c in g.children if c.dep_ == "prep" and c.lower_ == "of"
                for f in c.children) for g in t.children) for t in sent)


def _fought_for(sent, tok_ent: dict) -> bool:
    """The sentence tells a fight or names the armed party the ground was held by."""
    return any(t.lemma_.lower() in _FIGHT_WORDS | L.MILITANT_NOUNS | {"offensive", "terrorist", "jihadist"}
               or t.i in tok_ent and tok_ent[t.i][3] == "group" for t in sent)


# a force's leaving, by which ground taken after it is handed on, not won ("following the withdrawal of US forces")
_WITHDRAWALS = frozenset({"withdrawal", "pullout", "pull-out", "departure", "exit", "drawdown"})


_CONTROLLED = frozenset({"controlled", "control"})


# the people whose trade is making bombs safe: "bomb disposal experts", "sappers", "the bomb squad", "deminers"
_BOMB_DISPOSERS = frozenset({"sapper", "sappers", "deminer", "deminers", "disposal", "bds", "eod"})
_BOMB_EXPERTS = frozenset({"expert", "experts", "squad", "technician", "technicians", "team", "unit"})


def _controlled_explosion(q: Cue):
    # "army engineers detonated the unexploded shells in a controlled explosion": bombs made safe
    if any(t.lower_ in ("explosion", "detonation", "blast") and any(c.lower_ in _CONTROLLED for c in t.children)
           for t in q.tok.sent):
        return "DISMANTLE"
    return "DISMANTLE" if _set_off_to_make_safe(q.tok) else KEEP


def _set_off_to_make_safe(verb: Token) -> bool:
    """"Bomb experts safely detonated the landmine", "sappers blew up the shell where it lay": a bomb set off by
    those whose trade is making bombs safe, or set off safely."""
    who = _subject_or_agent(verb)
    words = {t.lower_ for t in _phrase_words(who)} if who is not None else set()
    return bool(words & _BOMB_DISPOSERS) or "bomb" in words and who is not None and who.lower_ in _BOMB_EXPERTS \
        or any(c.lower_ == "safely" for c in verb.children if c.dep_ == "advmod")


def _people_dislodged(q: Cue):
    # "soldiers dislodged the militants from their positions": an operation (a camp dislodged stays DISMANTLE)
    return "OPERATION" if q.objs and (any(o.lemma_.lower() in L.MILITANT_NOUNS for o in q.objs)
                                      or q.personish(q.objs)) else KEEP


def _persona_non_grata(q: Cue):
    # "declared the military attache persona non grata": an envoy expelled
    if "persona non grata" in q.tok.sent.text.lower():
        return "SANCTION"
    return "RESTRICT" if _declared_proscribed(q) else None


# the words that make people the suspects of armed violence, not of crime ("suspected militants", "terror suspects")
TERROR_PEOPLE = frozenset({"militant", "terrorist", "terror", "insurgent", "jihadist", "jihadi", "extremist",
                           "khawarij", "operative"})

# the words that mark a body as banned ("the banned group", "a proscribed organisation", "terrorist outfits")
BANNED_MARKS = frozenset({"proscribe", "ban", "outlaw", "terrorist", "terror"})
_OUTFIT_NOUNS = frozenset({"organisation", "organization", "outfit", "group", "entity", "organisations",
                           "organizations", "outfits", "groups", "entities"})


# the raising of money a ban stops: "banned fundraising by the outfit", "a ban on collecting donations"
_MONEY_RAISING = frozenset({"fundraising", "fund-raising", "funding", "donation", "donations", "fund", "funds"})


def _money_raised(tok: Token) -> bool:
    """The word, or the gerund's object, is money raised: "fundraising", "funding", "collecting donations"."""
    return tok.lemma_.lower() in _MONEY_RAISING or tok.lower_ in _MONEY_RAISING or tok.tag_ == "VBG" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _MONEY_RAISING for c in tok.children)


def _money_ban(q: Cue):
    return "FINANCE" if any(_money_raised(o) for o in q.objs) else KEEP


# who is sent home to face the law rather than as a refugee or a stray: fighters and suspects
_WANTED_PEOPLE = TERROR_PEOPLE | {"suspect", "commander", "fighter", "accused", "bomber", "attacker", "facilitator"}


def _fighters_repatriated(q: Cue):
    """"the militant was repatriated to Pakistan", "repatriated three TTP fighters": fighters sent back to a state
    (not "repatriated 500 refugees", "the bodies were repatriated")."""
    return KEEP if q.objs and (q.in_objects(_WANTED_PEOPLE, clauses=False) or any(
        g.i in q.tok_ent and q.tok_ent[g.i][3] == "group" for o in q.objs for g in _phrase_words(o))) else None


def _designated_terrorist(q: Cue):
    """"designated the Majeed Brigade as a terrorist organisation", "designated the BLA a foreign terrorist
    organisation": a group banned by name (not "designated a focal person", "a designated area"; nor the clause
    that tells what a group stands as, "the BLA, which Pakistan has designated a terrorist organisation")."""
    if q.tok.pos_ != "VERB" or q.tok.dep_ == "relcl":
        return None
    return "RESTRICT" if _declared_proscribed(q) else None


def _banned_outfit(tok: Token) -> bool:
    """An outfit the words mark as banned: "the banned group", "a proscribed organisation", "terrorist outfits"."""
    return tok.lemma_.lower() in _OUTFIT_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in BANNED_MARKS for c in tok.children)


def _declared_proscribed(q: Cue) -> bool:
    """"The interior ministry declared the BRAS, an alliance of separatist militant groups, a proscribed
    organisation": the group is banned (what is declared a proscribed or terrorist outfit is a group)."""
    subj = {t.i for c in q.tok.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return any(t.i > q.tok.i and t.i not in subj and _banned_outfit(t) for t in q.tok.subtree)


# lists that bar the people on them from moving, travelling or raising money
_WATCH_LISTS = frozenset({"schedule", "watchlist", "blacklist", "list"})
_WATCH_LIST_MARKS = frozenset({"fourth", "4th", "watch", "exit", "control", "ecl", "proscribed", "terrorist", "terror",
                               "sanctions", "sanction", "no-fly", "banned"})


def _put_on_watch_list(q: Cue):
    """"Pakistan placed TTP chief Noor Wali Mehsud on the Fourth Schedule", "added two commanders to the
    sanctions list", "put their names on the Exit Control List": people barred from moving and banking."""
    if not q.objs or not (q.personish(q.objs) or q.in_objects(L.MILITANT_NOUNS | {"name", "names"})):
        return None
    # (the parse may hang the list on the people named: "placed the names of 12 militants on the Exit Control List")
    for c in (*q.tok.children, *(t for o in q.objs for t in o.subtree)):
        if c.dep_ == "prep" and c.lower_ in ("on", "to", "in"):
            for g in c.children:
                marks = {w for m in g.subtree if m.i != g.i for w in (m.lower_, m.lemma_.lower())}
                if g.dep_ == "pobj" and (g.lemma_.lower() in _WATCH_LISTS and (
                        g.lemma_.lower() in ("watchlist", "blacklist") or marks & _WATCH_LIST_MARKS)
                                         or g.text == "ECL"):
                    if (g.text == "ECL" or marks & {"exit", "no-fly"}) and not any(
                            t.lemma_.lower() in TERROR_PEOPLE | {"banned", "proscribed", "outfit"}
                            or t.i in q.tok_ent and q.tok_ent[t.i][3] == "group" for t in q.tok.sent):
                        return None  # "placed the names of a former minister on the Exit Control List": a list
                        # that keeps suspects of any crime at home, not one of armed groups' people
                    return "RESTRICT"
    return None


def _bombs_dropped(q: Cue):
    # "government aircraft dropped barrel bombs on opposition-held neighbourhoods" (not "dropped the charges")
    return KEEP if q.in_objects(_BOMBS | {"bomb", "munition", "munitions", "payload"}) else None


def _forcibly_disappeared(q: Cue):
    # "an activist was forcibly disappeared": an enforced disappearance (not "the files disappeared")
    kids = {c.lower_ for c in q.tok.children}
    if kids & {"forcibly", "forcefully"} or any(c.dep_ == "auxpass" for c in q.tok.children):
        return "ATTACK"
    return None


def _cleared_of(q: Cue):
    """"cleared the area of militants": an operation; "cleared the road of mines": weapons removed; else nothing
    ("police cleared the square", "the court cleared him")."""
    freed_of = [g for c in q.tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                for g in c.children if g.dep_ == "pobj"] + [
        g for o in q.objs for c in o.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
        for g in c.children if g.dep_ == "pobj"]
    for g in freed_of:
        if g.lemma_.lower() in L.MILITANT_NOUNS or g.i in q.tok_ent or role_of_head(g) in (ARMED, UNKNOWN):
            return "OPERATION"
        if g.lemma_.lower() in L.WEAPON_NOUNS | {"mine", "landmine", "explosive"}:
            return "DISMANTLE"
    if q.obj_lemmas & (L.WEAPON_NOUNS | _BOMBS | {"ordnance"}):
        return "DISMANTLE"  # "deminers cleared 500 landmines from farmland": the mines made safe
    if any(o.lemma_.lower() in TERRITORY_OBJECTS | {"hideout"} and any(
            t.i < o.i and (t.lemma_.lower() in L.MILITANT_NOUNS | {"rebel", "insurgent"} or t.i in q.tok_ent
                           or t.lower_.endswith("-held")) for t in o.subtree) for o in q.objs):
        return "OPERATION"  # "troops cleared the last militant stronghold", "cleared the rebel-held quarter"
    return None


def _weapons_found(q: Cue):
    if q.obj_lemmas & L.WEAPON_NOUNS or any(g.lemma_.lower() in L.WEAPON_NOUNS | {"cache", "depot", "device"}
                                            for c in q.objs for g in c.subtree):
        return "DISMANTLE"
    return KEEP


def _body_found(q: Cue):
    tok = q.tok
    if (any(c.lower_ in ("dead", "murdered", "killed") for c in tok.children)
            or q.obj_lemmas & {"body", "bodies", "corpse"}) and any(
            t.lower_ in ("bullet", "bullets", "bullet-riddled", "shot", "tortured", "torture", "slit", "beheaded",
                         "gunshot", "riddled", "dead") for t in tok.sent):
        return "ATTACK"
    return KEEP


def _projectile_launched(q: Cue):
    if q.obj_lemmas & PROJECTILES and any(c.dep_ == "prep" and c.lower_ in ("at", "on", "against", "towards", "toward")
                                          for c in q.tok.children):
        return "ATTACK"
    return KEEP


def _thrown(q: Cue):
    if q.tok.dep_ in ("acl", "relcl") and made_safe(q.tok.head):
        return None  # "ANP defused a roadside IED planted by the Taliban": a bomb made safe, no attack
    # ("lobbed mortar shells at a post", "hurled mortars at the checkpoint": fire from a tube, lobbed)
    return "ATTACK" if q.in_objects(THROWN | _LOBBED) else KEEP


_LOBBED = frozenset({"mortar", "shell"})


def _went_off(q: Cue):
    if any(c.lower_ == "off" for c in q.tok.children) and any(
            c.dep_ in ("nsubj",) and (c.lemma_.lower() in THROWN | _SELF_DETONATING or _rigged_with_explosives(c))
            for c in q.tok.children):
        return "ATTACK"
    return KEEP


_LEFT_HARMED = frozenset({"dead", "injured", "wounded", "hurt"})


def _left_harmed_by_device(q: Cue):
    # "a roadside bomb left two FC soldiers dead and three injured", "gunmen left two policemen dead": an explosive
    # or armed men that leave people dead or hurt (not "the Taliban left the district", "left the vehicle damaged")
    if not any(c.dep_ == "nsubj" and (c.lemma_.lower() in THROWN | _SELF_DETONATING | _ARMED_DOERS
                                      or _rigged_with_explosives(c)) for c in q.tok.children):
        return KEEP
    left = [c for c in q.tok.children if c.dep_ in ("dobj", "oprd") and c.pos_ in ("NOUN", "PROPN", "NUM")]
    if left and (any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lower_ in _LEFT_HARMED
                     for c in q.tok.children) or any(c.dep_ in ("amod", "acl") and c.lower_ in _LEFT_HARMED
                                                     for t in left for c in t.children)):
        return "ATTACK"
    return KEEP


def _rigged_with_explosives(tok: Token) -> bool:
    """A thing made a bomb by what it carries: "a motorcycle rigged with explosives", "a cart packed with
    explosives"."""
    return any(c.dep_ in ("acl", "amod") and c.tag_ == "VBN" and any(
        p.dep_ == "prep" and p.lower_ == "with" and any(g.dep_ == "pobj" and g.lemma_.lower() in THROWN
                                                         for g in p.children) for p in c.children)
               for c in tok.children)


def _ripped_through(q: Cue):
    """"A bomb ripped through a market": an explosion tearing through a place (not "ripped through the defence")."""
    subj = next((c for c in q.tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and (subj.lemma_.lower() in THROWN | _SELF_DETONATING | {"blast", "explosion", "bombing"}) \
            and any(c.lower_ in ("through", "apart") for c in q.tok.children):
        return "ATTACK"
    return None


# what goes off besides a thrown thing: "a device went off", "two kamikazes went off near a bus station"
_SELF_DETONATING = frozenset({"device", "bomber", "kamikaze", "vest", "car"})


def _infiltrated_into(q: Cue):
    # "militants infiltrated a police post" is an attack; "the assailants had infiltrated from Kunar" says where
    # attackers came from (an origin of the attack the report names), not another attack
    if q.objs or q.parts & {"into"}:
        return KEEP
    return None if q.parts & {"from", "across", "through"} else KEEP


_SOIL_WORDS = frozenset({"soil", "territory", "land", "anyone", "anybody", "any"})


def _soil_not_allowed(q: Cue):
    # "they will not allow anyone to use Afghan soil against Pakistan": the words are the assurance itself
    tok = q.tok
    negated = any(c.dep_ == "neg" or c.lower_ in ("never",) for c in tok.children)
    # a promise ("will not allow") or a standing policy ("does not permit")
    pledged = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "wo", "does", "do")
                  for c in tok.children)
    if negated and not pledged and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in L.REPORTING_VERBS and any(
            c.dep_ == "aux" and c.lower_ == "did" for c in tok.children):
        # a standing policy reported in the past tense, when the soil is named: "Mujahid said the Islamic Emirate
        # did not allow anyone to use Afghan soil" (not "did not allow anyone to leave the compound")
        return "ASSURE" if any(t.lower_ in ("soil", "territory", "land") for t in tok.subtree) else None
    # ("will not let anyone harm our people" is no pledge about the soil: "let" needs the soil named)
    words = _SOIL_WORDS if tok.lemma_.lower() != "let" else {"soil", "territory", "land"}
    # ("the group will not allow al-Qaeda to operate in areas under its control": a pledge about an armed group
    # named as the one not let act)
    group_named = tok.lemma_.lower() != "let" and any(
        c.dep_ in ("dobj", "nsubj") and c.i in q.tok_ent and q.tok_ent[c.i][3] == "group" for c in tok.children)
    return "ASSURE" if negated and pledged and (group_named or any(t.lower_ in words for t in tok.subtree)) else None


_CROSSERS = frozenset({"infiltrator", "infiltrators", "infiltration", "incursion", "gunman", "gunmen", "men",
                       "intruder", "intruders"})


_ATTACK_WAVES = frozenset({"attack", "assault", "offensive", "onslaught", "advance", "push", "raid", "incursion"})
_ASSAULTS = frozenset({"attack", "attacker", "assailant", "assault", "raid", "raider", "offensive", "onslaught",
                       "gunman", "gunmen", "militant", "terrorist", "insurgent"})


ATTEMPTS = frozenset({"attempt", "bid", "effort", "try"})
# what a bid stopped by force may be made to do when it is no attack: get out, get in, get over
_HARMLESS_AIMS = frozenset({"escape", "flee", "climb", "scale", "jump", "abscond", "commit", "immolate",
                            "self-immolate"})


def _not_held_people_handed_over(q: Cue):
    """"Afghan officials transferred five detained Jamaat-ul-Ahrar militants to Pakistan", "Pakistan repatriated
    captured ISKP fighters": the word tells who the people handed over are, men already held, not an arrest the report
    tells (nor whose it was)."""
    if q.tok.dep_ != "amod" or q.tok.tag_ != "VBN":
        return KEEP
    people = q.tok.head
    verb = people.head if people.dep_ in ("dobj", "nsubjpass") else None
    if verb is not None and L.VERB_TRIGGERS.get(verb.lemma_.lower()) == "EXTRADITE":
        return None
    return KEEP


def _harmless_aim(q: Cue) -> bool:
    """"foiled an attempt by two convicts to escape", "foiled a bid by a man to scale the wall": the bid was made to
    get out, over or in, by nobody named as a militant, with no weapon."""
    for o in q.objs:
        if o.lemma_.lower() not in ATTEMPTS:
            continue
        # (the bid's clause, or the verb's when the parse hangs it there: "foiled a bid by a man to climb")
        aims = [c for h in (o, q.tok) for c in h.children if c.dep_ in ("acl", "relcl", "xcomp", "advcl") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        if not aims or any(a.lemma_.lower() not in _HARMLESS_AIMS for a in aims):
            return False
        told = [*o.subtree, *(t for a in aims for t in a.subtree),
                *(t for c in q.tok.children if c.dep_ == "prep" and c.lower_ == "by" for t in c.subtree)]
        words = {t.lemma_.lower() for t in told} | {t.lower_ for t in told}
        return not (words & (L.MILITANT_NOUNS | L.WEAPON_NOUNS | L.DISMANTLE_OBJECTS | _CROSSERS) or any(
            t.i in q.tok_ent and q.tok_ent[t.i][3] == "group" for t in told))
    return False


# the people of an attack under way, whom guards stop at a gate as it happens
_ONES_ATTACKING = frozenset({"attacker", "bomber", "gunman", "gunmen", "assailant", "suicide"})


def _militants_stopped(q: Cue):
    # "border guards stopped a group of armed men trying to cross", "prevented an infiltration bid": a step
    # that restricts an armed group's movement (weapons intercepted stay with what was seized)
    whom = [*q.objs, *_of_whom(q)]
    if q.tok.lemma_.lower() == "repel" and q.obj_lemmas & _ASSAULTS:
        # "police repelled the attackers", "repelled a militant assault on the checkpost": the fight that answers
        # an attack, told by the attack and the fighting, not a restriction on anyone
        return None
    if q.tok.lemma_.lower() in ("foil", "thwart") and q.obj_lemmas & _ASSAULTS and any(
            t.lemma_.lower() in ("kill", "injure", "wound", "clash", "fight", "exchange") for t in q.tok.sent):
        # "ANDSF foiled a Taliban attack on a checkpoint, killing 5 Taliban": an attack fought off, told by the
        # attack and the dead, not a plot dismantled
        return None
    if q.tok.lemma_.lower() in ("foil", "thwart") and _harmless_aim(q):
        return None  # "foiled an attempt by two convicts to escape": a bid stopped that was no plot
    if q.tok.lemma_.lower() in ("stop", "intercept") and whom and all(
            c.lemma_.lower() in _ONES_ATTACKING for c in whom):
        return None  # "The attacker was stopped at the gate by security guards": part of the attack, no restriction
    if q.in_objects(L.DISMANTLE_OBJECTS | L.WEAPON_NOUNS):
        return KEEP  # "intercepted a shipment of weapons bound for the rebels": what was seized says
    if any(t.lemma_.lower() in L.MILITANT_NOUNS or t.lower_ in _CROSSERS or t.i in q.tok_ent and
           q.tok_ent[t.i][3] == "group" for c in whom for t in c.subtree):
        # (and the verbs it is joined with: "own troops engaged and thwarted the infiltration attempt, and
        # resultantly, six khwarij were neutralised")
        joined = [*q.tok.children, *((q.tok.head, *q.tok.head.children) if q.tok.dep_ == "conj" else ()),
                  # ("foiled an attempt by a group of terrorists to infiltrate ... and killed six of them": the
                  # parse hangs the killing on the infinitive)
                  *(t for t in q.tok.sent if stray_conjunct_of_an_infinitive(t) and q.tok.is_ancestor(t))]
        if any(c.dep_ in ("advcl", "conj", "ROOT") and c.i != q.tok.i and c.pos_ == "VERB" and L.VERB_TRIGGERS.get(
                c.lemma_.lower()) in ("OPERATION", "ARREST", "ATTACK") for c in joined):
            # "thwarted an attempt by terrorists to infiltrate, killing two of them": the fight or the arrest that
            # stopped them is the deed, told by its own verb; the stopping is not a second one
            return None
        return "RESTRICT"
    return KEEP


# what lands where it was fired: "two rockets landed near the airfield", "a mortar round landed on a house"
_FIRED = frozenset({"rocket", "rockets", "mortar", "mortars", "shell", "shells", "missile", "missiles", "projectile",
                    "projectiles", "artillery"})
# what fire does to a place when the report names the fire, not who fired: "mortar rounds fell on homes", "two
# missiles slammed into a house", "rockets rained down on the base"
_IMPACT_VERBS = frozenset({"land", "fall", "slam", "crash", "smash", "rain"})


def _fired_subject(tok: Token) -> bool:
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and any(t.lower_ in _FIRED for t in subj.subtree)


def _projectile_landed(q: Cue):
    """"Two rockets landed in the vicinity of the airbase", "a mortar round landed on a house", "shells fell on the
    village", "two missiles slammed into a house": fire that struck a place, an attack by whoever fired it (never a
    plane, a drone or a delegation that landed, a town that fell, prices that crashed)."""
    if q.tok.lemma_.lower() == "rain":
        return "ATTACK" if _fired_subject(q.tok) else KEEP  # "jets rained bombs on ...": the pounding rule below
    return "ATTACK" if _fired_subject(q.tok) else None


# those whose hurting someone is an armed attack by itself: "gunmen wounded a teacher", "two soldiers were injured
# by Taliban snipers" (a blast that injured people is its own trigger; the police hurting protesters is no attack)
_ARMED_DOERS = frozenset({"militant", "terrorist", "insurgent", "gunman", "gunmen", "attacker", "assailant", "sniper",
                          "taliban", "jihadist", "extremist", "khawarij", "rebel"})


# explosives whose wounding is an attack, as their killing is
_BLAST_DOERS = THROWN | {"bomber", "bombing", "blast", "explosion"}


def _armed_wounding(q: Cue):
    who = _subject_or_agent(q.tok)
    if who is None or q.tok.dep_ in ("advcl", "acl", "amod", "xcomp"):
        return None  # "... injuring five": the result of the deed told before, not a deed of its own
    words = {t.lemma_.lower() for t in _phrase_words(who)} | {t.lower_ for t in _phrase_words(who)}
    if words & _ARMED_DOERS or ("armed" in words and words & {"man", "men", "person", "persons", "people"}):
        return "ATTACK"
    if who.lemma_.lower() in _BLAST_DOERS:
        return "ATTACK"  # "a roadside bomb wounded four soldiers", as "a bomb killed four" (an accident is told apart later)
    return None


def _accusation_made(q: Cue):
    # "the Taliban executed a man accused of spying": a participle that says what a victim was held to be, by nobody
    # named, is no accusation made in the news
    if q.tok.dep_ == "acl" and q.tok.tag_ == "VBN" and not any(c.dep_ == "agent" for c in q.tok.children):
        return None
    if q.tok.dep_ == "advcl" and q.tok.tag_ == "VBN" and not any(
            c.dep_ in ("agent", "nsubj", "nsubjpass", "aux", "auxpass") for c in q.tok.children):
        return None  # "closed two madrassas in Kunar accused of sheltering militants": the same participle, which the
        # parse hangs on the verb
    return KEEP


# coming under fire: "a police post came under Taliban fire", "the convoy came under attack near Tank"
_UNDER = frozenset({"fire", "gunfire", "attack", "attacks", "shelling", "bombardment", "assault", "barrage"})


def _came_under_fire(q: Cue):
    if any(c.dep_ == "prep" and c.lower_ == "under" and any(g.dep_ == "pobj" and g.lemma_.lower() in _UNDER
                                                             for g in c.children) for c in q.tok.children):
        return "ATTACK"
    return KEEP


# the fights forces or fighters engage in: "engaged in a gunfight with the attackers"
_ENGAGEMENTS = frozenset({"gunfight", "firefight", "gunbattle", "gun-battle", "shootout", "shoot-out", "exchange",
                          "clash", "battle", "fighting", "encounter", "combat", "skirmish"})


def _fighters_engaged(q: Cue):
    """"Security forces engaged the militants", "troops engaged in a fierce gunfight with the attackers": a fight,
    typed by who fought (never a government engaging the Taliban in talks, nor "engaged in negotiations")."""
    if q.in_objects(L.MILITANT_NOUNS, clauses=False):
        return "OPERATION"
    return "OPERATION" if any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _ENGAGEMENTS for g in c.children) for c in q.tok.children) else None


def _charged_position(q: Cue):
    # "fighters charged a camp outside the town": an assault on a position (not charges brought in court)
    return "ATTACK" if q.obj_lemmas & (TERRITORY_OBJECTS | {"camp", "convoy", "patrol", "barracks"}) else None


def _never_alone(q: Cue):
    return None


# what a counted seizure is counted in: "seized 300 bottles of liquor" takes no one
_MEASURES = frozenset({"kilogram", "kilo", "kg", "gram", "tonne", "ton", "litre", "liter", "gallon", "bottle",
                       "packet", "bag", "sack", "box", "crate", "carton", "piece", "bundle", "bale", "can", "drum",
                       "pound", "ounce", "quintal", "maund", "truckload", "consignment", "quantity"})


# money told by its currency: "seized Rs50 million", "$200,000", "three million afghanis"
_CURRENCIES = frozenset({"rupee", "rupees", "dollar", "dollars", "afghani", "afghanis", "yuan", "euro", "euros",
                         "riyal", "dirham", "pound", "pounds"})
_CURRENCY_MARK = re.compile(r"(?i)^(?:rs|pkr|usd|us\$|\$|afn|rmb)\.?[\d,.]*$")


def _money_seized(q: Cue) -> bool:
    if q.tok.lemma_.lower() not in ("seize", "confiscate", "impound"):
        return False  # (money "recovered" is as often a debt or extortion collected)
    return any(g.lemma_.lower() in _CURRENCIES - {"pound", "pounds"} or _CURRENCY_MARK.match(g.text)
               for c in q.objs for g in _phrase_words(c))


# land taken is ground, not a hideout's or a plot's: "seized a plot of land to build a road", "took over 50 acres"
_LAND = frozenset({"land", "lands", "acre", "acres", "hectare", "hectares", "kanal", "kanals", "farmland",
                   "orchard", "orchards", "field", "fields"})


# what a government blocks to keep people off a service, not to take anything from an armed group
_ONLINE = frozenset({"internet", "website", "websites", "site", "sites", "app", "application", "platform", "media",
                     "youtube", "facebook", "twitter", "tiktok", "whatsapp", "telegram"})



# the prepositions of where a thing taken was, whose phrase names a place, not what was taken
_PLACE_PREPS = frozenset({"in", "near", "outside", "inside", "across", "around", "throughout", "along", "behind"})


def _words_taken(obj: Token) -> Iterator[Token]:
    """The words of an object's phrase and its clauses, without the phrases of where it was ("the home of an
    attacker in the West Bank", "a car parked outside the bank")."""
    yield obj
    for c in obj.children:
        if not (c.dep_ == "prep" and c.lower_ in _PLACE_PREPS):
            yield from _words_taken(c)


def _money_taken(q: Cue) -> bool:
    """Money, accounts or property are what was taken or frozen: "froze the accounts of three money changers"
    (not a bank that only names where: "demolished a house in the West Bank")."""
    return bool(q.obj_lemmas & L.FINANCE_OBJECTS) or any(
        g.lemma_.lower() in L.FINANCE_OBJECTS for c in q.objs for g in _words_taken(c))


def _seized_what(q: Cue):
    if q.tok.lemma_.lower() == "block" and {t.lemma_.lower() for o in q.objs for t in o.subtree} & _ONLINE and not any(
            t.lemma_.lower() in L.MILITANT_NOUNS or t.i in q.tok_ent and q.tok_ent[t.i][3] == "group"
            for t in q.tok.sent):
        return None  # "blocked access to the video-sharing site": a service barred, no militants' asset
    if q.objs and all(o.lemma_.lower() in _LAND or o.lemma_.lower() == "plot" and any(
            g.lemma_.lower() in _LAND for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children) for o in q.objs):
        return None
    if q.objs and all(o.lemma_.lower() == "passport" for o in q.objs) and any(
            t.lemma_.lower() in TERROR_PEOPLE or t.i in q.tok_ent and q.tok_ent[t.i][3] == "group"
            for o in q.objs for t in o.subtree):
        return "RESTRICT"  # "confiscated the passports of suspected militants": people barred from travelling
    if q.objs and all(o.lemma_.lower() in ("body", "corpse", "remains") for o in q.objs):
        return None  # "recovered the body of a child killed over a property dispute": the dead, not their money
    if q.tok.lemma_.lower() == "seize" and any(o.lemma_.lower() in L.PERSON_NOUNS | L.MILITANT_NOUNS
                                                or o.lower_ in L.PERSON_NOUNS for o in q.objs):
        # "border police seized two men carrying explosives": the people are what was taken, whatever they carried
        who = _subject_or_agent(q.tok)
        if who is not None and role_of_head(who) in (STATE, ARMED, UNKNOWN):
            return "ARREST" if role_of_head(who) == STATE else "ATTACK"
    if _money_taken(q) or _money_seized(q):
        return "FINANCE"
    if q.in_objects(L.DISMANTLE_OBJECTS | L.WEAPON_NOUNS) or q.objs and q.tok.lemma_.lower() in (
            "seize", "intercept", "impound", "confiscate") and any(
            t.lemma_.lower() in L.WEAPON_NOUNS for t in q.tok.subtree if t.i > q.objs[0].i):
        return "DISMANTLE"  # "seized a dhow carrying thousands of rifles"
    if q.tok.lemma_.lower() == "seize" and q.objs and not q.obj_lemmas & _MEASURES and any(
            t.lemma_.lower() in L.PERSON_NOUNS or t.lower_ in L.PERSON_NOUNS or t.pos_ in ("PRON", "PROPN")
            or t.i in q.tok_ent or t.tag_ == "CD" for t in q.objs):
        # people seized: an arrest by forces, an abduction by anyone else ("gunmen seized two engineers"); a count
        # alone names no people ("customs officers seized 40 containers of smuggled rice")
        who = _subject_or_agent(q.tok)
        if who is not None:
            return "ARREST" if role_of_head(who) == STATE else "ATTACK"
    return None


def _sealed_premises(q: Cue):
    # "sealed three money exchange shops accused of moving funds for the TTP" (FINANCE), "sealed a seminary run by
    # the banned group" (DISMANTLE); shops sealed for breaking a lockdown, a party's office, a deal sealed: not these
    if _money_taken(q):
        return "FINANCE"
    # (what is said of the premises may hang on the verb: "sealed three madrassas linked to the TTP")
    said_of = [g for c in q.tok.children if c.dep_ in ("xcomp", "advcl", "acl") and c.tag_ == "VBN" and q.objs
               and c.i > q.objs[0].i for g in c.subtree]
    if q.in_objects(L.DISMANTLE_OBJECTS) and (q.in_objects(L.MILITANT_NOUNS) or any(
            g.i in q.tok_ent or _banned_outfit(g) for c in q.objs for g in c.subtree) or any(
            g.i in q.tok_ent and q.tok_ent[g.i][3] == "group" or g.lemma_.lower() in L.MILITANT_NOUNS
            for g in said_of)):
        return "DISMANTLE"
    return KEEP


def _subject_or_agent(tok: Token) -> Token | None:
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubjpass", "agent") for c in tok.children):
        # "raided a compound and took away several men": coordinated verbs share the first one's subject
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None else next(
        (g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


_ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "diplomats", "chargé", "charge", "commissioner", "consul",
                     "attache", "attaché", "representative", "emissary"})
_PACTS = frozenset({"agreement", "deal", "accord", "memorandum", "mou", "pact", "treaty", "truce", "ceasefire",
                    "cease-fire", "armistice", "protocol", "understanding", "roadmap"})
_BOMBS = frozenset({"bomb", "bombs", "ied", "ieds", "device", "devices", "explosive", "explosives", "mine", "mines",
                    "landmine", "landmines", "shell", "shells", "vest", "rocket", "rockets", "grenade", "grenades"})


def _envoy_summoned(q: Cue):
    # "Pakistan summoned the Afghan charge d'affaires"; "recalled its ambassador"
    if not q.in_objects(_ENVOYS):
        return None
    return "DEMAND" if q.tok.lemma_.lower() == "summon" else "SANCTION"


def _pact_concluded(q: Cue):
    return "AGREE" if q.in_objects(_PACTS) else None


def _protest_lodged(q: Cue):
    return "CONDEMN" if q.obj_lemmas & {"protest", "complaint", "demarche", "démarche"} else None


def _bomb_made_safe(q: Cue):
    # "disarmed a roadside bomb", "neutralised two IEDs", "disposed of the explosives": weapons made safe
    if q.in_objects(_BOMBS) or any(g.lemma_.lower() in _BOMBS for c in q.tok.children
                                   if c.dep_ == "prep" and c.lower_ == "of" for g in c.subtree):
        return "DISMANTLE"
    return KEEP


def _driven_out(q: Cue):
    # "troops drove the militants out of the valley", "forces pushed the rebels out of two villages"
    if "back" in q.parts and q.obj_lemmas & _ATTACK_WAVES:
        # "Afghan forces pushed back a Taliban offensive on the city": an attack fought off, told by the attack
        return None
    if q.parts & {"out", "back"} and (q.in_objects(L.MILITANT_NOUNS | TERRITORY_OBJECTS) or q.objs and any(
            t.i in q.tok_ent for c in q.objs for t in c.subtree)):
        return "OPERATION"
    if "out" in q.parts and q.objs and any(t.lemma_.lower() in TERRITORY_OBJECTS for t in q.tok.subtree
                                           if t.i > q.tok.i):
        return "OPERATION"  # "the army drove al-Shabaab out of the town of Bulobarde"
    return None


def _expelled_from_ground(q: Cue):
    # "the army expelled the terrorists from the last pocket they held": fighters driven off ground by force, an
    # operation ("expelled two members to Afghanistan", "expelled from the country" stay a restriction)
    fro = [g for c in q.tok.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
           if g.dep_ == "pobj"]
    # (not families sent away, nor an order of an administration: "militants and their families were expelled from
    # Kunar province by the Taliban's provincial administration" is a restriction)
    people = [*q.objs, *(c for c in q.tok.children if c.dep_ == "nsubjpass")]
    by = [g for c in q.tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if any(t.lemma_.lower() in ("family", "relative", "dependant", "dependent", "refugee") for p in people
           for t in p.subtree) or any(g.lemma_.lower() in _ADMINISTRATIONS for g in by):
        return KEEP
    return "OPERATION" if any(g.lemma_.lower() in TERRITORY_OBJECTS | {"stronghold", "hideout", "position"}
                              for g in fro) else KEEP


# who orders people out of an area, not who drives them out by force
_ADMINISTRATIONS = frozenset({"administration", "authority", "government", "governor", "ministry", "court", "council",
                              "office"})


def _carried_away(q: Cue):
    # "Boko Haram fighters carried away 30 schoolgirls": people carried off by armed men
    return _whisked_away(q) if q.parts & {"away", "off"} else None


_SURRENDER_TO = frozenset({"army", "force", "forces", "troops", "police", "government", "authority", "authorities",
                           "security", "military", "soldier", "soldiers"})


def _fighters_surrendered(q: Cue):
    """"120 Boko Haram fighters surrendered to the army": armed men laying down their arms to the state is an
    agreement between them (as ACLED codes it); never a surrender of a document, a right or a match."""
    subj = next((c for c in q.tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    armed = role_of_head(subj) in (ARMED, UNKNOWN) or subj.i in q.tok_ent or any(
        c.i in q.tok_ent for c in subj.subtree)
    to_state = any(c.lower_ in ("to", "before") and any(g.lemma_.lower() in _SURRENDER_TO for g in c.subtree)
                   for c in q.tok.children if c.dep_ == "prep")
    return "AGREE" if armed and (to_state or q.in_objects(L.WEAPON_NOUNS)) else None


_PRISONERS = frozenset({"prisoner", "detainee", "hostage", "captive", "pow", "pows", "abductee"})


def _prisoners_released(q: Cue):
    # "the rebels released 40 prisoners as part of the truce", "Hamas freed 13 hostages": a release agreed between
    # the sides (ACLED's agreements); a suspect released on bail is no such thing
    # the release must be part of a deal the sentence names: a group freeing its captives or a state releasing
    # detainees on its own ("detainees were released after mediation") is no agreement
    agreed = any(t.lemma_.lower() in _AGREED_RELEASE for t in q.tok.sent)
    return "AGREE" if agreed and q.in_objects(_PRISONERS) and not q.in_objects({"bail", "bond"}) else None


_AGREED_RELEASE = frozenset({"swap", "exchange", "deal", "truce", "ceasefire", "cease-fire", "agreement", "accord",
                             "understanding", "pact", "negotiate", "negotiation", "brokered", "broker", "agree"})


_RELATIONS = frozenset({"relation", "relations", "tie", "ties", "contact", "contacts"})
_EXCHANGED = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "prisoner", "prisoners",
                     "detainee", "detainees", "captive", "captives", "hostage", "hostages", "body", "bodies"})
_MISSIONS = frozenset({"embassy", "consulate", "mission", "legation"})


def _relations_restored(q: Cue):
    # "Iran and Saudi Arabia restored diplomatic relations"; never "restored order" or "restored power"
    if _control_of_ground(q):
        return _territory_taken(q)  # "troops restored control over the district after driving out the rebels"
    return "AGREE" if q.in_objects(_RELATIONS) else None


def _control_of_ground(q: Cue) -> bool:
    """Control established or restored over ground named as such or by its name: "established control over several
    villages", "restored control over Kunduz" (not "over the economy", "over the party")."""
    return "control" in q.obj_lemmas and any(
        g.lemma_.lower() in TERRITORY_OBJECTS - {"control"} or g.pos_ == "PROPN" and g.i not in q.tok_ent
        for o in (*q.objs, q.tok) for c in o.children if c.dep_ == "prep" and c.lower_ in ("of", "over")
        for g in c.children if g.dep_ == "pobj")


def _envoys_exchanged(q: Cue):
    # "Turkey and Egypt exchanged ambassadors", "the sides exchanged prisoners": an agreed exchange; gunfire
    # exchanged is a clash, whose type follows who fought
    if q.obj_lemmas & _GUNFIRE:
        return "OPERATION"
    return "AGREE" if q.obj_lemmas & _EXCHANGED else None


_GUNFIRE = frozenset({"fire", "gunfire", "shot", "shots", "bullet", "bullets", "salvo", "volley"})


def _fire_traded(q: Cue):
    """"militants and soldiers traded fire": a clash."""
    return "OPERATION" if q.obj_lemmas & _GUNFIRE else None


def _warned_against(q: Cue):
    """"Washington warned Pyongyang against further tests", "warned Kabul to act": a demand on a named party;
    never "officials warned of more attacks"."""
    if "against" in q.parts or any(c.dep_ in ("xcomp", "ccomp") and any(g.lower_ == "to" for g in c.children)
                                   for c in q.tok.children):
        return "DEMAND" if q.objs else None
    return None


# the words of a phrase that names an armed party, not a state ("the armed group", "a rebel faction")
_ARMED_SIDES = frozenset({"armed", "rebel", "militant", "militia", "insurgent", "jihadist", "faction"})


# what is broken up as an organisation, not a gathering ("broke up a TTP cell", not "broke up a protest")
_NETWORKS = frozenset({"network", "cell", "ring", "module", "gang", "syndicate", "nexus"})


def _network_broken_up(q: Cue):
    """"Police broke up a TTP cell in Karachi", "the group's financing network was broken up": the people who
    work together taken apart ("the meeting broke up", "police broke up a protest" are no such step)."""
    return "DISMANTLE" if "up" in q.parts and q.obj_lemmas & _NETWORKS else KEEP


def _group_money_cut_off(q: Cue):
    """"cut off funding to seminaries linked to the banned outfit", "cut off the TTP's funding", "cut off the
    supply of funds to the BLA": a money channel of an armed group shut (not "cut off military aid to Pakistan",
    "cut off funding to the hospital")."""
    if "off" not in q.parts or not any(_money_raised(t) for o in q.objs for t in o.subtree):
        return KEEP
    # whose money: the object's phrase or the verb's "to" phrase, with what is said of them
    phrases = [*q.objs, *(g for c in q.tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children)]
    return "FINANCE" if any(t.i in q.tok_ent and q.tok_ent[t.i][3] == "group" or _banned_outfit(t)
                            or t.lemma_.lower() in TERROR_PEOPLE for p in phrases for t in p.subtree) else None


def _relations_cut(q: Cue):
    """"Kenya severed diplomatic relations with Somalia", "Qatar cut ties with the Maldives", "broke off relations",
    "downgraded its diplomatic relations": a measure of one state against another (never "cut the power supply",
    "broke the record")."""
    if q.tok.lemma_.lower() == "break" and "off" not in q.parts:
        return None
    who = _subject_or_agent(q.tok)
    if who is not None and (who.i in q.tok_ent and q.tok_ent[who.i][3] == "group" or role_of_head(who) == ARMED
                            or {t.lemma_.lower() for t in _phrase_words(who)} & _ARMED_SIDES):
        return None  # "the group cut ties with al-Qaeda": an armed group's allegiance, no state's measure
    return "SANCTION" if q.obj_lemmas & _RELATIONS else None


def _relations_set_up(q: Cue):
    # "Israel and the UAE established diplomatic relations"; never "established a base" or "a committee"
    if _control_of_ground(q) and _fought_for(q.tok.sent, q.tok_ent):
        # "the army established control over several villages after clashes with the militants" (control
        # established with no fight told is as often ground handed over)
        return _territory_taken(q)
    return "AGREE" if q.obj_lemmas & _RELATIONS else None


# visitors of rank whom a state's leaders receive ("the crown prince received the army chief")
_VISITORS = frozenset({"delegation", "envoy", "minister", "counterpart", "president", "leader", "official",
                       "officials", "ambassador", "premier", "chancellor", "king", "prince", "secretary",
                       "representative", "representatives", "chief", "emir", "sultan", "monarch", "delegate",
                       "delegates", "diplomat", "diplomats", "commissioner"})


def _visitor_received(q: Cue):
    """"The Saudi crown prince received the Pakistani army chief": a meeting; never a letter, a call or threats
    received, nor a visitor named only inside them ("received a letter from the president")."""
    if "from" in q.parts:
        return "EXTRADITE" if _received_from_a_state(q) else None
    return "MEET" if q.obj_lemmas & _VISITORS and not any(o.lemma_.lower() in ("call", "letter", "message")
                                                          for o in q.objs) else None


def _received_from_a_state(q: Cue) -> bool:
    """Wanted people a state received from another ("China received two ETIM suspects from Afghanistan"): a
    handover told by the side that took them (not "received a letter from Kabul", "received refugees")."""
    wanted = q.objs and (q.in_objects(_WANTED_PEOPLE, clauses=False) or q.in_objects(L.MILITANT_NOUNS, clauses=False)
                         or any(g.i in q.tok_ent and q.tok_ent[g.i][3] == "group" for o in q.objs
                                for g in _phrase_words(o)))
    return bool(wanted) and any(c.dep_ == "prep" and c.lower_ == "from" and any(
        g.i in q.tok_ent and q.tok_ent[g.i][3] == "actor" or g.dep_ == "pobj" and g.lower_ in _COUNTRY_NAMES
        for g in c.subtree) for c in q.tok.children)


_COUNTRY_NAMES = frozenset(c[0].lower() for c in COUNTRIES)


def _membership_suspended(q: Cue):
    # "the African Union suspended Mali's membership": a measure against a state (never "suspended the talks")
    return "SANCTION" if q.obj_lemmas & {"membership"} else None


def _mission_closed(q: Cue):
    # "Kenya closed its embassy in Mogadishu": a measure of one state against another
    return "SANCTION" if q.in_objects(_MISSIONS) else KEEP


def _signed_agreement(q: Cue):
    return KEEP if q.obj_lemmas & (_PACTS | {"declaration", "charter", "communique", "communiqué"}) else None


# the plans of peace a party may accept: "accepted the peace plan", "accepted the ceasefire proposal"
_PEACE_OFFERS = frozenset({"plan", "proposal", "offer", "initiative", "terms", "framework", "roadmap"})
_OF_PEACE = frozenset({"peace", "ceasefire", "cease-fire", "truce", "settlement", "reconciliation"})


def _pact_accepted(q: Cue):
    """"The rebels accepted the ceasefire", "the militia leaders accepted the peace plan": a pact agreed to (never
    "accepted responsibility", "accepted the resignation", "accepted the plan for a new road")."""
    if q.obj_lemmas & _PACTS:
        return "AGREE"
    return "AGREE" if q.obj_lemmas & _PEACE_OFFERS and any(
        g.lemma_.lower() in _OF_PEACE for o in q.objs for g in _phrase_words(o)) else None


# what is committed as a deed, not promised: crimes, abuses and wrongs ("committed rape", "committed atrocities")
_MISDEEDS = frozenset({"crime", "attack", "suicide", "murder", "rape", "gang-rape", "atrocity", "abuse", "violation",
                       "massacre", "genocide", "offence", "offense", "violence", "torture", "theft", "fraud",
                       "robbery", "assault", "killing", "killings", "excess", "excesses", "mistake", "blunder",
                       "error", "sin", "irregularity", "irregularities", "breach", "breaches", "felony"})


def _not_committed_crime(q: Cue):
    return None if any(c.lemma_.lower() in _MISDEEDS or c.lower_ in _MISDEEDS for o in q.objs
                       for c in (o, *o.conjuncts)) else KEEP


def _into_the_air(tok: Token) -> bool:
    """"fired in the air", "firing into the air": shots to scare or disperse, at nobody."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "into") and any(g.lower_ == "air" for g in c.children)
               for c in tok.children)


def _fired_at(q: Cue):
    if _into_the_air(q.tok) or _weapon_test(q.tok):
        return None
    if q.parts & {"at", "on", "upon"} or q.objs:
        return KEEP
    if any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _DISPERSE for c in q.tok.children):
        return KEEP  # "police fired to disperse the mob": fire at the crowd it was to scatter
    # "a woman was injured in firing by Indian troops": the noun, read by the parse as a gerund, with who fired
    return KEEP if q.tok.tag_ == "VBG" and (q.tok.dep_ == "pcomp" and _by_agent(q.tok) or forces_firing(q.tok) is not None) \
        else None


_FIRING_FORCES = frozenset({"police", "army", "troops", "paramilitary", "rangers", "bsf", "crpf", "srp"})


def forces_firing(tok: Token) -> Token | None:
    """"died in police firing", "police firing claimed three lives": the noun "police firing", read by the parse
    as a gerund after the forces that fired (the object of "in", "by" or "due to", or the subject, with the gerund
    said of it) or on them as a compound; those forces, or None."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if tok.lower_ != "firing" or before is None or before.lower_ not in _FIRING_FORCES \
            or any(c.dep_ in ("dobj", "nsubj") for c in tok.children):
        return None
    if before.dep_ == "pobj" or before.dep_ == "compound" and before.head.i == tok.i \
            or before.dep_ in ("nsubj", "nsubjpass") and tok.head.i == before.i and tok.dep_ == "acl":
        return before
    return None


_DISPERSE = frozenset({"disperse", "scatter", "quell", "control"})


def _weapon_test(tok: Token) -> bool:
    """A weapon fired or launched as a test: "test-fired the Shaheen-III missile", "test launched a cruise
    missile" (no one is fired at)."""
    if any(c.lower_ == "test" and c.dep_ in ("npadvmod", "compound", "advmod", "amod") for c in tok.children):
        return True
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "test"


def _by_agent(tok: Token) -> bool:
    return any(c.dep_ in ("prep", "agent") and c.lower_ == "by" and any(g.dep_ == "pobj" for g in c.children)
               for c in tok.children)


def _set_ablaze(q: Cue):
    """"set on fire", "set ablaze", "set fire to": an arson attack."""
    kids = list(q.tok.children)
    if any(c.lower_ in ("ablaze", "alight", "afire") for c in kids):
        return "ATTACK"
    if any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "fire" for g in c.children) for c in kids):
        return "ATTACK"
    return "ATTACK" if any(c.dep_ == "dobj" and c.lower_ == "fire" for c in kids) and "to" in q.parts else None


def _hit_something(q: Cue):
    tok = q.tok
    if q.objs:
        return KEEP
    if tok.lemma_.lower() == "target" and any(c.dep_ == "nsubj" for c in tok.children) and any(
            t.lemma_.lower() in ("kill", "injure", "wound", "shoot") for t in tok.sent):
        return KEEP
    return None


def _physical_target(q: Cue):
    if q.tok.lower_ == "striking" and q.tok.dep_ == "amod":
        return None  # "striking miners", "striking doctors": people on strike, no blow struck
    if q.obj_lemmas == {"target"}:
        # "jets struck targets in Gaza", "the air force hit 30 targets": what forces or weapons strike is a place
        # (a sales or revenue target is hit by no one who fires)
        who = _subject_or_agent(q.tok)
        return KEEP if who is not None and who.lemma_.lower() in _STRIKING_HEADS | PROJECTILES else None
    if _fired_subject(q.tok):
        return KEEP  # "mortar rounds struck a market": what fire strikes is a place, never a stock market
    return None if q.obj_lemmas and q.obj_lemmas <= L.NONPHYSICAL_TARGETS else KEEP


def _destroyed_from_the_air(q: Cue):
    # "drones destroyed tanks and artillery positions", "jets destroyed a bridge": an air strike (what troops on
    # the ground destroy is read by what it was: a cache, a hideout)
    who = _subject_or_agent(q.tok)
    if who is not None and q.obj_lemmas & _FIGHTING_POSITIONS and role_of_head(who) in (STATE, ARMED):
        return "OPERATION"  # "forces retaliated and destroyed several Taliban posts": a fight, typed by who fought
    return "OPERATION" if who is not None and who.lemma_.lower() in _AIRCRAFT and q.objs else KEEP


def _wrecked_by_armed_men(q: Cue):
    # "Tehrik i Taliban militants destroyed a girls' school with explosives", "militants destroyed two NATO supply
    # trucks": what armed men or explosives wreck (not a cache or a hideout, read by what it was) is their attack
    who = _subject_or_agent(q.tok)
    armed = who is not None and (role_of_head(who) == ARMED or who.i in q.tok_ent and q.tok_ent[who.i][3] == "group")
    blasted = any(c.dep_ == "prep" and c.lower_ in ("with", "using") and any(
        g.lemma_.lower() in EXPLOSIVE_NOUNS for g in c.children if g.dep_ == "pobj") for c in q.tok.children)
    if (armed or blasted) and q.objs and not q.in_objects(L.DISMANTLE_OBJECTS | L.WEAPON_NOUNS) \
            and not q.obj_lemmas & _FIGHTING_POSITIONS:
        return "ATTACK"
    return KEEP


# explosives, as laid or used ("with explosives", "hit a roadside mine")
EXPLOSIVE_NOUNS = frozenset({"explosive", "explosives", "bomb", "dynamite", "ied", "device", "mine", "landmine"})


# what one side holds in a fight: the posts and positions another side destroys by force
_FIGHTING_POSITIONS = frozenset({"post", "checkpost", "outpost", "position", "bunker", "trench", "picket"})


def _not_demands_met(q: Cue):
    return None if q.tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in q.tok.children) else KEEP


_COME_UPON = frozenset({"across", "upon", "on"})


def _weapons_come_upon(q: Cue):
    # "troops came across a cache of arms in a cave", "police stumbled upon a bomb-making factory": weapons found
    # (the thing is the preposition's object, not the verb's; people or places come upon are nothing)
    found = [g for c in q.tok.children if c.dep_ in ("prep", "prt") and c.lower_ in _COME_UPON
             for g in c.subtree if g is not c]
    if not found and "across" in q.parts:  # "came across" parsed as a particle, the cache as the object
        found = [g for c in q.objs for g in c.subtree]
    if any(g.lemma_.lower() in L.WEAPON_NOUNS | {"cache", "depot", "dump", "factory", "stockpile", "arsenal"}
           for g in found):
        return "DISMANTLE"
    return None


_HARMLESS = frozenset({"safe", "harmless", "inert", "ineffective", "inoperable", "unusable"})


def _rendered_harmless(q: Cue):
    # "army engineers made the roadside bomb safe", "the device was rendered harmless": a bomb made safe
    said = [c for c in q.tok.children if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and c.lower_ in _HARMLESS]
    if said and (q.in_objects(_BOMBS) or any(g.lemma_.lower() in _BOMBS for c in said for g in c.subtree)):
        return "DISMANTLE"
    return None


def _pounded_positions(q: Cue):
    # "helicopter gunships hammered rebel positions outside the city", "jets rained bombs on militant hideouts":
    # force against positions or fighters, typed by who used it (never a deal hammered out, praise rained down)
    if q.tok.lemma_.lower() == "rain":
        on = [g for c in q.tok.children if c.dep_ == "prep" and c.lower_ in ("on", "down", "onto")
              for g in c.children if g.dep_ == "pobj"]
        return "OPERATION" if q.in_objects(PROJECTILES | _BOMBS | {"shell", "fire", "bullet"}) and on else None
    if "out" in q.parts:
        return None
    return "OPERATION" if q.in_objects(_STRUCK_PLACES | L.MILITANT_NOUNS | {"rebel", "rebels"}) else None


def _weapons_blown_up(q: Cue):
    # "troops blew up a cache of explosives found in the cave": weapons destroyed by forces (what militants blow
    # up stays their attack)
    who = _subject_or_agent(q.tok)
    if "up" in q.parts and who is not None and role_of_head(who) == STATE and q.in_objects(
            L.WEAPON_NOUNS | {"cache", "depot", "dump", "stockpile", "arsenal", "device", "ied"}):
        return "DISMANTLE"
    return KEEP


# --- words of action said of talk, politics and moods: a tension defused, a walkout stormed, an idea shot down
# a strain eased, not a bomb made safe: "talks defused the crisis", "the tension slowly defused"
_STRAINS = frozenset({"tension", "situation", "crisis", "standoff", "stand-off", "row", "dispute", "anger", "impasse",
                      "deadlock", "feud", "rift", "unrest", "confrontation", "controversy"})


def _strain_eased(q: Cue):
    eased = q.obj_lemmas | {c.lemma_.lower() for c in q.tok.children if c.dep_ == "nsubj"}
    return None if eased & _STRAINS else KEEP


def _stormed_off(q: Cue):
    # "lawmakers stormed out of the chamber", "she stormed off the set": a walkout in anger, not an assault
    return None if q.parts & {"out", "off"} else KEEP


# what a politician shoots down: a suggestion, a plan, a rumour
_IDEAS = frozenset({"suggestion", "proposal", "idea", "talk", "claim", "report", "rumour", "rumor", "plan", "bill",
                    "motion", "demand", "request", "notion", "speculation", "offer", "resolution", "amendment",
                    "argument", "theory", "allegation", "charge", "move"})
# the words of a retort: "shot back, saying ...", "shot back at critics"
_RETORTS = frozenset({"say", "tell", "ask", "insist", "retort", "add", "claim", "accuse", "question"})
_CRITICS = frozenset({"critic", "opponent", "rival", "detractor", "opposition", "journalist", "reporter"})


def _shot_in_words(q: Cue):
    """"The prime minister shot down suggestions that he would resign", "the minister shot back at critics,
    saying ...": an idea rejected or a retort, no shot fired ("troops shot down a drone", "soldiers shot back
    when gunmen opened fire" stay as they are)."""
    if "down" in q.parts and q.obj_lemmas & _IDEAS:
        return None
    if "back" in q.parts and not q.objs and (
            any(c.dep_ in ("advcl", "ccomp", "xcomp", "conj") and c.lemma_.lower() in _RETORTS for c in q.tok.children)
            or any(c.dep_ == "prep" and c.lower_ == "at" and any(g.lemma_.lower() in _CRITICS for g in c.children)
                   for c in q.tok.children)):
        return None
    return KEEP


def _barring_as_except(q: Cue):
    # "Barring a few stray incidents, the city remained calm": "barring" read as "except", with no one barred from
    # anything ("barring them from contesting" keeps its "from")
    if q.tok.lower_ == "barring" and "from" not in q.parts and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in q.tok.children):
        return None
    return KEEP


# campaigns of words, money or charm, not of arms: "a diplomatic offensive", "a charm offensive"
_CAMPAIGNS_OF_WORDS = frozenset({"diplomatic", "charm", "political", "verbal", "media", "propaganda", "legal",
                                 "publicity", "pr", "peace", "lobbying", "rhetorical", "legislative", "electoral",
                                 "public", "relations", "marketing", "sales", "advertising"})


def _armed_offensive(q: Cue):
    kinds = {c.lower_ for c in q.tok.children if c.dep_ in ("amod", "compound")}
    return None if kinds & _CAMPAIGNS_OF_WORDS else KEEP


# the bodies and voices of politics, under attack in words: "the government came under attack from its allies"
_POLITICAL_BODIES = frozenset({"government", "minister", "party", "leadership", "leader", "opposition", "president",
                               "administration", "cabinet", "policy", "premier", "chief", "unit", "ally", "member",
                               "colleague", "lawmaker", "legislator", "mp", "media", "press", "activist", "decision",
                               "budget", "bill", "court", "judiciary", "speaker", "spokesman", "spokesperson"})
# what an attack in words is made on: "a direct attack on democracy", "an attack on the constitution"
_ABSTRACTIONS = frozenset({"democracy", "constitution", "freedom", "liberty", "secularism", "judiciary", "right",
                           "economy", "federalism", "autonomy", "dignity", "value", "culture", "livelihood",
                           "principle", "institution", "credibility", "character", "integrity", "reputation",
                           "sovereignty", "independence", "humanity", "unity"})


_ARMED_WORDS = L.MILITANT_NOUNS | L.WEAPON_NOUNS
# who may be criticised, or criticise, in the words of an attack
_WORDS_TARGETS = _POLITICAL_BODIES | _CRITICS


def _armed_words_in(tok: Token) -> bool:
    return any(t.lemma_.lower() in _ARMED_WORDS for t in tok.sent)


def _criticised(attack: Token) -> bool:
    """"The government came under attack from its allies over the budget", "the leadership, under attack from its
    own members": criticism of a political body or by one, told with no armed party or weapon in the sentence
    ("the convoy came under attack from militants" stays an attack)."""
    under = attack.head
    if attack.dep_ != "pobj" or under.lower_ != "under" or _armed_words_in(attack):
        return False
    held = under.head  # the verb ("came under attack") or the noun said to be under it
    who = {c.lemma_.lower() for c in held.children if c.dep_ in ("nsubj", "nsubjpass")} | {
        g.lemma_.lower() for h in (attack, held) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
        for g in c.children if g.dep_ == "pobj"}
    if held.pos_ in ("NOUN", "PROPN"):
        who.add(held.lemma_.lower())
    return bool(who & _WORDS_TARGETS)


def _attack_in_words(q: Cue):
    attacks = [g for c in q.tok.children if c.dep_ == "prep" and c.lower_ == "under" for g in c.children
               if g.lemma_.lower() == "attack"]
    return None if attacks and _criticised(attacks[0]) else KEEP


def _salvo_in_words(q: Cue):
    # "the minister fired a salvo at the opposition": words aimed at a rival (not "a salvo of rockets")
    salvos = [o for o in q.objs if o.lemma_.lower() in ("salvo", "broadside")]
    if not salvos or any(c.dep_ == "prep" and c.lower_ == "of" for o in salvos for c in o.children) \
            or _armed_words_in(q.tok):
        return KEEP
    at = {g.lemma_.lower() for c in q.tok.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children}
    return None if at & _WORDS_TARGETS or not at else KEEP


def _attack_of_words(q: Cue):
    # "termed it a direct attack on democracy", "an attack on the constitution": a wrong named, not a blow struck
    on = {g.lemma_.lower() for c in q.tok.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "against")
          for g in c.children if g.dep_ == "pobj"}
    return None if on and on <= _ABSTRACTIONS or _criticised(q.tok) else KEEP


def _not_adjectival(q: Cue):
    return None if q.tok.dep_ in ("amod", "compound") and q.tok.tag_ == "VBN" else KEEP


# what a vow of force promises: to strike back, avenge, punish or fight on (a threat, not an assurance)
_REPRISAL_VERBS = frozenset({"retaliate", "avenge", "revenge", "respond", "punish", "fight", "hit", "strike", "react",
                             "reply", "teach", "defend", "resist", "crush"})
# the force vowed against a named party is a step against it ("pledged to fight ISKP", "vowed to crush Daesh")
_FORCE_VERBS = frozenset({"fight", "strike", "hit", "crush", "punish"})
_REPRISAL_NOUNS = frozenset({"revenge", "retaliation", "reprisal", "response", "reply", "vengeance", "retribution",
                             "jihad", "war", "fight", "resistance", "befitting", "lesson"})


def _vowed_reprisal(q: Cue):
    # "vowed to retaliate", "vowed revenge for the strikes", "vowed a befitting response", "vowed to fight on": a
    # threat of force, not an assurance ("vowed to take action against anyone using Afghan soil" stays one)
    tok = q.tok
    if tok.pos_ != "VERB":
        return KEEP
    promised = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    for verb in promised:
        lemma = verb.lemma_.lower()
        against = [c for c in verb.children if c.dep_ == "dobj"] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ == "against" for g in c.children if g.dep_ == "pobj"]
        if lemma in _REPRISAL_VERBS and not (lemma in _FORCE_VERBS and any(
                any(x.i in q.tok_ent and q.tok_ent[x.i][3] == "group" for x in g.subtree)
                or g.lemma_.lower() in TERROR_PEOPLE | {"terrorism", "extremism", "group"} for g in against)):
            return None
    if any(o.lemma_.lower() in _REPRISAL_NOUNS or any(a.lemma_.lower() in _REPRISAL_NOUNS for a in o.children
                                                        if a.dep_ in ("amod", "compound"))
           for o in q.objs):
        return None
    return KEEP


# The verb table: (lemmas, constraint), read in order; the first constraint that does not KEEP decides.
VERB_CONSTRAINTS: list[tuple[frozenset[str], Constraint]] = [
    (frozenset({"vow", "pledge", "promise", "swear"}), Constraint("not a threat of reprisal", _vowed_reprisal,
                                                                  "the ministry vowed to retaliate")),
    (frozenset({"defuse"}), Constraint("not a strain eased", _strain_eased,
                                       "talks defused the crisis (not 'police defused a bomb')")),
    (frozenset({"storm"}), Constraint("not a walkout", _stormed_off, "lawmakers stormed out of the chamber")),
    (frozenset({"shoot"}), Constraint("not an idea shot down or a retort", _shot_in_words,
                                      "the minister shot down suggestions that he would resign")),
    (frozenset({"bar"}), Constraint("not 'barring' as 'except'", _barring_as_except,
                                    "barring a few stray incidents, the city remained calm")),
    (frozenset({"come"}), Constraint("not criticism", _attack_in_words,
                                     "the government came under attack from its allies over the budget")),
    (frozenset({"fire"}), Constraint("not a salvo of words", _salvo_in_words,
                                     "the minister fired a salvo at the opposition")),
    (frozenset({"round", "pick", "lock"}), Constraint("particle up", _particle("up"),
                                                      "police rounded up 30 suspects; picked up two men")),
    (frozenset({"pick"}), Constraint("people picked up", _people_picked_up,
                                     "agencies picked up two students (not 'police picked up the bodies')")),
    (frozenset({"lock"}), Constraint("people locked up", _people_locked_up,
                                     "police locked up the suspects (not 'traders locked up their shops')")),
    (frozenset({"take"}), Constraint("taken into custody, a place taken or people taken by forces", _taken,
                                     "were taken into custody at the railway station")),
    (frozenset({"advance"}), Constraint("forces advanced on", _advanced_on, "government forces advanced on the town")),
    (frozenset({"book"}), Constraint("a person booked", _person_object, "police booked four men for rioting")),
    (frozenset({"execute", "hang"}), Constraint("a person executed", _person_object,
                                        "the Taliban executed a man accused of spying (not 'executed the operation')")),
    (frozenset({"send"}), Constraint("sent to jail", _to_jail, "the accused were sent to jail")),
    (frozenset({"apprehend", "arrest", "detain", "nab"}), Constraint(
        "people arrested", _arrest_object, "arrested 14 members (not 'arrest the decline', 'apprehended a threat')")),
    (frozenset({"apprehend"}), Constraint("someone apprehended", _has_object, "CTD apprehended a TTP commander")),
    (frozenset({"apprehend", "arrest", "detain", "capture", "nab"}), Constraint(
        "not the held people handed over", _not_held_people_handed_over,
        "transferred five detained militants to Pakistan (the handover, not another arrest)")),
    (frozenset({"capture"}), Constraint("people or ground captured, not seats or scenes", _captured_people,
                                        "captured four Daesh fighters (not 'captured 88 seats')")),
    (frozenset({"catch"}), Constraint("people caught by forces", _caught,
                                      "police caught two youths looting a shop (not 'caught in the crossfire')")),
    (frozenset({"hold"}), Constraint("people held", _held_people,
                                     "four men were held (not 'one such sabha was held'; 'talks were held' is MEET)")),
    (frozenset({"hand"}), Constraint("handed over", _handed_over, "handed four suspects over to Pakistan")),
    (frozenset({"transfer"}), Constraint("into another's custody", _transferred_into_custody,
                                         "transferred three men to Pakistani custody (not money or posts)")),
    (frozenset({"move", "shift"}), Constraint("moved away", _moved_away,
                                              "moved the fighters out of the corridor (not 'the talks moved')")),
    (frozenset({"remove", "resettle"}), Constraint("a group's fighters moved", _fighters_moved,
                                                   "removed Uyghur fighters of the ETIM from Badakhshan (not 'removed "
                                                   "the injured from the site', 'removed the ban')")),
    (frozenset({"open"}), Constraint("opened fire", _opened_fire, "gunmen opened fire on the post")),
    (frozenset({"hack", "beat", "bludgeon", "club", "stone", "torture", "batter"}),
     Constraint("done to death", _done_to_death, "unknown assailants hacked a man to death in Mohammadpur")),
    (frozenset({"fight"}), Constraint("armed parties fighting", _armed_fighting,
                                      "fighting between government troops and separatists killed five people")),
    (frozenset({"call"}), Constraint("called on or for", _called_on, "Pakistan called on Kabul to act")),
    (frozenset({"expect", "hope"}), Constraint("a party expecting another to act", _expected_of,
                                       "Pakistan expects the Afghan interim government to act against the TTP")),
    (frozenset({"want"}), Constraint("not a wanted man", _not_wanted_man, "three men wanted for attacks")),
    (SAYING_DEMAND, Constraint("saying another failed to act", _said_another_failed,
                               "Pakistan said the Afghan Taliban had failed to act on its requests to rein in the TTP")),
    (SAYING_DEMAND | {"insist"}, Constraint("saying its soil will not be used", _said_soil_not_used,
                                             "The Taliban said Afghan soil would not be used against any country")),
    (SAYING_DEMAND | {"insist"}, Constraint("saying a group is not there", _said_none_there,
                                             "Mujahid said there was no TTP presence in Afghanistan")),
    (SAYING_DEMAND, Constraint("stressing the need for action", _need_stressed,
                               "Foreign Minister Ishaq Dar stressed the need for concrete steps against the TTP")),
    (SAYING_DEMAND, Constraint("saying another must act", _told_to_act,
                                "Pakistan said the Taliban must take action against the TTP")),
    (frozenset({"insist"}), Constraint("insisted on, not that it is so", _insisted_on,
                                       "Islamabad insisted that the men be handed over (not 'insists it has "
                                       "arrested dozens')")),
    (frozenset({"ask", "want", "press", "request"}), Constraint("with what is asked", _has_complement,
                                                                "Islamabad asked Kabul to hand them over")),
    (frozenset({"press"}), Constraint("not the press", _not_press_conference, "told a press conference")),
    (frozenset({"detonate", "explode", "blow"}), Constraint("a controlled explosion", _controlled_explosion,
                                                         "engineers detonated the shells in a controlled explosion")),
    (frozenset({"dislodge"}), Constraint("people dislodged", _people_dislodged,
                                         "soldiers dislodged the militants from their positions on the ridge")),
    (frozenset({"put", "lodge"}), Constraint("people jailed", lambda q: _people_jailed(q) or KEEP,
                                             "the accused were put behind bars; lodged in the central jail")),
    (frozenset({"place", "put", "add", "include"}), Constraint(
        "put on a watch list", _put_on_watch_list, "placed the TTP chief on the Fourth Schedule; added two "
                                                    "commanders to the sanctions list")),
    (frozenset({"repatriate"}), Constraint("fighters or suspects repatriated", _fighters_repatriated,
                                           "a TTP commander was repatriated to Pakistan (not refugees or remains)")),
    (frozenset({"designate"}), Constraint("designated a terrorist outfit", _designated_terrorist,
                                          "designated the Majeed Brigade as a terrorist organisation")),
    (frozenset({"declare"}), Constraint("declared persona non grata or a proscribed outfit", _persona_non_grata,
                                        "declared the military attache persona non grata")),
    (frozenset({"drop"}), Constraint("bombs dropped", _bombs_dropped,
                                     "government aircraft dropped barrel bombs on the town (not 'dropped charges')")),
    (frozenset({"disappear"}), Constraint("forcibly disappeared", _forcibly_disappeared,
                                          "an activist was forcibly disappeared (not 'the files disappeared')")),
    (frozenset({"clear"}), Constraint("cleared of militants", _cleared_of,
                                      "troops cleared the valley of militants (not 'police cleared the road')")),
    (frozenset({"free", "liberate"}), Constraint("people freed from militants", _freed_from_militants,
                                                 "commandos freed 12 prisoners from a Taliban prison")),
    (TERRITORY_VERBS, Constraint("territory taken", _territory_taken,
                                 "captured a key neighbourhood; freed several villages; seized control of the town")),
    (frozenset({"find", "discover", "unearth", "detect", "clear"}), Constraint(
        "weapons found", _weapons_found, "explosive devices were found and defused; discovered a depot of weapons")),
    (L.BODY_FOUND_VERBS, Constraint("a body found", _body_found,
                                                 "the bullet-riddled body of a policeman was found")),
    (frozenset({"launch"}), Constraint("projectiles launched at", _projectile_launched,
                                       "launched drones at a US destroyer")),
    (frozenset({"throw", "lob", "hurl", "toss", "plant"}), Constraint(
        "something thrown", _thrown, "lobbed a hand grenade into a house; hurled a cracker at their office")),
    (frozenset({"go"}), Constraint("went off", _went_off, "a bomb went off near a police van")),
    (frozenset({"leave"}), Constraint("left dead by an explosive", _left_harmed_by_device,
                                      "a roadside bomb left two soldiers dead (not 'the Taliban left the district')")),
    (frozenset({"rip", "tear"}), Constraint("an explosion ripped or tore through", _ripped_through,
                                    "a bomb ripped through a crowded market")),
    (frozenset({"summon", "recall"}), Constraint("an envoy summoned or recalled", _envoy_summoned,
                                                 "the foreign office summoned the Afghan charge d'affaires")),
    (frozenset({"seal"}), Constraint("premises or money sealed", _sealed_premises,
                                     "sealed three money exchange shops accused of moving funds for the TTP")),
    (frozenset({"conclude", "seal", "ink", "broker"}), Constraint(
        "a pact concluded", _pact_concluded, "the two sides sealed a ceasefire deal; inked a memorandum")),
    (frozenset({"lodge"}), Constraint("a protest lodged", _protest_lodged, "Islamabad lodged a strong protest")),
    (frozenset({"disarm", "neutralise", "neutralize", "dispose"}), Constraint(
        "a bomb made safe", _bomb_made_safe, "the bomb disposal squad disarmed the device")),
    (frozenset({"infiltrate"}), Constraint("infiltrated a place, not from one", _infiltrated_into,
                                           "gunmen infiltrated the camp (not 'had infiltrated from Kunar')")),
    (frozenset({"whisk", "snatch", "spirit"}), Constraint("people whisked away", _whisked_away,
                                                         "gunmen whisked away a trader (ATTACK); police snatched a "
                                                         "suspect (ARREST)")),
    (frozenset({"allow", "permit", "let"}), Constraint("no one allowed to use the soil", _soil_not_allowed,
                                                "they will not allow anyone to use Afghan soil against Pakistan")),
    (frozenset({"charge"}), Constraint("a position charged", _charged_position,
                                       "fighters charged a camp outside the town (not 'charged with murder')")),
    (frozenset({"drive", "push", "flush"}), Constraint("driven out", _driven_out,
                                                       "troops drove the militants out of the valley")),
    (_IMPACT_VERBS, Constraint("a projectile landed", _projectile_landed,
                               "two rockets landed near the airfield; shells fell on homes (not 'the plane landed')")),
    (frozenset({"spray"}), Constraint("bullets sprayed", _sprayed_bullets, "armed men sprayed bullets at a shop")),
    (frozenset({"injure", "wound", "hurt"}), Constraint("wounded by armed men", _armed_wounding,
                                                       "gunmen wounded a teacher (not 'the blast injured five')")),
    (frozenset({"accuse"}), Constraint("an accusation made", _accusation_made,
                                       "the army accused India of firing (not 'executed a man accused of spying')")),
    (frozenset({"come"}), Constraint("came under fire", _came_under_fire, "a police post came under Taliban fire")),
    (frozenset({"engage"}), Constraint("fighters engaged", _fighters_engaged,
                                       "security forces engaged the militants (not 'engaged the Taliban in talks')")),
    (frozenset({"stop", "prevent", "intercept", "thwart", "foil", "repel"}), Constraint(
        "militants stopped", _militants_stopped, "Taliban border guards stopped armed men trying to cross into "
                                                 "Pakistan; foiled an infiltration bid")),
    (frozenset({"expel"}), Constraint("expelled from ground held", _expelled_from_ground,
                                      "the army expelled the terrorists from the last pocket they held")),
    (frozenset({"carry"}), Constraint("people carried away", _carried_away,
                                      "fighters carried away 30 schoolgirls from their dormitory")),
    (frozenset({"surrender"}), Constraint("fighters surrendered to the state", _fighters_surrendered,
                                          "some 120 Boko Haram fighters surrendered to the army")),
    (frozenset({"release"}), Constraint("prisoners released", _prisoners_released,
                                        "the rebels released 40 prisoners as part of the truce")),
    (frozenset({"restore"}), Constraint("relations restored", _relations_restored,
                                        "Iran and Saudi Arabia restored diplomatic relations")),
    (frozenset({"exchange"}), Constraint("envoys or prisoners exchanged", _envoys_exchanged,
                                         "Turkey and Egypt exchanged ambassadors")),
    (frozenset({"warn"}), Constraint("a party warned against", _warned_against,
                                     "Washington warned Pyongyang against further missile tests")),
    (frozenset({"close", "shut"}), Constraint("a diplomatic mission closed", _mission_closed,
                                              "Kenya closed its embassy in Mogadishu")),
    (frozenset({"set"}), Constraint("set on fire", _set_ablaze, "a shop was set on fire by masked men")),
    (frozenset({"trade"}), Constraint("fire traded", _fire_traded, "militants and soldiers traded fire in Kurram")),
    (frozenset({"come", "stumble"}), Constraint("weapons come upon", _weapons_come_upon,
                                                "police came across a cache of weapons during a search")),
    (frozenset({"make", "render"}), Constraint("a bomb rendered harmless", _rendered_harmless,
                                               "army engineers made the roadside bomb safe")),
    (frozenset({"hammer", "rain"}), Constraint("positions pounded", _pounded_positions,
                                               "gunships hammered rebel positions; jets rained bombs on hideouts")),
    (frozenset({"break"}), Constraint("a network broken up", _network_broken_up,
                                      "police broke up a TTP cell in Karachi (not 'broke up a protest')")),
    (frozenset({"cut"}), Constraint("an armed group's money cut off", _group_money_cut_off,
                                    "cut off funding to seminaries linked to the banned outfit")),
    (frozenset({"sever", "cut", "break", "downgrade"}), Constraint("relations cut", _relations_cut,
                                                     "Kenya severed diplomatic relations with Somalia")),
    (frozenset({"establish", "normalise", "normalize"}), Constraint(
        "relations set up", _relations_set_up, "Israel and the UAE established diplomatic relations")),
    (frozenset({"receive"}), Constraint("a visitor of rank received", _visitor_received,
                                        "the crown prince received the Pakistani army chief")),
    (frozenset({"suspend"}), Constraint("a membership suspended", _membership_suspended,
                                        "the African Union suspended Mali's membership")),
    (ONLY_WITH_CONSTRAINT, Constraint("nothing by itself", _never_alone, "found, threw, went, freed")),
    (frozenset({"destroy"}), Constraint("destroyed from the air", _destroyed_from_the_air,
                                        "drones destroyed tanks and artillery positions")),
    (frozenset({"destroy", "demolish", "raze"}), Constraint("wrecked by armed men", _wrecked_by_armed_men,
                                                           "militants destroyed a girls' school with explosives")),
    (frozenset({"seize", "confiscate", "recover", "destroy", "shut", "close", "block", "freeze", "bust", "unearth",
                "demolish", "raze", "uncover", "intercept", "impound"}), Constraint(
        "what was seized", _seized_what,
        "froze the accounts of money changers (FINANCE); recovered weapons and explosives (DISMANTLE)")),
    (frozenset({"sign"}), Constraint("an agreement signed", _signed_agreement, "signed a memorandum on border security")),
    (frozenset({"accept"}), Constraint("a pact accepted", _pact_accepted, "the rebels accepted the peace plan")),
    (frozenset({"commit"}), Constraint("not a crime committed", _not_committed_crime, "those who committed the attack")),
    (frozenset({"fire"}), Constraint("fired at", _fired_at, "fired at a police patrol; injured in firing by troops")),
    (frozenset({"hit", "target"}), Constraint("something hit", _hit_something,
                                              "gunmen targeted four boys ..., killing two")),
    (frozenset({"hit", "target", "strike"}), Constraint("a physical target", _physical_target,
                                                        "the violence hit business (not an attack)")),
    (frozenset({"meet"}), Constraint("not demands met", _not_demands_met, "their demands were met")),
    (frozenset({"host"}), Constraint("a meeting hosted", _hosted_meeting, "Qatar hosted the talks")),
    (frozenset({"murder"}), Constraint("a murder done, not a victim called murdered", _not_adjectival,
                                       "gunmen murdered a rights activist (not 'the funeral of a murdered activist')")),
    (frozenset({"allege"}), Constraint("an allegation made, not a thing called alleged", _not_adjectival,
                                       "Pakistan alleged that the attackers came from Afghanistan (not 'arrested "
                                       "over their alleged links with Daesh')")),
    (frozenset({"deny"}), Constraint("a rebuttal, not a refusal to grant", _rebutted,
                                     "the Taliban denied the report (not 'deny the use of its soil to terrorists')")),
    (frozenset({"ban"}), Constraint("money-raising banned", _money_ban, "banned fundraising by the outfit")),
    (frozenset({"ban"}), Constraint("something banned", _has_object, "the government banned the group")),
    (frozenset({"ban", "bar", "restrict", "prohibit"}), Constraint(
        "not society's people restricted", _civil_life_restricted,
        "the Taliban banned women from attending universities (not 'banned the TTP from carrying weapons')")),
    (frozenset({"proscribe", "ban", "outlaw"}), Constraint("not what a group is", _not_adjectival,
                                                           "the banned TTP; a proscribed group")),
    (frozenset({"blow"}), Constraint("weapons blown up by forces", _weapons_blown_up,
                                     "troops blew up a cache of explosives found in a cave")),
    (frozenset({"blow"}), Constraint("blown up", _particle("up"), "militants blew up a gas pipeline")),
    (frozenset({"distance", "dissociate"}), Constraint("distanced from", _particle("from"),
                                                      "the TTP distanced itself from the bombing")),
]


_STRUCK_PLACES = TERRITORY_OBJECTS | {"hideout", "hideouts", "target", "targets", "camp", "camps", "base", "bases",
                                      "depot", "facility", "facilities", "stronghold", "strongholds", "convoy",
                                      "installation", "installations", "bunker", "bunkers", "launchpad", "vehicle"}
_STRIKING_HEADS = frozenset({"jet", "aircraft", "warplane", "drone", "helicopter", "gunship", "bomber", "plane",
                             "military", "army", "force", "navy", "coalition", "troops"})


_STRIKES_MADE = frozenset({"carry", "conduct", "launch", "mount"})


def _a_state(tok: Token, tok_ent: dict) -> bool:
    return tok.i in tok_ent and tok_ent[tok.i][3] == "actor"


def _air_strike(q: Cue):
    comp = {c.lower_ for c in q.tok.children if c.dep_ in ("compound", "amod")}
    if comp & {"air", "drone", "aerial", "missile", "precision", "surgical", "retaliatory", "cross-border"}:
        return KEEP
    # "jets carried out strikes on rebel-held areas", "strikes against militant hideouts": military strikes, not
    # a strike by workers
    on = [g for c in q.tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
          for g in c.children if g.dep_ == "pobj"]
    if any(g.lemma_.lower() in _STRUCK_PLACES or g.lower_ in _STRUCK_PLACES for g in on):
        return KEEP
    verb = q.tok.head if q.tok.dep_ == "dobj" else None
    if verb is not None and any(c.dep_ == "nsubj" and c.lemma_.lower() in _STRIKING_HEADS for c in verb.children):
        return KEEP
    if verb is not None and verb.lemma_.lower() in _STRIKES_MADE and any(
            c.dep_ == "nsubj" and _a_state(c if c.lower_ not in ("it", "we") or verb.dep_ != "ccomp" else next(
                (s for s in verb.head.children if s.dep_ == "nsubj"), c), q.tok_ent) for c in verb.children):
        # "Pakistan said it had carried out strikes inside Afghanistan": a state carries out strikes with arms
        # (workers stage, hold or observe theirs)
        return KEEP
    if any(c.dep_ == "prep" and c.lower_ in ("inside", "into") for c in q.tok.children):
        return KEEP  # "strikes inside Afghanistan": blows struck across a border, not a stoppage
    if not any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in q.tok.children) and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in q.tok.children) and _lethal(q.tok):
        # "40 civilians died in the strike": the strike people died in is a blow struck
        # (a strike by workers or a hunger strike is named as one)
        return KEEP
    return None


_LETHAL_VERBS = frozenset({"kill", "die", "martyr", "perish", "injure", "wound"})


def _lethal(noun: Token) -> bool:
    """The noun is what people were killed or hurt in ("died in the strike", "were killed in the strike")."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_.lower() in _LETHAL_VERBS


def _a_deal(q: Cue):
    return KEEP if any(c.lower_ in ("a", "an", "the", "new") for c in q.tok.children) else None


_PACT_VERBS = frozenset({"reach", "sign", "strike", "conclude", "seal", "ink", "arrive", "hammer", "finalise",
                         "finalize"})


def _understanding_reached(q: Cue):
    # "negotiators reached an understanding on a prisoner exchange" (not "a better understanding of")
    return KEEP if q.tok.dep_ == "dobj" and q.tok.head.lemma_.lower() in _PACT_VERBS else None




def _firing_by(q: Cue):
    kids = q.tok.children
    if _into_the_air(q.tok) or any(c.lower_ == "aerial" for c in q.tok.children):
        return None  # "police resorted to firing in the air", "aerial firing"
    if any(c.lower_ in ("police", "security", "army") for c in q.tok.children) or _by_agent(q.tok):
        return KEEP  # "firing by Indian troops", "firing by unknown gunmen": the type follows who fired
    return "ATTACK" if any(c.lower_ in ("indiscriminate", "unprovoked", "heavy") for c in kids) else None


# what befalls someone held ("died in police custody", "tortured to death in custody"): a death or abuse in
# custody tells of no arrest of its own
_CUSTODY_HARM = frozenset({"die", "death", "dead", "kill", "killing", "murder", "torture", "suicide", "succumb",
                           "custodial", "beat", "beating"})


def _into_custody_noun(q: Cue):
    if any(c.lower_ == "safe" for c in q.tok.children):
        return None  # "the idol was kept in safe custody at the treasury": things kept, no one held
    prep = q.tok.head
    if prep.lower_ not in ("into", "in"):
        return None
    holder = prep.head
    if holder.dep_ == "pobj" and holder.head.lower_ == "of":
        holder = holder.head.head  # "the death of a man in custody"
    if prep.lower_ == "in" and ({holder.lemma_.lower(), holder.lower_} | {
            g.lemma_.lower() for c in holder.children if c.dep_ in ("prep", "acomp", "oprd", "xcomp")
            for g in (c, *c.children)}) & _CUSTODY_HARM:
        return None
    return KEEP


def _not_cardiac(q: Cue):
    return None if any(c.lower_ in ("cardiac", "heart", "warrant", "warrants") for c in [*q.tok.children, q.tok.head]) \
        else KEEP


def _not_court_arrest(q: Cue):
    # "to court arrest" is a protest tactic; the parse hangs "court" either above or below "arrest"
    if q.tok.head.lemma_.lower() == "court" or any(c.lower_ == "court" and c.dep_ == "compound" for c in q.tok.children):
        return None
    return KEEP


# what is done to an arrest that keeps it from being made: escaped, evaded, eluded, dodged; a court's stay
_ARREST_KEPT_OFF = frozenset({"escape", "evade", "elude", "dodge", "stay", "avert", "resist", "avoid"})


def _arrest_not_escaped(q: Cue):
    # "he escaped arrest by fleeing to Mumbai", "the high court stayed the arrest of the former minister", "he had
    # resisted arrest"
    if q.tok.dep_ in ("dobj", "nsubjpass") and q.tok.head.lemma_.lower() in _ARREST_KEPT_OFF:
        return None
    if q.tok.dep_ in ("compound", "amod") and q.tok.head.lemma_.lower() in _HOLDING_PLACES:
        return None  # "allegations of torture in detention facilities": where people are held, no arrest told
    return KEEP


# the places people are held in, which "detention" may name ("detention facilities", "a detention centre")
_HOLDING_PLACES = frozenset({"facility", "centre", "center", "camp", "cell", "site", "room", "ward", "unit", "home",
                             "house", "place", "condition", "standard", "policy", "law", "order", "period"})


# the verbs forces mount operations with: "commandos carried out operations in two districts"
_MOUNTED = frozenset({"conduct", "carry", "launch", "undertake", "mount", "intensify"})


def _named_operation(tok: Token) -> bool:
    """An operation known by its name, launched or carried out: "the army launched Operation Zarb-e-Azb in North
    Waziristan", "Operation Azm-e-Istehkam was launched in June" (the parse makes the name's head word the object
    or subject, and the capitalised "Operation" a compound on it)."""
    name = tok.head
    if tok.dep_ != "compound" or tok.text != "Operation" or name.pos_ != "PROPN" or name.i < tok.i:
        return False
    while name.dep_ == "compound" and name.head.pos_ == "PROPN" and name.head.i > name.i:
        name = name.head  # (a name of several words: "Operation Zarb-e-Azb" read as one name)
    return name.dep_ in ("dobj", "nsubjpass") and name.head.lemma_.lower() in _MOUNTED


def _security_operation(q: Cue):
    tok = q.tok
    if any(c.lower_ in _OPERATION_MODIFIERS for c in tok.children) or any(
            c.dep_ == "poss" and (c.i in q.tok_ent or c.lemma_.lower() in L.TIME_WORDS
                                  or c.lemma_.lower() in L.AUTHORITY_NOUNS) for c in tok.children):
        return KEEP
    if _named_operation(tok):
        return KEEP
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _MOUNTED:
        # operations with no article that forces or fighters mount ("a group of Afghan commandos carried out
        # operations in Nawa"): never a company's or an airline's operations
        who = _subject_or_agent(tok.head)
        members = [g for c in who.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"] if who is not None else []
        return KEEP if any(w.i in q.tok_ent or role_of_head(w) in (STATE, ARMED)
                           for w in ([who] if who is not None else []) + members) else None
    return None


def _talks(q: Cue):
    return KEEP if q.tok.lower_ == "talks" else None


def _joint_mechanism(q: Cue):
    return KEEP if any(c.lemma_ in ("joint", "verification", "monitoring", "security", "coordination", "bilateral")
                       for c in q.tok.children) else None


def _suicide_bomber(q: Cue):
    """"A suicide bomber struck a convoy"; not a bomber caught or shot before he struck ("arrested a would-be
    suicide bomber", "a suicide bomber was shot dead by guards"): that bomber is who was acted on, no attack
    came of him (his blast, if any, is its own word)."""
    tok = q.tok
    if not any(c.lower_ == "suicide" for c in tok.children):
        return None
    if tok.dep_ in ("dobj", "nsubjpass") or any(c.lower_ in _UNREALISED_MAKERS for c in tok.children) or any(
            c.lower_ == "would" for c in tok.subtree if c.i < tok.i):
        return None
    return KEEP


# words that make a bomber one who has not struck: "a would-be suicide bomber", "a potential suicide bomber"
_UNREALISED_MAKERS = frozenset({"potential", "suspected", "alleged", "prospective", "aspiring", "trainee", "failed",
                                "wannabe", "wouldbe", "would-be"})


def _closure_of(q: Cue):
    """"announced the closure of a madrassa that was training suicide bombers", "the closure of TTP offices": a
    place of a group's shut (not "the closure of the border", "of schools", "of the case")."""
    return KEEP if any(g.dep_ == "pobj" and g.lemma_.lower() in L.DISMANTLE_OBJECTS - L.WEAPON_NOUNS
                       for c in q.tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children) else None


# what ends a pact, or breaks it: "the TTP ended the ceasefire", "violated the truce", "called off the pact"
_PACT_ENDERS = frozenset({"end", "break", "violate", "breach", "scrap", "abandon", "revoke", "suspend", "terminate",
                          "cancel", "abrogate", "renounce"})


# the nouns of a pact broken: "ceasefire violations", "a breach of the truce" is told by its own words
_PACT_BREACHES = frozenset({"violation", "breach", "violator", "infringement"})


def _pact_not_ended(q: Cue):
    """A ceasefire or a truce named as what a party ended or broke is no agreement made."""
    tok = q.tok
    head = tok.head
    if tok.dep_ in ("compound", "amod", "nmod") and head.lemma_.lower() in _PACT_BREACHES:
        return None  # "lodged a protest over the ceasefire violation": a pact broken, none made
    if tok.dep_ not in ("dobj", "nsubjpass"):
        return KEEP
    ended = head.lemma_.lower() in _PACT_ENDERS or head.lemma_.lower() == "call" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in head.children)  # ("called a ceasefire" makes one)
    return None if ended else KEEP


# what undoes a ban, a freeze or a restriction
_UNDOING = frozenset({"lift", "remove", "revoke", "rescind", "end", "overturn", "repeal", "withdraw", "suspend", "ease",
                      "relax", "scrap", "annul", "quash"})


def _ban_on(q: Cue):
    # "a ban on fundraising"; "subjecting him to an asset freeze and a travel ban": a ban on someone's movement
    tok = q.tok
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _UNDOING:
        return None  # "removed the ban on the TTP", "the ban was revoked": a ban undone is no restriction
    banned_on = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"]
    if not banned_on and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("impose", "slap", "place", "enforce"):
        # "imposed a ban on three outfits": the parse hangs the "on" phrase on the verb
        banned_on = [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "on" and c.i > tok.i]
    if banned_on:
        return "FINANCE" if any(_money_raised(g) for c in banned_on for g in c.children if g.dep_ == "pobj") \
            else KEEP
    return KEEP if any(c.dep_ in ("compound", "amod") and c.lower_ in ("travel", "entry") for c in tok.children) \
        else None



def _of_weapons(q: Cue):
    return KEEP if any(g.lemma_.lower() in L.WEAPON_NOUNS | _BOMBS | {"cache", "depot", "haul"}
                       for c in q.tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.subtree) else None


def _armed_battle(q: Cue):
    """A gun battle, or a battle between or with armed parties: "a battle between the TTP and the army", "killed
    in a battle with FC troops" (never "a legal battle", "the battle against polio")."""
    tok = q.tok
    if any(c.lower_ in ("gun", "fierce", "heavy", "pitched", "armed", "bloody") for c in tok.children):
        return KEEP
    sides = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("between", "with") for g in c.subtree]
    if tok.lemma_.lower() == "gunbattle" or tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("fight", "wage"):
        # "Afghan and Pakistani troops fought a gunbattle near Chaman": the word is a gun battle's, or those who
        # fight it are its sides
        sides += [g for c in tok.head.children if c.dep_ == "nsubj" and tok.dep_ == "dobj" for g in c.subtree]
    if tok.lemma_.lower() == "gunbattle" and not sides:
        return KEEP  # "the gunbattle lasted two hours"
    if any(g.i in q.tok_ent or g.lemma_.lower() in L.AUTHORITY_NOUNS | L.MILITANT_NOUNS for g in sides):
        return KEEP
    return None


def _fire_exchanged(q: Cue):
    """An exchange of fire: "an exchange of fire between security forces and militants left three soldiers dead"
    (never an exchange of prisoners, of views or of letters)."""
    return KEEP if any(g.dep_ == "pobj" and g.lemma_.lower() in _GUNFIRE for c in q.tok.children
                       if c.dep_ == "prep" and c.lower_ == "of" for g in c.children) else None


def _of_relations(q: Cue):
    # "the restoration of diplomatic relations" (not of power, order or a building)
    return KEEP if any(g.lemma_.lower() in _RELATIONS for c in q.tok.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.subtree) else None


def _enforced(q: Cue):
    return KEEP if any(c.lower_ in ("enforced", "forced", "involuntary") for c in q.tok.children) else None


_MADE_SAFE = frozenset({"defuse", "recover", "seize", "find", "detect", "destroy", "dismantle", "disarm", "confiscate",
                        "unearth", "foil", "neutralize", "neutralise", "discover", "remove", "disable", "defuze",
                        "diffuse", "clear", "capture"})


# nouns for people or their groups that a deed noun before them qualifies by what they do or are suspected of
_KIND_OF_AGENT = frozenset({"gang", "ring", "network", "cell", "racket", "syndicate", "mafia", "suspect", "accused",
                            "convict", "culprit"})


def _not_made_safe(q: Cue):
    # "the bomb disposal squad defused an IED planted near the school": a bomb made safe is no attack
    t = q.tok
    if t.dep_ == "compound" and t.head.pos_ in ("NOUN", "PROPN"):
        return None  # "an IED factory", "an IED cell": a thing named by the bomb; "an IED blast" is its own word
    return None if made_safe(t) else KEEP


def made_safe(thing: Token) -> bool:
    """The thing is what a verb of making safe acts on: "defused an IED", "recovered a cache of arms including
    rockets and IEDs", "sappers detonated the landmine where it lay"."""
    t = thing
    for _ in range(6):
        if t.dep_ == "pobj" and (t.head.lower_ == "of" or t.head.lower_ in ("including", "like", "among")):
            t = t.head.head  # "recovered a cache of IEDs", "a cache of arms including rockets and IEDs"
        elif t.dep_ in ("dobj", "nsubjpass", "conj", "appos") and t.head.i != t.i:
            t = t.head
        elif t.dep_ == "nsubj" and t.head.dep_ in ("relcl", "acl") and t.head.tag_ == "VBN":
            t = t.head.head  # "defused a roadside IED planted by the Taliban" (parsed "roadside [IED planted]")
        else:
            return False
        if t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in _MADE_SAFE or t.lemma_.lower() in (
                "detonate", "explode", "blow") and _set_off_to_make_safe(t)):
            return True  # (and "sappers detonated the landmine where it lay")
    return False


_AIRCRAFT = frozenset({"air", "jet", "aircraft", "warplane", "plane", "helicopter", "drone", "bomber", "fighter",
                       "gunship", "airforce"})


def _air_sortie(q: Cue):
    # "the air force carried out several sorties against Houthi targets" (not "his sortie into politics")
    return KEEP if any(t.lemma_.lower() in _AIRCRAFT for t in q.tok.sent) else None


def _place_taken_noun(q: Cue):
    """"the liberation of the city", "the recapture of Palmyra", "the capture of the district centre": ground
    taken (typed by who took it); "the capture of two commanders" stays an arrest; "the liberation of women" is
    nothing."""
    of = [g for c in q.tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    capture = q.tok.lemma_.lower() == "capture"
    if any(g.lemma_.lower() in TERRITORY_OBJECTS or any(c.dep_ == "compound" and c.lemma_.lower() in TERRITORY_OBJECTS
                                                        for c in g.children)
           or not capture and g.pos_ == "PROPN" and g.i not in q.tok_ent for g in of):
        return None if _without_a_fight(q.tok.sent) else "OPERATION"
    if capture and _of_weapons(q) is KEEP and not any(g.lemma_.lower() in L.PERSON_NOUNS | L.MILITANT_NOUNS for g in of):
        return "DISMANTLE"  # "announced the capture of a large weapons cache": arms taken, no one held
    return KEEP if capture else None


# fire a side directs at a place by a verb of doing: "conducted artillery fire on Taliban positions", "directed
# mortar fire at the militants' hideouts" (never a house fire, nor "opened fire", read by its verb)
_FIRE_DIRECTED = frozenset({"conduct", "carry", "direct", "launch", "unleash", "pour", "rain"})


def _fire_directed(q: Cue):
    if q.tok.dep_ != "dobj" or q.tok.head.lemma_.lower() not in _FIRE_DIRECTED:
        return None
    return KEEP if any(c.dep_ == "prep" and c.lower_ in ("on", "at", "against", "onto") for h in (q.tok, q.tok.head)
                       for c in h.children) else None


# what a handover or an extradition may be the subject of without one being done: "a treaty on extradition",
# "talks on the handover"
_SUBJECT_HOLDERS = _PACTS | frozenset({"talk", "talks", "law", "bill", "act", "framework", "arrangement",
                                       "negotiation", "negotiations", "convention", "policy", "rule", "rules"})


def _handover_done(q: Cue):
    """"The handover of the suspects to Pakistan"; never the subject of a pact or a law ("concluded a treaty on
    extradition of fugitives"), nor ground changing hands ("took control of the district after elders negotiated
    the handover": no one is named as handed over, and the sentence is about ground)."""
    tok = q.tok
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "about", "regarding", "concerning", "for") \
            and tok.head.head.lemma_.lower() in _SUBJECT_HOLDERS:
        return None
    if tok.lemma_.lower() in ("handover", "hand-over") and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) and any(
            t.lemma_.lower() in TERRITORY_OBJECTS for t in tok.sent):
        return None
    return KEEP


NOUN_CONSTRAINTS: list[tuple[frozenset[str], Constraint]] = [
    (frozenset({"offensive"}), Constraint("an armed offensive", _armed_offensive,
                                          "the army launched an offensive (not 'a diplomatic offensive')")),
    (frozenset({"attack"}), Constraint("not an attack in words", _attack_of_words,
                                       "termed it a direct attack on democracy; came under attack from its allies")),
    (frozenset({"extradition", "handover", "hand-over", "deportation"}), Constraint(
        "a handover done", _handover_done, "the handover of two suspects to Pakistan (not 'a treaty on "
                                           "extradition')")),
    (frozenset({"fire"}), Constraint("fire directed at a place", _fire_directed,
                                     "conducted artillery fire on Taliban positions (not 'a fire broke out')")),
    (frozenset({"liberation", "recapture", "capture"}), Constraint(
        "a place taken", _place_taken_noun, "announced the liberation of the city from the terrorists")),
    (frozenset({"sortie"}), Constraint("an air sortie", _air_sortie,
                                       "the air force flew sorties against Houthi targets (not 'a sortie into politics')")),
    (frozenset({"ied", "landmine"}), Constraint("an IED that went off", _not_made_safe,
                                    "an IED hit the convoy (not 'the squad defused an IED planted near the school')")),
    (frozenset({"recovery", "confiscation"}), Constraint("weapons recovered", _of_weapons,
                                                         "the recovery of a large cache of arms")),
    (frozenset({"disappearance"}), Constraint("an enforced disappearance", _enforced,
                                              "the enforced disappearance of two activists")),
    (frozenset({"strike"}), Constraint("an air strike", _air_strike, "Pakistani air strikes on hideouts")),
    (frozenset({"fighting"}), Constraint("armed parties fighting", _armed_fighting,
                                         "heavy fighting erupted between the army and the rebels")),
    (frozenset({"deal"}), Constraint("a deal struck", _a_deal, "the two sides reached a deal")),
    (frozenset({"understanding"}), Constraint("an understanding reached", _understanding_reached,
                                              "negotiators reached an understanding on a prisoner exchange")),
    (frozenset({"firing"}), Constraint("firing by forces or indiscriminate", _firing_by,
                                       "police firing; indiscriminate firing by gunmen (ATTACK)")),
    (frozenset({"custody"}), Constraint("into custody", _into_custody_noun, "taken into custody")),
    (frozenset({"arrest"}), Constraint("not a cardiac arrest or a warrant", _not_cardiac, "died of cardiac arrest")),
    (frozenset({"arrest"}), Constraint("not to court arrest", _not_court_arrest, "leaders vowed to court arrest")),
    (frozenset({"arrest", "detention", "capture"}), Constraint("not an arrest escaped or stayed", _arrest_not_escaped,
                                                      "he escaped arrest; the court stayed the arrest of the MLA")),
    (frozenset({"jail"}), Constraint("not a jail", _never_alone, "temporary jails to keep them")),
    (frozenset({"operation"}), Constraint("a security operation", _security_operation,
                                          "an intelligence-based operation; Thursday's operation")),
    (frozenset({"talk"}), Constraint("talks", _talks, "talks in Doha (not 'talk of')")),
    (frozenset({"mechanism"}), Constraint("a joint mechanism", _joint_mechanism, "a joint verification mechanism")),
    (frozenset({"bomber"}), Constraint("a suicide bomber", _suicide_bomber, "a suicide bomber struck")),
    (frozenset({"ban"}), Constraint("a ban on", _ban_on, "a ban on fundraising")),
    (frozenset({"ceasefire", "cease-fire", "truce", "armistice", "pact"}), Constraint(
        "a pact not ended", _pact_not_ended, "the two sides agreed a truce (not 'the TTP ended a ceasefire')")),
    (frozenset({"closure", "sealing"}), Constraint("a place closed", _closure_of,
                                                 "announced the closure of a madrassa in Paktika")),
    (frozenset({"restoration"}), Constraint("relations restored", _of_relations,
                                            "announced the restoration of diplomatic relations")),
    (frozenset({"battle", "gunbattle"}), Constraint("an armed battle", _armed_battle,
                                                    "a battle between the TTP and the army (not a legal battle)")),
    (frozenset({"exchange"}), Constraint("an exchange of fire", _fire_exchanged,
                                         "an exchange of fire between troops and militants (not of prisoners)")),
]


def _apply(constraints: list[tuple[frozenset[str], Constraint]], lemma: str, q: Cue, etype: str) -> str | None:
    for lemmas, constraint in constraints:
        if lemma not in lemmas:
            continue
        outcome = constraint.test(q)
        if outcome is KEEP:
            continue
        return outcome  # None, or the type the constraint found
    return etype


_AUXILIARIES = frozenset({"be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might",
                          "must", "get", "ought", "need", "dare", "use"})


_IRREGULAR_PAST = {"struck": "strike", "shot": "shoot", "hit": "hit", "took": "take", "held": "hold",
                   "threw": "throw", "blew": "blow", "froze": "freeze", "overran": "overrun", "retook": "retake"}

# participles the parse may read as adjectives after "be" ("had been frozen"), with their verbs
PARTICIPLE_ADJECTIVES = {"frozen": "freeze"}

# forms the lemmatiser gives another verb's lemma ("hopes", "hoped" -> "hop")
_MISLEMMATISED = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}


def irregular_past(word: str) -> bool:
    return word in _IRREGULAR_PAST


def base_form(past: str) -> str:
    """The base form of a past-tense verb the parser did not lemmatise (it took it for an auxiliary)."""
    if past in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[past]
    for stem in (past[:-2], past[:-1], past[:-3] if past[-3:-2] == past[-4:-3] else None):  # raided, seized, netted
        if stem and (stem in L.VERB_TRIGGERS):
            return stem
    return past


def misparsed_auxiliary(tok: Token) -> bool:
    """A past-tense event verb the parse took for an auxiliary of a following participle ("jets struck suspected
    hideouts", where "suspected" is read as the main verb)."""
    return tok.pos_ == "AUX" and tok.dep_ == "aux" and tok.tag_ == "VBD" and tok.lemma_.lower() not in _AUXILIARIES \
        and tok.head.i > tok.i and tok.head.lower_ == "suspected"


def _past_read_as_noun(tok: Token) -> bool:
    """An irregular past the parse took for a noun heading the sentence, with its object hung on it ("The army
    retook Baga from Boko Haram", read as a noun "retook")."""
    return tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and tok.lower_ in _IRREGULAR_PAST and any(
        c.dep_ == "dobj" for c in tok.children)


# the bodies and instruments a measure's name may name ("the sanctions committee", "a sanctions monitoring team")
_BODIES_OF_A_MEASURE = frozenset({"team", "committee", "regime", "monitoring", "panel", "monitor", "expert", "body",
                                  "council", "report", "office", "unit", "official", "coordinator", "envoy", "lawyer"})


def trigger_type(tok: Token, tok_ent: dict) -> str | None:
    """The event type ``tok`` reports as a trigger, or None."""
    lemma = tok.lemma_.lower()
    low = tok.lower_
    if tok.i in tok_ent:
        return None
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") or _past_read_as_noun(tok):
        misparsed = misparsed_auxiliary(tok)
        if misparsed:
            lemma = base_form(low)
        if tok.pos_ == "AUX" and lemma not in ("hold",) and not misparsed:
            return None
        if tok.tag_ in ("VBN", "VBD") and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") and any(
                c.dep_ in ("det", "poss") for c in tok.children) and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in tok.children):
            return None  # "the accused surrendered", "remanded the accused": a participle used as a noun names people
        if tok.tag_ == "VBG" and tok.dep_ in ("amod", "compound") and tok.i < tok.head.i \
                and tok.head.lemma_.lower() in _KIND_OF_AGENT:
            return None  # "a target killing network": what the people named do, as a kind
        etype = L.VERB_TRIGGERS.get(lemma) or L.VERB_TRIGGERS.get(low)
        if etype is None and (low in _IRREGULAR_PAST or low in _MISLEMMATISED):
            # "Iraqi forces retook the village": a form left unlemmatised; "China hopes": one given another verb's
            lemma = _IRREGULAR_PAST.get(low) or _MISLEMMATISED[low]
            etype = L.VERB_TRIGGERS.get(lemma)
        if etype is None:
            return None
        cue = Cue.of(tok, tok_ent)
        if misparsed:
            # "jets struck suspected hideouts": the parse makes "struck" an auxiliary of "suspected"; the verb's
            # subject and object hang on that head
            head = Cue.of(tok.head, tok_ent)
            cue = Cue(tok, tok_ent, head.parts, head.objs, head.obj_lemmas)
        return _apply(VERB_CONSTRAINTS, lemma, cue, etype)
    if tok.pos_ == "ADJ" and low in PARTICIPLE_ADJECTIVES and tok.dep_ == "acomp" and \
            tok.head.lemma_.lower() == "be":
        # "the bank accounts of LeT had been frozen": the parse reads the passive's participle as an adjective;
        # what it says was done is done to the subject
        lemma = PARTICIPLE_ADJECTIVES[low]
        objs = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        cue = Cue(tok, tok_ent, set(), objs, {c.lemma_.lower() for c in objs} | {
            g.lemma_.lower() for c in objs for g in c.children if g.dep_ == "compound"})
        return _apply(VERB_CONSTRAINTS, lemma, cue, L.VERB_TRIGGERS[lemma])
    if tok.pos_ in ("NOUN", "PROPN"):
        etype = L.NOUN_TRIGGERS.get(lemma) or L.NOUN_TRIGGERS.get(low)
        if etype is None:
            return None
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in L.NOUN_TRIGGERS:
            return None  # "suicide attack": the head carries it
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in _KIND_OF_AGENT:
            return None  # "a kidnapping gang", "the bombing suspect": a kind of people, not a deed told
        if low == "jails":
            return None
        if etype == "SANCTION" and (tok.dep_ == "compound" and tok.head.lemma_.lower() in _BODIES_OF_A_MEASURE or
                                    tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in _BODIES_OF_A_MEASURE):
            # "a UN sanctions monitoring team report said", "the sanctions committee": a body named (the parse may
            # make the name's next word a participle of its own)
            return None
        return _apply(NOUN_CONSTRAINTS, lemma, Cue.of(tok, tok_ent), etype)
    if tok.pos_ == "ADJ" and low == "committed" and tok.dep_ == "acomp" and tok.head.lemma_.lower() in (
            "remain", "stay", "be"):
        return "ASSURE"  # "Kabul remains committed to the Doha agreement"
    return None
