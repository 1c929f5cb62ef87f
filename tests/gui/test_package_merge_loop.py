"""Package → merge without hunting for files: the package dialog suggests <project>-<coder>.sqlite
beside the project, the merge picker lists the packages found there with coder, date and new work,
and the merge says before it starts that the undo history ends with it (issue 14, item 6)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from annotator.core.analysis.package import coder_for_package, make_package
from annotator.core.changes import ApplyCode
from annotator.core.store import ProjectStore
from annotator.gui.team.merge_dialog import PATH, MergeDialog
from annotator.gui.team.package_dialog import PackageDialog
from tests.gui import team_support
from tests.gui.team_support import open_dialog, wait_for

demo_master, demo, no_dialogs = team_support.demo_master, team_support.demo, team_support.no_dialogs


def _code_more(package: Path) -> str:
    """The package's coder codes one more passage in it; the new coding's GUID."""
    with ProjectStore.open(package) as store:
        [coder] = [c for c in store.coders() if store.codings(coder=c.guid)] or store.coders()
        doc = store.documents()[-1]
        code = next(c for c in store.codes() if c.codable and not store.codings(code=c.guid))
        added = ApplyCode(document=doc.guid, start=0, end=12, code=code.guid, coder=coder.guid)
        added.apply(store)
    return added.coding.guid


def test_the_package_dialog_suggests_the_file_beside_the_project(qtbot, make_window, demo, no_dialogs):
    window = make_window(demo)
    dialog = open_dialog(window, "file.package", PackageDialog)
    assert dialog.path.text() == "" and dialog.path.placeholderText() == str(
        demo.parent / "demo-<coder>.sqlite"
    )
    dialog.coder.setCurrentText("ＭＩＮＡ")  # the project's spelling of the coder names the file
    assert dialog.path.text() == str(demo.parent / "demo-mina.sqlite")
    dialog.coder.setCurrentText("Sol Kim")
    assert dialog.path.text() == str(demo.parent / "demo-Sol-Kim.sqlite")
    dialog.path.setText("/elsewhere/mine.sqlite")
    dialog.path.setModified(True)
    dialog.coder.setCurrentText("jun")
    assert dialog.path.text() == "/elsewhere/mine.sqlite"  # the user's own path is kept


def test_the_merge_picker_lists_the_packages_beside_the_project(
    qtbot, make_window, demo, no_dialogs, tmp_path
):
    mina, jun = demo.parent / "demo-mina.sqlite", demo.parent / "demo-jun.sqlite"
    make_package(demo, coder_for_package(demo, "mina"), mina)
    make_package(demo, coder_for_package(demo, "jun"), jun)
    new = _code_more(mina)  # mina sent hers back with work in it; jun's is untouched
    window = make_window(demo)
    before = window.session.store.counts()["codings"]
    dialog = open_dialog(window, "file.merge", MergeDialog)
    labels = [dialog.sources.item(i).text() for i in range(dialog.sources.count())]
    assert len(labels) == 2
    assert labels[0].startswith("jun — demo-jun.sqlite · made ") and labels[0].endswith("no new codings yet")
    assert labels[1].startswith("mina — demo-mina.sqlite · made ") and labels[1].endswith("1 new coding")
    assert dialog.source_paths() == [str(mina)]  # only the one with work in it is ticked
    assert not dialog.findChild(object, "mergeUndoNote").isVisible()  # nothing to undo yet
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, dialog.task)
    assert window.session.store.counts()["codings"] == before + 1
    assert window.session.store.coding(new).coder == window.session.store.find_coder("mina").guid
    assert no_dialogs["confirm"] == [] and no_dialogs["errors"] == []
    (tmp_path / "out").mkdir()
    added = tmp_path / "out" / "elsewhere.sqlite"
    make_package(demo, coder_for_package(demo, "jun"), added)
    dialog = open_dialog(window, "file.merge", MergeDialog)
    dialog.add_sources([str(added), str(jun)])  # jun's listed package is ticked, not doubled
    items = [dialog.sources.item(i) for i in range(dialog.sources.count())]
    assert [i.data(PATH) for i in items] == [str(jun), str(mina), str(added)]
    assert dialog.source_paths() == [str(jun), str(mina), str(added)]


def test_merging_says_first_that_undo_starts_anew_and_asks(qtbot, make_window, demo, no_dialogs, tmp_path):
    package = demo.parent / "demo-jun.sqlite"
    make_package(demo, coder_for_package(demo, "jun"), package)
    new = _code_more(package)
    window = make_window(demo)
    session = window.session
    doc = session.store.documents()[0]
    code = next(c for c in session.store.codes() if c.codable)
    window.documents.select(doc.guid)
    window.view.select_span(0, 5)
    window.coding.apply_code(code.guid)
    assert session.undo_stack.index() == 1
    dialog = open_dialog(window, "file.merge", MergeDialog)
    note = dialog.findChild(object, "mergeUndoNote")
    last = session.undo_stack.text(0)
    assert note.isVisible() and "the 1 step" in note.text() and f"“{last}”" in note.text()
    assert "demo.sqlite.before-merge.bak" in note.text()
    no_dialogs["answers"]["confirm"] = False
    assert dialog.start() is None  # No: nothing merged, the history is still there
    assert no_dialogs["confirm"] and "Undo starts anew" in no_dialogs["confirm"][0]
    assert session.undo_stack.index() == 1 and dialog.task is None
    no_dialogs["answers"]["confirm"] = True
    wait_for(qtbot, dialog.start())
    assert window.session.store.coding(new) is not None
    assert window.session.undo_stack.index() == 0  # as said: the merged project starts a new history
    assert window.session is not session
