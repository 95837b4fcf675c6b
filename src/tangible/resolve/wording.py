"""What a report's wording says about its standing: a contradiction, or only a reference back.

- A report that gives the event but contradicts its account ("the eight people killed in
  Thursday's operation were farmers, not militants") is a contradiction on record: the incident is
  ``disputed`` while the report still counts among its mentions.
- A sentence that only refers back to an event to explain something else ("the militants had been
  involved in Thursday's attack on a convoy", "the men were wanted for the bombing") presupposes
  the event; it is not a report of it, so it never makes an incident corroborated on its own.
"""

from __future__ import annotations

import re

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
}
_CUES = (r"involved\s+in|linked\s+to|connected\s+(?:to|with)|wanted\s+(?:for|in\s+connection\s+with)|"
         r"responsible\s+for|blamed\s+for|accused\s+of|suspected\s+of|took\s+part\s+in|taking\s+part\s+in|"
         r"part\s+of|behind")
_BACK_REFERENCE = {
    t: re.compile(rf"\b(?:{_CUES})\b[^.;]{{0,60}}?\b(?:{nouns})\b", re.I) for t, nouns in _EVENT_NOUNS.items()
}


def contradicts(sentence: str) -> bool:
    """The sentence contradicts the account of the event it reports."""
    return bool(_CONTRADICTION.search(sentence))


def refers_back(sentence: str, event_type: str) -> bool:
    """The sentence mentions an event of this type only to explain something else (it does not report it)."""
    rx = _BACK_REFERENCE.get(event_type)
    return bool(rx and rx.search(sentence))


__all__ = ["contradicts", "refers_back"]
