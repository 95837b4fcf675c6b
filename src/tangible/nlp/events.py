"""Document-level events: one event, reported over several sentences, with everything the report says of it.

A report spreads one event over several sentences: the deed, who claimed it, who is blamed, where the attackers
came from, how many died, what officials deny. ``sentence_facts`` reads from each parsed sentence what it says
*about* an event (a claim of responsibility, a suspicion, a blame, an origin, a verification remark) and how its
deeds refer (anaphorically, "the attack", "the blast", or as a new event, "in a separate attack");
``link_events`` then joins the mentions of one event in one document:

- a deed links to the event before it when it refers back to it ("the attack", "the raid", "the blast"), when
  its sentence only adds to it (casualties, a claim, an origin) without naming a new place or date, and when it
  is of a compatible kind (an attack and the clash it became are one battle; an arrest is never folded into
  an operation, nor the reverse);
- every mention of the event shares its ``event`` id, type, place and date (a sentence that talks about an
  event reported elsewhere in the document never becomes an event of its own in another place);
- the event's perpetrator, when its own sentence names none, comes from the sentence that claims, suspects or
  blames (``perpetrator_basis``); its origin (``launched_from``) from the sentence that says where the attackers
  came from; its figures from every linked sentence (each side's largest figure, "another", "more" added);
- a remark that the report could not be verified makes the event ``unverified``; a denial or a "no evidence"
  by a named party answering it makes it ``disputed``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from tangible.models import ActorRef, Location, Mention, Origin
from tangible.nlp.dates import MONTH_NAMES, WEEKDAYS
from tangible.nlp.coordination import earlier_deed_of_people
from tangible.nlp.frames import BLAST_WORDS, harm_of_another
from tangible.nlp.gazetteer import ACROSS_THE_BORDER, ACROSS_THE_BORDER_BY_PLACE, km
from tangible.nlp.lexicon import (AUTHORITY_NOUNS, FOREIGN_DEMONYMS, GROUP_NOUNS, REPORTING_VERBS, SPEAKER_PRONOUNS,
                                  WORD_NUMBERS,
                                  VERB_TRIGGERS)
from tangible.nlp.modality import ARMED_DEEDS, AUTHORING_VERBS, SCANT, authored_deed, dismissed_claim_to_have_acted, habitual_clause, modality_of
from tangible.nlp.roles import ARMED, CIVILIAN, STATE, UNKNOWN, role_of_head
from tangible.nlp.triggers import refused_grant
from tangible.ontology import ACTION_TYPES

DEEDS = frozenset((*ACTION_TYPES, "ATTACK"))
_VIOLENT = frozenset({"ATTACK", "OPERATION"})
_LINK_WORDS = frozenset({"connect", "connected", "link", "linked", "links", "tie", "ties", "affiliate", "affiliated",
                         "belong", "belonging", "behind", "involve", "involved", "member", "members", "associate",
                         "associated"})
ANAPHORIC_NOUNS = frozenset({
    "attack", "blast", "explosion", "bombing", "raid", "operation", "strike", "strikes", "airstrike", "clash",
    "incident", "killing", "killings", "ambush", "assault", "encounter", "gunfight", "firefight", "shootout",
    "skirmish", "exchange",
    "shooting", "violence", "arrest", "arrests", "detention", "detentions", "seizure", "fighting", "battle",
    "offensive", "crackdown", "siege", "abduction", "kidnapping", "hijacking", "bomb",
    # the steps against armed groups told again by a noun: "no evidence that the relocation had taken place"
    "relocation", "handover", "extradition", "deportation", "ied", "attacker", "attackers",
    "assailant", "assailants", "gunmen", "gunman", "bomber", "perpetrator", "perpetrators", "militant",
    "militants", "suspect", "suspects", "victim", "victims", "tragedy", "carnage", "massacre", "retaliation",
})
# the people of an event named again, whose sentences tell where they live, came from or trained, not where it was
_PEOPLE_OF_AN_EVENT = frozenset({"attacker", "attackers", "assailant", "assailants", "gunmen", "gunman", "bomber",
                                 "perpetrator", "perpetrators", "militant", "militants", "suspect", "suspects",
                                 "victim", "victims"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "such"})
# "another", "second" and "third" mark a new event only before an event's noun ("another attack", "a second
# blast"): "one attacker was killed and another was arrested" is the same event
_NEXT_EVENT_NOUN = (r"(?=\s+(?:[\w-]+\s+){0,2}?(?:attacks?|blasts?|bomb\w*|incidents?|raids?|operations?|explosions?|"
                    r"strikes?|airstrikes?|clash\w*|shoot\w*|encounters?|ambush\w*|assaults?|killings?|cases?|"
                    r"events?|episodes?|fighting|firefights?|gunfights?|skirmish\w*|drone|suicide|grenade|ied)\b)")
# ("It was the third attack on the police this month": a tally the deed told is counted in, not another deed)
_NEW_EVENT = re.compile(r"\b(separate(?:ly)?|(?<!\bwas the )(?<!\bis the )(?:another|second|third)" + _NEXT_EVENT_NOUN + r"|earlier|previous|meanwhile|elsewhere|in a similar|"
                        r"similar (?:attack|incident)|also on|a day (?:earlier|later)|later that|the next day|"
                        # the first of deeds told as a series: "In the first attack, 6 soldiers had been killed"
                        r"(?:in|during) the (?:first|initial)(?:" + _NEXT_EVENT_NOUN + r"|(?=\s*[.;,]))|"
                        r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|follow-?up|subsequent|"
                        r"afterwards|(?:hours|minutes) later|later launched|launched a (?:search|clearance|combing|sweep)|"
                        r"(?:search|clearance|combing) operation|"
                        # another time told as a span or a past period: "last month", "in recent months"
                        r"last (?:week|month|year|summer|winter|spring|autumn)|"
                        r"(?:in|over|during) (?:recent|the (?:past|last)(?: few)?) (?:days|weeks|months|years)|"
                        # a series: "have conducted several operations in the area" is other deeds than the one told
                        r"(?:several|many|numerous|multiple|repeated|a number of) (?:[\w-]+ )?(?:operations|raids|"
                        r"strikes|airstrikes|offensives|sweeps|crackdowns)|"
                        # "The strikes came days after a suicide bombing ...": an event of its own, some time before
                        r"(?:days?|weeks?|months?|hours?) (?:after|before))\b", re.I)
# who did a deed or was acted against as what could not be verified: "could not confirm the men's affiliation"
_WHO_DOUBTED = re.compile(r"\s+(?:\S+\s+){0,3}?(?:affiliations?|identit(?:y|ies)|membership|allegiance|links?|ties)\b",
                          re.IGNORECASE)
# the claim as what could not be verified: "but the claim could not be independently verified"
_CLAIM_DOUBTED = re.compile(r"\b(?:the|this|that|its|their|his|the group's) claims?(?: of responsibility)?\s+\S*\s*$",
                            re.IGNORECASE)
_UNVERIFIED = re.compile(
    r"\b(could not (?:be )?(?:independently )?(?:verif|confirm)\w*|cannot (?:be )?(?:independently )?(?:verif|confirm)"
    r"\w*|(?:was|were|has|have|had) not (?:been )?(?:independently )?(?:verified|confirmed)|unverified|unconfirmed|"
    r"if confirmed|not independently|no (?:independent |official )?confirmation|reportedly|"
    # "Independent confirmation of the claim was not possible", "it was not possible to verify the figures"
    r"(?:confirmation|verification) (?:of (?:the |their |its |this |these )?\w+ )?(?:was|is|were) not (?:immediately )?"
    r"(?:possible|available)|not (?:immediately )?possible to (?:independently )?(?:verify|confirm)|"
    # "Neither claim could be verified", "none of the figures could be independently confirmed"
    r"(?:neither|none of the) (?:\w+ )?(?:claims?|figures?|reports?|accounts?|tolls?) (?:could|can|has|have|was|were) "
    r"(?:be |been )?(?:independently )?(?:verif|confirm)\w*|"
    # hearsay of the deed itself: "are believed to have arrested", "is said to have moved"
    r"(?:is|are|was|were) (?:widely )?(?:believed|thought|said|understood|rumou?red|reported|alleged) to have|purportedly|could not verify|"
    r"was unable to (?:verify|confirm)|were unable to (?:verify|confirm)|said it could not|has yet to be confirmed|"
    # the actor's deed told as alleged ("Taliban forces allegedly handed over two TTP commanders"; not "arrested three
    # men who allegedly planned the attack", the suspects' deed)
    r"(?:forces|troops|police|authorities|fighters|army|military|government|administration|taliban|have|has|had)"
    r" allegedly \w+ed|"
    r"remains? unconfirmed|without providing evidence|did not provide evidence|offered no evidence|"
    r"(?:provided|gave|produced|presented|shared|offered) no (?:proof|evidence)|no (?:proof|evidence) was (?:provided|"
    r"given|offered|produced)|"
    r"(?:did|would|could) not (?:immediately |officially |publicly |independently )?confirm(?! (?:the |their |his |her )?"
    # ("did not officially confirm the strikes"; "did not confirm the identity of the attackers" doubts a detail)
    r"(?:identity|identities|names?|nationality|motive|number|details?)\b)|declined to confirm|not immediately (?:be )?confirmed|"
    # "The Afghan interim government has not officially commented on the arrests": the doer's silence
    r"(?:has|have|had) not (?:yet )?(?:officially |publicly )?(?:confirmed|acknowledged)(?! (?:the |their |his |her )?"
    r"(?:identity|identities|names?|nationality|motive|number|details?)\b)|"
    r"(?:has|have|had|did) not (?:yet )?(?:officially|publicly) commented on|"
    # what social media says: "social media posts claimed that fighters had been captured", "videos on social media"
    r"social media (?:posts?|reports?|accounts?|users?|videos?|claims?|messages?)|"
    r"(?:posts?|videos?|claims?|reports?|messages?|images?) (?:circulating |shared |posted )?on social media|"
    # "Pakistani officials said they were verifying the claim": not yet verified
    r"(?:is|are|was|were) (?:still )?(?:verifying|checking|looking into) (?:the |their |its |this |these )?"
    r"(?:claims?|reports?|accounts?|figures?))\b", re.I)
# unconfirmed reports spoken of in general, as what not to publish, spread or believe: no word on this report
_REPORTS_IN_GENERAL = re.compile(
    r"\b(?:publish|print|broadcast|spread|share|circulate|believe|heed|avoid|trust|against)\w* (?:any |such )?"
    r"(?:unconfirmed|unverified) (?:reports?|news|information|rumou?rs|claims|accounts)\b", re.I)
# an allegation made with no evidence given ("Pakistan had provided no evidence", "blamed the TTP without providing
# evidence"): the allegation is in doubt, not the deed it is about
_NO_EVIDENCE_GIVEN = re.compile(
    r"\b(?:without (?:providing|offering|giving|presenting|producing|sharing) (?:any )?(?:evidence|proof)|"
    r"(?:did|has|have|had) not (?:provide|offer|give|present|produce|share)d? (?:any )?(?:evidence|proof)|"
    r"(?:provided|gave|produced|presented|shared|offered) no (?:proof|evidence)|no (?:proof|evidence) (?:was|has been) "
    r"(?:provided|given|offered|produced))\b", re.I)
# the verbs by which a party gives evidence: the one who gives none is the one whose allegation is doubted
_GIVING_EVIDENCE = frozenset({"provide", "give", "offer", "present", "produce", "share"})
_CLAIM_NOUNS = frozenset({"claim", "charge", "allegation", "assertion", "account", "report", "version"})
_STANDING = re.compile(r"\b(?:in the past|repeatedly|always|consistently|routinely|has long|have long|time and again"
                       r"|over the years|in (?:previous|earlier|past|other) (?:cases|instances|attacks|incidents)"
                       r"|on (?:previous|earlier|other) occasions)\b", re.I)
_DISPUTED = re.compile(r"\b(no evidence|not seen any evidence|seen no evidence|no proof|baseless|false|"
                       r"fabricated|propaganda|denied|denies|deny|rejected|rejects|refuted|dismissed)\b", re.I)
_GENERIC_MILITANTS = re.compile(r"\b(militants?|terrorists?|insurgents?|fighters?|khawarij|rebels?|extremists?)\b",
                                re.I)
_UNNAMED = re.compile(r"\b(unknown|unidentified|masked|unnamed)\b", re.I)
_ARMED_WORDS = BLAST_WORDS | {"gunman", "gunmen", "militant", "terrorist", "insurgent", "attacker", "assailant",
                              "shoot", "shot", "gun", "rocket", "mortar", "kidnap", "abduct", "firing", "fire",
                              "gunfire", "armed", "missile", "drone", "airstrike", "shelling", "landmine", "mine"}
_CLAIM_VERBS = {"claim", "accept", "own", "take", "assume"}
# those who run attackers from afar ("their handlers in Afghanistan")
_HANDLERS = frozenset({"handler", "mastermind", "controller"})
_BLAME_VERBS = {"blame", "accuse", "hold", "attribute"}
# crossing into a country, and the people whose nationality says where they crossed from
_CROSSING_VERBS = frozenset({"cross", "infiltrate", "sneak", "slip"})
_NATIONALS = frozenset({"national", "citizen", "subject"})
_ORIGIN_VERBS = {"cross", "come", "infiltrate", "enter", "sneak", "launch", "operate", "plan", "base", "stage",
                 "dispatch", "send", "train", "originate", "arrive", "flee", "escape", "return", "direct", "mastermind",
                 "orchestrate", "use", "trace", "hatch",
                 # (a deed done from a place: "the bombing had been planned and executed from Afghan soil", "carried
                 # out from across the border")
                 "execute", "carry", "conduct", "mount",
                 "fire", "lob"}  # (fire's origin: "mortar shells fired from Afghanistan landed in Bajaur")


@dataclass(slots=True)
class SentenceFacts:
    """What one sentence says about an event, apart from the deeds it reports."""

    start: int  # document offset of the sentence
    claimant: ActorRef | None = None  # "the BLA claimed responsibility"
    claim_unverified: bool = False  # what could not be verified is the claim itself, not the deed
    # every armed group the sentence says claimed it, in the order named ("The BRA and the BLA both claimed the
    # attack", "claimed by the BLF and later by the BLA"): the first is the claimant, all are the event's groups
    claimants: list[ActorRef] = field(default_factory=list)
    suspect: ActorRef | None = None  # "the TTP is suspected", "suspected TTP militants"
    blamed: ActorRef | None = None  # "officials blamed the TTP"
    stated: ActorRef | None = None  # "the attackers were members of the BLA" (said by no one in particular)
    # the group of the people an action was taken against: "the suspects were members of the banned BLA", "the
    # militants belonged to the TTP" (after a report of their arrest or their killing by the forces)
    their_group: ActorRef | None = None
    # the armed group the sentence says the attackers belonged to ("the attackers belonged to Fitna al-Khawarij"):
    # one of the attack's groups, whoever claims it
    attackers_group: ActorRef | None = None
    origin: Origin | None = None  # "the attackers crossed from Khost"
    origin_of_authors: bool = False  # the origin is where the deed's planners were, not where its doers came from
    origin_denied: bool = False  # the origin is another's allegation that the sentence's speaker rejects
    unverified: bool = False
    disputed_by: str | None = None  # the party that denies or sees no evidence
    subject_told_before: bool = False  # the sentence's subject is an event already reported ("the operation was ...")
    new_event: bool = False  # "in a separate attack", "meanwhile", "elsewhere"
    new_event_at: list[int] = field(default_factory=list)  # where in the document those words stand
    no_claim: bool = False  # "no group has claimed responsibility"
    claims_both: bool = False  # the claim is of two deeds told before ("claimed both attacks")
    anaphoric_triggers: set[int] = field(default_factory=set)  # document offsets of triggers that refer back
    subject_anaphors: set[int] = field(default_factory=set)  # those of them that are their clause's subject
    # the verbs whose subject is an operation named again ("the strikes killed eight people"), by trigger offset
    operation_told_as_subject: set[int] = field(default_factory=set)
    # the triggers of deeds told in a relative clause, in passing ("the body of Bilal Anwar Kasi, who was shot dead
    # earlier in the day, was brought there"), by trigger offset
    relative_triggers: set[int] = field(default_factory=set)
    disputes_own: bool = False  # the dispute is of the sentence's own report ("..., a claim Kabul denies")
    evidence_lacking: bool = False  # an allegation made with no evidence given ("had provided no evidence")
    weekday_at: set[int] = field(default_factory=set)  # where a weekday ("on Thursday") stands among new_event_at
    # the party a sentence's main clause has as subject ("Pakistan's Foreign Office voiced concern ..."), and the
    # statements of the sentence whose speaker is only a pronoun ("It wants Kabul to act")
    subject_party: ActorRef | None = None
    pronoun_speakers: set[int] = field(default_factory=set)
    # the clause (its verb's token index) each of new_event_at and of anaphoric_triggers stands in
    clause_of: dict[int, int] = field(default_factory=dict)
    # triggers whose actor the sentence names (subject, "by" phrase), with that actor's role, and the triggers
    # of a side that answers an attack ("forces retaliated and killed two attackers")
    agent_roles: dict[int, str] = field(default_factory=dict)
    responders: set[int] = field(default_factory=set)
    # the forces killed all of the armed men the report told of ("All six terrorists were killed by troops")
    all_attackers_killed: bool = False
    answers: bool = False  # the sentence tells of a side answering an attack ("killed in the retaliatory fire")
    # triggers with no named actor whose side is the one named against the victims ("killed in a battle with FC
    # troops"): they type an event only where no report of it names who acted
    sided: set[int] = field(default_factory=set)
    kind: tuple[str, float] | None = None  # the learned reading of the sentence (nlp.event_kind)
    # attacks with no one named acting whose only harmed are state forces ("Two soldiers killed in North
    # Waziristan"): the learned reading does not make them the forces' operation
    forces_harmed: set[int] = field(default_factory=set)
    # figures of a sentence that reports no deed of its own ("At least 20 people were killed."): the event
    # before it takes them, each as (kind, figure, side, additive, the token index of its predicate)
    orphan_counts: list[tuple[str, int, str, bool, int, str]] = field(default_factory=list)
    # the month or year the sentence's own words date its figures to ("In July 2023, 63 people were killed")
    counts_dated: tuple[date, str] | None = None
    tally: bool = False  # the sentence counts deeds of a period ("78 attacks in October"): no event's figures
    location: Location | None = None  # the place the sentence names, if any
    # the place named by the sentences just before this one that tell of no deed and are not parsed ("Security
    # forces cordoned off Spinwam bazaar. Four militants were killed.")
    place_before: Location | None = None
    background_types: set[str] = field(default_factory=set)  # deeds named only as what a protest is about
    operator: ActorRef | None = None  # state forces a sentence names as conducting a raid or operation
    names_event: bool = False  # the sentence names an event by a definite noun ("the shootout", "the raid")
    # ... by a noun of the deed itself, not of its people ("the suspects had trained in Kunar": where they were)
    names_deed: bool = False
    names_hostage_taking: bool = False  # ... by a noun of a hostage-taking ("died in the siege", "the hijacking")
    reports_protest: bool = False  # the sentence reports a protest ("staged a protest", "rallied", "held a vigil")
    # the sentence tells of a protest in any of its ways ("a protest was held", "blocked the highway", "observed a
    # strike")
    protest_told: bool = False
    # deed types a trigger of the sentence reported but who acts or on what put out of scope ("seized 50 kilograms
    # of heroin": police work, not a step against an armed group)
    declined_types: set[str] = field(default_factory=set)
    armed_words: bool = False  # the sentence has words of armed violence (guns, bombs, militants)
    nominal_triggers: set[int] = field(default_factory=set)  # document offsets of deeds named by a noun
    # document offsets of deeds whose victims are named as people already spoken of ("The elder was shot dead",
    # "he was killed")
    victims_told: set[int] = field(default_factory=set)
    dead_sides: frozenset[str] = frozenset()  # the sides of the dead the sentence counts ("civilian", "state" …)
    # an armed group (not a state) claims the event or is blamed for it (a suspect or a group the dead belonged to
    # may be the victims of an operation: "five suspected TTP militants were killed in a raid")
    group_attributed: bool = False
    # deeds told as the charge of a blame or the cause of an answer, another event than the sentence's own ("air
    # strikes on TTP hideouts, which it blamed for an attack on a checkpost that killed seven soldiers")
    charged_triggers: set[int] = field(default_factory=set)
    # deeds told as what the sentence's own deed came some time after ("days after a suicide bombing killed 16
    # soldiers"): events of their own
    earlier_triggers: set[int] = field(default_factory=set)
    # deeds a sentence about an event told before says came so many days before it ("The strikes came two days
    # after an attack on a military post"): the days (and the precision they give), by trigger offset
    days_before_told: dict[int, tuple[int, str]] = field(default_factory=dict)


# a claim in so many words, whatever the parse: "claimed responsibility", "his organisation had carried out the
# attack"; and words that put it in doubt or deny it
_CLAIM_WORDING = re.compile(
    r"\b(?:claim(?:ed|s|ing)?|accept(?:ed|s|ing)?|own(?:ed|s)?|assum(?:ed|es|ing)) (?:the )?(?:full )?"
    r"(?:responsibility|credit)\b|\b(?:its|his|their|our) (?:organi[sz]ation|group|outfit|fighters|men|militants|"
    r"members|cadres?|mujahideen|comrades) (?:had |has |have )?(?:carried out|conducted|executed|staged|mounted)\b",
    re.I)
_DENIAL_WORDING = re.compile(r"\b(?:not|n't|never|no|den(?:y|ied|ies)|reject(?:ed|s)?|dismiss(?:ed|es)?|false|"
                             r"refut(?:e|ed|es)|whether|if|would|will|could|may|might)\b", re.I)
_TOOK_PLACE = frozenset({"happen", "occur", "take"})
# the words of a report held in doubt
_DOUBT_WORDS = frozenset({"sceptical", "skeptical", "doubtful", "doubt", "question"})
_DENIAL_FORMS = frozenset({"denies", "dismisses", "rejects", "disputes", "refutes", "contests"})


# the words of a party not persuaded by what another says it did
_UNCONVINCED = frozenset({"unconvinced", "sceptical", "skeptical", "doubtful", "unpersuaded", "incredulous"})
_PERSUADED = frozenset({"convinced", "persuaded", "satisfied"})
# verbs by which a party tells of its own deed
_TOLD_NOUNS = frozenset({"claim", "assertion", "account", "version", "statement", "announcement", "report"})
_OWN_CLAIM_VERBS = frozenset({"claim", "insist", "say", "assert", "maintain", "announce", "contend"})


def _unconvinced_answer(tok: Token) -> Token | None:
    """The clause, joined by "but" to a party's claim, in which another party is not persuaded: "Kabul insists it
    has arrested dozens, but Pakistani officials remain sceptical", "... but Islamabad was not convinced". Returns
    the clause's verb (whose subject is the doubter)."""
    if tok.lower_ in _UNCONVINCED and tok.dep_ == "acomp":
        clause = tok.head
    elif tok.lower_ in _UNCONVINCED and tok.dep_ == "conj":
        clause = tok  # "but the FATF was unconvinced": the parse may read the adjective as the clause's verb
    elif tok.lower_ in _PERSUADED and tok.tag_ == "VBN" and any(c.dep_ == "neg" for c in tok.children):
        clause = tok
    else:
        return None
    if any(c.dep_ in ("prep", "agent") and any(g.dep_ == "pobj" and g.lemma_.lower() not in _TOLD_NOUNS and g.pos_ != "PRON"
                                               for g in c.children) for c in tok.children):
        return None  # "but the families were sceptical of the charges": something else is doubted
    claim = clause.head
    if clause.dep_ != "conj" or claim.lemma_.lower() not in _OWN_CLAIM_VERBS or not any(
            c.dep_ == "cc" and c.lower_ == "but" and claim.i < c.i < clause.i for c in claim.children):
        return None
    if not any(c.dep_ in ("ccomp", "xcomp") for c in claim.children):
        return None  # the claim must tell something done
    return clause


def _answers_a_claim(evidence: Token, clause: Token) -> bool:
    """The clause in which a party has seen no evidence is joined by "but" or "though" to a party's claim of a deed,
    and the evidence it lacks is of that claim ("of it", "of this") or of nothing named."""
    of_what = [g for c in evidence.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj"]
    if any(g.pos_ not in ("PRON", "DET") and g.lemma_.lower() not in _TOLD_NOUNS for g in of_what):
        return False
    claim = clause.head
    if clause.dep_ == "advcl":
        joined = any(c.dep_ == "mark" and c.lower_ in ("though", "although") for c in clause.children)
    elif clause.dep_ == "conj":
        joined = any(c.dep_ == "cc" and c.lower_ in ("but", "yet") and claim.i < c.i < clause.i
                     for c in claim.children)
    else:
        return False
    return joined and (claim.lemma_.lower() in _OWN_CLAIM_VERBS or claim.lower_ in ("claim", "claims")) and any(
        c.dep_ in ("ccomp", "xcomp") for c in claim.children)


def _answers_report(deny: Token) -> bool:
    """The denial is told as an answer to reports or claims the sentence gives: "denied ..., after reports in
    Pakistani media said dozens had been arrested", "rejected the account, following claims that ..."."""
    if any(c.lower_ in ("after", "following") and c.dep_ in ("prep", "advmod") and any(
            t.lemma_.lower() in _CLAIM_NOUNS and t.pos_ in ("NOUN", "PROPN") for t in c.subtree) for c in deny.children):
        return True
    # (the small parse may hang the denial under the reports' verb: "denied ... , after reports said ...")
    answered = [deny] + ([deny.head] if deny.dep_ == "ccomp" and deny.head.pos_ == "VERB" else [])
    return any(any(c.dep_ == "mark" and c.lower_ in ("after", "following") for c in v.children) and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _CLAIM_NOUNS for c in v.children) for v in answered)


def _party_before_denial(tok: Token) -> str | None:
    """The party between a claim noun and a denial the parse did not read as a verb: "a claim Islamabad
    dismisses", "a charge the Pakistani military rejects" (the party, a name or a short noun phrase)."""
    doc = tok.doc
    j = tok.i - 1
    while j > tok.sent.start and tok.i - j <= 5 and doc[j].pos_ in ("PROPN", "NOUN", "DET", "ADJ") \
            and doc[j].lemma_.lower() not in _CLAIM_NOUNS:
        j -= 1
    if j >= tok.sent.start and doc[j].lemma_.lower() in _CLAIM_NOUNS and tok.i - j > 1 and \
            any(doc[k].pos_ == "PROPN" or doc[k].tag_ in ("NN", "NNS") for k in range(j + 1, tok.i)):
        span = doc[j + 1:tok.i]
        return span.text.removeprefix("the ").removeprefix("The ")
    return None


def _the_one(tok: Token) -> bool:
    """"the one in Bannu", "the first one": a deed told before, named by the pronoun "one" with its article."""
    return tok.lower_ == "one" and any(c.dep_ == "det" and c.lower_ in ("the", "that") for c in tok.children) or \
        tok.lower_ == "one" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("the", "that")


def _habitual_claim(verb: Token, text: str) -> bool:
    """A claim told as a group's habit: "The TTP has claimed such attacks in the past", "has repeatedly claimed
    responsibility for attacks on polio teams"."""
    if any(c.dep_ == "dobj" and c.tag_ == "NNS" and c.lemma_.lower() in _CLAIMED_NOUNS and any(
            m.dep_ == "amod" and m.lower_ in ("similar", "previous", "earlier", "past", "other") for m in c.children)
           for c in verb.children):
        return True  # "An Islamic State affiliate has claimed similar bombings in the west": other deeds
    return bool(_STANDING.search(text)) and any(
        t.lower_ == "such" or t.tag_ == "NNS" and t.lemma_.lower() in _CLAIMED_NOUNS for t in verb.subtree)


def _ref_text(tok: Token) -> str:
    left = tok.left_edge.i
    while left < tok.i and tok.doc[left].dep_ in ("det", "punct"):
        left += 1
    return tok.doc[left:tok.i + 1].text


# the places a group keeps: "suspected hideouts of the TTP" suspects the places, not the group of a deed
_GROUP_SITES = frozenset({"hideout", "hide-out", "camp", "base", "sanctuary", "haven", "safehouse", "den", "stronghold",
                          "position", "compound", "facility", "hideaway", "location", "target", "shelter"})


def _party(tok: Token, tok_ent: dict) -> ActorRef | None:
    """The party a phrase names: a case-file entity inside it, else its text."""
    for t in tok.subtree:
        if t.i in tok_ent and abs(t.i - tok.i) < 8:
            s, e, eid, _ = tok_ent[t.i]
            return ActorRef(eid, tok.doc[s:e].text)
    if tok.pos_ == "PRON":
        return None
    return ActorRef(None, _ref_text(tok))


def _attribute(facts: SentenceFacts, ref: ActorRef | None, basis: str) -> None:
    """Keep the first group a sentence names as the attackers', by how it is known."""
    if ref is None or not ref.id:
        return
    if basis == "suspected":
        facts.suspect = facts.suspect or ref
    elif basis == "blamed":
        facts.blamed = facts.blamed or ref
    else:
        facts.stated = facts.stated or ref


def is_definite(tok: Token) -> bool:
    """The noun is named as known: "the raid", "this attack", "their operation", "the TTP's attack"."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in tok.children) or tok.lower_ in (
        "it",) or any(c.dep_ == "poss" for c in tok.children)


def no_claim_told(low: str) -> bool:
    """The sentence (in lower case) says no one has claimed the deed: "no group has claimed responsibility"."""
    return bool(re.search(r"\bno (?:one|group|organi[sz]ation|militant group|outfit)\b[^.]{0,40}\bclaim", low) or
                re.search(r"\bnobody\b[^.]{0,30}\bclaim", low)) or "yet to claim" in low or "not claimed" in low \
        or "no claim of responsibility" in low


# what a pledge or a demand does about a territory's use: "will not allow anyone to use Afghan soil", "must
# prevent militants from using its territory", "ensure that its soil is not used"
_PLEDGE_HEADS = frozenset({"allow", "permit", "let", "prevent", "stop", "ensure", "pledge", "promise", "vow", "commit",
                           "assure", "guarantee", "commitment", "assurance"})


def _origin_alleged_and_denied(verb: Token) -> bool:
    """The origin verb tells what an allegation says, and the allegation is rejected: "rejected Pakistani
    allegations that Tuesday's attack in Bajaur was launched from Afghan soil" (the origin is told, on another's
    word, and disputed; the attack is a given)."""
    noun = verb.head if verb.dep_ in ("acl", "ccomp", "relcl") else None
    return noun is not None and noun.lemma_.lower() in _CLAIM_NOUNS | {"accusation"} \
        and noun.head.lemma_.lower() in ("deny", "reject", "dismiss", "refute", "dispute") and noun.dep_ == "dobj"


def _pledged_or_asked(tok: Token) -> bool:
    """The territory's use is what a party pledges, denies or asks for, not what attackers did ("the Islamic Emirate
    stands by its pledge not to allow anyone to use Afghan soil"); an attempt stays an origin ("the militants were
    trying to sneak in from Afghanistan")."""
    if modality_of(tok) in ("negated", "demanded"):
        return True
    return any(a.lemma_.lower() in _PLEDGE_HEADS for a in list(tok.ancestors)[:4])


_EVIDENCE_NOUNS = frozenset({"evidence", "proof", "indication", "sign", "trace"})


def _no_evidence_of(tok: Token) -> bool:
    """What nobody has found evidence of: "investigators have found no evidence that the attack was directed from
    across the border" (no origin is told)."""
    noun = tok.head if tok.dep_ in ("acl", "ccomp", "relcl") else None
    if noun is None or noun.lemma_.lower() not in _EVIDENCE_NOUNS:
        return False
    return any(c.lower_ in ("no", "little", "scant") for c in noun.children) or any(
        c.dep_ == "neg" for c in noun.head.children)


def _asked_whether(tok: Token) -> bool:
    """What is still looked into: "investigators were looking into whether the bomber had come from Afghanistan",
    "police are probing if the attackers crossed from Kunar" (no origin is told)."""
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children) or any(
        a.lemma_.lower() in ("investigate", "probe", "examine") for a in tok.ancestors)


def _account_of_the_last_speaker(events: list, before: SentenceFacts, i: int, by_start: dict, max_gap: int) -> list:
    """The events a remark that "the claims could not be verified" doubts, when the sentence before it tells no
    deed but says whose words they are: that party's own deeds told before ("Taliban authorities said they had
    arrested 14 IS-K members in raids ... . IS-K claimed the Kabul bombing. A Taliban spokesman said the detainees had
    been planning attacks. The claims could not be verified.": the arrests and raids, not the bombing). The speaker
    named, the account may reach further back than a remark with no one named."""
    speaker = before.subject_party
    if speaker is None or not speaker.id:
        return []
    return [e for e in events if by_start.get(e.members[0].char_span[0], i) < i
            and i - _last_index(e, by_start) <= 2 * max_gap and e.members[0].modality == "asserted"
            and any(x.source is not None and x.source.id == speaker.id for x in e.members)]


# what is traced to a place when a deed is: the deed, its doers and the threads that lead to who sent them
_TRACED = frozenset({"link", "links", "attacker", "bomber", "plot", "handler", "perpetrator", "network", "trail",
                     "mastermind", "planner"})


def _traced_deed(verb: Token) -> bool:
    """"the attack's links had been traced to Afghanistan", "the bombers were traced to Kunar": a deed, its doers
    or its links traced (not "the call was traced to a phone in Quetta")."""
    return any(c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in ANAPHORIC_NOUNS | _TRACED
               for c in verb.children)


def where_authors_were(tok: Token) -> bool:
    """``tok`` (a place's word) says where those who planned, directed or paid for a deed were: "planned by TTP
    commanders in Afghanistan", "commanders based in Kunar directed the attack" (the deed's origin, not its
    place)."""
    while tok.dep_ in ("compound", "amod", "poss", "appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "inside", "across"):
        return False
    holder = tok.head.head
    if holder.pos_ == "VERB" and holder.lemma_.lower() in ("base", "station", "hide", "sit", "live", "reside") \
            and holder.dep_ == "acl":
        holder = holder.head  # "commanders based in Kunar", "handlers sitting in Afghanistan"
    if holder.pos_ not in ("NOUN", "PROPN"):
        return False
    if holder.dep_ == "pobj" and holder.head.dep_ == "agent":
        verb = holder.head.head  # "was planned by commanders in Afghanistan"
    elif holder.dep_ == "nsubj":
        verb = holder.head  # "commanders in Afghanistan directed the attack"
    else:
        return False
    # (a deed of armed violence: "Mullah Yaqoob in Kandahar ordered the arrest of two commanders" is where he was)
    return verb.lemma_.lower() in AUTHORING_VERBS and verb.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ARMED_DEEDS for c in verb.children)


def _base_of_the_harmed(tok: Token) -> bool:
    """A participle that says where civilians or the state's men are based ("a journalist based in Lahore was shot
    dead", "soldiers stationed in Bannu"): where the victims live or serve, not where attackers came from."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and role_of_head(tok.head) in (CIVILIAN, STATE)


# a group's leaders and its seats, whose base is the group's, not a deed's
_LEADERSHIP_NOUNS = frozenset({"leadership", "leader", "leaders", "chief", "command", "headquarters", "headquarter",
                               "sanctuary", "sanctuaries", "hideout", "hideouts", "base", "bases", "shura"})


def _standing_base(tok: Token, tok_ent: dict) -> bool:
    """The origin verb tells where a named group keeps its base, as a standing fact or charge, not where the
    attackers of the event came from: "the TTP, which Islamabad says operates from Afghan territory", "the group
    is based in Kunar" (not "TTP militants based in Afghanistan attacked the post", nor "the attackers operated
    from a hideout in Khost")."""
    if tok.lemma_.lower() not in ("operate", "base", "train", "headquarter"):
        return False
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lemma_.lower() in _LEADERSHIP_NOUNS and tok.lemma_.lower() != "train":
        # "Sarfraz Bugti said the group's leadership was based in Afghanistan": where a group's leaders keep their
        # base, said of the group, not where the attackers of the event set out from (those who ran the deed are
        # named by what they did: "the attack was directed by commanders based in Afghanistan")
        return True
    tensed = [tok, *(c for c in tok.children if c.dep_ in ("aux", "auxpass"))]
    if not any(t.tag_ in ("VBZ", "VBP") for t in tensed):
        return False  # a deed's own past ("were based", "had trained") or a participle that names its doers
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.tag_ in ("WDT", "WP"):
        # "the TTP, which operates from ...", "the TTP, which Islamabad says operates from ...": the group the
        # relative clause hangs on
        clause = next((a for a in [tok, *list(tok.ancestors)[:2]] if a.dep_ == "relcl"), None)
        subj = clause.head if clause is not None else None
    return subj is not None and _group_token(subj, tok_ent) is not None and not _refers_to_attackers(subj)


def sentence_facts(doc: Doc, offset: int, tok_ent: dict, place_of, is_state=None) -> SentenceFacts:
    """Read claims, suspicions, blame, origins and verification remarks from one parsed sentence.

    ``place_of(tokens)`` resolves a place phrase to a ``Location`` (the extractor's gazetteer); ``is_state(id)``
    tells whether a case-file entity is a state's forces on the report's day."""
    facts = SentenceFacts(start=offset)
    text = doc.text
    low = text.lower()
    # (not a word on reports in general: "The media are requested not to publish unconfirmed reports")
    plain = _REPORTS_IN_GENERAL.sub(" ", text)
    facts.unverified = bool(_UNVERIFIED.search(plain))
    facts.evidence_lacking = bool(_NO_EVIDENCE_GIVEN.search(text))
    facts.armed_words = any(t.lemma_.lower() in _ARMED_WORDS for t in doc)
    new_words = list(_NEW_EVENT.finditer(text))
    facts.new_event_at = [offset + x.start() for x in new_words]
    facts.weekday_at = {offset + x.start() for x in new_words if x.group(0).lower().startswith("on ")}
    facts.new_event = bool(facts.new_event_at)
    for x in new_words:
        span = doc.char_span(x.start(), x.end(), alignment_mode="expand")
        if span is not None and len(span):
            facts.clause_of[offset + x.start()] = clause_verb(span[0])
    root = next((t for t in doc if t.head.i == t.i), None)
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None
    if subject is not None and subject.pos_ != "PRON":
        party = _party(subject, tok_ent)
        facts.subject_party = party if party is not None and party.id else None
    if no_claim_told(low):
        facts.no_claim = True
    # "the operation was carried out in Achin district": the sentence's subject is a deed already reported
    facts.subject_told_before = any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.lemma_.lower() in ANAPHORIC_NOUNS
                            and is_definite(t) for t in doc)
    habit = False  # the sentence tells of a group's claims as a habit
    suspected_doer = False  # the sentence suspects a group of the deed ("suspicion fell on the TTP")
    for tok in doc:
        lemma = tok.lemma_.lower()
        # --- claims: "X claimed responsibility", "responsibility was claimed by X", "X claimed it", "X claimed
        # its men had killed ..." (an armed group's: a state that "claims" speaks of an operation, not an attack)
        # (a group named as claiming one deed where another is claimed by no one: "The TTP claimed responsibility
        # for the Kulachi attack, while no group claimed the Bajaur blast")
        if lemma in _CLAIM_VERBS and not any(c.dep_ == "neg" for c in tok.children) and (not facts.no_claim or any(
                c.dep_ == "nsubj" and _group_token(c, tok_ent) is not None for c in tok.children)):
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            # "A group calling itself the Baloch Raji Aajoi Sangar claimed responsibility": the parse may give the
            # verb two subjects, the one that names a group is the claimant
            subj = next((c for c in subjects if _group_token(c, tok_ent) is not None), None) or next(
                iter(subjects), None) or next(
                (g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            if tok.dep_ == "acl" and tok.tag_ == "VBN":
                objs.append(tok.head)  # "in an attack claimed by Lashkar-e-Jhangvi": the noun the claim qualifies
            comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
            if _habitual_claim(tok, text):
                habit = True
                continue  # "The TTP has claimed such attacks in the past": its habit, not a claim of this one
            # ("... was killed in a similar attack, also claimed by IS": a participle set after the deed's clause,
            # with the claimant as its agent, claims that deed)
            after_deed = tok.dep_ == "advcl" and tok.tag_ == "VBN" and subj is not None and subj.dep_ == "pobj" \
                and subj.head.dep_ == "agent" and _group_token(subj, tok_ent) is not None
            if subj is not None and (
                    after_deed or any(c.lemma_.lower() in _CLAIMED_NOUNS for c in objs)
                    or lemma == "claim" and any(c.lower_ in ("it", "both", "them") or _the_one(c) for c in objs)
                    and _group_token(subj, tok_ent) is not None
                    or lemma == "claim" and comp is not None and _own_deed(comp, subj, tok_ent)
                    # ("TTP claimed.": a record's shorthand for the claim of the deed just told)
                    or lemma == "claim" and not objs and comp is None and len(tok.sent) <= 4
                    and not any(c.dep_ in ("xcomp", "prep", "advcl") for c in tok.children)
                    and _group_token(subj, tok_ent) is not None):
                # "claimed both attacks", "claimed both", "claimed the two bombings": the two deeds told before
                # (and "claimed responsibility for both attacks": the deeds the responsibility is for)
                deeds = objs + [p for c in objs if c.lemma_.lower() == "responsibility" for pr in c.children
                                if pr.dep_ == "prep" and pr.lower_ == "for" for p in pr.children if p.dep_ == "pobj"]
                facts.claims_both = facts.claims_both or any(
                    c.lower_ == "both" or any(g.lower_ in ("both", "two") for g in c.children
                                              if g.dep_ in ("det", "predet", "nummod", "preconj"))
                    for c in deeds)
                for named in _claiming_parties(tok, subj):
                    ref = _group_party(named, tok_ent)
                    if ref is not None and ref.id and ref.id not in {c.id for c in facts.claimants}:
                        facts.claimants.append(ref)
                facts.claimant = facts.claimant or _group_party(subj, tok_ent)
        # --- a claim named by its noun: "a TTP claim of responsibility", "the BLA's claim", "a claim by IS-K"
        # (not a claim disputed, nor one that something is so: "rejected the Taliban claim that ...")
        if lemma == "claim" and tok.pos_ == "NOUN" and not facts.no_claim \
                and tok.head.lemma_.lower() not in ("deny", "reject", "dismiss", "dispute", "refute", "doubt") \
                and not any(c.dep_ in ("acl", "ccomp", "relcl") or c.lower_ == "that" for c in tok.children):
            by = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                  if g.dep_ == "pobj"]
            owner = next((c for c in [*tok.children, *by] if c.dep_ in ("compound", "poss", "nmod", "pobj")
                          and _group_token(c, tok_ent) is not None), None)
            before = tok.doc[tok.i - 1] if tok.i > 0 else None
            if owner is None and before is not None and before.i in tok_ent and tok_ent[before.i][3] == "group":
                owner = before  # "with Taliban claim": the name before the noun, however the parse hangs it
            if owner is not None:
                facts.claimant = facts.claimant or _group_party(owner, tok_ent)
                ref = _group_party(owner, tok_ent)
                if ref is not None and ref.id and ref.id not in {c.id for c in facts.claimants}:
                    facts.claimants.append(ref)
        # --- a group speaking of its own deed: "the BLA said its fighters carried out the attack", "the group
        # issued a statement saying its men had targeted the convoy"
        if lemma in ("say", "announce", "state", "declare", "tell", "inform") and facts.claimant is None \
                and not facts.no_claim:
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "csubj")), None)
            if subj is None and tok.dep_ in ("acl", "advcl") and tok.tag_ == "VBG":
                verb = tok.head.head if tok.dep_ == "acl" and tok.head.dep_ in ("dobj", "pobj") else tok.head
                if tok.head.dep_ == "pobj":  # "in a statement saying": the preposition hangs on the verb
                    verb = verb.head
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            comp = next((c for c in tok.children if c.dep_ == "ccomp"), None) or _statement_clause(tok)
            group = _speaking_group(subj, tok_ent) if subj is not None else None
            if group is not None and comp is not None and _own_deed(comp, group, tok_ent):
                facts.claimant = _party(group, tok_ent)
        # --- suspicion: "suspected TTP militants", "X is suspected", "believed to be X"
        if (lemma == "suspect" and tok.tag_ in ("VBN", "JJ") or tok.lower_ == "suspected") and \
                tok.dep_ in ("amod", "acl", "compound"):  # ("Suspected BLA militants" may be read a name)
            head = tok.head
            ref = _party(head, tok_ent) if head.lemma_.lower() not in _GROUP_SITES else None
            if ref and ref.id:
                facts.suspect = ref
        if lemma == "suspect" and tok.pos_ == "VERB" and tok.dep_ != "amod":
            for c in tok.children:
                # ("officials suspected Lashkar-e-Islam": the parse may read the hyphenated name as an adverb)
                if c.dep_ in ("nsubjpass", "dobj", "ccomp") or c.dep_ == "npadvmod" and c.i > tok.i:
                    ref = _party(c, tok_ent)
                    if ref and ref.id:
                        facts.suspect = ref
        if tok.lower_ in ("suspect", "suspects", "suspected") and facts.suspect is None and tok.dep_ != "amod":
            scope = list(tok.subtree) if tok.dep_ != "nsubj" else list(tok.head.subtree)
            if any(t.lemma_.lower() in _LINK_WORDS for t in scope):
                # "Suspected connected to BLA.", "Suspected linked to the BLA.", "police suspect the men had
                # links with the TTP"
                found = next((t for t in scope if t.i in tok_ent and tok_ent[t.i][3] == "group"), None)
                ref = _party(found, tok_ent) if found is not None else None
                if ref and ref.id:
                    facts.suspect = ref
        if lemma in ("believe", "think") and any(c.dep_ == "xcomp" for c in tok.children):
            for x in tok.children:
                if x.dep_ == "xcomp" and (_deed_word(x) or any(_deed_word(c) for c in x.children)) and not any(c.dep_ == "neg" for c in (*tok.children, *x.children)):
                    # "the Hafiz Gul Bahadur group is believed to have fired it", "the TTP are believed to be
                    # behind the blast": a group believed the doer
                    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                    found = _group_token(subj, tok_ent) if subj is not None and subj.pos_ != "PRON" else None
                    ref = _party(found, tok_ent) if found is not None else None
                    if ref and ref.id:
                        facts.suspect = ref
                if x.dep_ == "xcomp":
                    for c in x.children:
                        if c.dep_ == "attr":
                            ref = _party(c, tok_ent)
                            if ref and ref.id:
                                facts.suspect = ref
                        # ("Unidentified gunmen, believed to be affiliated with the BLA", "thought to belong to")
                        tied = c.lower_ in ("with", "to") and x.lemma_.lower() in TIED_VERBS
                        if c.dep_ == "prep" and (c.lower_ in ("from", "of") or tied) and _believed_of_attackers(tok):
                            # "The attackers, believed to be from the TTP, fled": the attackers' group
                            found = _group_token(c, tok_ent)
                            ref = _party(found, tok_ent) if found is not None else None
                            if ref and ref.id:
                                facts.suspect = ref
        # --- "officials pointed the finger at the Islamic State": blame in the press's idiom
        if lemma == "point" and tok.pos_ == "VERB" and not any(c.dep_ == "neg" for c in tok.children) and any(
                c.dep_ == "dobj" and c.lemma_.lower() == "finger" for c in tok.children):
            found = next((_group_token(c, tok_ent) for c in tok.children if c.dep_ == "prep" and c.lower_ == "at"), None)
            ref = _party(found, tok_ent) if found is not None else None
            if ref and ref.id:
                facts.blamed = ref
        # --- blame: "officials blamed the TTP", "blamed the attack on the TTP", "X was blamed"
        if lemma in _BLAME_VERBS and tok.pos_ == "VERB":
            if lemma == "hold" and not any(c.lower_ == "responsible" for c in tok.subtree):
                continue
            if _blames_other_deeds(tok):
                continue  # "have in the past blamed the TTP for attacks on Chinese interests": not this event
            # ("Local officials accused the Taliban": with no charge named, the charge is the event reported; not
            # "accused the Taliban of violating the deal")
            if lemma == "accuse" and any(c.dep_ in ("prep", "advcl", "xcomp", "ccomp") for c in tok.children) and not any(
                    _charges_the_deed(g) for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "over")
                    for g in c.children if g.dep_ in ("pobj", "pcomp")):
                continue  # (nor "accused Kabul of sheltering the militants who carried out the bombing")
            for c in tok.children:
                if c.dep_ in ("dobj", "nsubjpass"):
                    ref = _party(c, tok_ent)
                    if ref and ref.id:
                        facts.blamed = ref
                if c.dep_ == "prep" and c.lower_ in ("on", "to"):
                    for g in c.children:
                        if g.dep_ == "pobj":
                            ref = _party(g, tok_ent)
                            if ref and ref.id:
                                facts.blamed = ref
                if c.dep_ == "prep" and c.lower_ == "for" and any(
                        g.dep_ == "pobj" and any(d.lower_ in ("both", "two") and d.dep_ in ("det", "predet", "nummod")
                                                 for d in g.children) for g in c.children):
                    facts.claims_both = True  # "Police blamed the Pakistani Taliban for both attacks"
        # --- the attackers named as a group's: "police said the killers belonged to the TTP", "the bomber was
        # affiliated with the LeJ", "the attackers were members of the BLA", "officials believe it was the work of
        # ISKP"
        # (the parse may make the subject of a reported clause the object of "said")
        said_of = tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("say", "tell")
        if said_of and (_refers_to_attackers(tok) or _deed_as_work(tok)):
            found = _group_said_of(tok, tok_ent)
            if found is not None:
                _attribute(facts, _party(found, tok_ent), _attribution_basis(tok.head, low))
                named = _party(found, tok_ent)
                if named is not None and named.id:
                    facts.attackers_group = named
        if tok.dep_ == "nsubj" and facts.their_group is None and tok.head.lemma_.lower() in _TRYING \
                and _militants_named(tok):
            # "(Security forces foiled an attempt by militants to infiltrate from Afghanistan, killing 15.) According
            # to the ISPR, a group of khawarij belonging to Fitna al-Khawarij tried to cross the border": the group
            # of the men the forces fought, told by what they tried
            found = next((t for t in tok.subtree if t.i in tok_ent and tok_ent[t.i][3] == "group"), None)
            ref = _party(found, tok_ent) if found is not None else None
            if ref is not None and ref.id:
                facts.their_group = ref
        if said_of and tok.pos_ != "PRON" and is_definite(tok) and (
                tok.lemma_.lower() in _HELD_PEOPLE or _refers_to_attackers(tok)) and facts.their_group is None:
            found = _group_said_of(tok, tok_ent)
            ref = _party(found, tok_ent) if found is not None else None
            if ref is not None and ref.id:
                facts.their_group = ref
        # --- "the killing bore the hallmarks of the LeJ", "suspicion fell on the TTP": a group the event is
        # suspected of by its signs (not "bore none of the hallmarks", nor "the TTP has carried out similar attacks")
        if lemma in _WORK_NOUNS - {"work", "doing"} and tok.dep_ == "dobj" and tok.head.lemma_.lower() in (
                "bear", "have", "carry", "show") and not any(c.dep_ == "neg" for c in tok.head.children) \
                and not any(c.lower_ in ("no", "none") for c in tok.children):
            found = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in (_group_token(c, tok_ent),) if g is not None), None)
            if found is not None:
                _attribute(facts, _party(found, tok_ent), "suspected")
        if lemma == "suspicion" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in (
                "fall", "point", "rest", "centre", "center", "focus", "turn") \
                and not any(c.dep_ == "neg" for c in tok.head.children):
            found = next((g for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to", "at")
                          for g in (_group_token(c, tok_ent),) if g is not None), None)
            if found is not None:
                _attribute(facts, _party(found, tok_ent), "suspected")
                suspected_doer = True  # "Suspicion fell on TTP militants": the doer suspected, not the dead
        # --- "police said the attack was carried out by men belonging to the LeJ", "the plot was hatched in
        # Afghanistan by Fitna al-Khawarij": the event named again, done by a phrase that names a group (not
        # "investigating whether the attack was carried out by the TTP")
        # ("the attack was believed to be carried out by the SRA": the event the subject of the belief)
        told = tok.head if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _BELIEF_WORDS else tok
        if lemma in ("carry", "conduct", "perpetrate", "execute", "commit", "stage", "mount", "plan", "hatch") \
                and tok.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in tok.children) \
                and any(c.dep_ == "nsubjpass" and (c.lemma_.lower() in ANAPHORIC_NOUNS or c.lemma_.lower() == "plot"
                                                    and lemma in ("plan", "hatch")) and is_definite(c)
                        for c in told.children) \
                and not any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _MODAL_AUX
                            or c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children) \
                and not any(a.lemma_.lower() in _NOT_ASSERTING for a in tok.ancestors):
            by = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            found = next((t for t in by.subtree if t.i in tok_ent and tok_ent[t.i][3] == "group"), None) \
                if by is not None and by.pos_ != "PRON" else None
            if found is not None:
                _attribute(facts, _party(found, tok_ent), _attribution_basis(tok, low))
        # --- "officials said the TTP planned the 2021 attack", "the BLA masterminded last year's bombing": the
        # party that planned, ordered or paid for a deed known as done is named behind it, as in the passive
        if tok.dep_ == "dobj" and authored_deed(tok) and lemma in ANAPHORIC_NOUNS and not _hedged_charge(tok.head):
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.i in tok_ent and tok_ent[subj.i][3] == "group":
                _attribute(facts, _party(subj, tok_ent), _attribution_basis(tok.head, low))
        # --- "police said the LeJ was behind the killing", "... was behind it": a party named behind the event
        # reported (not "it is not known whether the TTP was behind it", "the TTP was not behind it")
        if tok.lower_ == "behind" and tok.dep_ == "prep" and tok.head.lemma_.lower() == "be" and facts.blamed is None \
                and not _hedged_charge(tok.head):
            event = next((g for g in tok.children if g.dep_ == "pobj"), None)
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            # ("police said LeJ militants were behind the attack": the group named in the subject's phrase)
            found = _group_token(subj, tok_ent) if subj is not None and subj.pos_ != "PRON" else None
            if event is not None and found is not None and (event.lemma_.lower() in ANAPHORIC_NOUNS and is_definite(
                    event) or event.lower_ in ("it", "this")):
                facts.blamed = _party(found, tok_ent)
        # --- "officials said TTP militants were responsible (for the attack)": a group named as answerable for the
        # event reported (not "are responsible for security in the city", "would be responsible", "denied it was
        # responsible", "whether the BLA was responsible")
        # ("Taliban fighters were believed responsible": answerable in a belief)
        if tok.lower_ == "responsible" and (tok.dep_ == "acomp" and tok.head.lemma_.lower() == "be" or tok.dep_ == "oprd"
                                            and tok.head.lemma_.lower() in _BELIEF_WORDS and tok.head.tag_ == "VBN"):
            pred = tok.head
            charge = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
                           for g in c.children if g.dep_ == "pobj"), None)
            subj = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ != "PRON" and (
                    charge is None or charge.lemma_.lower() in ANAPHORIC_NOUNS | _CLAIMED_NOUNS | {"death"}) \
                    and not _hedged_charge(pred):
                found = _group_token(subj, tok_ent)
                if found is not None:
                    _attribute(facts, _party(found, tok_ent), _attribution_basis(pred, low))
        # --- "police said Lashkar-e-Jhangvi militants were involved": a group named as taking part in the event
        # (not "denied it was involved", "were not involved", "investigating whether the TTP was involved")
        if lemma == "involve" and tok.tag_ == "VBN" and tok.dep_ in ("ROOT", "ccomp", "conj") and not any(
                c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children) and not any(
                a.lemma_.lower() in ("deny", "reject", "dismiss", "refute", "rule", "investigate", "probe", "ask")
                for a in tok.ancestors):
            subj = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            found = _group_token(subj, tok_ent) if subj is not None and subj.pos_ != "PRON" else None
            if found is not None:
                _attribute(facts, _party(found, tok_ent), _attribution_basis(tok, low))
        # --- origin: "the attackers crossed from Khost", "launched from Afghan soil", "based in Afghanistan"
        alleged = lemma in _ORIGIN_VERBS and _origin_alleged_and_denied(tok)
        if lemma in _ORIGIN_VERBS and not _forces_on_their_way(tok) and (alleged or not _pledged_or_asked(tok)) \
                and not _standing_base(tok, tok_ent) and not _asked_whether(tok) and not _base_of_the_harmed(tok) \
                and not _no_evidence_of(tok):
            # (the parse may hang the origin on the deed planned: "had planned the ambush from Afghan territory")
            planned_from = [p for d in tok.children if d.dep_ == "dobj" and d.lemma_.lower() in ANAPHORIC_NOUNS
                            and lemma in ("plan", "launch", "stage", "direct", "mastermind", "orchestrate", "hatch")
                            for p in d.children if p.dep_ == "prep" and p.lower_ == "from"]
            for c in (*tok.children, *planned_from):
                if c.dep_ == "prep" and c.lower_ in ("from", "in", "inside", "across") and (
                        c.lower_ in ("from", "across") or lemma in ("base", "operate", "plan", "train", "stage",
                                                                    "mastermind", "orchestrate", "direct", "hatch")) or (
                        lemma == "trace" and c.dep_ == "prep" and c.lower_ == "to" and _traced_deed(tok)):
                    # ("the attack's links had been traced to Afghanistan": where the deed leads back to)
                    for g in c.children:
                        if g.dep_ == "pobj" and not border_word(g):  # (the line is both sides': see below)
                            loc = place_of(g)
                            if loc is not None and loc.country:
                                facts.origin = Origin(loc.country, loc.admin1, "officials", text)
                if c.dep_ == "prep" and c.lower_ == "on" and lemma in ("plan", "prepare", "train", "base", "stage",
                                                                     "mastermind", "orchestrate", "hatch"):
                    # "the bombing was planned on Afghan soil"
                    for g in c.children:
                        loc = place_of(g) if g.dep_ == "pobj" and g.lemma_.lower() in ("soil", "territory") else None
                        if loc is not None and loc.country:
                            facts.origin = Origin(loc.country, loc.admin1, "officials", text)
                if lemma == "use" and c.dep_ == "dobj" and c.lemma_.lower() in ("soil", "territory"):
                    loc = place_of(c)
                    if loc is not None and loc.country:
                        facts.origin = Origin(loc.country, loc.admin1, "officials", text)
            if facts.origin is None and _across_the_border(tok):
                # "the attack was directed from across the border": the state across the border of the place the
                # event is told in, which only the event knows (see ``_fill``)
                facts.origin = Origin(None, None, "officials", text)
            facts.origin_denied = facts.origin_denied or (alleged and facts.origin is not None)
        if lemma == "base" and tok.dep_ == "amod" and facts.origin is None and not _STANDING.search(text):
            # "the attack had been carried out by Afghan-based khwarij", "Afghanistan-based militants attacked a
            # post": the doers of the deed told, named by where they are based
            doers = tok.head
            verb = doers.head.head if doers.dep_ == "pobj" and doers.head.dep_ == "agent" else \
                doers.head if doers.dep_ == "nsubj" else None
            where = next((c for c in tok.children if c.dep_ in ("npadvmod", "compound", "nmod")), None)
            if verb is not None and where is not None and (
                    VERB_TRIGGERS.get(verb.lemma_.lower()) in ("ATTACK", "OPERATION")
                    or verb.lemma_.lower() in _ORIGIN_VERBS) and not _pledged_or_asked(verb):
                loc = place_of(where)
                if loc is not None and loc.country:
                    facts.origin = Origin(loc.country, loc.admin1, "officials", text)
        if lemma in ("plan", "plot", "mastermind", "orchestrate", "prepare") and tok.pos_ == "VERB" \
                and facts.origin is None and not _pledged_or_asked(tok) and not any(
                c.dep_ == "neg" for c in tok.children) and not _STANDING.search(text):
            # "the attackers had planned Tuesday's bombing in Afghanistan": a country named on the deed known as
            # done is where it was planned (a town or district there is where it was done: "planned the attack in
            # Quetta")
            for deed in (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in ANAPHORIC_NOUNS
                         and is_definite(c)):
                for g in (g for p in deed.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
                          if g.dep_ == "pobj"):
                    loc = place_of(g)
                    if loc is not None and loc.country and loc.precision == "country":
                        facts.origin = Origin(loc.country, None, "officials", text)
                        facts.origin_of_authors = True
        if lemma in _CROSSING_VERBS and facts.origin is None and not _pledged_or_asked(tok):
            # "the bomber was an Afghan national who had crossed into Pakistan weeks before the attack": a foreign
            # national who crossed into the country came from his own
            dest = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "into" for g in c.children
                         if g.dep_ == "pobj"), None)
            crosser = tok.head if tok.dep_ in ("relcl", "acl") else next(
                (c for c in tok.children if c.dep_ == "nsubj"), None)
            there = place_of(dest) if dest is not None else None
            if there is not None and there.country and crosser is not None and crosser.lemma_.lower() in _NATIONALS:
                for a in crosser.children:
                    home = place_of(a) if a.dep_ in ("amod", "compound") else None
                    if home is not None and home.country and home.country != there.country:
                        facts.origin = Origin(home.country, None, "officials", text)
        if tok.dep_ == "pobj" and facts.origin is None and where_authors_were(tok) and not _STANDING.search(text):
            # "the attack was planned by TTP commanders in Afghanistan", "commanders based in Kunar directed the
            # attack": where those who ran the deed were is where it was run from
            loc = place_of(tok)
            if loc is not None and loc.country:
                facts.origin = Origin(loc.country, loc.admin1, "officials", text)
                facts.origin_of_authors = True
        handlers_of_attackers = lemma in _HANDLERS and tok.pos_ == "NOUN" and (
            any(c.dep_ == "poss" for c in tok.children) or any(
                c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in _ATTACKER_NOUNS for g in c.children)
                for c in tok.children))
        if handlers_of_attackers and not _STANDING.search(text):
            # "The terrorists were in contact with their handlers in Afghanistan throughout the attack": the
            # attackers' handlers are where the attack was run from
            # (the parse may hang the place on the contact, or on the verb whose subject the handlers are: "in
            # contact with their handlers in Afghanistan", "the handlers of the bombers were in Afghanistan")
            contact = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "with" \
                and tok.head.head.lemma_.lower() == "contact" else None
            held = tok.head if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ("be", "sit", "remain", "live") \
                else None
            for c in (*tok.children, *(g for a in tok.children if a.dep_ == "acl" for g in a.children),
                      *(contact.children if contact is not None else ()), *(held.children if held is not None else ())):
                if c.dep_ == "prep" and c.lower_ in ("in", "inside", "across", "from"):
                    for g in c.children:
                        loc = place_of(g) if g.dep_ == "pobj" else None
                        if loc is not None and loc.country:
                            facts.origin = Origin(loc.country, loc.admin1, "officials", text)
        if tok.lower_ in ("from",) and tok.head.lemma_.lower() in ("attack", "militant", "attacker", "infiltration",
                                                                   "terrorist", "fighter", "incursion"):
            for g in tok.children:
                if g.dep_ == "pobj":
                    loc = place_of(g)
                    if loc is not None and loc.country:
                        facts.origin = Origin(loc.country, loc.admin1, "officials", text)
                if g.dep_ == "prep" and g.lower_ == "across" and facts.origin is None and any(
                        border_word(b) for b in g.children if b.dep_ == "pobj"):
                    # "militants from across the border attacked a check post in Chitral": the state across the
                    # border of the place the event is told in (see ``_fill``)
                    facts.origin = Origin(None, None, "officials", text)
        # --- who conducts an operation the sentence names: "a raid conducted by Rangers", "Rangers operation",
        # "LEAs teams conducted a raid"
        if is_state is not None and facts.operator is None and tok.pos_ in ("NOUN", "PROPN") \
                and lemma in _OPERATION_NOUNS:
            facts.operator = _operator(tok, tok_ent, is_state)
        if tok.pos_ in ("NOUN", "PROPN") and lemma in ANAPHORIC_NOUNS and is_definite(tok):
            facts.names_event = True
            facts.names_deed = facts.names_deed or lemma not in _PEOPLE_OF_AN_EVENT
            facts.names_hostage_taking = facts.names_hostage_taking or lemma in _HOSTAGE_TAKINGS
        if tok.lower_ in ("it", "this") and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _TOOK_PLACE:
            facts.names_event = facts.names_deed = True  # "It happened in Kulachi": the event just told
        # --- disputes: a named party denies, or has seen no evidence
        if lemma in ("deny", "reject", "refute", "dismiss", "dispute") and tok.pos_ == "VERB" \
                and not _STANDING.search(text) and not refused_grant(tok) and not _figure_denied(tok):
            # (a standing position is no answer to this report: "In the past, Kabul has rejected Pakistan's
            # allegations", "the Taliban have repeatedly denied harbouring militants")
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ != "PRON" and not _rejects_findings(tok):
                facts.disputed_by = _ref_text(subj)
                # "Kabul insists it has arrested dozens, a claim Islamabad dismisses": the sentence's own report
                # (and so is the report a denial answers: "The Taliban denied detaining TTP fighters, after reports
                # said dozens had been arrested in Kunar")
                # (and so is "..., a charge Kabul denies", which the parse may read as the charge denied)
                facts.disputes_own = tok.dep_ in ("relcl", "acl") and tok.head.lemma_.lower() in _CLAIM_NOUNS or any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _CLAIM_NOUNS and c.i < tok.i
                    and any(d.lower_ in ("a", "an") for d in c.children) for c in tok.children) or \
                    any(getattr(dismissed_claim_to_have_acted(t), "i", None) == tok.i for t in tok.subtree
                        if t.pos_ in ("VERB", "AUX")) or _answers_report(tok)
                # ("Islamabad dismissed the Taliban's claims to have relocated the fighters": the claim told here)
        if lemma in ("be", "remain", "prove") and facts.disputed_by is None and any(
                getattr(dismissed_claim_to_have_acted(t), "i", None) == tok.i for t in tok.subtree
                if t.pos_ in ("VERB", "AUX") and t.i != tok.i):
            # "Khawaja Asif said the Taliban's claims of arresting TTP militants were an eyewash": the sentence's
            # own report of the claim, held hollow by its speaker
            saying = tok.head if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in REPORTING_VERBS else next(
                (c for c in tok.children if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in REPORTING_VERBS),
                None)
            subj = next((c for c in saying.children if c.dep_ == "nsubj"), None) if saying is not None else None
            if subj is not None and subj.pos_ != "PRON":
                facts.disputed_by, facts.disputes_own = _ref_text(subj), True
        if lemma in ("deny", "reject", "refute", "dismiss", "dispute", "contest") and tok.pos_ == "VERB" \
                and any(c.dep_ == "auxpass" for c in tok.children) and any(
                c.dep_ == "nsubjpass" and c.lemma_.lower() in _CLAIM_NOUNS for c in tok.children):
            # "The Taliban's claim that they relocated the fighters is disputed by Pakistani officials"
            by = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            if by is not None and by.pos_ != "PRON":
                facts.disputed_by, facts.disputes_own = _ref_text(by), True
        if lemma in _DOUBT_WORDS and facts.disputed_by is None and any(
                t.lower_ in ("claim", "claims") for t in doc[tok.i + 1:tok.i + 5]):
            # "Pakistani officials were sceptical of Taliban claims to have relocated the fighters", "Islamabad
            # doubted Taliban claims to have moved them": the sentence's own report, doubted by a named party
            holder = tok if tok.pos_ == "VERB" else tok.head
            subj = next((c for c in holder.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ != "PRON":
                facts.disputed_by, facts.disputes_own = _ref_text(subj), True
        if facts.disputed_by is None and (answer := _unconvinced_answer(tok)) is not None:
            # "Pakistan claimed it had frozen the assets, but the FATF was unconvinced": the claim the sentence
            # reports, doubted by the party named in the clause that answers it
            subj = next((c for c in answer.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ != "PRON":
                facts.disputed_by, facts.disputes_own = _ref_text(subj), True
        if tok.lower_ in _DENIAL_FORMS and tok.pos_ != "VERB" and facts.disputed_by is None:
            # "..., a claim Islamabad dismisses": the small parse reads the verb as a plural noun
            party = _party_before_denial(tok)
            if party is not None:
                facts.disputed_by, facts.disputes_own = party, True
        # ("had not seen any change on the ground": the change a measure was to bring, not seen)
        seen_none = any(c.lower_ in SCANT | {"no"} for c in tok.children) or any(
            c.lower_ == "any" for c in tok.children) and any(c.dep_ == "neg" for c in tok.head.children)
        if seen_none and (lemma in ("evidence", "proof", "sign", "indication") or lemma == "change" and tok.dep_ == "dobj"
                          and tok.head.lemma_.lower() in ("see", "notice", "observe", "witness")):
            verb = tok.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if verb.lemma_.lower() in _GIVING_EVIDENCE and tok.dep_ == "dobj":
                # "Afghanistan's foreign ministry said Pakistan had provided no evidence": the one who speaks
                # disputes; the one who gave none is the one disputed
                subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None) \
                    if verb.dep_ == "ccomp" else None
            elif (subj is None or subj.pos_ == "PRON") and verb.dep_ == "ccomp" and any(
                    c.dep_ in ("nsubj", "expl") for c in verb.children):
                # "Pakistan said it had seen no evidence", "Analysts said there was little evidence": the one who
                # speaks
                subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ != "PRON":
                facts.disputed_by = _ref_text(subj)
                # "The Taliban claim to have detained dozens, though Pakistan has seen no evidence of it": the
                # sentence's own claim, answered
                facts.disputes_own = facts.disputes_own or _answers_a_claim(tok, subj.head) or any(
                    getattr(getattr(dismissed_claim_to_have_acted(t), "head", None), "i", None) == tok.i
                    for t in tok.subtree if t.pos_ in ("VERB", "AUX"))
                # ("seen no evidence to support the Afghan Taliban's claim that they had detained 23 TTP militants":
                # the claim the sentence tells, held unsupported)
    if facts.claimant is None and not facts.no_claim and not habit and _CLAIM_WORDING.search(text) \
            and not _DENIAL_WORDING.search(text):
        # a claim the parse misreads ("Sarbaz Baloch, a spokesman for the banned Baloch Republican Army, calling
        # from an unknown location informed media that his organisation had carried out the attack"): the one
        # group the sentence names is the claimant
        named = {tok_ent[t.i][2]: t for t in doc if t.i in tok_ent and tok_ent[t.i][3] == "group" and tok_ent[t.i][2]}
        if len(named) == 1:
            facts.claimant = _group_party(next(iter(named.values())), tok_ent)
    if (facts.blamed is not None or facts.origin is not None) and _told_of_a_trend(doc):
        # "Ties have been strained by a surge in attacks in Pakistan, which Islamabad blames on the TTP, operating
        # from Afghanistan": the blame and the origin of a trend of attacks, no event's
        facts.blamed, facts.origin = None, None
    if facts.origin is not None:
        claimant_speaks = facts.claimant is not None
        if claimant_speaks:
            facts.origin.basis = "claimed"
        elif not re.search(r"\b(said|says|told|according|stated|alleged|claimed|believe|reported)\b", low):
            facts.origin.basis = "inferred"
    facts.group_attributed = any(
        ref is not None and ref.id and (is_state is None or not is_state(ref.id))
        for ref in (facts.claimant, facts.blamed, facts.suspect if suspected_doer else None))
    if (facts.claimant or facts.blamed or facts.suspect) and any(
            t.pos_ == "NOUN" and t.tag_ == "NNS" and t.lower_ in _ATTACK_NOUNS and any(
                d.lower_ in ("both", "two") and d.dep_ in ("det", "predet", "nummod", "preconj") for d in t.children)
            for t in doc):
        facts.claims_both = True  # "The TTP said its fighters carried out both attacks": the two told before
    doubts = list(_UNVERIFIED.finditer(plain)) if facts.unverified else []
    if doubts and all(_WHO_DOUBTED.match(plain, x.end()) for x in doubts):
        # "Amu TV could not confirm the men's affiliation with the group": who the men were is in doubt, not the
        # deed another sentence tells
        facts.claim_unverified = True
    elif doubts and facts.claimant is not None:
        # "The TTP claimed responsibility for the attack, but the claim could not be independently verified": what
        # is in doubt is who did it, by the claimant's word, not a deed the report tells of its own
        # ("A commander of Jamaat-ul-Ahrar claimed responsibility in a post on social media": where the claim was
        # made, which leaves the claim, not the deed, to be verified)
        facts.claim_unverified = all(_CLAIM_DOUBTED.search(plain[max(0, x.start() - 40):x.start()])
                                     or "social media" in x.group().lower() for x in doubts)
    return facts


_TREND_HEADS = frozenset({"surge", "rise", "increase", "spate", "wave", "spike", "uptick", "series", "string"})


def _told_of_a_trend(doc: Doc) -> bool:
    """The sentence's blame or origin hangs on a trend of attacks ("a surge in attacks in Pakistan, which Islamabad
    blames on the TTP"), not on one."""
    for t in doc:
        if t.tag_ == "NNS" and t.lemma_.lower() in _ATTACK_NOUNS | {"attack"} and t.dep_ == "pobj" and \
                t.head.lower_ in ("in", "of") and t.head.head.lemma_.lower() in _TREND_HEADS and any(
                c.dep_ in ("relcl", "acl") for c in t.subtree):
            return True
        if t.lemma_.lower() in _TREND_HEADS and t.pos_ == "NOUN" and any(
                a.lemma_.lower() in ("attribute", "blame", "link", "tie") for a in list(t.ancestors)[:3]):
            return True  # "Pakistani officials attributed much of the rise to TTP fighters operating from Afghanistan"
    return False


# the nouns that name an armed group's attack when a report names it again ("the attack", "the blast")
_ATTACK_NOUNS = frozenset({"attack", "attacks", "blast", "blasts", "bombing", "bombings", "explosion", "ambush",
                           "assault", "bomb", "ied", "killing", "killings", "shooting", "massacre"})
_CLAIMED_NOUNS = frozenset({"responsibility", "credit", "attack", "attacks", "killing", "killings", "bombing", "incident",
                            "bombings", "blast", "blasts", "assault", "ambush", "explosion", "abduction", "kidnapping",
                            "assassination", "murder", "massacre", "hijacking", "shooting", "raid", "siege"})
# the speaker's own people, as its statement names them: "its fighters", "the group", "our mujahideen"
_OWN_MEMBERS = frozenset({"group", "organisation", "organization", "outfit", "fighter", "militant", "member", "man",
                          "mujahideen", "mujahid", "cadre", "commander", "unit", "squad", "bomber", "attacker",
                          "comrade", "volunteer", "wing", "faction"})
# words that make what follows them not the speaker's own assertion ("denied it was responsible")
_MODAL_AUX = frozenset({"will", "would", "could", "may", "might", "shall", "should", "can", "must"})
_NOT_ASSERTING = frozenset({"deny", "reject", "dismiss", "refute", "rule", "investigate", "probe", "ask", "question",
                            "determine", "establish", "know", "clear", "unclear", "doubt"})
def _hedged_charge(pred: Token) -> bool:
    """A charge the sentence does not make: denied ("was not behind it"), only possible ("may be responsible"),
    asked ("whether the BLA was responsible", "it is not known whether the TTP or ISKP was behind the attack")."""
    return any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _MODAL_AUX
               or c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in pred.children) \
        or any(a.lemma_.lower() in _NOT_ASSERTING for a in pred.ancestors)


def _blames_other_deeds(verb: Token) -> bool:
    """A blame whose charge is other deeds than the one reported: deeds named as a bare plural ("blamed the TTP
    for attacks on Chinese interests") or a blame told as a habit or of the past ("have in the past blamed",
    "have often accused"). Not "blamed the TTP for the attacks", nor "earlier blamed the TTP for the bombing"."""
    if habitual_clause(verb) or any(c.dep_ == "advmod" and c.lower_ == "previously" for c in verb.children):
        return True
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "of", "over") and any(
                g.dep_ == "pobj" and g.tag_ == "NNS" and g.lemma_.lower() in ANAPHORIC_NOUNS | _CHARGED_DEEDS
                and not is_definite(g) and not any(d.lower_ == "both" for d in g.children) for g in c.children):
            return True  # (not "blamed the TTP for both attacks": the two told)
    return False


_DEED_WORDS = frozenset({"carry", "behind", "responsible", "plant", "conduct", "execute", "mount", "stage"})


_CHARGED_DEEDS = frozenset({"attack", "bombing", "killing", "blast", "murder", "assassination", "kidnapping",
                            "abduction", "massacre", "ambush", "carry", "plan", "orchestrate", "mastermind", "execute",
                            "stage", "conduct", "mount", "target", "perpetrate", "commit"})


_RELATIVES = frozenset({"which", "who", "whom", "that"})
_ANSWER_NOUNS = frozenset({"retaliation", "response", "revenge", "reprisal"})
# the stems of the words a charge hangs on: "blame", "accuse", the answer nouns, "avenge" and "behind"
_CHARGE_WORDS = re.compile(r"blam|accus|retaliat|respons|venge|repris|involved|\bhad\b|\bbehind\b", re.IGNORECASE)


_APART_WORDS = frozenset({"recent", "earlier", "previous", "last", "past", "former"})


def _told_apart(event: Token) -> bool:
    """A definite deed noun told as another time's: "the recent bombing", "last week's attack", "the 2023 attack",
    or one with a toll of its own in a relative clause ("the bombing of a minibus, which killed seven people")."""
    for c in event.children:
        if c.dep_ in ("amod", "poss", "nmod", "compound", "nummod") and (
                c.lower_ in _APART_WORDS or any(g.lower_ in _APART_WORDS for g in c.children)
                or c.like_num and len(c.text) == 4 or c.lower_ in MONTH_NAMES):
            return True
    return any(t.dep_ == "relcl" and t.lemma_.lower() in ("kill", "claim", "leave", "wound", "injure")
               for t in event.subtree if t.i > event.i)


def charge_scope(doc: Doc, tok_ent: dict) -> tuple[set[int], list[Token], Token | None]:
    """The tokens of an earlier deed a sentence names as the charge of a blame or the cause of an answer, and the
    token of the armed group blamed for it, if named: "carried out air strikes on TTP hideouts, which it blamed for
    an attack on a checkpost that killed seven soldiers" (the attack, the TTP's), "launched an operation in
    retaliation for an ambush that killed four soldiers". Only a deed named as new ("an attack", not "the attack":
    that one is the event reported). Also the heads of those deeds' phrases."""
    scope: set[int] = set()
    roots: list[Token] = []
    blamed: Token | None = None
    if not _CHARGE_WORDS.search(doc.text):
        return scope, roots, blamed  # (most sentences: their tokens are not walked)
    for tok in doc:
        lemma = tok.lemma_.lower()
        charges: list[Token] = []
        if lemma in ("blame", "accuse") and tok.pos_ == "VERB":
            charges = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                       for g in c.children if g.dep_ in ("pobj", "pcomp")]
        elif lemma in _ANSWER_NOUNS and tok.pos_ == "NOUN":
            charges = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "to")
                       for g in c.children if g.dep_ == "pobj"]
        elif tok.lower_ == "behind" and tok.dep_ == "prep" and (
                tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in _PEOPLE_BEHIND
                or tok.head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in _PEOPLE_BEHIND
                                                   and c.i < tok.i for c in tok.head.children)):
            # (the parse may hang "behind ..." on the verb whose object the people are)
            # "the strikes targeted commanders of the Tehrik-i-Taliban Pakistan behind recent attacks in Khyber
            # Pakhtunkhwa": the deeds of the men struck, not the strikes
            charges = [g for g in tok.children if g.dep_ == "pobj"]
            charges += [c for g in charges for c in g.conjuncts]
        elif tok.lower_ == "behind" and tok.dep_ == "prep" and tok.head.lemma_.lower() == "be" and any(
                c.dep_ == "nsubj" and _people_told_before(c) for c in tok.head.children):
            # "(Islamic Emirate forces killed eight members of Daesh in raids.) The militants were behind the attack
            # on the Foreign Ministry": the deed of the people the report acted against is theirs, and earlier
            charges = [g for g in tok.children if g.dep_ == "pobj"]
            charges += [c for g in charges for c in g.conjuncts]
        elif lemma == "avenge" and tok.pos_ == "VERB":
            charges = [c for c in tok.children if c.dep_ == "dobj"]
        elif lemma == "involve" and tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "have", "has")
                                                               for c in tok.children):
            # "He said the militants had been involved in the recent bombing of a minibus, which killed seven
            # people": a deed of their past, told apart from the one they were caught or killed in
            charges = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                       for g in c.children if g.dep_ == "pobj" and (not is_definite(g) or _told_apart(g))]
        elif lemma == "involve" and tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PRON", "DET"):
            # "several militants were killed, including some involved in the Makeen attack on Saturday in which 16
            # soldiers were martyred": the deed of those struck, with its own day and dead, is not the one reported
            charges = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                       for g in c.children if g.dep_ == "pobj"]
            if charges:
                # (its day and its dead, which the parse hangs on the participle and on the people)
                scope |= {t.i for c in tok.children if c.dep_ in ("prep", "npadvmod") and c.i > charges[0].i
                          for t in c.subtree}
                scope |= {t.i for c in tok.head.children if c.dep_ == "relcl" and c.left_edge.i > tok.right_edge.i
                          and c.left_edge.i - tok.right_edge.i <= 2 for t in c.subtree}
        elif lemma == "involve" and tok.tag_ == "VBN" and tok.dep_ in ("acomp", "xcomp", "oprd") \
                and tok.head.lemma_.lower() in ("remain", "be") and any(
                    c.dep_ == "nsubj" and (_people_told_before(c) or c.lower_ in ("they", "he"))
                    for c in tok.head.children):
            # "(Security forces killed four terrorists in Bajaur.) The killed terrorists remained actively involved
            # in numerous terrorist activities ..., including the killing of a police constable in Khar on 3 April":
            # the deeds of the men's past, each with its own day and place
            charges = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                       for g in c.children if g.dep_ == "pobj"]
            # (the parse may hang "including ..." on the verb, the activities or the men)
            subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
            charges += [x for h in (tok, *charges, *subjects) for p in h.children if p.dep_ == "prep"
                        and p.lower_ in ("including", "like") for x in p.children if x.dep_ == "pobj"]
        elif tok.lower_ == "responsible" and tok.dep_ in ("amod", "acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
            # "the operation targeted terrorists of the Hafiz Gul Bahadur group responsible for an attack that killed
            # seven soldiers": the men's earlier deed, with its dead, is not the one reported
            charges = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
                       for g in c.children if g.dep_ == "pobj"]
        elif tok.lower_ == "responsible" and tok.dep_ == "acomp" and tok.head.lemma_.lower() == "be" and any(
                c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lower_ in ("he", "she", "they")
                                       or _people_told_before(c)) for c in tok.head.children):
            # "(Taliban forces killed a senior ISKP commander, Qari Fateh, in Kabul.) Fateh was responsible for
            # several attacks in Kabul, including an attack on the Russian embassy": the deeds of the man's past
            charges = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
                       for g in c.children if g.dep_ == "pobj"]
        # (a deed named as known is the one reported, unless a clause said of whom another deed struck blames
        # them for it: "the operations targeted the Hafiz Gul Bahadur group, which it blamed for Saturday's attack")
        reason = lemma in ("blame", "accuse") and tok.dep_ == "relcl" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _RELATIVES for c in tok.children) and tok.head.dep_ in (
            "dobj", "pobj") and tok.head.head.pos_ in ("VERB", "ADP")
        # (nor is a deed an answer answers when its phrase says whose it was: "in retaliation for the Pakistani
        # bombing in Paktika", not "in retaliation for the attack")
        owned = lemma in _ANSWER_NOUNS and bool(charges) and any(
            c.dep_ in ("amod", "poss", "compound") and c.pos_ in ("ADJ", "PROPN") for c in charges[0].children)
        charges = [g for g in charges if g.pos_ in ("NOUN", "PROPN") and (
            not is_definite(g) or lemma in ("involve", "behind") or reason or owned)
            and g.lemma_.lower() in ANAPHORIC_NOUNS]
        if not charges and earlier_deed_of_people(tok) and role_of_head(tok.head) in (ARMED, UNKNOWN):
            # "camps used by militants who had ambushed a convoy last week, killing 12 soldiers": the armed men's
            # earlier deed, with its dead, is not the one reported
            charges = [tok]
        if not charges:
            continue
        scope |= {t.i for g in charges for t in g.subtree}
        roots.extend(charges)
        if lemma in ("blame", "accuse") and blamed is None:
            party = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
            if party is not None and party.lower_ in _RELATIVES:
                # "hideouts, which it blamed for": the last group the sentence named before the relative
                blamed = next((t for t in reversed(doc[:party.i]) if t.i in tok_ent and tok_ent[t.i][3] == "group"),
                              None)
            elif party is not None:
                blamed = _group_token(party, tok_ent)
        if tok.lower_ == "responsible" and blamed is None:
            blamed = _group_token(tok.head, tok_ent)  # (the men held responsible, if a group's)
    return scope, roots, blamed


# the nouns that put time between two deeds: "days after", "a week after", "hours after"
# the people a deed is said to be behind: "commanders behind recent attacks", "the network behind the bombing"
_PEOPLE_BEHIND = frozenset({"commander", "leader", "militant", "terrorist", "man", "network", "cell", "mastermind",
                            "operative", "member", "fighter", "figure"})
_TIME_APART = frozenset({"minute", "hour", "day", "night", "week", "month", "year"})


def _day_of_its_own(verb: Token) -> bool:
    """The clause of ``verb`` names its own weekday ("... on Sunday"), in a phrase of its own."""
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" and g.lower_ in WEEKDAYS
                                                             for g in c.children)
               or c.dep_ == "npadvmod" and c.lower_ in WEEKDAYS for c in verb.children)


def earlier_deed_scope(doc: Doc) -> set[int]:
    """The tokens of an earlier deed a sentence tells as what its own came some time after: "Pakistani jets struck
    TTP hideouts in Paktika, days after a suicide bombing killed 16 soldiers in South Waziristan", "Police arrested
    three suspects in Quetta a day after a bomb killed five people in Mastung". That deed, with its dead and its
    place, is an event of its own (without the time between, "two policemen died after gunmen fired on them"
    tells one event)."""
    scope: set[int] = set()
    if "after" not in doc.text and "following" not in doc.text:
        return scope
    for tok in doc:
        if tok.lower_ in ("after", "following") and tok.dep_ == "mark" and tok.head.pos_ in ("VERB", "AUX") \
                and tok.head.head.i != tok.head.i and _time_apart_at_the_end(tok.head):
            # "... attacked Pakistani border posts in Kurram, after Pakistan was accused of carrying out airstrikes
            # in Kabul two days earlier": the time between told at the end of the earlier deed's clause
            scope |= {t.i for t in tok.head.subtree}
            continue
        if tok.lower_ == "after" and tok.dep_ == "mark" and tok.head.pos_ in ("VERB", "AUX") \
                and tok.head.dep_ == "advcl" and _day_of_its_own(tok.head) and _day_of_its_own(tok.head.head):
            # "Security forces launched a clearance operation in Bannu on Monday after militants attacked a military
            # compound there on Sunday, killing five soldiers": each clause's deed has its day, and its dead
            scope |= {t.i for t in tok.head.subtree}
            continue
        if tok.lower_ in ("after", "following") and tok.dep_ == "mark" and tok.head.pos_ in ("VERB", "AUX") \
                and tok.head.dep_ == "advcl" and _event_told_came(tok.head.head):
            # "The attack was the second major assault this month, after seven soldiers were killed in Bajaur on
            # Oct. 9": what the event told came after is another deed
            scope |= {t.i for t in tok.head.subtree}
            continue
        if tok.lower_ not in ("after", "following") or tok.i == 0 or \
                doc[tok.i - 1].lemma_.lower().rstrip("s") not in _TIME_APART:
            continue
        if tok.dep_ == "mark" and tok.head.pos_ in ("VERB", "AUX") and tok.head.head.i != tok.head.i:
            scope |= {t.i for t in tok.head.subtree}
        elif tok.dep_ == "mark" and tok.head.dep_ == "ROOT" and tok.i < tok.head.i:
            scope |= _clause_before_the_main(tok)
        elif tok.dep_ == "prep":
            for g in tok.children:
                if g.dep_ in ("pobj", "pcomp") and (g.pos_ in ("VERB", "AUX") or not is_definite(g)):
                    scope |= {t.i for t in g.subtree}
                    # ("days after a similar raid in Lakki Marwat killed four policemen": the parse may hang the
                    # deed's verb on the sentence's own, right after the noun it has for subject)
                    told = next((v for v in tok.head.children if v.dep_ in ("advcl", "conj") and v.pos_ == "VERB"
                                 and v.i == g.right_edge.i + 1 and not any(
                                     c.dep_ in ("nsubj", "nsubjpass") for c in v.children)), None)
                    if told is not None and g.pos_ == "NOUN":
                        scope |= {t.i for t in told.subtree}
            if not any(g.dep_ in ("pobj", "pcomp") for g in tok.children):
                scope |= _clause_after_a_bare_preposition(tok)
    return scope


def _event_told_came(verb: Token) -> bool:
    """The clause says of an event named again by a definite noun what it was or when it came: "The attack was
    the second ...", "The bombing came ..."."""
    return verb.lemma_.lower() in ("be", "come") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in ANAPHORIC_NOUNS and is_definite(c) for c in verb.children)


def _time_apart_at_the_end(verb: Token) -> bool:
    """The clause ends on the time between it and the sentence's deed: "... two days earlier", "a week before"."""
    words = [t for t in verb.subtree if not t.is_punct]
    return len(words) >= 3 and words[-1].lower_ in ("earlier", "before", "prior") and \
        words[-2].lemma_.lower().rstrip("s") in _TIME_APART


def _clause_before_the_main(after: Token) -> set[int]:
    """"A day after a suicide attack in Mir Ali killed 12 soldiers, Pakistani forces launched air strikes ...", read
    with the earlier deed's verb as the sentence's root: the words from "after" to the first comma that a clause
    with a subject of its own follows."""
    doc, verb = after.doc, after.head
    for comma in (t for t in doc[verb.i + 1:] if t.text == ","):
        if any(t.pos_ in ("VERB", "AUX") and any(g.dep_ in ("nsubj", "nsubjpass") and g.i > comma.i
                                                   for g in t.children) for t in doc[comma.i + 1:]):
            return set(range(after.i + 1, comma.i))
    return set()


def _clause_after_a_bare_preposition(after: Token) -> set[int]:
    """The clause after "after" where the parse gave the preposition nothing and made the clause's verb the
    sentence's ("jets struck hideouts on Monday, Taliban officials said, two days after an attack on a military post
    killed seven soldiers", read with "killed" as the root): the words from the deed named to the end of its verb's
    phrase."""
    doc = after.doc
    nxt = next((t for t in doc[after.i + 1:] if t.dep_ not in ("det", "amod", "compound", "nummod")), None)
    if nxt is None or nxt.dep_ not in ("nsubj", "nsubjpass") or nxt.head.i <= nxt.i or is_definite(nxt):
        return set()
    verb = nxt.head
    end = max((t.i for c in verb.rights if c.dep_ != "punct" for t in c.subtree), default=verb.i)
    return set(range(after.i + 1, end + 1))


# the people a report acted against, named again: "the militants", "the detainees", "the suspects", "they"
_PEOPLE_ACTED_AGAINST = frozenset({"militant", "terrorist", "detainee", "suspect", "cell", "man", "men", "member",
                                   "insurgent", "fighter", "arrestee", "accused"})


def _people_told_before(subj: Token) -> bool:
    """The subject names people told before ("the militants", "the detainees", "they"), not a group by its name."""
    if subj.lower_ in ("they", "those"):
        return True
    return subj.lemma_.lower() in _PEOPLE_ACTED_AGAINST and any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in subj.children)


def _charges_the_deed(charge: Token) -> bool:
    """The charge of an accusation is the deed itself ("of the killing", "of carrying out the attack", "of being
    behind the blast"), not another wrong ("of sheltering the militants", "of violating the truce")."""
    lemma = charge.lemma_.lower()
    if lemma in _CHARGED_DEEDS or charge.pos_ == "VERB" and VERB_TRIGGERS.get(lemma) in ("ATTACK", "OPERATION"):
        return True
    return lemma == "be" and any(c.lower_ in ("behind", "responsible", "involved") for c in charge.children)


def _group_token(tok: Token, tok_ent: dict) -> Token | None:
    """The armed group's token in the phrase ``tok`` heads (within a few words of its head), if any."""
    return next((t for t in tok.subtree if t.i in tok_ent and tok_ent[t.i][3] == "group" and abs(t.i - tok.i) < 8),
                None)


def _claiming_parties(verb: Token, subj: Token) -> list[Token]:
    """The parties a claim names as claiming, in order: its subject or agent and those coordinated with it ("the
    BRA and the BLA claimed", "claimed by both the BLF and the BLA"), and another agent after it ("claimed by the
    TTP and later by Jamaat-ul-Ahrar")."""
    heads = [subj] + [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > subj.i
                      for g in c.children if g.dep_ == "pobj"]
    out: list[Token] = []
    for h in heads:
        out.append(h)
        out.extend(t for t in h.conjuncts if t.i > h.i)
    return out


def _group_party(tok: Token, tok_ent: dict) -> ActorRef | None:
    """The party a claimant's phrase names, when that party is an armed group (else its text only): a state's
    name inside another name is not the state ("Tehreek-e-Jihad Pakistan")."""
    ref = _party(tok, tok_ent)
    if ref is not None and ref.id and _group_token(tok, tok_ent) is None:
        return ActorRef(None, _ref_text(tok))
    return ref


def _own_side(actor: Token, speaker: Token, tok_ent: dict) -> bool:
    """``actor`` is the speaking group's own: a pronoun, "its fighters", "the group", or the group named again."""
    if actor.pos_ == "PRON":
        return actor.lower_ in ("it", "we", "they", "he")
    own = tok_ent.get(speaker.i, (None, None, None))[2]
    named = next((tok_ent[t.i][2] for t in actor.subtree if t.i in tok_ent and abs(t.i - actor.i) < 8), None)
    if named is not None:
        return named == own
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "his") for c in actor.children):
        return True
    if actor.pos_ == "NUM" or actor.lower_ in ("some", "several", "many", "all", "each"):
        # "(Daesh said) one of its suicide bombers carried out the attack": the part is of the speaker's own people
        return any(_own_side(g, speaker, tok_ent) for c in actor.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj")
    return actor.lemma_.lower() in _OWN_MEMBERS and not any(
        c.dep_ in ("amod", "compound") and c.lower_ in ("security", "police", "army", "government", "rival")
        for c in actor.children)


def _deed_word(t: Token) -> bool:
    """``t`` says a violent deed was done: "carried out", "planted", "fired", "attacked"."""
    lemma = t.lemma_.lower()
    if t.pos_ == "VERB" and (lemma in _TAKING_WORDS or lemma == "take" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("control", "hostage") for c in t.children)):
        return True  # "The Baloch Liberation Army said it had seized the train", "said it had taken control of"
    return lemma in _DEED_WORDS or t.pos_ == "VERB" and VERB_TRIGGERS.get(lemma) in ("ATTACK", "OPERATION")


_TAKING_WORDS = frozenset({"seize", "hijack", "storm", "overrun"})
_HOSTAGE_TAKINGS = frozenset({"siege", "hijacking", "abduction", "kidnapping"})


def _own_deed(comp: Token, speaker: Token, tok_ent: dict) -> bool:
    """What a group says in ``comp`` is a deed of its own, done: "(said) its fighters carried out the attack",
    "(told reporters) the group had planted the device" (not "security forces had killed its men", nor "it would
    target", nor "it was not involved")."""
    for t in comp.subtree:
        lemma = t.lemma_.lower()
        if not _deed_word(t):
            continue
        verb = t.head if lemma in ("behind", "responsible") else t
        if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _MODAL_AUX for c in verb.children):
            continue
        actor = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None) \
            or next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if actor is None and harm_of_another(verb):
            continue
        if actor is None or _own_side(actor, speaker, tok_ent):
            return True
    return False


_ATTACKER_NOUNS = frozenset({"attacker", "assailant", "gunman", "gunmen", "bomber", "killer", "perpetrator", "culprit",
                             "militant", "terrorist", "abductor", "kidnapper", "insurgent", "shooter", "man", "men"})
# the people an action is taken against, named again ("the suspects", "the detainees")
_HELD_PEOPLE = frozenset({"suspect", "detainee", "accused", "arrestee", "captive", "prisoner", "fighter", "commander",
                          "operative", "member"})
_LINK_VERBS = frozenset({"belong", "affiliate", "link", "associate", "tie", "connect"})
# what the people a relative clause describes are called: "whom the army described as khawarij"
_NAMING_VERBS = frozenset({"describe", "identify", "call", "term", "brand", "label"})
_WORK_NOUNS = frozenset({"work", "handiwork", "doing", "hallmark", "hallmarks", "signature", "trademark"})
_BELIEF_WORDS = frozenset({"suspect", "believe", "think", "appear", "seem", "likely", "probably", "possibly",
                           "suspicion", "presume", "feared", "fear"})
_SAY_WORDS = frozenset({"say", "tell", "allege", "add", "state", "according", "confirm", "report", "announce",
                        "disclose", "reveal", "identify", "establish", "find"})


def _refers_to_attackers(tok: Token) -> bool:
    """``tok`` names the attackers of an event already told ("the killers", "the bomber") or the event ("it" as
    the subject of "was the work of")."""
    if tok.pos_ == "PRON":
        return tok.lower_ in ("it", "this")
    lemma = tok.lemma_.lower()
    if lemma in ("man", "men") and not any(c.lower_ in ("armed", "unknown", "unidentified", "masked", "gun")
                                           for c in tok.children):
        return False  # "the men": anyone, unless armed
    return (lemma in _ATTACKER_NOUNS or tok.lower_ in _ATTACKER_NOUNS) and (is_definite(tok) or _shorthand_subject(tok))


def _shorthand_subject(tok: Token) -> bool:
    """A bare plural opening a sentence in the past, as event records write the men of the deed just told:
    "Militants were affiliated with Lashkar-e-Jhangvi" (not "Militants are active in the area")."""
    if tok.tag_ != "NNS" or tok.i != tok.sent.start or any(c.dep_ in ("det", "poss", "nummod", "amod")
                                                           for c in tok.children):
        return False
    verb = tok.head
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _deed_as_work(tok: Token) -> bool:
    """``tok`` names the deed told before as the subject of "was the work of": "the killing was the work of the
    SRA", "the bombing was the handiwork of the LeJ" (only that predicate: "the killing was of a TTP commander"
    names the dead)."""
    return tok.lower_ in _ATTACK_NOUNS and is_definite(tok) and tok.head.lemma_.lower() == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() in _WORK_NOUNS for c in tok.head.children)


# the verbs that tie people to a group ("affiliated with", "belong to", "linked to")
TIED_VERBS = frozenset({"affiliate", "belong", "link", "associate", "connect", "tie"})


def _believed_of_attackers(believe: Token) -> bool:
    """"believed (to be from ...)" is said of the attackers: "the attackers, believed to be from the TTP", "gunmen
    believed to be from the BLA" (the parse may make them its subject or hang it on them)."""
    said_of = [c for c in believe.children if c.dep_ in ("nsubj", "nsubjpass")]
    if believe.dep_ in ("acl", "relcl") and believe.head.pos_ in ("NOUN", "PROPN"):
        said_of.append(believe.head)
    return any(t.lemma_.lower() in _ATTACKER_NOUNS or t.lower_ in _ATTACKER_NOUNS for t in said_of)


_TRYING = frozenset({"try", "attempt", "seek"})


def _militants_named(subj: Token) -> bool:
    """The subject names armed men: "militants", "a group of khawarij", "terrorists of the TTP"."""
    heads = [subj, *(g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj")]
    return any(h.lemma_.lower() in _ATTACKER_NOUNS or h.lower_ in ("khawarij", "khwarij", "fighters", "infiltrators")
               for h in heads)


# what a monitor found or estimated, as rejected: "Mujahid rejected the UN findings as 'far from reality'"
_FINDINGS_NOUNS = frozenset({"finding", "findings", "assessment", "conclusion", "estimate"})


def _rejects_findings(deny: Token) -> bool:
    """The denial rejects a monitor's findings as a whole ("rejected the UN findings as 'far from reality'", "dismissed
    the monitoring team's assessment"), not a deed told beside it: findings are no step of the denier's. Findings
    that name what they are about ("rejected the findings on the relocation") are that deed's."""
    obj = next((c for c in deny.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() in _FINDINGS_NOUNS and not any(
        c.dep_ in ("acl", "relcl", "ccomp") or c.dep_ == "prep" and c.lower_ in ("of", "about", "on")
        for c in obj.children)


def _group_said_of(subj: Token, tok_ent: dict) -> Token | None:
    """The armed group that what is said of ``subj`` makes theirs: its own predicate, a predicate coordinated with it
    that has no subject of its own ("the militants had infiltrated from Afghanistan and were linked to the TTP"), or a
    participle on it ("the attackers, belonging to the banned TTP, had crossed from Afghan territory")."""
    preds = [subj.head, *(c for c in subj.head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                          and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)),
             *(c for c in subj.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _LINK_VERBS
               and not any(g.dep_ in ("nsubj", "nsubjpass") and g.pos_ != "PRON" for g in c.children)),
             # ("the militants, whom the army described as khawarij, had infiltrated from Nangarhar")
             *(c for c in subj.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _NAMING_VERBS)]
    doc = subj.doc
    if subj.i + 2 < len(doc) and doc[subj.i + 1].lower_ == "," and doc[subj.i + 2].tag_ in ("VBG", "VBN") \
            and doc[subj.i + 2].lemma_.lower() in _LINK_VERBS:
        preds.append(doc[subj.i + 2])  # (the parse may hang the set-off participle on the verb after it)
    return next((g for p in preds for g in (_group_of_attackers(p, subj, tok_ent),) if g is not None), None)


def _group_of_attackers(pred: Token, subj: Token, tok_ent: dict) -> Token | None:
    """The armed group the predicate ``pred`` of ``subj`` makes the attackers' (see ``sentence_facts``)."""
    if any(c.dep_ == "neg" for c in pred.children):
        return None
    lemma = pred.lemma_.lower()
    if lemma in ("suspect", "believe", "think", "say", "report", "know") and any(
            c.dep_ == "auxpass" for c in pred.children):
        # "The insurgents were suspected to be from the BLA", "were believed to be members of the TTP": what is held
        # of them, in the infinitive
        inner = next((c for c in pred.children if c.dep_ == "xcomp"), None)
        return _group_of_attackers(inner, subj, tok_ent) if inner is not None else None
    if lemma in _NAMING_VERBS and pred.dep_ in ("acl", "relcl"):
        return next((g for c in pred.children if c.dep_ == "prep" and c.lower_ == "as"
                     for g in (_group_token(c, tok_ent),) if g is not None), None)
    if lemma in _LINK_VERBS and subj.pos_ != "PRON":
        return next((g for c in pred.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
                     for g in (_group_token(c, tok_ent),) if g is not None), None)
    if lemma != "be":
        return None
    for c in pred.children:
        if c.dep_ == "attr":
            if c.lemma_.lower() in _WORK_NOUNS:
                return next((g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                             for g in (_group_token(p, tok_ent),) if g is not None), None)
            if subj.pos_ != "PRON":
                return _group_token(c, tok_ent)  # "the attackers were members of the BLA", "were TTP militants"
        if c.dep_ == "prep" and c.lower_ in ("from", "of") and subj.pos_ != "PRON":
            found = _group_token(c, tok_ent)  # "the gunmen were from the TTP"
            if found is not None:
                return found
    return None


def _attribution_basis(pred: Token, low: str) -> str:
    """How a sentence knows what ``pred`` says: by belief ("police suspect", "officials believe"), by someone's
    word ("police said", "according to officials"), or as the report's own statement."""
    chain = [pred, *pred.ancestors]
    words = {t.lemma_.lower() for t in chain} | {c.lemma_.lower() for t in chain for c in t.children
                                                 if c.dep_ in ("advmod", "aux", "acomp")}
    if words & _BELIEF_WORDS:
        return "suspected"
    if words & _SAY_WORDS or "according to" in low:
        return "blamed"
    return "stated"


_SPOKESMEN = {"spokesman", "spokesperson", "spokeswoman", "spokesmen", "commander", "leader", "representative",
              "official", "member"}


_BRANCHES = frozenset({"faction", "wing", "offshoot", "splinter", "affiliate", "chapter", "branch"})


def _speaking_group(subj: Token, tok_ent: dict) -> Token | None:
    """The armed group that speaks: the subject itself ("the BLA said") or the group whose spokesman or commander
    speaks ("Sarbaz Baloch, a spokesman for the Baloch Republican Army, said", "a TTP spokesman said", "TTP
    spokesman Mohammad Khurasani said")."""
    def group_token(t: Token) -> bool:
        return t.i in tok_ent and tok_ent[t.i][3] == "group"

    if group_token(subj):
        return subj
    if subj.dep_ == "csubj":  # (the parse may make the naming the subject: "a spokesman identifying himself as")
        return _self_named(subj, tok_ent)
    # "a man who called himself a spokesman for the TTP told reporters", "a caller identifying himself as ..."
    found = next((g for c in subj.children if c.dep_ in ("acl", "relcl") for g in (_self_named(c, tok_ent),)
                  if g is not None), None)
    if found is not None:
        return found
    named = next((c for c in subj.children if c.dep_ in ("compound", "nmod", "poss") and group_token(c)), None)
    if named is not None and subj.lemma_.lower() in _OWN_MEMBERS:
        return named  # "the Islamic State group said", "the BLA's Fateh Squad said"
    named = next((c for c in subj.children if c.dep_ == "appos" and group_token(c)), None)
    if named is not None and subj.lemma_.lower() in _OWN_MEMBERS | _BRANCHES:
        return named  # "A faction of the Pakistani Taliban, Jamaat-ul-Ahrar, said it was responsible"
    # ("TTP spokesman Mohammad Khurasani said": the title the parse hangs on the name as a compound)
    heads = [subj] + [c for c in subj.children if c.dep_ in ("appos", "compound")]
    for h in heads:
        if h.lemma_.lower() not in _SPOKESMEN:
            continue
        for c in h.children:
            if c.dep_ in ("compound", "nmod", "poss") and group_token(c):
                return c
            if c.dep_ == "prep" and c.lower_ in ("for", "of"):
                found = next((t for t in c.subtree if group_token(t)), None)
                if found is not None:
                    return found
    return None


def _statement_clause(say: Token) -> Token | None:
    """What a statement named beside the verb of saying says: "(the TTP) said in a statement that its fighters
    planted the device", where the parse hangs the clause on the statement."""
    return next((c for p in say.children if p.dep_ == "prep" for n in p.children
                 if n.dep_ == "pobj" and n.lemma_.lower() in _STATEMENT_NOUNS
                 for c in n.children if c.dep_ in ("acl", "ccomp", "relcl")
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


_STATEMENT_NOUNS = frozenset({"statement", "message", "post", "video", "email", "call", "communique", "audio"})


def _self_named(verb: Token, tok_ent: dict) -> Token | None:
    """The armed group a speaker names himself a member of: "identifying himself as Sarbaz Baloch of the BRA",
    "who called himself a spokesman for the TTP"."""
    if verb.lemma_.lower() not in ("identify", "call", "introduce", "describe", "present") or not any(
            g.dep_ in ("dobj", "oprd") and g.lower_ in ("himself", "herself", "themselves") for g in verb.children):
        return None
    return next((t for t in verb.subtree if t.i in tok_ent and tok_ent[t.i][3] == "group"), None)


_OPERATION_NOUNS = {"raid", "operation", "encounter", "shootout", "crackdown", "offensive", "sweep", "airstrike",
                    "strike", "bombardment"}
_CONDUCT_VERBS = {"conduct", "carry", "launch", "mount", "stage", "undertake", "execute", "begin", "start"}


def _operator(tok: Token, tok_ent: dict, is_state) -> ActorRef | None:
    """The state forces named as conducting the operation noun ``tok``, if any."""
    candidates = []
    for c in tok.children:
        if c.dep_ in ("compound", "poss", "amod"):
            candidates.append(c)
        elif c.dep_ == "acl" and c.lemma_.lower() in _CONDUCT_VERBS:
            candidates += [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ == "by":
            candidates += [g for g in c.children if g.dep_ == "pobj"]
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _CONDUCT_VERBS:
        candidates += [c for c in tok.head.children if c.dep_ == "nsubj"]
    for cand in candidates:
        for t in cand.subtree:
            if t.i in tok_ent and tok_ent[t.i][2] and is_state(tok_ent[t.i][2]):
                s, e, eid, _ = tok_ent[t.i]
                return ActorRef(eid, tok.doc[s:e].text)
    return None


def clause_verb(tok: Token) -> int:
    """The token index of the verb heading the clause ``tok`` stands in (the root where no verb heads it)."""
    t = tok
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t.i


# forces or those they guard, whose travel is no attackers' origin: "the patrol was returning from duty on the
# highway when it came under fire"
_ON_DUTY = frozenset({"patrol", "convoy", "vehicle", "team", "bus", "van", "motorcade", "squad"})


# what a party denies when it denies a figure: the count, not the deed ("the Taliban denied the figure, saying only
# four fighters were killed", "rejected the death toll", "disputed the casualty figures")
_FIGURE_NOUNS = frozenset({"figure", "toll", "number", "tally", "count", "estimate"})


def _figure_denied(verb: Token) -> bool:
    """The denial's object is a figure: the figure is in question, not the event it counts."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _FIGURE_NOUNS for c in verb.children)


_BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "durand"})


def border_word(tok: Token) -> bool:
    """``tok`` names the border itself ("the border", "the frontier", "the Durand Line"), which lies in neither
    country: fire "across the Durand Line into Kunar" came from the side away from Kunar."""
    return tok.lemma_.lower() in _BORDER_NOUNS or tok.lower_ == "line" and any(
        c.lower_ == "durand" for c in tok.children)


def _across_the_border(verb: Token) -> bool:
    """The verb of an origin places the start across the border, naming no place: "directed from across the
    border", "launched from the other side of the border", "infiltrated across the border", "planned by handlers
    across the border" (not where they went: "fled across the border")."""
    if verb.lemma_.lower() in ("flee", "escape", "return", "arrive"):
        return False

    def across(prep: Token) -> bool:  # "across the border", "from the other side of the border"
        for g in prep.children:
            if g.dep_ == "pobj" and border_word(g) and prep.lower_ == "across":
                return True
            if g.dep_ == "pobj" and g.lemma_.lower() == "side" and any(a.lower_ == "other" for a in g.children) and \
                    any(o.dep_ == "prep" and o.lower_ == "of" and any(b.lemma_.lower() in _BORDER_NOUNS for b in o.children)
                        for o in g.children):
                return True
            if g.dep_ == "prep" and g.lower_ == "across" and across(g):
                return True  # "from across the border"
        return False

    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "across") and across(c):
            return True
        if c.dep_ == "dobj" and border_word(c) and verb.lemma_.lower() in ("cross", "infiltrate", "breach"):
            return True  # "militants trying to cross the Pakistan-Afghanistan border in North Waziristan"
        if c.dep_ == "prep" and c.lower_ in ("through", "over") and verb.lemma_.lower() in _CROSSING_VERBS and any(
                g.dep_ == "pobj" and border_word(g) for g in c.children):
            return True  # "khwarij who were trying to infiltrate through the Pakistan-Afghanistan border"
        if c.dep_ == "agent":  # "directed by handlers across the border"
            if any(p.dep_ == "prep" and p.lower_ == "across" and across(p)
                   for g in c.children if g.dep_ == "pobj" for p in g.children):
                return True
    return False


def _forces_on_their_way(verb: Token) -> bool:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return verb.lemma_.lower() in ("return", "arrive", "come") and subj is not None and (
        subj.lemma_.lower() in _ON_DUTY | AUTHORITY_NOUNS)


def anaphoric(tok: Token) -> bool:
    """The trigger refers back to an event already reported: "the attack", "the blast", "this raid"."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in ANAPHORIC_NOUNS and is_definite(tok):
        return True
    if tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.i < tok.head.i and is_definite(tok.head):
        return True  # "the arrested men had received training in Afghanistan": the people the arrest told before
    if deed_told_as_subject(tok):
        return True
    for c in tok.children:  # "killed in the blast", "arrested during the raid"
        if c.dep_ == "prep" and c.lower_ in ("in", "during", "after", "by", "for", "of"):
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in ANAPHORIC_NOUNS and is_definite(g):
                    return True
    return False


def deed_told_as_subject(verb: Token) -> bool:
    """A verb whose subject names the deed told before: "The strikes targeted camps in Barmal", "The raid
    netted three commanders" (the verb tells more of that deed)."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in ANAPHORIC_NOUNS and is_definite(c)
        for c in verb.children)


_STRIKE_NOUNS = frozenset({"strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "bombardment", "shelling"})


def operation_told_as_subject(verb: Token) -> bool:
    """A verb whose subject names again strikes or a raid already told: "The Taliban said the strikes killed eight
    people" (the strikes' toll, whoever speaks of it; a verb typed by its subject as no state's would be an attack)."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lower_ in _STRIKE_NOUNS and is_definite(c)
        for c in verb.children)


def speakers_by_pronoun(mentions: list[Mention], facts: list[SentenceFacts]) -> None:
    """A statement whose speaker is only "it", "they", "he", "she" or "we" is made by the party the sentence before
    has as its subject: "Pakistan's Foreign Office voiced concern over the attacks. It wants Kabul to act." (in
    place); or the one before it, when the sentence between names no party as its subject ("Pakistan's National
    Security Committee met on Friday. The committee said ... It urged Kabul to act")."""
    by_start = {f.start: i for i, f in enumerate(facts)}
    for m in mentions:
        idx = by_start.get(m.char_span[0], -1)
        if idx < 1 or m.source is not None and m.source.id or not m.trigger_span or \
                m.trigger_span[0] not in facts[idx].pronoun_speakers:
            continue
        # (a pronoun inside a sentence whose own subject is a party is that party: "Pakistani officials said ...,
        # pointing to attacks that they blamed on the TTP")
        party = facts[idx].subject_party or facts[idx - 1].subject_party
        if party is None and idx >= 2:
            party = facts[idx - 2].subject_party
        if party is None:
            # ("Foreign Office spokesperson Shafqat Ali Khan said Pakistan wanted good relations with Afghanistan. He
            # rejected Afghan claims ...": the speaker of the statement just before, known by what it said)
            before = [x for x in mentions if x.type in _SPOKEN and x.source is not None and x.source.id
                      and by_start.get(x.char_span[0], -1) == idx - 1]
            party = before[0].source if len({x.source.id for x in before}) == 1 else None
        if party is not None and not (m.target and m.target.id == party.id):
            # ("the statement said": the text the report gave is kept; a pronoun gives way to the party's name)
            told = m.source.text if m.source is not None and m.source.text and m.source.text.lower() not in \
                SPEAKER_PRONOUNS else None
            m.source = ActorRef(party.id, told or party.text)


# the statements a party makes by speaking (its speaker may be named again only by a pronoun or a surname)
_SPOKEN = frozenset({"DEMAND", "ASSURE", "DENY", "ACCUSE", "CONDEMN"})


def speakers_by_name(mentions: list[Mention]) -> None:
    """A statement whose speaker is named only by a surname the report gave before with the party's title is that
    party's: "Taliban deputy spokesman Hamdullah Fitrat rejected the allegations. Fitrat denied that TTP fighters
    were operating from Kunar" (in place)."""
    for i, m in enumerate(mentions):
        if m.type not in _SPOKEN or m.source is None or m.source.id or not m.source.text:
            continue
        words = m.source.text.split()
        if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
            continue
        # (every word of the short name, in its order: "Sadiq Khan" is Mohammad Sadiq Khan, not Amir Khan Muttaqi;
        # the party may have been named as a statement's addressee: "assured Pakistan's special envoy Mohammad
        # Sadiq Khan")
        surname = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b")
        known = next((r for x in reversed(mentions[:i]) if x.char_span[0] < m.char_span[0]
                      for r in (x.source, x.target) if r is not None and r.id and r.text
                      and len(r.text.split()) > len(words) and surname.search(r.text)), None)
        if known is not None:
            m.source = ActorRef(known.id, m.source.text)


# the words that may stand before a group's noun when it is not named: "the banned outfit", "the militant group"
_UNNAMED_GROUP_WORDS = frozenset({"the", "militant", "banned", "proscribed", "outlawed", "terrorist"})


def speakers_by_group_noun(mentions: list[Mention]) -> None:
    """A statement whose speaker is only "the group" ("Provincial officials blamed local militants linked to the TTP,
    though the group denied it") is the group's its sentence names, when it names one; else the group the report
    named last before it (in place)."""
    for i, m in enumerate(mentions):
        words = (m.source.text or "").lower().split() if m.source is not None else []
        if m.type not in _SPOKEN or m.source is None or m.source.id or not words or words[-1] not in GROUP_NOUNS \
                or not set(words[:-1]) <= _UNNAMED_GROUP_WORDS:
            continue
        own = set(m.groups)
        if len(own) == 1:
            m.source = ActorRef(next(iter(own)), m.source.text)
        elif not own:
            before = next((x.groups for x in reversed(mentions[:i]) if x.groups
                           and x.char_span[0] < m.char_span[0]), [])
            if len(set(before)) == 1:
                m.source = ActorRef(before[0], m.source.text)


_GROUP_TOLD_AGAIN = re.compile(r"\b(?:the group|the outfit|the militant group|the organi[sz]ation|its fighters|"
                               r"its members|the militants)\b", re.I)


# a day counted from the deed told before: "Police arrested two suspects the next day"
_NEXT_DAY = re.compile(r"\b(?:the\s+(?:next|following)\s+day|a\s+day\s+later|the\s+day\s+after)\b", re.I)


def days_after_told(mentions: list[Mention]) -> None:
    """A deed told with no day but "the next day" is dated the day after the last deed of a named day an earlier
    sentence told: "A Chinese national was shot in Korangi on Wednesday ... Police arrested two suspects the next
    day" (Thursday)."""
    last: Mention | None = None
    for m in sorted(mentions, key=lambda x: x.char_span[0]):
        if m.date is None and m.type in DEEDS and last is not None and last.char_span[0] < m.char_span[0] \
                and _NEXT_DAY.search(m.sentence):
            m.date, m.date_precision = last.date + timedelta(days=1), "day"
        if m.date is not None and m.date_precision == "day" and m.type in DEEDS and m.modality == "asserted" \
                and not _NEXT_DAY.search(m.sentence):
            last = m


def groups_of_findings_told_before(mentions: list[Mention]) -> None:
    """A finding that names its group only as "the group" is of the group the report named just before: "The report
    said the TTP remained the largest group. According to the report, the Taliban continue to provide logistical
    and operational space to the group." (in place)."""
    for i, m in enumerate(mentions):
        if m.type != "FINDING" or m.groups or not _GROUP_TOLD_AGAIN.search(m.sentence or ""):
            continue
        before = next((x for x in reversed(mentions[:i]) if x.groups and x.char_span[0] < m.char_span[0]
                       and m.char_span[0] - x.char_span[1] < 600), None)
        if before is not None and len(before.groups) == 1:
            m.groups = list(before.groups)
            if m.target is None:
                m.target = ActorRef(before.groups[0], before.groups[0])


# a step told as part of one told before: "weapons and explosives were also seized from the hideouts"
_ALSO = re.compile(r"\balso\b", re.I)
_OTHER_STEP = re.compile(r"\b(?:separate(?:ly)?|meanwhile|elsewhere|another|in a similar)\b", re.I)
_DEFINITE_NOUN = re.compile(r"\bthe\s+([a-z]{4,})\b")


def groups_of_steps_told_before(mentions: list[Mention]) -> None:
    """A step of the same acting party that names no group of its own and is told as part of a step before it
    ("also seized from the hideouts" after the arrest of Daesh members in raids) or of what that step was done
    to ("The head of the madrasa has been detained" after the closure of a madrasa used to recruit for the TTP) is
    against the one group that step was (in place)."""
    for i, m in enumerate(mentions):
        if m.type not in ACTION_TYPES or m.modality != "asserted" or m.groups or not (m.source and m.source.id):
            continue
        before = next((x for x in reversed(mentions[:i]) if x.type in ACTION_TYPES and x.modality == "asserted"
                       and x.char_span[0] < m.char_span[0] and m.char_span[0] - x.char_span[1] < 600), None)
        if before is None or len(before.groups) != 1 or not (before.source and before.source.id == m.source.id) \
                or _OTHER_STEP.search(m.sentence) or (m.location is not None and before.location is not None
                                                     and m.location.admin1 != before.location.admin1):
            continue  # (not a step told as another: "Separately, police also detained two smugglers in Kabul")
        named_again = any(re.search(rf"\b{re.escape(w)}", before.sentence.lower())
                          for w in _DEFINITE_NOUN.findall(m.sentence.lower()))
        if _ALSO.search(m.sentence) or named_again:
            m.groups = list(before.groups)
            if m.target is None or not m.target.id:
                m.target = ActorRef(before.groups[0], m.target.text if m.target else before.groups[0])


_TOLD_AGAIN = frozenset({"he", "she", "they", "him", "her", "them", "the", "his", "their"})


def _told_again(m: Mention) -> bool:
    """The deed's victims are named as people already spoken of: "He was shot dead", "the lawyer was killed"."""
    words = (m.target.text if m.target is not None and m.target.text else "").split()
    if not words and not (m.source is not None and m.source.text and m.sentence.startswith(m.source.text)):
        words = m.sentence.split()[:1]  # (the parse may keep no pronoun as the victim: the sentence opens with it)
    return bool(words) and words[0].lower() in _TOLD_AGAIN


def _compatible(event_type: str, m: Mention) -> bool:
    if event_type in _VIOLENT and m.type in _VIOLENT:
        return True
    return event_type == m.type


@dataclass(slots=True)
class _Event:
    key: str
    type: str
    members: list[Mention]
    facts: list[SentenceFacts]


def _event_key(doc_id: str, first: Mention) -> str:
    raw = f"{doc_id}|{first.char_span[0]}|{first.trigger_span or ''}|{first.type}"
    return "e" + hashlib.sha1(raw.encode()).hexdigest()[:15]


def _same_deed_named_again(event: _Event, m: Mention) -> bool:
    """``event`` is a deed of ``m``'s type by the party ``m`` names, told in an earlier sentence, in the province
    ``m`` names if it names one."""
    first = event.members[0]
    if first.type != m.type or first.char_span == m.char_span or m.source is None or not m.source.id:
        return False
    if not any(x.source is not None and x.source.id == m.source.id for x in event.members):
        return False
    there = next((x.location for x in event.members if x.location and x.location.admin1), None)
    return m.location is None or not m.location.admin1 or there is None or there.admin1 == m.location.admin1


def _same_day_deed(event: _Event, m: Mention) -> bool:
    """``event`` is a deed of ``m``'s type done on the same day, that ``m`` names again by its day."""
    first = event.members[0]
    # (never the deed of the charge's own sentence, which the charge is not)
    return first.type == m.type and _of_that_day(event, m) and first.char_span != m.char_span


def _of_that_day(event: _Event, m: Mention) -> bool:
    """``event`` was told of the day ``m`` names (both to the day)."""
    first = event.members[0]
    return m.date is not None and m.date_precision == "day" and first.date == m.date and first.date_precision == "day"


def link_events(doc_id: str, mentions: list[Mention], facts: list[SentenceFacts], max_gap: int = 3) -> set[int]:
    """Give the mentions of one document their ``event`` ids and fill each event from its linked sentences
    (in place). ``facts`` holds one entry per parsed sentence, in document order. Returns the ``id()`` of
    mentions that only refer back to an event the document names as background ("staged a protest against the
    Rangers' raid. The raid, ..."): they report nothing of their own and are to be dropped."""
    by_start = {f.start: i for i, f in enumerate(facts)}
    dropped: set[int] = set()
    events: list[_Event] = []
    last_deed_event: _Event | None = None
    last_index = -10
    for m in mentions:
        if m.type not in DEEDS or m.modality != "asserted":
            m.event = _event_key(doc_id, m)
            idx = by_start.get(m.char_span[0], -1)
            f = facts[idx] if idx >= 0 else None
            if m.type in DEEDS and f is not None and last_deed_event is not None and m.trigger_span \
                    and m.trigger_span[0] in f.anaphoric_triggers and _compatible(last_deed_event.type, m) \
                    and idx - last_index <= max_gap and not _dated_apart(m, last_deed_event.members[0]):
                # "no evidence of the relocation": a remark on the event already reported, not another one
                # ("the militant behind the attack in 2013" names an event of its own time)
                m.event = last_deed_event.key
                if f not in last_deed_event.facts:
                    last_deed_event.facts.append(f)
            continue
        idx = by_start.get(m.char_span[0], -1)
        f = facts[idx] if idx >= 0 else None
        refers_back = f is not None and m.trigger_span and m.trigger_span[0] in f.anaphoric_triggers
        # ("China strongly condemns the attack on Chinese nationals in Karachi ... The BLA claimed responsibility
        # for the attack, which killed two Chinese engineers": a statement's deed told on with its dead is told)
        told_in_full = any(v for k, v in m.quantities.items() if k.rstrip("+?!=~^") in (
            "killed", "wounded", "dead")) and not any(
            facts[j].protest_told for j in range(max(0, idx - max_gap), idx + 1))
        if refers_back and not told_in_full and (last_deed_event is None or not _compatible(last_deed_event.type, m)) \
                and any(_compatible(t, m) for j in range(max(0, idx - max_gap), idx + 1)
                        for t in facts[j].background_types):
            dropped.add(id(m))
            continue
        if f is not None and m.trigger_span and (m.trigger_span[0] in f.charged_triggers
                                                 or m.trigger_span[0] in f.earlier_triggers):
            # the deed a blame charges, told beside the sentence's own: an event of its own, and not the one the
            # next sentences tell on ("The Taliban retaliated ..." answers the strikes)
            same_day = next((e for e in events if _same_day_deed(e, m)), None) \
                if m.trigger_span[0] in f.charged_triggers else None
            if same_day is None and m.trigger_span[0] in f.charged_triggers and m.date is None:
                # ("Pakistani jets bombed villages in Paktika on Tuesday ... in retaliation for the Pakistani
                # bombing in Paktika": the deed named by whose it was and where, told before)
                same_day = next((e for e in reversed(events) if _same_deed_named_again(e, m)), None)
            if same_day is not None:
                # ("... two days after an attack on a military post killed seven soldiers. ... which it blamed for
                # Saturday's attack in North Waziristan": the attack of that day, told again with its blame)
                same_day.members.append(m)
                same_day.facts.append(f)
                m.event = same_day.key
                continue
            charged = _Event(_event_key(doc_id, m), m.type, [m], [f])
            events.append(charged)
            m.event = charged.key
            continue
        nominal = f is not None and m.trigger_span and m.trigger_span[0] in f.nominal_triggers \
            and m.trigger_span[0] not in f.agent_roles and not any(m.quantities.values())
        if nominal and last_deed_event is None and any(facts[j].reports_protest
                                                       for j in range(max(0, idx - max_gap), idx + 1)):
            # "staged a protest at the press club. They prayed for those lost in the suicide bombings": a deed a
            # protest report names by a noun, with nobody acting and no toll, before any deed of its own, was
            # reported elsewhere
            dropped.add(id(m))
            continue
        if m.type in _VIOLENT and last_deed_event is None and f is not None and (
                _told_again(m) or bool(m.trigger_span) and m.trigger_span[0] in f.victims_told) and any(
                facts[j].protest_told and _compatible(t, m) for j in range(max(0, idx - max_gap), idx)
                for t in facts[j].background_types):
            # "A protest was held against the killing of a journalist. He was shot dead by gunmen last week.": the
            # protest's grievance told on, of the victim it named, before any deed of the report's own
            dropped.add(id(m))
            continue
        if m.type in _VIOLENT and m.source is None and f is not None and not f.armed_words and any(
                facts[j].reports_protest for j in range(max(0, idx - max_gap), idx + 1)):
            # "The protesters pelted stones on the police ... During the clash, a constable was injured": the
            # protest's own clash, with nobody armed in it, is a riot, not an attack
            dropped.add(id(m))
            continue
        if _search_after_attack(m, last_deed_event) and idx - last_index <= max_gap:
            # "A roadside bomb killed two Levies men. Security forces cordoned off the area and launched a search
            # operation.": the hunt that answers the attack, with nothing found, is no deed of its own
            dropped.add(id(m))
            continue
        if refers_back and m.type == "OPERATION" and not any(m.quantities.values()) and not (m.source and m.source.id) \
                and last_deed_event is not None and last_deed_event.type in ACTION_TYPES \
                and last_deed_event.type != "OPERATION" and idx - last_index <= max_gap \
                and (m.trigger or "").lower() in _OPERATION_NOUNS and re.search(
                    rf"\b{re.escape((m.trigger or '').lower())}\b", last_deed_event.members[0].sentence.lower()):
            # "Taliban forces arrested seven TTP members in a raid in Kunar ... Local residents confirmed the raid":
            # the raid the arrest was made in, named again, is no operation of its own
            dropped.add(id(m))
            continue
        link_to = _named_by_place(events, m, idx, by_start, max_gap) if refers_back and last_deed_event is not None \
            else None
        if link_to is None and f is not None and m.type in _VIOLENT and m.trigger_span \
                and m.trigger_span[0] in f.operation_told_as_subject and not (m.source and m.source.id):
            # "Pakistan carried out air strikes in Khost ... The strikes came two days after an attack on a military
            # post killed seven soldiers. The Taliban said the strikes killed eight people": the strikes' toll, not
            # the attack's told last
            link_to = next((ev for ev in reversed(events) if ev.type == "OPERATION"
                            and idx - _last_index(ev, by_start) <= max_gap), None)
            if link_to is not None:
                m.type, m.source = "OPERATION", None
        if link_to is None and refers_back and not _new_event_for(f, m) and last_deed_event is not None and m.type == "ATTACK" \
                and last_deed_event.type != "ATTACK" and (m.trigger or "").lower() in _ATTACK_NOUNS:
            # "A bomb killed 3 soldiers. Security forces launched a search operation. The TTP claimed the attack":
            # the attack named again is the attack told before the forces' answer (the report's only attack, the
            # further back for the answer told in between: "... Pakistani aircraft bombed the group's hideouts in
            # Khost. The Taliban said the strikes killed eight civilians. Islamabad said the attackers had planned
            # the ambush from Afghan territory")
            attacks = [ev for ev in events if ev.type == "ATTACK"]
            link_to = next((ev for ev in reversed(attacks) if idx - _last_index(ev, by_start) <= (
                2 * max_gap if len(attacks) == 1 else max_gap)), None)
        if link_to is None and refers_back and not _new_event_for(f, m) and last_deed_event is not None \
                and m.type == "OPERATION" and last_deed_event.type == "ATTACK" \
                and (m.trigger or "").lower().rstrip("s") in _OPERATION_NOUNS | {"air strike", "air raid"}:
            # "Pakistani jets struck Khost. The strikes came after a suicide bomber killed seven soldiers ... The
            # Foreign Office said the operations targeted TTP hideouts": the operations named again are the strikes
            # told before the attack they answer (an operation after an attack with none before it is its own)
            link_to = next((ev for ev in reversed(events) if ev.type == "OPERATION"
                            and idx - _last_index(ev, by_start) <= max_gap), None)
        if link_to is None and refers_back and not _new_event_for(f, m) and last_deed_event is not None \
                and not _compatible(last_deed_event.type, m):
            # "hideouts were also destroyed. ... in the attacks": the anaphor names the event before the
            # intervening deed of another type
            link_to = next((ev for ev in reversed(events) if _compatible(ev.type, m)
                            and idx - _last_index(ev, by_start) <= max_gap), None)
        if link_to is None and f is not None and f.subject_told_before and not f.new_event and m.type not in _VIOLENT \
                and last_deed_event is not None and not _compatible(last_deed_event.type, m):
            # "... its forces had destroyed a Daesh hideout in Nangarhar and detained six members. The spokesman
            # said the operation was carried out in Achin and that weapons were seized": a sentence that speaks of
            # the deed told before, and tells a step of the kind that deed was, tells more of it
            link_to = next((ev for ev in reversed(events) if ev.type == m.type
                            and idx - _last_index(ev, by_start) <= max_gap
                            and (m.source is None or not m.source.id or any(
                                x.source is not None and x.source.id == m.source.id for x in ev.members))
                            and not (m.location is not None and ev.members[0].location is not None
                                     and m.location.admin1 != ev.members[0].location.admin1)), None)
        if link_to is None and refers_back and m.date is not None and m.date_precision == "day" \
                and last_deed_event is not None and last_deed_event.members[0].date != m.date:
            # "In 2021, a bus carrying Chinese engineers was bombed ... Authorities later said the attackers had
            # planned Tuesday's bombing in Afghanistan": the deed named again by its day is the one told of that day
            link_to = next((ev for ev in reversed(events) if _compatible(ev.type, m) and _of_that_day(ev, m)), None)
        if link_to is None and refers_back and m.date is None and last_deed_event is not None \
                and _recalled_before(last_deed_event, events):
            # "A suicide bomber struck a convoy near Besham on Sunday ... No Chinese citizens had been hurt since a
            # similar bombing in March 2024 killed five Chinese engineers. Investigators said ... the attack had been
            # planned in Afghanistan": the deed named again, with no time of its own, is the report's own, not the
            # one recalled from months before
            link_to = next((ev for ev in reversed(events) if ev is not last_deed_event and _compatible(ev.type, m)
                            and not _recalled_before(ev, events)), None)
        if link_to is None and refers_back and last_deed_event is not None and _told_in_passing(last_deed_event):
            # "A suicide bomber struck a crowd of lawyers ... after the body of Kasi, who was shot dead earlier in the
            # day, was brought there. ... claimed responsibility for the bombing": the deed named again is the
            # report's own, not one told in passing
            link_to = next((ev for ev in reversed(events) if ev is not last_deed_event and _compatible(ev.type, m)
                            and not _told_in_passing(ev) and idx - _last_index(ev, by_start) <= max_gap), None)
        base, base_index = last_deed_event, last_index
        if link_to is None and base is not None and not _compatible(base.type, m) and base_index == idx \
                and m.type in _VIOLENT and not (m.source and m.source.id):
            # "Pakistani jets struck hideouts in Barmal. The sources said a training camp was destroyed and several
            # militants were killed": a step of another kind told first in the sentence does not part the deed from
            # the event of its kind told before
            base = next((ev for ev in reversed(events) if ev is not last_deed_event and _compatible(ev.type, m)
                         and 0 < idx - _last_index_before(ev, by_start, idx) <= max_gap and not _charged(ev)), None)
            base_index = _last_index_before(base, by_start, idx) if base is not None else -10
        if link_to is None and base is not None and f is not None and _compatible(base.type, m) \
                and idx - base_index <= max_gap and not _starts_new_event(f, base, m, idx, base_index):
            last_deed_event, last_index = base, base_index
            first = last_deed_event.members[0]
            refers = bool(m.trigger_span) and m.trigger_span[0] in f.anaphoric_triggers
            # ("the killing of the provincial governor in March 2023" names a deed of its own month, not the one told)
            refers = refers and not (_dated_in_its_phrase(m) and _coarse_time_apart(m, first))
            # (nor is a deed named by its place and day, both another's: "The BLA claimed the attack, which killed two
            # Chinese engineers in Karachi on Sunday. The suicide bombing at the Islamabad district court killed 12
            # people on Tuesday.")
            refers = refers and not _named_elsewhere_on_another_day(m, first)
            # (a province inside the country the first report named is a closer look, not another place: "days
            # after an attack on Chinese workers in northern Afghanistan ... gunmen opened fire on a mining site in
            # Takhar province")
            own_place = m.location is not None and first.location is not None and \
                m.location.precision not in ("country", "region") and m.location.admin1 != first.location.admin1 \
                and m.location.name != first.location.name and not (
                    first.location.precision in ("country", "region") and first.location.country
                    and m.location.country == first.location.country)
            # two towns or districts of one province far apart are two places ("Militants attacked a police post in
            # Tank. In Kohat, a roadside bomb wounded three soldiers.")
            own_place = own_place or _far_apart(m.location, first.location)
            # (a sentence that names the event's place among its own is no other place: "arrested a Daesh cell in
            # Baghlan ... Six members of the cell were detained in raids in Kunduz and Baghlan")
            own_place = own_place and not (first.location is not None and first.location.precision not in (
                "country", "region") and re.search(rf"\b{re.escape(first.location.name)}\b", m.sentence) is not None)
            # (an event first told undated has the day a later report of it gives: "Militants killed 49 security
            # personnel. The most notable incident was the 19 January attack ... In Khyber, a commander was killed in
            # a targeted operation on 27 January" is another day's)
            own_date = _other_time(m, next((x for x in last_deed_event.members if x.date is not None), first))
            same_sentence = idx == by_start.get(first.char_span[0], -2)
            adds_only = not own_place and not own_date
            # "TTP militants attacked a checkpost. ISPR said 3 terrorists were killed in the retaliatory fire":
            # the forces' answer to an attack is the same battle
            # (and so is forces' killing "the attackers": "Gunmen attacked a shrine in Herat, killing 9. All 3
            # attackers were killed by Afghan security forces.")
            answers = (f.answers or bool(m.trigger_span) and m.trigger_span[0] in f.responders) and \
                first.type == "ATTACK" and m.type == "OPERATION"
            if answers and own_date and not own_place and _within_days(m, last_deed_event, 2):
                # "Militants attacked a train on Tuesday, taking passengers hostage ... The military said on
                # Wednesday that the siege had ended after security forces killed all 33 attackers": a siege's end is
                # the attack's battle, a day or two on
                adds_only = True
            # "A remote-controlled bomb killed 3 FC soldiers. The FC then conducted an operation in the area": the
            # forces' operation after an attack is a deed of its own (not the battle the attack was)
            # (the forces' killing of the attackers, "later" or not, stays the attack's battle)
            adds_only = adds_only and not (first.type == "ATTACK" and m.type == "OPERATION" and _sequel(m)
                                           and not answers)
            # ("Pakistani jets struck Khost ... Hours later, Afghan forces attacked Pakistani border posts": the other
            # side's strike told as coming after is a deed of its own, not the fight the first one was)
            # (and so is one state's forces answering another's strikes: "Pakistani warplanes struck hideouts in
            # Khost ... Afghan forces responded by targeting Pakistani military posts along the border")
            hit_back_later = (_sequel(m) or f.answers and first.type == m.type == "OPERATION") and not answers
            if refers and _claimed_days_after(f, first, m):
                m.date = first.date  # (the day given is the claim's)
            if refers or same_sentence or (adds_only and m.type in _VIOLENT and (
                    not (m.source and m.source.id) or not (first.source and first.source.id)
                    or m.source.id == first.source.id or _opposed(first, m) and not hit_back_later or answers)):
                link_to = last_deed_event
            elif adds_only and m.type == first.type and m.type not in _VIOLENT and (
                    (m.source and m.source.id) in (None, first.source and first.source.id)):
                link_to = last_deed_event
        if link_to is None and m.type in _VIOLENT and f is not None and not any(m.quantities.values()) \
                and _told_again(m) and last_deed_event is not None and not _compatible(last_deed_event.type, m):
            # "Gunmen ambushed a police patrol near Mastung ... Police later arrested four facilitators ... The
            # patrol was returning from duty when it came under fire": the victims already spoken of, with no toll of
            # their own, after a deed of another kind, are the earlier attack told again
            first_of = {id(ev): ev.members[0] for ev in events}
            link_to = next((ev for ev in reversed(events) if _compatible(ev.type, m)
                            and idx - _last_index(ev, by_start) <= 2 * max_gap and not (
                                m.location is not None and first_of[id(ev)].location is not None
                                and m.location.admin1 != first_of[id(ev)].location.admin1)), None)
        if link_to is None and refers_back and m.type in _VIOLENT and not any(m.quantities.values()) \
                and not (m.source and m.source.id) and (m.trigger or "").lower() in _ATTACK_NOUNS | _OPERATION_NOUNS:
            # "UPDATE 16:30 - Interior Minister Mohsin Naqvi said the attack was planned in Afghanistan": the attack
            # named again, however many updates after it, is the one attack the report told (a country named is
            # where it came from, not another place)
            told = [ev for ev in events if _compatible(ev.type, m)]
            if len(told) == 1 and not _other_time(m, told[0].members[0]) and (
                    m.location is None or m.location.precision in ("country", "region")):
                link_to = told[0]
        if link_to is None:
            link_to = _Event(_event_key(doc_id, m), m.type, [], [])
            events.append(link_to)
        link_to.members.append(m)
        if f is not None and f not in link_to.facts:
            link_to.facts.append(f)
        m.event = link_to.key
        last_deed_event = link_to
        last_index = idx
    # sentences with no deed of their own that speak of the last event: claims, blame, origins
    deed_starts = {m.char_span[0] for ev in events for m in ev.members}
    deed_sentences = {by_start.get(m.char_span[0]) for ev in events for m in ev.members
                      if m.modality == "asserted"}
    for i, f in enumerate(facts):
        if f.orphan_counts and i > 0 and facts[i - 1].tally and f.start not in deed_starts:
            # "Pakistan witnessed 61 attacks in February. A total of 97 people were killed.": the tally's dead
            f.orphan_counts = []
        if not (f.claimant or f.suspect or f.blamed or f.stated or f.their_group or f.origin or f.unverified
                or f.disputed_by or f.no_claim
                or f.orphan_counts or (f.operator and f.names_event)):
            continue
        ev = _event_before(events, f.start, by_start, i)
        named = None
        if f.unverified and f.start not in deed_starts:
            # "There was no independent confirmation of the raid": the deed the remark names, which need not be the
            # last one told ("Mujahid said weapons were also seized in the raid" came between)
            named = next((m for m in mentions if m.char_span[0] == f.start and m.type in DEEDS and m.trigger_span
                          and m.trigger_span[0] in f.anaphoric_triggers), None)
            if named is not None:
                ev = next((e for e in reversed(events) if e.type == named.type
                           and by_start.get(e.members[0].char_span[0], -1) < i
                           and i - _last_index(e, by_start) <= 2 * max_gap), ev)
        if f.disputed_by and not (f.claimant or f.suspect or f.blamed or f.origin or f.orphan_counts) \
                and f.start not in deed_starts and not f.names_deed and i > 0 \
                and facts[i - 1].start not in deed_starts and facts[i - 1].subject_party is not None \
                and facts[i - 1].subject_party.id:
            # "Pakistan says thousands of TTP fighters are sheltering in Afghanistan. The Taliban deny this.": the
            # denial is of the other party's word just before it, not of a deed the report told earlier
            continue
        if f.start not in deed_starts and _total_of_the_events_told(f, events, by_start, i):
            # "... killing 26 hostages. Security forces launched a rescue operation, killing 33 militants. Fatalities:
            # 59.": a record's tally of every dead, the events' own figures together, is no figure of the last
            continue
        if f.start in deed_starts and (f.claimant or f.blamed or f.suspect):
            # "The TTP claimed the Tank attack": a claim that names its attack again is that attack's, which need
            # not be the last one told
            ev = next((e for e in events if e.type == "ATTACK" and f in e.facts and any(
                x.char_span[0] == f.start for x in e.members)), ev)
        if ev is not None and (f.claimant or f.blamed or f.suspect) and f.start not in deed_starts:
            # "A bomb killed two children in Bannu. Another blast wounded three policemen in Lakki Marwat. The Hafiz
            # Gul Bahadur group claimed the one in Bannu.": a claim that names a place is the attack's told there
            ev = _attack_at(events, f, i, by_start, max_gap) or ev
        if f.their_group is not None and f.start not in deed_starts:
            # "The CTD said it had arrested a suicide bomber and his facilitator and foiled a plot ... The suspects
            # were affiliated with ISKP": the group of those every action just told was taken against
            for other in events:
                if other is not ev and other.type in ACTION_TYPES and f not in other.facts and \
                        0 <= i - _last_index(other, by_start) <= 2 and by_start.get(other.members[0].char_span[0], -1) < i:
                    other.facts.append(f)
        if ev is not None and ev.type != "ATTACK" and (f.claimant or f.blamed or f.suspect) and \
                f.start not in deed_starts:
            # "Police arrested two suspects later. The BLA claimed responsibility.": a claim or a blame is an
            # attack's, the one told before the forces' answer
            ev = next((e for e in reversed(events) if e.type == "ATTACK" and by_start.get(e.members[0].char_span[0], -1)
                       <= i and i - _last_index(e, by_start) <= 3), ev)
        if ev is not None and ev.type not in _VIOLENT and f.start not in deed_starts and any(
                c[0] in ("killed", "wounded") for c in f.orphan_counts):
            # "2 ALP were killed and 5 captured. The Taliban suffered 3 fatalities.": the dead are the fighting's,
            # not the capture's (nor those of a deed charged to the men the fighting struck)
            ev = next((e for e in reversed(events) if e.type in _VIOLENT and by_start.get(e.members[0].char_span[0], -1)
                       <= i and i - _last_index(e, by_start) <= 3 and not _charged(e)), None) or next(
                (e for e in reversed(events) if e.type in _VIOLENT and by_start.get(e.members[0].char_span[0], -1)
                 <= i and i - _last_index(e, by_start) <= 3), ev)
        if ev is not None and ev.type == "OPERATION" and f.start not in deed_starts and f.names_hostage_taking \
                and f.orphan_counts and all(c[2] == "civilian" for c in f.orphan_counts):
            # "... the operation to free the hostages had ended and all 33 militants were killed. At least 26
            # hostages died in the siege": the dead of the hostage-taking are the attack's victims, not the forces'
            # kill
            ev = next((e for e in reversed(events) if e.type == "ATTACK" and by_start.get(
                e.members[0].char_span[0], -1) <= i and i - _last_index(e, by_start) <= 3), ev)
        if ev is not None and ev.type not in _VIOLENT and f.origin is not None:
            # "Troops killed four terrorists in Zhob. The terrorists had been trying to infiltrate from Afghanistan,
            # the ISPR said, adding that weapons were recovered": where the fighters came from is the fighting's
            fought = next((e for e in reversed(events) if e.type in _VIOLENT and by_start.get(
                e.members[0].char_span[0], -1) <= i and i - _last_index(e, by_start) <= 3), None)
            if fought is not None and f not in fought.facts:
                fought.facts.append(f)
        if ev is None and (f.claimant or f.suspect or f.blamed or f.stated or f.origin or f.orphan_counts):
            # "The TTP claimed responsibility ... . The men were shot in Gujranwala.": a claim may come first (not
            # a remark that its own sentence's claim "could not be confirmed": that one speaks of no later deed)
            ev = next((e for e in events if 0 < by_start.get(e.members[0].char_span[0], -1) - i <= 2), None)
        account = _account_of_the_last_speaker(events, facts[i - 1], i, by_start, max_gap) if (
            f.unverified and f.start not in deed_starts and i > 0 and i - 1 not in deed_sentences
            and named is None) else []
        if account and ev not in account:
            ev = account[-1]
            for other in account:
                if f not in other.facts:
                    other.facts.append(f)
        if ev is not None and f not in ev.facts:
            ev.facts.append(f)
        if ev is not None and f.claims_both:
            # "A bomb killed two soldiers in Kurram. Later, another bomb went off in Orakzai. Lashkar-e-Islam claimed
            # both attacks.": the attack told before the last one is claimed too
            both = next((e for e in reversed(events) if e is not ev and e.type == "ATTACK"
                         and by_start.get(e.members[0].char_span[0], i) < i and i - _last_index(e, by_start) <= max_gap),
                        None)
            if both is not None and f not in both.facts:
                both.facts.append(f)
        if ev is not None and (f.unverified or f.disputed_by) and f.start not in deed_starts:
            # "... said its forces had detained 22 people and recovered weapons. The claims could not be verified.",
            # "... A TTP spokesman dismissed the report as propaganda.": every deed told in the sentence before is
            # in doubt, not only the last one
            last = _last_index(ev, by_start)
            for other in events:
                if other is not ev and _last_index(other, by_start) == last and f not in other.facts:
                    other.facts.append(f)
        if ev is not None and f.unverified and f.start not in deed_starts:
            last = _last_index(ev, by_start)
            # "Taliban forces killed six ISKP members in Balkh, a spokesman said. He said two others were arrested
            # during the operation. The claim could not be verified.": the party's account runs over the sentences
            # before, each deed it tells there is in doubt
            # (a deed whose doer is not named again is the teller's: "two others were arrested")
            teller = next((x.source.id for x in ev.members if x.source is not None and x.source.id), None)
            reach, quiet = last, 0
            while reach > 0:
                # (a step told with no doer, in the passive, is the teller's too: "Weapons and explosives were also
                # seized during the operation"; an attack never is)
                told = [e for e in events if e is not ev and _last_index(e, by_start) == reach - 1
                        and e.members[0].modality == "asserted" and (
                            e.type in ACTION_TYPES and (e.members[0].source is None or not e.members[0].source.id)
                            or e.members[0].source is not None and e.members[0].source.id
                            and e.members[0].source.id == (teller or e.members[0].source.id))]
                if not told and quiet == 0 and not _deed_between(events, by_start, reach - 1):
                    # a sentence of the account that tells no deed ("he said they had been planning attacks")
                    quiet += 1
                    reach -= 1
                    continue
                doers = {e.members[0].source.id for e in told if e.members[0].source and e.members[0].source.id}
                if not told or len(doers) > 1:
                    break
                teller = next(iter(doers), teller)
                for other in told:
                    if f not in other.facts:
                        other.facts.append(f)
                reach -= 1
    _series_told_first(events, by_start, dropped)
    _interdictions_fought(events, by_start)
    for ev in events:
        _date_by_the_event_told(ev, events, facts, by_start)
    for ev in events:
        _fill(ev)
    _borrow_violent_actor(events, by_start, facts, max_gap)
    _borrow_taker(events, by_start, facts)
    for ev in events:
        here = ev.members[0].location
        if here is None or here.precision in ("country", "region"):
            # "Two policemen were shot dead on Monday. The incident took place in the Kulachi area of Dera Ismail
            # Khan.": the place a following sentence gives the event it names, when it reports no deed of its own
            last = _last_index(ev, by_start)
            later = next((facts[j].location for j in range(last + 1, min(len(facts), last + 3))
                          if facts[j].names_deed and facts[j].start not in deed_starts
                          and facts[j].location is not None
                          and facts[j].location.precision not in ("country", "region")), None)
            if later is not None and (here is None or later.country in (None, here.country)):
                for m in ev.members:
                    if m.location is None or m.location.precision in ("country", "region"):
                        m.location = later
        idx = by_start.get(ev.members[0].char_span[0], -1)
        recalled = ev.members[0].date_precision in ("month", "year") and _dated_in_its_phrase(ev.members[0]) \
            and idx - 1 in deed_sentences
        if ev.members[0].location is None and not deeds_of_a_period(ev.members[0]) and not recalled:
            # (nor a deed the report recalls by its month or year after a sentence that tells another deed, whose
            # place that is: "Pakistani agencies arrested an ISKP commander in Balochistan. The suicide bombing at
            # Abbey Gate in August 2021 killed 13 US service members")
            # "The body of a man was found in Pul-e Alam (Logar). He had been shot.": the place of the sentence
            # just before, when the event's own sentences name none (not for deeds of a whole year or month: "The
            # Taliban have been cracking down on the affiliate, arresting dozens of its members this year")
            prior = (facts[idx].place_before if idx >= 0 else None) or next(
                (facts[j].location for j in range(idx - 1, max(-1, idx - 3), -1)
                 if j >= 0 and facts[j].location is not None
                 and facts[j].location.precision not in ("country", "region")), None)
            if prior is not None:
                for m in ev.members:
                    m.location = prior
    for m in mentions:  # mentions of no linked event (statements, non-asserted deeds) settle their own figures
        if any(k.endswith(("+", "?", "!", "=", "~", "^")) for k in m.quantities):
            m.quantities = merged_quantities_from(merged_quantities([m]))
    return dropped


_SEARCH = re.compile(r"\b(?:search|combing|cordon(?:ed)?(?:\s+off)?|manhunt|hunt)\b", re.I)


def _total_of_the_events_told(f: SentenceFacts, events: list[_Event], by_start: dict[int, int], i: int) -> bool:
    """``f`` tells only a tally of all the dead that equals the dead of the two or more violent events told just
    before it, added."""
    if not f.orphan_counts or not all(c[0] == "killed" and c[2] == "all" for c in f.orphan_counts) or f.claimant \
            or f.blamed or f.suspect or f.stated or f.origin is not None:
        return False
    told = [e for e in events if e.type in _VIOLENT and by_start.get(e.members[0].char_span[0], i) < i
            and i - _last_index(e, by_start) <= 3]
    if len(told) < 2:
        return False
    dead = 0
    for e in told:
        q = merged_quantities_from(merged_quantities(e.members))
        dead += sum(q.get(k, 0) for k in ("killed", "attackers_killed", "forces_killed"))
    return dead == max(c[1] for c in f.orphan_counts)


def _date_by_the_event_told(ev: _Event, events: list[_Event], facts: list[SentenceFacts],
                            by_start: dict[int, int]) -> None:
    """An undated event a sentence about the one told before says came so many days before it is dated by that
    one's day: "Pakistan carried out air strikes ... on Monday. The strikes came two days after an attack on a
    military post in Mir Ali" (the attack was on Saturday)."""
    first = ev.members[0]
    idx = by_start.get(first.char_span[0], -1)
    if any(m.date is not None for m in ev.members) or idx < 0 or not first.trigger_span:
        return
    apart = facts[idx].days_before_told.get(first.trigger_span[0])
    if apart is None:
        return
    told = next((e for e in reversed(events) if e is not ev and by_start.get(e.members[0].char_span[0], idx) < idx),
                None)
    dated = told and next((m for m in told.members if m.date is not None and m.date_precision == "day"), None)
    if dated is None or dated.date is None:
        return
    for m in ev.members:
        m.date, m.date_precision = dated.date - timedelta(days=apart[0]), apart[1]


def _search_after_attack(m: Mention, before: _Event | None) -> bool:
    """``m`` is a search the forces launched after the attack the report told, that found and struck nothing: no
    toll, no arrest, no seizure told in it ("cordoned off the area and launched a search operation", "The FC then
    conducted an operation in the area"). The forces' dead it carries are the attack's victims when the attack
    counts as many ("a bomb hit a police van, killing two policemen, and police launched a search operation")."""
    if not (m.type == "OPERATION" and m.modality == "asserted" and before is not None and before.type == "ATTACK"
            and m.trigger):
        return False
    if not (_SEARCH.search(m.trigger or "") or _SEARCH.search(_trigger_phrase(m)) or _IN_THE_AREA.match(
            m.sentence[m.trigger_span[1] - m.char_span[0]:] if m.trigger_span else "")):
        return False
    own = {k: v for k, v in m.quantities.items() if v}
    if not own:
        return True
    if set(own) - set(_FORCES_DEAD):
        return False
    told = merged_quantities(before.members)
    return all(v <= told.get(_FORCES_DEAD[k], 0) for k, v in own.items())


# an operation "in the area" of the attack just told: the hunt for its attackers
_IN_THE_AREA = re.compile(r"\s+in\s+the\s+(?:area|vicinity|surrounding\s+areas?|locality)\b", re.I)
# the forces' own dead and the wounded of an operation, and the figure an attack gives them as its victims
_FORCES_DEAD = {"forces_killed": "killed", "wounded": "wounded"}


def _trigger_phrase(m: Mention) -> str:
    """The words just before and at the trigger: "a search operation", "cordoned off"."""
    if not m.trigger_span:
        return ""
    start = m.char_span[0]
    a, b = m.trigger_span[0] - start, m.trigger_span[1] - start
    return m.sentence[max(0, a - 25):b]


def _attack_at(events: list[_Event], f: SentenceFacts, idx: int, by_start: dict[int, int],
               max_gap: int) -> _Event | None:
    """The attack told at the place a claim or a blame names, when the last one told was elsewhere."""
    here = f.location
    if here is None or here.precision in ("country", "region"):
        return None
    told = [ev for ev in events if ev.type == "ATTACK" and by_start.get(ev.members[0].char_span[0], idx) < idx
            and idx - _last_index(ev, by_start) <= max_gap]
    if len(told) < 2 or told[-1].members[0].location is None or told[-1].members[0].location.name == here.name:
        return None
    return next((ev for ev in reversed(told[:-1]) if ev.members[0].location is not None
                 and ev.members[0].location.name == here.name), None)


def _named_by_place(events: list[_Event], m: Mention, idx: int, by_start: dict[int, int],
                    max_gap: int) -> _Event | None:
    """The event an anaphor names by its place, when that is not the last event's: "A police station was stormed
    in Tank. Later, a bomb killed two people in Lakki Marwat. The TTP claimed the Tank attack." (the first)."""
    here = m.location
    if here is None or here.precision in ("country", "region") or not events:
        return None
    last = events[-1].members[0].location
    if last is None or last.name == here.name:
        return None
    # (or whose report names the place inside a larger one it is placed by: "in Dera Ismail Khan's Kulachi tehsil"
    # ... "the Kulachi attack")
    named_there = re.compile(r"\b" + re.escape(here.name) + r"\b", re.I)
    return next((ev for ev in reversed(events[:-1]) if _compatible(ev.type, m)
                 and idx - _last_index(ev, by_start) <= max_gap and ev.members[0].location is not None
                 and (ev.members[0].location.name == here.name or named_there.search(ev.members[0].sentence))
                 and not (_dated_in_its_phrase(m) and _coarse_time_apart(m, ev.members[0]))), None)


def _recalled_before(event: _Event, events: list[_Event]) -> bool:
    """``event`` is one the report recalls: dated to its month or year, more than a month before an event the
    report told before it to the day ("... on Sunday, killing three. ... since a similar bombing in March 2024")."""
    first = event.members[0]
    if first.date is None or first.date_precision not in ("month", "year"):
        return False
    return any(ev is not event and ev.members[0].date is not None and ev.members[0].date_precision in ("day", "week")
               and ev.members[0].char_span[0] < first.char_span[0]
               and (ev.members[0].date - first.date).days > 31 for ev in events)


def _named_elsewhere_on_another_day(m: Mention, first: Mention) -> bool:
    """``m`` names a place of another province than ``first``'s and another day, both its own."""
    here, there = m.location, first.location
    return here is not None and there is not None and here.precision not in ("country", "region") \
        and there.precision not in ("country", "region") and here.admin1 is not None and there.admin1 is not None \
        and here.admin1 != there.admin1 and m.date is not None and first.date is not None \
        and m.date_precision == first.date_precision == "day" and m.date != first.date


def _figure_of(text: str | None) -> int | None:
    """The figure a phrase of people opens with ("At least 13 Taliban insurgents": 13; "five militants": 5)."""
    for word in re.findall(r"[\w-]+", text or ""):
        if word.isdigit():
            return int(word)
        if word.lower() in WORD_NUMBERS and word.lower() not in ("a", "an"):
            return WORD_NUMBERS[word.lower()]
    return None


def _within_days(m: Mention, ev: _Event, days: int) -> bool:
    """``m`` is dated to a day at most ``days`` after the day of the event's first dated report."""
    dated = next((x for x in ev.members if x.date is not None and x.date_precision == "day"), None)
    return m.date is not None and m.date_precision == "day" and dated is not None and dated.date is not None \
        and 0 <= (m.date - dated.date).days <= days


def _dated_apart(m: Mention, first: Mention) -> bool:
    return m.date is not None and m.date != first.date


def _other_time(m: Mention, first: Mention) -> bool:
    """``m`` is dated to another time than ``first``'s event: another day ("on Thursday" after "on Monday"), or a
    month or a year told whole that does not hold the event's own date ("In July, a similar assault killed eight
    soldiers" or "an attack in November killed 40" after a deed of a Thursday in May)."""
    if m.date is None or first.date is None or m.date == first.date:
        return False
    if m.date_precision == "day":
        return True
    return _coarse_time_apart(m, first)


_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
# a month or a year the deed's own phrase dates it to: "the killing of a district chief in June 2022", "the 2019
# attack" (not a time told in another clause: "saying it was revenge for a militant who was hanged in December 2014")
_MONTHS = r"(?:" + "|".join(MONTH_NAMES) + ")"
_DATED_AFTER = re.compile(r"^(?:\s+(?!(?:who|which|that|when|after|before|since|was|were|is|are|had|has|have)\b)"
                          r"[\w'-]+){0,5}?\s+(?:in|of|during)\s+(?:(?:early|late|mid-?)\s*)?(?:" + _MONTHS
                          + r"(?:\s+\d{4})?|\d{4})\b", re.I)
_DATED_BEFORE = re.compile(r"\b(?:(?:19|20)\d\d|" + _MONTHS + r")(?:\s+[\w-]+){0,2}\s*$", re.I)


def _dated_in_its_phrase(m: Mention) -> bool:
    """The month or year of ``m`` is told in its trigger's own phrase."""
    if not m.trigger_span:
        return False
    at, end = m.trigger_span[0] - m.char_span[0], m.trigger_span[1] - m.char_span[0]
    return bool(_DATED_AFTER.match(m.sentence[end:]) or _DATED_BEFORE.search(m.sentence[:at]))


def _coarse_time_apart(m: Mention, first: Mention) -> bool:
    """``m``'s month or year, told whole, and ``first``'s date differ at the coarser precision of the two."""
    return _months_apart(m.date, m.date_precision, first.date, first.date_precision)


def _months_apart(when: date | None, precision: str | None, other: date | None, other_precision: str | None) -> bool:
    """A month or a year told whole (``when``) and another date differ at the coarser precision of the two."""
    if when is None or other is None or precision not in ("month", "year") or other_precision not in _PRECISION_RANK:
        return False
    coarser = max(precision, other_precision, key=_PRECISION_RANK.__getitem__)
    if coarser == "year":
        return when.year != other.year
    return (when.year, when.month) != (other.year, other.month)


# the words that count the deeds a plural noun names: "two separate attacks", "twin blasts", "a series of raids"
_SERIES_COUNT = re.compile(r"\b(?:two|three|four|five|six|twin|multiple|several|separate|coordinated|simultaneous|"
                           r"(?:a|the) (?:series|spate|string|wave) of)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _series_told_first(events: list[_Event], by_start: dict[int, int], dropped: set[int]) -> None:
    """A sentence that counts deeds ("Militants carried out two separate attacks on security forces in Khyber
    Pakhtunkhwa on Monday") before the next sentences tell them one by one ("In the first, a suicide bomber struck a
    checkpost in Bannu ... In a separate attack in Lakki Marwat, gunmen ambushed a patrol") is no deed of its own:
    its mentions are dropped, and the deeds it announced take the day and the doer it gave where they name none."""
    for ev in events:
        first = ev.members[0]
        at = by_start.get(first.char_span[0], -1)
        if at < 0 or not first.trigger_span or any(by_start.get(x.char_span[0], -1) != at for x in ev.members):
            continue
        before = first.sentence[:first.trigger_span[0] - first.char_span[0]]
        if not (first.trigger or "").lower().endswith("s") or not _SERIES_COUNT.search(before):
            continue
        told = [e for e in events if e is not ev and _compatible(ev.type, e.members[0])
                and 0 < by_start.get(e.members[0].char_span[0], -1) - at <= 4]
        if len(told) < 2:
            continue
        for m in ev.members:
            dropped.add(id(m))
        dated = next((x for x in ev.members if x.date is not None), None)
        doer = next((x.source for x in ev.members if x.source is not None and x.source.id), None)
        for e in told:
            for m in e.members:
                if dated is not None and m.date is None:
                    m.date, m.date_precision = dated.date, dated.date_precision
                if doer is not None and not (m.source and m.source.id):
                    m.source = doer
            e.facts.extend(f for f in ev.facts if f not in e.facts)


# the verbs of a step that stops militants on their way: "foiled an attempt by militants to infiltrate"
_INTERDICTIONS = frozenset({"foiled", "foil", "foils", "thwarted", "thwart", "thwarts", "repulsed", "repelled",
                            "stopped", "intercepted", "prevented"})


def _interdictions_fought(events: list[_Event], by_start: dict[int, int]) -> None:
    """Militants stopped on their way in one sentence and fought in the next ("Security forces foiled an attempt by a
    group of militants to infiltrate from Afghanistan into North Waziristan. Seven militants were killed in the
    exchange of fire.") are one operation: the stopping is the fight's first report, not a restriction of its own,
    and where the militants came from is the operation's."""
    for ev in list(events):
        first = ev.members[0]
        if ev.type != "RESTRICT" or (first.trigger or "").lower() not in _INTERDICTIONS:
            continue
        at = _last_index(ev, by_start)
        fight = next((e for e in events if e is not ev and e.type == "OPERATION"
                      and 0 < by_start.get(e.members[0].char_span[0], -1) - at <= 1
                      and all(m.source is None or not m.source.id or first.source is None or not first.source.id
                              or m.source.id == first.source.id for m in e.members if m.type == "OPERATION")), None)
        if fight is None:
            continue
        for m in ev.members:
            m.type, m.event = "OPERATION", fight.key
        fight.members[:0] = ev.members
        fight.facts[:0] = [f for f in ev.facts if f not in fight.facts]
        events.remove(ev)


def _last_index(ev: _Event, by_start: dict[int, int]) -> int:
    return max(by_start.get(x.char_span[0], -1) for x in ev.members)


def _last_index_before(ev: _Event, by_start: dict[int, int], index: int) -> int:
    """The last sentence before ``index`` that tells ``ev`` (-1 when none does)."""
    return max((i for x in ev.members if (i := by_start.get(x.char_span[0], -1)) < index), default=-1)


def _charged(ev: _Event) -> bool:
    """Every report of the event is of a deed charged to someone, an event apart from the one reported."""
    return all(m.trigger_span and any(m.trigger_span[0] in f.charged_triggers for f in ev.facts) for m in ev.members)


def _borrow_violent_actor(events: list[_Event], by_start: dict[int, int], facts: list[SentenceFacts],
                          max_gap: int) -> None:
    """A deed done in an event already reported takes that event's actor: "four hideouts were also destroyed in
    the strikes", "two suspects were held during the raid" (in a sentence that names nobody) are the strikes'
    and the raid's."""
    for k, ev in enumerate(events):
        if ev.type in _VIOLENT or any(m.source and m.source.id for m in ev.members):
            continue
        refers = False
        for m in ev.members:
            idx = by_start.get(m.char_span[0], -1)
            if idx >= 0 and m.trigger_span and m.trigger_span[0] in facts[idx].anaphoric_triggers \
                    and (m.trigger or "").lower() not in ANAPHORIC_NOUNS:
                refers = True
        if not refers:
            continue
        first_idx = by_start.get(ev.members[0].char_span[0], -1)
        # (not a deed the report charged someone with: "the militants had been involved in the recent bombing"; the
        # event may be named again after: "... destroyed in the operation. The operation was carried out ...")
        prior = next((p for p in reversed(events[:k]) if p.type in _VIOLENT and not _charged(p)
                      and 0 <= first_idx - _last_index_before(p, by_start, first_idx) <= max_gap), None)
        source = prior.members[0].source if prior is not None else None
        if source is None or not source.id:
            continue
        told = prior.members[0]
        for m in ev.members:
            m.source = source
            m.perpetrator_basis = m.perpetrator_basis or "stated"
            if m.date is None and told.date is not None:
                m.date, m.date_precision = told.date, told.date_precision  # (its day is the event's)


# what was taken from the people or the place of the deed before: "weapons were recovered from their possession"
# a seizure told as part of what was just reported: "Weapons and explosives were also recovered", "... seized during
# the raid"
_TAKEN_WITH_IT = re.compile(r"\b(?:were|was|have been|had been) also (?:recovered|seized|confiscated|found)\b|"
                            r"\b(?:recovered|seized|confiscated|found) (?:during|in) the (?:operations?|raids?|"
                            r"search(?:es)?|arrests?)\b", re.I)
_TAKEN_FROM_THEM = re.compile(r"\b(?:from (?:their|his|its|them|him|the (?:(?:slain|dead|killed|arrested|detained) )?"
                              r"(?:suspects?|detainees?|accused|arrested|militants?|terrorists?|insurgents?|attackers?|"
                              r"gunmen|hideouts?|compound|house|premises))|in their possession|on them|their "
                              r"(?:hideouts?|houses?|possession|accounts?))\b", re.I)


# words of a run of deeds up to now: "this year", "so far", "since January", "in recent months", "have been arresting"
_RUN_UP_TO_NOW = re.compile(r"\b(?:this (?:year|month)|so far|since|in recent (?:weeks|months|years)|over the (?:past|last)"
                            r" (?:\w+ )?(?:weeks|months|years)|(?:have|has) been \w+ing)\b", re.I)


def deeds_of_a_period(m: Mention) -> bool:
    """``m`` tells a run of deeds over a year or a month up to now ("The Taliban have been cracking down on the
    affiliate, arresting dozens of its members this year"), not one deed of that year or month ("In March, a
    similar attack killed two constables"): it has no place another sentence names."""
    return m.date_precision in ("year", "month") and bool(_RUN_UP_TO_NOW.search(m.sentence))


def _borrow_taker(events: list[_Event], by_start: dict[int, int], facts: list[SentenceFacts]) -> None:
    """A seizure nobody is named for, in the sentence of a state's arrest or raid or the one after, and from its
    people or place or told as part of it, is that state's: "Police arrested three suspects in Chaman. Weapons were recovered from
    their possession.", "Troops killed nine terrorists in a raid. Weapons and explosives were also recovered." A
    seizure so told is also from the group the arrest or raid was against, and of its day, when it names none."""
    for k, ev in enumerate(events):
        if ev.type not in ("DISMANTLE", "FINANCE") or k == 0:
            continue
        first = ev.members[0]
        idx = by_start.get(first.char_span[0], -1)
        if idx < 0 or facts[idx].new_event:
            continue
        # (told with no one at all, "Explosives and suicide vests were seized", the seizure is the arrest's told
        # just before; a seizure further on says it was theirs: "from their hideout", "were also recovered")
        said_theirs = bool(_TAKEN_FROM_THEM.search(first.sentence) or _TAKEN_WITH_IT.search(first.sentence))
        doer = next((m.source.id for m in ev.members if m.source and m.source.id), None)
        if doer is not None and (not said_theirs or any(m.groups for m in ev.members)):
            continue  # (a seizure its own words give a doer keeps it; only the group it was taken from is sought)
        if not said_theirs and any(m.source is not None for m in ev.members):
            continue
        # the deed told last, over sentences that tell none ("... killed six militants in a raid. He said they
        # had been planning attacks. Weapons were seized from the house.")
        prior = next((e for e in reversed(events[:k]) if e.members[0].modality == "asserted"
                      or _last_index(e, by_start) < idx - 2), events[k - 1])
        lead = prior.members[0]
        # (the deed's report nearest before the seizure: later sentences may tell more of it, "the arrested men")
        near = max((by_start.get(m.char_span[0], -1) for m in prior.members
                    if by_start.get(m.char_span[0], -1) <= idx), default=-1)
        if prior.type not in ("ARREST", "OPERATION") or near not in (idx - 2, idx - 1, idx) \
                or lead.source is None or not lead.source.id or lead.modality != "asserted" \
                or near == idx - 2 and (_deed_between(events, by_start, idx - 1) or not said_theirs) \
                or doer is not None and doer != lead.source.id:
            continue
        for m in ev.members:
            if doer is None:
                m.source = lead.source
                m.perpetrator_basis = m.perpetrator_basis or "stated"
            if not m.groups and lead.groups:
                # "Taliban forces arrested two Daesh members. They also seized suicide vests from the house": what
                # was taken from them was taken from their group, on their day
                m.groups = list(lead.groups)
                if m.date is None and lead.date is not None:
                    m.date, m.date_precision = lead.date, lead.date_precision


def _deed_between(events: list[_Event], by_start: dict[int, int], index: int) -> bool:
    """Some sentence at ``index`` tells an asserted deed of its own."""
    return any(by_start.get(m.char_span[0]) == index and m.modality == "asserted" for e in events for m in e.members)


_SEQUEL = re.compile(r"\b(?:then|later|subsequently|afterwards|thereafter)\b", re.I)


def _sequel(m: Mention) -> bool:
    """The mention's own clause says it came after what was told before: "The FC then conducted an operation"."""
    if not m.trigger_span:
        return False
    return bool(_SEQUEL.search(m.sentence[:m.trigger_span[0] - m.char_span[0]]))


def _new_event_for(f: SentenceFacts, m: Mention) -> bool:
    """The sentence's words of a new event concern ``m``: all of them do, except for a subject anaphor, which only
    those before it make new ("The arrests came days after a suicide bombing in Kabul": the arrests told before)."""
    if not f.new_event:
        return False
    if m.trigger_span and m.trigger_span[0] in f.subject_anaphors:
        return any(p < m.trigger_span[0] for p in f.new_event_at)
    return True


def _starts_new_event(f: SentenceFacts, ev: _Event, m: Mention, idx: int, last_index: int) -> bool:
    """The words of a new event ("in a separate attack", "a search operation") stand before ``m`` in its sentence
    and after the event before it. Within one sentence only the words between the two count: "troops were
    conducting a search operation when militants opened fire at them" is one battle."""
    if not f.new_event:
        return False
    first = ev.members[0]
    at = f.new_event_at
    if m.type == first.type and m.type not in _VIOLENT and first.date is None and m.trigger_span \
            and m.trigger_span[0] in f.victims_told and not (m.source and m.source.id):
        # "The Afghan interim government has handed over two members of ETIM to Chinese authorities ... The two
        # suspects were transferred to China last week": the people told before, the words of time date the step
        # told undated, they tell no other one
        return False
    if m.trigger_span and m.trigger_span[0] in f.anaphoric_triggers and m.trigger_span[0] not in f.subject_anaphors:
        # "the attackers had crossed from Paktika a day earlier and fled back after the attack": words of another
        # time in another clause than the anaphor date that clause's deed, not the event the anaphor names
        own = f.clause_of.get(m.trigger_span[0])
        at = [p for p in at if (own is None or f.clause_of.get(p) in (None, own))
              and not _timed_by_it(m, p)]
        if not at:
            return False
    own_clause = f.clause_of.get(m.trigger_span[0]) if m.trigger_span else None
    if own_clause is not None and m.trigger_span and m.trigger_span[0] not in f.anaphoric_triggers:
        # "Troops responded and killed three khwarij, the ISPR said, adding that the khwarij had crossed from Afghan
        # territory a day before the attack": words of another time in a clause of another verb than the deed's
        # date that clause, not the deed
        at = [p for p in at if f.clause_of.get(p) in (None, own_clause)]
        if not at:
            return False
    if m.trigger_span and m.trigger_span[0] in f.responders and first.type == "ATTACK" and all(
            _SEQUEL_WORD.match(word) for word in _words_at(m, at)):
        # "Security forces killed three of the attackers in a subsequent exchange of fire": the attackers of the
        # attack told, killed as it went on, not another deed
        return False
    if _claimed_days_after(f, first, m) and all(p in f.weekday_at for p in at):
        return False  # "claimed responsibility for the attack ... on Monday", after Sunday's bombing: the claim's day
    if m.date is not None and (m.date == first.date or first.date is None) and m.date_precision == "day" and all(
            p in f.weekday_at for p in at):
        return False  # "claimed responsibility for the bombing late on Thursday": the event's own day (or the day
        # of an event first named undated: "days after an attack on Chinese workers ... opened fire on Wednesday")
    if idx != last_index and m.trigger_span and m.trigger_span[0] in f.subject_anaphors:
        # "The attack comes weeks after Pakistan asked Kabul to act": the words of another time after the subject
        # anaphor speak of something else; before it they make it new ("In a separate attack ..."), and so they
        # do after an anaphor in another role ("linked to the convoy attack near Miranshah a day earlier")
        return any(p < m.trigger_span[0] for p in at)
    if idx != last_index or not m.trigger_span:
        return True
    before = max((x.trigger_span[0] for x in ev.members if x.trigger_span and x.trigger_span[0] < m.trigger_span[0]),
                 default=None)
    return before is None or any(before < p < m.trigger_span[0] for p in at)


_SEQUEL_WORD = re.compile(r"subsequent|follow-?up|afterwards", re.I)


def _words_at(m: Mention, at: list[int]) -> list[str]:
    """The words of a new event standing at document offsets ``at`` in ``m``'s sentence."""
    start = m.char_span[0]
    return [m.sentence[p - start:p - start + 12] for p in at]


def _claimed_days_after(f: SentenceFacts, first: Mention, m: Mention) -> bool:
    """``m`` is the deed a claim names again ("The Islamic State claimed responsibility for the attack on Monday")
    and the day the sentence gives is a day or three after the event's: the day of the claim, which comes after the
    deed, not of another deed."""
    return f.claimant is not None and bool(m.trigger_span) and m.trigger_span[0] in f.anaphoric_triggers \
        and m.date is not None and first.date is not None and m.date_precision == "day" \
        and first.date_precision == "day" and 0 < (m.date - first.date).days <= 3


# the words of another time that end on the anaphor they are counted from: "Hours after the attack, the TTP
# claimed responsibility" (the attack is the one told; what comes after it is the claim)
_COUNTED_FROM = re.compile(r"(?:minutes?|hours?|days?|weeks?) (?:after|before) (?:the|this|that)\s+(?:[\w-]+\s+){0,2}",
                           re.I)


def _timed_by_it(m: Mention, at: int) -> bool:
    """The words of another time standing at document offset ``at`` are counted from ``m``'s own anaphor."""
    start = m.char_span[0]
    return bool(m.trigger_span) and at >= start and bool(
        _COUNTED_FROM.fullmatch(m.sentence[at - start:m.trigger_span[0] - start]))


# how far apart two places of one province must lie to be told apart: two towns beyond a town's reach; a district
# (placed at its seat) and another place beyond the reach of a district's edge, so a town told inside its district
# is not another place
_TOWN_REACH_KM = 15.0
_DISTRICT_REACH_KM = 80.0
_TOWNS = frozenset({"point", "village", "town", "city"})


def _far_apart(a: Location | None, b: Location | None) -> bool:
    """Two places of different names of which neither can be inside the other: two districts, or two places known to
    the gazetteer by their coordinates too far apart for one to hold the other."""
    if a is None or b is None or a.name == b.name or a.country != b.country:
        return False
    if a.precision == "admin2" and b.precision == "admin2":
        return True  # two districts: neither is inside the other
    if None in (a.lat, a.lon, b.lat, b.lon) or a.precision in ("country", "region", "admin1") \
            or b.precision in ("country", "region", "admin1"):
        return False
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    reach = _TOWN_REACH_KM if a.precision in _TOWNS and b.precision in _TOWNS else _DISTRICT_REACH_KM
    return km((a.lat, a.lon), (b.lat, b.lon)) > reach


def _opposed(first: Mention, m: Mention) -> bool:
    """Two violent mentions of one battle: the second's actor is the first's target or vice versa."""
    ids = lambda r: r.id if r else None  # noqa: E731
    return bool(ids(m.source)) and ids(m.source) in (ids(first.target),) or \
        bool(ids(first.source)) and ids(first.source) == ids(m.target) or \
        _fighters_named_again(first, m)


def _fighters_named_again(first: Mention, m: Mention) -> bool:
    """An attack whose doers are the unnamed militants the forces' operation just struck, named again ("Two
    terrorists were killed ... when police foiled an attack on a checkpost. ... the terrorists, belonging to Fitna al
    Khawarij, opened fire on the post"): one fight."""
    return first.type == "OPERATION" and m.type == "ATTACK" and m.source is not None and bool(m.source.id) \
        and first.target is not None and not first.target.id and bool(_GENERIC_MILITANTS.search(first.target.text or "")) \
        and bool(_THOSE_FIGHTERS.search(m.sentence))


# the unnamed fighters told before, named again: "the terrorists", "these militants"
_THOSE_FIGHTERS = re.compile(r"\b(?:the|these|those)\s+(?:militants|terrorists|attackers|assailants|insurgents|khawarij|"
                             r"khwarij|gunmen)\b", re.I)


def _event_before(events: list[_Event], start: int, by_start: dict[int, int], idx: int) -> _Event | None:
    """The event a sentence with no deed of its own speaks of: the one told last before it (the one a later
    sentence told on counts as told then: "Pakistan carried out strikes in Paktika. The strikes targeted camps
    used by militants who had attacked a checkpoint. The Taliban said 46 people were killed in the strikes.
    Pakistan did not confirm the strikes.")."""
    best, best_last = None, -1
    for passing in (False, True):
        for ev in events:
            if _told_in_passing(ev) != passing:
                continue
            first_idx = by_start.get(ev.members[0].char_span[0], -1)
            last = max((by_start.get(x.char_span[0], -1) for x in ev.members
                        if by_start.get(x.char_span[0], -1) <= idx), default=-1)
            # (of two events told last in one sentence, the one reported, not a deed charged to those it struck:
            # "the strikes targeted commanders behind recent attacks. Mujahid said ten civilians were killed.")
            if first_idx <= idx and idx - last <= 3 and (last > best_last or last == best_last and not (
                    best is not None and _charged(ev) and not _charged(best))):
                best, best_last = ev, last
        if best is not None:
            # (a deed told only in passing, in a relative clause, is what a later sentence speaks of only where no
            # event told as the report's own is in reach: "A suicide bomber struck lawyers gathered at the hospital
            # ... after the body of Kasi, who was shot dead earlier in the day, was brought there. Officials later
            # said the toll had risen to 70" is the bombing's toll)
            return best
    return best


def _told_in_passing(ev: _Event) -> bool:
    """Every report of the event is a relative clause on someone named in another deed's report."""
    return all(m.trigger_span is not None and any(m.trigger_span[0] in f.relative_triggers for f in ev.facts)
               for m in ev.members)


def _fill(ev: _Event) -> None:
    members = ev.members
    first = members[0]
    # one event, one type: an attack and the clash it turned into are one battle, typed by the side that
    # started it (the first report whose actor is named and who is not answering), else by the first report
    etype = first.type
    if etype in _VIOLENT and all(m.trigger_span and any(m.trigger_span[0] in f.charged_triggers for f in ev.facts)
                                 for m in members):
        # the deed a blame charges: the blamed group's attack, whoever acts in the sentence (or the operation of the
        # state its own phrase names: "in retaliation for the Pakistani bombing")
        etype = "OPERATION" if all(m.type == "OPERATION" for m in members) else "ATTACK"
    elif etype in _VIOLENT:
        decided = False
        answering = None  # the role of a side named only as answering ("forces killed the attackers")
        for weak in (False, True):
            for m in members:
                f = next((x for x in ev.facts if x.start == m.char_span[0]), None)
                if f is None or not m.trigger_span or (m.trigger_span[0] in f.sided) != weak:
                    continue
                role = f.agent_roles.get(m.trigger_span[0])
                if role and m.trigger_span[0] in f.responders:
                    answering = answering or role
                if role and m.trigger_span[0] not in f.responders:
                    # an abduction stays one whoever takes the people ("disappeared by security agencies")
                    abduction = m.type == "ATTACK" and m.acled_subtype == "ABDUCT_DISSAP"
                    etype = "OPERATION" if role == "state" and not abduction else "ATTACK"
                    decided = True
                    break
            if decided:
                break
        if not decided and any(f.group_attributed for f in ev.facts):
            # nobody named acts, but an armed group claims the deed or is blamed for it: a group's attack
            # ("Rockets were fired at a border post. Officials said TTP militants were responsible.")
            etype, decided = "ATTACK", True
        def told_apart(m: Mention) -> bool:
            # (an attack told in a sentence of its own, with armed men in it: "Seven soldiers were martyred when a
            # group of terrorists rammed a vehicle into a post. All six terrorists were killed by troops")
            f = next((x for x in ev.facts if x.start == m.char_span[0]), None)
            return f is not None and f.armed_words and not f.responders and any(
                x.all_attackers_killed for x in ev.facts)

        if not decided and answering == "state" and any(
                m.type == "ATTACK" and ((m.trigger or "").lower() in _ATTACK_NOUNS | {"under attack"} or told_apart(m))
                for m in members):
            # "A police station came under attack. Police repulsed the attack and killed two assailants": the forces
            # answer an attack the report tells, by those they killed
            etype, decided = "ATTACK", True
        if not decided and answering is not None:
            # a side named only as answering, in an event no report of which names who attacked, is the side that
            # fought ("Police killed two attackers after a gunfight in Karachi")
            etype, decided = ("OPERATION" if answering == "state" else "ATTACK"), True
        if not decided and all(m.trigger_span and any(m.trigger_span[0] in f.forces_harmed for f in ev.facts)
                               for m in members):
            decided = True  # "Two soldiers killed in North Waziristan": the forces' dead are an attack's victims
        if not decided:
            # nobody named acts in any sentence of the event: the learned reading of its sentences decides
            votes: dict[str, float] = {}
            for f in ev.facts:
                if any(m.trigger_span and m.trigger_span[0] in f.earlier_triggers for m in members):
                    continue  # (the sentence's reading is of its own deed, not of one it came days after)
                if f.kind and f.kind[0] in _VIOLENT:
                    votes[f.kind[0]] = votes.get(f.kind[0], 0.0) + f.kind[1]
            if votes:
                best = max(votes, key=votes.get)
                if votes[best] >= 0.6 and votes[best] > 1.5 * votes.get("ATTACK" if best == "OPERATION" else
                                                                       "OPERATION", 0.0):
                    etype = best
    location = next((m.location for m in members if m.location and m.location.precision not in ("country", "region")),
                    None) or first.location
    dated = next((m for m in members if m.date is not None), None)
    # who did it: the actor a report of the deed names as its subject or "by" phrase; else the party that
    # claimed it, is suspected or is blamed; else a group another report of the event names
    def named_agent(m: Mention) -> bool:
        f = next((x for x in ev.facts if x.start == m.char_span[0]), None)
        return bool(f is not None and m.trigger_span and m.trigger_span[0] in f.agent_roles)

    lead = next((m for m in members if m.type == etype), first)
    explicit = next((m.source for m in members if m.type == etype and m.source and m.source.id and named_agent(m)),
                    None)
    source = explicit
    basis = None if explicit is None or explicit is lead.source else "stated"
    if basis == "stated" and etype == "ATTACK" and explicit is not None and explicit.text and any(
            m.source is explicit and m.attribution is not None and explicit.text.lower() in m.attribution.text.lower()
            for m in members):
        basis = "claimed"  # "The BLA said it had taken control of the train": the group's word on its own deed
    elif basis == "stated" and any(m.source is explicit and m.attribution is not None and m.attribution.kind in (
            "official", "anonymous") for m in members):
        basis = "blamed"  # "officials said the attack was carried out by the BLA": their word, in another sentence
    claim = next((f.claimant for f in ev.facts if f.claimant), None)
    suspect = next((f.suspect for f in ev.facts if f.suspect), None)
    blamed = next((f.blamed for f in ev.facts if f.blamed), None)
    stated = next((f.stated for f in ev.facts if f.stated), None)
    if etype == "ATTACK":
        if claim is not None and claim.id and (source is None or source.id == claim.id or source.id in {
                x.id for x in (blamed, suspect) if x is not None and x.id}):
            # (a group's claim outweighs another party's blame or suspicion: "The ISPR blamed Fitna al-Hindustan for
            # the attack, and the Baloch Liberation Front later claimed responsibility")
            source, basis = claim, "claimed"
        elif source is None and suspect is not None and suspect.id:
            source, basis = suspect, "suspected"
        elif source is None and blamed is not None and blamed.id:
            source, basis = blamed, "blamed"
        elif source is None and stated is not None and stated.id:
            source, basis = stated, "stated"
        elif basis is None and source is not None and suspect is not None and source.id == suspect.id and any(
                f.suspect is suspect and f.start == lead.char_span[0] for f in ev.facts):
            basis = "suspected"  # "suspected TTP militants shot dead two policemen": named, but as suspects
        elif basis is None and source is not None and blamed is not None and source.id == blamed.id and any(
                f.blamed is blamed and f.start == lead.char_span[0] for f in ev.facts):
            basis = "blamed"  # "officials said the TTP ordered the March attack": named, as the party blamed
        elif basis == "stated" and source is not None and source.id in (
                suspect and suspect.id, blamed and blamed.id):
            # "Officials blamed the BLF for the attack": named in the blame itself, the party is still blamed
            basis = "suspected" if suspect is not None and source.id == suspect.id else "blamed"
    if source is None:
        weak = lead.source if lead.source and lead.source.id else next(
            (m.source for m in members if m.type == etype and m.source and m.source.id and
             (first.target is None or m.source.id != (first.target.id if first.target else None))), None)
        if weak is not None:
            # (a member that knows how it knows keeps it: the blame that charged it with the deed)
            own_basis = next((m.perpetrator_basis for m in members if m.source is weak and m.perpetrator_basis), None)
            source, basis = weak, (None if weak is lead.source else own_basis or "stated")
        else:
            source = lead.source or first.source
    if etype == "OPERATION" and (source is None or not source.id):
        # "... killed in a shootout. The shootout took place during a raid conducted by Rangers."
        operator = next((f.operator for f in ev.facts if f.operator), None)
        if operator is not None:
            source, basis = operator, "stated"
    if etype == "ATTACK" and (source is None or not source.id) and any(f.answers or f.responders for f in ev.facts):
        # "At least 13 Taliban insurgents were killed and seven others wounded when security forces repulsed an attack
        # on their checkpoints": the attackers' own dead, counted by the group they belong to, name who attacked (in
        # a report of the forces answering; not "46 militants killed in attack on Pakistan Taleban")
        own_dead = max((n for m in members for k, n in m.quantities.items()
                        if k.rstrip("+?!=~^") == "attackers_killed"), default=0)
        fallen = next((m for m in members if own_dead and m.target is not None and m.target.id
                       and m.target.id in m.groups and _figure_of(m.target.text) == own_dead), None)
        if fallen is not None and fallen.target is not None:
            source, basis = fallen.target, "stated"
            for m in members:
                if m.target is not None and m.target.id == source.id:
                    m.target = None
    if source is not None and not source.id and _GENERIC_MILITANTS.search(source.text or "") and \
            not _UNNAMED.search(source.text or ""):
        # "Militants attacked a checkpost" in a report that names one group as those militants: they are that
        # group's (an unnamed "unknown gunman" is never given one)
        named = {g for m in members for g in m.groups} - {m.target.id for m in members if m.target and m.target.id
                                                           and not _GENERIC_MILITANTS.search(m.target.text or "")}
        if len(named) == 1:  # (the victims' group is not the attackers': "a peace committee leader was shot")
            gid = next(iter(named))
            if etype == "ATTACK":
                source, basis = ActorRef(gid, source.text), basis or "stated"
    # (where the attackers came from before where their planners were)
    origin = next((f.origin for f in ev.facts if f.origin and f.origin.country and not f.origin_of_authors), None) \
        or next((f.origin for f in ev.facts if f.origin and f.origin.country), None)
    denier = next((f.disputed_by for f in ev.facts if f.origin_denied and f.disputed_by), None)
    if origin is not None and denier is not None and origin.disputed_by is None:
        # "The Islamic Emirate rejected allegations that the attack was launched from Afghan soil": the origin, told
        # on another's word, with its denial beside it
        origin = Origin(origin.country, origin.admin1, origin.basis, origin.sentence, denier)
    if origin is None:
        # "from across the border": the one state across the border of the province the event was in
        across_told = next((f for f in ev.facts if f.origin), None)
        across = across_told.origin if across_told is not None else None
        # (the place the crossing sentence names, where no sentence of the deed names one: "... khwarij who were
        # trying to infiltrate through the Pakistan-Afghanistan border in Hassan Khel area. Own troops engaged the
        # infiltrators ...")
        where = location if location is not None or across_told is None else across_told.location
        country = (ACROSS_THE_BORDER.get(where.admin1 or "") or ACROSS_THE_BORDER_BY_PLACE.get(where.name)) \
            if across is not None and where is not None and where.country in ("AF", "PK") else None
        origin = Origin(country, None, across.basis, across.sentence) if across is not None and country else None
    told_here = {m.char_span[0] for m in members}
    harmed = any(v > 0 for m in members for k, v in m.quantities.items()
                 if k.rstrip("+?!~^") in ("killed", "wounded", "forces_killed", "dead=") and not k.endswith("!")) or any(
        n > 0 and kind in ("killed", "wounded") and f.start not in {m.char_span[0] for m in members}
        for f in ev.facts for kind, n, *_ in f.orphan_counts)  # ("Five Chinese nationals ... have been killed")
    # (an allegation made without evidence about an attack that killed or wounded people, in a sentence that tells
    # none of it, puts the allegation in doubt, not the attack: "Afghanistan's foreign ministry said Pakistan had
    # provided no evidence and that Afghan soil was not used")
    doubted_allegations = [f for f in ev.facts if etype == "ATTACK" and harmed and f.evidence_lacking and all(
        m.trigger_span and m.trigger_span[0] in f.anaphoric_triggers for m in members if m.char_span[0] == f.start)]
    facts_on_the_deed = [f for f in ev.facts if not any(f is d for d in doubted_allegations)]
    # (a claim of responsibility that could not be verified leaves in doubt a deed known only from it; a deed
    # another sentence of the report tells is told)
    told_apart = {m.char_span[0] for m in members} - {f.start for f in ev.facts if f.claimant is not None}
    unverified = any(f.unverified and not (f.claim_unverified and told_apart - {f.start}) for f in facts_on_the_deed)
    if origin is not None and origin.disputed_by is None and doubted_allegations:
        denier = next((f.disputed_by for f in doubted_allegations if f.disputed_by), None)
        if denier is not None:
            origin = Origin(origin.country, origin.admin1, origin.basis, origin.sentence, denier)
    # (a sentence that reports no part of the event and denies its own report denies that report alone: "The
    # Taliban banned the TTP from using Afghan soil. Pakistan says the TTP operates from sanctuaries in
    # Afghanistan, a charge the Taliban deny.")
    denials = [f for f in facts_on_the_deed if f.disputed_by and (
        f.disputes_own if f.start == first.char_span[0] else not (f.disputes_own and f.start not in told_here))]
    # (the dead an armed group says it inflicted are its word alone, no harm on record: "Fighters of the National
    # Resistance Front said they killed 12 Taliban fighters", which the Taliban deny: ``harmed`` counts no "!"
    # figure)
    if etype == "ATTACK" and harmed and denials:
        # an attack that killed or wounded people is not undone by a denial: what a party denies is where the
        # attackers came from ("the Taliban rejected the allegation") or who they were; the origin keeps the
        # denial beside it. An attack known only from a claim ("the Houthis said they struck a US ship", which the
        # Pentagon denies) stays disputed
        if origin is not None and origin.disputed_by is None:
            origin = Origin(origin.country, origin.admin1, origin.basis, origin.sentence, denials[0].disputed_by)
        denials = []
    disputed = bool(denials) or any(f.disputed_by and f.unverified for f in facts_on_the_deed)
    verification = "disputed" if disputed else "unverified" if unverified else None
    # a sentence read both ways ("one civilian and one Rangers official were killed as Rangers and suspects
    # exchanged fire"): its reading as the event's own type tells the sides apart; a retyped one cannot
    own_reading = {m.char_span[0]: m.quantities for m in members if m.type == etype}
    for m in members:
        if m.type != etype and m.type in _VIOLENT and etype in _VIOLENT:
            f = next((x for x in ev.facts if x.start == m.char_span[0]), None)
            m.quantities = dict(own_reading[m.char_span[0]]) if m.char_span[0] in own_reading else \
                retyped_figures(m.quantities, m.type, etype, f.dead_sides if f is not None else None)
            if etype == "ATTACK" and m.source is not None and m.source.id and (source is None or
                                                                                source.id != m.source.id):
                # "Security forces responded and killed four attackers", read as part of the attack: the forces
                # are the side attacked, the attack's actor is the event's (a group's own report of a deed read
                # into an operation keeps its actor: the operation's type may be the one mistaken)
                m.target, m.source = m.source, source
    quantities = merged_quantities(members)
    member_starts = {m.char_span[0] for m in members}
    for f in ev.facts:
        if f.orphan_counts and f.start not in member_starts and not _counted_another_time(f, dated):
            for key, n in orphan_figures(etype, f.orphan_counts).items():
                quantities[key] = quantities.get(key, 0) + n if key.endswith("+") else \
                    min(quantities.get(key, n), n) if key.endswith(("?", "!")) else max(quantities.get(key, 0), n)
    quantities = merged_quantities_from(quantities)
    groups: list[str] = []
    for m in members:
        groups.extend(g for g in m.groups if g not in groups)
    # the group of those the action was taken against, named in another sentence: "Pakistani security forces killed
    # 12 militants in North Waziristan. The army said the militants were members of the TTP."
    their = next((f.their_group for f in ev.facts if f.their_group), None) if etype in ACTION_TYPES else None
    if their is not None and (source is None or source.id != their.id):
        if their.id not in groups:
            groups.append(their.id)
        for m in members:
            if m.target is None or not m.target.id:
                m.target = their
    if etype == "ATTACK":  # every group that claimed the attack is one of its groups, not only the first
        for f in ev.facts:
            groups.extend(c.id for c in [*f.claimants, f.claimant] if c is not None and c.id and c.id not in groups)
        # (and so is the group the attackers are said to belong to: "the attackers belonged to Fitna al-Khawarij
        # ... Ittehad-ul-Mujahideen Pakistan claimed responsibility")
        groups.extend(dict.fromkeys(f.attackers_group.id for f in ev.facts if f.attackers_group is not None
                                    and f.attackers_group.id and f.attackers_group.id not in groups))
    # a second group claiming the attack is one of its groups, not its perpetrator: "The BLF claimed the attack.
    # The BRA also claimed responsibility for the blast." stays the BLF's, the first to claim it
    rival_claimants = {c.id for f in ev.facts for c in [*f.claimants, f.claimant] if c is not None and c.id} - {
        source.id if source is not None else None} if etype == "ATTACK" and basis == "claimed" else set()
    # (and a party blamed or suspected gives way to the group that claimed it, in every report of the event)
    outweighed = {x.id for x in (blamed, suspect) if x is not None and x.id} - {source.id if source else None} \
        if etype == "ATTACK" and basis == "claimed" else set()
    for m in members:
        if m.source is not None and m.source.id in rival_claimants:
            m.source, m.perpetrator_basis = None, None
        if m.source is not None and m.source.id in outweighed:
            m.source, m.perpetrator_basis = source, basis
        if m.type != etype:
            m.type = etype
            m.acled_subtype = first.acled_subtype
        if location is not None and (m.location is None or m is not first
                                     or m.location.precision in ("country", "region")):
            m.location = location
        if dated is not None and m.date is None:
            m.date, m.date_precision = dated.date, dated.date_precision
        if source is not None and (m.source is None or not m.source.id or m is first) and not (
                m is not first and source.id and m.target is not None and m.target.id == source.id):
            # (not to a sentence that tells the actor's own side hit: "The resistance said its fighters killed
            # five Taliban fighters in the clash" is no Taliban deed on the Taliban)
            m.source = source
            if basis and m.perpetrator_basis is None:
                m.perpetrator_basis = basis
        elif basis not in (None, "stated") and source is not None and source.id and m.source is not None \
                and m.source.id == source.id and m.perpetrator_basis is None:
            m.perpetrator_basis = basis  # the claim's own sentence names the group too: one event, one basis
        m.groups = list(groups)
        if origin is not None and etype in _VIOLENT:  # (where attackers came from; an arrest is launched from nowhere)
            m.launched_from = origin
        if verification:
            m.verification = verification
        m.quantities = dict(quantities)


def _counted_another_time(f: SentenceFacts, dated: Mention | None) -> bool:
    """The sentence's figures are dated to a month or year that is not the event's own: "A bomb blast tore through a
    gathering in Bajaur on Sunday ... In July 2023, 63 people were killed at a rally there"."""
    if f.counts_dated is None or dated is None:
        return False
    return _months_apart(*f.counts_dated, dated.date, dated.date_precision)


def orphan_figures(etype: str, counts: list[tuple[str, int, str, bool, int, str]]) -> dict[str, int]:
    """Figures of a sentence with no deed of its own, read for an event of type ``etype``: the acting side's
    own dead apart, the groups of one predicate added and the figures of different predicates for one side the
    larger of them ("the death toll rose to 3 after two injured policemen died": 3), as
    ``Extractor._quantities_for`` does."""
    own = "state" if etype == "OPERATION" else "armed"
    out: dict[str, int] = {}
    sums: dict[tuple[str, int], int] = {}
    again: dict[tuple[str, int], bool] = {}
    for kind, n, side, additive, pred, word in counts:
        if kind == "arrested":
            key = "arrested" if etype in ("ARREST", "OPERATION", "DISMANTLE", "EXTRADITE") else None
        elif kind == "abducted":
            key = "abducted" if etype == "ATTACK" else None
        elif etype not in _VIOLENT:
            key = None
        elif kind == "killed" and side == "all":
            key = "dead="
        elif kind == "killed":
            key = ("forces_killed" if etype == "OPERATION" else "attackers_killed") if side == own else "killed"
            if word == "^" and key == "killed":
                out["killed^"] = max(out.get("killed^", 0), n)  # civilians named as such, noted apart too
            elif word in ("?^", "!^") and key == "killed":
                out["killed?^"] = 1  # a claim on civilians' dead
            key += word[:1] if word[:1] in ("?", "!") else ""
        else:
            key = None if side == own else "wounded"
        if key is None:
            continue
        if additive:
            out[key + "+"] = out.get(key + "+", 0) + n
        else:
            sums[(key, pred)] = sums.get((key, pred), 0) + n
            again[(key, pred)] = again.get((key, pred), True) and word == "~"
    for (key, pred), n in sums.items():
        key += "~" if again[(key, pred)] and key in _DEAD_KEYS else ""
        out[key] = min(out.get(key, n), n) if key.endswith(("?", "!")) else max(out.get(key, 0), n)
    return out


def merged_quantities_from(q: dict[str, int]) -> dict[str, int]:
    out = {k: v for k, v in q.items() if not k.endswith("+")}
    for k, v in q.items():
        if k.endswith("+"):
            base = k[:-1]
            if base not in out and out.get(base + "?"):
                # "According to the MoD, 12 Taliban were killed. 8 civilians were also killed.": the dead told as
                # more come on top of the party's figure, the only one there is
                out[base] = out.pop(base + "?") + v
                continue
            out[base] = out.get(base, 0) + v
    return _settled(out)


_DEAD_KEYS = ("killed", "attackers_killed", "forces_killed")


def _settled(q: dict[str, int]) -> dict[str, int]:
    """The figures of a joined event: a party's claim of the dead it inflicted yields to a lower figure for the
    same dead (reports that conflict give the lowest credible figure), and a whole toll ("a total of 11",
    "fatalities coded as 10") stands for every side: the sides' figures fit into it, the rest is the victims'."""
    out = {k: v for k, v in q.items() if not k.endswith(("?", "!", "=", "~", "^"))}
    # ("According to the MoD, 12 Taliban were killed. The Taliban claimed 8 civilians were killed": a plain figure
    # of civilians named as such alone is no figure for the dead a claim counts, which does not yield to it)
    civilians_only = bool(q.get("killed^")) and out.get("killed", 0) <= q["killed^"] and not q.get("killed?^")
    for k, v in q.items():
        if k == "killed?" and civilians_only:
            out["killed"] = max(out.get("killed", 0), v)
        elif k.endswith("?"):
            out[k[:-1]] = min(out[k[:-1]], v) if out.get(k[:-1]) else v
    for k, v in q.items():
        if k.endswith("!") and out.get(k[:-1]) and not (k == "killed!" and civilians_only):
            # an armed group's word on the dead it inflicted: never a figure alone, the lower beside another's
            out[k[:-1]] = min(out[k[:-1]], v)
    for k, v in q.items():
        if k.endswith("~"):
            out[k[:-1]] = max(out.get(k[:-1], 0), v)  # people named again: never below the figure they restate
    total = q.get("dead=")
    if total is not None:
        over = sum(out.get(k, 0) for k in _DEAD_KEYS) - total
        if over < 0:
            out["killed"] = out.get("killed", 0) - over
        for k in _DEAD_KEYS:
            if over > 0 and out.get(k):
                cut = min(out[k], over)
                out[k], over = out[k] - cut, over - cut
    return out


def retyped_figures(q: dict[str, int], old: str, new: str, dead_sides: frozenset[str] | None = None
                     ) -> dict[str, int]:
    """Figures of a report of an operation read as part of an attack (or the reverse): the forces' dead are
    the attack's victims, the militants killed are the attackers' own dead. Civilians killed are the victims
    of either ("45 people, including civilians, were killed" in a report of an air strike)."""
    out: dict[str, int] = {}
    for k, v in q.items():
        if k in ("killed^", "killed?^"):
            out[k] = out.get(k, 0) + v  # (civilians are the victims of either side)
            continue
        plus = k[-1] if k.endswith(("+", "?", "!", "~")) else ""
        base = k.rstrip("+?!~")
        if base == "killed" and dead_sides == frozenset({"civilian"}):
            pass
        elif old == "OPERATION" and new == "ATTACK":
            base = {"killed": "attackers_killed", "forces_killed": "killed"}.get(base, base)
        elif old == "ATTACK" and new == "OPERATION":
            base = {"killed": "forces_killed", "attackers_killed": "killed"}.get(base, base)
        out[base + plus] = out.get(base + plus, 0) + v
    return out


def merged_quantities(members: list[Mention]) -> dict[str, int]:
    """Each figure of the event: the largest any of its sentences gives (a figure restated is one figure),
    plus the figures marked as more ("another soldier died", "two more"), kept under ``KEY+`` until here."""
    out: dict[str, int] = {}
    extra: dict[str, int] = {}
    counted: set[tuple[int, str]] = set()
    for m in members:
        for k, v in m.quantities.items():
            if k.endswith("+"):
                if (m.char_span[0], k) in counted:
                    continue  # two reports in one sentence carry the same "more"
                counted.add((m.char_span[0], k))
                extra[k[:-1]] = extra.get(k[:-1], 0) + v
            elif k.endswith(("?", "!")):
                out[k] = min(out.get(k, v), v)  # of two claims for the same dead, the lower
            else:
                out[k] = max(out.get(k, 0), v)
    for k, v in extra.items():
        out[k] = out.get(k, 0) + v
    return out


# words that say force came from afar or across a border: such force may be another state's, so it is never
# attributed by place ("shelling along the Working Boundary", "a drone strike in North Waziristan")
_REMOTE_FORCE = re.compile(r"\b(drones?|shell(?:s|ing|ed)?|artillery|mortars?|rockets?|missiles?|"
                           r"cross-border|border|frontier|LoC|Working Boundary)\b", re.I)
# words of air power: a state's, and in a report that names no other state, the state's where it struck
_AIR_FORCE = re.compile(r"\b(air|aerial|airstrikes?|air-strikes?|strikes?|jets?|aircraft|warplanes?|helicopters?|"
                        r"gunships?|planes?|bombers?|choppers?)\b", re.I)


_OPERATION_WORDS = re.compile(r"\b(?:[\w-]+ )?(?:operation|encounter|exchange of fire|raid|clash|shootout|gunfight|"
                              r"firefight|gun battle|crackdown|offensive)\b", re.I)


def attribute_by_place(mentions: list[Mention], government_of, published=None, states: frozenset[str] = frozenset(),
                       air_force_of=None) -> None:
    """An asserted ARREST whose reports name nobody making it is the arrest of the forces of the state where it is
    made. An asserted OPERATION whose reports name no acting force ("5 suspected militants killed in an encounter
    in Malir", "nine militants were killed in an exchange of fire in Kalat") is the operation of the forces of
    the state where it happened, as "security forces" in a report is: ``government_of(country, day)`` says which
    actor governs there on that day (the case file's roles change over time). Only where a place below the
    country is known, and never for fire from afar or across a border. Air power ("air strikes killed ten
    militants in Datta Khel", "jets pounded hideouts in Tirah") is the place's state's only when that state
    strikes from the air (``air_force_of(country, day)``, the case file's word) and the report names no other
    state or international force (``states``: the ids the report names): strikes cross borders, and "air
    strikes in Paktika" are Pakistan's, not the Taliban's for being in Afghanistan. An operation so attributed has
    ``perpetrator_basis`` "place": the report itself names no one."""
    events: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.type in ("OPERATION", "ARREST") and m.modality == "asserted" and m.event:
            events.setdefault(m.event, []).append(m)
    for members in events.values():
        if any(m.source and m.source.id for m in members):
            continue
        if any(m.source and any(w.lower() in FOREIGN_DEMONYMS and w[:1].isupper() for w in m.source.text.split())
               for m in members):
            continue  # "Turkish troops arrested five men": another state's forces, wherever they act
        place = next((m.location for m in members if m.location and m.location.precision not in ("country", "region")
                      and m.location.country), None)
        if place is None:
            continue
        day = next((m.date for m in members if m.date), None) or published
        gov = government_of(place.country, day)
        if gov is None:
            continue
        if members[0].type == "ARREST":
            # "Two suspects were later detained in connection with the attack, the interior ministry said": an
            # arrest nobody is named for is made by the forces of the state where it is made
            for m in members:  # (no words name them: the trigger is no actor's text)
                m.source = ActorRef(gov, m.source.text if m.source else "")
            continue
        if any(_REMOTE_FORCE.search(m.sentence) for m in members):
            continue
        if any(m.source is not None and _UNNAMED.search(m.source.text or "") for m in members):
            continue  # "an unidentified aircraft carried out a drone strike": the report says it does not know whose
        if any(_AIR_FORCE.search(m.sentence) for m in members) and (
                air_force_of is None or air_force_of(place.country, day) != gov or not states <= {gov}):
            continue
        for m in members:  # the words that name the operation stand for who acted
            named = _OPERATION_WORDS.search(m.sentence)
            m.source = ActorRef(gov, m.source.text if m.source else named.group(0) if named else "")
            # known by the place alone, as a coder would code it: no report names the forces, so an incident does
            # not hold them to it ("a TTP commander was killed in Kunar" is not known to be the Taliban's deed)
            m.perpetrator_basis = m.perpetrator_basis or "place"
    _seizure_of_the_attributed(mentions)


# a report that says it does not know who struck: "It was not clear who had carried out the strike", "No country
# has claimed the drone strike"
_DOER_UNCLEAR = re.compile(r"\b(?:it\s+(?:was|is|remains|remained)\s+(?:not\s+(?:immediately\s+)?clear|unclear|unknown)|"
                           r"it\s+(?:could|can)\s+not\s+be\s+(?:confirmed|established)|nobody\s+knows?|no\s+one\s+knows?)"
                           r"\s+(?:who|which\s+(?:country|side|state|forces?|military))\b|"
                           r"\bno\s+(?:country|state|government|military)\s+(?:has\s+)?(?:claimed|acknowledged|admitted)\b",
                           re.I)


def doers_left_unknown(mentions: list[Mention], text: str) -> None:
    """A strike the report says it cannot tell the doer of ("A drone strike hit a house in Datta Khel ... It was not
    clear who had carried out the strike") is no state's for being air power where that state governs: the actor
    inferred from its means, which no word of the report names, is dropped (kept as text)."""
    if not _DOER_UNCLEAR.search(text):
        return
    for m in mentions:
        if m.type == "OPERATION" and m.source is not None and m.source.id and not any(
                w[:1].isupper() and w not in ("A", "An", "The") for w in (m.source.text or "").split()) \
                and _AIR_FORCE.search(m.source.text or ""):
            m.source, m.perpetrator_basis = ActorRef(None, m.source.text), None


# an insider attack: one man of the forces turning his gun on his own side ("opened fire on his colleagues",
# "killed 4 of his comrades", "turned his weapon on fellow policemen")
_OWN_SIDE_SHOT = re.compile(r"\b(?:his|her|their)\s+(?:own\s+)?(?:colleagues|comrades|co-workers|fellow\s+[\w-]+)\b|"
                            r"\bfellow\s+(?:soldiers|policemen|police|officers|guards|servicemen|troops|members)\b", re.I)
_ONE_OF_THE_FORCES = frozenset({"soldier", "policeman", "policewoman", "officer", "member", "guard", "constable",
                                "commander", "cop", "sepoy", "recruit", "trooper", "serviceman", "cadet"})
# the armed group the man is told to have gone over to, or to serve ("and then joined the Taliban", "fled to the
# Taliban", "a Taliban infiltrator")
_GONE_OVER = re.compile(r"\b(?:joined|joining|(?:fled|fleeing|escaped|escaping|defected|defecting|went over) to|"
                        r"infiltrators?|mole)\b", re.I)


# the name of the party a man went over to, as the report writes it: "joined the Taliban", "fled to the Haqqani
# network"
_NAME_AFTER = re.compile(r"\s+((?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|network|group))*)")


def _named_after(sentence: str, at: int, group: str) -> str:
    """The words naming the party right after offset ``at`` of the sentence ("the Taliban"), or the group's id when
    the sentence names it elsewhere ("a Taliban infiltrator")."""
    named = _NAME_AFTER.match(sentence, at)
    return named.group(1) if named else group


def insider_attacks(mentions: list[Mention], facts: list[SentenceFacts], is_state, is_armed) -> None:
    """A man of the forces who kills his own colleagues and goes over to an armed group, or whose deed an armed
    group claims, makes that group's attack, not an operation of his state's forces: "an ANA soldier opened fire
    on his colleagues, killing 2, and then joined the Taliban", "a policeman killed 4 of his comrades. The Taliban
    claimed responsibility." (Where no group is tied to him, the report tells no side's deed but his own, and it
    stays as read.) The colleagues are the state's, and their dead the attack's victims."""
    claimant = next((f.claimant for f in facts if f.claimant and f.claimant.id and is_armed(f.claimant.id)), None)
    for m in mentions:
        if m.type != "OPERATION" or m.modality != "asserted" or not (m.source and m.source.id and is_state(m.source.id)):
            continue
        words = m.source.text.lower().split()
        shot = _OWN_SIDE_SHOT.search(m.sentence)
        if not words or words[-1] not in _ONE_OF_THE_FORCES or shot is None:
            continue
        gone_over = _GONE_OVER.search(m.sentence)
        group = next((g for g in m.groups if is_armed(g)), None) if gone_over else None
        if group is None and claimant is None:
            continue
        if group is not None and gone_over is not None:
            named = m.target.text if m.target and m.target.id == group else _named_after(m.sentence, gone_over.end(),
                                                                                        group)
            party, basis = ActorRef(group, named), "stated"
        else:
            party, basis = ActorRef(claimant.id, claimant.text), "claimed"
        colleagues = ActorRef(m.source.id, shot.group(0))
        for e in [x for x in mentions if x is m or m.event and x.event == m.event]:
            e.type, e.source, e.target, e.perpetrator_basis = "ATTACK", party, colleagues, basis
            # (the forces' dead are the colleagues he killed: the attack's victims)
            e.quantities = {("killed" + k[len("forces_killed"):] if k.startswith("forces_killed") else k): v
                            for k, v in e.quantities.items()}


def _seizure_of_the_attributed(mentions: list[Mention]) -> None:
    """A seizure nobody is named for, told with an arrest or raid that only the place named the state of ("Police
    said two suspects were arrested in Quetta and weapons were recovered from their possession"), is that state's
    too, as ``_borrow_taker`` makes it for a taker the report names: in the same sentence, or the next one."""
    takers = [m for m in mentions if m.type in ("ARREST", "OPERATION") and m.modality == "asserted"
              and m.source is not None and m.source.id]
    for m in mentions:
        if m.type not in ("DISMANTLE", "FINANCE") or m.modality != "asserted" or (m.source and m.source.id) or not (
                _TAKEN_FROM_THEM.search(m.sentence) or _TAKEN_WITH_IT.search(m.sentence)):
            continue
        lead = next((t for t in reversed(takers) if t.char_span[0] == m.char_span[0]
                     or t.char_span[1] <= m.char_span[0] <= t.char_span[1] + 3), None)
        if lead is not None:
            m.source = ActorRef(lead.source.id, lead.source.text)
            m.perpetrator_basis = m.perpetrator_basis or "stated"


# the words a report counts a state's forces by ("12 soldiers", "six policemen", "3 ALP", "two Levies personnel")
_FORCES_COUNTED = re.compile(r"\b(?:soldiers?|troops|policem[ae]n|police|personnel|officers?|guards?|constables?|"
                             r"sepoys?|levies|commandos?|servicemen|recruits?|ANA|ANP|ALP|ANDSF|FC)\b", re.I)
_BARE_FIGURE = re.compile(r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens)",
                          re.I)


_TAKEN = re.compile(r"captur|taken|seiz|overpower|held", re.I)


def forces_taken_captive(mentions: list[Mention], is_state) -> list[Mention]:
    """An arrest nobody is named making, of a state's forces, told with an armed group's attack on them ("Taliban
    overran an ANA outpost in Shah Joy. 12 soldiers killed and 6 captured"): the attackers took them captive. They are
    the attack's abducted, not an arrest by their own state. The mentions without those arrests."""
    attacks = [m for m in mentions if m.type == "ATTACK" and m.modality == "asserted"]
    if not attacks:
        return mentions
    taken: set[int] = set()
    for m in mentions:
        if m.type != "ARREST" or m.modality != "asserted" or (m.source is not None and m.source.id) \
                or m.target is None or m.trigger_span is None or not _TAKEN.match(m.trigger or ""):
            continue  # (not "two policemen were arrested for negligence": the words of a capture in a fight)
        before = m.sentence[:m.trigger_span[0] - m.char_span[0]]
        if m.target.id and is_state(m.target.id) and _FORCES_COUNTED.search(m.target.text):
            victims = m.target.id
        elif _BARE_FIGURE.fullmatch(m.target.text.strip()) and _FORCES_COUNTED.search(before):
            victims = None  # "12 soldiers killed and 6 captured": the figure counts the forces named before it
        else:
            continue
        attack = next((a for a in reversed(attacks) if a.char_span[0] <= m.char_span[0] <= a.char_span[1] + 2
                       and a.target is not None
                       and a.target.id and is_state(a.target.id) and victims in (None, a.target.id)), None)
        if attack is None:
            continue
        figure = m.quantities.get("arrested", 0)
        for a in attacks:
            if a.event == attack.event and figure > a.quantities.get("abducted", 0):
                a.quantities["abducted"] = figure
        taken.add(id(m))
    return [m for m in mentions if id(m) not in taken] if taken else mentions


# the words of a charge a denial answers, as they name it ("rejected Pakistan's allegation")
_CHARGE_ANSWERED = re.compile(r"^(?:allegations?|accusations?|charges?|claims?|blame)$", re.I)


def charges_denied(mentions: list[Mention]) -> list[Mention]:
    """A charge named only as what a denial rejects ("The interim Afghan government dismissed as baseless Pakistan's
    allegation that ...", "Pakistan denied ..., responding to allegations by Afghan President Ashraf Ghani") is no
    accusation the sentence reports, nor one it says was not made: the denial answers it (its target is the accuser).
    The mentions without such negated accusations."""
    denials = {m.char_span for m in mentions if m.type == "DENY" and m.modality == "asserted"}
    if not denials:
        return mentions
    return [m for m in mentions if not (m.type == "ACCUSE" and m.modality == "negated" and m.char_span in denials
                                        and _CHARGE_ANSWERED.match(m.trigger or ""))]
