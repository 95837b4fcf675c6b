"""Every error becomes one shape, once: JSON under ``/api/`` and an error page elsewhere (installed by
``create_app`` over both front ends).

JSON: ``{"ok": false, "error": "...", "code": "T…", "status": N}``. Unexpected
exceptions are logged with their traceback and answered with a plain message.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from tangible.errors import E, TangibleError

log = logging.getLogger(__name__)

_HTTP_CODES = {
    400: E.INVALID_INPUT,
    401: E.AUTH_REQUIRED,
    403: E.FORBIDDEN,
    404: E.NOT_FOUND,
    405: E.METHOD_NOT_ALLOWED,
    413: E.REQUEST_TOO_LARGE,
    422: E.INVALID_INPUT,
    429: E.RATE_LIMITED,
}


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def error_response(request: Request, status: int, message: str, code: str,
                   headers: dict[str, str] | None = None) -> Response:
    if wants_json(request):
        headers = dict(headers or {})
        if status == 401:
            headers["WWW-Authenticate"] = "Bearer"
        return JSONResponse({"ok": False, "error": message, "code": code, "status": status},
                            status_code=status, headers=headers or None)
    from tangible.web.render import render_error

    response = render_error(request, status, message, code)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _describe_validation(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path", "header", "cookie")]
        where = ".".join(loc) or "request"
        value = err.get("input")
        shown = f" (got {value!r})" if isinstance(value, (str, int, float)) and len(repr(value)) < 60 else ""
        parts.append(f"{where}: {err.get('msg', 'invalid value')}{shown}")
    return "Invalid input — " + "; ".join(parts) + "."


def allowed_methods(request: Request) -> list[str]:
    """Every method some route answers at this path (Starlette names only the first route's)."""
    from starlette.routing import Match

    methods: set[str] = set()
    for route in request.app.router.routes:
        if getattr(route, "methods", None) and route.matches(request.scope)[0] != Match.NONE:
            methods |= route.methods  # PARTIAL: the path matches, the method does not
    return sorted(methods)


def install(app: FastAPI) -> None:
    @app.exception_handler(TangibleError)
    async def on_tangible_error(request: Request, exc: TangibleError):
        message = exc.message + (f" {exc.hint}" if exc.hint else "")
        if exc.status >= 500:
            log.error("%s on %s %s", exc.code, request.method, request.url.path, exc_info=exc)
        return error_response(request, exc.status, message, exc.code)

    @app.exception_handler(RequestValidationError)
    async def on_validation_error(request: Request, exc: RequestValidationError):
        return error_response(request, 422, _describe_validation(exc), E.INVALID_INPUT)

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 404 and exc.detail in (None, "Not Found"):
            message = f"Nothing at {request.url.path}."
        else:
            message = str(exc.detail)
        # an HTTP error keeps its headers (a 405 its Allow)
        code = getattr(exc, "code", None) or _HTTP_CODES.get(exc.status_code, f"T{exc.status_code}")
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = ", ".join(allowed_methods(request))
        return error_response(request, exc.status_code, message, code, headers)

    @app.exception_handler(Exception)
    async def on_unexpected(request: Request, exc: Exception):
        log.exception("Unexpected error on %s %s", request.method, request.url.path)
        return error_response(request, 500, "Internal error. The server log has the details.", E.INTERNAL)
