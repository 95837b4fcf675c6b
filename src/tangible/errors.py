"""Every error tangible raises on purpose, with a code and the user's next step.

Front ends convert ``TangibleError`` once: the CLI prints ``[CODE] message`` and
exits non-zero, the API answers ``{"ok": false, "error": ..., "code": ..., "status": ...}``,
the web shows an error page.
"""

from __future__ import annotations


class TangibleError(Exception):
    """Base class. ``code`` is stable; ``hint`` tells the user what to do next."""

    code = "T000"
    status = 400

    def __init__(self, message: str, hint: str | None = None, *, code: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint
        if code:
            self.code = code

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        if self.hint:
            text += f" {self.hint}"
        return text


class InputError(TangibleError):
    """A file, line, URL or value given to tangible cannot be used."""

    code = "T100"


class CaseFileError(TangibleError):
    """The case file is invalid; the message names the file and line."""

    code = "T200"


class StoreError(TangibleError):
    """The store cannot be opened, migrated or written."""

    code = "T300"
    status = 500


class RecordRejected(StoreError):
    """The store refused a row (a value it cannot hold, a duplicate key): the data is at fault, not the
    store, so the rows around it can still be written."""

    code = "T307"
    status = 400

    def __init__(self, message: str, hint: str | None = None, *, integrity: bool = False):
        super().__init__(message, hint or "The input is reported and skipped; the rest is stored.")
        self.integrity = integrity  # a key already present (often: written by another process meanwhile)


class NotFound(TangibleError):
    code = "T404"
    status = 404


class FetchError(TangibleError):
    """A URL could not be fetched, or was refused by a safety rule."""

    code = "T500"
    status = 502


class AuthError(TangibleError):
    code = "T401"
    status = 401


class PermissionDenied(TangibleError):
    code = "T403"
    status = 403


class ModelError(TangibleError):
    """A bundled model is missing or cannot be loaded."""

    code = "T600"
    status = 500
