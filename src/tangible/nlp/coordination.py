"""Coordinated deeds the parser misreads as a modifier.

In "Police arrested four militants and seized weapons." the small English model reads "seized weapons" as a noun
phrase ("the seized weapons") joined to the verb, and in "arrested a suspect and recovered hand grenades" it tags
"recovered" an adjective: either way the second deed has no verb and is lost. A past participle of a deed verb
right after an "and" that joins it to an earlier verb with an object is the second of two coordinated
predicates: the parse is mended in place (the noun becomes its object; the word is tagged a verb, with its
lemma), and every offset and word stays as it was.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tangible.nlp import lexicon as L
from tangible.nlp.triggers import base_form


def _deed_lemma(tok: Token) -> str | None:
    """The deed verb a past participle is, read as a verb or (tagged an adjective: "recovered") by its stem."""
    if not tok.lower_.endswith("ed"):
        return None
    lemma = tok.lemma_.lower()
    if lemma not in L.VERB_TRIGGERS:
        lemma = base_form(tok.lower_)
    return lemma if lemma in L.VERB_TRIGGERS else None


def mend_coordinated_deeds(doc: Doc) -> Doc:
    for tok in doc:
        if tok.dep_ not in ("amod", "conj") or tok.i == 0 or doc[tok.i - 1].dep_ != "cc":
            continue
        if tok.dep_ == "conj" and tok.tag_.startswith("VB"):
            continue  # read right already
        lemma = _deed_lemma(tok)
        if lemma is None:
            continue
        noun = tok.head if tok.dep_ == "amod" else None
        verb = noun.head if noun is not None else tok.head
        if noun is not None and (noun.dep_ != "conj" or noun.i <= tok.i):
            continue
        if verb.pos_ != "VERB" or verb.i >= tok.i or doc[tok.i - 1].head.i != verb.i or \
                not any(c.dep_ == "dobj" for c in verb.children):
            continue
        if noun is not None:
            # (the verb is hung on the first verb before the noun on the verb: never a cycle in between)
            tok.head, tok.dep_ = verb, "conj"
            noun.head, noun.dep_ = tok, "dobj"
        tok.tag_, tok.pos_, tok.lemma_ = "VBD", "VERB", lemma
    return doc
