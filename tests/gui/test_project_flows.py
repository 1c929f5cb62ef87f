"""Projects, imports, locks, memos, attributes, coders, help and errors through the window."""

from __future__ import annotations

import json
import os
import socket
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from annotator.core.changes import ApplyCode
from annotator.core.store import ProjectStore
from annotator.core.store.lock import lock_path
from annotator.gui import app as gui_app
from annotator.gui import prompts
from annotator.gui.actions import all_actions, plain
from annotator.gui.dialogs.errors import ExceptionDialog
from annotator.gui.dialogs.shortcuts import ShortcutsDialog
from annotator.gui.memos import DELAY_MS
from annotator.gui.models.documents import FIRST_ATTRIBUTE
from tests.gui.conftest import ENGLISH
from tests.gui.helpers import codings, key, open_document
from tests.gui.team_support import answer_switch_coder


def test_memo_typed_in_the_editor_persists(qtbot, make_window, project):
    path, ids = project
    window = make_window(path)
    open_document(window, ids["en.txt"])
    editor = window.memo_panel.editor
    assert window.memos.kind == "document"
    qtbot.keyClicks(editor, "Interview cut short")
    qtbot.waitUntil(
        lambda: window.session.store.memo("document", ids["en.txt"]) is not None, timeout=DELAY_MS * 4
    )
    assert window.session.store.memo("document", ids["en.txt"]).text == "Interview cut short"

    window.view.select_span(0, 11)
    window.coding.apply_code(ids["Control/Threats"])
    [coding] = codings(window)
    window.segments.select_codings([coding.guid])
    assert (window.memos.kind, window.memos.target) == ("coding", coding.guid)
    qtbot.keyClicks(editor, "ask again")
    window.codebook.select_codes([ids["Control/Threats"]])  # switching target saves at once
    assert window.session.store.coding(coding.guid).memo == "ask again"
    window.close()

    again = make_window(path)
    open_document(again, ids["en.txt"])
    assert again.memo_panel.editor.toPlainText() == "Interview cut short"
    again.segments.select_codings([coding.guid])
    assert again.memo_panel.editor.toPlainText() == "ask again"
    assert again.segments.model.index(0, 5).data() == "ask again"
    key(qtbot, again, "Ctrl+Z")  # nothing to undo in a fresh session: harmless
    assert again.session.store.coding(coding.guid).memo == "ask again"


def test_import_of_broken_files_lists_the_failures(qtbot, window, project, tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    fake = tmp_path / "fake.docx"
    fake.write_bytes(b"this is not a zip file at all")
    good = tmp_path / "new testimony.txt"
    good.write_text("Respondent: We crossed the river at night.\n", encoding="utf-8")
    job = window.projects.import_files([str(empty), str(fake), str(good)])
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    qtbot.waitUntil(lambda: window.projects.report_dialog is not None)
    dialog = window.projects.report_dialog
    assert dialog.isVisible()
    rows = {name: (outcome, reason) for name, outcome, reason in dialog.rows()}
    assert set(rows) == {"empty.txt", "fake.docx"}
    assert all(outcome == "failed" and reason for outcome, reason in rows.values())
    assert "1 imported" in dialog.summary.text() and "2 failed" in dialog.summary.text()
    dialog.accept()
    names = [d.name for d in window.documents.model.documents]
    assert "new testimony.txt" in names and len(names) == 3
    # the window stays usable: code the new document
    window.documents.select(window.documents.model.documents[names.index("new testimony.txt")].guid)
    window.view.select_span(12, 22)
    window.coding.apply_code(window.session.tree.find("Control/Threats").guid)
    assert [(c.start, c.end) for c in codings(window, document=window.presenter.document)] == [(12, 22)]
    assert window.segments.coder.count() >= 2 and window.segments.document.count() == 4


def test_second_window_is_told_the_project_is_locked(qtbot, make_window, project, monkeypatch):
    path, ids = project
    first = make_window(path)
    asked: list[tuple[str, str]] = []
    answer = ["cancel"]

    def ask_locked(parent, where, holder):
        asked.append((where, holder))
        return answer[0]

    monkeypatch.setattr(prompts, "ask_locked", ask_locked)
    second = make_window()
    assert not second.open_project(path)
    assert asked == [(str(path.resolve()), "another window of this program")]
    assert second.session is None
    answer[0] = "readonly"
    assert second.open_project(path)
    assert second.session.readonly
    assert second.saved_label.text() == "Read-only"
    assert "[read-only]" in second.windowTitle()
    assert not second.actions["code.palette"].isEnabled()
    second.view.select_span(0, 5)
    second.coding.apply_code(ids["Control/Threats"])
    assert "read-only" in second.statusBar().currentMessage()
    assert codings(first) == []
    second.close()
    assert first.open_project(path)  # our own lock does not block us


def test_lock_held_by_another_process_names_the_holder(make_window, project, monkeypatch):
    path, _ = project
    holder = {"pid": os.getppid(), "host": socket.gethostname(), "user": "kim", "since": "2026-01-01"}
    lock_path(path).write_text(json.dumps(holder), encoding="utf-8")  # a live process that is not us
    holders: list[str] = []
    monkeypatch.setattr(
        prompts, "ask_locked", lambda parent, where, holder: holders.append(holder) or "cancel"
    )
    window = make_window()
    assert not window.open_project(path)
    assert holders and holders[0].startswith("kim on ") and str(os.getppid()) in holders[0]
    lock_path(path).unlink()


def test_new_project_save_a_copy_and_recent(qtbot, window, project, tmp_path, monkeypatch):
    path, ids = project
    window.view.select_span(0, 11)
    window.coding.apply_code(ids["Control/Threats"])
    copy = tmp_path / "copy.sqlite"
    monkeypatch.setattr(prompts, "save_file", lambda parent, title, filters="": str(copy))
    window.actions["file.save_copy"].trigger()
    with ProjectStore.open(copy, readonly=True) as store:
        assert len(store.codings()) == 1

    new = tmp_path / "fresh"
    monkeypatch.setattr(prompts, "save_file", lambda parent, title, filters="": str(new))
    monkeypatch.setattr(prompts, "ask_item", lambda parent, title, label, items: items[1])  # empty codebook
    window.actions["file.new"].trigger()
    assert window.session.path == (tmp_path / "fresh.sqlite").resolve()
    assert window.codebook.model.rowCount() == 0 and window.documents.model.rowCount() == 0
    window.actions["file.close"].trigger()
    assert window.session is None and window.saved_label.text() == "No project open"
    window.recent_menu.aboutToShow.emit()
    names = [a.text() for a in window.recent_menu.actions()]
    assert names[:2] == ["fresh.sqlite", path.name]
    window.recent_menu.actions()[1].trigger()
    assert window.session is not None and window.session.path == path.resolve()


def test_attributes_dialog_edits_as_one_undo_step(qtbot, window, project):
    _, ids = project
    window.actions["edit.attributes"].trigger()
    dialog = window.projects.attributes_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.new_name.setText("Age at exploitation")
    dialog.new_type.setCurrentText("number")
    dialog.add_attribute()
    dialog.set_value(ids["en.txt"], "Age at exploitation", "19")
    dialog.set_value(ids["ko.txt"], "Age at exploitation", "23")
    dialog.accept()
    docs = window.documents.model
    assert docs.headerData(FIRST_ATTRIBUTE, Qt.Orientation.Horizontal) == "Age at exploitation"
    assert docs.index(docs.row_of(ids["ko.txt"]), FIRST_ATTRIBUTE).data() == "23"
    assert window.undo_group.undoText() == "Edit attributes"
    key(qtbot, window, "Ctrl+Z")
    assert window.session.store.attributes() == []
    assert docs.columnCount() == FIRST_ATTRIBUTE

    window.actions["edit.attributes"].trigger()
    dialog = window.projects.attributes_dialog
    dialog.new_name.setText("Age")
    dialog.new_type.setCurrentText("number")
    dialog.add_attribute()
    dialog.set_value(ids["en.txt"], "Age", "nineteen")
    dialog.accept()
    assert "not a number" in window.statusBar().currentMessage()
    assert window.session.store.attributes() == []


def test_switch_coder_and_whose_codings_are_shown(qtbot, window, project, monkeypatch):
    _, ids = project
    window.view.select_span(0, 11)
    window.coding.apply_code(ids["Control/Threats"])
    answer_switch_coder(monkeypatch, "Second Coder", add=True)
    window.actions["team.switch_coder"].trigger()
    assert window.findChild(type(window.coder_label), "coderLabel").text() == "Coder: Second Coder"
    window.view.select_span(20, 30)
    window.coding.apply_code(ids["Control/Threats"])
    mine, theirs = codings(window, coder=window.session.coder.guid), codings(window)
    assert len(mine) == 1 and len(theirs) == 2
    window.actions["view.mine"].trigger()
    assert window.presenter.shown == {mine[0].guid}
    assert window.codebook.model.index_for(ids["Control/Threats"], 1).data() == "1 / 1"
    assert len(window.segments.model.rows) == 1
    window.coder_menu.aboutToShow.emit()
    tester = next(a for a in window.coder_menu.actions() if a.text() == "Tester")
    tester.trigger()
    assert window.presenter.shown == {c.guid for c in theirs} - {mine[0].guid}
    window.actions["view.all"].trigger()
    assert len(window.presenter.shown) == 2
    window.actions["view.color_by_coder"].trigger()
    assert window.actions["view.color_by_coder"].isChecked()


def test_shortcuts_help_lists_every_action(qtbot, window):
    window.actions["help.shortcuts"].trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    table = dialog.table
    listed = {table.item(r, 2).text() for r in range(table.rowCount())}
    for spec in all_actions():
        if spec.kind != "submenu":
            assert plain(spec.text) in listed
            assert spec.shortcuts or spec.menu, spec.id
    assert "Recruitment/Job offer" in listed  # the code with key 1
    dialog.close()


def test_find_bar_and_zoom(qtbot, window):
    key(qtbot, window, "Ctrl+F")
    assert window.find_bar.isVisible() and window.find_bar.edit.hasFocus()
    qtbot.keyClicks(window.find_bar.edit, "papers")
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    start = ENGLISH.index("papers")
    assert window.view.selected_span() == (start, start + len("papers"))
    qtbot.keyClicks(window.find_bar.edit, "zzz")
    assert window.find_bar.message.text() == "Not found"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    size = window.view.font().pointSizeF()
    window.actions["view.zoom_in"].trigger()
    assert window.view.font().pointSizeF() > size
    window.actions["view.zoom_reset"].trigger()
    assert window.view.font().pointSizeF() == size


def test_unexpected_exception_shows_a_report_and_the_app_goes_on(qtbot, window, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    reporter = gui_app.install_excepthook()
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    dialog = reporter.dialogs[-1]
    assert isinstance(dialog, ExceptionDialog) and dialog.isVisible()
    assert "RuntimeError: boom in a slot" in dialog.report.toPlainText()
    dialog.copy()
    dialog.close()
    window.view.select_span(0, 5)
    window.coding.apply_code(window.session.tree.find("Control/Threats").guid)
    assert len(codings(window)) == 1


def test_layout_persists_and_first_project_prefers_recent(make_window, project, tmp_path, monkeypatch):
    path, _ = project
    window = make_window(path)
    window.resize(640, 480)  # within the offscreen screen, which clamps restored geometry
    size = (window.width(), window.height())  # the docks' minimum may add a few pixels
    assert abs(size[1] - 480) < 40
    window.close()
    assert QSettings().value("window/geometry") is not None
    again = make_window()
    assert (again.width(), again.height()) == size
    assert gui_app.first_project() == path.resolve()


def test_window_level_changes_reach_the_text(qtbot, window, project):
    """A change made by another route (a script holding the session) redraws the view."""
    _, ids = project
    session = window.session
    change = ApplyCode(
        document=ids["en.txt"], start=5, end=9, code=ids["Recruitment/Debt"], coder=session.coder.guid
    )
    session.push(change)
    assert change.coding.guid in window.presenter.shown
    assert window.undo_group.undoText() == "Apply code"
