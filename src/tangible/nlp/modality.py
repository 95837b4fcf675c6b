"""Modality of an event trigger from its dependency context (DESIGN §3).

``modality_of(token)`` returns asserted, negated, demanded, future or hypothetical. It walks from the
trigger up through the clauses that govern it: a demand verb above it makes it demanded, a promise or
plan makes it future, a condition or a modal makes it hypothetical, a negation or a denial makes it
negated. Reporting verbs ("said", "told") pass the modality of their complement through unchanged.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from tangible.nlp import lexicon as L
from tangible.nlp.dates import MONTH_NAMES, WEEKDAYS
from tangible.nlp.roles import INSTRUMENT_HEADS
from tangible.ontology import ACTION_TYPES

_CLIMB = {"xcomp", "ccomp", "advcl", "dobj", "pobj", "prep", "acl", "conj", "nsubjpass", "nsubj", "attr",
          "oprd", "pcomp", "appos", "compound", "amod", "npadvmod", "dep", "csubj", "acomp"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "gonna"}
_HYPO_AUX = {"may", "might", "could", "would", "can", "'d", "ca"}
_DEMAND_AUX = {"should", "must", "ought"}
_PRESUPPOSING_PREPS = {"after", "since", "following"}
# the verbs that tell the harm a deed did (or did not do) to people: "no one was hurt in the blast"
_HARM_TOLD = frozenset({"hurt", "injure", "wound", "kill", "report", "harm", "die", "lose", "sustain", "suffer"})
# a party's part in an event, or a link to it: what is denied or not done about it leaves the event itself a given
_PART_NOUNS = frozenset({"involvement", "role", "hand", "part", "complicity", "participation", "connection", "link",
                         "links", "tie", "ties"})
# prepositions that place a clause in the time of an event, which the clause takes as having happened even when it
# is negated (after, since and following presuppose it in any mood: _PRESUPPOSING_PREPS)
_TIME_PREPS = frozenset({"during", "before", "despite", "amid", "amidst", "throughout"})
# prepositions of a topic, and the verbs of speaking whose topic an event is ("did not comment on the handover")
_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding"})
_SPEAKING_VERBS = frozenset({"comment", "speak", "say", "remark", "elaborate", "respond", "react", "reply", "talk",
                             "give", "provide", "share", "offer", "release", "disclose"})


def _presupposed_by(prep: Token, tok: Token) -> bool:
    """``tok`` is a definite event noun that ``prep`` places a clause in the time or topic of: a negated clause
    still takes the event as having happened ("Trade was not interrupted during the handover",
    "The TTP did not comment on the handover"; not "There was no handover", "did not take part in the raid")."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.i != prep.i:
        return False
    if not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those", "its", "their")
               for c in tok.children):
        return False
    word = prep.lower_
    return word in _TIME_PREPS or word in _TOPIC_PREPS and prep.head.lemma_.lower() in _SPEAKING_VERBS


# the words that say evidence is wanting without denying it ("little evidence", "scant proof")
SCANT = frozenset({"little", "scant", "scarce", "scarcely", "insufficient"})
_EPISTEMIC_NOUNS = {"evidence", "proof", "sign", "indication", "confirmation", "trace", "record", "information"}


def _object_negated_only(head: Token, conjunct: Token) -> bool:
    """The first conjunct is negated only by its object ("had seen no evidence of the relocation"), and the
    conjunct has an object of its own ("and urged Kabul to act"): no denial is shared ("did not arrest or detain
    anyone" shares it, the object too)."""
    if not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in conjunct.children):
        return False
    return _negated_by_its_object(head)


def _negated_by_its_object(head: Token) -> bool:
    """The verb is negated only by its object ("had seen no evidence", "caused no casualties"), not by itself."""
    if any(_local_of_child(c) for c in head.children):
        return False
    return any(c.dep_ == "dobj" and (c.lower_ in ("nobody", "none", "nothing", "no-one") or any(
        g.lower_ == "no" and g.dep_ == "det" for g in c.children)) for c in head.children)


def _local_of_child(c: Token) -> bool:
    """``c`` (a child of a verb) negates the verb by itself: "not", "never", "no one" as its subject."""
    return c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ == "never" or c.dep_ in ("nsubj", "nsubjpass") and (
        c.lower_ in ("nobody", "none", "nothing", "no-one") or any(
            g.lower_ == "no" and g.dep_ == "det" for g in c.children))


def _local(tok: Token) -> str | None:
    """Modality signalled by the token's own children."""
    for c in tok.children:
        lw = c.lower_
        if c.dep_ == "neg" or (c.dep_ == "det" and lw == "no") or (c.dep_ in ("nsubj", "nsubjpass") and lw in (
                "nobody", "none", "nothing", "no-one")):
            return "negated"
        if c.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ == "no" and g.dep_ == "det" for g in c.children):
            return "negated"
        if c.dep_ == "dobj" and tok.pos_ in ("VERB", "AUX") and (lw in ("nobody", "none", "nothing", "no-one") or any(
                g.lower_ == "no" and g.dep_ == "det" and not (g.i + 1 < len(g.doc) and g.doc[g.i + 1].lower_ in (
                    "fewer", "less", "more")) for g in c.children)):
            return "negated"  # "the Taliban have arrested no one", "detained none of them" (not "no fewer than 12")
        if c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ in ("neg", "preconj", "advmod") and g.lower_ in (
                "not", "neither") or g.dep_ == "det" and g.lower_ == "neither" for g in c.children):
            return "negated"  # "not a single commander has been detained", "not one fighter was disarmed",
            # "Neither the Taliban nor Pakistani authorities have seized any weapons"
        if c.dep_ == "mark" and lw in ("if", "unless", "whether", "lest"):
            return "hypothetical"
        if c.dep_ == "advmod" and lw in ("never",):
            return "negated"
        if c.dep_ in ("amod", "compound") and c.i < tok.i and lw in ("forbidding", "prohibiting", "banning",
                                                                    "outlawing"):
            return "negated"  # "issued an edict forbidding attacks on aid workers" (the parse makes the ban the
            # deed's modifier)
        if c.dep_ in ("preconj", "advmod", "det") and lw == "neither" or c.dep_ == "cc" and lw == "nor" \
                and c.i < tok.i:
            return "negated"  # "has neither arrested nor expelled any commander"
        if c.dep_ == "advmod" and lw in ("perhaps", "possibly", "maybe", "allegedly_no"):
            return "hypothetical"
        if c.dep_ == "advmod" and lw in ("how", "whether") and _infinitive(tok):
            return "hypothetical"  # "talks focused on how to curb cross-border attacks": a question, not a deed
        if c.dep_ == "advmod" and lw == "yet" and any(
                g.dep_ == "xcomp" and _infinitive(g) for g in tok.children):
            return "negated"  # "the crackdown has yet to begin", "Kabul is yet to arrest anyone": not so far
        if c.dep_ == "advmod" and lw == "yet" and any(a.dep_ == "aux" and a.lower_ == "to" and a.i > c.i
                                                      for a in tok.children):
            return "negated"  # "the suspects are yet to be arrested" (the parse hangs "yet" on the verb)
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass"):
            lw = c.lower_
            if lw in ("want", "wants", "needs"):
                return "demanded"  # "camps that Islamabad wants dismantled": the parse reads the want as an auxiliary
            if lw in _FUTURE_AUX:
                return "future"
            if lw in _DEMAND_AUX:
                return "demanded"
            if lw in _HYPO_AUX:
                return "hypothetical"
            if c.lemma_ == "go" and any(g.lower_ == "to" for g in tok.children):
                return "future"
            if lw == "to" and c.i < tok.i and _headline_plan(tok):
                return "future"
    return None


def _headline_plan(verb: Token) -> bool:
    """A subject and an infinitive with no finite verb over them: a headline's plan ("Pakistan to launch new
    operation against militants", "Taliban to arrest TTP men, says minister"), not a deed done."""
    if verb.tag_ != "VB" or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    if verb.dep_ == "ROOT":
        return True
    head = verb.head
    return verb.dep_ == "ccomp" and verb.i < head.i and head.dep_ == "ROOT" and head.lemma_.lower() in L.REPORTING_VERBS


def sought_for(want: Token) -> bool:
    """"wanted" read as a finite verb whose clause is the sentence's own: "a man wanted for the murder of two
    policemen was arrested" (the parse makes "man" want and "was arrested" what he wants, a clause with no subject
    of its own). The participle names what the man is sought for; nobody asks for anything."""
    return want.tag_ in ("VBD", "VBN") and any(c.dep_ == "prep" and c.lower_ in ("for", "in", "over")
                                               for c in want.children) and any(
        c.dep_ == "ccomp" and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        for c in want.children) and not any(c.dep_ in ("xcomp", "dobj") for c in want.children)


def _own_clause(verb: Token, head: Token) -> bool:
    """A conjunct with a subject of its own, joined by "and" or "but": a clause of its own. ("Or" joins
    alternatives that share their frame, and the parse often hangs a subject of its own there by mistake.)"""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not any(
        c.dep_ == "cc" and c.lower_ in ("or", "nor") and head.i < c.i < verb.i for c in head.children)


# nouns a "to" after which is a preposition the parse may read as an infinitive's ("fell victim to target
# killing", "fell prey to sectarian killing"): what follows happened to the subject
_TO_AFTER = frozenset({"victim", "victims", "prey"})


def _infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" and not (c.i > 0 and c.doc[c.i - 1].lower_ in _TO_AFTER)
               for c in tok.children)


def _without(tok: Token) -> bool:
    """"entered the town without firing a shot", "pulled out without resistance or firing a gunshot": what
    "without" governs did not happen (the parse may hang the gerund on the verb as a conjunct)."""
    if tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "without":
        return True
    return tok.tag_ == "VBG" and tok.dep_ == "conj" and any(
        c.lower_ == "without" and c.i < tok.i for c in tok.head.children) and any(
        c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in tok.head.children)


# what stops a deed before it is done: "police foiled a terrorist attack on a school", "thwarted a suicide attack"
_FOILING = frozenset({"foil", "thwart", "avert", "prevent", "preempt", "pre-empt", "frustrate", "abort", "avoid"})


# how an attack is stopped before anyone fights: the bomb defused, the bomber caught
_STOPPED_BY = frozenset({"arrest", "detain", "apprehend", "nab", "capture", "defuse", "seize", "recover", "confiscate",
                         "intercept"})


def _foiled(tok: Token) -> bool:
    """The deed a noun names is what was stopped, by an arrest or a defusal the sentence tells: "Police thwarted
    a suicide attack in Quetta, arresting a would-be bomber" (no attack; "Police foil terrorist attack" alone may
    be a fight that stopped it)."""
    verb = tok.head
    if not (tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and (
            verb.lemma_.lower() in _FOILING or verb.lower_ in ("foiled", "thwarted", "averted", "prevented"))):
        return False
    means = [c for c in verb.children if c.dep_ in ("advcl", "conj")]
    means += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children]
    return any(m.lemma_.lower() in _STOPPED_BY or m.lower_ in ("defusing", "arresting") for m in means)


# "instead of arresting them", "rather than dismantling the camps", "stopped short of detaining", "far from
# expelling": the alternative named is what was not done
_ALTERNATIVE_MARKS = frozenset({("instead", "of"), ("rather", "than"), ("short", "of"), ("far", "from"),
                                ("lieu", "of")})


def _alternative(tok: Token) -> bool:
    """The trigger is the alternative set aside: "instead of arresting them, the Taliban gave the fighters refuge"."""
    i = tok.i
    if i >= 1 and tok.doc[i - 1].dep_ in ("det", "poss") and tok.pos_ == "NOUN":
        i -= 1  # "instead of the arrest of"
    if i < 2:
        return False
    return (tok.doc[i - 2].lower_, tok.doc[i - 1].lower_) in _ALTERNATIVE_MARKS


_EVIDENCE_NOUNS = frozenset({"evidence", "proof", "sign", "indication", "demonstration"})


def _nested_given(tok: Token, subj: Token) -> bool:
    """``tok`` sits inside the subject ``subj`` as a participle, relative clause or of-phrase (not in what a subject
    of evidence lists: "evidence of arrests, seized weapons or closed camps would satisfy Islamabad" names what
    would count, nothing done)."""
    if subj.lemma_.lower() in _EVIDENCE_NOUNS:
        return False
    t = tok
    while t != subj and t.head != t:
        if t.dep_ in ("acl", "relcl", "amod") and t.pos_ in ("VERB", "AUX"):
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head == subj:
            return True
        t = t.head
    return False


_FEW = frozenset({"few", "nobody", "none", "no-one"})
_BELIEF_VERBS = frozenset({"believe", "think", "accept", "trust", "buy", "imagine", "suppose", "expect"})
# the passive verbs of hearsay that raise the doer of a perfect infinitive: "are thought to have detained"
HEARSAY_VERBS = frozenset({"believe", "think", "say", "report", "understand", "know", "rumour", "rumor", "allege",
                           "suppose", "presume", "suspect", "claim"})


def hearsay_perfect(verb: Token, head: Token) -> bool:
    """"X is thought (believed, said, reported) to have done": a perfect infinitive under a passive verb of
    hearsay tells a deed as done, on someone's word (events.py marks such a report unverified)."""
    return head.lemma_.lower() in HEARSAY_VERBS and any(c.dep_ == "auxpass" for c in head.children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _few_hold(verb: Token) -> bool:
    """The verb's subject is next to nobody: "few believe", "few analysts think", "no one in Islamabad believes"."""
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        if c.lower_ in _FEW or (c.lower_ == "one" and any(g.lower_ == "no" for g in c.children)):
            return True
        if any(g.dep_ in ("amod", "det") and g.lower_ in ("few", "no") and not any(
                a.lower_ == "a" for a in g.children) for g in c.children) and c.tag_ in ("NNS", "NN", "NNPS"):
            return True  # (not "a few analysts believe")
    return False


def _doubted_claim(claim: Token) -> bool:
    """A party's claim to have acted that few believe: "few believe Taliban claims that they moved the militants"
    (a claim a named party doubts stays asserted, and disputed: see events.py)."""
    if claim.lemma_.lower() != "claim" and claim.lower_ not in ("claims", "claim"):
        return False
    # (the parse may read "Taliban claims" as a verb, leaving the name before it in the doubter's phrase)
    starts = [claim, *([claim.doc[claim.i - 1]] if claim.i and claim.doc[claim.i - 1].dep_ == "pobj" else [])]
    for start in starts:
        for up in list(start.ancestors)[:3]:
            if up.lemma_.lower() in _BELIEF_VERBS and _few_hold(up):
                return True
    return False


# the verbs of a claim rejected
DISMISSALS = frozenset({"deny", "reject", "dismiss", "refute", "rebuff", "dispute", "contest"})


def _owned_claim(claim: Token) -> bool:
    """"the Taliban's claims", "Taliban claims" (the parse may read the plural as a verb, its owner before it as
    a compound, or as the object of the verb above)."""
    if claim.lemma_.lower() != "claim" and claim.lower_ not in ("claim", "claims"):
        return False
    if any(c.dep_ in ("poss", "compound") and c.i < claim.i and c.pos_ in ("PROPN", "NOUN") for c in claim.children):
        return True
    before = claim.doc[claim.i - 1] if claim.i else None
    return claim.pos_ in ("VERB", "AUX") and before is not None and before.pos_ in ("PROPN", "NOUN") \
        and before.head.i == claim.head.i and before.dep_ == "dobj"


# what a party calls another's claim to have acted when it holds it hollow ("the Taliban's claims of arresting TTP
# militants were an eyewash")
_HOLLOW_WORDS = frozenset({"eyewash", "cosmetic", "sham", "drama", "exaggerated", "hollow",
                                               "farce", "charade", "stunt", "false", "baseless", "untrue",
                                               "propaganda", "lie", "lies", "fabricated", "unfounded", "fake"})


def owned_claim_of(deed: Token) -> Token | None:
    """The claim whose owner tells ``deed`` as its own: "the Taliban's claims to have relocated TTP fighters",
    "the Taliban's claim of arresting dozens of TTP fighters" (the claim noun), or None."""
    if _infinitive(deed) and deed.dep_ in ("xcomp", "acl", "ccomp") and _owned_claim(deed.head):
        return deed.head
    if deed.dep_ == "pcomp" and deed.tag_ == "VBG" and deed.head.lower_ == "of" and _owned_claim(deed.head.head):
        return deed.head.head
    return None


_PEOPLE_OF_A_DEED = frozenset({"attacker", "assailant", "bomber", "perpetrator", "gunman", "gunmen", "victim",
                               "planner", "mastermind", "culprit", "killer"})
_VERIFYING = frozenset({"verify", "confirm", "corroborate", "substantiate"})


def _claim_not_verified(deed: Token) -> bool:
    """``deed`` is what a party claims, which the writer could not verify: "Reuters could not independently verify
    the Taliban's claim that their forces destroyed an ISKP training camp" (the claimant's account, unverified: not
    a deed denied)."""
    claim = deed.head
    # (a claim of no named owner too: "Tolo News could not independently verify claims that Taliban forces had
    # detained ETIM members" tells the claim, unverified; the writer does not deny the deed)
    return deed.dep_ == "acl" and indicative(deed) and claim.lemma_.lower() in ("claim", "assertion", "account",
                                                                                "report") \
        and claim.dep_ == "dobj" and claim.head.lemma_.lower() in _VERIFYING


def dismissed_claim_to_have_acted(deed: Token) -> Token | None:
    """The verb by which a party rejects another's claim to have done ``deed``: "Islamabad dismissed the Taliban's
    claims to have relocated TTP fighters", "the Taliban's claims of arresting TTP militants were an eyewash" (the
    deed is the claimant's, disputed; not denied by its doer), or None. Only the claim to have done a deed oneself
    is read so ("rejected Afghan claims that its forces shelled Kunar" is a denial of one's own deed)."""
    claim = owned_claim_of(deed)
    if claim is not None and claim.dep_ in ("dobj", "ccomp") and claim.head.lemma_.lower() in DISMISSALS:
        return claim.head  # "rejected Taliban claims to have relocated", "dismissed the Taliban's claim of arresting"
    if claim is not None and claim.dep_ == "nsubj" and claim.head.lemma_.lower() in ("be", "remain", "prove") and any(
            c.dep_ in ("attr", "acomp") and c.lemma_.lower() in _HOLLOW_WORDS for c in claim.head.children) and not any(
            c.dep_ == "neg" for c in claim.head.children):
        return claim.head  # "the Taliban's claims of arresting TTP militants were an eyewash"
    if _infinitive(deed) and deed.dep_ == "ccomp" and deed.head.lemma_.lower() in DISMISSALS and any(
            c.dep_ == "nsubj" and _owned_claim(c) for c in deed.children):
        return deed.head  # "dismissed the Taliban's claims to have relocated" (the claims read as the deed's subject)
    claim = deed.head
    if deed.dep_ == "acl" and indicative(deed) and claim.lemma_.lower() in ("claim", "assertion", "account") \
            and _owned_claim(claim) and claim.dep_ == "dobj" and claim.head.lemma_.lower() in _BACKING:
        evidence = claim.head.head
        if evidence.lemma_.lower() in ("evidence", "proof") and (
                any(c.lower_ in ("no", "little", "scant") for c in evidence.children)
                or any(c.dep_ == "neg" for c in evidence.head.children)):
            # "Pakistan had seen no evidence to support the Afghan Taliban's claim that they had detained 23 TTP
            # militants": the claim told, and held unsupported
            return claim.head
    return None


_BACKING = frozenset({"support", "back", "corroborate", "substantiate", "confirm", "prove"})


_ORDERS = frozenset({"order", "direct", "instruct"})
_BANKS = frozenset({"bank", "banks", "lender", "lenders", "institution", "institutions"})
# measures an authority takes by ordering them ("ordered the closure of", "the freezing of", "a ban on"); not an
# arrest, whose order is a warrant still to be served
_ORDERED_MEASURES = frozenset({"closure", "closing", "freeze", "freezing", "ban", "sealing", "seizure",
                               "confiscation", "demolition", "shutdown", "proscription"})


def banks_ordered(head: Token) -> bool:
    """``head`` is an order whose party is the banks ("directed banks and exchange companies to freeze ...")."""
    return head.lemma_.lower() in _ORDERS and any(c.dep_ == "dobj" and (c.lemma_.lower() in _BANKS or any(
        g.dep_ == "conj" and g.lemma_.lower() in _BANKS for g in c.children)) for c in head.children)


def _verb_lemma(tok: Token) -> str:
    """The lemma, of a verb the tagger took for a noun: "who were planning attacks" tags "planning" NN, yet its
    auxiliary and subject make it the progressive of "plan"."""
    lemma = tok.lemma_.lower()
    if tok.tag_ != "NN" or not lemma.endswith("ing") or len(lemma) < 6 or not any(
            c.dep_ in ("aux", "nsubj") for c in tok.children):
        return lemma
    stem = lemma[:-3]
    for form in (stem, stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else "", stem + "e"):
        if form and (form in L.FUTURE_CUES or form in L.DEMAND_CUES or form in L.NEG_HEAD_CUES):
            return form
    return lemma


def _past_necessity(head: Token) -> bool:
    """"police had to open fire", "had to arrest the leaders": a necessity told in the past tense, as reports tell
    what was done because it had to be (not "will have to", "would have had to", nor a duty under a deal)."""
    return head.lemma_.lower() == "have" and head.tag_ == "VBD" and not any(
        c.dep_ in ("aux", "neg") for c in head.children) and not any(
        c.dep_ == "prep" and c.lower_ in ("under", "by") for c in head.children)


# the words that open a clause of time or cause ("after", "before"), never the content of a demand
_TIME_MARKS = frozenset({"after", "before", "when", "since", "while", "as", "because", "once", "until"})

# verbs of a party's stance towards a kind of deed, whose object is no deed reported
_STANCE_VERBS = frozenset({"tolerate", "condone", "countenance", "brook"})


def _head_cue(head: Token, dep: str, child: Token) -> str | None:
    """Modality given by the lexical meaning of a governing word."""
    lemma = _verb_lemma(head)
    if lemma in L.IMPLICATIVE_HEADS:
        return None
    if lemma == "due" and (child.lower_ == "to" or any(c.lower_ == "to" for c in head.children)):
        return None  # "killed due to air strikes": a cause, not a schedule
    if lemma in _STANCE_VERBS and dep == "dobj":
        return "hypothetical"  # "Pakistan will not tolerate attacks from Afghan soil": a stance, not a report of any
    if lemma in L.NEG_HEAD_CUES:
        if lemma == "rule" and not any(c.lower_ == "out" for c in head.children):
            return None
        if lemma in ("dismiss", "deride") and dep == "dobj" and child.pos_ == "NOUN" and any(
                c.dep_ == "prep" and c.lower_ == "as" for c in head.children):
            return None  # "dismissed the relocation as cosmetic": the deed held small, not denied
        return "negated"
    if lemma in L.DEMAND_CUES:
        if lemma == "insist" and dep == "ccomp" and indicative(child):
            return None  # "Kabul insists it has arrested dozens": a statement of fact, reported
        if lemma in ("order", "direct", "instruct", "tell", "need", "seek", "require") and dep not in (
                "xcomp", "ccomp", "dobj", "pobj", "prep", "acl"):
            return None
        if lemma == "tell" and dep == "ccomp":
            return None  # "told reporters that police arrested"
        if dep in ("xcomp", "ccomp") and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in child.children):
            # "two security officials told Reuters, a week after a suicide bombing killed seven soldiers": a clause
            # of time the parse hangs on the verb as its complement tells when, not what is asked
            return None
        if banks_ordered(head):
            return None  # "ordered banks to freeze the accounts": an authority's order to its banks is the step
        if lemma == "direct" and dep == "dobj" and child.lemma_.lower() in ARMED_DEEDS:
            return None  # "masterminds in Afghanistan direct such attacks": deeds run from afar, not a demand
        if lemma in _ORDERS and dep == "dobj" and child.lemma_.lower() in _ORDERED_MEASURES and not any(
                c.dep_ in ("xcomp", "ccomp") for c in head.children):
            return None  # "ordered the closure of two seminaries": the order is the measure ("ordered Kabul to close")
        if lemma == "call" and not any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ in ("on", "upon", "for")
                                       for c in head.children):
            return None  # "a spokesman, calling from an unknown location, said his men carried out the attack"
        if lemma in ("push", "press") and any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "on", "ahead", "forward")
                                              for c in head.children):
            return None  # "forces pushed back a Taliban offensive", "troops pressed on with the operation"
        if lemma == "seek" and dep == "xcomp":
            return "hypothetical"
        if lemma == "want" and not any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in head.children):
            return None  # "a commander wanted for the attack": sought by the police, nothing asked for
        if lemma == "want" and sought_for(head):
            return None  # "a man wanted for the murder of two policemen was arrested": the same, misparsed
        return "demanded"
    if lemma == "expect" and dep in ("xcomp", "ccomp") and not any(c.dep_ == "auxpass" for c in head.children) and (
            any(c.dep_ == "dobj" for c in head.children) or any(c.dep_ == "nsubj" for c in child.children)):
        return "demanded"  # "Pakistan expects Kabul to hand over the militants": asked of Kabul
    if lemma in ("announce", "unveil") and dep == "dobj" and child.lemma_.lower() in _CAMPAIGN_NOUNS and not any(
            c.lower_ in ("successful", "completed", "concluded") for c in child.children):
        return "future"  # "announced a fresh offensive", "announced a new military operation": a start declared
    if lemma in L.FUTURE_CUES:
        if lemma in _ASSURING_HEADS and (dep == "ccomp" and _done_already(child) or dep == "dobj" and any(
                c.dep_ in ("acl", "relcl") and _done_already(c) and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                          for m in c.children) for c in child.children)):
            # "assured China that the militants had been relocated": a deed reported as done (the parse may hang
            # the clause on the one assured: "assured Chinese officials that ...")
            return None
        if lemma in _ENACTING_HEADS and dep == "dobj" and child.lemma_.lower() in _MEASURE_NOUNS:
            return None  # "Japan decides new sanctions against the DPRK": a measure decided is a measure taken
        if lemma in ("move", "step", "measure", "effort", "set", "mission", "goal") and dep not in ("acl", "xcomp"):
            return None
        if lemma in ("try", "attempt") and dep == "advcl" and child.tag_ == "VBG" and head.tag_ == "VBD" and \
                child.i > 0 and child.doc[child.i - 1].text == ",":
            return None  # "militants tried to storm the post, killing two policemen": what the attempt did
        if lemma in ("try", "attempt", "consider", "weigh", "mull", "contemplate", "hope", "wish"):
            return "hypothetical"
        if lemma == "warn" and dep not in ("ccomp", "xcomp"):
            return None
        return "future"
    if lemma in L.HYPO_CUES:
        return "hypothetical"
    return None


# words of assurance, whose complement in a past or perfect tense tells a deed done, not one promised
_ASSURING_HEADS = frozenset({"assure", "reassure", "reiterate"})
_PROSPECTIVE_AUX = frozenset({"will", "would", "shall", "should", "must", "can", "could", "may", "might", "to"})


def _one_told(noun: Token) -> bool:
    """A deed's noun made definite by its determiner or its owner: "the blast", "Monday's bombing", "the arrest of
    its leader" (not "any attack", "attacks")."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "last"))
               for c in noun.children)


# the verbs that tell where a deed came from, said of the deed itself ("the attack was launched from Afghan soil")
ORIGIN_CLAUSE_VERBS = frozenset({"launch", "originate", "stage", "plan", "direct", "orchestrate", "mastermind"})
# the verbs of those who set a deed going without doing it with their own hands
AUTHORING_VERBS = frozenset({"plan", "mastermind", "orchestrate", "order", "direct", "fund", "finance", "sponsor",
                             "organise", "organize", "engineer", "plot"})
# the deeds of armed violence a party may be named behind (not "ordered the arrest of the commander": a measure)
ARMED_DEEDS = frozenset({"attack", "bombing", "blast", "explosion", "assault", "ambush", "killing", "massacre",
                          "assassination", "kidnapping", "abduction", "murder", "raid", "siege", "hijacking"})
_FOILING_WORDS = frozenset({"foil", "thwart", "avert", "prevent", "abort", "bust", "frustrate", "defuse"})


def authored_deed(noun: Token) -> bool:
    """A deed of armed violence known as done, the object of a past verb of planning, ordering or paying for it in
    a clause of its own: "the TTP planned the 2021 attack", "masterminded last year's bombing", "had funded the
    Quetta blast" (not "is planning attacks", "planned an attack", "had planned the attack that police foiled",
    "ordered the arrest of the commander"; "the commanders who planned the bombing" are named by it)."""
    verb = noun.head
    return noun.dep_ == "dobj" and noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in ARMED_DEEDS \
        and verb.pos_ == "VERB" and verb.dep_ not in ("relcl", "acl") \
        and verb.lemma_.lower() in AUTHORING_VERBS and _one_told(noun) and _done_already(verb) \
        and not any(c.dep_ == "neg" for c in verb.children) \
        and not any(t.lemma_.lower() in _FOILING_WORDS for t in noun.sent)


def _done_already(comp: Token) -> bool:
    """A finite complement in a past or perfect tense with no modal: "that they had arrested", "that the fighters
    have been moved", "that it detained" (not "that they would arrest", "that no one will be allowed")."""
    auxes = {c.lower_ for c in comp.children if c.dep_ in ("aux", "auxpass")}
    if auxes & _PROSPECTIVE_AUX:
        return False
    return comp.tag_ == "VBD" or comp.tag_ == "VBN" and bool(auxes & {"has", "have", "had", "'s", "'ve", "'d"})


def indicative(comp: Token) -> bool:
    """A finite complement that states ("it has arrested", "they were civilians", "they do not allow", "it will not
    allow"), not a subjunctive that asks ("that he be arrested", "that they should act")."""
    auxes = {c.lower_ for c in comp.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"should", "must", "to"}:
        return False
    return comp.tag_ in ("VBD", "VBZ", "VBP") or bool(auxes & {"has", "have", "had", "is", "are", "was", "were", "do",
                                                               "does", "did", "will", "would", "can", "could"})


# campaigns a party declares: announcing one is no report that it was carried out
_CAMPAIGN_NOUNS = frozenset({"operation", "offensive", "crackdown", "campaign", "drive"})

# deciding or approving a measure (not a plan to act) is the measure taken
_ENACTING_HEADS = frozenset({"decide", "approve", "adopt", "authorize", "authorise"})
_MEASURE_NOUNS = frozenset({"sanction", "embargo"})

_STOP_HEADS = {"stop", "halt", "cease", "cancel", "abandon", "end", "prevent", "avoid", "refrain", "forbid"}


def _governing_cue(tok: Token) -> str | None:
    """The demand, promise or condition that governs a word, if any, a few levels up."""
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            return None
        local = _local(cur)
        if local in ("future", "demanded", "hypothetical"):
            return local
        cue = _head_cue(cur.head, cur.dep_, cur)
        if cue in ("demanded", "future", "hypothetical"):
            return cue
        cur = cur.head
    return None


# words of paying back a deed done: "retaliate for the strikes", "revenge for the killing", "avenge the raid"
_VENGEANCE = frozenset({"retaliate", "retaliation", "revenge", "avenge", "vengeance", "reprisal", "reprisals"})


def _avenged(tok: Token, dep: str, head: Token) -> bool:
    """The word is what is paid back: the object of "avenge" or of "for" after a word of vengeance."""
    if dep == "dobj":
        return head.lemma_.lower() == "avenge"
    return dep == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in _VENGEANCE


_GOAL_NOUNS = frozenset({"demand", "priority", "goal", "condition", "precondition", "requirement", "expectation",
                         "aim", "objective", "wish", "request"})
# participles that make a noun name what is asked for: "the steps sought by Beijing", "measures demanded by Islamabad"
_SOUGHT_PARTICIPLES = frozenset({"seek", "demand", "want", "request", "expect", "require", "ask", "propose", "urge"})


# the steps a party sets out or talks over, which are not thereby taken
_STEP_NOUNS = frozenset({"measure", "step", "action", "option", "proposal", "recommendation"})
_PROPOSING_VERBS = frozenset({"list", "propose", "suggest", "outline", "recommend", "present", "submit", "table",
                              "identify", "detail", "specify", "prescribe"})
_WEIGHING_VERBS = frozenset({"discuss", "consider", "weigh", "explore", "debate", "review", "examine"})
# what a party holds a step as ("sets the arrest of ETIM members as a benchmark") and the measures it holds it as
_REGARDING_VERBS = frozenset({"set", "name", "define", "cite", "see", "regard", "treat", "count"})
_BENCHMARK_NOUNS = frozenset({"benchmark", "criterion", "criteria", "yardstick", "test", "prerequisite", "marker",
                              "milestone", "indicator", "standard", "measure"})


def _subjects_of_listing(verb: Token) -> list[Token]:
    """What a verb of listing ("include", "be") lists from: its subject, or the noun after a fronted "among" ("Among
    the steps sought by Beijing are the arrest of ...")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "among" and c.i < verb.i:
            subjects.extend(g for g in c.children if g.dep_ == "pobj")
    return subjects


def _names_what_is_sought(noun: Token) -> bool:
    """The noun names what a party asks for: "Pakistan's demands", "Islamabad's list of demands", "Pakistan's wish
    list", "the steps sought by Beijing" (not "the steps taken by Kabul")."""
    if noun.lemma_.lower() in _GOAL_NOUNS:
        return True
    for c in noun.children:
        if c.dep_ == "compound" and c.lemma_.lower() in _GOAL_NOUNS:
            return True
        if c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _GOAL_NOUNS for g in c.children):
            return True
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _SOUGHT_PARTICIPLES:
            return True
        if c.dep_ == "amod" and c.i < noun.i and noun.lemma_.lower() in _STEP_NOUNS and (
                c.lemma_.lower() in _SOUGHT_PARTICIPLES or c.lower_ in _SOUGHT_ADJECTIVES):
            return True  # "The expected steps include the relocation of TTP families ...", "the necessary measures"
    return False


# what makes steps those asked for or to come: "the necessary measures", "the required steps"
_SOUGHT_ADJECTIVES = frozenset({"expected", "required", "needed", "necessary", "desired", "proposed", "recommended",
                                "demanded", "sought", "possible"})


_CHARGE_NOUNS = frozenset({"charge", "claim", "allegation", "accusation", "assertion", "contention", "account"})


_DEMAND_WORDS = {"demand", "demands", "demanded", "demanding"}


def _named_after_demand(tok: Token) -> bool:
    """The deed is the word right after a demand, its articles and adjectives aside, whatever the parse made of
    the clause: "held a strike camp against unemployment and demands ban on the party", "demanding immediate
    arrest of the killers". What is demanded has not happened."""
    i = tok.i - 1
    while i >= 0 and tok.doc[i].pos_ in ("DET", "ADJ"):
        i -= 1
    # (the sentence's start, costly to find, asked last: the scan stops at the same word short of it)
    return i >= 0 and tok.doc[i].lower_ in _DEMAND_WORDS and i >= tok.sent.start


_PLOTTING_WORDS = frozenset({"planning", "plotting", "preparing"})


def _named_after_plotting(tok: Token) -> bool:
    """The deed is the word right after "planning" or "plotting", its articles and adjectives aside, whatever the parse
    made of it: "busted a cell plotting attacks on Chinese nationals" (the small parser may read "cell plotting" as
    a compound noun); or deeds of no one in particular told as being planned: "saying attacks in Khyber Pakhtunkhwa
    were being planned across the border" (not "the attack was planned in Kunar", a deed done). What is plotted has
    not happened."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ == "nsubjpass" and tok.tag_ == "NNS" and tok.head.lemma_.lower() in ("plan", "plot", "prepare") \
            and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return True
    i = tok.i - 1
    while i >= 0 and tok.doc[i].pos_ in ("DET", "ADJ", "NUM"):
        i -= 1
    return i >= 0 and tok.doc[i].lower_ in _PLOTTING_WORDS and i >= tok.sent.start


def _campaign_announced(tok: Token) -> bool:
    """An armed group's offensive or campaign announced: "the TTP's announcement of a spring offensive", "the TTP
    announced a new offensive against security forces" (a season of attacks to come, no attack told)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ("offensive", "campaign"):
        return False
    head = tok.head
    if tok.dep_ == "dobj":
        return head.lemma_.lower() in ("announce", "declare")
    return tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in ("announcement", "declaration")


def first_listed_infinitive(tok: Token) -> Token | None:
    """The first infinitive of a list of steps the parse has broken, for a later bare verb of it. In "Pakistan wants
    the Taliban to shut the camps, disrupt their funding and detain the commanders" the small parse may coordinate
    "disrupt" with "wants" or hang it on "wants" as a second clause (a bare verb cannot be either: it has no subject
    and no "to", and "wants" is finite), or make "disrupt" the root and hang "wants ... to shut" on it as a clause before it. The later items are read as the first one is:
    asked of the same party."""
    if tok.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in tok.children):
        return None
    item = tok
    while item.dep_ == "conj" and item.head.tag_ == "VB" and item.head.i != item.i and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in item.head.children):
        item = item.head  # back to the first bare verb of the run
    head = item.head
    if item.dep_ in ("conj", "ccomp", "xcomp") and head.tag_ in ("VBZ", "VBD", "VBP"):
        return next((c for c in head.children if c.dep_ in ("xcomp", "ccomp") and c.i < item.i and c.tag_ == "VB"
                     and _infinitive(c)), None)
    if item.dep_ == "ROOT" and item.i > 0 and item.doc[item.i - 1].lower_ in (",", ";"):
        clause = next((c for c in item.children if c.dep_ == "ccomp" and c.i < item.i), None)
        if clause is not None:
            return next((t for t in clause.subtree if t.i < item.i and t.tag_ == "VB" and _infinitive(t)), None)
    return None


# what announces a list of steps asked for or promised: "We expect tangible steps: the arrest of TTP commanders,
# the closure of their camps ..."; "Kabul has pledged three things: ..."
_LIST_DEMAND = frozenset({"expect", "expectation", "demand", "want", "need", "require", "requirement", "ask", "urge",
                          "seek", "call", "condition", "precondition", "priority", "wish", "insist", "press"})
_LIST_PROMISE = frozenset({"pledge", "promise", "vow", "assure", "commit", "guarantee", "undertake", "plan", "intend",
                           "will", "shall"})


_COLONS = "tangible_colons"  # Doc.user_data key: the indices of the doc's colons


def _listed_after_colon(tok: Token) -> str | None:
    """A deed named in a verbless list after a colon reads as the words before the colon announce it: asked for
    ("We expect tangible steps: the arrest of TTP commanders, the closure of their camps") or promised; a list of
    what was done ("Police listed their gains: the arrest of five men ...") stays as it is."""
    if not (tok.pos_ in ("NOUN", "PROPN") or tok.tag_ == "VBG"):
        return None
    colons = tok.doc.user_data.get(_COLONS)
    if colons is None:
        colons = tok.doc.user_data[_COLONS] = [t.i for t in tok.doc if t.lower_ == ":"]
    if not colons or colons[0] >= tok.i:
        return None  # (no colon before the word: the sentence, costly to find, is not looked for)
    sent = tok.sent
    colon = next((t for t in reversed(tok.doc[sent.start:tok.i]) if t.lower_ == ":"), None)
    if colon is None or any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" for t in tok.doc[colon.i + 1:tok.i]):
        return None
    before = {t.lemma_.lower() for t in tok.doc[sent.start:colon.i]}
    if before & _LIST_DEMAND:
        return "demanded"
    if before & _LIST_PROMISE:
        return "future"
    return None


_TOLL_PARTICIPLES = frozenset({"kill", "injure", "wound", "martyr"})


def _result_told(verb: Token) -> bool:
    """The deed's own participle clause tells what it did to people: "to attack a border post, killing four
    soldiers"."""
    return any(c.dep_ in ("advcl", "conj", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in _TOLL_PARTICIPLES
               and c.i > verb.i for c in verb.children)


_DEED_NOUN_TYPES = frozenset({*ACTION_TYPES, "ATTACK"})


def _listed_after_a_deed_noun(tok: Token) -> str | None:
    """A deed noun listed after another with nothing but their phrases between ("wanted to see the arrest of TTP
    commanders, the relocation of their families away from the border and the closure of training camps") reads as
    the first does, however the parse hung the list: asked for, promised or denied alike. None when the first is
    told as done, or there is no such list."""
    if tok.pos_ != "NOUN" or L.NOUN_TRIGGERS.get(tok.lemma_.lower()) not in _DEED_NOUN_TYPES:
        return None
    start = tok.left_edge.i if tok.left_edge.i < tok.i else tok.i
    if start == 0 or tok.doc[start - 1].lower_ not in (",", "and", "or"):
        return None
    sent_start = tok.sent.start
    for t in reversed(tok.doc[max(sent_start, tok.i - 14):start - 1]):
        if t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN") or t.lower_ in (";", ":", "but", "while"):
            return None
        if t.pos_ == "NOUN" and L.NOUN_TRIGGERS.get(t.lemma_.lower()) in _DEED_NOUN_TYPES:
            first = modality_of(t)
            return first if first != "asserted" else None
    return None


def _until_clause(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("until", "till", "untill") for c in verb.children)


def _open_until(verb: Token) -> bool:
    """An "until" clause in the present tense: the end it names lies ahead ("until the last militant is
    eliminated"); in the past it was reached ("fought until the attackers were killed")."""
    if not _until_clause(verb):
        return False
    tensed = [c for c in verb.children if c.dep_ in ("aux", "auxpass")] or [verb]
    return not any(t.tag_ in ("VBD",) or t.lower_ in ("was", "were", "had") for t in tensed)


def _example_of_a_kind(tok: Token) -> bool:
    """A deed given as an example of a kind of step: "steps such as freezing assets and arresting leaders" (a
    gerund or a bare noun under "such as"; not "attacks such as the bombing of the Peshawar mosque")."""
    if not (tok.tag_ == "VBG" or tok.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in tok.children)):
        return False
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i or cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("pcomp", "amod", "conj"):
            return False
        cur = cur.head
        if cur.lower_ == "as" and any(c.lower_ == "such" for c in cur.children):
            return True
    return False


def _awaited(tok: Token) -> bool:
    """An event named as what something comes before: "withdrew its troops ahead of the Turkish offensive", "in
    anticipation of an operation" (it has not happened yet)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    before = tok.head.head
    return before.lower_ == "ahead" or before.lower_ == "anticipation" and before.head.lower_ == "in"


# auxiliaries that, put before their subject at the head of a sentence, open a condition: "Should the TTP attack
# again, ...", "Had the Taliban arrested the commanders, ...", "Were Kabul to expel the fighters, ..."
_INVERTED_CONDITION_AUX = frozenset({"should", "had", "were"})


def _inverted_condition(tok: Token) -> bool:
    """The token lies in a condition told by an auxiliary put before its subject at the head of the sentence, up to
    the comma that closes it: "Should the TTP attack again, Pakistan will hit back", "Had the Taliban arrested the
    commanders, the attack would not have happened". (What the main clause after the comma tells is left to it.)"""
    sent = tok.sent
    first = sent[0]
    if first.lower_ not in _INVERTED_CONDITION_AUX or first.tag_ not in ("MD", "VBD") or tok.i <= first.i:
        return False
    if first.i + 1 >= sent.end or first.doc[first.i + 1].pos_ not in ("DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM"):
        return False  # "Had been ...", "Were it not ...": not a subject after the auxiliary
    comma = next((t for t in first.doc[first.i + 1:sent.end] if t.text == ","), None)
    return comma is not None and tok.i < comma.i


# what a report is called when it is denied ("reports that ... were false")
_FALSE_WORDS = frozenset({"false", "baseless", "untrue", "fabricated", "wrong", "incorrect", "unfounded", "fake",
                          "propaganda", "lie", "lies", "rumour", "rumor", "fiction", "concocted", "misleading"})
_REPORT_NOUNS = frozenset({"report", "claim", "allegation", "rumour", "rumor", "news", "story", "assertion"})


def _told_by_a_report_called_false(tok: Token) -> bool:
    """The deed is what a report says, and the report is called false: "Reports that the Taliban had arrested TTP
    leaders were false, Mujahid said", "claims that the army had killed civilians are baseless"."""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in ("ccomp", "acl", "conj") or cur.head is cur:
            return False
        cur = cur.head
        if cur.pos_ == "NOUN" and cur.lemma_.lower() in _REPORT_NOUNS:
            be = cur.head
            return cur.dep_ == "nsubj" and be.lemma_.lower() in ("be", "remain", "prove") and any(
                c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _FALSE_WORDS for c in be.children) and not any(
                c.dep_ == "neg" for c in be.children)
    return False


def _listed_as_evidence(tok: Token) -> bool:
    """"Evidence of arrests, seized weapons or closed camps would satisfy Islamabad": the parse makes the participle
    of a listed item a verb whose subject is the evidence (no auxiliary: no clause); what would count is nothing
    done. ``tok`` is that participle or hangs on it."""
    t = tok
    for _ in range(5):
        if t.tag_ == "VBN" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _EVIDENCE_NOUNS for c in t.children) \
                and not any(c.dep_ in ("aux", "auxpass") for c in t.children):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


# the adjectives that make a "that" clause what must be done: "It is imperative that Kabul dismantle the sanctuaries"
_MANDATIVE = frozenset({"imperative", "essential", "necessary", "vital", "important", "crucial", "critical", "urgent",
                        "incumbent", "mandatory", "indispensable"})


def _what_would_be(tok: Token) -> str | None:
    """A deed named as what would count, or what a party wants, in a pseudo-cleft: "What would count as evidence,
    an analyst said, is the closure of camps", "What Islamabad wants is the arrest of the commanders" (a kind of
    deed, not one done). Returns the reading of the "what" clause, or None."""
    t = tok
    for _ in range(6):
        if t.dep_ == "attr" and t.head.lemma_.lower() == "be":
            break
        if t.dep_ not in ("conj", "pobj", "prep", "appos") or t.head.i == t.i:
            return None
        t = t.head
    else:
        return None
    for clause in t.head.children:
        if clause.dep_ not in ("csubj", "nsubj") or not any(w.lower_ == "what" and w.i <= clause.i
                                                            for w in clause.subtree):
            continue
        if clause.lemma_.lower() in ("want", "need", "demand", "expect", "seek", "require", "ask"):
            return "demanded"
        if any(c.dep_ == "aux" and c.lower_ in _HYPO_AUX | _DEMAND_AUX for c in clause.children):
            return "hypothetical"
    return None


def _listed_after_a_modal_listing(tok: Token) -> str | None:
    """A deed noun listed after a main verb of listing that a modal makes what would be: "Tangible steps would
    include the arrest of TTP commanders ..., the closure of their training camps, the freezing of the funds that
    sustain them and the handover of wanted men at the border" (the parse may hang the later items anywhere in the
    list). Returns the reading the modal gives, or None; an item inside a clause that tells a deed of its own
    subject ("the arrest of men who had attacked the post") keeps its own."""
    if tok.pos_ != "NOUN":
        return None
    root = tok.sent.root
    if root.lemma_.lower() not in _LISTING_HEADS - {"be", "such", "like"} or tok.i < root.i:
        return None
    modal = next((c.lower_ for c in root.children if c.dep_ == "aux" and c.lower_ in _HYPO_AUX | _DEMAND_AUX), None)
    if modal is None:
        return None
    for a in tok.ancestors:
        if a.i == root.i:
            break
        if a.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")
                                             and c.lower_ != "that" for c in a.children):
            return None
    return "demanded" if modal in _DEMAND_AUX else "hypothetical"


def _reduced_relative_subject(tok: Token) -> Token | None:
    """The noun a deed noun is listed beside when the parse makes it the subject of a participle that modifies the
    noun before it: in "the closure of training camps ..., and the handover of men wanted for attacks", "handover"
    is read as the subject of "wanted" (a relative clause on "closure"); the handover is listed with the closure."""
    verb = tok.head
    if tok.dep_ == "nsubj" and tok.pos_ == "NOUN" and verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("relcl", "acl") \
            and tok.i < verb.i and verb.head.pos_ == "NOUN" and verb.head.i < tok.i \
            and not any(c.dep_ in ("aux", "auxpass") or c.tag_ in ("WDT", "WP", "WRB") or c.lower_ == "that"
                        for c in verb.children):
        return verb.head
    return None


def _mandated(tok: Token) -> bool:
    """A bare verb in a "that" clause of what is imperative or essential: "It is imperative that Kabul dismantle the
    terrorist sanctuaries", "it is essential that the Taliban arrest the commanders" (asked for, not told done)."""
    if tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("relcl", "ccomp", "acl") and tok.head.lower_ == "time" and any(
            c.lower_ in ("high", "about") for c in tok.head.children) and tok.head.head.lemma_.lower() == "be":
        return True  # "It is high time that the Taliban regime dismantled TTP sanctuaries": the past of what is due
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_ not in ("VB", "VBP") or tok.dep_ != "ccomp" \
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
        return False
    head = tok.head
    return head.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lower_ in _MANDATIVE for c in head.children)


def _doer_of_a_told_deed(tok: Token) -> bool:
    """``tok`` is the past deed of a relative clause on the definite people who did it ("the suicide bomber who
    attacked a mosque in Peshawar last Friday"), or those people themselves: a deed presupposed, not claimed."""
    if tok.pos_ == "VERB" and tok.dep_ == "relcl" and tok.tag_ == "VBD":
        people, verb = tok.head, tok
    elif tok.pos_ == "NOUN":
        people = tok
        verb = next((c for c in tok.children if c.dep_ == "relcl" and c.tag_ == "VBD"), None)
        if verb is None:
            return False
    else:
        return False
    return people.lemma_.lower() in _PEOPLE_OF_A_DEED and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in people.children) and any(
        c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children) and not any(
        c.dep_ in ("neg", "aux") for c in verb.children)


def _perfect(verb: Token) -> bool:
    """A participle with its perfect auxiliary: "had launched", "have arrested"."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def modality_of(tok: Token) -> str:
    if _inverted_condition(tok):
        first = tok.sent[0]
        if first.lower_ == "had" and any(t.lower_ in ("not", "n't", "never") for t in tok.doc[first.i + 1:tok.i]):
            return "asserted"  # "Had the army not launched the operation, ...": a past unreal condition denied is told
        return "hypothetical"
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of", "behind") \
            and tok.head.head.lemma_.lower() in _PEOPLE_OF_A_DEED and any(
                c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "no", "any") for c in tok.children):
        # "rejected claims that the attackers in Thursday's Bajaur bombing came from Afghanistan": the deed whose
        # people are spoken of is a given, whatever is said of them
        return "asserted"
    if _deeds_assessed(tok):
        # "The raids are not enough to deter the group", "Pakistan's airstrikes are unlikely to eliminate the TTP
        # leadership": what is judged is what the deeds achieve, not whether they were done (see generic_reading)
        return "asserted"
    if _doer_of_a_told_deed(tok):
        # "rejected a Pakistani accusation that the suicide bomber who attacked a mosque in Peshawar last Friday had
        # come from Afghanistan": the deed of the people spoken of is a given, whatever is said of them
        return "asserted"
    if tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.i < tok.head.i and tok.head.pos_ == "NOUN" \
            and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.head.children):
        # "Mujahid did not give the names of the detained men": the people of a deed told before, whatever the
        # clause they are named in says
        return "asserted"
    local = _local(tok)
    if local:
        return local
    if _mandated(tok):
        return "demanded"
    listed_beside = _reduced_relative_subject(tok)
    if listed_beside is not None:
        return modality_of(listed_beside)
    cleft = _what_would_be(tok) or _listed_after_a_modal_listing(tok)
    if cleft is not None:
        return cleft
    if _listed_as_evidence(tok):
        return "hypothetical"
    if _claim_not_verified(tok):
        return "asserted"
    if dismissed_claim_to_have_acted(tok) is not None:
        # "Islamabad dismissed the Taliban's claims to have relocated TTP fighters": the claimant's deed, by its
        # word, which another disputes (see events.py), not a deed its doer denies
        return "asserted"
    if _told_by_a_report_called_false(tok):
        return "negated"
    if _example_of_a_kind(tok):
        return "hypothetical"
    listed = _listed_after_colon(tok)
    if listed is not None:
        return listed
    listed = _listed_after_a_deed_noun(tok)
    if listed is not None:
        return listed
    if _named_after_demand(tok):
        return "demanded"
    if _named_after_plotting(tok) or _campaign_announced(tok):
        return "future"
    if _without(tok) or _alternative(tok) or _foiled(tok):
        return "negated"
    if _awaited(tok):
        return "future"
    first_item = first_listed_infinitive(tok)
    if first_item is not None:
        return modality_of(first_item)
    cur = tok
    for _ in range(8):
        dep = cur.dep_
        if dep == "relcl" and (cur is tok or tok.dep_ == "conj" and tok.head.i == cur.i) and cur.head is not cur \
                and _infinitive(cur):
            # "had taken no steps to restrict the TTP", "measures to curb financing": an infinitive on a noun
            # is a purpose, negated with its noun (and so is the bare verb coordinated with it: "measures to crack
            # down on ETIM and dismantle its networks")
            local = _local(cur.head)
            return local if local in ("negated", "hypothetical", "demanded") else "future"
        if dep not in _CLIMB or cur.head is cur:
            break
        head = cur.head
        if dep in ("xcomp", "ccomp", "acl") and _doubted_claim(head):
            return "hypothetical"  # "few in Islamabad believe Taliban claims that they relocated the fighters"
        if dep == "conj":
            if cur is tok and _infinitive(cur) and not _infinitive(head):
                # "was expected to take effective measures ... and to hand over the terrorists": an infinitive the
                # parse coordinates with a finite verb goes with the infinitive before it
                sibling = next((c for c in head.children if c.dep_ in ("xcomp", "advcl", "ccomp") and c.i < cur.i
                                and _infinitive(c)), None)
                if sibling is not None:
                    return modality_of(sibling)
            if cur is tok and (cur.tag_ == "VBD" or cur.tag_ == "VBN" and _perfect(head.head)) \
                    and head.tag_ == "VB" and _infinitive(head):
                # "foiled a plot to attack a church and arrested three suspects", "had launched an operation to find
                # the abductors and arrested two suspects": a past tense the parse hangs on an infinitive is
                # coordinated with the finite verb above it
                up = head.head
                for _ in range(4):
                    if up.pos_ in ("VERB", "AUX") and (up.tag_ in ("VBD", "VBZ", "VBP") or _perfect(up)):
                        if up.tag_ != "VBD" and cur.lower_ == cur.lemma_.lower():
                            break  # "wants Kabul to detain leaders and shut down camps": "shut" is the infinitive
                        return modality_of(up)
                    if up.head is up:
                        break
                    up = up.head
            # coordinated verbs share their first conjunct's auxiliaries and negation, unless the conjunct is a
            # clause with a subject of its own ("No group claimed the attack, but officials blamed the TTP")
            local = None if _own_clause(cur, head) or _object_negated_only(head, cur) else _local(head)
            if local == "negated" and head.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in head.children) \
                    and any(c.dep_ == "aux" and c.lower_ != "to" for c in cur.children):
                # "had not allowed any group to use Afghan soil and had arrested those who violated the ban": a
                # conjunct with an auxiliary of its own does not share the first one's negation
                local = None
            if local == "negated" and head.pos_ in ("VERB", "AUX") and cur.tag_ == "VBD" and any(
                    c.dep_ == "aux" and c.lower_ in ("did", "do", "does") for c in head.children) and any(
                    c.dep_ == "neg" for c in head.children):
                # "Pakistan did not confirm the strikes but urged Kabul to act": a past tense cannot share "did
                # not" (which takes the bare verb: "did not confirm or deny"); the conjunct is told as done
                local = None
            if local:
                return local
            if head.lemma_.lower() in L.DEMAND_CUES and head.tag_ in ("VBZ", "VBP") and cur.tag_ in ("VBN", "VBD") \
                    and any(c.dep_ == "nsubj" for c in cur.children) and not any(
                    c.dep_ in ("aux", "auxpass") for c in cur.children):
                # "wants to see militants apprehended and their camps dismantled": the participle shares the want
                return "demanded"
            cur = head
            continue
        if dep == "pobj" and head.lower_ in ("of", "about") and head.head.lemma_.lower() in ("warn", "fear", "threaten"):
            return "future"  # "warned of more attacks", "fears of a crackdown": what may come
        if dep == "pobj" and head.lower_ == "against" and head.head.lemma_.lower() in ("warn", "caution", "advise"):
            return "future"  # "have warned them against cross-border attacks": what is to be kept from happening
        if dep == "pobj" and (head.lower_ == "due" or head.lower_ == "of" and head.head.lower_ == "because" or
                              head.lower_ == "to" and head.head.lower_ == "due"):
            return "asserted"  # "cancels the meeting due to new sanctions": a cause is a given
        if dep == "pobj" and cur.head.lower_ in _PRESUPPOSING_PREPS and cur.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "last", "a", "an"))
                for c in cur.children):
            # "never reopened after the 2009 bombing", "urged action after the attack", "called on Kabul to act,
            # days after an attack on Chinese workers": the event is a given
            return "asserted"
        if dep == "pobj" and cur is tok and _presupposed_by(head, tok) and _local(head.head) == "negated":
            return "asserted"  # "Trade was not interrupted during the handover": the handover took place
        if _avenged(cur, dep, head) and cur.pos_ in ("NOUN", "PROPN") and _one_told(cur):
            # "vowed to retaliate for the Pakistani strikes in Khost", "said it would avenge the killing of its
            # commander": what is avenged has happened, whatever the vow
            return "asserted"
        if dep in ("nsubj", "nsubjpass") and cur is tok and cur.pos_ == "NOUN" and _one_told(cur) \
                and head.lemma_.lower() in ORIGIN_CLAUSE_VERBS and head.pos_ == "VERB":
            # "rejected allegations that Tuesday's attack in Bajaur was launched from Afghan soil": the attack
            # named as known is a given; what is denied is where it came from (events.py keeps the denial beside
            # the origin)
            return "asserted"
        if dep == "pobj" and cur is tok and cur.pos_ == "NOUN" and _one_told(cur) and (
                head.lower_ == "behind" and head.head.pos_ in ("NOUN", "PROPN") or head.lower_ == "for"
                and head.head.lemma_.lower() == "use" and any(c.lemma_.lower() in ("soil", "territory") for c in
                                                              head.head.children if c.dep_ in ("nsubjpass", "dobj"))):
            # "denied that Afghan territory had been used for the attack", "rejected the accusation that the
            # militants behind this week's attack in Wana had come from Afghanistan": the deed is a given; what is
            # denied is whose it was or where it came from
            return "asserted"
        if dep == "dobj" and cur is tok and authored_deed(cur):
            # "the TTP planned the 2021 attack on the Chinese engineers", "ordered last year's bombing": a deed
            # known as done is what was planned, ordered or paid for, not a plan of one to come
            return modality_of(head)
        if dep == "pobj" and cur is tok and head.lower_ in ("in", "during") and head.head.pos_ in ("VERB", "AUX") \
                and head.head.lemma_.lower() in _HARM_TOLD and cur.pos_ == "NOUN" and _one_told(cur):
            # "No casualties were reported in the blast", "no one was hurt in the attack": what the harm is denied
            # of is a deed told
            return "asserted"
        if dep == "pobj" and head.lower_ in ("in", "for", "with", "behind") and (
                head.head.lemma_.lower() in _PART_NOUNS or head.lower_ == "in" and head.head.pos_ == "VERB" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _PART_NOUNS for c in head.head.children)) \
                and cur.pos_ in ("NOUN", "PROPN") and _one_told(cur):
            # "the TTP denied involvement in the blast", "no arrests have been made in connection with the Quetta
            # bombing": a part in an event denied, or nothing done about it, leaves the event a given (the parse
            # may hang "in the bombing" on the verb whose object is the part)
            return "asserted"
        if dep == "dobj" and head.lemma_.lower() in _PROPOSING_VERBS | _REGARDING_VERBS and any(
                c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_.lower() in _GOAL_NOUNS | _BENCHMARK_NOUNS
                                                              for g in c.children)
                for c in (*head.children, *cur.subtree)):  # (the parse may hang "as ..." on the last item listed)
            # "The framework lists the arrest of ETIM members and the closure of training camps as benchmarks for
            # Chinese recognition": what a party sets as its measure is asked for, not done
            return "demanded"
        if dep == "dobj" and cur is not tok and cur.lemma_.lower() in _STEP_NOUNS and not any(
                c.dep_ in ("poss", "det") and c.lower_ not in ("a", "the", "some", "several", "these", "those")
                for c in cur.children):
            # "Pakistan listed measures including the closure of TTP camps and the arrest of commanders": steps a
            # party sets out for another are asked for, steps talked over are only considered
            verb = head.lemma_.lower()
            if verb in _PROPOSING_VERBS:
                return "demanded"
            if verb in _WEIGHING_VERBS:
                return "hypothetical"
        if dep == "nsubj" and head.lemma_.lower() in ("be", "remain") and any(
                c.dep_ == "attr" and c.lemma_.lower() in _GOAL_NOUNS for c in head.children):
            return "demanded"  # "the arrest of ETIM members remains a key Chinese demand"
        if (dep in ("dobj", "attr") or dep == "xcomp" and cur.tag_ == "VBG") and head.lemma_.lower() in (
                "include", "be", "remain", "involve") and any(_names_what_is_sought(s) for s in _subjects_of_listing(head)):
            # "Pakistan's demands include the arrest of TTP leaders", "Possible steps under discussion include
            # freezing TTP-linked accounts, relocating fighters ..." (the parse may hang the listed gerunds as a clause)
            return "demanded"
        if dep in ("nsubj", "nsubjpass", "csubj"):
            if cur != tok and tok.pos_ in ("VERB", "AUX", "NOUN") and dep != "csubj" and _nested_given(tok, cur):
                # an event named inside the subject is a given: "not one of the 800 arrested has been charged",
                # "the men who were detained were not charged"
                return "asserted"
            # "no arrests were made", "the attack will continue": the head verb's aux/negation only
            local = _local(head)
            if local == "negated" and cur is tok and tok.pos_ == "NOUN" and _negated_by_its_object(head):
                # "A cracker blast near Jacobabad caused no casualties", "the raid yielded nothing": what the deed
                # did not do is denied, not the deed
                local = None
            if local:
                return local
            cue = _head_cue(head, dep, cur)
            if cue == "negated":
                return cue
            if cue == "future" and dep == "nsubjpass" and any(
                    c.dep_ == "xcomp" and _infinitive(c) for c in head.children):
                return "future"  # "the operation is expected to begin after the winter", "is planned to start"
            cur = head
            continue
        if dep == "ccomp" and cur.i < head.i and any(
                c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in _CHARGE_NOUNS and cur.i < c.i < head.i
                for c in head.children):
            break  # "Pakistan blamed the attack on the TTP, a charge Kabul denies": the charge is made all the same
        if dep == "ccomp" and cur.i < head.i and any(t.text == ";" for t in cur.doc[cur.right_edge.i:head.i]):
            break  # "two soldiers were killed; the figure could not be verified": a clause of its own, no complement
        if dep == "advcl" and cur.tag_ in ("VBD", "VBN", "VBG") and not any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_AUX | _HYPO_AUX | _DEMAND_AUX | {"to"}
                for c in cur.children) and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in ("after", "when", "as", "because", "since", "while",
                                                               "before", "although", "though", "whereas")
                for c in cur.children):
            return "asserted"  # "needed his leg amputated after he stepped on a landmine": the clause is a given
            # (whatever the main verb: "while activists were being detained, ministers refused to comment"; "had
            # failed to restrain the group, although some members had been moved away from the border")
        if dep == "advcl" and cur.tag_ == "VBG" and cur.i < head.i and cur.i > cur.sent.start \
                and cur.doc[cur.i - 1].text == "," and cur.doc[cur.right_edge.i + 1].text == "," \
                and not any(c.dep_ in ("mark", "aux", "nsubj") for c in cur.children):
            # "Pakistan, condemning the attack, urged Kabul to act": a participle set off between the subject and
            # its verb is what the subject does as it speaks, in the verb's mood but not asked by it
            local = _local(head)
            if local:
                return local
            cur = head
            continue
        cue = _head_cue(head, dep, cur)
        if cue == "negated" and head.lemma_.lower() in _STOP_HEADS:
            # "urged both sides to stop attacking each other": stopping is what is asked or promised
            governing = _governing_cue(head)
            if governing in ("demanded", "future", "hypothetical"):
                return governing
        if cue:
            return cue
        if head.lemma_.lower() in ("see", "hear", "know", "find") and head.dep_ == "xcomp" and dep in (
                "ccomp", "xcomp", "dobj", "acl", "oprd"):
            # "wants to see their camps dismantled": what one wants to see is what is asked for
            cur = head
            continue
        if dep == "ccomp" and cur.i > head.i and head.lemma_.lower() in _BELIEF_VERBS and _few_hold(head):
            return "hypothetical"  # "few believe the arrests ever happened": a report hardly anyone holds
        if dep == "xcomp" and hearsay_perfect(cur, head):
            break  # "the Taliban are thought to have detained ...": a deed done, told at second hand
        if dep == "acl" and head.lemma_.lower() == "claim" and cur.tag_ == "VBN" and _infinitive(cur) and any(
                c.dep_ == "aux" and c.lower_ == "have" for c in cur.children):
            break  # "welcomed the Taliban's claim to have moved the militants": a deed claimed done, not a purpose
        if head.lemma_.lower() in L.REPORTING_VERBS and dep in ("ccomp", "xcomp", "dobj", "advcl"):
            # reported speech keeps the complement's modality; a negated report does not negate the event,
            # but it asserts nothing either ("officials did not say where the men were held")
            if dep == "ccomp" and any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")
                                      for c in head.children):
                return "hypothetical"
            break
        if dep == "xcomp" and head.lemma_.lower() == "summon" and cur.lemma_.lower() in (
                "lodge", "convey", "register", "deliver", "hand", "express", "voice"):
            # "summoned the Afghan envoy to lodge a strong protest": the protest is lodged at the summons
            cur = head
            continue
        if dep in ("xcomp", "advcl") and _infinitive(cur) and head.lemma_.lower() in ("use", "employ", "utilise",
                                                                                       "utilize") \
                and head.pos_ == "VERB" and any(c.dep_ == "dobj" and (
                    c.lemma_.lower() in L.WEAPON_NOUNS | _DEVICES or c.lower_ in _DEVICES) for c in head.children):
            # "Taliban used a drone to drop explosives on an outpost": what a weapon or a device was used to do is
            # done as the using is (not a purpose ahead), and the using may itself be ahead: "will use drones to
            # attack outposts" (not "used the ordinance to target minorities", "used Afghan soil to launch attacks")
            local = _local(head)
            if local in ("negated", "hypothetical", "demanded", "future"):
                return local
            cur = head
            continue
        if dep in ("xcomp", "advcl") and _infinitive(cur) and head.pos_ == "VERB" and _result_told(cur):
            # "crossed from Kunar province to attack a border post in Bajaur, killing four soldiers": a purpose
            # whose toll is told was carried out, as the crossing was
            cur = head
            continue
        if dep in ("xcomp", "acl", "advcl") and _infinitive(cur):
            # an infinitive under a non-implicative head: purpose or plan, not a deed (an authority's order to
            # its banks is carried out: the order is the step, as the order goes)
            # ("came to arrest a suspect": coming is implicative of what one comes to know, not of what one comes
            # to do, a purpose the parse tells as an adverbial clause)
            if (head.lemma_.lower() not in L.IMPLICATIVE_HEADS or head.lemma_.lower() == "come" and dep == "advcl"
                    and cur.lemma_.lower() not in ("know", "be", "realise", "realize", "believe", "see", "light")) \
                    and not (dep == "xcomp" and banks_ordered(head)) \
                    and not (dep == "xcomp" and _past_necessity(head)):
                local = _local(head)
                return local if local in ("negated", "hypothetical", "demanded") else "future"
        if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in cur.children):
            return "hypothetical"
        if dep == "advcl" and cur.i < head.i and any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless") and c.i < cur.i for c in head.children):
            # "If the TTP attacks again, Pakistan will hit back": the parse hangs the "if" that opens the condition
            # on the main verb after it
            return "hypothetical"
        if dep == "advcl" and _open_until(cur):
            return "future"  # "will continue operations until the last terrorist is eliminated": an end not reached
        if dep == "advcl" and _until_clause(cur) and _local(head) in ("future", "demanded", "hypothetical"):
            # "said it would continue operations until the last terrorist was eliminated": the end of a plan, in
            # reported speech's past tense, is still ahead
            return _local(head)
        if head.dep_ in ("nsubj", "nsubjpass") and dep in ("prep", "acl", "relcl") and _nested_given(tok, head):
            return "asserted"  # "not one of the 800 arrested ...": the negation belongs to the subject, not the arrests
        if dep in ("pobj", "prep", "acl", "ccomp") and head.lemma_.lower() in _EPISTEMIC_NOUNS and any(
                c.lower_ in SCANT for c in head.children if c.dep_ in ("amod", "det")):
            return "hypothetical"  # "little evidence that the relocation had taken place" doubts it
        local = _local(head)
        if local:
            if dep in ("dobj", "pobj", "prep", "xcomp", "ccomp", "acl", "attr", "oprd", "pcomp", "compound",
                       "amod", "acomp"):
                if local == "negated" and head.lemma_.lower() in _EPISTEMIC_NOUNS:
                    return "hypothetical"  # "no evidence of the relocation" questions it; it does not deny it
                return local
        cur = head
    return "asserted"


# the devices a deed is done with, besides weapons: the instruments of attacks, and what flies or fires them ("used a
# drone to drop explosives", "used a truck to ram the gate")
_DEVICES = INSTRUMENT_HEADS | {"drone", "drones", "quadcopter", "aircraft", "jet", "helicopter", "artillery", "tank"}


# --- specific vs generic reference -------------------------------------------------------------------
# An asserted trigger reports a specific event only when something anchors it to one occurrence: a number,
# a definite or possessive determiner, a day- or week-level date, or the verb of a reported deed. Bare plurals
# ("attacks on security posts have increased"), kinds ("such bombings"), habits ("routinely detain") and
# past series ("earlier relocations", "in the past") are background, not incidents.
_KIND_MODS = {"such"}
_SERIES_MODS = {"earlier", "early", "previous", "past", "prior", "former", "repeated", "frequent", "regular",
                "periodic", "occasional", "sporadic", "recurring", "recurrent", "routine", "countless", "numerous",
                "unconfirmed", "similar", "persistent", "continued", "continuing", "ongoing", "successive"}
_ANCHOR_DETS = {"the", "these", "those", "this", "that", "both", "several", "its", "their", "his", "her", "our"}
_HABIT_ADVS = {"routinely", "regularly", "often", "frequently", "usually", "typically", "generally", "sometimes",
               "occasionally", "rarely", "seldom", "repeatedly", "habitually", "periodically", "normally", "commonly",
               "increasingly"}  # (a trend: "attacks have increasingly targeted Chinese interests")
_COUNT_WORDS = {"several", "dozens", "hundreds", "scores"}
_LIGHT_VERBS = {"conduct", "carry", "launch", "mount", "stage", "make", "undertake", "execute", "perform", "lead", "take",
                "order", "begin", "start", "complete", "intensify", "step", "expand",
                "impose", "slap"}  # "imposed sanctions on two financiers": measures put in place, not a kind
# light verbs that tell a trend when their object is a bare plural: "have stepped up attacks on polio workers",
# "intensified raids in recent months" say how often, not that one event took place
_TREND_VERBS = {"intensify", "step", "expand", "escalate", "increase", "ramp", "redouble", "accelerate"}
_COPULAS = {"be", "remain", "seem", "appear", "become"}
# shares of a set of deeds that count none of them: "most of the attacks", "many of the raids" (not "one of", "both")
_VAGUE_SHARES = frozenset({"most", "many", "some", "all", "half", "majority", "bulk", "much", "dozens", "hundreds",
                           "scores", "several", "few", "number", "share"})
# what events do as a series, in numbers: "attacks have increased", "arrests rose" (not "clashes continued", one
# battle going on)
_TREND_SUBJECT_VERBS = {"increase", "rise", "grow", "surge", "soar", "decline", "drop", "fall", "decrease", "double",
                        "triple", "spike",
                        # "the attacks continue", "raids have persisted": deeds going on, none of them told
                        "continue", "persist"}
# the nouns of one battle told as going on ("clashes between ANDSF and Taliban continued for a second day")
_ONE_BATTLE = frozenset({"clash", "fighting", "firefight", "gunfight", "skirmish", "battle", "hostility"})
# counts that number no deed: "several bombings", "dozens of attacks"
_VAGUE_COUNTS = frozenset({"several", "many", "numerous", "multiple", "dozens", "scores", "hundreds", "countless",
                           "various"})
# the words that charge someone with deeds: "responsible for", "involved in", "wanted for", "accused of", "behind"
_CHARGE_WORDS = frozenset({"responsible", "involved", "wanted", "accused", "convicted", "suspected", "implicated",
                           "charged", "blamed", "culpable", "guilty"})


def _charged_record(prep: Token) -> bool:
    """The preposition ties deeds to someone charged with them: "responsible for", "involved in", "wanted in",
    "accused of", "behind" (of a person or group, not of an event: "the blast behind the mosque")."""
    if prep.lower_ == "behind":
        return prep.head.lemma_.lower() == "be"
    if prep.lower_ == "of" and prep.head.lower_ in ("dozens", "scores", "hundreds", "number"):
        prep = prep.head.head if prep.head.dep_ == "pobj" else prep.head  # "wanted in dozens of attacks"
    return prep.lower_ in ("for", "in", "of") and prep.head.lower_ in _CHARGE_WORDS


_SERIES_HEADS = {"series", "spate", "wave", "string", "rise", "increase", "surge", "spike", "uptick",
                 "pattern", "campaign", "history", "cycle", "rash", "decline", "drop", "fall"}


# the bodies of armed men a relative clause in the present describes by what they do
_BODIES_OF_FIGHTERS = frozenset({"group", "organisation", "organization", "outfit", "network", "militant", "fighter",
                                 "terrorist", "insurgent", "faction"})


def habitual_clause(verb: Token) -> bool:
    """The verb is marked as a habit or as an unspecified past: "routinely detain", "have in the past raided",
    "attack every few months"."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in _HABIT_ADVS:
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                g.dep_ == "pobj" and g.lower_ == "past" and any(d.lower_ == "the" for d in g.children)
                for g in c.children):
            return True
        if c.dep_ in ("npadvmod", "advmod", "obl") and any(d.lower_ == "every" for d in c.subtree):
            return True
        if c.dep_ == "nsubj" and c.lemma_.lower() in _TIME_UNITS and any(
                d.dep_ == "det" and d.lower_ in ("every", "each") for d in c.children):
            return True  # "Every week brings reports of militants killed in clashes"
    return _perfect_of_long_standing(verb)


_TIME_UNITS = frozenset({"day", "week", "month", "year", "night", "season"})


_LONG_SPANS = frozenset({"years", "decades", "months", "ages"})


def _perfect_of_long_standing(verb: Token) -> bool:
    """A perfect told over a long, uncounted span or as a record: "the BLA has long targeted Chinese nationals", "the
    group has for years attacked security forces", "has attacked Chinese interests before" (a practice, no one deed).
    A passive's span is how long a state lasted ("has been held for years")."""
    kids = list(verb.children)
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids) or any(c.dep_ == "auxpass" for c in kids):
        return False
    for c in kids:
        if c.dep_ == "advmod" and c.lower_ == "long" and c.i < verb.i:
            return True
        if c.dep_ == "advmod" and c.lower_ == "before" and c.i > verb.i or \
                c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lower_ == "past"
                                                              for g in c.children):
            # "though the BLA has attacked Chinese interests in the province before", "has attacked the post in
            # the past": a record of deeds, not one of them
            return True
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                g.dep_ == "pobj" and g.lower_ in _LONG_SPANS and not any(d.like_num for d in g.children)
                for g in c.children):
            return True
    return False


_LISTING_HEADS = {"include", "involve", "mean", "require", "entail", "cover", "comprise", "contain", "need",
                  "demand", "expect", "want", "seek", "evidence", "step", "measure", "action", "proof", "sign",
                  "example", "list", "such", "like", "be"}


def _listed_gerund(tok: Token) -> bool:
    """A gerund with no subject of its own that names a kind of action in a list: "this includes disrupting
    terrorist financing, apprehending militants and dismantling their infrastructure", "steps such as
    relocating fighters". What evidence would look like is not evidence."""
    if tok.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return False
    top = tok
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ == "amod" and top.i < top.head.i and top.head.pos_ == "NOUN" and not any(
            c.dep_ in ("det", "poss", "nummod") for c in top.head.children):
        top = top.head  # the small parser reads "include arresting militants" as a noun modified by the gerund
    elif top.dep_ == "advcl" and top.head.lemma_.lower() in _LISTING_HEADS - {"be"}:
        # "... include arresting militants, freezing their assets": the later items hang on the verb
        return True
    if top.dep_ not in ("dobj", "pobj", "pcomp", "attr", "xcomp", "nsubj", "appos", "acomp", "ccomp", "csubj"):
        return False
    head = top.head
    if top.dep_ in ("pobj", "pcomp") and head.head.i != head.i:
        head = head.head
    return head.lemma_.lower() in _LISTING_HEADS


def _split_gerund_partner(tok: Token) -> Token | None:
    """The later gerund of a coordinated subject the small parser split after a verb of saying: in "said arresting
    militants and cutting off their funding would be the test", "arresting" hangs on "said" and only "cutting" is
    the subject of "would be". Returns that later gerund, whose reading the first one shares."""
    if tok.tag_ != "VBG" or tok.dep_ != "xcomp" or tok.head.lemma_.lower() not in L.REPORTING_VERBS \
            or not any(c.dep_ == "cc" for c in tok.children):
        return None
    clauses = [c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i] + \
              [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    for clause in clauses:
        partner = next((g for g in clause.children if g.dep_ == "csubj" and g.tag_ == "VBG"), None)
        if partner is not None:
            return partner
    return None


def _gerund_subject(tok: Token) -> bool:
    """A gerund with no subject of its own as the subject of a claim not in the past: "arresting militants alone
    will not end the violence", "dismantling their camps is the only way": the kind of action, argued about.
    "Arresting the two suspects was a breakthrough" is past, with people counted, and stays one occurrence. The small parser often
    reads a bare "arresting militants" as a modifier of the noun: that noun as the subject counts too."""
    if tok.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return False
    if tok.dep_ == "csubj":
        predicate = tok.head
    elif tok.dep_ == "amod" and tok.i < tok.head.i and tok.head.dep_ == "nsubj" and tok.head.tag_ == "NNS" \
            and tok.head.left_edge.i == tok.i and not any(c.dep_ in ("det", "nummod", "poss") for c in tok.head.children):
        predicate = tok.head.head
    else:
        return False
    if _counted_outcome(predicate):
        return False  # a headline's present: "shelling kills 5"
    past = predicate.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in predicate.children)
    # a bare plural taken ("arresting militants ... had become harder") is a kind whatever the tense
    obj = tok.head if tok.dep_ == "amod" else next((c for c in tok.children if c.dep_ == "dobj"), None)
    bare = obj is not None and obj.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss") for c in obj.children)
    return not past or bare


# verbs whose past-tense subject is an occurrence with an outcome: "clashes left five dead"
_RESULT_VERBS = frozenset({"result", "leave", "claim", "cause", "erupt", "break"})


def _counted(tok: Token) -> bool:
    return tok.like_num or any(c.dep_ == "nummod" or c.like_num for c in tok.children)


def _counted_outcome(verb: Token) -> bool:
    """The verb's object is a number of people: one occurrence with its toll, not a habit."""
    return any(c.dep_ == "dobj" and _counted(c) for c in verb.children)


# a span of time over which events are tallied ("this year", "so far", "since January", "over the past months")
_PERIOD = re.compile(r"\b(?:(?:this|last|past) (?:year|month|months|years|decade)|so far|to date|since (?:january|"
                     r"february|march|april|may|june|july|august|september|october|november|december|the start|the "
                     r"beginning|\d{4})|in recent (?:days|weeks|months|years)|over the (?:past|last) (?:\w+ )?"
                     r"(?:days|weeks|months|years|year|month|decade)|in \d{4})\b", re.I)
# nouns that name events counted in a tally: the deeds' own nouns, "incidents" and "incursions"
_EVENT_NOUNS = frozenset(L.NOUN_TRIGGERS) | {"incident", "incursion"}


# the spans of ``_PERIOD`` longer than a report's own period of hours, days or weeks
_LONG_PERIOD = re.compile(r"\b(?:(?:this|last|past) (?:year|month|months|years|decade)|so far|to date|since (?:january|"
                          r"february|march|april|may|june|july|august|september|october|november|december|the start|"
                          r"the beginning|\d{4})|in recent (?:months|years)|over the (?:past|last) (?:\w+ )?"
                          r"(?:months|years|year|month|decade)|in \d{4})\b", re.I)


def _tallied_over(verb: Token, also: tuple[Token, ...] = (), period: re.Pattern[str] = _PERIOD) -> bool:
    """The verb's own clause counts over a span of time ("have killed dozens this year", "so far"), not a
    span named elsewhere in the sentence ("killed 12 on Monday, the third such raid this year"); ``also``: other
    words the span may qualify for the clause ("carried out 35 attacks this year")."""
    sent = verb.sent
    own = {verb.i, *(t.i for t in also)}
    for x in period.finditer(sent.text):
        span = verb.doc.char_span(sent.start_char + x.start(), sent.start_char + x.end(), alignment_mode="expand")
        if span is None or not len(span):
            continue
        up = span.root.head
        while up.pos_ == "ADP" and up.head.i != up.i:
            up = up.head  # "over the past months", "since January": through the preposition to what it qualifies
        if up.i in own:
            return True
    return False


# a report's period of account: a month, a quarter, a year ("in October", "during the quarter", "in 2025")
_TALLY_PERIOD = re.compile(r"\b(?:(?:in|during|throughout|for|over) (?:the )?(?:month|quarter|period|year|"
                           r"(?:first|second|third|fourth|last|past) (?:quarter|half|month|year)|(?:"
                           + "|".join(MONTH_NAMES) + r")(?! \d{1,2}\b)))\b", re.I)
# spans that reach back years: what was done in them is a record, no news of a step taken now
_YEARS_SPAN = re.compile(r"\b(?:since (?:\d{4}|the (?:\w+ )?takeover|(?:the )?(?:taliban|group)'s (?:return|takeover))|"
                         r"since (?:they|it|the taliban|the group) (?:returned|came|swept|rose) (?:back )?to power|"
                         r"since (?:they|it|the taliban|the group) (?:seized|took|retook) (?:power|over|control)|"
                         r"over the (?:past|last) (?:\w+ )?(?:years|decade)|in recent years|for years)\b", re.I)


def _figure_of(tok: Token) -> int | None:
    text = tok.lower_.replace(",", "")
    if text.isdigit():
        return int(text)
    return L.WORD_NUMBERS.get(text) if text not in ("a", "an") else None


def counted_tally(tok: Token) -> bool:
    """A plural deed noun that counts many deeds of a period, none of them told: "carried out 78 attacks across
    Pakistan in October", "244 operations", "claimed 44 of the attacks", "three attacks during the month". A count
    of a few deeds on a day ("five coordinated attacks on Monday") is told by the date the caller checks."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.lemma_.lower() not in _TALLIED_EVENTS:
        return False  # (a count of arrests, mines or weapons counts people and things, not events)
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and (_figure_of(head.head) or 0) >= 3 and any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children):
        return True  # "claimed 44 of the attacks": a share of a tally
    n = max((f for c in tok.children if c.dep_ == "nummod" and (f := _figure_of(c)) is not None), default=None)
    if n is None and tok.dep_ == "nsubj" and any(
            c.dep_ == "det" and c.lower_ in ("these", "those") for c in tok.children) and any(
            c.dep_ == "dobj" and any(g.dep_ == "nummod" for g in c.children) for c in head.children):
        return True  # "These attacks claimed 1,034 lives": the toll of the deeds just counted, together
    if n is None or n < 3:
        return False
    if n >= 10:
        return True  # (no one event is ten attacks or ten operations)
    verb = head.head if tok.dep_ == "pobj" else head
    return verb.pos_ in ("VERB", "AUX") and _tallied_over(verb, (tok,), _TALLY_PERIOD)


def deed_of_tally(tok: Token) -> bool:
    """A deed verb told as the toll or the manner of a counted tally: "carried out 78 attacks, killing 120",
    "killed 93 militants in 31 operations", "69 attacks, which killed 104 people"."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.dep_ == "relcl":
        up = tok.head
        if counted_tally(up):
            return True
        while up.dep_ in ("pobj", "prep") and up.head.i != up.i:
            up = up.head  # "69 attacks in April, which killed 104": the clause hung on the period's word
        return up.pos_ in ("VERB", "AUX") and _clause_tallies(up)
    verb = tok.head if tok.dep_ == "advcl" and tok.tag_ == "VBG" else tok
    if L.VERB_TRIGGERS.get(verb.lemma_.lower()) in _VIOLENT_TYPES and any(
            c.dep_ == "prep" and c.lower_ in ("across", "throughout") and any(
                g.lemma_.lower() in _WHOLE_LANDS for g in c.children) for c in verb.children) and any(
            c.dep_ in ("dobj", "nsubjpass") and any(
                (f := _figure_of(g)) is not None and f >= 10 for g in c.children if g.dep_ == "nummod")
            for c in verb.children):
        return True  # "Security forces killed 127 militants across the country": a whole land's toll of a period
    return _clause_tallies(verb)


# the nouns of violent events a monitor counts
_TALLIED_EVENTS = frozenset({"attack", "operation", "raid", "strike", "airstrike", "bombing", "blast", "explosion",
                             "ambush", "assault", "clash", "encounter", "incident", "incursion", "offensive",
                             "killing", "shooting", "kidnapping", "abduction", "sortie", "skirmish"})
_WHOLE_LANDS = frozenset({"country", "nation", "province", "region", "state"})


def records_of_years(sent) -> bool:
    """A verb of the sentence is told over years ("since 2022 ... have killed or captured hundreds")."""
    # (most sentences name no such span: their verbs are not walked)
    return _YEARS_SPAN.search(sent.text) is not None and any(
        t.pos_ in ("VERB", "AUX") and _record_of_years(t) for t in sent)


def _clause_tallies(verb: Token) -> bool:
    """The verb's clause counts a tally of deeds: as its subject or object, or as what it was done in ("killed 93
    militants in 31 operations")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubj", "nsubjpass") and counted_tally(c):
            return True
        for p in (c, *(g for g in c.children if c.dep_ == "dobj")):
            if p.dep_ == "prep" and p.lower_ in ("in", "during") and any(counted_tally(g) for g in p.children):
                return True
    return False


def tally_sentence(sent) -> bool:
    """The sentence counts deeds as a tally (see ``counted_tally``): its figures are no one event's."""
    return any(counted_tally(t) for t in sent)


def _tally_of_deeds(tok: Token) -> bool:
    """Deeds counted over a span of time, whatever date the report has: "Taliban have carried out 35 attacks this
    year", "23 soldiers have been killed in attacks so far this year", "militants have killed 45 policemen since
    January" (a toll of many deeds, none of them told)."""
    if tok.pos_ in ("NOUN", "PROPN"):
        if tok.tag_ != "NNS" or L.NOUN_TRIGGERS.get(tok.lemma_.lower()) not in _VIOLENT_TYPES or any(
                c.dep_ in ("det", "poss") for c in tok.children):
            return False
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        return _tallied_over(verb, (tok,), _LONG_PERIOD)
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    verb = tok.head if tok.dep_ == "advcl" and tok.tag_ == "VBG" else tok  # "..., killing dozens"
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False  # the perfect tallies up to now; "killed 12 this month" may tell one deed
    deeds = tuple(c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.tag_ == "NNS")
    if L.VERB_TRIGGERS.get(verb.lemma_.lower()) not in _VIOLENT_TYPES and L.VERB_TRIGGERS.get(
            tok.lemma_.lower()) not in _VIOLENT_TYPES and not any(
            L.NOUN_TRIGGERS.get(d.lemma_.lower()) in _VIOLENT_TYPES for d in deeds):
        return False  # (a count of arrests "since January" tells the arrests a report is about)
    return _tallied_over(verb, deeds, _LONG_PERIOD)


_VIOLENT_TYPES = frozenset({"ATTACK", "OPERATION"})


_SPAN_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years"})


def _verb_of_deed(tok: Token) -> Token | None:
    """The verb whose clause tells ``tok``: the word itself, or the verb of a plural deed noun that is its object or
    subject ("have conducted operations", "raids were carried out"); an event named inside another phrase ("faced
    tests over the last year with the arrest of a leader") keeps its own time."""
    if tok.pos_ in ("VERB", "AUX"):
        return tok
    if tok.tag_ != "NNS" or tok.dep_ not in ("dobj", "nsubj", "nsubjpass") or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    return tok.head


def _over_a_span_of_time(tok: Token) -> bool:
    """The clause of ``tok`` is told over a span of time with no date in it: "have conducted several operations in
    the area in recent months", "arrested dozens over the past year" (a tally or a series, not one deed). A span
    counted in hours or days ("in the past 24 hours", "in the last two days"), or one week, is a report's own period
    and stays."""
    verb = _verb_of_deed(tok)
    for c in verb.children if verb is not None else ():
        if c.dep_ != "prep" or c.lower_ not in ("in", "over", "during", "within"):
            continue
        for g in c.children:
            if g.dep_ != "pobj" or g.lower_ not in _SPAN_UNITS:
                continue
            mods = {d.lower_ for d in g.children}
            if any(d.like_num for d in g.children) or g.lower_ in ("day", "days") and not mods & {"recent"} \
                    or g.lower_ == "week":
                continue  # (one past week is a report's own period too: "detained 25 in raids in the past week")
            if mods & {"recent", "past", "last", "previous"} and (g.tag_ == "NNS" or "the" in mods):
                return True  # ("in recent months", "over the past year")
    return False


def _in_similar_cases(tok: Token) -> bool:
    """"arrested scores of men in similar cases": deeds of a kind, none of them told."""
    verb = _verb_of_deed(tok)
    return verb is not None and any(
        g.dep_ == "pobj" and g.tag_ == "NNS" and g.head.lower_ in ("in", "over") and any(
            d.dep_ == "amod" and d.lower_ == "similar" for d in g.children)
        for c in verb.subtree if c.dep_ == "prep" for g in c.children)


_ASSESSING = frozenset({"assess", "judge", "estimate", "reckon", "evaluate"})


def _assessed(tok: Token) -> bool:
    """The deed is what an assessment judges of deeds undated ("Some Member States assessed that the de facto
    authorities had conducted 'effective operations' against ISIL-K"): a finding on a record, no event told."""
    verb = _verb_of_deed(tok)
    if verb is None:
        return False
    return verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in _ASSESSING and (
        tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "dobj" and c.tag_ == "NNS" for c in verb.children))


_OPERATIONS_KEPT = frozenset({"operation", "raid", "strike", "airstrike", "offensive", "crackdown", "sweep"})


def _record_of_operations(tok: Token) -> bool:
    """Operations with nothing of their own, done by the perfect ("The Taliban have carried out operations against
    ISIL-K, which remains the most serious threat"): no number, no place, no toll anywhere in the sentence, so a
    record of the party's conduct, no operation told (not "Pakistan has carried out air strikes in Khost, killing
    eight", nor "have conducted operations in Bajaur")."""
    if tok.tag_ != "NNS" or tok.dep_ != "dobj" or tok.lemma_.lower() not in _OPERATIONS_KEPT:
        return False
    verb = tok.head
    if not any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in verb.children):
        return False
    if any(c.like_num or c.dep_ in ("det", "poss") for c in tok.children):
        return False
    sent = tok.sent
    if any(t.like_num for t in sent):
        return False  # (a figure: a toll, a count or a day)
    return not any(p.dep_ == "prep" and p.lower_ in ("in", "at", "near", "across", "inside", "on") and any(
        g.dep_ == "pobj" and (g.pos_ == "PROPN" or any(c.pos_ == "PROPN" for c in g.children)) for g in p.children)
        for p in (*verb.children, *tok.children))


def _record_of_years(tok: Token) -> bool:
    """The deed's clause is told over years ("since 2022, Taliban forces have killed or captured hundreds"): a
    record, whatever its kind, no step of the period a report is read for."""
    verb = _verb_of_deed(tok)
    if verb is None:
        return False
    verb = verb.head if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") else verb  # "killed or captured"
    return _tallied_over(verb, (tok,), _YEARS_SPAN)


def _over_a_span(tok: Token) -> bool:
    """The clause of ``tok`` tells a tally or a series: over a span of time, or in cases of a kind."""
    return _over_a_span_of_time(tok) or _in_similar_cases(tok)


def told_over_a_span(sent) -> bool:
    """A verb of the sentence is told over a span of time with no date in it (see ``_over_a_span``): its figures
    are a tally, no one event's."""
    return any(t.pos_ in ("VERB", "AUX") and _over_a_span(t) for t in sent)


def _outcome_of_deed(noun: Token) -> bool:
    """``noun`` (or the figure it counts: "dozens of arrests") is what a deed named as the subject of "led to" or
    "resulted in" in the past tense led to: "the crackdown led to dozens of arrests", "the raids resulted in
    30 arrests"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "NUM"):
        noun = noun.head.head  # ("dozens of arrests", "scores of arrests")
    prep = noun.head
    verb = prep.head
    return noun.dep_ == "pobj" and (prep.lower_, verb.lemma_.lower()) in (("to", "lead"), ("in", "result")) \
        and verb.tag_ == "VBD" and any(c.dep_ == "nsubj" and c.lemma_.lower() in L.NOUN_TRIGGERS
                                       for c in verb.children)


def cause_of_outcome(noun: Token) -> Token | None:
    """The deed named as the subject of "led to" or "resulted in" whose outcome ``noun`` (or the figure it counts:
    "dozens of arrests") is: "the CTD raids" of "the CTD raids resulted in the arrest of 14 suspects"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "NUM"):
        noun = noun.head.head  # ("dozens of arrests", "scores of arrests")
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or (prep.lower_, verb.lemma_.lower()) not in (("to", "lead"), ("in", "result")):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subj = verb.head  # "carried out raids that led to the arrest of 14 suspects": the raids
    return subj if subj is not None and subj.lemma_.lower() in L.NOUN_TRIGGERS else None


# the deeds counted one by one, whose plural is a run of them: "several attacks", "many raids"
_RUN_NOUNS = frozenset({"attack", "bombing", "blast", "ambush", "assault", "strike", "airstrike", "raid", "operation",
                        "incident", "killing"})
# the nouns a practice is spoken of by: "reports of arbitrary detention", "cases of torture"
_PRACTICE_HEADS = frozenset({"report", "allegation", "case", "instance", "incident", "account", "practice",
                             "pattern", "use", "record"})


def _practice_reported(tok: Token) -> bool:
    """A deed's noun with no article, number or owner, named as what reports or cases are of: "continued reports of
    arbitrary detention", "allegations of torture and detention" (a practice, not one deed)."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return False
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in _PRACTICE_HEADS \
        and node.head.head.tag_ == "NNS"


# what is judged of a run of deeds: "unlikely to eliminate", "unable to stop", "not enough to deter"
_JUDGED_ABLE = frozenset({"unlikely", "likely", "able", "unable", "enough", "insufficient", "sufficient", "effective",
                          "ineffective", "counterproductive"})


def _deeds_assessed(tok: Token) -> bool:
    """A run of deeds named by a plural noun and judged in the present for what it can achieve: "Pakistan's
    airstrikes are unlikely to eliminate the TTP leadership", "the raids are not enough to deter the group" (no deed
    told)."""
    verb = tok.head
    return tok.tag_ == "NNS" and tok.dep_ == "nsubj" and verb.lemma_.lower() == "be" and verb.tag_ in ("VBP", "VBZ") \
        and any(c.dep_ == "acomp" and c.lower_ in _JUDGED_ABLE for c in verb.children)


def _participle_of_a_kind(tok: Token) -> bool:
    """A participle that names a kind of people, with no one counted or pointed at, said of in the present:
    "militants captured in such raids are rarely tried", "Uyghurs deported to China face persecution"."""
    people = tok.head
    return tok.tag_ == "VBN" and tok.dep_ == "acl" and people.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "nummod", "poss", "quantmod") or c.like_num for c in people.children) \
        and people.dep_ in ("nsubj", "nsubjpass") and (people.head.tag_ in ("VBP", "VBZ") or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("are", "is") for c in people.head.children))


def career_of_a_person(tok: Token) -> bool:
    """Deeds named by a bare plural in a relative clause on a person, with no time of their own: what the person is
    known for ("the commander, who led attacks in Bajaur", "a cleric who ran training camps"), not an event told."""
    if tok.tag_ != "NNS" or tok.pos_ != "NOUN" or tok.dep_ != "dobj" or any(
            c.dep_ in ("det", "nummod", "poss") for c in tok.children):
        return False
    verb = tok.head
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    person = verb.head
    if not (person.lemma_.lower() in L.PERSON_NOUNS or person.lower_ in L.PERSON_NOUNS or person.pos_ == "PROPN"):
        return False
    return not _timed_by_its_words(verb)


def _timed_by_its_words(verb: Token, spans: tuple[str, ...] = ()) -> bool:
    """A phrase of the verb names a day, a month or a number ("in 2019", "on Monday"), not counting the phrases
    opened by ``spans`` ("since 2007" is the span of a record, no time of a deed)."""
    return any(c.dep_ in ("npadvmod", "prep") and c.lower_ not in spans and any(
        t.lower_ in WEEKDAYS or t.lower_ in MONTH_NAMES or t.like_num for t in c.subtree) for c in verb.children)


def record_of_a_party(tok: Token) -> bool:
    """A deed in the present perfect, in a relative clause on a party, with no time of its own: the party's record
    ("Lashkar-e-Jhangvi, which has killed hundreds of Hazaras, attacked a shop", "the TTP, which has carried out
    scores of attacks"), not the event told (not "the blast, which has killed 12", on the deed itself)."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if verb.dep_ != "relcl" or verb.tag_ != "VBN" or not any(
            c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children):
        return False
    if any(c.dep_ == "auxpass" for c in verb.children) or not any(c.dep_ == "nsubj" for c in verb.children):
        return False  # (what the party underwent is no record of its deeds: "a commander who has been held")
    party = verb.head
    if party.pos_ not in ("NOUN", "PROPN") or party.lower_ in L.NOUN_TRIGGERS or not (
            party.pos_ == "PROPN" or party.lemma_.lower() in L.PERSON_NOUNS or party.lower_ in L.PERSON_NOUNS
            or party.lemma_.lower() in _BODIES_OF_FIGHTERS | _FORCES_WORDS):
        return False
    return not _timed_by_its_words(verb, spans=("since",))


# the verbs of a trend in a count of deeds ("attacks have risen")
_RISE_VERBS = frozenset({"rise", "increase", "surge", "grow", "soar", "jump", "climb", "double", "triple", "spike",
                          "escalate", "decline", "drop", "fall", "decrease", "dip"})
_TREND_SUBJECTS = frozenset({"attack", "killing", "bombing", "incident", "violence", "casualty", "death",
                             "fatality", "abduction", "kidnapping", "arrest", "operation", "raid", "strike"})


def _trend_of_deeds(tok: Token) -> bool:
    """The sentence tells a trend in deeds ("attacks in Khyber Pakhtunkhwa have risen sharply, with more than 700
    security personnel killed this year", "militant attacks surged by 40 percent in 2025, killing more than 900
    people"): its deeds are counted, none is told."""
    root = tok.sent.root
    if root.lemma_.lower() not in _RISE_VERBS or root.pos_ != "VERB":
        return False
    return any(c.dep_ == "nsubj" and c.tag_ == "NNS" and c.lemma_.lower() in _TREND_SUBJECTS for c in root.children)


# the bodies of armed men beside the groups' (``_BODIES_OF_FIGHTERS``) whose record a clause may tell
_FORCES_WORDS = frozenset({"movement", "militia", "force", "forces", "army"})


def generic_reading(tok: Token, date_precision: str | None, trigger_lemmas: dict[str, str],
                    tally_is_generic: bool = True) -> bool:
    """True when the trigger names a kind, a habit or an unspecified series of events, not one event.

    ``trigger_lemmas`` maps verb lemmas that report deeds to their type (a plural noun under such a verb,
    "picked up in raids", "killed in airstrikes", is the manner of that deed and stays specific).
    ``tally_is_generic``: whether deeds told over a span of time ("detained dozens of militants in recent weeks")
    are a series read as no event (for violence, whose events are counted one by one) or a tally that is itself a
    report of steps taken (for the steps against armed groups a commitment is weighed by, operations aside: they are
    counted one by one, as attacks are).
    """
    dated = date_precision in ("day", "week")
    if not dated and (_in_similar_cases(tok) or tally_is_generic and _over_a_span_of_time(tok)):
        return True
    if career_of_a_person(tok):
        return True  # "The commander, who led attacks in Bajaur, was picked up": what he is known for, no event
    if record_of_a_party(tok):
        return True  # "Lashkar-e-Jhangvi, which has killed hundreds of Hazaras, attacked a shop": its record
    if not dated and _trend_of_deeds(tok):
        return True  # "attacks in Khyber Pakhtunkhwa have risen sharply, with more than 700 security personnel
        # killed this year": a trend, no deed told
    if not dated and (counted_tally(tok) or deed_of_tally(tok) or _record_of_years(tok)):
        return True  # a period's tally ("78 attacks in October") or a record of years ("since 2022 ... captured")
    if not dated and _assessed(tok):
        return True  # "Member States assessed that the de facto authorities had conducted effective operations"
    if not dated and _practice_reported(tok):
        return True  # "concerned by continued reports of arbitrary detention": a practice, no deed told
    if not dated and _participle_of_a_kind(tok):
        return True  # "militants captured in such raids are rarely tried": a kind of people
    if not dated and _deeds_assessed(tok):
        return True  # "Analysts say Pakistan's airstrikes are unlikely to eliminate the TTP leadership": a practice judged
    if not dated and tok.tag_ == "NNS" and tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") \
            and tok.lemma_.lower() in _RUN_NOUNS and any(
                c.lower_ in ("several", "many", "numerous", "multiple", "various") for c in tok.children):
        # "Pakistani officials insist that several attacks were planned in Afghanistan": a run of them, none told
        # (not "several arrests were made", one step that took several men)
        return True
    if tok.tag_ in ("NNS", "NNPS") and _outcome_of_deed(tok):
        return False  # "the crackdown led to dozens of arrests": what a deed told led to is a deed
    if _tally_of_deeds(tok):
        return True
    if not dated and tok.tag_ == "NNS" and tok.dep_ == "dobj" and (any(
            c.lower_ in ("several", "many", "numerous", "multiple") for c in tok.children) or any(
            c.dep_ == "advmod" and c.lower_ in _HABIT_ADVS | {"previously", "earlier"}
            for c in tok.head.children)) and any(
            a.dep_ == "aux" and a.lemma_.lower() == "have" for a in tok.head.children) and not any(
            c.like_num or c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children):
        # "have conducted several operations in the area", "the army has previously carried out operations
        # there": a tally or a habit of deeds, none of them told
        return True
    if not dated and _record_of_operations(tok):
        return True  # "The Taliban have carried out operations against ISIL-K": a record, no operation told
    if tok.pos_ in ("NOUN", "PROPN"):
        kids = list(tok.children)
        lows = {c.lower_ for c in kids}
        top = tok
        while top.dep_ == "conj" and top.head != top:
            top = top.head  # "action and arrests ... have been taken": the first conjunct's role
        if lows & _KIND_MODS:
            return True  # "such bombings", "the second such relocation": a kind of event
        counted = any(c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an", "one")) for c in kids) \
            or bool(lows & _COUNT_WORDS)
        defined = counted or any(c.dep_ == "poss" or (c.dep_ in ("det", "predet") and c.lower_ in _ANCHOR_DETS)
                                 for c in kids)
        series = any(c.dep_ in ("amod", "advmod") and c.lower_ in _SERIES_MODS for c in kids)
        plural = tok.tag_ in ("NNS", "NNPS")
        head = top.head
        if top.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _SERIES_HEADS:
            return not dated  # "a series of attacks", "a sharp rise in attacks" (below)
        if plural and not dated and not any(c.dep_ == "nummod" for c in kids) and top.dep_ == "pobj" and (
                lows & _VAGUE_COUNTS or head.lower_ == "of" and head.head.lower_ in _VAGUE_COUNTS | {"number"}) \
                and _charged_record(head):
            # "the man was responsible for several bombings in Mazar-i-Sharif", "a commander wanted in dozens of
            # attacks": deeds charged to someone, a record, none of them told
            return True
        if plural and top.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _VAGUE_SHARES:
            return True  # "the TTP has claimed most of the attacks in the province": a share of many deeds, none told
        if top.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in _SERIES_HEADS:
            return not dated
        if plural and not counted and top.dep_ == "nsubj" and head.pos_ == "VERB" \
                and head.lemma_.lower() in _TREND_SUBJECT_VERBS and not (
                    top.lemma_.lower() in _ONE_BATTLE and head.lemma_.lower() in ("continue", "persist")):
            return True  # "its attacks on Pakistan have increased": a trend, not an event
        if plural and series and not counted:
            return True  # "earlier relocations", "repeated attacks"
        if plural and not defined and top.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX") and _tallied_over(head):
            return True  # "attacks from Afghanistan killed 40 soldiers last year": a tally, not one attack
        if plural and not defined and not dated:
            gov = head.head if top.dep_ == "pobj" else head
            if top.dep_ == "pobj" and gov.pos_ == "VERB" and trigger_lemmas.get(gov.lemma_.lower()) \
                    and not habitual_clause(gov):
                return False  # "were picked up in raids": the manner of a reported deed
            if top.dep_ == "dobj" and head.lemma_.lower() in _LIGHT_VERBS - _TREND_VERBS and head.tag_ in ("VBD", "VBN") \
                    and not habitual_clause(head):
                return False  # "forces conducted raids in Kurram"
            if top.dep_ == "nsubjpass" and head.lemma_.lower() in _LIGHT_VERBS - _TREND_VERBS and head.tag_ == "VBN" and not any(
                    c.dep_ == "auxpass" and c.lower_ == "being" for c in head.children) and not habitual_clause(head):
                return False  # "arrests were made", "raids have been carried out"
            if top.dep_ == "nsubj" and head.pos_ == "VERB" and head.tag_ == "VBD" and \
                    (trigger_lemmas.get(head.lemma_.lower()) or head.lemma_.lower() in _RESULT_VERBS) \
                    and not habitual_clause(head):
                return False  # "airstrikes killed 12 militants", "clashes ... resulted in the death of three"
            if top.dep_ in ("nsubj", "dep") and head.pos_ == "VERB" and head.tag_ in ("VBP", "VBZ", "VBD") and (
                    trigger_lemmas.get(head.lemma_.lower()) or head.lemma_.lower() in _RESULT_VERBS) \
                    and _counted_outcome(head) and not habitual_clause(head):
                return False  # a headline's present: "air strikes leave 23 militants dead", "clashes kill 75"
            if top.dep_ == "pobj" and gov.pos_ == "VERB" and gov.lemma_.lower() in ("die", "perish") \
                    and any(c.dep_ == "nsubj" and _counted(c) for c in gov.children):
                return False  # "19 militants, three soldiers die in clashes"
            if top.dep_ == "pobj" and head.lower_ in ("in", "during") and gov.lower_ in ("dead", "injured", "wounded") \
                    and gov.dep_ in ("amod", "acomp", "oprd") and _counted(gov.head):
                return False  # "48 militants dead in fresh air strikes": a toll of these strikes
            return True
        if not plural and not defined and not any(c.dep_ in ("compound", "amod", "nmod") for c in kids) \
                and top.dep_ in ("nsubj", "nsubjpass", "attr") and head.lemma_.lower() in _COPULAS:
            return True  # "relocation is a reversible step": the kind, not an occurrence
        verb = tok
        for _ in range(4):  # the clause the noun sits in: "details of those raids are rarely confirmed"
            if verb.head == verb:
                break
            verb = verb.head
            if verb.pos_ in ("VERB", "AUX"):
                return habitual_clause(verb) and not dated and not counted
        return False
    if tok.pos_ in ("VERB", "AUX"):
        if not dated and habitual_clause(tok):
            return True
        if not dated and tok.dep_ == "acl" and tok.tag_ == "VBN":
            # "Every week brings reports of militants killed in clashes": the participle's deeds are the habit's
            gov = tok.head
            for _ in range(4):
                if gov.pos_ in ("VERB", "AUX") or gov.head.i == gov.i:
                    break
                gov = gov.head
            if gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in ("bring", "see", "produce", "yield") \
                    and habitual_clause(gov):
                return True
        if tok.dep_ == "relcl" and tok.tag_ in ("VBP", "VBZ") and not any(
                c.dep_ in ("aux", "auxpass") for c in tok.children) and tok.head.tag_ in ("NNS", "NNPS") \
                and tok.head.lemma_.lower() in _BODIES_OF_FIGHTERS:
            return True  # "action against groups that target them", "the TTP, which attacks Pakistani forces": what
            # the ones named do, as a habit, not a deed reported
        if _listed_gerund(tok) or _gerund_subject(tok):
            return True
        partner = _split_gerund_partner(tok)
        if partner is not None and (_listed_gerund(partner) or _gerund_subject(partner)):
            return True
        if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in ("as", "like", "including"):
            owner = tok.head.head
            if owner.pos_ == "NOUN" and owner.tag_ == "NNS" and not any(
                    c.dep_ in ("det", "poss", "nummod") for c in owner.children):
                return True  # "steps such as relocating fighters": examples of a kind
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        tallied = subj if subj is not None or tok.dep_ != "conj" else next(
            (c for c in tok.head.children if c.dep_ == "nsubj"), None)  # (the parse may hang the verb on another)
        if tallied is not None and tallied.tag_ == "NNS" and tallied.lemma_.lower() in _EVENT_NOUNS and not any(
                c.dep_ in ("nummod", "det", "poss") for c in tallied.children) and _tallied_over(tok):
            return True  # "attacks launched from Afghan territory have killed dozens of soldiers this year": a toll
        if subj is not None and subj.pos_ == "NOUN" and subj.tag_ == "NNS" and \
                any(c.dep_ == "amod" and c.lower_ in _SERIES_MODS | _KIND_MODS for c in subj.children) and \
                not any(c.dep_ in ("nummod", "det", "poss") for c in subj.children) and not dated:
            return True  # "earlier relocations moved men inland"
    return False


_OPINION = re.compile(
    r"^\W*(?:(?:our|my|the editors'?|the author'?s?)\s+(?:own\s+)?(?:view|assessment|take|judge?ment|verdict|reading|"
    r"opinion|conclusion|bottom line|position|guess|sense|expectation|forecast)|in (?:our|my) (?:view|opinion|"
    r"assessment|judge?ment|reading)|analysis|comment(?:ary)?|opinion|editorial|verdict|bottom line)\s*[:\-–—,]", re.I)


_PAST_HABIT = re.compile(r"\b(?:in the past|in years past|in past years|in previous years|over the years|historically"
                         r"|in (?:past|previous|earlier|former) (?:crackdowns?|operations?|raids?|campaigns?|offensives?"
                         r"|sweeps?))\b"
                         r"(?!\s+(?:\d+|few|two|three|several)?\s*(?:hours?|days?|weeks?|months?)\b)", re.I)


def unspecified_past(sentence: str) -> bool:
    """The sentence speaks of an unspecified past ("have in the past detained", "over the years")."""
    return bool(_PAST_HABIT.search(sentence))


def is_opinion(sentence: str) -> bool:
    """The sentence is labelled as the writer's own view or assessment ("Our view: ...")."""
    return bool(_OPINION.match(sentence))
