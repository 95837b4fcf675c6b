"""Jinja2 rendering with autoescape, the CSRF cookie and the error page."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from tangible.ontology import type_family
from tangible.sources.urls import safe_link
from tangible.web import csrf
from tangible.web.paths import TEMPLATES_DIR


def fmt_date(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M UTC")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


_env = Environment(
    loader=FileSystemLoader(str(TEMPLATES_DIR)),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
    auto_reload=False,  # templates ship with the package: no file check on every render
)
_env.filters["date"] = fmt_date
_env.filters["family"] = type_family
_env.filters["link"] = safe_link  # only http(s) URLs become links; anything else is shown as text

__all__ = ["render", "render_error", "fmt_date", "type_family"]


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    key = request.app.state.secret_key
    nonce = request.cookies.get(csrf.CSRF_COOKIE)
    set_cookie = not nonce or len(nonce) > 64
    if set_cookie:
        nonce = csrf.new_nonce()
    context.setdefault("csrf_token", csrf.issue(key, nonce))
    context.setdefault("signed_in", None)
    html = _env.get_template(template).render(request=request, path=request.url.path, **context)
    response = HTMLResponse(html, status_code=status)
    if set_cookie:
        response.set_cookie(csrf.CSRF_COOKIE, nonce, httponly=True, samesite="strict",
                            secure=request.url.scheme == "https", path="/")
    return response


def render_error(request: Request, status: int, message: str, code: str) -> HTMLResponse:
    titles = {400: "Bad request", 401: "Token needed", 403: "Not allowed", 404: "Not found",
              422: "Invalid input", 429: "Too many requests"}
    return render(request, "error.html", status=status, title=titles.get(status, "Error"),
                  message=message, code=code, http_status=status)
