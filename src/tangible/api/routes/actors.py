"""``/api/v1/actors`` — the actors and armed groups of the case file."""

from __future__ import annotations

from fastapi import APIRouter

from tangible.http.deps import SettingsDep
from tangible.api.errors import error_responses
from tangible.api.schemas import ActorPublic, ListPublic
from tangible.services.case import get_case

router = APIRouter(prefix="/actors", tags=["actors"], responses=error_responses(400))


def actors_public(case) -> list[dict]:
    out = []
    for role, pool in (("actor", case.actors), ("group", case.groups)):
        for e in pool.values():
            out.append({"id": e.id, "name": e.name, "kind": e.kind, "role": role, "aliases": list(e.aliases),
                        "country": e.country, "valid_from": e.valid_from, "valid_to": e.valid_to})
    return out


@router.get("", response_model=ListPublic[ActorPublic])
def actors_index(settings: SettingsDep):
    """Governments and armed groups known to the case file, with their aliases."""
    data = actors_public(get_case(settings))
    return {"data": data, "count": len(data), "next": None}
