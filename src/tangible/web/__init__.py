"""Server-rendered pages (Jinja2, no external assets, no inline scripts).

``router`` gathers the page routers; ``tangible.api.create_app`` includes it.
"""

from __future__ import annotations

from fastapi import APIRouter

from tangible.web.paths import STATIC_DIR, TEMPLATES_DIR


def _build_router() -> APIRouter:
    from tangible.web import documents, evidence, overview, staff

    router = APIRouter(include_in_schema=False)
    for module in (overview, documents, evidence, staff):
        router.include_router(module.router)
    return router


router = _build_router()

__all__ = ["router", "STATIC_DIR", "TEMPLATES_DIR"]
