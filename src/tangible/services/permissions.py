"""Who may do what: API tokens, their roles, and the one check every front end makes.

A token carries a role; each role grants a set of permissions (``ROLE_PERMISSIONS``). The API reads the token
from ``Authorization: Bearer``, the pages from their cookie, the CLI makes and revokes them; all of them ask
this module whether the token is valid and what it may do.
"""

from __future__ import annotations

from tangible.errors import E, AuthError, PermissionDenied
from tangible.store.tokens import ROLE_PERMISSIONS, ROLES, Token

# what a request without a token is told, by front end
API_SIGN_IN = ("This action needs an API token: send `Authorization: Bearer <token>`.",
               "Create one with `tangible token create --role analyst|moderator|admin`.")
PAGE_SIGN_IN = ("Sign in with a token first.", "Open the page and enter your token.")


def find_token(store, secret: str) -> Token | None:
    """The active token with this secret, or None (records when it was last used)."""
    return store.tokens.verify(secret.strip()) if secret else None


def authenticate(store, secret: str) -> Token:
    """The active token with this secret; a secret that names none is refused."""
    token = find_token(store, secret)
    if token is None:
        raise AuthError("The API token is not valid or has been revoked.",
                        "Create a new one with `tangible token create --role ...`.", code=E.TOKEN_INVALID)
    return token


def allows(token: Token | None, permission: str) -> bool:
    return token is not None and permission in ROLE_PERMISSIONS.get(token.role, ())


def require(token: Token | None, permission: str | None = None, *,
            sign_in: tuple[str, str] = API_SIGN_IN) -> Token:
    """The token, if there is one and its role grants ``permission`` (any token when ``permission`` is None);
    else the error to answer (401 without a token, 403 with one whose role does not grant it)."""
    if token is None:
        raise AuthError(*sign_in)
    if permission is not None and not allows(token, permission):
        allowed = sorted(r for r, perms in ROLE_PERMISSIONS.items() if permission in perms)
        raise PermissionDenied(f"A {token.role} token cannot {permission}; this needs the role {' or '.join(allowed)}.")
    return token


def signature(token: Token) -> str:
    """How a decision made with this token is recorded: its name and role."""
    return f"{token.name} ({token.role})"


def alert_owner(token: Token) -> str | None:
    """Whose alert rules a token sees: its own, or every rule (None) for an admin."""
    return None if token.role == "admin" else token.name


def create_token(store, name: str, role: str) -> tuple[Token, str]:
    """A new token and its secret (shown once, stored only hashed)."""
    return store.tokens.create(name, role)


def list_tokens(store) -> list[Token]:
    return store.tokens.list()


def revoke_token(store, token_id: int) -> Token:
    return store.tokens.revoke(token_id)


__all__ = ["ROLES", "ROLE_PERMISSIONS", "Token", "find_token", "authenticate", "allows", "require", "signature",
           "alert_owner", "create_token", "list_tokens", "revoke_token", "API_SIGN_IN", "PAGE_SIGN_IN"]
