"""Coding through the real widgets: double-click, code key, palette, drops, undo/redo, reopen."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent

from annotator.core.changes import ApplyCode
from tests.gui.conftest import ENGLISH, KOREAN
from tests.gui.helpers import (
    click_text,
    codings,
    count_text,
    double_click_code,
    key,
    open_document,
    segment_rows,
)

JOB, DEBT = "Recruitment/Job offer", "Recruitment/Debt"
DOCS_TAKEN, THREATS = "Control/Documents taken", "Control/Threats"


def span_of(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def test_double_click_codes_the_selection_and_undo_redo_by_keys(qtbot, window, project):
    _, ids = project
    start, end = span_of(ENGLISH, "a restaurant in Yanji needed a waitress")
    window.view.select_span(start, end)
    double_click_code(qtbot, window, ids[JOB])

    [coding] = codings(window)
    assert (coding.start, coding.end, coding.code) == (start, end, ids[JOB])
    assert coding.coder == window.session.coder.guid
    assert window.session.store.coder(coding.coder).name == "Tester"
    assert count_text(window, ids[JOB]) == "1 / 1"
    assert coding.guid in segment_rows(window)  # no code selected: the document's segments
    assert coding.guid in window.presenter.shown
    assert window.findChild(type(window.saved_label), "savedLabel").text() == "All changes saved"

    key(qtbot, window, "Ctrl+Z")
    assert codings(window) == []
    assert count_text(window, ids[JOB]) == ""
    assert segment_rows(window) == []
    assert coding.guid not in window.presenter.shown

    key(qtbot, window, "Ctrl+Shift+Z")
    assert [c.guid for c in codings(window)] == [coding.guid]
    assert count_text(window, ids[JOB]) == "1 / 1"
    assert segment_rows(window) == [coding.guid]
    key(qtbot, window, "Ctrl+Z")
    key(qtbot, window, "Ctrl+Y")
    assert len(codings(window)) == 1


def test_korean_span_beyond_the_bmp_is_exact(qtbot, window, project):
    _, ids = project
    open_document(window, ids["ko.txt"])
    start, end = span_of(KOREAN, "연길 식당에서 종업원을")
    assert KOREAN[:start].count("𠀀") == 1 and "😀" in KOREAN[:start]
    window.view.select_span(start, end)
    assert window.view.textCursor().selectedText() == "연길 식당에서 종업원을"
    double_click_code(qtbot, window, ids[JOB])
    [coding] = codings(window)
    assert (coding.document, coding.start, coding.end) == (ids["ko.txt"], start, end)
    assert KOREAN[coding.start : coding.end] == "연길 식당에서 종업원을"
    assert window.segments.model.index(0, 3).data() == "연길 식당에서 종업원을"


def test_code_key_and_palette_and_segments_of_a_selected_code(qtbot, window, project):
    _, ids = project
    first = span_of(ENGLISH, "the pay was good")
    window.view.select_span(*first)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_1)  # "Job offer" has the key 1
    assert [(c.start, c.end, c.code) for c in codings(window)] == [(*first, ids[JOB])]

    second = span_of(ENGLISH, "said I owed them for the journey")
    window.view.select_span(*second)
    key(qtbot, window, "Ctrl+K")
    palette = window.coding.palette
    assert palette is not None and palette.isVisible()
    qtbot.keyClicks(palette.query, "debt")
    assert palette.current() == ids[DEBT]
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    assert not palette.isVisible()
    debt = [c for c in codings(window) if c.code == ids[DEBT]]
    assert [(c.start, c.end) for c in debt] == [second]

    window.codebook.select_codes([ids[DEBT]])  # segments of the selected code, across documents
    assert segment_rows(window) == [debt[0].guid]
    assert window.segments.model.index(0, 1).data() == "Debt"
    assert window.segments.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == DEBT
    assert "owed them" in window.segments.model.index(0, 3).data()
    key(qtbot, window, "Ctrl+Z")
    assert segment_rows(window) == []
    assert len(codings(window)) == 1


def test_coding_survives_closing_and_reopening(qtbot, make_window, project):
    path, ids = project
    window = make_window(path)
    open_document(window, ids["ko.txt"])
    start, end = span_of(KOREAN, "서류를 빼앗고")
    window.view.select_span(start, end)
    double_click_code(qtbot, window, ids[DOCS_TAKEN])
    window.close()

    again = make_window(path)
    assert again.presenter.document == ids["ko.txt"]  # the document open at closing
    [coding] = codings(again)
    assert (coding.start, coding.end, coding.code) == (start, end, ids[DOCS_TAKEN])
    assert coding.guid in again.presenter.shown
    assert count_text(again, ids[DOCS_TAKEN]) == "1 / 1"
    assert segment_rows(again) == [coding.guid]


def test_click_highlight_selects_segment_then_delete_and_resize_undo(qtbot, window, project):
    _, ids = project
    start, end = span_of(ENGLISH, "They took my papers")
    window.view.select_span(start, end)
    double_click_code(qtbot, window, ids[DOCS_TAKEN])
    [coding] = codings(window)
    window.codebook.select_codes([ids[JOB]])  # the table now shows another code's segments

    click_text(qtbot, window, start + 5)
    assert window.view.selected_coding() == coding.guid
    assert window.codebook.selected_codes() == [ids[DOCS_TAKEN]]
    assert window.segments.selected() == [coding.guid]
    assert window.memos.kind == "coding" and window.memos.target == coding.guid

    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # end + 1
    assert (codings(window)[0].start, codings(window)[0].end) == (start, end + 1)
    key(qtbot, window, "Ctrl+Z")
    assert (codings(window)[0].start, codings(window)[0].end) == (start, end)

    window.view.resizeRequested.emit(coding.guid, start + 5, end)  # a dragged stripe end
    assert codings(window)[0].start == start + 5
    key(qtbot, window, "Ctrl+Z")

    window.view.set_selected_coding(coding.guid)
    window.view.setFocus()
    key(qtbot, window, "Delete")
    assert codings(window) == []
    assert count_text(window, ids[DOCS_TAKEN]) == ""
    key(qtbot, window, "Ctrl+Z")
    assert [c.guid for c in codings(window)] == [coding.guid]
    assert coding.guid in window.presenter.shown


def test_in_vivo_and_recode_undo_cleanly(qtbot, window, project):
    _, ids = project
    codes_before = {c.guid for c in window.session.store.codes()}
    start, end = span_of(ENGLISH, "arrange everything")
    window.view.select_span(start, end)
    key(qtbot, window, "Ctrl+I")
    tree = window.session.tree
    new = tree.find("In vivo/arrange everything")
    [coding] = codings(window)
    assert (coding.code, coding.start, coding.end) == (new.guid, start, end)
    assert window.codebook.proxy_index(new.guid).isValid()
    key(qtbot, window, "Ctrl+Z")
    assert codings(window) == []
    assert {c.guid for c in window.session.store.codes()} == codes_before
    key(qtbot, window, "Ctrl+Shift+Z")
    assert codings(window)[0].code == new.guid

    window.view.set_selected_coding(coding.guid)
    window.view.setFocus()
    key(qtbot, window, "Ctrl+Shift+K")
    palette = window.coding.palette
    qtbot.keyClicks(palette.query, "threats")
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    assert codings(window)[0].code == ids[THREATS]
    assert window.undo_group.undoText() == "Re-code coding"
    key(qtbot, window, "Ctrl+Z")
    assert codings(window)[0].code == new.guid


def test_drops_code_the_selection(qtbot, window, project):
    _, ids = project
    span = span_of(ENGLISH, "How did you first hear")
    window.view.select_span(*span)
    model = window.codebook.model
    # a code dragged from the tree onto the text view
    mime = model.mimeData([model.index_for(ids[THREATS])])
    viewport = window.view.viewport()
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt delivers drop events only while a real drag runs, so hand it to the view's filter
    assert window.coding.eventFilter(viewport, drop)
    assert drop.isAccepted()
    assert [(c.code, c.start, c.end) for c in codings(window)] == [(ids[THREATS], *span)]
    # the text selection dropped on a code in the tree
    text = QMimeData()
    text.setText("How did you first hear")
    assert model.dropMimeData(text, Qt.DropAction.CopyAction, -1, -1, model.index_for(ids[DEBT]))
    qtbot.waitUntil(lambda: len(codings(window)) == 2)
    assert {c.code for c in codings(window)} == {ids[THREATS], ids[DEBT]}


def test_domain_error_goes_to_the_status_bar_and_not_the_stack(qtbot, window, project):
    _, ids = project
    window.view.select_span(*span_of(ENGLISH, "the next village"))
    double_click_code(qtbot, window, ids[JOB])
    double_click_code(qtbot, window, ids[JOB])  # the same coding again: refused by the core
    assert len(codings(window)) == 1
    assert "already has the code" in window.statusBar().currentMessage()
    assert window.session.undo_stack.count() == 1
    window.view.select_span(3, 3)
    window.coding.apply_code(ids[JOB])
    assert "Select a passage" in window.statusBar().currentMessage()


def test_double_click_on_a_segment_opens_its_passage(qtbot, window, project):
    _, ids = project
    session = window.session
    start, end = span_of(KOREAN, "여비를 갚으라고")
    change = ApplyCode(document=ids["ko.txt"], start=start, end=end, code=ids[DEBT], coder=session.coder.guid)
    session.push(change)
    window.codebook.select_codes([ids[DEBT]])
    table = window.segments.table
    index = window.segments.model.index(window.segments.model.row_of(change.coding.guid), 3)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    assert window.presenter.document == ids["ko.txt"]
    assert window.view.selected_span() == (start, end)
    assert window.view.selected_coding() == change.coding.guid
    assert window.documents.current() == ids["ko.txt"]


def test_keyboard_only_coding(qtbot, window, project):
    """Go to the codebook with Alt+3, walk to a code, Enter codes the selected text."""
    _, ids = project
    window.view.select_span(0, 11)
    key(qtbot, window, "Alt+3")
    tree = window.codebook.tree
    assert tree.hasFocus()
    tree.setCurrentIndex(window.codebook.proxy_index(ids["Recruitment"]))
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # the first child: Job offer
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert [(c.code, c.start, c.end) for c in codings(window)] == [(ids[JOB], 0, 11)]
    key(qtbot, window, "Alt+2")
    assert window.view.hasFocus()
    window.view.select_span(12, 20)
    key(qtbot, window, "Ctrl+Return")  # the code selected in the tree
    assert len(codings(window, code=ids[JOB])) == 2
