"""Who a noun phrase is, as a party to violence: state forces, an armed group, unknown armed men, civilians,
a crowd, or an instrument.

The type of a violent event follows who acts (DESIGN §3, issue of document-level events): state forces act
in OPERATIONs, armed groups and unknown armed men in ATTACKs; force by or against a crowd of protesters is
not a counter-terrorism event at all; an instrument ("a bomb", "an IED") is never an actor. Named parties
come from the case file, with the kind they have on the event's date (the Taliban are an armed group before
15 August 2021 and the state after). Unnamed parties are read from the head noun and its modifiers, using the
word lists below (each with the kind of text it was drawn from: ACLED's and UCDP's event descriptions).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Token

from tangible.case import CaseFile

STATE = "state"
ARMED = "armed"
UNKNOWN = "unknown"  # armed men nobody has named: "unidentified gunmen", "unknown assailants"
CIVILIAN = "civilian"
CROWD = "crowd"  # protesters, rioters, a mob
INSTRUMENT = "instrument"  # a bomb, a mine, a rocket: never an actor

# "security forces", "troops", "Levies personnel" (ACLED: Military/Police Forces of ...)
STATE_HEADS = frozenset({
    "army", "troops", "troop", "soldier", "force", "police", "policeman", "policemen", "cop", "personnel",
    "commando", "paramilitary", "paramilitaries", "jet", "aircraft", "drone", "helicopter", "gunship", "warplane",
    "plane", "uav",
    "fighter-jet", "military", "authority", "government", "agency", "enforcer", "ranger", "levies", "levy",
    "khasadar", "constable", "official", "officer", "guard", "soldiery", "serviceman", "servicemen", "sepoy",
    "marine", "navy", "airforce", "unit", "squad", "department", "ministry", "administration", "regime",
    "ctd", "fc", "ana", "anp", "nds", "bsf", "lea", "leas", "sho", "inspector", "superintendent", "patrol",
    "contingent", "convoy", "battalion", "brigade", "regiment", "corps", "artillery", "state",
    "gendarme", "gendarmerie",
})
# words that make a state-looking head an armed group's: "militant forces", "Taliban fighters"
ARMED_MODIFIERS = frozenset({"militant", "rebel", "insurgent", "terrorist", "opposition", "jihadist", "separatist",
                             "enemy", "taliban", "extremist", "anti-government", "armed"})
ARMED_HEADS = frozenset({
    "militant", "terrorist", "insurgent", "rebel", "extremist", "jihadist", "jihadi", "fighter", "khawarij",
    "khwarij", "kharji", "khariji", "khwarji", "separatist", "mujahideen", "mujahid", "bomber", "outfit",
    "miscreant", "commander", "militia", "militiaman", "militiamen", "cadre", "guerrilla", "guerilla",
    "terror", "operative", "insurgency", "taliban",
    "lashkar",  # a tribe's armed levy ("a lashkar of the tribe raided the hideout"): a militia, not the state
    # insurgents named by their creed ("Maoists killed a village head"), as their own movements and the press call them
    "maoist", "maoists", "naxal", "naxals", "naxalite", "naxalites", "islamist", "islamists",
})
UNKNOWN_HEADS = frozenset({
    "gunman", "gunmen", "assailant", "attacker", "killer", "kidnapper", "abductor", "perpetrator", "shooter",
    "culprit", "men", "man", "person", "persons", "people", "rider", "motorcyclist", "miscreants", "unknown",
    "pirate", "bandit", "hijacker", "robber", "dacoit",
    "someone", "individual", "group",
})
# modifiers that make "men", "persons", "people" the unnamed armed men of ACLED's "Unidentified Armed Group"
UNKNOWN_MODIFIERS = frozenset({"unknown", "unidentified", "armed", "masked", "gun-toting", "motorcycle-borne",
                               "motorbike-borne", "bike-riding", "motorcycle-riding", "heavily-armed", "unnamed"})
CROWD_HEADS = frozenset({"protester", "protestor", "demonstrator", "rioter", "mob", "crowd", "marcher", "agitator",
                         "picketer", "demonstration", "protest", "rally", "procession", "gathering"})
INSTRUMENT_HEADS = frozenset({
    "bomb", "ied", "device", "explosive", "explosives", "mine", "landmine", "grenade", "rocket", "mortar",
    "shell", "missile", "bullet", "vehicle", "car", "motorcycle", "motorbike", "blast", "explosion", "cracker",
    "vest", "firing", "fire", "shot", "gunfire", "gunshot", "projectile", "round", "weapon", "parcel",
    "booby-trap", "vbied", "svbied", "truck", "rickshaw", "cycle", "bicycle", "attack",
})


@dataclass(frozen=True, slots=True)
class Party:
    role: str | None
    actor_id: str | None = None  # case-file id, when the phrase names one or a state's forces


def role_of_entity(case: CaseFile, entity_id: str | None, day: date | None) -> str | None:
    if not entity_id:
        return None
    if case.is_state(entity_id, day):
        return STATE
    if case.is_armed(entity_id, day):
        return ARMED
    return None


def phrase_words(tok: Token) -> tuple[str, set[str]]:
    """The head's lemma and the lower-cased words of the phrase it heads (without relative clauses)."""
    words = {t.lower_ for t in tok.subtree if t.dep_ not in ("relcl", "acl") and t.i - tok.i < 8}
    words |= {t.lemma_.lower() for t in tok.children if t.dep_ in ("amod", "compound", "nmod", "det")}
    return tok.lemma_.lower(), words


# Doc.user_data key: token index -> its role_of_head (filled once the parse is mended, nlp/coordination.py; nothing
# changes the parse after that)
_ROLE_MEMO = "tangible_role_of_head"


def role_of_head(tok: Token) -> str | None:
    """The role an unnamed phrase headed by ``tok`` plays, from its head noun and modifiers."""
    memo = tok.doc.user_data.get(_ROLE_MEMO)
    if memo is None:
        memo = tok.doc.user_data[_ROLE_MEMO] = {}
    i = tok.i
    if i not in memo:
        memo[i] = _role_of_head(tok)
    return memo[i]


# nouns of a number of people, who play the part of the people they are made of when those are civilians
_COLLECTIVES = frozenset({"group", "band", "batch"})
# nouns of a rough count, which stand for whoever they count: "hundreds of", "scores of", "tens of thousands of"
_COUNTS = frozenset({"dozen", "dozens", "score", "scores", "hundred", "hundreds", "thousand", "thousands", "ten",
                     "tens", "million", "millions", "lakh", "lakhs"})


# nouns of people who belong to a body, who play its part ("members of the security forces")
_PART_OF_A_BODY = frozenset({"member", "members", "man", "men", "personnel", "rank", "ranks", "cadre", "cadres"})


def _of_pobj(tok: Token) -> Token | None:
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"), None)


def _role_of_head(tok: Token) -> str | None:
    lemma = tok.lemma_.lower()
    low = tok.lower_
    if tok.pos_ == "PROPN" and low.endswith("s") and len(low) > 3:
        lemma = low[:-1]  # "Baloch Separatists", "mobs": a plural read as a name keeps its -s as its lemma
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "nummod", "det", "poss")}
    mods |= {g.lower_ for c in tok.children if c.dep_ in ("amod", "compound") for g in c.children}
    if lemma in INSTRUMENT_HEADS or low in INSTRUMENT_HEADS:
        if lemma in ("attack", "firing", "fire", "shot"):
            return None
        if lemma == "vehicle" and mods & {"aerial", "unmanned"}:
            return STATE  # "an unmanned aerial vehicle": a drone, flown by a state's forces
        return INSTRUMENT
    if lemma in CROWD_HEADS or low in CROWD_HEADS:
        return CROWD
    if lemma in STATE_HEADS or low in STATE_HEADS:
        if mods & ARMED_MODIFIERS:
            return ARMED
        if lemma == "guard" and _private_guards(tok, mods):
            return UNKNOWN  # "a landlord's guards", "private guards of a politician": armed men, not the state's
        if lemma in ("group", "unit", "squad") and not mods & {"security", "police", "army", "rescue", "disposal"}:
            return None
        if lemma in ("official", "officer", "authority", "government", "ministry", "department",
                     "administration", "state", "agency") and mods & {"party", "taliban"}:
            return None
        return STATE
    if lemma in ARMED_HEADS or low in ARMED_HEADS:
        if lemma in ("commander", "operative", "cadre") and mods & _STATE_UNITS:
            return STATE  # "an army commander", "intelligence operatives"
        if lemma in ("fighter",) and mods & {"jet", "jets", "aircraft"}:
            return STATE
        return ARMED
    if lemma in _COLLECTIVES and (member := _of_pobj(tok)) is not None and role_of_head(member) is not None:
        # "a group of people", "a group of villagers": a crowd, no armed party; "a group of armed men": armed men
        # no one names
        return role_of_head(member)
    if (lemma in _COUNTS or low in _COUNTS) and (member := _of_pobj(tok)) is not None:
        return role_of_head(member)  # "hundreds of migrants", "dozens of Boko Haram fighters": those counted act
    if lemma in _PART_OF_A_BODY and (body := _of_pobj(tok)) is not None and role_of_head(body) in (STATE, ARMED):
        return role_of_head(body)  # "members of the security forces", "personnel of the FC": the body's own men
    if lemma in UNKNOWN_HEADS or low in UNKNOWN_HEADS:
        if lemma in ("gunman", "gunmen", "assailant", "attacker", "kidnapper", "abductor", "shooter", "killer",
                     "perpetrator", "miscreants", "pirate", "bandit", "hijacker"):
            # (pirates, bandits and hijackers are armed men no one names: "pirates took 12 sailors hostage")
            return UNKNOWN
        # (the words of the whole phrase only now: its subtree may be a long stretch of the sentence)
        if mods & UNKNOWN_MODIFIERS or phrase_words(tok)[1] & {"unknown", "unidentified", "masked"}:
            return UNKNOWN
        return CIVILIAN if lemma in ("man", "men", "person", "persons", "people", "individual") else None
    if tok.pos_ == "PROPN" and any(c.lower_.rstrip(".") in STATE_RANKS for c in tok.children if c.dep_ == "compound"):
        return STATE  # "Lieutenant Colonel Ahmed", "Sepoy Khan": a named man of the forces, by the rank before his name
    if tok.pos_ in ("NOUN", "PROPN"):
        return CIVILIAN if lemma in _CIVILIAN_HINTS else None
    return None


# the ranks of the armed forces and police that stand as a title before a man's name (not "commander", which armed
# groups use as much as armies, nor "general", a secretary's title too)
STATE_RANKS = frozenset({"lieutenant", "lt", "colonel", "col", "major", "maj", "captain", "capt", "brigadier", "brig",
                         "sepoy", "naik", "lance", "havaldar", "havildar", "subedar", "constable", "sergeant", "corporal",
                         "inspector", "sub-inspector", "asi", "dsp", "sho", "lance-naik", "sowar"})


# whose guards are a private person's, not the state's ("a landlord's guards", "the guards of a factory")
_PRIVATE_EMPLOYERS = frozenset({"landlord", "feudal", "politician", "businessman", "industrialist", "factory", "mill",
                                "bank", "company", "owner", "leader", "candidate", "mna", "mpa", "chieftain",
                                "sardar", "wadera", "khan", "malik", "jirga", "contractor", "family", "tribe"})


def _private_guards(tok: Token, mods: set[str]) -> bool:
    if mods & {"private", "personal"}:
        return True
    employer = next((c for c in tok.children if c.dep_ == "poss"), None) or _of_pobj(tok)
    return employer is not None and employer.lemma_.lower() in _PRIVATE_EMPLOYERS


# the services whose commanders and operatives are the state's
_STATE_UNITS = frozenset({"police", "army", "security", "corps", "force", "battalion", "intelligence", "military",
                          "counter-terrorism", "counterterrorism", "nds", "isi", "gdi", "spy"})

# heads that, without anything else, stand for civilians (victims) in violence reporting
_CIVILIAN_HINTS = frozenset({
    "civilian", "resident", "villager", "child", "children", "woman", "women", "boy", "girl", "student",
    "teacher", "worker", "shopkeeper", "trader", "passenger", "doctor", "journalist", "leader", "elder",
    "cleric", "scholar", "farmer", "labourer", "laborer", "family", "worshipper", "worshiper", "tribesman",
    "tribesmen", "brother", "son", "father", "member", "activist", "pilgrim", "driver", "vaccinator",
    "employee", "engineer", "lawyer", "judge", "candidate", "politician", "councillor", "councilor", "mpa",
    "mna", "chief", "head", "guest", "bystander", "local", "national", "citizen", "victim", "youth", "infant",
    "baby", "minor", "relative", "official", "businessman", "contractor", "labourers", "laborers", "nurse",
    "supporter", "follower", "teenager", "teen", "settler", "herder", "herdsman", "herdsmen", "shepherd",
    "migrant", "immigrant", "refugee",
})
