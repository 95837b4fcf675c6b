"""The HTTP front end: the JSON API under ``/api/v1`` and the pages, in one FastAPI app.

``create_app(settings, store=None)`` builds everything once; ``tangible serve``
runs it with uvicorn.
"""

from __future__ import annotations

import threading
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI, Request
from fastapi.staticfiles import StaticFiles

from tangible import __version__
from tangible.settings import Settings
from tangible.store import Store

API_PREFIX = "/api/v1"

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


def api_router() -> APIRouter:
    from tangible.api.routes import actors, commitments, documents, incidents, mentions, replies, sources, tokens

    router = APIRouter(prefix=API_PREFIX)
    for module in (documents, mentions, incidents, commitments, actors, sources, replies, tokens):
        router.include_router(module.router)
    return router


def create_app(settings: Settings, store: Store | None = None, *, warm: bool = False) -> FastAPI:
    from tangible.api import errors
    from tangible.web import STATIC_DIR, router as web_router
    from tangible.web.csrf import load_secret_key

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if warm:  # a served store: the dashboard's aggregates are ready before its first visitor
            from tangible.web.overview import warm_views

            threading.Thread(target=warm_views, args=(app.state.store, settings), name="warm-views",
                             daemon=True).start()
        yield
        if app.state.owns_store:
            app.state.store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="tangible",
        version=__version__,
        description="Evidence ledger API: documents, mentions, incidents, commitments and their ratings.",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,  # the interactive docs need external scripts; the OpenAPI document is enough
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = store or Store.open(settings)
    app.state.owns_store = store is None
    app.state.secret_key = load_secret_key(settings)

    errors.install(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if request.url.path.startswith(API_PREFIX) or request.method != "GET":
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    app.include_router(api_router())
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(web_router)
    return app


__all__ = ["create_app", "API_PREFIX"]
