"""The event ontology (DESIGN §3): types, modalities and ACLED-style subtypes.

This module is the single source of truth; ``docs/codebook.md`` is generated from it.
"""

from __future__ import annotations

# Tangible counter-terrorism actions by an authority against an armed group.
ACTION_TYPES: dict[str, str] = {
    "ARREST": "Apprehend, detain, capture, take into custody.",
    "OPERATION": "Raid, strike, clearance or security operation that targets militants (kills, wounds or disperses them).",
    "FINANCE": "Freeze, seize or block funds; shut a money channel; ban fundraising.",
    "DISMANTLE": "Destroy or close a camp, hideout, training site, office; seize weapons, explosives or equipment; foil a plot.",
    "RESTRICT": "Disarm, relocate, expel, ban or restrict movement or activity of a group or its members.",
    "EXTRADITE": "Hand members over to another state.",
}

VIOLENCE_TYPES: dict[str, str] = {
    "ATTACK": "Violence by an armed group: bombing, armed assault, suicide attack, kidnapping, targeted killing.",
}

STATEMENT_TYPES: dict[str, str] = {
    "DEMAND": "Urge, press, call on, ask for.",
    "ASSURE": "Pledge, promise, reiterate a commitment, vow.",
    "DENY": "Reject an accusation, deny an event.",
    "ACCUSE": "Accuse an actor of an act or of harbouring a group.",
    "CONDEMN": "Condemn an act.",
    "AGREE": "Sign or agree to a mechanism or deal.",
    "MEET": "Talks, visits, consultations.",
    "SANCTION": "Impose sanctions or an embargo, expel diplomats, cut ties: a measure of one state against another "
                "or its officials (diplomacy, not a step against an armed group).",
    "FINDING": "A monitoring body's, court's or investigator's finding about a standing situation: sanctuary, "
               "presence, support, inaction.",
}

EVENT_TYPES: dict[str, str] = {**ACTION_TYPES, **VIOLENCE_TYPES, **STATEMENT_TYPES}

MODALITIES: dict[str, str] = {
    "asserted": "The sentence says the event happened (or is happening).",
    "negated": "The sentence says the event did not happen.",
    "demanded": "The event is being asked of someone.",
    "future": "The event is promised, planned or expected.",
    "hypothetical": "The event might happen, under a condition, or is questioned.",
}

# The 30 CASE 2021 Task 2 labels: 25 ACLED sub-event types plus five extra classes.
ACLED_SUBTYPES: dict[str, str] = {
    "ABDUCT_DISSAP": "Abduction or forced disappearance.",
    "AGREEMENT": "Agreement between actors.",
    "AIR_STRIKE": "Air or drone strike.",
    "ARMED_CLASH": "Armed clash between organised armed groups or forces.",
    "ARREST": "Arrest or detention.",
    "ART_MISS_ATTACK": "Shelling, artillery or missile attack.",
    "ATTACK": "Attack (armed assault) on a target.",
    "CHANGE_TO_GROUP_ACT": "Change to group or activity.",
    "CHEM_WEAP": "Chemical weapon.",
    "DISR_WEAP": "Disrupted weapons use: weapons or explosives seized, defused or destroyed.",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters.",
    "GOV_REGAINS_TERIT": "Government regains territory.",
    "GRENADE": "Grenade attack.",
    "HQ_ESTABLISHED": "Headquarters or base established.",
    "MOB_VIOL": "Mob violence.",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory.",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory.",
    "OTHER": "Other.",
    "PEACE_PROTEST": "Peaceful protest.",
    "PROPERTY_DISTRUCT": "Looting or property destruction.",
    "PROTEST_WITH_INTER": "Protest with intervention.",
    "REM_EXPLOS": "Remote explosive, landmine or IED.",
    "SEX_VIOL": "Sexual violence.",
    "SUIC_BOMB": "Suicide bomb.",
    "VIOL_DEMONSTR": "Violent demonstration.",
    "ORG_CRIME": "Organised crime.",
    "NATURAL_DISASTER": "Natural disaster.",
    "MAN_MADE_DISASTER": "Man-made disaster.",
    "DIPLO": "Diplomatic event.",
    "ATTRIB": "Attribution of responsibility.",
}

ATTRIBUTION_KINDS: dict[str, str] = {
    "official": "A named or titled government, military or police official.",
    "spokesperson": "A spokesperson of an actor.",
    "anonymous": "An unnamed source ('sources said', 'an official who asked not to be named').",
    "witness": "Witnesses, residents, locals.",
    "media": "Another news outlet or an actor's own media.",
    "report": "A report, statement or document.",
}

# Figures an event carries (``quantities``): each is the most conservative figure the report gives. Every side's
# dead has its own key, so an event's total dead is killed + attackers_killed + forces_killed.
QUANTITIES: dict[str, str] = {
    "killed": "People the acting party killed: the victims of an ATTACK, the militants killed in an OPERATION.",
    "attackers_killed": "The attackers' own dead in an ATTACK (a suicide bomber, attackers killed by the response).",
    "forces_killed": "The acting forces' own dead in an OPERATION (soldiers or police killed in the raid).",
    "wounded": "People wounded.",
    "arrested": "People arrested, detained or taken into custody.",
    "abducted": "People an ATTACK abducted or kidnapped.",
    "seized": "Weapons, explosives or other items seized or recovered (a count of items where given).",
}

# How the perpetrator of an event is known when a sentence other than the deed's own names it.
PERPETRATOR_BASES: dict[str, str] = {
    "stated": "The report states who did it.",
    "claimed": "The perpetrator claimed responsibility.",
    "suspected": "The perpetrator is suspected ('X is suspected', 'believed to be').",
    "blamed": "A party blamed the perpetrator ('officials blamed X').",
}

# How the origin of an attack (where it was launched from) is known.
ORIGIN_BASES: dict[str, str] = {
    "officials": "Officials or another named party say where the attackers came from.",
    "claimed": "The perpetrator says where it operates from.",
    "inferred": "The report implies it (a cross-border attack from a named place).",
}

VERIFICATIONS: dict[str, str] = {
    "verified": "Reported as fact by an independent publisher, or corroborated.",
    "unverified": "The report says it could not be verified, is unconfirmed, or is reported second-hand.",
    "disputed": "A named party denies it or says it has seen no evidence of it.",
}

LOCATION_PRECISIONS = ("point", "village", "town", "city", "admin2", "admin1", "country", "region")
DATE_PRECISIONS = ("day", "week", "month", "year")

GRADES: dict[str, str] = {
    "corroborated": "Two or more independent publishers report it; copies of one wire story count once.",
    "single-source": "One independent publisher reports it.",
    "claimed": "Only the acting party, its spokespeople or its own media report it.",
    "disputed": "A denial or contradicting report is on record.",
}

RATINGS: dict[str, str] = {
    "no evidence": "No asserted tangible action by the committed party against the covered groups in the period.",
    "some action": "Some asserted tangible action, below the substantial threshold.",
    "substantial action": "Repeated, well-sourced tangible action across several action types.",
    "contradicted": "Attacks by covered groups from covered territory outweigh the action on record.",
}


def type_family(event_type: str | None) -> str:
    """The family an event type belongs to: ``action``, ``attack``, ``statement`` or ``other``."""
    if event_type in ACTION_TYPES:
        return "action"
    if event_type in VIOLENCE_TYPES:
        return "attack"
    if event_type in STATEMENT_TYPES:
        return "statement"
    return "other"


def is_action(event_type: str) -> bool:
    return event_type in ACTION_TYPES


def counts_as_evidence(event_type: str, modality: str) -> bool:
    """Only asserted tangible actions are evidence of action (DESIGN §3)."""
    return event_type in ACTION_TYPES and modality == "asserted"
