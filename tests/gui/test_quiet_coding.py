"""A coding repaints what it changed, never the whole window: the segment count's new text must
not lay the window's docks out again (that full repaint was most of a coding's
cost, see annotator/gui/quiet_label.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from tests.gui.team_support import demo, demo_master  # noqa: F401 (fixtures)


class _Watch(QObject):
    def __init__(self, window) -> None:  # noqa: ANN001
        super().__init__()
        self.window = window
        self.layouts = 0
        self.asked: list[str] = []  # which widgets asked for a layout (a failure names them)

    def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802 (Qt override)
        if event.type() == QEvent.Type.LayoutRequest:
            self.asked.append(f"{type(obj).__name__}:{obj.objectName()}")
        if obj is self.window and event.type() == QEvent.Type.LayoutRequest:
            self.layouts += 1
        return False


def test_a_coding_neither_lays_out_nor_repaints_the_window(qtbot, qapp, make_window, demo) -> None:  # noqa: F811
    window = make_window(demo)
    window.resize(1400, 900)
    code = next(c.guid for _, c in window.session.tree.walk() if c.codable)
    window.view.select_span(0, 5)
    window.coding.apply_code(code)  # the first one may size a column to a new code's name
    qtbot.wait(30)
    watch = _Watch(window)
    qapp.installEventFilter(watch)
    try:
        before = window.segments.count.text()
        for start in (10, 200, 400, 600, 800):
            window.view.select_span(start, start + 30)
            window.coding.apply_code(code)
            qtbot.wait(30)
    finally:
        qapp.removeEventFilter(watch)
    assert window.segments.count.text() != before  # the count did change...
    # ... without laying the window out again: at most once in five codings, when a column of
    # the documents or cases list grows to a wider number (it did on every coding before)
    assert watch.layouts <= 1, watch.asked  # (each relayout repaints the whole window)
