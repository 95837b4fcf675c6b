"""Dependencies shared by the API's routers and the pages, as ``Annotated`` aliases.

``StoreDep`` and ``SettingsDep`` come from ``app.state`` (built once by ``tangible.server.create_app``).
``CurrentToken`` reads ``Authorization: Bearer <secret>`` (or, for pages, the HttpOnly ``tangible_token``
cookie) and has the permission service check it; ``require(permission)`` checks the token's role there too.
"""

from __future__ import annotations

from typing import Annotated, Callable

from fastapi import Depends, Request

from tangible.errors import AuthError
from tangible.services import permissions
from tangible.services.permissions import Token
from tangible.settings import Settings
from tangible.store import Store

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
    return permissions.authenticate(store, secret) if secret else None


def current_token(token: Annotated[Token | None, Depends(optional_token)]) -> Token:
    return permissions.require(token)


CurrentToken = Annotated[Token, Depends(current_token)]
OptionalToken = Annotated[Token | None, Depends(optional_token)]


def require(permission: str) -> Callable[[Token], Token]:
    """A dependency that answers 403 unless the token's role grants ``permission``."""

    def check(token: CurrentToken) -> Token:
        return permissions.require(token, permission)

    return check


ReviewerToken = Annotated[Token, Depends(require("review"))]
ModeratorToken = Annotated[Token, Depends(require("moderate"))]
SourcesToken = Annotated[Token, Depends(require("manage sources"))]
