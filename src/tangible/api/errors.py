"""The errors each API operation documents in its OpenAPI ``responses``, all in the one error shape
(``{"ok": false, "error": "...", "code": "T…", "status": N}``, answered by ``tangible.server.errors``)."""

from __future__ import annotations

ERROR_DESCRIPTIONS = {
    400: "A value cannot be used: an unknown choice, a date range that ends before it starts, a cursor the API "
         "did not give, a NUL or control character in the path or query. The message names it.",
    401: "No API token, or one that is not valid.",
    403: "The token's role does not allow this.",
    404: "Nothing with that id.",
    413: "The request body is larger than the server accepts (TANGIBLE_MAX_REQUEST_BYTES).",
    422: "A parameter or field does not have the documented type or form; the message names it.",
    429: "Too many replies from this address; wait and send it again.",
    502: "The URL's host could not be checked or fetched.",
}


def error_responses(*statuses: int) -> dict:
    """OpenAPI ``responses`` for the errors an operation can answer, all in the one error shape."""
    from tangible.api.schemas import ErrorPublic

    return {status: {"model": ErrorPublic, "description": ERROR_DESCRIPTIONS[status]} for status in statuses}
