"""Find in document: a slim bar above the text (Ctrl+F, Enter/Shift+Enter, Escape)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

if TYPE_CHECKING:
    from annotator.gui.document_view import DocumentView


class FindBar(QWidget):
    """Drives ``view.find``/``clear_find`` (the view highlights the matches)."""

    closed = Signal()

    def __init__(self, view: DocumentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName("findBar")
        self.edit = QLineEdit()
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText("Find in document")
        self.edit.setAccessibleName("Find in document")
        self.edit.setClearButtonEnabled(True)
        self.case = QCheckBox("Match &case")
        self.previous = QToolButton()
        self.previous.setText("▲")
        self.previous.setToolTip("Previous match (Shift+Enter, Shift+F3)")
        self.previous.setAccessibleName("Previous match")
        self.next = QToolButton()
        self.next.setText("▼")
        self.next.setToolTip("Next match (Enter, F3)")
        self.next.setAccessibleName("Next match")
        self.message = QLabel()
        close = QToolButton()
        close.setText("✕")
        close.setToolTip("Close (Escape)")
        close.setAccessibleName("Close find bar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for widget in (self.edit, self.previous, self.next, self.case, self.message):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(close)
        self.edit.setMaximumWidth(360)
        self.edit.returnPressed.connect(lambda: self.find(backwards=False))
        self.edit.textChanged.connect(lambda _t: self.find(backwards=False, incremental=True))
        self.next.clicked.connect(lambda: self.find(backwards=False))
        self.previous.clicked.connect(lambda: self.find(backwards=True))
        close.clicked.connect(self.close_bar)
        self.edit.installEventFilter(self)
        self.hide()

    def open_bar(self) -> None:
        """Show and focus the bar, starting from the selected words if there are any."""
        text = self.view.textCursor().selectedText().strip()[:80]
        if text and "\u2029" not in text:
            self.edit.setText(text)
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.message.clear()
        self.view.clear_find()
        self.view.setFocus()
        self.closed.emit()

    def find(self, *, backwards: bool, incremental: bool = False) -> None:
        """Next/previous match; while typing, search again from the current match's start
        so that the match grows with the word instead of jumping past it."""
        text = self.edit.text()
        if not text:
            self.view.clear_find()
            self.message.clear()
            return
        if incremental:
            cursor = self.view.textCursor()
            cursor.setPosition(cursor.selectionStart())
            self.view.setTextCursor(cursor)
        found = self.view.find(text, backwards=backwards, case_sensitive=self.case.isChecked())
        self.message.setText("" if found else "Not found")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                self.find(backwards=True)
                return True
        return super().eventFilter(watched, event)
