"""Feedback: every change says what it did (plurals right), the memo pane never names the wrong
thing, the codebook filter answers Escape and says when nothing matches, and the window's keys
work from any text box."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.core.changes import ApplyCode
from annotator.gui import prompts
from tests.gui.conftest import ENGLISH
from tests.gui.helpers import activate, click_text, key

JOB, DEBT, THREATS = "Recruitment/Job offer", "Recruitment/Debt", "Control/Threats"


def status(window) -> str:  # type: ignore[no-untyped-def]
    return window.statusBar().currentMessage()


def code(window, phrase: str, path: str) -> str:  # type: ignore[no-untyped-def]
    start = ENGLISH.index(phrase)
    change = ApplyCode(
        document=window.presenter.document,
        start=start,
        end=start + len(phrase),
        code=window.session.tree.find(path).guid,
        coder=window.session.coder.guid,
    )
    assert window.session.push(change) is not None
    return change.coding.guid


def recode_to(window, path: str) -> None:  # type: ignore[no-untyped-def]
    """Code → Change code…, then choose ``path`` in the palette (as Enter on it would)."""
    window.coding.recode()
    palette = window.coding.palette
    palette.chosen.emit(window.session.tree.find(path).guid)
    palette.close()


def test_removing_says_how_many_codings_went_with_the_plural_right(qtbot, window):
    one = code(window, "a restaurant in Yanji", JOB)
    window.view.set_selected_coding(one)
    window.actions["code.remove"].trigger()
    assert status(window).startswith("1 coding removed")

    guids = [code(window, p, DEBT) for p in ("took my papers", "owed them", "the journey")]
    window.segments.select_codings(guids)
    window.segments.table.setFocus()
    window.view.set_selected_coding(None)
    window.actions["code.remove"].trigger()
    assert window.session.store.codings() == []
    assert status(window).startswith("3 codings removed")

    key(qtbot, window, "Ctrl+Z")
    assert status(window) == "Undone: Remove 3 codings (Ctrl+Shift+Z redoes it)."
    key(qtbot, window, "Ctrl+Shift+Z")
    assert status(window) == "Redone: Remove 3 codings."


def test_in_vivo_resize_and_recode_each_say_what_they_did(qtbot, window):
    phrase = "said I owed them"
    start = ENGLISH.index(phrase)
    window.view.select_span(start, start + len(phrase))
    window.actions["code.in_vivo"].trigger()
    assert status(window).startswith("In vivo: coded 16 characters with the new code “said I owed them”"), (
        status(window)
    )

    guid = window.session.store.codings()[0].guid
    window.coding.resize(guid, start + 5, start + len(phrase))
    assert status(window).startswith(
        "Resized the In vivo/said I owed them coding to 11 characters: “I owed them”"
    )

    window.coding.resize(guid, start + 5, start + 6)
    assert "to 1 character:" in status(window)

    window.view.set_selected_coding(guid)
    recode_to(window, THREATS)
    assert status(window).startswith("1 coding re-coded to Control/Threats"), status(window)


def test_codebook_changes_say_what_they_did(qtbot, window, monkeypatch):
    monkeypatch.setattr(prompts, "ask_text", lambda *_a, **_k: "Debt bondage")
    monkeypatch.setattr(prompts, "confirm", lambda *_a, **_k: True)
    code(window, "owed them", DEBT)
    code(window, "the journey", DEBT)
    window.codebook.select_codes([window.session.tree.find(DEBT).guid])
    window.actions["code.rename"].trigger()
    assert status(window).startswith("Renamed “Debt” to “Debt bondage”")
    window.actions["code.delete"].trigger()
    assert status(window).startswith("Deleted the code Recruitment/Debt bondage and 2 codings")


def test_the_memo_title_follows_renames_recodes_undo_and_clicks(qtbot, window, monkeypatch):
    title = window.memo_panel.target
    guid = code(window, "took my papers", DEBT)
    debt = window.session.tree.find(DEBT).guid
    window.codebook.select_codes([debt])
    assert title.text() == "Code memo — Debt"

    monkeypatch.setattr(prompts, "ask_text", lambda *_a, **_k: "Debt bondage")
    window.actions["code.rename"].trigger()
    assert title.text() == "Code memo — Debt bondage"
    key(qtbot, window, "Ctrl+Z")
    assert title.text() == "Code memo — Debt"

    start = ENGLISH.index("took my papers")
    click_text(qtbot, window, start + 2)
    assert title.text() == "Memo on your coding — Debt"
    assert "this coded passage" in window.memo_panel.editor.placeholderText()
    recode_to(window, THREATS)
    assert title.text() == "Memo on your coding — Threats"

    click_text(qtbot, window, ENGLISH.index("Interviewer") + 1)  # uncoded text: no passage chosen
    assert title.text() == "Document memo — en.txt"
    assert "this document" in window.memo_panel.editor.placeholderText()

    click_text(qtbot, window, start + 2)
    key(qtbot, window, "Ctrl+Z")  # the re-code
    key(qtbot, window, "Ctrl+Z")  # the coding itself: its memo is gone, the document's is shown
    assert guid not in {c.guid for c in window.session.store.codings()}
    assert title.text() == "Document memo — en.txt"


def test_deleting_the_code_whose_memo_is_shown_leaves_no_stale_pane(qtbot, window, monkeypatch):
    monkeypatch.setattr(prompts, "confirm", lambda *_a, **_k: True)
    threats = window.session.tree.find(THREATS).guid
    window.codebook.select_codes([threats])
    assert window.memo_panel.target.text() == "Code memo — Threats"
    window.actions["code.delete"].trigger()
    assert threats not in window.session.tree
    assert window.memo_panel.target.text() == "Document memo — en.txt"
    assert not window.memo_panel.editor.isReadOnly()


def test_escape_clears_the_codebook_filter_and_an_empty_result_says_so(qtbot, window):
    panel = window.codebook
    activate(qtbot, window)
    panel.filter.setFocus()
    qtbot.keyClicks(panel.filter, "xyz")
    assert panel.proxy.rowCount() == 0
    assert panel.no_match.isVisible()
    assert panel.no_match.text() == "No code matches 'xyz'."

    qtbot.keyClick(panel.filter, Qt.Key.Key_Escape)
    assert panel.filter.text() == ""
    assert not panel.no_match.isVisible()
    assert panel.proxy.rowCount() > 0

    qtbot.keyClicks(panel.filter, "thr")
    assert not panel.no_match.isVisible()  # "Threats" matches
    qtbot.keyClick(panel.filter, Qt.Key.Key_Escape)
    qtbot.keyClick(panel.filter, Qt.Key.Key_Escape)  # a second Escape: on to the tree
    assert panel.tree.hasFocus()


# The keyboard scheme that makes a line edit claim Ctrl+E ("end of line") is X11's; the offscreen
# platform uses another, so this runs the window under Xvfb.
SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from annotator.gui import MainWindow
    w = MainWindow()
    w.show()
    w.activateWindow()
    assert w.open_project(sys.argv[1])
    QTest.qWaitForWindowActive(w)
    fired = []
    w.actions["file.export"].triggered.disconnect()
    w.actions["file.export"].triggered.connect(lambda *_: fired.append("export"))
    w.actions["code.palette"].triggered.disconnect()
    w.actions["code.palette"].triggered.connect(lambda *_: fired.append("palette"))
    w.find_bar.open_bar()
    for box in (w.codebook.filter, w.find_bar.edit, w.memo_panel.editor, w.cases_panel.filter):
        box.setFocus()
        QTest.qWait(20)
        QTest.keyClicks(box, "ab")
        QTest.keyClick(box, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(box, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the box's own undo
        typed = box.text() if hasattr(box, "text") else box.toPlainText()
        print(box.objectName(), fired.count("export"), fired.count("palette"), repr(typed))
        fired.clear()
    w.close()
    """
)


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb for the X11 keyboard scheme")
def test_global_shortcuts_work_from_every_text_box_under_x11(tmp_path: Path, project, coder_env):
    script = tmp_path / "keys.py"
    script.write_text(SCRIPT)
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "ANNOTATOR_CONFIG_DIR": str(tmp_path / "cfg")}
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).parents[2]), env.get("PYTHONPATH", "")])
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", sys.executable, str(script), str(project[0])],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    lines = [
        line
        for line in result.stdout.splitlines()
        if line.split(" ")[0] in {"codeFilter", "findEdit", "memoEditor", "caseFilter"}
    ]
    assert len(lines) == 4, result.stdout + result.stderr
    for line in lines:
        name, export, palette, typed = line.split(" ", 3)
        assert (export, palette) == ("1", "1"), line  # Ctrl+E exported, Ctrl+K opened Quick code
        assert typed == "''", line  # Ctrl+Z undid the box's own typing
