"""The pseudonym list editor: preview, one undoable change, refused duplicates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from annotator.core.pseudonymise import Pseudonym, load_pseudonyms
from annotator.gui.trust.pseudonym_dialog import PseudonymDialog
from tests.gui.helpers import key


def open_editor(window) -> PseudonymDialog:  # type: ignore[no-untyped-def]
    window.actions["team.pseudonyms"].trigger()
    [dialog] = [d for d in window.findChildren(PseudonymDialog) if d.isVisible()]
    return dialog


def test_pseudonym_editor_saves_one_undoable_change(qtbot, window):
    store = window.session.store
    dialog = open_editor(window)
    assert "Yanji" in dialog.sample.toPlainText()  # a passage of the open document
    dialog.set_row(0, "Yanji", "City A", "place")
    dialog.update_preview()
    assert "City A" in dialog.preview.toPlainText() and "Yanji" not in dialog.preview.toPlainText()
    dialog.accept()
    assert load_pseudonyms(store) == [Pseudonym("Yanji", "City A", "place")]

    second = open_editor(window)
    assert second.entries() == [Pseudonym("Yanji", "City A", "place")]
    second.set_row(1, "yanji", "dup")
    second.accept()
    assert second.isVisible() and "twice" in second.error.text()  # the core's rule, one line
    second.table.setCurrentCell(1, 0)
    second.remove_selected()
    second.set_row(1, "Kim Ok-sun", "Participant 3")
    second.add_button.click()  # an empty row is ignored
    table = second.table
    table.setCurrentCell(0, 2)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)  # the kind, by keyboard
    editor = table.findChild(QComboBox)
    assert editor is not None and editor.currentText() == "place"
    editor.setCurrentIndex(editor.findText("other"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event-loop turn
    qtbot.waitUntil(lambda: table.item(0, 2).text() == "other", timeout=2000)
    second.accept()
    assert not second.isVisible()
    assert [(p.find, p.kind) for p in load_pseudonyms(store)] == [("Yanji", "other"), ("Kim Ok-sun", "name")]

    key(qtbot, window, "Ctrl+Z")
    assert load_pseudonyms(store) == [Pseudonym("Yanji", "City A", "place")]
    key(qtbot, window, "Ctrl+Shift+Z")
    assert len(load_pseudonyms(store)) == 2
