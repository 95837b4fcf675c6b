"""Coordinated deeds the parser misreads as a modifier.

In "Police arrested four militants and seized weapons." the small English model reads "seized weapons" as a noun
phrase ("the seized weapons") joined to the verb, and in "arrested a suspect and recovered hand grenades" it tags
"recovered" an adjective: either way the second deed has no verb and is lost. A past participle of a deed verb
right after an "and" that joins it to an earlier verb with an object is the second of two coordinated
predicates: the parse is mended in place (the noun becomes its object; the word is tagged a verb, with its
lemma), and every offset and word stays as it was.

In "FC troops thwarted an attempt by terrorists to infiltrate from Afghanistan, killing two of them" the parser
hangs the closing ", killing two of them" on the infinitive ("to infiltrate"), so the killing reads as part of
what was attempted. A participle after a comma that closes a sentence whose main verb is a past deed says what
that deed did: it is hung on the main verb.

In "A US drone targeted Taliban fighters who had gathered in Balkh." the parser makes "fighters" the sentence's
root and "targeted" an adjective on it ("the targeted fighters") that has a subject of its own: the sentence has
no verb and its deed is lost. A past form with its own subject before it cannot modify the noun after it: it is
the sentence's verb and the noun its object.

In "Two rockets fired from Afghanistan landed in Bajaur" the parser makes "fired" the verb and "landed" a second one
with no subject: the fire is a participle on the rockets, and their landing the verb.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from tangible.nlp import lexicon as L
from tangible.nlp.triggers import ATTEMPTS, base_form, irregular_past


_BY = re.compile(r"\bby\b", re.IGNORECASE)


def _deed_lemma(tok: Token) -> str | None:
    """The deed verb a past participle is, read as a verb or (tagged an adjective: "recovered") by its stem."""
    if not tok.lower_.endswith("ed") and not irregular_past(tok.lower_):
        return None  # (an irregular past: "arrested a hawala operator and froze bank accounts")
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
        joined = verb  # what the "and" hangs on
        if noun is not None and verb.dep_ == "dobj" and verb.pos_ in ("NOUN", "PROPN"):
            # "arrested a hawala operator and froze bank accounts": the noun joined to the first verb's object
            verb = verb.head
        if noun is not None and (noun.dep_ != "conj" or noun.i <= tok.i):
            continue
        if noun is not None and (verb.pos_ != "VERB" or verb.tag_ in ("VBG", "VBN")) and tok.tag_ != "VBN":
            # "took into custody three men suspected of funnelling money through hawala dealers and froze bank
            # accounts": the "and" joins the past form to the finite verb above the phrases between, not to a noun
            # or a participle inside them
            verb = next((a for a in verb.ancestors if a.pos_ == "VERB" and a.tag_ in ("VBD", "VBZ", "VBP")
                         and a.i < tok.i), verb)
        if verb.pos_ != "VERB" or verb.i >= tok.i or doc[tok.i - 1].head.i not in (verb.i, joined.i) or \
                not any(c.dep_ == "dobj" for c in verb.children):
            continue
        if noun is not None:
            # (the verb is hung on the first verb before the noun on the verb: never a cycle in between)
            tok.head, tok.dep_ = verb, "conj"
            noun.head, noun.dep_ = tok, "dobj"
        tok.tag_, tok.pos_, tok.lemma_ = "VBD", "VERB", lemma
    return doc


# the verbs by which a party orders or asks another to act ("directed authorities to arrest those responsible")
_ORDERING = frozenset({"direct", "order", "instruct", "ask", "urge", "tell", "task"})


def mend_coordinated_order(doc: Doc) -> Doc:
    """"The prime minister condemned the attack and directed authorities to arrest those responsible": the parser
    reads "directed" as an adjective on "authorities", joins that to "attack" and hangs "to arrest" on
    "condemned", so the attack would be asked to arrest. A past form of an ordering verb right after an "and",
    modifying a noun joined to the first verb's object, with an infinitive hung on that first verb, is the second
    verb: the noun is whom it orders and the infinitive what it orders."""
    for tok in doc:
        if tok.dep_ != "amod" or tok.i == 0 or doc[tok.i - 1].dep_ != "cc" or not tok.lower_.endswith("ed"):
            continue
        lemma = next((x for x in (tok.lemma_.lower(), tok.lower_[:-2], tok.lower_[:-1]) if x in _ORDERING), None)
        if lemma is None:
            continue
        noun = tok.head
        if noun.dep_ != "conj" or noun.i <= tok.i or noun.head.dep_ != "dobj":
            continue
        verb = noun.head.head
        told = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > noun.i
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if verb.pos_ != "VERB" or told is None:
            continue
        tok.head, tok.dep_ = verb, "conj"
        noun.head, noun.dep_ = tok, "dobj"
        told.head = tok
        tok.tag_, tok.pos_, tok.lemma_ = "VBD", "VERB", lemma
    return doc


def mend_reduced_relative(doc: Doc) -> Doc:
    """A participle read as the sentence's verb: "The bodies of three men abducted a week ago by militants were
    found": the model tags "abducted" a past tense with "bodies" its subject, and "were found" a second verb with
    no subject. A past form with a "by" phrase of the passive and no auxiliary is a participle on the noun before
    it (tagged a past tense or not); the passive verb joined to it, with its own auxiliary and no subject, is the
    sentence's verb, and the subject is its own. The parse is mended in place."""
    if not _BY.search(doc.text):
        return doc  # (no "by", no passive's agent: the tokens are not walked)
    for tok in doc:
        if tok.dep_ != "ROOT" or tok.tag_ not in ("VBD", "VBN") or not any(c.dep_ == "agent" for c in tok.children) or \
                any(c.dep_ in ("auxpass", "aux") for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        main = next((c for c in tok.children if c.dep_ == "conj" and c.tag_ == "VBN" and c.i > tok.i
                     and any(x.dep_ == "auxpass" for x in c.children)
                     and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)), None)
        if subj is None or main is None or any(c.dep_ == "cc" and subj.i < c.i < main.i for c in tok.children):
            continue  # ("militants abducted by ... and were found": two verbs joined by "and" stay two)
        noun = doc[tok.i - 1]
        if noun.pos_ not in ("NOUN", "PROPN") or not (subj.i <= noun.i):
            continue
        for c in list(tok.children):
            if c.i > main.i:
                c.head = main
        main.head, main.dep_ = main, "ROOT"
        subj.head, subj.dep_ = main, "nsubjpass"
        tok.head, tok.dep_ = noun, "acl"
        tok.tag_ = "VBN"
        break
    return doc


def mend_trailing_result(doc: Doc) -> Doc:
    """A participle after a comma, hung on an infinitive inside the phrase of a past-tense main verb, is hung on
    the main verb: "thwarted an attempt by terrorists to infiltrate, killing two of them"."""
    if "," not in doc.text:
        return doc
    _mend_result_of_earlier_deed(doc)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is not None and root.lemma_.lower() in L.REPORTING_VERBS:
        # "... foiled an attempt to infiltrate, killing 17 of them, the ISPR said": the deed reported is the main verb
        root = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
    if root is None or root.tag_ != "VBD" or root.pos_ != "VERB":
        return doc
    for tok in doc:
        if tok.dep_ not in ("advcl", "acl") or tok.tag_ != "VBG" or tok.i < 2 or doc[tok.i - 1].text != "," \
                or tok.head.i == root.i:
            continue
        head = tok.head
        if tok.dep_ == "acl" and head.lemma_.lower() in ATTEMPTS:
            # ("an attempt by terrorists to infiltrate from Afghanistan, killing 17 of them": the parse may hang the
            # participle on the attempt rather than on its infinitive)
            head = next((c for c in head.children if c.dep_ == "acl" and c.i < tok.i), head)
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) or head.dep_ not in ("acl", "xcomp"):
            continue
        # the infinitive must lie inside the main verb's own phrase ("an attempt ... to infiltrate")
        up, inside = head, False
        for _ in range(4):
            up = up.head
            if up.i == root.i:
                inside = True
                break
            if up.pos_ in ("VERB", "AUX") or up.head.i == up.i:
                break
        if inside and root.i < tok.i:
            tok.head = root
            tok.dep_ = "advcl"
    return doc


def _mend_result_of_earlier_deed(doc: Doc) -> None:
    """A result participle after a comma that the parse hangs on the main verb, right after a relative clause that
    tells an earlier deed in the pluperfect, is that deed's: "The strikes targeted camps used by militants who had
    ambushed a convoy last week, killing 12 soldiers" (the militants killed the soldiers, not the strikes)."""
    for tok in doc:
        if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i < 2 or doc[tok.i - 1].text != "," \
                or tok.head.i > tok.i:
            continue
        earlier = next((t for t in doc[tok.head.i + 1:tok.i - 1] if earlier_deed_of_people(t)
                        and t.right_edge.i == tok.i - 2), None)
        if earlier is not None:
            tok.head = earlier


def earlier_deed_of_people(verb: Token) -> bool:
    """A relative clause on people that tells a deed of violence they had done before: "militants who had ambushed
    a convoy last week"."""
    return verb.dep_ == "relcl" and verb.pos_ == "VERB" and verb.head.pos_ in ("NOUN", "PROPN") \
        and L.VERB_TRIGGERS.get(verb.lemma_.lower()) in ("ATTACK", "OPERATION") \
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def mend_subject_participle(doc: Doc) -> Doc:
    """A past form read as an adjective on the root noun after it though it has a subject of its own ("a US drone
    targeted Taliban fighters who had gathered ..."): the past form is the sentence's verb and the noun its
    object. The parse is mended in place."""
    for tok in doc:
        if tok.dep_ != "amod" or tok.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            continue
        noun = tok.head
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i <= tok.i:
            continue
        if not any(c.dep_ == "nsubj" and c.i < tok.i and c.pos_ in ("NOUN", "PROPN", "PRON") for c in tok.children):
            continue
        root = noun
        if noun.dep_ == "nsubj" and noun.head.dep_ == "ROOT" and noun.head.i == noun.i + 1 and \
                noun.head.lower_.endswith("s") and not any(c.dep_ in ("dobj", "aux", "auxpass") for c in noun.head.children):
            # "ANDSF repelled Taliban attacks on checkpoints": the plural noun after the name read as its verb
            root = noun.head
            root.tag_, root.pos_ = "NNS", "NOUN"
        elif noun.dep_ != "ROOT":
            continue
        tok.head, tok.dep_ = tok, "ROOT"
        for c in list(root.children):
            if c.dep_ == "punct" and c.i == len(doc) - 1 or c.i < tok.i:
                c.head = tok
        if root is not noun:
            noun.head, noun.dep_ = root, "compound"
        root.head, root.dep_ = tok, "dobj"
        tok.tag_, tok.pos_ = "VBD", "VERB"
        break
    return doc


def mend_name_read_as_modifier(doc: Doc) -> Doc:
    """A name before a verb that has no subject, read as the verb's modifier ("Pakistan hands over 20 Afghan
    prisoners": "Pakistan" an adjective of "hands"): the name is the verb's subject. The parse is mended in place."""
    for tok in doc:
        verb = tok.head
        if tok.dep_ not in ("amod", "compound", "npadvmod") or verb.i != tok.i + 1 or verb.tag_ not in ("VBZ", "VBD", "VBP") \
                or not tok.text[:1].isupper() or not tok.is_alpha:
            continue
        if verb.dep_ not in ("ROOT", "relcl"):
            continue  # "Islamabad rejected Taliban claims to have ...": a noun read as a verb in a clause it heads
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        tok.dep_, tok.pos_, tok.tag_ = "nsubj", "PROPN", "NNP"
    return doc


def mend_claim_read_as_modifier(doc: Doc) -> Doc:
    """A headline's claim read as a modifier of the deed it claims ("SRA claims blast at NADRA office in Karachi",
    "BLA claims attack on FC convoy in Kech; 2 killed": "claims" a compound of "blast"), the group its subject:
    the claim is the verb, the deed its object. Only where the deed heads the sentence or the clause before a
    semicolon, whose other clause then stands beside the claim. The parse is mended in place."""
    for tok in doc:
        if tok.lower_ not in ("claims", "claim") or tok.dep_ != "compound":
            continue
        deed = tok.head
        if deed.i <= tok.i or deed.lower_ not in L.NOUN_TRIGGERS or not any(
                c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children):
            continue
        clause = deed.head
        if deed.dep_ != "ROOT" and not (clause.i > deed.i and any(t.text == ";" for t in doc[deed.i:clause.i])):
            continue
        tok.head, tok.dep_, tok.pos_, tok.tag_, tok.lemma_ = tok, "ROOT", "VERB", \
            "VBZ" if tok.lower_ == "claims" else "VBP", "claim"
        deed.head, deed.dep_ = tok, "dobj"
        if clause.i != deed.i:
            clause.head, clause.dep_ = tok, "parataxis"
        break
    return doc


def mend_subject_of_coordinated_passive(doc: Doc) -> Doc:
    """A passive coordinated with the verb before it whose subject the parse coordinated with the last noun of that
    verb's phrase ("the men were detained in a raid in Gurbaz district and weapons and explosives were seized":
    "weapons" a conjunct of "district"): the nouns after "and" are the passive's subject. The parse is mended in
    place."""
    for verb in doc:
        # (or a second complement of the verb of saying: "told reporters the men were detained in ... and weapons
        # were seized")
        if verb.tag_ != "VBN" or verb.dep_ not in ("conj", "ccomp") or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        aux = next((c for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i), None)
        if aux is None or aux.i < 3:
            continue
        first = doc[aux.i - 1]
        if first.pos_ not in ("NOUN", "PROPN") or first.dep_ != "conj":
            continue
        while first.head.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if not (verb.head.i < first.head.i < first.i) or first.head.dep_ != "pobj" or doc[first.i - 1].lower_ != "and":
            continue
        doc[first.i - 1].head = verb.head
        first.head, first.dep_ = verb, "nsubjpass"
    return doc


def mend_range_read_as_phrase(doc: Doc) -> Doc:
    """A range of people that opens a passive, read as a phrase of "between" ("On 11 June 2020, between 3 and 5
    militants were killed when ...": "militants" the object of "between", the passive without a subject): the people
    are the passive's subject, "between" the range's word, as the parse reads it at a sentence's start. The parse is
    mended in place."""
    for prep in doc:
        if prep.lower_ != "between" or prep.dep_ != "prep":
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
        low = next((c for c in noun.children if c.dep_ == "nummod" and c.i < noun.i and any(
            g.dep_ == "conj" and g.like_num for g in c.children)), None) if noun is not None else None
        if low is None or noun.i + 2 >= len(doc) or doc[noun.i + 1].dep_ != "auxpass":
            continue
        verb = doc[noun.i + 1].head
        if verb.i <= noun.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        prep.head, prep.dep_ = low, "quantmod"
        noun.head, noun.dep_ = verb, "nsubjpass"
    return doc


# the participles of what is believed or said of someone ("militants, suspected to be ...")
_HEARSAY_PARTICIPLES = frozenset({"believe", "suspect", "think", "say", "report", "allege"})


def mend_subject_after_participle(doc: Doc) -> Doc:
    """A subject and the participle phrase set off by commas after it, read as the sentence's root with the verb after
    the closing comma hung inside the phrase ("Some unidentified militants, suspected to be members of
    Lashkar-e-Islam, kidnapped and later killed two teachers": "kidnapped" a clause on "members"): the verb after the
    phrase is the sentence's, the noun its subject. The parse is mended in place."""
    for said in doc:
        # ("Gunmen, believed to be Baloch separatists, attacked a bus": the participle read as the subject's past
        # tense, a clause of the verb after the phrase, which is left without its subject)
        subj = next((c for c in said.children if c.dep_ == "nsubj" and c.i == said.i - 2), None)
        if said.tag_ == "VBD" and said.lemma_.lower() in _HEARSAY_PARTICIPLES and said.dep_ == "advcl" \
                and subj is not None and doc[said.i - 1].text == "," and said.head.i > said.i \
                and doc[said.head.i - 1].text == "," and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in said.head.children):
            verb = said.head
            subj.head, subj.dep_ = verb, "nsubj"
            said.head, said.dep_, said.tag_ = subj, "acl", "VBN"
            return doc
    for noun in doc:
        if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        phrase = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i
                       and doc[c.i - 1].text == ","), None)
        if phrase is None:
            continue
        end = phrase.right_edge.i + 1
        if end + 1 >= len(doc) or doc[end].text != ",":
            close = next((t.i for t in doc[phrase.i:] if t.text == ","), None)
            if close is None:
                continue
            end = close
        verb = doc[end + 1] if end + 1 < len(doc) else None
        if verb is None or verb.tag_ not in ("VBD", "VBN") or verb.pos_ != "VERB" or verb.head.i == verb.i or any(
                c.dep_ in ("aux", "auxpass") for c in verb.children) \
                or not (phrase.i <= verb.head.i < end or verb.head.i == noun.i):
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        for c in list(noun.children):
            if c.i > end:
                c.head = verb
        noun.head, noun.dep_ = verb, "nsubj"
        break
    return doc


def mend_hyphened_gerund(doc: Doc) -> Doc:
    """A deed named by a gerund after a hyphened modifier ("Cross-LoC firing by Indian forces ... killed a civilian"),
    read as a clause on the modifier's last word, the sentence's subject: the gerund is the subject, the hyphened
    words its modifier. The parse is mended in place."""
    for g in doc:
        if g.tag_ != "VBG" or g.dep_ != "acl" or g.i < 3 or g.head.i != g.i - 1:
            continue
        last = g.head
        if last.dep_ not in ("nsubj", "nsubjpass") or doc[last.i - 1].text not in ("-", "‑"):
            continue
        if not any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" for c in g.children):
            continue
        start = last.i - 2
        if doc[start].head.i != last.head.i:
            continue
        g.head, g.dep_, g.pos_, g.tag_ = last.head, last.dep_, "NOUN", "NN"
        if g.lower_ in L.NOUN_TRIGGERS and L.VERB_TRIGGERS.get(g.lemma_.lower()) != L.NOUN_TRIGGERS[g.lower_]:
            g.lemma_ = g.lower_  # (the noun's own type: "firing" by forces is theirs, not the verb "fire"'s attack)
        for t in doc[start:last.i + 1]:
            t.head, t.dep_ = g, "compound"
        for c in g.children:
            if c.dep_ == "agent":
                c.dep_ = "prep"
        break
    return doc


def mend_subject_after_apposition(doc: Doc) -> Doc:
    """A subject and its apposition set off by commas, read as the sentence's root with its verb a clause on it
    ("China's ambassador, Zhao Xing, called on the IEA to act"): the verb after the closing comma is the sentence's,
    the noun its subject. The parse is mended in place."""
    for noun in doc:
        if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i > noun.i
                     and doc[c.i - 1].text == "," and any(a.dep_ == "appos" and noun.i < a.i < c.i
                                                          for a in noun.children)), None)
        if verb is None or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            continue
        verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBD", "VERB"
        for c in list(noun.children):
            if c.i > verb.i:
                c.head = verb
        noun.head, noun.dep_ = verb, "nsubj"
        break
    return doc


def mend_auxiliary_with_subject(doc: Doc) -> Doc:
    """An auxiliary the parse gave the clause's subject and a phrase between it and its verb ("Pakistani officials
    have in the past accused India"): the subject and the phrase are the verb's. The parse is mended in place."""
    for aux in doc:
        if aux.dep_ != "aux" or aux.pos_ != "AUX" or aux.head.i <= aux.i or aux.head.pos_ != "VERB":
            continue
        verb = aux.head
        moved = [c for c in aux.children if c.dep_ in ("nsubj", "nsubjpass", "prep", "advmod", "npadvmod", "punct")]
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in moved) or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        for c in moved:
            c.head = verb
    return doc


_DESCRIBING_PARTICIPLES = frozenset({"suspected", "alleged", "wanted", "armed", "unidentified", "unknown"})


def mend_counted_participle(doc: Doc) -> Doc:
    """A count and the participle that describes the people counted read as a subject and its verb ("in which 2
    suspected TTP militants were killed": "2" suspected that militants were killed): the participle describes the
    people, the count counts them, and the clause it governed is the verb. The parse is mended in place."""
    for part in doc:
        if part.lower_ not in _DESCRIBING_PARTICIPLES or part.tag_ != "VBD" or part.i == 0:
            continue
        count = doc[part.i - 1]
        if count.dep_ != "nsubj" or count.head.i != part.i or not (count.like_num or count.lower_ in L.WORD_NUMBERS):
            continue
        clause = next((c for c in part.children if c.dep_ == "ccomp" and c.i > part.i), None)
        people = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > part.i), None) \
            if clause is not None else None
        if people is None or people.left_edge.i != part.i + 1:
            continue  # (the people right after the participle: "2 suspected TTP militants")
        clause.head, clause.dep_ = (clause, "ROOT") if part.head.i == part.i else (part.head, part.dep_)
        for c in list(part.children):
            if c.i not in (count.i, clause.i):
                c.head = clause
        count.head, count.dep_ = people, "nummod"
        part.head, part.dep_, part.pos_, part.tag_ = people, "amod", "ADJ", "VBN"
        break
    return doc


# what is fired and lands: "rockets fired from Afghanistan landed in Bajaur"
_PROJECTILES = frozenset({"rocket", "mortar", "shell", "missile", "projectile", "round", "bomb"})
_FIRING_VERBS = frozenset({"fire", "launch", "lob"})
_IMPACT_VERBS = frozenset({"land", "fall", "slam", "crash", "hit", "strike"})


def mend_fired_projectile(doc: Doc) -> Doc:
    """Fire named by a participle after it, read as the verb of the sentence or clause: in "Two rockets fired from
    Afghanistan landed in Bajaur" the model makes "fired" the verb whose subject is "rockets", and "landed" a second
    verb with no subject; in "when mortar shells fired from Afghan territory landed" it joins "landed" to the main
    clause. A firing verb right after a projectile that is its subject, with no object or auxiliary, followed at
    once by a subjectless verb of impact, is a participle on the projectile: the impact is the clause's verb and the
    projectile its subject. The parse is mended in place."""
    for fire in doc:
        if fire.lemma_.lower() not in _FIRING_VERBS or fire.tag_ not in ("VBD", "VBN") or fire.i == 0:
            continue
        subj = doc[fire.i - 1]
        if subj.head.i != fire.i or subj.dep_ != "nsubj" or subj.lemma_.lower() not in _PROJECTILES or any(
                c.dep_ in ("dobj", "aux", "auxpass") for c in fire.children):
            continue
        after = fire.i + 1
        for c in fire.children:  # (past where it was fired from: "from across the border"; or by whom)
            if c.i == after and c.dep_ in ("prep", "advmod", "agent"):
                after = c.right_edge.i + 1
        impact = doc[after] if after < len(doc) else None
        if impact is None or impact.lemma_.lower() not in _IMPACT_VERBS or impact.pos_ != "VERB" or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in impact.children):
            continue
        for c in list(fire.children):
            if c.i < subj.i or c.i > impact.i:
                c.head = impact  # ("when", ", wounding two children": the clause's, not the fire's)
        if fire.head.i == fire.i:
            impact.head, impact.dep_ = impact, "ROOT"
        elif fire.head.i != impact.i:
            impact.head, impact.dep_ = fire.head, fire.dep_  # the impact takes the fire's place in the sentence
        subj.head, subj.dep_ = impact, "nsubj"
        fire.head, fire.dep_, fire.tag_ = subj, "acl", "VBN"
        break
    return doc


_TOLL_NOUNS = frozenset({"casualty", "fatality", "loss", "injury", "death", "casualties", "fatalities", "losses"})
# verbs whose elided passive a headline writes as a bare past: "three Daesh fighters killed"
_HEADLINE_PASSIVES = frozenset({"kill", "arrest", "detain", "injure", "wound", "capture", "nab", "martyr", "neutralise",
                                "neutralize", "apprehend", "hold"})


def mend_headline_passive(doc: Doc) -> Doc:
    """A headline's clause that ends on a bare past with a counted subject and no object ("Daesh hideout destroyed in
    Kunar, three Daesh fighters killed") is a passive with "were" left out: the counted are the killed, not the
    killers. The parse is mended in place."""
    for tok in doc:
        if tok.tag_ in ("VBD", "VBN") and tok.lemma_.lower() in _HEADLINE_PASSIVES and tok.i + 1 < len(doc) \
                and doc[tok.i + 1].text == ",":
            # "4 Taliban killed, no ANDSF casualties": a toll of the other side after a comma, no object of the verb
            for c in tok.children:
                if c.dep_ == "dobj" and c.i > tok.i + 1 and c.lemma_.lower() in _TOLL_NOUNS:
                    c.dep_ = "npadvmod"
        if tok.tag_ not in ("VBD", "VBN") or tok.lemma_.lower() not in _HEADLINE_PASSIVES or any(
                c.dep_ in ("dobj", "aux", "auxpass", "dative", "attr") or c.dep_ in ("ccomp", "xcomp") and c.i > tok.i
                for c in tok.children):
            continue  # (a clause before it is the headline's other item: "Daesh hideout destroyed in Kunar, ...")
        subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
        subj = subjects[0] if len(subjects) == 1 else None  # (two: "3 personnel injured, Taliban commander killed")
        if subj is None or not any(c.dep_ == "nummod" for c in subj.children):
            continue
        if any(not t.is_punct and t.dep_ not in ("prep", "pobj", "det", "amod", "compound", "nummod", "npadvmod",
                                                   "advmod", "cc", "conj", "nmod", "poss", "case")
               for t in doc[tok.i + 1:]):
            continue  # (words after it that are no place or time: an active clause goes on)
        tok.tag_ = "VBN"
        subj.dep_ = "nsubjpass"
    return doc



def mend_counts_of_two_fates(doc: Doc) -> Doc:
    """Two counts with a bare past each, joined by "and" ("10 civilians killed and 15 wounded", "12 soldiers killed
    and 6 captured"): the parse makes the second figure a conjunct of the first noun and the second verb the
    sentence's, so both verbs would count both figures. Each figure is its own verb's; the parse is mended in
    place: the first verb heads the clause, the second is its conjunct with the second figure as subject."""
    for second in doc:
        if second.tag_ not in ("VBN", "VBD") or second.lemma_.lower() not in _HEADLINE_PASSIVES:
            continue
        subj = next((c for c in second.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < second.i), None)
        if subj is None or not any(c.dep_ == "nummod" for c in subj.children):
            continue
        first = next((c for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBN"
                      and c.lemma_.lower() in _HEADLINE_PASSIVES and c.i < second.i), None)
        figure = next((c for c in subj.children if c.dep_ == "conj" and first is not None
                       and first.i < c.i < second.i and (c.like_num or any(g.dep_ == "nummod" for g in c.children))),
                      None)
        if first is None or figure is None or first.right_edge.i >= figure.i - 1:
            continue
        cc = [c for c in subj.children if c.dep_ == "cc" and first.i < c.i < figure.i]
        _hang(first, second.head if second.head.i != second.i else first, second.dep_)
        _hang(subj, first, "nsubjpass")
        _hang(second, first, "conj")
        _hang(figure, second, "nsubjpass")
        for c in cc:
            c.head = first
        first.tag_ = "VBN"
    return doc


def mend_toll_read_as_subject(doc: Doc) -> Doc:
    """A verb of killing with no object, right before a counted noun that the parse makes the subject of a noun after
    it ("explosions ... in Dasht-e Barchi, Kabul killed at least 85 people, mostly schoolgirls": "people" the subject
    of "schoolgirls"): the counted are the verb's object, and the noun after them tells who most of them were. The
    parse is mended in place."""
    for verb in doc:
        if verb.tag_ != "VBD" or verb.lemma_.lower() not in ("kill", "injure", "wound") \
                or any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
            continue
        people = next((t for t in doc[verb.i + 1:verb.i + 5] if t.pos_ == "NOUN" and t.dep_ == "nsubj"), None)
        if people is None or not any(c.dep_ == "nummod" for c in people.children) \
                or any(t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1:people.i]):
            continue
        said = people.head
        if said.pos_ != "NOUN" or said.dep_ != "ROOT" or said.i <= people.i or verb.head.i != said.i:
            continue
        _hang(verb, verb, "ROOT")
        _hang(people, verb, "dobj")
        _hang(said, people, "appos")
        for c in list(said.children):
            if c.i < said.i and c.dep_ in ("punct", "advmod") and c.i > people.i:
                c.head = said
    return doc


def mend_clause_before_semicolon(doc: Doc) -> Doc:
    """A toll before a semicolon that the parse makes the complement of the toll after it ("4 guards and 1
    civilian were killed; all 4 attackers were killed by police": the first "killed" a ccomp of the second) is a
    clause of its own: the two are coordinated, as "..., and ..." would be, and each keeps its own figures. The
    parse is mended in place."""
    for verb in doc:
        main = verb.head
        if verb.dep_ != "ccomp" or main.dep_ != "ROOT" or main.i <= verb.i or verb.pos_ not in ("VERB", "AUX") \
                or verb.lemma_.lower() not in _HEADLINE_PASSIVES or main.lemma_.lower() not in _HEADLINE_PASSIVES:
            continue  # (two tolls; not "Lawyers boycotted the courts; a day earlier, a lawyer had been gunned down")
        if not any(t.text == ";" for t in doc[verb.right_edge.i + 1:main.i]):
            continue
        _hang(verb, verb, "ROOT")
        _hang(main, verb, "conj")
        for c in list(main.children):
            if c.i < verb.i:
                c.head = verb  # (words before the first clause are the sentence's: "On 29 June, ...")
    return doc


def _hang(tok: Token, head: Token, dep: str) -> None:
    """Hang ``tok`` on ``head`` with the label ``dep`` (on itself: the root of its sentence)."""
    tok.head = head
    tok.dep_ = dep
