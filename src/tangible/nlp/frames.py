"""Who did what to whom, with what: the frame of one event trigger in a parsed sentence.

``agent_of`` finds the party that acts (the subject of an active verb, the "by" phrase of a passive one, the
owner of an event noun, or the party of the event in whose course the deed happened: "killed in air strikes by
the Pakistan Air Force", "died in a clash with security forces"); instruments ("a bomb", "an IED") are set
apart and never taken for the actor. ``type_by_roles`` then types a violent event by who acts (DESIGN §3):
state forces act in OPERATIONs, armed groups and unknown armed men in ATTACKs, and violence by or against a
crowd of protesters is not a counter-terrorism event.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from tangible.nlp import lexicon as L
from tangible.nlp.roles import ARMED, CIVILIAN, CROWD, INSTRUMENT, STATE, UNKNOWN, role_of_head

# event nouns in whose course a deed happens: "killed in a blast", "arrested during a raid"
MEANS_NOUNS = frozenset({
    "attack", "blast", "explosion", "bombing", "strike", "airstrike", "raid", "operation", "clash", "encounter",
    "gunfight", "firefight", "exchange", "shootout", "shoot-out", "ambush", "offensive", "crackdown", "assault",
    "firing", "fire", "shelling", "bombardment", "battle", "fighting", "skirmish", "incident", "violence",
    "gunbattle", "gun-battle", "battle", "search", "sweep", "drone", "shooting", "retaliation", "cross-fire",
    "crossfire", "combat", "confrontation", "action", "siege", "ied", "landmine", "mine", "bomb", "grenade",
    "infighting",
    "ibo",  # an intelligence-based operation by its initials ("martyred during an IBO")
})
# nouns and verbs that name violence in its own right (an explosion needs no named actor to be an attack)
TERROR_WORDS = frozenset({"blast", "bomb", "bombing", "explosion", "ied", "suicide", "landmine", "mine", "grenade",
                          "ambush", "gunman", "gunmen", "assailant", "attacker", "militant", "terrorist",
                          "insurgent", "explosive", "rocket", "kidnap", "abduct", "behead", "shoot", "gun",
                          "attack", "target", "assassinate", "detonate", "explode", "fire", "torch", "mortar",
                          "hurl", "lob", "throw", "cracker", "gunfire", "firing", "missile", "projectile", "sniper",
                          "bullet"})
# the means of a deed that make it an attack when nobody is named: "killed in a blast", "during an attack"
EXPLOSIVE_MEANS = frozenset({"attack", "blast", "explosion", "bombing", "bomb", "ied", "landmine", "mine", "ambush",
                             "grenade", "suicide"})
BLAST_WORDS = frozenset({"bomb", "bomber", "bombing", "blast", "explosion", "ied", "suicide", "grenade", "cracker", "explosive"})
# clashes fought with guns: never a brawl or a riot
GUNFIGHT_WORDS = frozenset({"shootout", "shoot-out", "gunfight", "firefight", "gunbattle", "gun-battle", "encounter",
                            "crossfire", "cross-fire"})
CLASH_WORDS = frozenset({"clash", "encounter", "gunfight", "firefight", "exchange", "shootout", "shoot-out",
                         "battle", "gunbattle", "gun-battle", "skirmish", "fighting", "confrontation", "crossfire",
                         "cross-fire", "combat", "infighting"})
STATE_OPERATION_WORDS = frozenset({"operation", "raid", "airstrike", "crackdown", "offensive", "sweep", "search",
                                   "shelling", "bombardment", "drone", "strike", "ibo", "retaliation", "cordon",
                                   "clearance"})
PROTEST_WORDS = frozenset({"protest", "protester", "protestor", "demonstration", "demonstrator", "rally", "sit-in",
                           "march", "rioter", "riot", "mob", "crowd", "agitation", "strike-call", "dharna",
                           "procession", "picket", "pelt", "stone-pelting", "stone-pelter", "pelter"})


_STATE_MEANS = frozenset({"airstrike", "shelling", "bombardment", "drone", "operation", "crackdown", "offensive"})


def harm_of_another(verb: Token) -> bool:
    """A harm told with no doer that a group reports of another's deed, not of its own: civilians killed ("the
    Taliban said six civilians were killed"), or people killed in a strike from the air, shelling or a state's
    operation ("... were killed in the airstrike"). A group owns the soldiers it killed, not the civilians, and
    flies no aircraft."""
    if any(c.dep_ == "nsubjpass" and role_of_head(c) == CIVILIAN for c in verb.children):
        return True
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and role_of_head(verb.head) == CIVILIAN:
        return True  # "the Taliban claimed 5 civilians killed"
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for means in (g for g in prep.children if g.dep_ == "pobj"):
            lemma = means.lemma_.lower()
            if lemma in _STATE_MEANS or lemma == "strike" and any(
                    c.lower_ in ("air", "drone", "aerial", "us", "american") for c in means.children):
                return True
    return False


@dataclass(slots=True)
class Frame:
    agent: Token | None = None
    patient: Token | None = None
    instrument: Token | None = None
    means: Token | None = None  # the event noun the deed happened in ("in a blast")
    counterpart: Token | None = None  # the other side of a clash ("with security forces")
    # the clash's own phrase names the state's forces and an armed party fighting each other ("an exchange of fire
    # between security forces and militants"), whoever it left dead
    sides_fought: bool = False
    roles: dict[str, str | None] = field(default_factory=dict)


def _means_phrase(verb: Token) -> Token | None:
    for c in verb.children:
        pobj_parent = c
        if c.dep_ in ("amod", "acomp") and c.lower_ == "due":  # "due to air strikes"
            pobj_parent = next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "to"), None)
            if pobj_parent is None:
                continue
        elif not (c.dep_ == "prep" and c.lower_ in ("in", "during", "by", "after", "amid", "under", "through",
                                                     "following", "due")):
            continue
        for g in pobj_parent.children:
            if g.dep_ == "pobj" and (g.lemma_.lower() in MEANS_NOUNS or any(
                    k.lemma_.lower() in MEANS_NOUNS for k in g.children if k.dep_ == "compound")):
                return g
    return None


def means_of(tok: Token) -> Token | None:
    """The event noun in whose course ``tok`` happened: "killed in/during/by a blast", "killed and three injured
    due to air strikes" (a phrase on a coordinated casualty verb counts for both)."""
    found = _means_phrase(tok)
    if found is not None:
        return found
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
            found = _means_phrase(c)
            if found is not None:
                return found
    if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
        return _means_phrase(tok.head)
    return None


def clash_parties(noun: Token) -> list[Token]:
    """The parties of a clash noun: "a clash between A and B", "an exchange of fire with B"."""
    out: list[Token] = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "between", "against"):
            for g in c.children:
                if g.dep_ == "pobj":
                    out.append(g)
                    out.extend(x for x in g.children if x.dep_ == "conj")
        if c.dep_ == "prep" and c.lower_ == "of":  # "exchange of fire with B"
            for g in c.children:
                if g.dep_ == "pobj":
                    out.extend(clash_parties(g))
    if not out and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in _CLASH_OCCURS:
        # "clashes broke out between the Taliban and the ANA": the parties hang on the verb
        out = [g for c in noun.head.children if c.dep_ == "prep" and c.lower_ in ("between", "with")
               for p in c.children if p.dep_ == "pobj" for g in (p, *(x for x in p.children if x.dep_ == "conj"))]
    return out


_CLASH_OCCURS = frozenset({"break", "erupt", "occur", "take", "flare", "ensue", "continue", "rage", "start"})

# verbs of two sides fighting each other ("Afghan and Pakistani troops clashed"), and of fire traded between them
_MUTUAL_VERBS = frozenset({"clash", "skirmish", "battle"})
_TRADING_VERBS = frozenset({"exchange", "trade"})
TRADED_FIRE = frozenset({"fire", "gunfire", "firing", "shot", "volley", "salvo", "mortar", "shell"})


def mutual_deed(tok: Token, means: Token | None) -> bool:
    """Whether the deed is fought by two sides against each other, each the other's target: a clash ("clashes
    between A and B", "killed in a clash"), a verb of clashing ("A and B clashed"), fire traded ("A and B exchanged
    fire", "A traded fire with B")."""
    if any(n is not None and n.pos_ in ("NOUN", "PROPN") and n.lemma_.lower() in CLASH_WORDS for n in (tok, means)):
        return True
    if tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    return lemma in _MUTUAL_VERBS or lemma in _TRADING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in TRADED_FIRE for c in tok.children)


def stray_conjunct_of_an_infinitive(verb: Token) -> bool:
    """A past verb the parse coordinates with the infinitive of a noun's phrase ("an attempt ... to infiltrate ...
    and killed six of them"), where the tenses show it goes with the finite verb above."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VBD" and head.tag_ == "VB" and head.dep_ in ("acl", "xcomp") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, climbing coordinated and controlled verbs ("militants attacked and killed",
    "forces retaliated, killing seven")."""
    v = verb
    for _ in range(4):
        subj = next((c for c in v.children if c.dep_ in ("nsubj",)), None)
        agent = next((g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is not None:
            return agent
        if subj is not None:
            return subj
        if stray_conjunct_of_an_infinitive(v):
            # "Security forces foiled an attempt by a group of terrorists to infiltrate into Chitral ... and killed six
            # of them": a past verb the parse coordinates with an infinitive goes with the finite verb above it
            v = next((a for a in v.head.ancestors if a.pos_ in ("VERB", "AUX") and a.tag_ in ("VBD", "VBZ", "VBP")),
                     v.head)
            continue
        if v.dep_ in ("conj", "xcomp") or (v.dep_ == "advcl" and v.tag_ == "VBG"):
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in v.head.children) and v.dep_ != "xcomp":
                return None  # "one was killed and ... fled": the first verb's subject is a victim
            v = v.head
            continue
        break
    return None


_KILLING_VERBS = frozenset({"kill", "shoot", "gun", "martyr", "slay", "behead", "assassinate", "murder"})


def type_by_roles(base: str, lemma: str, agent_role: str | None, patient_role: str | None,
                  means_role: str | None, sentence_words: set[str], counterpart_role: str | None = None,
                  means_lemma: str | None = None, instrument: bool = False) -> str | None:
    """The event type of a violent trigger by who acts, or None when it is not an event tangible records.

    ``base`` is the trigger's own type (ATTACK or OPERATION), ``agent_role`` the role of its actor (or of the
    party of the event it happened in), ``patient_role`` the role of those it was done to.
    """
    if patient_role == CROWD and agent_role not in (STATE, CROWD) and (
            agent_role in (ARMED, UNKNOWN) or means_lemma in EXPLOSIVE_MEANS or instrument
            or sentence_words & BLAST_WORDS):
        # "unknown persons opened fire at an election rally", "a cracker attack on a rally", "a suicide bomber
        # struck a procession": an armed attack on a gathering is an attack
        return "ATTACK"
    if base == "ATTACK" and lemma in L.BODY_FOUND_VERBS:
        return "ATTACK"  # "the bullet-riddled body of a trader was found": a killing, whoever found the body
    if patient_role == CROWD or (agent_role == CROWD):
        return None  # force against protesters, and violence by crowds, are not counter-terrorism events
    if agent_role == STATE:
        return "OPERATION"
    if agent_role in (ARMED, UNKNOWN):
        return "ATTACK"
    if agent_role == CIVILIAN:
        # a civilian does not mount an operation; a named person shooting someone is an attack only with
        # the words of armed violence around it
        return "ATTACK" if base == "ATTACK" and sentence_words & {"bomb", "suicide", "blast", "ied", "explosive"} \
            else None
    # nobody named: the clash's other side, the means, the victims and the words around decide
    if means_lemma in EXPLOSIVE_MEANS or instrument:
        return "ATTACK"  # "killed by an IED", "a militant was killed during an attack on a polio team"
    if "infighting" in (lemma, means_lemma):
        # "militants die in fresh infighting": armed groups fighting each other (a party's infighting kills nobody)
        return "ATTACK" if patient_role == ARMED else None
    if means_lemma in GUNFIGHT_WORDS and patient_role == STATE:
        return "ATTACK"  # "two paramilitary soldiers killed in Karachi shootout": forces do not die in a brawl
    if means_lemma in CLASH_WORDS and patient_role == STATE and not sentence_words & PROTEST_WORDS:
        return "ATTACK"  # "six soldiers killed in clash in Orakzai": forces die fighting an armed party
    if counterpart_role == STATE and patient_role in (ARMED, UNKNOWN):
        return "OPERATION"  # "militants killed in a clash with security forces"
    if counterpart_role in (ARMED, UNKNOWN) and patient_role == STATE:
        return "ATTACK"  # "soldiers killed in a clash with militants"
    if counterpart_role in (ARMED, UNKNOWN) and patient_role in (ARMED, UNKNOWN):
        return "ATTACK"  # militants fighting militants
    if means_role == STATE:
        return "OPERATION"
    if patient_role in (ARMED, UNKNOWN):
        if base == "ATTACK" and lemma in ("bomb", "blast", "explosion", "ied"):
            return "ATTACK"
        return "OPERATION"  # "12 militants were killed": forces did it
    if base == "OPERATION" and lemma in STATE_OPERATION_WORDS:
        return "OPERATION"
    if patient_role in (STATE, CIVILIAN) or base == "ATTACK":
        if sentence_words & TERROR_WORDS or lemma in TERROR_WORDS:
            return "ATTACK"
        if patient_role == STATE and lemma in _KILLING_VERBS:
            return "ATTACK"  # "two policemen shot dead in Quetta", "two Pakistan soldiers killed": forces killed by
            # nobody named die at an armed party's hands (accidents and riots are read out before this)
        return None
    if lemma in CLASH_WORDS and counterpart_role is None and patient_role is None:
        return None  # a clash with no armed party named: rival groups, a brawl, a riot
    return base


def is_protest_context(sentence_lemmas: set[str]) -> bool:
    return bool(sentence_lemmas & PROTEST_WORDS)


def person_like(tok: Token) -> bool:
    return tok.lemma_.lower() in L.PERSON_NOUNS or tok.pos_ in ("PROPN", "PRON")
