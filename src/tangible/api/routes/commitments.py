"""``/api/v1/commitments`` — what was promised, and its rating at any date (``at=YYYY-MM-DD``)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query

from tangible.http.deps import SettingsDep, StoreDep
from tangible.api.errors import error_responses
from tangible.http.params import IsoDate, choice
from tangible.api.schemas import CommitmentPublic, ListPublic, RatingPublic
from tangible.services import commitments as service
from tangible.services.commitments import STATUSES, STEPS, rated_commitment, rated_commitments
from tangible.services.views import cached

router = APIRouter(prefix="/commitments", tags=["commitments"], responses=error_responses(400, 422))


@router.get("", response_model=ListPublic[CommitmentPublic])
def commitments_index(
    store: StoreDep,
    settings: SettingsDep,
    at: Annotated[IsoDate | None, Query(description="Rate as of this date (default today).")] = None,
    status: Annotated[str | None, choice(STATUSES, "active, proposed or rejected (default: all).")] = None,
):
    """Every commitment with its rating at `at`: counts, trend, reasons and the incidents behind it."""
    data = cached(store, ("rated_commitments", at, status, date.today()),
                  lambda: rated_commitments(store, settings, at=at, status=status))
    return ListPublic[CommitmentPublic](data=[CommitmentPublic.of(c) for c in data], count=len(data), next=None)


@router.get("/{commitment_id}", response_model=CommitmentPublic, responses=error_responses(404))
def commitment_detail(
    commitment_id: str, store: StoreDep, settings: SettingsDep,
    at: Annotated[IsoDate | None, Query(description="Rate as of this date (default today).")] = None,
):
    """One commitment and its rating at `at`, with supporting and contradicting incident ids."""
    return CommitmentPublic.of(rated_commitment(store, settings, commitment_id, at))


@router.get("/{commitment_id}/history", response_model=list[RatingPublic], responses=error_responses(404))
def commitment_history(
    commitment_id: str, store: StoreDep, settings: SettingsDep,
    step: Annotated[str, choice(STEPS, "day, week or month.")] = "week",
    since: Annotated[IsoDate | None, Query(description="First date (default: when it was made).")] = None,
    until: Annotated[IsoDate | None, Query(description="Last date (default today).")] = None,
):
    """The rating at every step from `since` (default: when it was made) to `until` (default today); at most
    1,000 points."""
    return [RatingPublic.model_validate(r)
            for r in service.commitment_history(store, settings, commitment_id, step, since=since, until=until)]
