"""Commitments as the front ends show them: each with its rating at a date, its rating history, the incidents
its rating names, and the decisions on proposed commitments.

The API, the pages and the CLI call these functions; only they speak to the store's ledger repository.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tangible.errors import E, InputError, NotFound
from tangible.models import Commitment, Incident, IncidentMention, RatedCommitment, Rating
from tangible.resolve.statement import stating_mention_of
from tangible.services.case import get_case
from tangible.settings import Settings

STATUSES = ("active", "proposed", "rejected")
STEPS = ("day", "week", "month")


def commitments(store, status: str | None = None) -> list[Commitment]:
    """The stored commitments (of one status, or all)."""
    return store.ledger.list(status=status)


def find_commitment(store, commitment_id: str) -> Commitment | None:
    return store.ledger.get(commitment_id)


def ratings_at(store, settings: Settings, at: date | None) -> dict:
    """Every active commitment's rating at ``at`` (default today), by commitment id; nothing is stored."""
    from tangible.services.ledger import ledger_at

    return {r.commitment_id: r for r in ledger_at(store, get_case(settings), at, save=False)}


def rated_commitments(store, settings: Settings, *, at: date | None, status: str | None) -> list[RatedCommitment]:
    """Every commitment (of one status) with its rating at ``at``."""
    if status is not None and status not in STATUSES:
        raise InputError(f"Unknown status {status!r}.", f"Use one of: {', '.join(STATUSES)}.", code=E.UNKNOWN_FILTER_VALUE)
    rated = ratings_at(store, settings, at)
    return [RatedCommitment(c, rated.get(c.id)) for c in commitments(store, status or None)]


def rated_commitment(store, settings: Settings, commitment_id: str, at: date | None) -> RatedCommitment:
    """One commitment with its rating at ``at``."""
    ratings_now = ratings_at(store, settings, at)  # makes sure the case's commitments are in the store
    spec = find_commitment(store, commitment_id)
    if spec is None:
        raise NotFound(f"No commitment with id {commitment_id!r}.", "List commitments at /api/v1/commitments.")
    return RatedCommitment(spec, ratings_now.get(commitment_id))


def commitment_history(store, settings: Settings, commitment_id: str, step: str = "week", *,
                       since: date | None = None, until: date | None = None) -> list:
    """The rating at every step from ``since`` (default: when it was made) to ``until`` (default today)."""
    from tangible.services.ledger import rating_history

    return rating_history(store, get_case(settings), commitment_id, step, since=since, until=until)


@dataclass(frozen=True, slots=True)
class CitedIncident:
    """An incident a rating names, with the sentence that states it and, for the listed-not-counted and other
    parties' sections, why it is there (unverified, disputed) or who acted."""

    incident: Incident
    quote: IncidentMention | None
    why: str | None = None
    by: str | None = None


EVIDENCE_SECTIONS = ("supporting", "contradicting", "findings", "not_counted", "others")


def commitment_evidence(store, rating: Rating | None) -> dict[str, list[CitedIncident]]:
    """Every incident a rating names, by the section it belongs to, each with the sentence that states it.
    The incidents are read in batched queries, however many the rating names."""
    if rating is None:
        return {key: [] for key in EVIDENCE_SECTIONS}
    sections: dict[str, list[tuple[str, dict[str, str | None]]]] = {
        "supporting": [(x, {}) for x in rating.supporting],
        "contradicting": [(x, {}) for x in rating.contradicting],
        "findings": [(x, {}) for x in rating.findings],
        "not_counted": [(x["id"], {"why": x.get("why")}) for x in rating.not_counted],
        "others": [(x["id"], {"by": x.get("by")}) for x in rating.others],
    }
    found = store.incidents.incidents([i for items in sections.values() for i, _ in items])
    return {key: [CitedIncident(found[i], stating_mention_of(found[i]), **extra) for i, extra in items if i in found]
            for key, items in sections.items()}


def accept(store, commitment_id: str) -> Commitment:
    """Accept a proposed commitment: it is rated from now on."""
    return store.ledger.accept(commitment_id)


def reject(store, commitment_id: str) -> Commitment:
    """Reject a proposed commitment."""
    return store.ledger.reject(commitment_id)
