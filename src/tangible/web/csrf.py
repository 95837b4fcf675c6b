"""The secret key and CSRF tokens for the forms.

The key is ``settings.secret_key``, or a random key generated once and kept in
``DATA_DIR/secret_key`` (mode 0600). A CSRF token is ``nonce.issued.signature``
(HMAC-SHA256 over the nonce and time); the same nonce sits in an HttpOnly
cookie, so a token only works from the browser it was given to.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
from pathlib import Path

from tangible.errors import E, StoreError, TangibleError
from tangible.settings import Settings

CSRF_COOKIE = "tangible_csrf"
CSRF_FIELD = "csrf_token"
MAX_AGE = 4 * 3600


class CsrfError(TangibleError):
    code = E.CSRF
    status = 403


def load_secret_key(settings: Settings) -> bytes:
    if settings.secret_key:
        return settings.secret_key.encode("utf-8")
    path = Path(settings.data_dir) / "secret_key"
    try:
        if path.exists():
            return path.read_text(encoding="ascii").strip().encode("ascii")
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_hex(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(key)
        return key.encode("ascii")
    except FileExistsError:  # another process wrote it first
        return path.read_text(encoding="ascii").strip().encode("ascii")
    except OSError as exc:
        raise StoreError(f"Cannot read or create the secret key file {path}: {exc}.",
                         "Set TANGIBLE_SECRET_KEY or make TANGIBLE_DATA_DIR writable.", code=E.SECRET_KEY_FILE) from exc


def _sign(key: bytes, nonce: str, issued: int) -> str:
    return hmac.new(key, f"csrf|{nonce}|{issued}".encode(), hashlib.sha256).hexdigest()[:40]


def new_nonce() -> str:
    return secrets.token_urlsafe(18)


def issue(key: bytes, nonce: str, *, now: float | None = None) -> str:
    issued = int(now if now is not None else time.time())
    return f"{nonce}.{issued}.{_sign(key, nonce, issued)}"


def verify(key: bytes, token: str | None, cookie_nonce: str | None, *, now: float | None = None) -> None:
    problem = None
    try:
        nonce, issued_s, sig = (token or "").split(".")
        issued = int(issued_s)
    except ValueError:
        problem = "is missing or malformed"
    else:
        if not hmac.compare_digest(sig, _sign(key, nonce, issued)):
            problem = "has a wrong signature"
        elif not cookie_nonce or not hmac.compare_digest(nonce, cookie_nonce):
            problem = "does not belong to this browser (cookies must be enabled)"
        elif (now if now is not None else time.time()) - issued > MAX_AGE:
            problem = "has expired"
    if problem:
        raise CsrfError(f"The form's security token {problem}.", "Reload the page and submit the form again.")
