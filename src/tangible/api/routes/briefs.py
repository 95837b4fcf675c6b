"""``/api/v1/brief`` — the periodic brief as JSON (the dashboard's ``/brief`` gives HTML, Markdown and PDF)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from tangible.http.deps import SettingsDep, StoreDep
from tangible.api.errors import error_responses
from tangible.http.params import IsoDate, choice
from tangible.services.briefs import brief_for

router = APIRouter(tags=["briefs"], responses=error_responses(400, 422))


class BriefPublic(BaseModel):
    model_config = ConfigDict(extra="allow")
    case: str
    since: str
    until: str
    cutoff: str = Field(description="Incidents dated after it are not counted: the brief is reproducible.")
    sections: list[str]
    commitments: list[dict[str, Any]] = Field(description="Each with its arrow against the previous period.")


@router.get("/brief", response_model=BriefPublic)
def brief(store: StoreDep, settings: SettingsDep,
          period: Annotated[str, choice(("week", "fortnight", "month", "quarter"), "The period's length.")] = "month",
          at: Annotated[IsoDate | None, Query(description="Last day of the period (the cut-off); default today.")]
          = None) -> dict:
    """The brief for the period ending at ``at``: each commitment's arrow (improved, deteriorated, unchanged)
    with the ledger's reasons at both dates, counts per group and acting party, the incidents with quotes,
    grades and links, findings, disputes and coverage."""
    return brief_for(store, settings, period, at).to_dict()
