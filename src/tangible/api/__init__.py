"""The JSON API under ``/api/v1``: one router per resource, each a thin layer over the services.

``tangible.server.create_app`` includes :func:`api_routers` under :data:`API_PREFIX`, with the pages.
"""

from __future__ import annotations

from fastapi import APIRouter

API_PREFIX = "/api/v1"


def api_routers() -> list[APIRouter]:
    from tangible.api.routes import (actors, alerts, briefs, commitments, documents, incidents, index, mentions,
                                     replies, sources, tokens)

    return [m.router for m in (index, documents, mentions, incidents, commitments, actors, sources, replies, tokens,
                               alerts, briefs)]


__all__ = ["api_routers", "API_PREFIX"]
