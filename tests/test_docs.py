"""Every setting and every command is documented."""

from __future__ import annotations

from pathlib import Path

import click

from tangible.cli.main import cli
from tangible.settings import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def test_every_setting_is_in_the_readme():
    missing = [f"TANGIBLE_{name.upper()}" for name in Settings.model_fields if f"TANGIBLE_{name.upper()}" not in README]
    assert not missing, f"README.md does not document {missing}"


def test_every_setting_has_a_description():
    assert all(field.description for field in Settings.model_fields.values())


def _commands(group: click.Group, prefix=()):
    for name, command in group.commands.items():
        yield prefix + (name,), command
        if isinstance(command, click.Group):
            yield from _commands(command, prefix + (name,))


def test_every_command_has_help_text():
    undocumented = [" ".join(path) for path, command in _commands(cli) if not (command.help or command.short_help)]
    assert not undocumented, f"commands without help: {undocumented}"


def test_readme_gives_the_two_commands():
    assert "make demo" in README and "make test" in README
