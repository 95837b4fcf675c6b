"""The HTTP server: the JSON API under ``/api/v1`` and the pages, assembled in one FastAPI app.

``create_app(settings, store=None)`` builds everything once; ``tangible serve`` runs it with uvicorn. This
module sits above both front ends: ``tangible.api`` and ``tangible.web`` share ``tangible.http`` and never
import each other.
"""

from __future__ import annotations

import threading
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from tangible import __version__
from tangible.api import API_PREFIX, api_routers
from tangible.server.guards import RequestGuard
from tangible.settings import Settings
from tangible.store import Store
from tangible.web import STATIC_DIR, web_routers
from tangible.web.csrf import load_secret_key

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


class SecurityHeaders:
    """Adds :data:`SECURITY_HEADERS` (and ``Cache-Control: no-store`` on the API and on anything but GET)
    to every response that does not set them itself. A plain ASGI middleware: it only edits the
    response's start message, where a ``BaseHTTPMiddleware`` wraps every response in a stream and a
    task group (several times the cost of a small request)."""

    def __init__(self, app):
        self.app = app
        self.headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        no_store = scope["path"].startswith(API_PREFIX) or scope["method"] != "GET"

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers.extend((k, v) for k, v in self.headers if k not in present)
                if no_store and b"cache-control" not in present:
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(settings: Settings, store: Store | None = None, *, warm: bool = False) -> FastAPI:
    from tangible.server import errors

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
        docs_url=None,  # the reference page is served from vendored assets (tangible.web.methodology)
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = store or Store.open(settings)
    app.state.owns_store = store is None
    app.state.secret_key = load_secret_key(settings)

    errors.install(app)

    # outermost first: the client's address (from a trusted proxy only), security headers on every
    # answer, then the request's size and NUL checks before anything reads it
    app.add_middleware(RequestGuard, max_body_bytes=settings.max_request_bytes)
    app.add_middleware(SecurityHeaders)
    proxies = trusted_proxies(settings)
    if proxies:
        from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=proxies)

    # every router is included in the app itself, one level deep: FastAPI matches a request against
    # each level of nested routers again, which cost more than the pages' own work
    for router in api_routers():
        app.include_router(router, prefix=API_PREFIX)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    for router in web_routers():
        app.include_router(router, include_in_schema=False)
    app.openapi = lambda: _openapi(app, settings)
    return app


def prepare(settings: Settings) -> None:
    """What is done once before several server processes start, so that they never race to do it: the
    store's migrations, the case's commitments in the store, the CSRF key."""
    from tangible.services.case import get_case
    from tangible.services.ledger import sync_case_commitments

    store = Store.open(settings)  # opening migrates
    try:
        sync_case_commitments(store, get_case(settings))  # the commitment pages of a store never resolved
    finally:
        store.close()
    load_secret_key(settings)


def trusted_proxies(settings: Settings) -> list[str]:
    """The addresses or networks whose X-Forwarded-For is believed (TANGIBLE_TRUSTED_PROXIES)."""
    return [p.strip() for p in settings.trusted_proxies.split(",") if p.strip()]


def _openapi(app: FastAPI, settings: Settings) -> dict:
    """FastAPI's OpenAPI document, completed with what the app enforces beyond the models: no path or
    query value may hold a NUL (see ``RequestGuard``), and the reply length is the one set for this server."""
    if app.openapi_schema is None:
        from fastapi.openapi.utils import get_openapi

        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        for path in schema.get("paths", {}).values():
            for operation in path.values():
                for parameter in operation.get("parameters", []):
                    _no_nul(parameter.get("schema", {}))
        reply = schema.get("components", {}).get("schemas", {}).get("ReplyIn")
        if reply:
            reply["properties"]["body"]["maxLength"] = settings.max_reply_chars
        app.openapi_schema = schema
    return app.openapi_schema


_NO_NUL = "^[^\\u0000]*$"


def _no_nul(schema: dict) -> None:
    """Give a string schema (or each string branch of an anyOf) the pattern that excludes NUL, unless
    it has its own pattern (which excludes it too)."""
    for branch in schema.get("anyOf", [schema]):
        if branch.get("type") == "string" and "pattern" not in branch and "enum" not in schema \
                and "format" not in branch:
            branch["pattern"] = _NO_NUL


__all__ = ["create_app", "prepare", "API_PREFIX"]
