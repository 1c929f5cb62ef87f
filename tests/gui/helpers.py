"""Small drivers for the real widgets of a MainWindow (clicks, keys, finding things)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from annotator.core.model import Coding
from annotator.gui.main_window import MainWindow


def activate(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Window shortcuts only fire in the active window."""
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def double_click_code(qtbot, window: MainWindow, code: str) -> None:  # type: ignore[no-untyped-def]
    tree = window.codebook.tree
    index = window.codebook.proxy_index(code)
    assert index.isValid()
    tree.scrollTo(index)
    rect = tree.visualRect(index)
    assert rect.isValid()
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def key(qtbot, window: MainWindow, sequence: str) -> None:  # type: ignore[no-untyped-def]
    """Send a key sequence such as "Ctrl+Shift+Z" to the window (its shortcuts)."""
    activate(qtbot, window)
    qtbot.keySequence(window, sequence)


def codings(window: MainWindow, **filters: str) -> list[Coding]:
    assert window.session is not None
    return window.session.store.codings(**filters)


def count_text(window: MainWindow, code: str) -> str:
    return window.codebook.model.index_for(code, 1).data()


def segment_rows(window: MainWindow) -> list[str]:
    model = window.segments.model
    return [model.coding_at(r).guid for r in range(model.rowCount())]  # type: ignore[union-attr]


def open_document(window: MainWindow, guid: str) -> None:
    window.documents.select(guid)
    assert window.presenter.document == guid


def click_text(qtbot, window: MainWindow, cp: int) -> None:  # type: ignore[no-untyped-def]
    """Click the character at code point ``cp`` in the document view."""
    view = window.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.positions.span_to_qt(cp, cp + 1)[0])
    view.setTextCursor(cursor)
    rect = view.cursorRect(cursor)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center() + QPoint(3, 0))


def segment_table_rows_selected(window: MainWindow) -> list[str]:
    return window.segments.selected()
