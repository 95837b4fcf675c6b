"""Modality of an event trigger from its dependency context (DESIGN §3).

``modality_of(token)`` returns asserted, negated, demanded, future or hypothetical. It walks from the
trigger up through the clauses that govern it: a demand verb above it makes it demanded, a promise or
plan makes it future, a condition or a modal makes it hypothetical, a negation or a denial makes it
negated. Reporting verbs ("said", "told") pass the modality of their complement through unchanged.
"""

from __future__ import annotations

from spacy.tokens import Token

from tangible.nlp import lexicon as L

_CLIMB = {"xcomp", "ccomp", "advcl", "dobj", "pobj", "prep", "acl", "conj", "nsubjpass", "nsubj", "attr",
          "oprd", "pcomp", "appos", "compound", "amod", "npadvmod", "dep", "csubj", "acomp"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "gonna"}
_HYPO_AUX = {"may", "might", "could", "would", "can", "'d", "ca"}
_DEMAND_AUX = {"should", "must", "ought"}


def _local(tok: Token) -> str | None:
    """Modality signalled by the token's own children."""
    for c in tok.children:
        lw = c.lower_
        if c.dep_ == "neg" or (c.dep_ == "det" and lw == "no") or (c.dep_ in ("nsubj", "nsubjpass") and lw in (
                "nobody", "none", "nothing", "no-one")):
            return "negated"
        if c.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ == "no" and g.dep_ == "det" for g in c.children):
            return "negated"
        if c.dep_ == "mark" and lw in ("if", "unless", "whether", "lest"):
            return "hypothetical"
        if c.dep_ == "advmod" and lw in ("never",):
            return "negated"
        if c.dep_ == "advmod" and lw in ("perhaps", "possibly", "maybe", "allegedly_no"):
            return "hypothetical"
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass"):
            lw = c.lower_
            if lw in _FUTURE_AUX:
                return "future"
            if lw in _DEMAND_AUX:
                return "demanded"
            if lw in _HYPO_AUX:
                return "hypothetical"
            if c.lemma_ == "go" and any(g.lower_ == "to" for g in tok.children):
                return "future"
    return None


def _head_cue(head: Token, dep: str, child: Token) -> str | None:
    """Modality given by the lexical meaning of a governing word."""
    lemma = head.lemma_.lower()
    if lemma in L.IMPLICATIVE_HEADS:
        return None
    if lemma in L.NEG_HEAD_CUES:
        if lemma == "rule" and not any(c.lower_ == "out" for c in head.children):
            return None
        return "negated"
    if lemma in L.DEMAND_CUES:
        if lemma in ("order", "direct", "instruct", "tell", "need", "seek", "require") and dep not in (
                "xcomp", "ccomp", "dobj", "pobj", "prep", "acl"):
            return None
        if lemma == "tell" and dep == "ccomp":
            return None  # "told reporters that police arrested"
        if lemma == "seek" and dep == "xcomp":
            return "hypothetical"
        return "demanded"
    if lemma in L.FUTURE_CUES:
        if lemma in ("move", "step", "measure", "effort", "set", "mission", "goal") and dep not in ("acl", "xcomp"):
            return None
        if lemma in ("try", "attempt", "consider", "weigh", "mull", "contemplate", "hope", "wish"):
            return "hypothetical"
        if lemma == "warn" and dep not in ("ccomp", "xcomp"):
            return None
        return "future"
    if lemma in L.HYPO_CUES:
        return "hypothetical"
    return None


def modality_of(tok: Token) -> str:
    local = _local(tok)
    if local:
        return local
    cur = tok
    for _ in range(8):
        dep = cur.dep_
        if dep not in _CLIMB or cur.head is cur:
            break
        head = cur.head
        if dep == "conj":
            # coordinated verbs share their first conjunct's auxiliaries and negation
            local = _local(head)
            if local:
                return local
            cur = head
            continue
        if dep in ("nsubj", "nsubjpass", "csubj"):
            # "no arrests were made", "the attack will continue": the head verb's aux/negation only
            local = _local(head)
            if local:
                return local
            cue = _head_cue(head, dep, cur)
            if cue == "negated":
                return cue
            cur = head
            continue
        cue = _head_cue(head, dep, cur)
        if cue:
            return cue
        if head.lemma_.lower() in L.REPORTING_VERBS and dep in ("ccomp", "xcomp", "dobj", "advcl"):
            # reported speech keeps the complement's modality; a negated report does not negate the event
            break
        if dep in ("xcomp", "acl", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            # an infinitive under a non-implicative head: purpose or plan, not a deed
            if head.lemma_.lower() not in L.IMPLICATIVE_HEADS:
                local = _local(head)
                return local if local in ("negated", "hypothetical", "demanded") else "future"
        if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in cur.children):
            return "hypothetical"
        local = _local(head)
        if local:
            if dep in ("dobj", "pobj", "prep", "xcomp", "ccomp", "acl", "attr", "oprd", "pcomp", "compound",
                       "amod", "acomp"):
                return local
        cur = head
    return "asserted"
