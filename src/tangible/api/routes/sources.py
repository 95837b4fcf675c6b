"""``/api/v1/sources`` — registered feeds and pages; adding one needs an analyst or admin token."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from tangible.api.deps import SettingsDep, SourcesToken, StoreDep
from tangible.errors import TangibleError
from tangible.store import Store

router = APIRouter(prefix="/sources", tags=["sources"])


class NotAvailable(TangibleError):
    code = "T501"
    status = 501


def source_repo(store: Store):
    try:
        return store.sources
    except ModuleNotFoundError:
        return None


def _public(item) -> dict:
    data = item.to_dict() if hasattr(item, "to_dict") else dict(item)
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in data.items()
            if k not in ("etag", "last_modified")}


@router.get("")
def sources_index(store: StoreDep, active: Annotated[bool | None, Query()] = None) -> dict:
    """Registered sources (feeds, pages) with their polling state."""
    repo = source_repo(store)
    items = [] if repo is None else list(repo.list())
    if active is not None:
        items = [s for s in items if bool(getattr(s, "active", True)) == active]
    data = [_public(s) for s in items]
    return {"data": data, "count": len(data), "next": None}


class SourceIn(BaseModel):
    kind: Literal["feed", "page"] = "feed"
    url: str = Field(min_length=8, max_length=2000)
    publisher: str | None = Field(default=None, max_length=200)
    every_seconds: int | None = Field(default=None, ge=60, le=7 * 86400)


@router.post("", status_code=201)
def add_source(item: SourceIn, store: StoreDep, settings: SettingsDep, token: SourcesToken) -> dict:
    """Register a feed or page to poll (analyst or admin token)."""
    try:
        from tangible.services import sources as service
    except ModuleNotFoundError as exc:
        raise NotAvailable("Adding sources is not available in this build.", "Use `tangible ingest` for files.") from exc
    added = service.add_source(store, settings, kind=item.kind, url=item.url, publisher=item.publisher,
                               every_seconds=item.every_seconds)
    return _public(added)
