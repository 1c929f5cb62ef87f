"""The segments table's preview: the whole passage of the current row with its code and coder,
following Up/Down (demo project: passages longer than the table's cell)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt

from tests.gui import team_support

demo_master, demo = team_support.demo_master, team_support.demo


def _words(text: str) -> str:
    return " ".join(text.split())


def test_the_preview_shows_the_whole_quote_and_follows_up_and_down(qtbot, make_window, demo):
    window = make_window(demo)
    store = window.session.store
    code = Counter(c.code for c in store.codings() if c.end - c.start > 170).most_common(1)[0][0]
    window.codebook.select_codes([code])
    panel, model = window.segments, window.segments.model
    assert model.rowCount() > 2
    preview = window.findChild(type(panel.preview), "segmentPreview")
    assert preview is panel.preview and preview.isVisible()
    assert preview.toPlainText() == ""  # nothing current yet: the placeholder says what it is for

    long_row = next(
        r for r in range(model.rowCount()) if model.coding_at(r).end - model.coding_at(r).start > 170
    )
    panel.table.setFocus()
    panel.select_codings([model.coding_at(long_row).guid])

    def shown(row: int) -> None:
        coding = model.coding_at(row)
        text = _words(store.document_text(coding.document)[coding.start : coding.end])
        seen = _words(preview.toPlainText())
        assert text in seen  # whole, not the table's shortened cell
        assert window.session.tree.path(coding.code) in seen
        assert model.index(row, 2).data() in seen  # the coder
        assert model.index(row, 0).data() in seen  # the document

    shown(long_row)
    coding = model.coding_at(long_row)
    whole = _words(store.document_text(coding.document)[coding.start : coding.end])
    assert whole not in _words(model.index(long_row, 3).data())  # the table's cell is shortened

    down = min(long_row + 1, model.rowCount() - 1)
    qtbot.keyClick(panel.table, Qt.Key.Key_Down if down > long_row else Qt.Key.Key_Up)
    moved = panel.table.currentIndex().row()
    assert moved != long_row
    shown(moved)
    qtbot.keyClick(panel.table, Qt.Key.Key_Up if down > long_row else Qt.Key.Key_Down)
    assert panel.table.currentIndex().row() == long_row
    shown(long_row)


def test_the_preview_follows_a_click_on_a_highlight_and_clears_with_the_rows(qtbot, make_window, demo):
    window = make_window(demo)
    store = window.session.store
    document = window.presenter.document
    coding = max(store.codings(document=document), key=lambda c: c.end - c.start)
    window.view.set_selected_coding(coding.guid)
    window.segments.select_codings([coding.guid])
    text = _words(store.document_text(document)[coding.start : coding.end])
    assert text in _words(window.segments.preview.toPlainText())

    window.documents.select(next(d.guid for d in window.documents.model.documents if d.guid != document))
    assert text not in _words(window.segments.preview.toPlainText())
