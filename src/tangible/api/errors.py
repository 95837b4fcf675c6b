"""Every error becomes one shape, once: JSON under ``/api/`` and an error page elsewhere.

JSON: ``{"ok": false, "error": "...", "code": "T…", "status": N}``. Unexpected
exceptions are logged with their traceback and answered with a plain message.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from tangible.errors import TangibleError

log = logging.getLogger(__name__)

_HTTP_CODES = {
    400: "T100",
    401: "T401",
    403: "T403",
    404: "T404",
    405: "T405",
    413: "T413",
    422: "T100",
    429: "T429",
}


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def error_response(request: Request, status: int, message: str, code: str) -> Response:
    if wants_json(request):
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        return JSONResponse({"ok": False, "error": message, "code": code, "status": status},
                            status_code=status, headers=headers)
    from tangible.web.render import render_error

    return render_error(request, status, message, code)


def _describe_validation(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path", "header", "cookie")]
        where = ".".join(loc) or "request"
        value = err.get("input")
        shown = f" (got {value!r})" if isinstance(value, (str, int, float)) and len(repr(value)) < 60 else ""
        parts.append(f"{where}: {err.get('msg', 'invalid value')}{shown}")
    return "Invalid input — " + "; ".join(parts) + "."


def install(app: FastAPI) -> None:
    @app.exception_handler(TangibleError)
    async def on_tangible_error(request: Request, exc: TangibleError):
        message = exc.message + (f" {exc.hint}" if exc.hint else "")
        if exc.status >= 500:
            log.error("%s on %s %s", exc.code, request.method, request.url.path, exc_info=exc)
        return error_response(request, exc.status, message, exc.code)

    @app.exception_handler(RequestValidationError)
    async def on_validation_error(request: Request, exc: RequestValidationError):
        return error_response(request, 422, _describe_validation(exc), "T100")

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 404 and exc.detail in (None, "Not Found"):
            message = f"Nothing at {request.url.path}."
        else:
            message = str(exc.detail)
        return error_response(request, exc.status_code, message, _HTTP_CODES.get(exc.status_code, f"T{exc.status_code}"))

    @app.exception_handler(Exception)
    async def on_unexpected(request: Request, exc: Exception):
        log.exception("Unexpected error on %s %s", request.method, request.url.path)
        return error_response(request, 500, "Internal error. The server log has the details.", "T999")
