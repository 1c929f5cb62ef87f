"""ChangeCommand: a core change on the QUndoStack.

The change is applied *before* it is pushed (see ``ProjectSession.push``), so a
domain error never leaves a half-made command on the stack; the command's
first ``redo()`` (which Qt calls inside ``push``) only announces the result.

A command knows the session only as a :class:`CommandHost` (a store and two
signals), so this module does not import ``session`` and the dependency runs
one way: ``session`` → ``undo``.
"""

from __future__ import annotations

import sys
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QUndoCommand

from annotator.core.changes import Change, ChangeSet
from annotator.core.errors import AnnotatorError
from annotator.core.store import ProjectStore


class CommandHost(Protocol):
    """What a command needs of the session that pushed it (``ProjectSession`` provides it)."""

    store: ProjectStore

    @property
    def changed(self) -> SignalInstance: ...  # emits the ChangeSet of every redo and undo

    @property
    def failed(self) -> SignalInstance: ...  # emits a one-line message when a step fails


class ChangeCommand(QUndoCommand):
    """redo() = change.apply(store), undo() = change.revert(store); both emit ``changed``."""

    def __init__(self, session: CommandHost, change: Change, applied: ChangeSet) -> None:
        super().__init__(change.label)
        self.session = session
        self.change = change
        self._pending: ChangeSet | None = applied

    def redo(self) -> None:
        if self._pending is not None:  # first redo: already applied by push()
            changes, self._pending = self._pending, None
        else:
            changes = self._run(self.change.apply)
            if changes is None:
                return
        self.session.changed.emit(changes)

    def undo(self) -> None:
        changes = self._run(self.change.revert)
        if changes is not None:
            self.session.changed.emit(changes)

    def _run(self, step: object) -> ChangeSet | None:
        """Run apply/revert in its transaction. If it fails, nothing changed in the store, and
        the command leaves the stack so the stack never claims a state the file is not in."""
        try:
            return step(self.session.store)  # type: ignore[operator]
        except AnnotatorError as exc:
            self.setObsolete(True)
            self.session.failed.emit(f"Cannot {self.text().lower()}: {exc}")
        except Exception:  # noqa: BLE001 — a bug: report it, keep the app and the stack sane
            self.setObsolete(True)
            self.session.failed.emit(f"Could not {self.text().lower()}; nothing was changed.")
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
        return None
