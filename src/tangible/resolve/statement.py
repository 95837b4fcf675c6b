"""Which of an incident's reports states it: the sentence a rating, a brief line or a map point quotes.

An incident gathers every sentence about one event, including sentences that mention it in passing ("after
Sunday's attack, Pakistan summoned the envoy") or that report only a party's claim. The quote an analyst
expects is the sentence that states the event itself, as a news report's lead does: an asserted mention of
the incident's own type, not questioned, not only the acting party's word, earliest in its document, from the
earliest report. An editor's pinned mention overrides the choice.
"""

from __future__ import annotations

from typing import Any

from tangible.models import Incident, IncidentMention

# Attributions that make a sentence a party's word about its own act rather than the report's statement.
_PARTY_WORD = {"spokesperson", "media"}


def _rank(m: IncidentMention, incident_type: str) -> tuple[Any, ...]:
    kind = m.attribution.get("kind") if isinstance(m.attribution, dict) else None
    start = m.char_span[0] if m.char_span else None
    return (
        not m.pinned,
        m.type != incident_type,
        m.modality != "asserted",
        m.verification in ("unverified", "disputed"),
        kind in _PARTY_WORD,
        m.published.isoformat() if m.published else "9999",
        start if start is not None else 0,
        m.mention_id or "",
    )


def stating_mention_of(incident: Incident) -> IncidentMention | None:
    """The mention whose sentence states the incident (see the module's note), or None without mentions."""
    if not incident.mentions:
        return None
    return min(incident.mentions, key=lambda m: _rank(m, incident.type))


def ordered_mentions_of(incident: Incident) -> list[IncidentMention]:
    """The incident's mentions with the stating one first, the rest in the same order of preference."""
    return sorted(incident.mentions, key=lambda m: _rank(m, incident.type))
