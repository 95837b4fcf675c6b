"""Human review of mentions and incidents. Every decision is audited and survives re-runs.

Mentions: ``confirm``, ``reject`` (never counted again) or ``correct`` (type, modality, actors,
place, date …); a reviewed mention is kept as the analyst left it when extraction runs again.
Incidents: ``confirm``, ``reject``, ``correct``, ``merge``, ``split``; the incident's mentions are
pinned, so re-resolution keeps the membership, and corrections are replayed after it.

A decision is recorded, never resolved silently: with a ``case`` the service then runs resolution as an
explicit step (around the mention's document, or everything after a decision on incidents) and returns
its figures; without one, the decision waits for the next derivation run (``tangible extract --pending``,
the next ingest or poll).
"""

from __future__ import annotations

import hashlib

from tangible.errors import E, InputError
from tangible.models import Review
from tangible.store.reviews import INCIDENT_FIELDS, MENTION_FIELDS

ACTIONS = ("confirm", "reject", "correct")


def _check(action: str, changes: dict | None, allowed: tuple[str, ...], what: str) -> None:
    if action not in ACTIONS:
        raise InputError(f"Unknown review action {action!r}.", f"Use one of: {', '.join(ACTIONS)}.", code=E.UNKNOWN_REVIEW_ACTION)
    if action == "correct":
        if not changes:
            raise InputError(f"A correction of a {what} needs at least one field.",
                             f"Fields: {', '.join(allowed)}.", code=E.CORRECTION_WITHOUT_FIELDS)
        bad = sorted(set(changes) - set(allowed))
        if bad:
            raise InputError(f"Cannot correct {', '.join(bad)} on a {what}.", f"Fields: {', '.join(allowed)}.",
                             code=E.FIELD_NOT_CORRECTABLE)
        from tangible.ontology import EVENT_TYPES, MODALITIES

        if "type" in changes and changes["type"] not in EVENT_TYPES:
            raise InputError(f"Unknown event type {changes['type']!r}.", f"Use one of: {', '.join(EVENT_TYPES)}.",
                             code=E.CORRECTION_UNKNOWN_VALUE)
        if "modality" in changes and changes["modality"] not in MODALITIES:
            raise InputError(f"Unknown modality {changes['modality']!r}.", f"Use one of: {', '.join(MODALITIES)}.",
                             code=E.CORRECTION_UNKNOWN_VALUE)


def _reviewer(reviewer: str) -> str:
    if not reviewer or not reviewer.strip():
        raise InputError("A review needs the reviewer's name.", "Pass --reviewer NAME.", code=E.REVIEWER_MISSING)
    return reviewer.strip()


def review_mention(store, mention_id: str, action: str, *, reviewer: str, reason: str | None = None,
                   changes: dict | None = None, case=None) -> dict:
    _check(action, changes, MENTION_FIELDS, "mention")
    rid = store.incidents.reviews.review_mention(mention_id, action, reviewer=_reviewer(reviewer), reason=reason,
                                                 changes=changes)
    out = {"review": rid}
    if case is not None:
        from tangible.services.resolution import resolve_changes

        out["resolve"] = resolve_changes(store, case)
    return out


def review_incident(store, incident_id: str, action: str, *, reviewer: str, reason: str | None = None,
                    changes: dict | None = None) -> dict:
    _check(action, changes, INCIDENT_FIELDS, "incident")
    rid = store.incidents.reviews.review_incident(incident_id, action, reviewer=_reviewer(reviewer), reason=reason,
                                                  changes=changes)
    return {"review": rid}


def merge_incidents(store, into: str, others: list[str], *, reviewer: str, reason: str | None = None,
                    case=None) -> dict:
    others = [o for o in others if o != into]
    if not others:
        raise InputError("Name at least one other incident to merge.", code=E.MERGE_WITHOUT_OTHERS)
    rid = store.incidents.reviews.merge(into, others, reviewer=_reviewer(reviewer), reason=reason)
    out = {"review": rid, "incident": into}
    if case is not None:
        from tangible.services.resolution import resolve_changes

        out["resolve"] = resolve_changes(store, case)
    return out


def split_incident(store, incident_id: str, mention_ids: list[str], *, reviewer: str, reason: str | None = None,
                   case=None) -> dict:
    new_id = "i" + hashlib.sha1(("split|" + "|".join(sorted(mention_ids))).encode()).hexdigest()[:23]
    rid = store.incidents.reviews.split(incident_id, mention_ids, new_id, reviewer=_reviewer(reviewer), reason=reason)
    out = {"review": rid, "incident": incident_id, "new_incident": new_id}
    if case is not None:
        from tangible.services.resolution import resolve_changes

        out["resolve"] = resolve_changes(store, case)
    return out


def history_of(store, kind: str, object_id: str) -> list[Review]:
    """The decisions on one incident or mention, newest first. Most objects have none: the set of objects
    that have any is read once per store revision, so their pages skip the query."""
    from tangible.services.views import cached

    if (kind, object_id) not in cached(store, ("reviewed_objects",), store.incidents.reviews.reviewed_objects):
        return []
    return store.incidents.reviews.history(kind=kind, object_id=object_id)
