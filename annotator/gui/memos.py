"""Memos as you type: the memo editor follows what is in focus and saves after a pause.

Each pause in typing becomes one change (``SetMemo``, or ``EditCoding(memo=)``
for a coding) and so one undo step. A change made elsewhere (undo, redo)
reloads the editor, but our own write never does, so the cursor stays put.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from annotator.core.changes import Change, ChangeSet, EditCoding, SetMemo
from annotator.core.changes.ownership import check_owner
from annotator.core.errors import NotFound, NotYourCoding
from annotator.core.model import Coding
from annotator.gui.ownership import may_change, owner_name
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

    def show_coding(self, guid: str) -> None:
        """Edit a coded passage's memo; the title says whose coding it is (and its code)."""
        if ("coding", guid) != (self.kind, self.target):
            self._show("coding", guid, "")

    def _coding_title(self, coding: Coding) -> str:
        assert self.session is not None
        tree = self.session.tree
        code = tree.by_guid[coding.code].name if coding.code in tree else "a removed code"
        return f"Memo on {owner_name(self.session, coding)} coding — {code}"

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
            coding = (
                self.session.store.coding(self.target) if self.kind == "coding" and self.session else None
            )
        except NotFound:  # the coding/code went away (removed, or its creation undone)
            self.show_project()
            return
        self._saved = text
        self.editor.blockSignals(True)
        if self.editor.toPlainText() != text:
            self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        writable = self.session is not None and not self.session.readonly and bool(self.target)
        refused = ""
        if coding is not None and self.session is not None:
            self.title = self._coding_title(coding)  # re-read: a re-code or a new coder changes it
            self.panel.target.setText(self.title)
            try:
                check_owner(self.session.store, [coding], self.session.coder.guid)
            except NotYourCoding:
                whose = owner_name(self.session, coding)
                refused = f"This is {whose} coding: in this project only its coder may change its memo."
                writable = False
        self.editor.setReadOnly(not writable)
        what = {
            "project": "the project",
            "document": "this document",
            "code": "this code",
            "coding": "this coded passage",
        }[self.kind]
        self.editor.setPlaceholderText(f"A memo on {what}. It is saved as you type." if writable else refused)

    def _edited(self) -> None:
        if self.editor.isReadOnly():
            return
        # The first keystroke on another coder's coding asks (once per coder and day).
        first = self.kind == "coding" and not self._writing and not self.timer.isActive()
        if first and not may_change(self.session, self.editor, [self.target], "edit its memo"):
            self._load()  # put the stored memo back
            return
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
