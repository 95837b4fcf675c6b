"""The ``tangible`` command. Each command module registers its commands here.

Commands are thin: open the store, call one service function, print. Library
errors (``TangibleError``) are converted once, here: ``[CODE] message`` on
stderr and exit code 1.
"""

from __future__ import annotations

import importlib
import logging
import sys

import click

from tangible import __version__
from tangible.cli.lifetime import exit_now
from tangible.errors import E, TangibleError
from tangible.settings import Settings

# Modules that define ``register(group)``; each owns one area of the CLI.
COMMAND_MODULES = [
    "tangible.cli.documents",
    "tangible.cli.database",
    "tangible.cli.extract",
    "tangible.cli.case",
    "tangible.cli.evaluate",
    "tangible.cli.train",
    "tangible.cli.sources",
    "tangible.cli.resolve",
    "tangible.cli.ledger",
    "tangible.cli.serve",
    "tangible.cli.tokens",
    "tangible.cli.brief",
    "tangible.cli.backfill",
    "tangible.cli.alerts",
    "tangible.cli.coverage",
]


class AppContext:
    """Settings built once at start-up; the store opened on first use."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._store = None

    @property
    def store(self):
        if self._store is None:
            from tangible.store import Store

            self._store = Store.open(self.settings)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


pass_app = click.make_pass_decorator(AppContext)


class TangibleGroup(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except TangibleError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)


@click.group(cls=TangibleGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tangible")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.pass_context
def cli(ctx: click.Context, verbose: int) -> None:
    """tangible: an evidence ledger from the news — who promised what, and what was done.

    Settings come from TANGIBLE_* environment variables (see `tangible settings`).
    """
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        settings = Settings()
    except Exception as exc:  # pydantic's validation error names the variable
        raise click.ClickException(f"[{E.SETTING_INVALID}] Invalid TANGIBLE_* setting: {exc}") from exc
    app = AppContext(settings)
    ctx.obj = app
    ctx.call_on_close(app.close)


@cli.command("settings")
@pass_app
def show_settings(app: AppContext) -> None:
    """Show every setting, its environment variable and current value."""
    for name, field in Settings.model_fields.items():
        value = getattr(app.settings, name)
        if name in ("secret_key", "smtp_password") and value:
            value = "(set)"
        click.echo(f"TANGIBLE_{name.upper():<24} {value!s:<40} {field.description or ''}")


def _register_all() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(cli)


_register_all()


def main() -> None:
    """The ``tangible`` program: runs the command, then ends the process without the interpreter's teardown
    (see ``lifetime.exit_now``)."""
    try:
        cli(prog_name="tangible")
    except SystemExit as done:  # how click ends every command, with its status
        exit_now(done.code)
    exit_now(0)
