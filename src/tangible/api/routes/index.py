"""``/api/v1/``: what the API holds, each resource with its path and what it answers."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from tangible import __version__

router = APIRouter(tags=["index"])

RESOURCES: list[tuple[str, str, str]] = [
    ("documents", "/documents", "Stored articles and notes: clean text, publisher, URL, versions."),
    ("mentions", "/mentions", "One event reported by one sentence of one document, with the incident it belongs to."),
    ("incidents", "/incidents", "Real-world events merged from their reports, graded by sourcing; filters with several "
                                "values each, sort by date or by sources."),
    ("incidents.csv", "/incidents.csv", "The same incidents as flat CSV columns a spreadsheet opens (UTF-8 with BOM)."),
    ("incidents.jsonl", "/incidents.jsonl", "The same incidents as JSON Lines, one nested record each."),
    ("commitments", "/commitments", "Commitments from the case file and the news, each with its rating and reasons."),
    ("actors", "/actors", "Actors and armed groups of the case file."),
    ("sources", "/sources", "Feeds and their fetches (token needed to add one)."),
    ("me", "/me", "The role and name of the token a request carries."),
]


class ResourcePublic(BaseModel):
    name: str
    url: str
    description: str


class IndexPublic(BaseModel):
    name: str
    version: str
    resources: list[ResourcePublic]
    openapi: str
    reference: str
    methodology: str


def api_index(prefix: str) -> dict:
    return {"name": "tangible", "version": __version__,
            "resources": [{"name": n, "url": prefix + path, "description": d} for n, path, d in RESOURCES],
            "openapi": f"{prefix}/openapi.json", "reference": f"{prefix}/docs", "methodology": "/methodology"}


@router.get("/", response_model=IndexPublic)
def index() -> dict:
    """The API's resources, with the OpenAPI document, its reference page and the methodology."""
    from tangible.api import API_PREFIX

    return api_index(API_PREFIX)
