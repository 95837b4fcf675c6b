"""Dependencies shared by the routers, as ``Annotated`` aliases.

``StoreDep`` and ``SettingsDep`` come from ``app.state`` (built once by
``create_app``). ``CurrentToken`` reads ``Authorization: Bearer <secret>`` (or,
for pages, the HttpOnly ``tangible_token`` cookie) and checks it against the
hashed tokens in the store; ``require(permission)`` checks the token's role.
"""

from __future__ import annotations

from typing import Annotated, Callable

from fastapi import Depends, Request

from tangible.errors import E, AuthError, PermissionDenied
from tangible.settings import Settings
from tangible.store import Store
from tangible.store.tokens import ROLE_PERMISSIONS, Token

TOKEN_COOKIE = "tangible_token"


# ``async`` although they never wait: FastAPI runs a plain ``def`` dependency in its thread pool,
# a hand-off per request that costs more than the lookup itself
async def get_store(request: Request) -> Store:
    return request.app.state.store


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def presented_secret(request: Request) -> str | None:
    header = request.headers.get("authorization")
    if header:
        scheme, _, value = header.partition(" ")
        if scheme.lower() != "bearer" or not value.strip():
            raise AuthError("The Authorization header must be `Bearer <token>`.",
                            "Create a token with `tangible token create --role analyst|moderator|admin`.")
        return value.strip()
    if not request.url.path.startswith("/api/"):
        return request.cookies.get(TOKEN_COOKIE) or None
    return None


def optional_token(request: Request, store: StoreDep) -> Token | None:
    secret = presented_secret(request)
    if not secret:
        return None
    token = store.tokens.verify(secret)
    if token is None:
        raise AuthError("The API token is not valid or has been revoked.",
                        "Create a new one with `tangible token create --role ...`.", code=E.TOKEN_INVALID)
    return token


def current_token(token: Annotated[Token | None, Depends(optional_token)]) -> Token:
    if token is None:
        raise AuthError("This action needs an API token: send `Authorization: Bearer <token>`.",
                        "Create one with `tangible token create --role analyst|moderator|admin`.")
    return token


CurrentToken = Annotated[Token, Depends(current_token)]
OptionalToken = Annotated[Token | None, Depends(optional_token)]


def require(permission: str) -> Callable[[Token], Token]:
    """A dependency that answers 403 unless the token's role grants ``permission``."""

    def check(token: CurrentToken) -> Token:
        if permission not in ROLE_PERMISSIONS.get(token.role, ()):
            allowed = sorted(r for r, perms in ROLE_PERMISSIONS.items() if permission in perms)
            raise PermissionDenied(f"A {token.role} token cannot {permission}; this needs the role {' or '.join(allowed)}.")
        return token

    return check


ReviewerToken = Annotated[Token, Depends(require("review"))]
ModeratorToken = Annotated[Token, Depends(require("moderate"))]
SourcesToken = Annotated[Token, Depends(require("manage sources"))]
