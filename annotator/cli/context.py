"""What one ``annotator`` invocation knows: the coder it was given and its passphrases.

Why an object on click's context and not module variables: the command line runs
embedded too (tests, scripts calling :func:`annotator.cli.main` twice in one process),
and a coder or passphrase kept in a module would outlive its command and reach the
next one. :func:`annotator.cli.main` makes a fresh :class:`Invocation` for every call;
it is gone when the call returns.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import click

from annotator.core.errors import AnnotatorError

PROJECT = click.Path(dir_okay=False, path_type=Path)
F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class Invocation:
    """The state of one command line: ``--coder`` (before or after the command) and the
    passphrases it may use (``--passphrase-file``, or typed at the prompt once per file)."""

    coder: str | None = None
    passphrase_file: Path | None = None
    _from_file: str | None = field(default=None, repr=False)
    _typed: dict[Path, str] = field(default_factory=dict, repr=False)

    def given_passphrase(self, path: Path) -> str | None:
        """The passphrase this invocation has for ``path`` without asking anyone."""
        if self.passphrase_file is not None:
            if self._from_file is None:
                self._from_file = read_passphrase_file(self.passphrase_file)
            return self._from_file
        return self._typed.get(_key(path))

    def remember_typed(self, path: Path, passphrase: str) -> None:
        self._typed[_key(path)] = passphrase


def _key(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def invocation() -> Invocation:
    """The running command's :class:`Invocation` (a fresh one outside :func:`annotator.cli.main`)."""
    ctx = click.get_current_context(silent=True)
    if ctx is None:
        return Invocation()
    return ctx.find_root().ensure_object(Invocation)


def read_passphrase_file(path: Path) -> str:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise AnnotatorError(f"cannot read the passphrase file ({exc})", path=path) from None
    if not lines or not lines[0]:
        raise AnnotatorError("the passphrase file is empty", path=path)
    return lines[0]


def _set_coder(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.find_root().ensure_object(Invocation).coder = value


def coder_option(help_text: str) -> Callable[[F], F]:
    """``--coder NAME`` after the command: the same as before it (this one wins)."""
    return click.option(
        "--coder",
        metavar="NAME",
        expose_value=False,
        callback=_set_coder,
        help=help_text,
    )


def fail(message: str) -> None:
    """One line on stderr, exit status 1."""
    click.echo(f"annotator: {' '.join(message.split())}", err=True)
    sys.exit(1)


def say(message: str) -> None:
    """A notice (not the command's output): on stderr, so ``--json`` output stays clean."""
    click.echo(message, err=True)


def progress(label: str, total: int) -> tuple[Callable[[int, int, str], None], Callable[[], None]]:
    """A terminal progress bar on stderr when it is a TTY; silent otherwise."""
    if total < 2 or not sys.stderr.isatty():
        return (lambda done, total, name: None), (lambda: None)
    bar = click.progressbar(length=total, label=label, file=sys.stderr, show_pos=True)
    bar.__enter__()
    state = {"done": 0}

    def update(done: int, of: int, _name: str) -> None:
        position = round(done * total / of) if of else 0  # the worker's total may differ from ours
        bar.update(position - state["done"])
        state["done"] = position

    return update, lambda: bar.__exit__(None, None, None)
