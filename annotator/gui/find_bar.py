"""Find: a slim bar above the text (Ctrl+F, Enter/Shift+Enter, Escape).

In the open document the view highlights every match and Enter steps through
them. With "All documents" (Alt+D) the bar lists every match in the
project, one line each with its document and context; Enter, a click or F3 opens
a hit. The window supplies the search (``search_all``, a core function over the
store) and how to open a passage (``open_hit``); the bar holds no project data.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.feedback import count
from annotator.gui.i18n import translate

if TYPE_CHECKING:
    from annotator.core.analysis.find import Found
    from annotator.gui.document_view import DocumentView

HIT_ROLE = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 300  # all documents: search once typing pauses


class FindBar(QWidget):
    """Drives ``view.find``/``clear_find`` (the view highlights the matches)."""

    closed = Signal()

    def __init__(self, view: DocumentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName("findBar")
        self.edit = QLineEdit()
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText(translate("FindBar", "Find in document"))
        self.edit.setAccessibleName(translate("FindBar", "Find in document"))
        self.edit.setClearButtonEnabled(True)
        self.case = QCheckBox(translate("FindBar", "Match &case"))
        self.everywhere = QCheckBox(translate("FindBar", "All &documents"))
        self.everywhere.setObjectName("findAllDocuments")
        self.everywhere.setToolTip(
            translate("FindBar", "Find in every document of the project; the matches are listed")
        )
        # (text, case_sensitive) -> the hits in every document; set by the window
        self.search_all: Callable[[str, bool], Found] | None = None
        self.open_hit: Callable[[str, int, int], None] = lambda _d, _s, _e: None
        self.results = QListWidget()
        self.results.setObjectName("findResults")
        self.results.setAccessibleName(translate("FindBar", "Matches in all documents"))
        self.results.setUniformItemSizes(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.hide()
        self._searched: tuple[str, bool] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_everywhere)
        self.previous = QToolButton()
        self.previous.setText("▲")
        self.previous.setToolTip(translate("FindBar", "Previous match (Shift+Enter, Shift+F3)"))
        self.previous.setAccessibleName(translate("FindBar", "Previous match"))
        self.next = QToolButton()
        self.next.setText("▼")
        self.next.setToolTip(translate("FindBar", "Next match (Enter, F3)"))
        self.next.setAccessibleName(translate("FindBar", "Next match"))
        self.message = QLabel()
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(translate("FindBar", "Close (Escape)"))
        close.setAccessibleName(translate("FindBar", "Close find bar"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        layout = QHBoxLayout()
        layout.setContentsMargins(6, 2, 6, 2)
        for widget in (self.edit, self.previous, self.next, self.case, self.everywhere, self.message):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(close)
        outer.addLayout(layout)
        outer.addWidget(self.results)
        self.edit.setMaximumWidth(360)
        self.edit.returnPressed.connect(lambda: self.find(backwards=False))
        self.edit.textChanged.connect(lambda _t: self.find(backwards=False, incremental=True))
        self.next.clicked.connect(lambda: self.find(backwards=False))
        self.previous.clicked.connect(lambda: self.find(backwards=True))
        close.clicked.connect(self.close_bar)
        self.everywhere.toggled.connect(self._scope_changed)
        self.case.toggled.connect(lambda _on: self._scope_changed(self.everywhere.isChecked()))
        self.results.itemActivated.connect(self._open_item)
        self.results.itemClicked.connect(self._open_item)
        self.edit.installEventFilter(self)
        self.results.installEventFilter(self)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # the text takes the rest
        self.hide()

    def open_bar(self) -> None:
        """Show and focus the bar, starting from the selected words if there are any."""
        text = self.view.textCursor().selectedText().strip()[:80]
        if text and "\u2029" not in text:
            self.edit.setText(text)
        if not self.view.text and self.search_all is not None:
            self.everywhere.setChecked(True)  # no document open: the project is where to look
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self._timer.stop()
        self.message.clear()
        self.view.clear_find()
        self.view.setFocus()
        self.closed.emit()

    def find(self, *, backwards: bool, incremental: bool = False) -> None:
        """Next/previous match; while typing, search again from the current match's start
        so that the match grows with the word instead of jumping past it."""
        text = self.edit.text()
        if self.everywhere.isChecked():
            if incremental:
                self._timer.start()
            elif self._searched != (text, self.case.isChecked()):
                self.search_everywhere()
            else:
                self.step(-1 if backwards else 1)
            return
        if not text:
            self.view.clear_find()
            self.message.clear()
            return
        if incremental:
            cursor = self.view.textCursor()
            cursor.setPosition(cursor.selectionStart())
            self.view.setTextCursor(cursor)
        found = self.view.find(text, backwards=backwards, case_sensitive=self.case.isChecked())
        self.message.setText("" if found else translate("FindBar", "Not found"))

    # -- all documents ------------------------------------------------------------------------
    def _scope_changed(self, everywhere: bool) -> None:
        if self.isVisible() and (self.everywhere.hasFocus() or self.case.hasFocus()):
            self.edit.setFocus()  # Alt+D (or a click) and type on: the words go to the box
        self._searched = None
        self.results.clear()
        self.results.setVisible(everywhere)
        self.message.clear()
        if everywhere:
            self.view.clear_find()
            self.edit.setPlaceholderText(translate("FindBar", "Find in all documents"))
            self.search_everywhere()
        else:
            self.edit.setPlaceholderText(translate("FindBar", "Find in document"))
            self.find(backwards=False, incremental=True)

    def search_everywhere(self) -> None:
        """List every match in the project (the window's ``search_all``)."""
        self._timer.stop()
        text, case = self.edit.text(), self.case.isChecked()
        self.results.clear()
        self._searched = (text, case)
        if not text or self.search_all is None:
            self.message.clear()
            return
        found = self.search_all(text, case)
        for hit in found.hits:
            line = f"{hit.name} — …{hit.before.lstrip()}{hit.match}{hit.after.rstrip()}…"
            item = QListWidgetItem(line)
            item.setData(HIT_ROLE, (hit.document, hit.start, hit.end))
            item.setToolTip(
                f"<b>{html.escape(hit.name)}</b><br>{html.escape(hit.before)}"
                f"<b>{html.escape(hit.match)}</b>{html.escape(hit.after)}"
            )
            self.results.addItem(item)
        self._fit_results()
        n, docs = len(found.hits), found.documents
        if not n:
            self.message.setText(translate("FindBar", "Not found in any document"))
        else:
            message = (
                translate("FindBar", "{matches} in {documents}")
                if found.complete
                else translate(
                    "FindBar", "{matches} in {documents} (the first ones; refine the search for the rest)"
                )
            )
            self.message.setText(message.format(matches=count(n, "match"), documents=count(docs, "document")))

    def _fit_results(self) -> None:
        """As tall as its hits, up to eight lines: the text below keeps its room."""
        rows = min(8, max(1, self.results.count()))
        line = self.results.sizeHintForRow(0) if self.results.count() else self.fontMetrics().height() + 4
        self.results.setFixedHeight(rows * line + 2 * self.results.frameWidth() + 4)

    def step(self, delta: int) -> None:
        """Open the next (or previous) hit of the list, wrapping around."""
        count = self.results.count()
        if not count:
            return
        row = (self.results.currentRow() + delta) % count if self.results.currentRow() >= 0 else 0
        self.results.setCurrentRow(row)
        self._open_item(self.results.item(row))

    def _open_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        document, start, end = item.data(HIT_ROLE)
        self.open_hit(document, start, end)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.results and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if event.key() == Qt.Key.Key_Down and self.results.isVisible() and self.results.count():
                self.results.setFocus()  # into the list of hits
                if self.results.currentRow() < 0:
                    self.results.setCurrentRow(0)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                self.find(backwards=True)
                return True
        return super().eventFilter(watched, event)
