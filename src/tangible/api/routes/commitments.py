"""``/api/v1/commitments`` — what was promised, and its rating at any date (``at=YYYY-MM-DD``)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query

from tangible.api.deps import SettingsDep, StoreDep
from tangible.api.errors import error_responses
from tangible.api.params import IsoDate, choice
from tangible.api.schemas import CommitmentPublic, ListPublic
from tangible.errors import E, InputError, NotFound
from tangible.services.views import cached
from tangible.settings import Settings
from tangible.store import Store

router = APIRouter(prefix="/commitments", tags=["commitments"], responses=error_responses(400, 422))

STATUSES = ("active", "proposed", "rejected")
STEPS = ("day", "week", "month")


def case_of(settings: Settings):
    from tangible.services.case import get_case

    return get_case(settings)


def ratings_at(store: Store, settings: Settings, at: date | None) -> dict:
    from tangible.services.ledger import ledger_at

    return {r.commitment_id: r for r in ledger_at(store, case_of(settings), at, save=False)}


def commitment_public(spec, rating) -> dict:
    data = spec.to_dict()
    data["rating"] = rating.to_dict() if rating else None
    return data


def list_commitments(store: Store, settings: Settings, *, at: date | None, status: str | None) -> list[dict]:
    if status is not None and status not in STATUSES:
        raise InputError(f"Unknown status {status!r}.", f"Use one of: {', '.join(STATUSES)}.", code=E.UNKNOWN_FILTER_VALUE)
    rated = ratings_at(store, settings, at)
    return [commitment_public(c, rated.get(c.id)) for c in store.ledger.list(status=status or None)]


def get_commitment(store: Store, settings: Settings, commitment_id: str, at: date | None) -> dict:
    ratings_now = ratings_at(store, settings, at)  # makes sure the case's commitments are in the store
    spec = store.ledger.get(commitment_id)
    if spec is None:
        raise NotFound(f"No commitment with id {commitment_id!r}.", "List commitments at /api/v1/commitments.")
    return commitment_public(spec, ratings_now.get(commitment_id))


@router.get("", response_model=ListPublic[CommitmentPublic])
def commitments_index(
    store: StoreDep,
    settings: SettingsDep,
    at: Annotated[IsoDate | None, Query(description="Rate as of this date (default today).")] = None,
    status: Annotated[str | None, choice(STATUSES, "active, proposed or rejected (default: all).")] = None,
):
    """Every commitment with its rating at `at`: counts, trend, reasons and the incidents behind it."""
    data = cached(store, ("commitments", at, status, date.today()),
                  lambda: list_commitments(store, settings, at=at, status=status))
    return {"data": data, "count": len(data), "next": None}


@router.get("/{commitment_id}", response_model=CommitmentPublic, responses=error_responses(404))
def commitment_detail(
    commitment_id: str, store: StoreDep, settings: SettingsDep,
    at: Annotated[IsoDate | None, Query(description="Rate as of this date (default today).")] = None,
):
    """One commitment and its rating at `at`, with supporting and contradicting incident ids."""
    return get_commitment(store, settings, commitment_id, at)


@router.get("/{commitment_id}/history", responses=error_responses(404))
def commitment_history(
    commitment_id: str, store: StoreDep, settings: SettingsDep,
    step: Annotated[str, choice(STEPS, "day, week or month.")] = "week",
    since: Annotated[IsoDate | None, Query(description="First date (default: when it was made).")] = None,
    until: Annotated[IsoDate | None, Query(description="Last date (default today).")] = None,
) -> list[dict]:
    """The rating at every step from `since` (default: when it was made) to `until` (default today); at most
    1,000 points."""
    from tangible.services.ledger import rating_history

    return [r.to_dict() for r in rating_history(store, case_of(settings), commitment_id, step, since=since, until=until)]
