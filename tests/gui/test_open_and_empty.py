"""Open and empty states: a mistaken File → Open keeps the project that was open; an empty
project (or none) offers the next step as a button; Find lists the matches in every document."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from annotator.core import protection
from annotator.core.project import create_project
from annotator.core.store import keys
from annotator.gui import prompts
from tests.gui.conftest import ENGLISH, KOREAN, build_project
from tests.gui.helpers import activate, key
from tests.gui.team_support import no_dialogs  # noqa: F401 (fixture)


def still_open(window, path: Path, session: object) -> None:  # type: ignore[no-untyped-def]
    assert window.session is session and window.session.path == path
    assert window.documents.model.rowCount() == 2
    assert window.view.text  # the document is still on screen
    assert f"{path.name} is still open" in window.statusBar().currentMessage()


def test_opening_a_file_that_is_not_a_project_keeps_the_current_one(
    make_window,
    project,
    tmp_path,
    no_dialogs,  # noqa: F811
):
    path, _ = project
    window = make_window(path)
    session = window.session
    notes = tmp_path / "notes.sqlite"
    notes.write_text("an interview, typed into the wrong box\n")
    assert not window.open_project(notes)
    assert no_dialogs["errors"] and "not" in no_dialogs["errors"][0][1].lower()
    still_open(window, path, session)
    assert not window.open_project(tmp_path / "missing.sqlite")
    still_open(window, path, session)


def test_a_too_new_or_locked_project_is_refused_before_closing(make_window, project, tmp_path, monkeypatch):
    path, _ = project
    errors: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, _t, text: errors.append(text))
    window = make_window(path)
    session = window.session

    newer = tmp_path / "newer.sqlite"
    build_project(newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("PRAGMA user_version = 9999")
    conn.close()
    assert not window.open_project(newer)
    assert errors and "newer" in errors[-1].lower()
    still_open(window, path, session)

    other = tmp_path / "held.sqlite"
    build_project(other)
    holder = make_window(other)  # another window holds it
    monkeypatch.setattr(prompts, "ask_locked", lambda *_a: "cancel")
    assert not window.open_project(other)
    still_open(window, path, session)
    assert holder.session is not None and holder.session.path == other


def test_cancelling_an_encrypted_projects_passphrase_keeps_the_current_one(
    make_window, project, tmp_path, monkeypatch
):
    path, _ = project
    secret = tmp_path / "secret.sqlite"
    build_project(secret)
    protection.convert(secret, old=None, new="correct horse battery")
    keys.forget_all()
    window = make_window(path)
    session = window.session
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("", False))  # Cancel
    assert not window.open_project(secret)
    still_open(window, path, session)
    keys.forget_all()


def test_the_same_project_can_be_reopened(make_window, project):
    path, _ = project
    window = make_window(path)
    assert window.open_project(path)
    assert window.session.path == path and window.documents.model.rowCount() == 2


# --- empty states ------------------------------------------------------------------------------------


def test_an_empty_project_offers_an_import_button_reachable_by_keyboard(
    qtbot, make_window, tmp_path, monkeypatch
):
    path = tmp_path / "new-study.sqlite"
    create_project(path, codebook="default", name="New study").close()
    source = tmp_path / "interview-1.txt"
    source.write_text(ENGLISH, encoding="utf-8")
    monkeypatch.setattr(prompts, "open_files", lambda *_a, **_k: [str(source)])
    window = make_window(path)
    empty = window.empty
    assert empty.isVisible() and not window.view.isVisible()
    assert empty.title.text() == "New study has no documents yet"
    assert empty.primary.text() == "Import documents…" and empty.primary.isEnabled()
    assert not empty.secondary.isVisible()

    activate(qtbot, window)
    window.documents.view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the next stop is the button
    assert empty.primary.hasFocus()
    qtbot.keyClick(empty.primary, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.documents.model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: window.view.isVisible(), timeout=2000)
    assert not empty.isVisible()
    assert window.view.text == ENGLISH


def test_a_read_only_empty_project_says_why_nothing_can_be_imported(make_window, tmp_path):
    path = tmp_path / "empty.sqlite"
    create_project(path, codebook="empty", name="Empty").close()
    window = make_window(path, readonly=True)
    assert window.empty.isVisible()
    assert "read-only" in window.empty.hint.text()
    assert not window.empty.primary.isEnabled()


def test_no_project_offers_open_and_new(make_window):
    window = make_window()
    assert window.empty.isVisible() and not window.view.isVisible()
    assert window.empty.title.text() == "No project open"
    assert [window.empty.primary.text(), window.empty.secondary.text()] == ["Open project…", "New project…"]


# --- find in all documents ---------------------------------------------------------------------------


def test_find_lists_the_matches_in_every_document_and_opens_each(qtbot, window, project):
    _, ids = project
    bar = window.find_bar
    key(qtbot, window, "Ctrl+F")
    assert bar.isVisible() and bar.edit.hasFocus()
    qtbot.keyClick(bar.edit, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # "All &documents"
    qtbot.waitUntil(lambda: bar.everywhere.isChecked(), timeout=2000)  # a mnemonic clicks after a flash
    assert bar.edit.hasFocus()
    bar.edit.insert("했어요")  # as an input method commits it (keyClicks types Latin keys only)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.results.count() == 3
    assert bar.message.text() == "3 matches in 1 document"
    assert bar.results.item(0).text().startswith("ko.txt — …")

    qtbot.keyClick(bar.edit, Qt.Key.Key_Down)  # into the list
    assert bar.results.hasFocus()
    qtbot.keyClick(bar.results, Qt.Key.Key_Down)
    qtbot.keyClick(bar.results, Qt.Key.Key_Return)  # the second match
    second = KOREAN.index("했어요", KOREAN.index("했어요") + 1)
    assert window.presenter.document == ids["ko.txt"]
    # code points, after the astral 𠀀 and 😀 on the line before: no drift by one
    assert window.view.selected_span() == (second, second + 3)

    key(qtbot, window, "F3")  # the next hit
    third = KOREAN.rindex("했어요")
    assert window.view.selected_span() == (third, third + 3)

    bar.edit.setFocus()
    bar.edit.selectAll()
    qtbot.keyClicks(bar.edit, "no such words")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.results.count() == 0 and bar.message.text() == "Not found in any document"


def test_find_in_an_empty_search_box_or_one_document_still_works(qtbot, window):
    bar = window.find_bar
    key(qtbot, window, "Ctrl+F")
    assert not bar.everywhere.isChecked() and not bar.results.isVisible()
    qtbot.keyClicks(bar.edit, "papers")
    start = ENGLISH.index("papers")
    assert window.view.selected_span() == (start, start + 6)


@pytest.fixture(autouse=True)
def _no_leftover_keys():
    yield
    keys.forget_all()
