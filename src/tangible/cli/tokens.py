"""`tangible token create|list|revoke`: API tokens for write endpoints and the staff pages."""

from __future__ import annotations

import click

from tangible.cli.main import AppContext, pass_app
from tangible.services import permissions
from tangible.services.permissions import ROLES


@click.group("token")
def token_group() -> None:
    """API tokens (stored hashed; the secret is shown once, at creation)."""


@token_group.command("create")
@click.option("--role", type=click.Choice(ROLES), required=True, help="analyst: review and sources; moderator: replies; admin: all.")
@click.option("--name", required=True, help="Who or what uses the token.")
@pass_app
def create_token(app: AppContext, role: str, name: str) -> None:
    """Create a token and print its secret once."""
    token, secret = permissions.create_token(app.store, name, role)
    click.echo(secret)
    click.echo(f"Token {token.id} ({token.role}, {token.name!r}) created. The secret above is shown only once; "
               "send it as `Authorization: Bearer <secret>`.", err=True)


@token_group.command("list")
@pass_app
def list_tokens(app: AppContext) -> None:
    """Every token: id, role, name, created, last used, revoked."""
    for t in permissions.list_tokens(app.store):
        state = f"revoked {t.revoked_at:%Y-%m-%d}" if t.revoked_at else "active"
        used = f"{t.last_used_at:%Y-%m-%d %H:%M}" if t.last_used_at else "never"
        click.echo(f"{t.id:>4}  {t.role:<9} {state:<18} created {t.created_at:%Y-%m-%d}  used {used:<16}  {t.name}")


@token_group.command("revoke")
@click.argument("token_id", type=int)
@pass_app
def revoke_token(app: AppContext, token_id: int) -> None:
    """Revoke a token by id (see `tangible token list`)."""
    t = permissions.revoke_token(app.store, token_id)
    click.echo(f"Token {t.id} ({t.role}, {t.name!r}) revoked.")


def register(group: click.Group) -> None:
    group.add_command(token_group)
