"""The window's shortcuts work whatever widget has the focus.

A text box claims some keys before the window's actions see them (Qt's
``ShortcutOverride``): on Linux a line edit takes Ctrl+E for "end of line", so
Export never ran from the codebook filter or the find bar. The guard watches
every text input of the window (attached the first time one gets the focus, so
widgets made later are covered too) and lets a key through to the action when
an action has it, unless it is a key editing text needs: plain typing,
Delete and Backspace, undo/redo, copy, cut, paste, select all, delete a word.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

S = QKeySequence.StandardKey
EDITING_KEYS = (
    S.Undo,
    S.Redo,
    S.Copy,
    S.Cut,
    S.Paste,
    S.SelectAll,
    S.Delete,
    S.Backspace,
    S.DeleteStartOfWord,
    S.DeleteEndOfWord,
)
TEXT_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)
COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)


def key_of(event: QKeyEvent) -> str:
    """The pressed combination in Qt's portable spelling ("Ctrl+E"); "" for a lone modifier."""
    if event.key() in (Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta, 0):
        return ""
    try:
        key = Qt.Key(event.key())
    except ValueError:
        return ""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return QKeySequence(QKeyCombination(modifiers, key)).toString(QKeySequence.SequenceFormat.PortableText)


class ShortcutGuard(QObject):
    """Hands a window action's key to the action, in every text input of ``window``."""

    def __init__(self, window: QWidget, shortcuts: Callable[[], Iterable[QKeySequence]]) -> None:
        super().__init__(window)
        self.window = window
        self.shortcuts = shortcuts
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    def watch_all(self) -> None:
        """Watch every text input the window has now (later ones when they first get the focus)."""
        for kind in TEXT_INPUTS:
            for widget in self.window.findChildren(kind):
                self._watch(widget)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.window.isAncestorOf(new):  # a dialog's box: its own keys
            self._watch(new)

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, TEXT_INPUTS) and not widget.property("shortcutGuard"):
            widget.setProperty("shortcutGuard", True)
            widget.installEventFilter(self)

    def global_keys(self) -> set[str]:
        portable = QKeySequence.SequenceFormat.PortableText
        return {s.toString(portable) for s in self.shortcuts() if s.count() == 1}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        assert isinstance(event, QKeyEvent)
        if not event.modifiers() & COMMAND_MODIFIERS or any(event.matches(k) for k in EDITING_KEYS):
            return False  # the text box's own key
        if key_of(event) in self.global_keys():
            event.ignore()  # not claimed: the window's action runs
            return True
        return False
