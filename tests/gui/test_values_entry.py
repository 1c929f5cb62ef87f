"""Entering typed values while coding: the values bar under the text, keyboard first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QToolButton

from annotator.gui.models.segments import SegmentsModel
from annotator.gui.values_editor import ValuesEditor
from tests.gui.helpers import activate, codings, key
from tests.gui.values_support import AGE, QUIET, SALE, TWO_PRICES, span_of, values_project

__all__ = ["values_project"]


def code_with_key(qtbot, window, phrase: str, key_name: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """Select ``phrase`` in the text and press a code's key there, as a coder does."""
    activate(qtbot, window)  # focus moves only in the active window (on a real display too)
    window.view.select_span(*span_of(phrase))
    window.view.setFocus()
    qtbot.keyClick(window.view, key_name)


def editor(window) -> ValuesEditor:  # type: ignore[no-untyped-def]
    found = window.findChild(ValuesEditor, "valuesEditor")
    assert found is not None
    return found


def stored(window) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Every stored value as field name -> display text."""
    store = window.session.store
    names = {f.guid: f.name for f in store.code_fields()}
    return {names[v.field]: v.value.display() for v in store.coding_values()}


def values_cell(window, coding: str) -> str:  # type: ignore[no-untyped-def]
    model = window.segments.model
    return model.index(model.row_of(coding), SegmentsModel.VALUES).data()


def test_a_proposed_price_is_stored_with_one_enter_and_undone_in_two_steps(
    qtbot, make_window, values_project
):
    window = make_window(values_project[0])
    code_with_key(qtbot, window, SALE, Qt.Key.Key_1)
    [coding] = codings(window)
    bar = editor(window)
    assert bar.isVisible()
    [line] = bar.lines
    assert line.edit.text() == "25,000 CNY"  # read from "25,000 yuan", not yet stored
    assert line.edit.selectedText() == "25,000 CNY"  # typing replaces it
    assert QApplication.focusWidget() is line.edit
    assert "He sold her for 25,000 yuan" in bar.passage.text()
    assert stored(window) == {}

    qtbot.keyClick(line.edit, Qt.Key.Key_Return)  # the one extra key press

    assert stored(window) == {"price": "25,000 CNY"}
    [value] = window.session.store.coding_values(coding=coding.guid)
    assert value.value.original == "25,000 yuan"  # the passage's own words are kept
    assert value.value.data["amount"] == 25000 and value.value.data["currency"] == "CNY"
    assert not bar.isVisible()
    assert QApplication.focusWidget() is window.view  # coding goes on from the text
    assert window.session.undo_stack.count() == 2  # the coding, then its values: two steps
    assert values_cell(window, coding.guid) == "price: 25,000 CNY"
    assert "25,000 CNY" in window.view.tooltip_html([coding.guid])

    key(qtbot, window, "Ctrl+Z")
    assert stored(window) == {}
    assert [c.guid for c in codings(window)] == [coding.guid]
    assert values_cell(window, coding.guid) == ""
    key(qtbot, window, "Ctrl+Z")
    assert codings(window) == []


def test_escape_stores_nothing_and_the_coding_stays(qtbot, make_window, values_project):
    window = make_window(values_project[0])
    code_with_key(qtbot, window, SALE, Qt.Key.Key_1)
    bar = editor(window)
    qtbot.keyClick(bar.lines[0].edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert stored(window) == {}
    assert len(codings(window)) == 1
    assert window.session.undo_stack.count() == 1
    assert "Edit values" in window.statusBar().currentMessage()


def test_a_value_that_does_not_fit_says_why_at_the_field_and_stores_nothing(
    qtbot, make_window, values_project
):
    window = make_window(values_project[0])
    code_with_key(qtbot, window, AGE, Qt.Key.Key_2)
    bar = editor(window)
    [line] = bar.lines
    assert line.edit.text() == "19"  # "nineteen years old"
    qtbot.keyClicks(line.edit, "about two hundred")  # replaces the selected proposal
    qtbot.keyClick(line.edit, Qt.Key.Key_Return)

    assert stored(window) == {}
    assert window.session.undo_stack.count() == 1  # only the coding
    assert bar.isVisible()
    message = bar.findChild(QLabel, "valueMessage_age")
    assert message.isVisible() and message.text().startswith("age:")
    assert "\n" not in message.text()
    assert line.edit.accessibleDescription() == message.text()  # a screen reader reads it at the field
    assert QApplication.focusWidget() is line.edit

    line.edit.selectAll()
    qtbot.keyClicks(line.edit, "about 20")
    qtbot.keyClick(line.edit, Qt.Key.Key_Return)
    assert stored(window) == {"age": "≈20"}
    assert not bar.isVisible()


def test_money_without_a_currency_is_read_with_the_fields_currency(qtbot, make_window, values_project):
    window = make_window(values_project[0])
    code_with_key(qtbot, window, SALE, Qt.Key.Key_1)
    line = editor(window).lines[0]
    qtbot.keyClicks(line.edit, "18000")
    qtbot.keyClick(line.edit, Qt.Key.Key_Return)
    assert stored(window) == {"price": "18,000 CNY"}


def test_down_arrow_steps_through_the_other_readings(qtbot, make_window, values_project):
    window = make_window(values_project[0])
    code_with_key(qtbot, window, TWO_PRICES, Qt.Key.Key_1)
    line = editor(window).lines[0]
    assert line.edit.text() == "5,000 CNY"
    assert "30,000 CNY" in line.others.text()
    qtbot.keyClick(line.edit, Qt.Key.Key_Down)
    assert line.edit.text() == "30,000 CNY" and line.edit.selectedText() == "30,000 CNY"
    qtbot.keyClick(line.edit, Qt.Key.Key_Up)
    assert line.edit.text() == "5,000 CNY"
    qtbot.keyClick(line.edit, Qt.Key.Key_Down)
    qtbot.keyClick(line.edit, Qt.Key.Key_Return)
    assert stored(window) == {"price": "30,000 CNY"}


def test_coding_on_skips_the_values_and_a_code_without_fields_asks_nothing(
    qtbot, make_window, values_project
):
    window = make_window(values_project[0])
    code_with_key(qtbot, window, SALE, Qt.Key.Key_1)
    bar = editor(window)
    assert bar.isVisible()
    code_with_key(qtbot, window, QUIET, Qt.Key.Key_3)  # the coder simply goes on
    assert not bar.isVisible()
    assert len(codings(window)) == 2
    assert stored(window) == {}


def test_undoing_the_coding_while_the_bar_is_open_closes_it(qtbot, make_window, values_project):
    window = make_window(values_project[0])
    code_with_key(qtbot, window, SALE, Qt.Key.Key_1)
    window.actions["edit.undo"].trigger()
    assert codings(window) == []
    assert not editor(window).isVisible()


def test_values_are_edited_later_from_the_menu_and_from_the_segments_table(
    qtbot, make_window, values_project
):
    window = make_window(values_project[0])
    code_with_key(qtbot, window, SALE, Qt.Key.Key_1)
    [coding] = codings(window)
    bar = editor(window)
    qtbot.keyClick(bar.lines[0].edit, Qt.Key.Key_Escape)

    window.view.set_selected_coding(coding.guid)  # a click on the highlight
    key(qtbot, window, "Ctrl+Shift+V")
    assert bar.isVisible()
    assert bar.lines[0].edit.text() == "25,000 CNY"
    qtbot.keyClick(bar.lines[0].edit, Qt.Key.Key_Return)
    assert stored(window) == {"price": "25,000 CNY"}

    table = window.segments.table
    index = window.segments.model.index(window.segments.model.row_of(coding.guid), SegmentsModel.VALUES)
    table.scrollTo(index)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    assert bar.isVisible()
    line = bar.lines[0]
    assert line.edit.text() == "25,000 CNY"  # the stored value, ready to change
    line.edit.selectAll()
    qtbot.keyClicks(line.edit, "26000 yuan")
    qtbot.keyClick(line.edit, Qt.Key.Key_Return)
    assert stored(window) == {"price": "26,000 CNY"}
    assert values_cell(window, coding.guid) == "price: 26,000 CNY"

    # Emptying a stored value clears it (one step); Ctrl+Z brings it back.
    window.view.set_selected_coding(coding.guid)
    key(qtbot, window, "Ctrl+Shift+V")
    bar.lines[0].edit.clear()
    qtbot.keyClick(bar.lines[0].edit, Qt.Key.Key_Return)
    assert stored(window) == {}
    key(qtbot, window, "Ctrl+Z")
    assert stored(window) == {"price": "26,000 CNY"}


def test_unchanged_values_make_no_undo_step(qtbot, make_window, values_project):
    window = make_window(values_project[0])
    code_with_key(qtbot, window, SALE, Qt.Key.Key_1)
    [coding] = codings(window)
    qtbot.keyClick(editor(window).lines[0].edit, Qt.Key.Key_Return)
    steps = window.session.undo_stack.count()
    assert window.values.edit(coding.guid)
    qtbot.keyClick(editor(window).lines[0].edit, Qt.Key.Key_Return)
    assert window.session.undo_stack.count() == steps
    assert not editor(window).isVisible()


def test_the_values_bar_is_reachable_and_labelled_for_screen_readers(qtbot, make_window, values_project):
    window = make_window(values_project[0])
    code_with_key(qtbot, window, SALE, Qt.Key.Key_1)
    bar = editor(window)
    assert bar.accessibleName() == "Values of the coded passage"
    assert "Enter" in bar.accessibleDescription() and "Escape" in bar.accessibleDescription()
    line = bar.lines[0]
    assert line.edit.accessibleName() == "price (money)"
    assert line.label.buddy() is line.edit  # the label names the field
    assert "25,000 CNY" in line.edit.accessibleDescription()  # what was read, said at the field
    assert bar.passage.accessibleName() == "Passage"
    skip = bar.findChild(QToolButton, "valuesSkip")
    assert skip.accessibleName() == "Skip values" and "Escape" in skip.toolTip()
    assert "Enter" in bar.save.toolTip()
    # Tab moves from the field to Save: every part is reachable without a mouse.
    qtbot.keyClick(line.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is bar.save
    # The action is in the Code menu and the help lists the bar's keys.
    assert window.actions["code.values"].shortcut().toString() == "Ctrl+Shift+V"
    from annotator.gui.actions import shortcut_rows  # noqa: PLC0415

    assert any(where == "Values bar" and keys == "Enter" for where, keys, _ in shortcut_rows())


def test_edit_values_on_a_code_without_fields_says_how_to_add_them(qtbot, make_window, values_project):
    window = make_window(values_project[0])
    code_with_key(qtbot, window, QUIET, Qt.Key.Key_3)
    [coding] = codings(window)
    assert not window.values.edit(coding.guid)
    assert "Value fields" in window.statusBar().currentMessage()
    assert not editor(window).isVisible()


def test_the_palette_and_a_double_click_in_the_codebook_lead_to_the_same_bar(
    qtbot, make_window, values_project
):
    window = make_window(values_project[0])
    ids = values_project[1]
    window.view.select_span(*span_of(SALE))
    key(qtbot, window, "Ctrl+K")
    palette = window.coding.palette
    qtbot.keyClicks(palette.query, "price of")
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    bar = editor(window)
    assert bar.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bar.lines[0].edit, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert stored(window) == {"price": "25,000 CNY"}

    from tests.gui.helpers import double_click_code  # noqa: PLC0415

    window.view.select_span(*span_of(AGE))
    double_click_code(qtbot, window, ids["Age at sale"])
    assert bar.isVisible() and bar.lines[0].edit.text() == "19"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bar.lines[0].edit, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert stored(window) == {"price": "25,000 CNY", "age": "19"}


def test_retrieval_shows_the_values_of_each_segment(qtbot, make_window, values_project, monkeypatch):
    from annotator.gui import prompts  # noqa: PLC0415
    from annotator.gui.team.reports import ReportsWindow  # noqa: PLC0415
    from tests.gui.team_support import open_dialog, wait_for  # noqa: PLC0415

    monkeypatch.setattr(prompts, "show_error", lambda *_a: None)
    window = make_window(values_project[0])
    code_with_key(qtbot, window, SALE, Qt.Key.Key_1)
    qtbot.keyClick(editor(window).lines[0].edit, Qt.Key.Key_Return)
    reports = open_dialog(window, "team.reports", ReportsWindow)
    wait_for(qtbot, reports.run())
    model = reports.segment_table.model()
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Values"
    assert not reports.segment_table.isColumnHidden(4)
    assert [model.index(r, 4).data() for r in range(model.rowCount())] == ["price: 25,000 CNY"]
