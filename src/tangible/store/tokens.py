"""API tokens. Only the sha256 of each secret is stored; the secret is shown once."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update

from tangible.errors import E, InputError, NotFound
from tangible.store.db import Database, inserted_id
from tangible.store.documents import now
from tangible.store.schema import tokens

ROLES = ("analyst", "moderator", "admin")
ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    "analyst": frozenset({"review", "manage sources"}),
    "moderator": frozenset({"moderate"}),
    "admin": frozenset({"review", "manage sources", "moderate"}),
}
SECRET_PREFIX = "tgb_"


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Token:
    id: int
    name: str
    role: str
    created_at: datetime
    revoked_at: datetime | None
    last_used_at: datetime | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "role": self.role,
            "created_at": self.created_at.isoformat() if self.created_at else None,
            "revoked_at": self.revoked_at.isoformat() if self.revoked_at else None,
            "last_used_at": self.last_used_at.isoformat() if self.last_used_at else None,
        }


def _row(r: Any) -> Token:
    m = r._mapping
    return Token(m["id"], m["name"], m["role"], m["created_at"], m["revoked_at"], m["last_used_at"])


class TokenRepository:
    def __init__(self, db: Database):
        self.db = db

    def create(self, name: str, role: str) -> tuple[Token, str]:
        """A new token; returns it with its secret (shown once, never stored)."""
        name = (name or "").strip()
        if role not in ROLES:
            raise InputError(f"Unknown role {role!r}.", f"Use one of: {', '.join(ROLES)}.", code=E.UNKNOWN_TOKEN_ROLE)
        if not name or len(name) > 120:
            raise InputError("A token needs a name of 1 to 120 characters (who or what uses it).", code=E.TOKEN_NAME)
        secret = SECRET_PREFIX + secrets.token_urlsafe(32)
        created = now()
        with self.db.write() as conn:
            token_id = inserted_id(conn.execute(
                tokens.insert().values(name=name, role=role, token_hash=hash_secret(secret), created_at=created)))
        return Token(token_id, name, role, created, None, None), secret

    def verify(self, secret: str) -> Token | None:
        """The active token with this secret, or None. Records when it was last used."""
        if not secret or len(secret) > 200:
            return None
        digest = hash_secret(secret)
        with self.db.read() as conn:
            row = conn.execute(select(tokens).where(tokens.c.token_hash == digest)).first()
        if row is None or row.revoked_at is not None or not hmac.compare_digest(row.token_hash, digest):
            return None
        token = _row(row)
        with self.db.write() as conn:
            conn.execute(update(tokens).where(tokens.c.id == token.id).values(last_used_at=now()))
        return token

    def list(self, *, include_revoked: bool = True) -> list[Token]:
        q = select(tokens).order_by(tokens.c.id)
        if not include_revoked:
            q = q.where(tokens.c.revoked_at.is_(None))
        with self.db.read() as conn:
            return [_row(r) for r in conn.execute(q)]

    def revoke(self, token_id: int) -> Token:
        with self.db.write() as conn:
            row = conn.execute(select(tokens).where(tokens.c.id == token_id)).first()
            if row is None:
                raise NotFound(f"No token with id {token_id}.", "See `tangible token list`.")
            if row.revoked_at is None:
                conn.execute(update(tokens).where(tokens.c.id == token_id).values(revoked_at=now()))
            row = conn.execute(select(tokens).where(tokens.c.id == token_id)).first()
        return _row(row)
