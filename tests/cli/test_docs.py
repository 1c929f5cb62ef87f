"""Every command a user can run has help text and a README entry (sqlite-utils' docs test)."""

from __future__ import annotations

import re
from pathlib import Path

import click

from annotator.cli import cli

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## Command line")[1].split("\n## ")[0]


def _commands(group: click.Group, prefix: str = "annotator") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        full = f"{prefix} {name}"
        found.append((full, command))
        if isinstance(command, click.Group):
            found += _commands(command, full)
    return found


def test_every_command_has_help_and_a_readme_entry() -> None:
    commands = _commands(cli)
    assert len(commands) >= 20
    for full, command in commands:
        assert (command.help or "").strip(), f"{full} has no help text"
        words = full.split()[1:]
        # the command is listed in a backticked usage line of the README's command-line section
        pattern = r"`annotator [^`]*" + r"[^`]*".join(rf"\b{re.escape(w)}\b" for w in words) + r"[^`]*`"
        assert re.search(pattern, SECTION), f"{full} is not documented in README's Command line section"
        for option in command.params:
            if isinstance(option, click.Option) and not option.hidden:
                assert option.help, f"{full} {option.opts[0]} has no help text"
