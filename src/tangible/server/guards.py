"""What every request must be before the app reads it: no bigger than the limit, no NUL in its address.

``RequestGuard`` is a plain ASGI middleware. A body announced larger than ``max_body_bytes`` is
refused before a byte of it is read; a body that turns out larger (sent in chunks, without a length)
is refused as soon as it passes the limit, so no request holds more than the limit in memory. A NUL
(``%00``) in the path or the query is refused with 400: no stored text holds one (PostgreSQL cannot),
and answering the same on both backends keeps the contract one. Text in a body is cleaned by the
service that stores it, as every stored text is.
"""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request

from tangible.server.errors import error_response
from tangible.errors import E

NUL_CODE = E.NUL_IN_REQUEST


class Refused(HTTPException):
    """Raised while the app reads the body; answered by the app's error handler in the one error shape."""

    def __init__(self, status: int, message: str, code: str):
        super().__init__(status, message)
        self.code = code


class RequestGuard:
    def __init__(self, app, max_body_bytes: int):
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        where = _nul_in(scope)
        if where:
            return await _refuse(scope, receive, send, 400, f"The request's {where} contains a NUL character (%00); "
                                                            "no value may hold one.", NUL_CODE)
        limit = self.max_body_bytes
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            return await _refuse(scope, receive, send, 413, _too_large(declared, limit), E.REQUEST_TOO_LARGE)
        received = 0

        async def guarded_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise Refused(413, _too_large(received, limit), E.REQUEST_TOO_LARGE)
            return message

        await self.app(scope, guarded_receive, send)


def _too_large(size: int, limit: int) -> str:
    return (f"The request body is {size:,} bytes or more; the limit is {limit:,} bytes "
            "(TANGIBLE_MAX_REQUEST_BYTES).")


def _content_length(scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            return int(value) if value.isdigit() else None
    return None


def _nul_in(scope) -> str | None:
    if "\x00" in scope.get("path", ""):
        return "path"
    query = scope.get("query_string", b"")
    if b"\x00" in query or b"%00" in query:
        return "query"
    return None


async def _refuse(scope, receive, send, status: int, message: str, code: str) -> None:
    response = error_response(Request(scope, receive), status, message, code)
    if status == 413:
        response.headers["Connection"] = "close"  # the body is not read: the connection cannot be reused
    await response(scope, receive, send)
