"""What a report's wording says about its standing: a contradiction, or only a reference back.

- A report that gives the event but contradicts its account ("the eight people killed in
  Thursday's operation were farmers, not militants") is a contradiction on record: the incident is
  ``disputed`` while the report still counts among its mentions.
- A sentence that only refers back to an event to explain something else ("the militants had been
  involved in Thursday's attack on a convoy", "the men were wanted for the bombing") presupposes
  the event; it is not a report of it, so it never makes an incident corroborated on its own.
- A party's reaction to a step it names as known ("China appreciates the Afghan side's relocation of ETIM
  personnel") refers back to a step reported before, however long before the reaction.
"""

from __future__ import annotations

import re

from tangible.models import Mention

_INNOCENT = (r"civilians?|farmers?|labou?rers?|students?|shepherds?|villagers?|children|refugees?|traders?|"
             r"workers?|worshippers?|passers-by|tribesm[ae]n|locals|residents|drivers?|teachers?")
_ARMED = r"militants?|terrorists?|fighters?|insurgents?|khawarij|combatants?|members of the group"

_CONTRADICTION = re.compile(
    rf"\b(?:were|was|are|is)\s+(?:all\s+|only\s+|in\s+fact\s+|actually\s+|ordinary\s+|local\s+)*"
    rf"(?:[a-z-]+\s+)?(?:{_INNOCENT})\b[^.;]{{0,30}}?\bnot\s+(?:{_ARMED})\b"
    rf"|\bnot\s+(?:{_ARMED})\s*,?\s*but\s+(?:[a-z-]+\s+)?(?:{_INNOCENT})\b"
    rf"|\b(?:disputed|contradicted|contested|challenged|questioned)\s+(?:the\s+)?(?:[\w-]+(?:'s|’s)?\s+){{0,3}}"
    rf"(?:account|version|claims?|figures?|toll|statement|narrative)\b"
    rf"|\b(?:no|none\s+of\s+the)\s+(?:{_ARMED})\s+(?:were|was|had\s+been)\s+(?:killed|among\s+the\s+dead|present)\b",
    re.I,
)

_EVENT_NOUNS = {
    "ATTACK": r"attacks?|bombings?|blasts?|assaults?|ambush(?:es)?|killings?|explosions?|abductions?|kidnappings?",
    "OPERATION": r"raids?|operations?|air\s?strikes?|strikes?|clash(?:es)?|offensives?",
    "ARREST": r"arrests?|detentions?|round-?ups?",
    "EXTRADITE": r"handovers?|hand-overs?|extraditions?|transfers?",
    "RESTRICT": r"relocations?|expulsions?|bans?|closures?",
    "DISMANTLE": r"dismantling|destruction|closures?",
}
_CUES = (r"involved\s+in|linked\s+to|connected\s+(?:to|with)|wanted\s+(?:for|in\s+connection\s+with)|"
         r"responsible\s+for|blamed\s+for|accused\s+of|suspected\s+of|took\s+part\s+in|taking\s+part\s+in|"
         r"part\s+of|behind")
_BACK_REFERENCE = {
    t: re.compile(rf"\b(?:{_CUES})\b[^.;]{{0,60}}?\b(?:{nouns})\b", re.I) for t, nouns in _EVENT_NOUNS.items()
}


# a party's reaction to a step it names by a definite or possessive noun: "China appreciates the Afghan side's
# relocation of ETIM personnel", "Pakistan welcomed the handover", "praised the Taliban's arrests of ..."
_REACTIONS = r"appreciat\w*|welcom\w*|prais\w*|hail\w*|commend\w*|laud\w*|acknowledg\w*|thank\w*|applaud\w*"
_REACTED_TO = {
    t: re.compile(rf"\b(?:{_REACTIONS})\s+(?:[\w-]+\s+){{0,3}}?(?:the|its|their|this|that|[\w-]+(?:'s|’s))\s+"
                  rf"(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b", re.I) for t, nouns in _EVENT_NOUNS.items()
}


# or by the step it came after, told in the passive: "China appreciated the efforts of Afghan security forces to
# protect Chinese nationals, after three Islamic State militants plotting an attack were detained in Kabul"
_STEPS_UNDERGONE = {
    "ARREST": r"detained|arrested|apprehended|captured|nabbed",
    "EXTRADITE": r"handed\s+over|extradited|deported|transferred",
    "RESTRICT": r"relocated|moved\s+away|disarmed|expelled",
    "DISMANTLE": r"dismantled|destroyed|seized|demolished",
}
_REACTED_AFTER = {
    t: re.compile(rf"\b(?:{_REACTIONS})\b[^.;]{{0,120}}?\bafter\b[^.;]{{0,100}}?\b(?:were|was|had\s+been|have\s+been|"
                  rf"has\s+been)\s+(?:{verbs})\b", re.I) for t, verbs in _STEPS_UNDERGONE.items()
}


def reacts_to(sentence: str, event_type: str) -> bool:
    """The sentence is a party's reaction to a step of this type that it names as one already known ("China
    appreciates the Afghan side's relocation of ETIM personnel", "thanked Kabul after three militants were
    detained"): it refers back to a report told before."""
    rx = _REACTED_TO.get(event_type)
    after = _REACTED_AFTER.get(event_type)
    return bool(rx and rx.search(sentence)) or bool(after and after.search(sentence))


_KNOWN_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|last\s+\w+'s|[A-Z][a-z]+'s)\s+(?:[\w-]+\s+){0,3}$")


def named_as_known(m: Mention) -> bool:
    """The mention's trigger is a noun made definite ("the attack on the Bannu cantonment", "Sunday's bombing"): with no
    day of its own, the report names a deed known, as one told before."""
    if not m.trigger or not m.trigger[:1].islower():
        return False
    # (a stored mention keeps its trigger's words, not always their offsets)
    at = m.trigger_span[0] - m.char_span[0] if m.trigger_span else m.sentence.find(m.trigger)
    return 0 < at <= len(m.sentence) and _KNOWN_BEFORE.search(m.sentence[:at]) is not None \
        and m.trigger.lower().rstrip("s") in _DEED_NOUNS


# the nouns a deed is named again by
_DEED_NOUNS = frozenset({"attack", "assault", "bombing", "blast", "explosion", "ambush", "raid", "operation",
                         "strike", "airstrike", "air strike", "arrest", "detention", "handover", "relocation",
                         "killing", "shooting", "seizure", "extradition"})


def contradicts(sentence: str) -> bool:
    """The sentence contradicts the account of the event it reports."""
    return bool(_CONTRADICTION.search(sentence))


def refers_back(sentence: str, event_type: str) -> bool:
    """The sentence mentions an event of this type only to explain something else (it does not report it)."""
    rx = _BACK_REFERENCE.get(event_type)
    return bool(rx and rx.search(sentence))


__all__ = ["contradicts", "named_as_known", "reacts_to", "refers_back"]
