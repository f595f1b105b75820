"""Every command and every option is documented in the README (a test fails otherwise)."""

from __future__ import annotations

from collections.abc import Iterator

import click

from marsad.cli import main

from .conftest import ROOT


def commands(group: click.Group, prefix: str = "marsad") -> Iterator[tuple[str, click.Command]]:
    ctx = click.Context(group)
    for name in group.list_commands(ctx):  # the lazy groups too: list_commands, not .commands
        command = group.get_command(ctx, name)
        assert command is not None, name
        path = f"{prefix} {name}"
        if isinstance(command, click.Group):
            yield from commands(command, path)
        else:
            yield path, command


def test_every_command_and_option_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing: list[str] = []
    for path, command in commands(main):
        if path not in readme:
            missing.append(path)
        for param in command.params:
            for opt in [*param.opts, *param.secondary_opts]:
                if opt.startswith("--") and opt != "--help" and opt not in readme:
                    missing.append(f"{path} {opt}")
    assert missing == []


def test_every_command_has_an_example_in_its_help() -> None:
    for path, command in commands(main):
        assert command.help and "Example" in command.help, path
