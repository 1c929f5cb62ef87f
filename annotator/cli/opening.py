"""The one way every command opens a project.

In order: the app's lock (for commands that replace the file: it must be closed in
the app), the passphrase (``--passphrase-file``/``$ANNOTATOR_PASSPHRASE_FILE``, else
asked at a terminal, else one line saying how to give it), the upgrade of an older
project (read-only commands too: it is upgraded first, with the same notice), the
unfinished copies a killed conversion left, and the coder: the name from ``--coder``,
``$ANNOTATOR_CODER`` or the remembered one, resolved once to the project's coder record
(in any case or width), which the command passes into the core.

Commands that work on several files (merge, package, restore) take each file's
passphrase from :func:`passphrase_for`, the same source and the same prompt.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import click

from annotator.core import config
from annotator.core.errors import AnnotatorError, ProjectOutdated, ProjectReadOnly, UsageError
from annotator.core.model import Coder, clean_coder_name, new_guid
from annotator.core.store import ProjectStore, read_holder
from annotator.core.store.cipher import PassphraseNeeded

from .context import invocation, say

MIN_PASSPHRASE = 8


class CoderUse(Enum):
    """What a command needs of the coder."""

    NONE = "none"  # reads, or records nobody
    OPTIONAL = "optional"  # records who acted when a coder is known (made in the project if new)
    REQUIRED = "required"  # cannot run without one (exit 2)


@dataclass
class Opened:
    store: ProjectStore
    coder: Coder | None  # the acting coder's record, resolved once
    new_coder: bool = False  # not in the project before this command

    @property
    def coder_guid(self) -> str:
        return self.coder.guid if self.coder else ""

    def announce_new_coder(self) -> None:
        """Say that the command added its coder to the project (call when it has)."""
        if self.new_coder and self.coder is not None:
            say(f"New coder {self.coder.name!r} in {self.store.path.name}.")


def ask_passphrase(path: Path, *, confirm: bool = False) -> str:
    """Prompt for a passphrase (hidden); only when a person is at the terminal."""
    if not sys.stdin.isatty():
        raise AnnotatorError(
            "is encrypted (or not a project): give its passphrase with --passphrase-file FILE", path=path
        )
    return str(click.prompt(f"Passphrase for {path.name}", hide_input=True, confirmation_prompt=confirm))


def passphrase_for(path: Path, *, ask: bool = True) -> str | None:
    """The passphrase for ``path``: given to this invocation, else asked (once per file) when
    the file is encrypted; None for a plain project."""
    from annotator.core.protection import is_encrypted  # noqa: PLC0415

    run = invocation()
    given = run.given_passphrase(path)
    if given is not None or not ask:
        return given
    try:
        encrypted = is_encrypted(path)
    except AnnotatorError:
        return None  # missing: opening says so in its own words
    if not encrypted:
        return None
    typed = ask_passphrase(path)
    run.remember_typed(path, typed)
    return typed


def new_passphrase(project: Path) -> str:
    """The passphrase a project is to be encrypted with: given, else asked twice."""
    passphrase = invocation().given_passphrase(project) or ask_passphrase(project, confirm=True)
    if len(passphrase) < MIN_PASSPHRASE:
        raise AnnotatorError(f"a passphrase needs at least {MIN_PASSPHRASE} characters")
    return passphrase


def refuse_if_open_in_app(project: Path) -> None:
    """For commands that replace the file: say at once who holds it in the app."""
    holder = read_holder(project)
    if holder is not None:
        raise AnnotatorError(f"is open in the app ({holder.describe()}); close it first", path=project)


def coder_name(use: CoderUse) -> str | None:
    """The name the coder was given by (``--coder``, ``$ANNOTATOR_CODER``, remembered)."""
    if use is CoderUse.NONE:
        return None
    name = config.coder_name(invocation().coder)
    if name is None and use is CoderUse.REQUIRED:
        raise click.UsageError(f"no coder: pass --coder NAME or set {config.CODER_ENV}")
    return name


def _open(path: Path, readonly: bool) -> ProjectStore:
    passphrase = invocation().given_passphrase(path)
    try:
        return ProjectStore.open(path, readonly=readonly, passphrase=passphrase)
    except PassphraseNeeded:
        if passphrase is not None:
            raise
    typed = ask_passphrase(path)
    invocation().remember_typed(path, typed)
    return ProjectStore.open(path, readonly=readonly, passphrase=typed)


def _announce(store: ProjectStore) -> None:
    if store.migration_backup is not None:
        say(f"Upgraded {store.path.name}; the old version is kept as {store.migration_backup.name}")
    for leftover in store.removed_leftovers:
        say(f"Removed {leftover}, an unfinished copy left by an interrupted conversion.")


def _upgrade(path: Path) -> None:
    """An older project a read-only command needs: upgrade it first (backup kept, as always)."""
    try:
        store = _open(path, readonly=False)
    except ProjectReadOnly:
        raise AnnotatorError(
            "is an older project that must be upgraded before it can be read, and it is on a "
            "read-only disk or in a folder you cannot write to: copy it to a writable folder first",
            path=path,
        ) from None
    try:
        _announce(store)
    finally:
        store.close()


def _coder(store: ProjectStore, name: str | None, *, store_it: bool) -> tuple[Coder | None, bool]:
    """(the record ``name`` resolves to, whether it is new to the project). A new one is stored
    here only with ``store_it``; otherwise the command's core function adds it with its work."""
    if name is None:
        return None, False
    found = store.find_coder(name)
    if found is not None:
        return found, False
    if store_it:
        return store.resolve_coder(name, create=True), True
    cleaned = clean_coder_name(name)
    if not cleaned:
        raise UsageError("a coder needs a name (it was empty)")
    return Coder(new_guid(), cleaned, ""), True


@contextmanager
def open_project(
    path: Path,
    *,
    readonly: bool = False,
    coder: CoderUse = CoderUse.NONE,
    exclusive: bool = False,
    one_transaction: bool = False,
) -> Iterator[Opened]:
    """Open ``path`` the way every command does (see the module docstring).

    The coder is resolved here, once, to the project's record. A coder new to the project
    is never added on its own: with ``one_transaction`` (the command is one change) it is
    added inside that transaction; otherwise it is a record not yet stored, which the core
    functions that record it (import, merge) add together with their first write. Either
    way a command that fails leaves no coder behind, and a new coder is announced only once
    the project holds it.

    ``exclusive``: the command replaces the file, so the app must not hold it.
    """
    name = coder_name(coder)
    if exclusive:
        refuse_if_open_in_app(path)
    try:
        store = _open(path, readonly)
    except ProjectOutdated:
        _upgrade(path)
        store = _open(path, readonly)
    try:
        _announce(store)
        with store.atomic() if one_transaction else nullcontext():
            record, new = _coder(store, name, store_it=one_transaction and not readonly)
            opening = Opened(store, record, new)
            yield opening
        added = new and record is not None and store.is_coder(record.guid)
    finally:
        store.close()
    if added:
        opening.announce_new_coder()


@contextmanager
def opened(path: Path, *, readonly: bool = False) -> Iterator[ProjectStore]:
    """:func:`open_project` for commands that need only the store."""
    with open_project(path, readonly=readonly) as project:
        yield project.store
