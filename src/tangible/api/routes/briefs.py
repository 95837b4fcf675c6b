"""``/api/v1/brief`` — the periodic brief as JSON (the dashboard's ``/brief`` gives HTML, Markdown and PDF)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from tangible.api.deps import SettingsDep, StoreDep
from tangible.api.errors import error_responses
from tangible.api.params import IsoDate, choice
from tangible.errors import E, InputError

router = APIRouter(tags=["briefs"], responses=error_responses(400, 422))
FIRST, LAST = date(1900, 1, 1), date(2199, 12, 31)


class BriefPublic(BaseModel):
    model_config = ConfigDict(extra="allow")
    case: str
    since: str
    until: str
    cutoff: str = Field(description="Incidents dated after it are not counted: the brief is reproducible.")
    sections: list[str]
    commitments: list[dict[str, Any]] = Field(description="Each with its arrow against the previous period.")


def build(store, settings, period: str, at: date | None) -> dict:
    from tangible.services.briefs import PERIODS, build_brief, period_bounds
    from tangible.services.case import get_case

    if period not in PERIODS:
        raise InputError(f"Unknown period {period!r}.", f"Use one of: {', '.join(PERIODS)}.", code=E.UNKNOWN_BRIEF_PERIOD)
    at = at or date.today()
    if not FIRST <= at <= LAST:
        raise InputError(f"A brief is made for dates from {FIRST} to {LAST}, not {at}.", code=E.BRIEF_DATE_OUT_OF_RANGE)
    since, until = period_bounds(at, period)
    return build_brief(store, get_case(settings), since=since, until=until, base_url=settings.public_url)


@router.get("/brief", response_model=BriefPublic)
def brief(store: StoreDep, settings: SettingsDep,
          period: Annotated[str, choice(("week", "fortnight", "month", "quarter"), "The period's length.")] = "month",
          at: Annotated[IsoDate | None, Query(description="Last day of the period (the cut-off); default today.")]
          = None) -> dict:
    """The brief for the period ending at ``at``: each commitment's arrow (improved, deteriorated, unchanged)
    with the ledger's reasons at both dates, counts per group and acting party, the incidents with quotes,
    grades and links, findings, disputes and coverage."""
    return build(store, settings, period, at).to_dict()
