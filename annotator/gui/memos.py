"""Memos as you type: the memo editor follows what is in focus and saves after a pause.

Each pause in typing becomes one change (``SetMemo``, or ``EditCoding(memo=)``
for a coding) and so one undo step. A change made elsewhere (undo, redo)
reloads the editor, but our own write never does, so the cursor stays put.

The memo of a coding whose passage is veiled for this coder (:mod:`annotator.gui.veil`) is
not shown until the passage is revealed: a note on a passage may say what it veils.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer

from annotator.core.changes import Change, ChangeSet, EditCoding, SetMemo
from annotator.core.changes.ownership import check_owner
from annotator.core.errors import NotFound, NotYourCoding
from annotator.core.model import Coding
from annotator.gui.i18n import translate
from annotator.gui.ownership import may_change
from annotator.gui.panels import MemoPanel
from annotator.gui.session import ProjectSession
from annotator.gui.veil import VeilState

DELAY_MS = 700
# The memo editor's placeholder, per kind of target (whole sentences: word order differs by language).
WRITABLE = {
    "project": QT_TRANSLATE_NOOP("MemoController", "A memo on the project. It is saved as you type."),
    "document": QT_TRANSLATE_NOOP("MemoController", "A memo on this document. It is saved as you type."),
    "code": QT_TRANSLATE_NOOP("MemoController", "A memo on this code. It is saved as you type."),
    "coding": QT_TRANSLATE_NOOP("MemoController", "A memo on this coded passage. It is saved as you type."),
}
READ_ONLY = {
    "project": QT_TRANSLATE_NOOP("MemoController", "No memo on the project. The project is open read-only."),
    "document": QT_TRANSLATE_NOOP(
        "MemoController", "No memo on this document. The project is open read-only."
    ),
    "code": QT_TRANSLATE_NOOP("MemoController", "No memo on this code. The project is open read-only."),
    "coding": QT_TRANSLATE_NOOP(
        "MemoController", "No memo on this coded passage. The project is open read-only."
    ),
}


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
        # The open document (set by the window): its memo is shown when the coding's or code's goes.
        self.current_document: Callable[[], str | None] = lambda: None
        self.veil: VeilState | None = None
        self.hidden = False  # the memo shown is of a veiled passage: not in the editor, never saved
        self.editor.textChanged.connect(self._edited)

    def set_veil(self, veil: VeilState) -> None:
        """Keep a veiled passage's memo out of view (shown again when it is revealed)."""
        self.veil = veil
        veil.changed.connect(self._veil_changed)

    def _veil_changed(self) -> None:
        if self.kind == "coding" and self.session is not None:
            self.flush()  # words typed before the passage is veiled again are kept
            self._load(refresh=True)

    def _veiled(self, coding: Coding | None) -> bool:
        if coding is None or self.veil is None:
            return False
        return bool(self.veil.veiled(coding.document, coding.start, coding.end))

    def set_session(self, session: ProjectSession | None) -> None:
        self.flush()
        self.session = session
        self.show_project()

    def _fall_back(self) -> None:
        """What the memo was on is gone: the open document's memo, else the project's."""
        document = self.current_document()
        if document and self.kind != "document" and self.session is not None:
            self.kind, self.target = "document", document
            try:
                self.title = self._title()
            except NotFound:
                self.show_project()
                return
            self._load()
            return
        self.show_project()

    def show_project(self) -> None:
        if self.session is None:
            self._show("project", "", translate("MemoController", "No project open"))
        else:
            info = self.session.store.info()
            self._show(
                "project",
                info.guid,
                translate("MemoController", "Project memo — {name}").format(name=info.name),
            )

    def show(self, kind: str, target: str, title: str = "") -> None:
        """Edit the memo of a document, code or coding (``kind``); the title is read from the
        project (``title`` is used only when it cannot be)."""
        if (kind, target) != (self.kind, self.target):
            self._show(kind, target, title)

    def show_coding(self, guid: str) -> None:
        """Edit a coded passage's memo; the title says whose coding it is (and its code)."""
        if ("coding", guid) != (self.kind, self.target):
            self._show("coding", guid, "")

    def _coding_title(self, coding: Coding) -> str:
        assert self.session is not None
        tree = self.session.tree
        if coding.code not in tree:
            code = translate("MemoController", "a removed code")
        else:
            code = self.session.code_names.name(coding.code)
        if coding.coder and coding.coder == self.session.coder.guid:
            return translate("MemoController", "Memo on your coding — {code}").format(code=code)
        return translate("MemoController", "Memo on {coder}'s coding — {code}").format(
            coder=self._coder_name(coding.coder), code=code
        )

    def _coder_name(self, guid: str) -> str:
        assert self.session is not None
        try:
            return self.session.store.coder(guid).name
        except NotFound:
            return translate("MemoController", "an unknown coder")

    def _show(self, kind: str, target: str, title: str) -> None:
        self.flush()
        self.kind, self.target, self.title = kind, target, title
        self._load()

    def _title(self) -> str:
        """What the memo is on, named as it is now (a rename or re-code since shows at once).

        Raises NotFound when the target has gone.
        """
        session = self.session
        if session is None:
            return translate("MemoController", "No project open")
        store = session.store
        if self.kind == "project":
            return translate("MemoController", "Project memo — {name}").format(name=store.info().name)
        if self.kind == "document":
            return translate("MemoController", "Document memo — {name}").format(
                name=store.document(self.target).name
            )
        if self.kind == "code":
            if self.target not in session.tree:
                raise NotFound(translate("MemoController", "no code with id {id}").format(id=self.target))
            return translate("MemoController", "Code memo — {name}").format(
                name=session.code_names.name(self.target)
            )
        return self._coding_title(store.coding(self.target))

    def _stored(self) -> str:
        if self.session is None or not self.target:
            return ""
        store = self.session.store
        if self.kind == "coding":
            return store.coding(self.target).memo
        memo = store.memo(self.kind, self.target)
        return memo.text if memo else ""

    def _load(self, *, refresh: bool = False) -> None:
        """Show the target's title and memo; ``refresh``: the same target again after a change
        elsewhere, where words typed and not yet saved are kept unless the memo itself changed."""
        try:
            text = self._stored()
            coding = (
                self.session.store.coding(self.target) if self.kind == "coding" and self.session else None
            )
            if self.target:
                self.title = self._title() or self.title
        except NotFound:  # the document/code/coding went away (removed, or its creation undone)
            self._fall_back()
            return
        self.panel.target.setText(self.title)
        if self._veiled(coding):
            self._hide()
            return
        typing = refresh and text == self._saved and self.editor.toPlainText() != text and not self.hidden
        self.hidden = False
        self._saved = text
        if not typing:
            self.timer.stop()
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
                refused = translate(
                    "MemoController",
                    "This is {coder}'s coding: in this project only its coder may change its memo.",
                ).format(coder=self._coder_name(coding.coder))
                writable = False
        self.editor.setReadOnly(not writable)
        if writable:
            self.editor.setPlaceholderText(translate("MemoController", WRITABLE[self.kind]))
        elif refused:
            self.editor.setPlaceholderText(refused)
        elif self.session is None:
            self.editor.setPlaceholderText(translate("MemoController", "Open a project to write memos."))
        else:
            self.editor.setPlaceholderText(translate("MemoController", READ_ONLY[self.kind]))

    def _hide(self) -> None:
        """The coding's passage is veiled: an empty, read-only editor that says why."""
        assert self.session is not None
        self.timer.stop()
        self.hidden = True
        self._saved = ""
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self.editor.setReadOnly(True)
        self.editor.setPlaceholderText(
            translate(
                "MemoController",
                "This passage is veiled for you, and so is its memo. Reveal the passage (a click on it, "
                "or Space in the segments table) to read or write its memo.",
            )
        )

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
        if self.session is None or not self.target or self.hidden or self._writing:
            return  # _writing: the save under way made a listener (the veil) ask again
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
        """Follow a change made elsewhere (an undo, a rename, a re-code): reload the memo if it is
        the one shown, and re-read the title whenever what it names may have changed."""
        if self.session is None:
            return
        if self._writing:
            return  # our own save: the text is what the editor holds
        mine = (self.kind, self.target) in changes.memos
        if self.kind == "coding":
            mine = self.target in changes.codings
        elif self.kind == "code":
            mine = mine or changes.codebook or self.target in changes.codes
        elif self.kind == "document":
            mine = mine or changes.document_list
        if mine or changes.extra.get("reload"):
            self._load(refresh=True)
