"""Memos as you type: the memo editor follows what is in focus and saves after a pause.

Each pause in typing becomes one change (``SetMemo``, or ``EditCoding(memo=)``
for a coding) and so one undo step. A change made elsewhere (undo, redo)
reloads the editor, but our own write never does, so the cursor stays put.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from annotator.core.changes import Change, ChangeSet, EditCoding, SetMemo
from annotator.core.errors import NotFound
from annotator.gui.panels import MemoPanel
from annotator.gui.session import ProjectSession

DELAY_MS = 700


class MemoController(QObject):
    def __init__(self, panel: MemoPanel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.editor = panel.editor
        self.session: ProjectSession | None = None
        self.kind, self.target, self.title = "project", "", ""
        self._saved = ""
        self._writing = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.flush)
        self.editor.textChanged.connect(self._edited)

    def set_session(self, session: ProjectSession | None) -> None:
        self.flush()
        self.session = session
        self.show_project()

    def show_project(self) -> None:
        if self.session is None:
            self._show("project", "", "No project open")
        else:
            info = self.session.store.info()
            self._show("project", info.guid, f"Project memo — {info.name}")

    def show(self, kind: str, target: str, title: str) -> None:
        """Edit the memo of a document, code or coding (``kind``) called ``title``."""
        if (kind, target) != (self.kind, self.target):
            self._show(kind, target, title)

    def _show(self, kind: str, target: str, title: str) -> None:
        self.flush()
        self.kind, self.target, self.title = kind, target, title
        self.panel.target.setText(title)
        self._load()

    def _stored(self) -> str:
        if self.session is None or not self.target:
            return ""
        store = self.session.store
        if self.kind == "coding":
            return store.coding(self.target).memo
        memo = store.memo(self.kind, self.target)
        return memo.text if memo else ""

    def _load(self) -> None:
        try:
            text = self._stored()
        except NotFound:  # the coding/code went away (removed, or its creation undone)
            self.show_project()
            return
        self._saved = text
        self.editor.blockSignals(True)
        if self.editor.toPlainText() != text:
            self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        writable = self.session is not None and not self.session.readonly and bool(self.target)
        self.editor.setReadOnly(not writable)
        what = {
            "project": "the project",
            "document": "this document",
            "code": "this code",
            "coding": "this coded passage",
        }[self.kind]
        self.editor.setPlaceholderText(f"A memo on {what}. It is saved as you type." if writable else "")

    def _edited(self) -> None:
        if not self.editor.isReadOnly():
            self.timer.start()

    def flush(self) -> None:
        """Save a pending edit now (before switching target, closing, or on the timer)."""
        self.timer.stop()
        if self.session is None or not self.target:
            return
        text = self.editor.toPlainText()
        if text == self._saved:
            return
        change: Change
        by = self.session.coder.guid
        if self.kind == "coding":
            change = EditCoding(self.target, memo=text, by=by)
        else:
            change = SetMemo(self.kind, self.target, text, by=by)
        self._writing = True
        try:
            if self.session.push(change) is not None:
                self._saved = text
        finally:
            self._writing = False

    def apply_changes(self, changes: ChangeSet) -> None:
        if self._writing or self.session is None:
            return
        mine = (self.kind, self.target) in changes.memos
        if self.kind == "coding":
            mine = self.target in changes.codings
        elif self.kind == "code":
            mine = mine or (changes.codebook and self.target not in self.session.tree)
        if mine:
            self.timer.stop()
            self._load()
