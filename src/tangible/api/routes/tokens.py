"""``/api/v1/me`` — which token is this (name and role); never the secret."""

from __future__ import annotations

from fastapi import APIRouter

from tangible.http.deps import CurrentToken
from tangible.api.errors import error_responses
from tangible.api.schemas import TokenPublic

router = APIRouter(tags=["tokens"])


@router.get("/me", response_model=TokenPublic, responses=error_responses(400, 401))
def whoami(token: CurrentToken):
    """The token sent in `Authorization: Bearer …`: its name and role."""
    return token.to_dict()
