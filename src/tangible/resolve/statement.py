"""Which of an incident's reports states it: the sentence a rating, a brief line or a map point quotes.

An incident gathers every sentence about one event, including sentences that mention it in passing ("after
Sunday's attack, Pakistan summoned the envoy") or that report only a party's claim. The quote an analyst
expects is the sentence that states the event itself, as a news report's lead does: an asserted mention of
the incident's own type, not questioned, not only the acting party's word, earliest in its document, from the
earliest report. An editor's pinned mention overrides the choice.
"""

from __future__ import annotations

from typing import Any, Iterable

from tangible.models import Incident, IncidentMention

# Attributions that make a sentence a party's word about its own act rather than the report's statement.
_PARTY_WORD = {"spokesperson", "media"}


def _rank(m: dict[str, Any], incident_type: str | None) -> tuple[Any, ...]:
    attribution = m.get("attribution") or {}
    kind = attribution.get("kind") if isinstance(attribution, dict) else None
    span = m.get("char_span") or [0, 0]
    return (
        not m.get("pinned"),
        m.get("type") != incident_type,
        m.get("modality", "asserted") != "asserted",
        m.get("verification") in ("unverified", "disputed"),
        kind in _PARTY_WORD,
        m.get("published") or "9999",
        span[0] if span and span[0] is not None else 0,
        m.get("mention_id") or "",
    )


def stating_mention(incident: dict[str, Any], mentions: Iterable[dict[str, Any]] | None = None) -> dict[str, Any] | None:
    """The mention whose sentence states the incident (see the module's note), or None without mentions."""
    found = list(incident.get("mentions") or [] if mentions is None else mentions)
    if not found:
        return None
    best: dict[str, Any] = min(found, key=lambda m: _rank(m, incident.get("type")))
    return best


def ordered_mentions(incident: dict[str, Any]) -> list[dict[str, Any]]:
    """The incident's mentions with the stating one first, the rest in the same order of preference."""
    return sorted(incident.get("mentions") or [], key=lambda m: _rank(m, incident.get("type")))


def _typed_rank(m: IncidentMention, incident_type: str) -> tuple[Any, ...]:
    """:func:`_rank` for a typed mention: the same order."""
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
    return min(incident.mentions, key=lambda m: _typed_rank(m, incident.type))


def ordered_mentions_of(incident: Incident) -> list[IncidentMention]:
    """The incident's mentions with the stating one first, the rest in the same order of preference."""
    return sorted(incident.mentions, key=lambda m: _typed_rank(m, incident.type))
