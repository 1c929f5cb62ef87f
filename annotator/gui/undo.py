"""ChangeCommand: a core change on the QUndoStack.

The change is applied *before* it is pushed (see ``ProjectSession.push``), so a
domain error never leaves a half-made command on the stack; the command's
first ``redo()`` (which Qt calls inside ``push``) only announces the result.

A command knows the session only as a :class:`CommandHost` (a store and two
signals), so this module does not import ``session`` and the dependency runs
one way: ``session`` → ``undo``.
"""

from __future__ import annotations

import re
import sys
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, SignalInstance
from PySide6.QtGui import QUndoCommand

from annotator.core.changes import Change, ChangeSet
from annotator.core.errors import AnnotatorError
from annotator.core.store import ProjectStore
from annotator.gui.i18n import translate

# The core's change labels (English, Qt-free) as the Edit menu shows them ("Undo Apply code"),
# translated here where the command is made. Labels naming a name or a number are matched
# by a pattern below; a label in neither list is shown as it is.
LABELS = (
    QT_TRANSLATE_NOOP("ChangeCommand", "Change"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Apply code"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Remove coding"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Re-code coding"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Re-code codings"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Edit coding memo"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Resize coding"),
    QT_TRANSLATE_NOOP("ChangeCommand", "In-vivo code"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Rename code"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Recolour code"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Set shortcut of code"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Edit code"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Recolour siblings"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Move code"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Delete code"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Merge codes"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Add value field"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Edit value field"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Delete value field"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Set values"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Edit memo"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Set attribute"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Edit attributes"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Add case"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Edit case"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Delete case"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Link documents to case"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Unlink documents from case"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Link passages to case"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Unlink passages from case"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Merge cases"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Only own codings may change"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Anyone may change codings"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Edit pseudonyms"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Accept neither version"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Edit code label"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Add codebook labels"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Show code labels"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Link translation"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Unlink translation"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Link passages"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Add content warning"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Edit content warning"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Remove content warning"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Set document warnings"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Set code warnings"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Unlink passages"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Mirror coding"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Add content warning"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Edit content warning"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Remove content warning"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Set document warnings"),
    QT_TRANSLATE_NOOP("ChangeCommand", "Set code warnings"),
)
_PATTERNS = (
    (re.compile(r"Add code (['\"])(?P<name>.*)\1"), QT_TRANSLATE_NOOP("ChangeCommand", "Add code “{name}”")),
    (re.compile(r"Auto-code /(?P<pattern>.*)/"), QT_TRANSLATE_NOOP("ChangeCommand", "Auto-code /{pattern}/")),
    (
        re.compile(r"Accept (?P<name>.*)'s version"),
        QT_TRANSLATE_NOOP("ChangeCommand", "Accept {name}'s version"),
    ),
)
_REMOVE = re.compile(r"Remove (?P<n>\d+) codings")
_CODE_PASSAGES = re.compile(r"Code (?P<n>\d+) passages?")  # autocode and the Search dock


def command_text(label: str) -> str:
    """A change's label as the Edit menu and the status bar show it, in the interface language."""
    if label in LABELS:
        return translate("ChangeCommand", label)
    removed = _REMOVE.fullmatch(label)
    if removed:
        n = int(removed["n"])
        return translate("ChangeCommand", "Remove %n codings", None, n)
    coded = _CODE_PASSAGES.fullmatch(label)
    if coded:
        n = int(coded["n"])
        return translate("ChangeCommand", "Code %n passages", None, n)
    for pattern, template in _PATTERNS:
        found = pattern.fullmatch(label)
        if found:
            return translate("ChangeCommand", template).format(**found.groupdict())
    return label


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
        super().__init__(command_text(change.label))
        self.session = session
        self.change = change
        self._pending: ChangeSet | None = applied

    def redo(self) -> None:
        if self._pending is not None:  # first redo: already applied by push()
            changes, self._pending = self._pending, None
        else:
            changes = self._run(self.change.apply, undoing=False)
            if changes is None:
                return
        self.session.changed.emit(changes)

    def undo(self) -> None:
        changes = self._run(self.change.revert, undoing=True)
        if changes is not None:
            self.session.changed.emit(changes)

    def _run(self, step: object, *, undoing: bool) -> ChangeSet | None:
        """Run apply/revert in its transaction. If it fails, nothing changed in the store, and
        the command leaves the stack so the stack never claims a state the file is not in."""
        try:
            return step(self.session.store)  # type: ignore[operator]
        except AnnotatorError as exc:
            self.setObsolete(True)
            said = (
                translate("ChangeCommand", "Cannot undo “{step}”: {reason}")
                if undoing
                else translate("ChangeCommand", "Cannot redo “{step}”: {reason}")
            )
            self.session.failed.emit(said.format(step=self.text(), reason=exc))
        except Exception:  # noqa: BLE001 — a bug: report it, keep the app and the stack sane
            self.setObsolete(True)
            said = (
                translate("ChangeCommand", "Could not undo “{step}”; nothing was changed.")
                if undoing
                else translate("ChangeCommand", "Could not redo “{step}”; nothing was changed.")
            )
            self.session.failed.emit(said.format(step=self.text()))
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
        return None
