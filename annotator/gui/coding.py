"""Coding flows: apply a code to the selected passage (double-click, key, drop, palette),
in-vivo coding, removing, re-coding and resizing a coding.

Every flow ends in one core change pushed on the session; nothing here decides
whether a coding is allowed (the core raises, the status bar shows why). The
controller sees the window only as a :class:`~annotator.gui.workbench.CodingBench`
(the open document, the selection, the status bar) and the text view it is
attached to, so it can be built and tested without a window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QKeyCombination, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMenu

from annotator.core.changes import ApplyCode, Change, Composite, EditCoding, InVivoCode, RemoveCodings
from annotator.core.changes.codebook import AddCode
from annotator.gui.dialogs.palette import CodePalette
from annotator.gui.document_view import DocumentView
from annotator.gui.feedback import count, quoted
from annotator.gui.i18n import translate
from annotator.gui.models.codebook import CODE_MIME
from annotator.gui.ownership import may_change
from annotator.gui.value_loss import push_confirming_loss
from annotator.gui.workbench import CodingBench

IN_VIVO_GROUP = "In vivo"  # a code name: project data, never translated


def key_text(sequence: str | QKeySequence) -> str:
    """A shortcut in one canonical spelling ("ctrl+shift+t", "1") for comparisons."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.PortableText).casefold()


def event_key_text(event: QKeyEvent) -> str:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if event.key() in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
        return ""
    try:
        key = Qt.Key(event.key())
    except ValueError:  # a key Qt has no name for (some keyboards send private codes)
        return ""
    return key_text(QKeySequence(QKeyCombination(modifiers, key)))


class CodingController(QObject):
    applied = Signal(str)  # the GUID of a coding just made (its values may be asked for next)

    def __init__(self, bench: CodingBench, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.keys: dict[str, str] = {}  # canonical key -> code GUID
        self.palette: CodePalette | None = None
        self._view: DocumentView | None = None
        self._viewport: QObject | None = None
        self._menu_actions: Sequence[QAction | None] = ()

    def attach(self, view: DocumentView, menu_actions: Sequence[QAction | None] = ()) -> None:
        """Listen to the document view: code keys, code drops, clicks and resizes.

        ``menu_actions`` follow Copy/Select all in the text's context menu (None: a separator).
        """
        # Plain Python references: the filter must not call into widgets being destroyed.
        self._view, self._viewport = view, view.viewport()
        self._menu_actions = menu_actions
        view.installEventFilter(self)
        self._viewport.installEventFilter(self)
        self._viewport.setAcceptDrops(True)
        view.resizeRequested.connect(self.resize)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)

    def context_menu(self, pos: QPoint) -> QMenu | None:
        """The text's context menu at ``pos`` (viewport coordinates): Copy/select all, then the
        coding actions; a right-click on a highlight selects it."""
        view = self._view
        if view is None:
            return None
        if not view.textCursor().hasSelection():
            under = view.codings_under(pos)
            view.set_selected_coding(under[0].guid if under else None)
        menu = view.createStandardContextMenu(pos)
        menu.addSeparator()
        for action in self._menu_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(pos)
        if menu is not None and self._view is not None:
            menu.exec(self._view.viewport().mapToGlobal(pos))
            menu.deleteLater()

    # -- applying -----------------------------------------------------------
    def _target(self) -> tuple[str, int, int] | None:
        """The open document and the selected span, or None (with a hint in the status bar)."""
        session, document = self.bench.session, self.bench.current_document
        if session is None or document is None:
            self.bench.show_status(translate("CodingController", "Open a document first."))
            return None
        span = self.bench.selected_span()
        if span is None or span[0] == span[1]:
            self.bench.show_status(
                translate("CodingController", "Select a passage in the text first, then choose a code.")
            )
            return None
        return document, span[0], span[1]

    def apply_code(self, code: str) -> None:
        target = self._target()
        session = self.bench.session
        if target is None or session is None:
            return
        document, start, end = target
        change = ApplyCode(document=document, start=start, end=end, code=code, coder=session.coder.guid)
        if session.push(change) is not None:
            self.bench.show_status(
                translate("CodingController", "Coded {characters} with {code}.").format(
                    characters=count(end - start, "character"), code=session.code_names.path(code)
                )
            )
            self.applied.emit(change.coding.guid)

    def apply_selected_code(self) -> None:
        code = self.bench.current_code()
        if code is None:
            self.bench.show_status(
                translate("CodingController", "Select a code in the codebook first (or press Ctrl+K).")
            )
            return
        self.apply_code(code)

    def open_palette(self) -> None:
        if self.bench.session is None or self._target() is None:
            return
        self.choose_code(translate("CodingController", "Quick code"), self.apply_code)

    def choose_code(self, title: str, then: Callable[[str], object], **options: object) -> CodePalette | None:
        """Open the palette (without blocking); ``then(guid)`` runs on Enter."""
        session = self.bench.session
        if session is None:
            return None
        if self.palette is not None:
            self.palette.close()
        self.palette = CodePalette(
            session.tree, title=title, parent=self.bench.dialog_parent, names=session.code_names, **options
        )  # type: ignore[arg-type]
        self.palette.chosen.connect(then)  # type: ignore[arg-type]
        self.palette.open()
        self.palette.query.setFocus()
        return self.palette

    def in_vivo(self) -> None:
        target = self._target()
        session = self.bench.session
        if target is None or session is None:
            return
        document, start, end = target
        coder = session.coder.guid
        group = session.tree.child_named(None, IN_VIVO_GROUP)
        existing = {c.guid for c in session.tree.by_guid.values()}
        if group is not None:
            step = InVivoCode(document=document, start=start, end=end, coder=coder, parent=group.guid)
            done = session.push(step)
        else:
            add = AddCode(IN_VIVO_GROUP, by=coder, short_definition="Codes named by the person's own words.")
            step = InVivoCode(document=document, start=start, end=end, coder=coder, parent=add.code.guid)
            done = session.push(Composite([add, step], "In-vivo code", by=coder))
        applied = step.steps[-1] if step.steps else None
        if done is None or not isinstance(applied, ApplyCode):
            return
        code = applied.coding.code
        name = quoted(session.code_names.name(code)) if code in session.tree else "“…”"
        message = (
            translate(
                "CodingController", "In vivo: coded {characters} with the new code {name} (Ctrl+Z undoes it)."
            )
            if code not in existing
            else translate(
                "CodingController", "In vivo: coded {characters} with the code {name} (Ctrl+Z undoes it)."
            )
        )
        self.bench.show_status(message.format(characters=count(end - start, "character"), name=name))

    # -- a coding -------------------------------------------------------------
    def remove(self) -> None:
        guids = self.bench.selected_codings()
        session = self.bench.session
        if not guids or session is None:
            self.bench.show_status(
                translate(
                    "CodingController",
                    "Click a highlight (or select segments) to choose the coding to remove.",
                )
            )
            return
        # "remove it", "re-code it"...: which question to ask (the prompt words it), never shown as is
        if not may_change(session, self.bench.dialog_parent, guids, "remove it"):
            return
        if session.push(RemoveCodings(guids, by=session.coder.guid)) is not None:
            self.bench.set_selected_coding(None)
            self.bench.show_status(
                translate("CodingController", "{codings} removed (Ctrl+Z undoes it).").format(
                    codings=count(len(guids), "coding")
                )
            )

    def recode(self) -> None:
        guids = self.bench.selected_codings()
        if not guids or self.bench.session is None:
            self.bench.show_status(
                translate("CodingController", "Click a highlight first to choose the coding to re-code.")
            )
            return
        if not may_change(self.bench.session, self.bench.dialog_parent, guids, "re-code it"):
            return
        by = self.bench.session.coder.guid

        def change_to(code: str) -> None:
            session = self.bench.session
            if session is None:
                return

            def build(confirm_loss: bool) -> Change:
                steps: list[Change] = [
                    EditCoding(g, code=code, by=by, confirm_loss=confirm_loss) for g in guids
                ]
                return steps[0] if len(steps) == 1 else Composite(steps, "Re-code codings", by=by)

            # Values the new code has no field for would go: listed, and only dropped on Yes.
            if (
                push_confirming_loss(
                    session, self.bench.dialog_parent, translate("CodingController", "Change code"), build
                )
                is not None
            ):
                path = session.code_names.path(code) if code in session.tree else "…"
                self.bench.show_status(
                    translate("CodingController", "{codings} re-coded to {code} (Ctrl+Z undoes it).").format(
                        codings=count(len(guids), "coding"), code=path
                    )
                )

        self.choose_code(translate("CodingController", "Change code to…"), change_to)

    def resize(self, guid: str, start: int, end: int) -> None:
        session = self.bench.session
        if session is None or not may_change(session, self.bench.dialog_parent, [guid], "resize it"):
            return
        if session.push(EditCoding(guid, start=start, end=end, by=session.coder.guid)) is not None:
            coding = session.store.coding(guid)
            path = session.code_names.path(coding.code) if coding.code in session.tree else "…"
            shown = self._view is not None and coding.document == self.bench.current_document
            characters = count(end - start, "character")
            if shown and self._view:
                message = translate(
                    "CodingController", "Resized the {code} coding to {characters}: {words}."
                ).format(code=path, characters=characters, words=quoted(self._view.text[start:end], 60))
            else:
                message = translate("CodingController", "Resized the {code} coding to {characters}.").format(
                    code=path, characters=characters
                )
            self.bench.show_status(message)

    # -- code keys --------------------------------------------------------------
    def rebuild_keys(self) -> None:
        tree = self.bench.session.tree if self.bench.session else None
        self.keys = (
            {key_text(c.shortcut): c.guid for c in tree.by_guid.values() if c.shortcut} if tree else {}
        )

    def key_list(self) -> list[tuple[str, str]]:
        session = self.bench.session
        if session is None:
            return []
        names = session.code_names
        return sorted((c.shortcut, names.path(c.guid)) for c in session.tree.by_guid.values() if c.shortcut)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._view and kind == QEvent.Type.KeyPress and self.keys:
            assert isinstance(event, QKeyEvent)
            code = self.keys.get(event_key_text(event))
            if code is not None:
                self.apply_code(code)
                return True
        elif watched is self._viewport and kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDropEvent)
            if event.mimeData().hasFormat(CODE_MIME):
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                return True
        elif watched is self._viewport and kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            if event.mimeData().hasFormat(CODE_MIME):
                code = bytes(event.mimeData().data(CODE_MIME).data()).decode().split("\n")[0]
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                self.apply_code(code)
                return True
        return super().eventFilter(watched, event)
