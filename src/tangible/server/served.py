"""The app as each process of a multi-process ``tangible serve`` builds it (uvicorn imports this by name).

Settings come from the same ``TANGIBLE_*`` environment the parent read; the parent has already
migrated the store and created the secret key, so processes never race to do either.
"""

from __future__ import annotations

from fastapi import FastAPI

from tangible.settings import Settings


def create_served_app() -> FastAPI:
    from tangible.server import create_app

    return create_app(Settings(), warm=True)
