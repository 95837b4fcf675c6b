"""``/api/v1/sources`` — registered feeds and pages; adding one needs an analyst or admin token."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from tangible.http.deps import SettingsDep, SourcesToken, StoreDep
from tangible.api.errors import error_responses
from tangible.api.schemas import ListPublic, SourcePublic
from tangible.services import sources as sources_service

router = APIRouter(prefix="/sources", tags=["sources"], responses=error_responses(400, 422))


def _public(item) -> dict:
    data = item.to_dict() if hasattr(item, "to_dict") else dict(item)
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in data.items()
            if k not in ("etag", "last_modified")}


@router.get("", response_model=ListPublic[SourcePublic])
def sources_index(store: StoreDep, active: Annotated[bool | None, Query()] = None) -> dict:
    """Registered sources (feeds, pages) with their polling state."""
    items = list(sources_service.list_sources(store))
    if active is not None:
        items = [s for s in items if bool(getattr(s, "active", True)) == active]
    data = [_public(s) for s in items]
    return {"data": data, "count": len(data), "next": None}


class SourceIn(BaseModel):
    kind: Literal["feed", "page"] = "feed"
    url: str = Field(min_length=8, max_length=2000, pattern=r"^\s*[hH][tT][tT][pP][sS]?://[^\s/?#]+",
                     description="An http or https URL; one that resolves to a private address is refused.")
    publisher: str | None = Field(default=None, max_length=200)
    every_seconds: int | None = Field(default=None, ge=60, le=7 * 86400)


@router.post("", status_code=201, response_model=SourcePublic, responses=error_responses(401, 403, 413, 502))
def add_source(item: SourceIn, store: StoreDep, settings: SettingsDep, token: SourcesToken) -> dict:
    """Register a feed or page to poll (analyst or admin token)."""
    added = sources_service.add_source(store, settings, kind=item.kind, url=item.url, publisher=item.publisher,
                               every_seconds=item.every_seconds)
    return _public(added)
