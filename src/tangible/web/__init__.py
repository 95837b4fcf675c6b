"""Server-rendered pages (Jinja2, no external assets, no inline scripts).

``web_routers()`` lists the page routers; ``tangible.server.create_app`` includes them with the API.
"""

from __future__ import annotations

from fastapi import APIRouter

from tangible.web.paths import STATIC_DIR, TEMPLATES_DIR


def web_routers() -> list[APIRouter]:
    from tangible.web import alerts, briefs, documents, evidence, methodology, overview, staff

    return [m.router for m in (overview, documents, evidence, staff, alerts, briefs, methodology)]


__all__ = ["web_routers", "STATIC_DIR", "TEMPLATES_DIR"]
