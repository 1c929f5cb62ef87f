"""File → Export…, Merge projects… and Make coder package…, driven through their dialogs."""

from __future__ import annotations

import csv
import time

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton

from annotator.core.analysis.package import coder_for_package, make_package
from annotator.core.changes import ApplyCode
from annotator.core.store import ProjectStore
from annotator.gui.team.export_dialog import ExportDialog
from annotator.gui.team.merge_dialog import MergeDialog
from annotator.gui.team.package_dialog import PackageDialog
from tests.gui import team_support
from tests.gui.helpers import key
from tests.gui.team_support import open_dialog, wait_for

demo_master, demo, no_dialogs = team_support.demo_master, team_support.demo, team_support.no_dialogs


def click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot, box) -> None:  # type: ignore[no-untyped-def]
    """Click a check box on its indicator (a stretched box's centre may be past its label)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def read_csv(path) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_the_team_file_actions_sit_before_close_and_ctrl_e_exports(qtbot, make_window, demo, no_dialogs):
    window = make_window(demo)
    ids = [a.objectName() for a in window.actions.menus["File"].actions() if a.objectName()]
    close = ids.index("file.close")
    assert {"file.export", "file.merge", "file.package"} <= set(ids[:close])
    key(qtbot, window, "Ctrl+E")
    assert window.findChild(ExportDialog).isVisible()


def test_export_writes_a_csv_with_every_coding_and_can_drop_the_text(
    qtbot, make_window, demo, no_dialogs, tmp_path
):
    window = make_window(demo)
    dialog = open_dialog(window, "file.export", ExportDialog)
    assert dialog.fmt() == "csv" and dialog.findChild(object, "exportEncryptedWarning") is None
    target = tmp_path / "codings.csv"
    dialog.path.setText(str(target))
    click(qtbot, dialog.export_button)
    wait_for(qtbot, dialog.task)
    rows = read_csv(target)
    assert len(rows) == window.session.store.counts()["codings"]
    assert any(r["text"] for r in rows)
    assert str(target) in dialog.done_message.text()

    dialog = open_dialog(window, "file.export", ExportDialog)
    blank = tmp_path / "no-text.csv"
    dialog.path.setText(str(blank))
    tick(qtbot, dialog.drop_text)
    assert not dialog.pseudonymise.isEnabled()
    click(qtbot, dialog.export_button)
    wait_for(qtbot, dialog.task)
    rows = read_csv(blank)
    assert len(rows) == window.session.store.counts()["codings"]
    assert {r["text"] for r in rows} == {""} and all(r["document"].startswith("Document ") for r in rows)
    assert no_dialogs["errors"] == []


def test_export_filters_warns_about_encryption_and_reports_errors_in_one_line(
    qtbot, make_window, demo, no_dialogs, tmp_path
):
    window = make_window(demo)
    store = window.session.store
    store.passphrase = "pretend"  # the dialog only reads store.encrypted
    try:
        dialog = open_dialog(window, "file.export", ExportDialog)
    finally:
        store.passphrase = None
    assert dialog.findChild(object, "exportEncryptedWarning") is not None
    mina = store.coder_by_name("mina")
    dialog.coders.set_checked([mina.guid])
    dialog.path.setText(str(tmp_path / "mina.csv"))
    click(qtbot, dialog.export_button)
    wait_for(qtbot, dialog.task)
    assert {r["coder"] for r in read_csv(tmp_path / "mina.csv")} == {"mina"}

    dialog = open_dialog(window, "file.export", ExportDialog)
    dialog.path.setText(str(tmp_path / "missing" / "x.csv"))
    click(qtbot, dialog.export_button)
    assert len(no_dialogs["errors"]) == 1 and "\n" not in no_dialogs["errors"][0][1]
    assert dialog.task is None and dialog.isVisible()


def test_merging_a_coder_package_shows_the_added_codings(qtbot, make_window, demo, no_dialogs, tmp_path):
    package = tmp_path / "jun.sqlite"
    make_package(demo, coder_for_package(demo, "jun"), package)
    with ProjectStore.open(package) as store:  # jun codes one more passage in their copy
        jun = store.coder_by_name("jun")
        doc = store.documents()[-1]
        code = next(c for c in store.codes() if c.codable and not store.codings(code=c.guid))
        added = ApplyCode(document=doc.guid, start=0, end=12, code=code.guid, coder=jun.guid)
        added.apply(store)
    window = make_window(demo)
    before = window.session.store.counts()["codings"]
    dialog = open_dialog(window, "file.merge", MergeDialog)
    no_dialogs["answers"]["open"] = [str(package)]
    click(qtbot, dialog.findChild(object, "mergeAdd"))
    assert dialog.source_paths() == [str(package)]
    click(qtbot, dialog.merge_button)
    wait_for(qtbot, dialog.task)
    session = window.session
    assert session.store.counts()["codings"] == before + 1
    assert session.store.coding(added.coding.guid).code == code.guid
    window.documents.select(doc.guid)
    assert added.coding.guid in window.presenter.visible  # the reopened window shows it
    assert dialog.pages.currentIndex() == 1
    assert "1 coding added" in dialog.report.toPlainText()
    saved = tmp_path / "merge-report.txt"
    no_dialogs["answers"]["save"] = saved
    click(qtbot, dialog.findChild(object, "mergeSaveReport"))
    assert saved.read_text(encoding="utf-8") == dialog.report_text()


def test_package_dialog_writes_a_sample_for_one_coder(qtbot, make_window, demo, no_dialogs, tmp_path):
    window = make_window(demo)
    dialog = open_dialog(window, "file.package", PackageDialog)
    dialog.coder.setCurrentText("mina")
    assert dialog.path.text().endswith("demo-mina.sqlite")
    output = tmp_path / "mina-sample.sqlite"
    dialog.path.setText(str(output))
    tick(qtbot, dialog.sample)
    dialog.size.setValue(3)
    dialog.seed.setValue(7)
    click(qtbot, dialog.make_button)
    wait_for(qtbot, dialog.task)
    with ProjectStore.open(output, readonly=True) as store:
        assert len(store.documents()) == 3
        names = {c.guid: c.name for c in store.coders()}
        assert {names[c.coder] for c in store.codings()} <= {"mina"}
    assert "mina" in dialog.done_message.text() and no_dialogs["errors"] == []


def test_cancel_in_the_progress_dialog_stops_the_work_quietly(qtbot, make_window, demo, no_dialogs):
    from annotator.core.errors import Cancelled  # noqa: PLC0415
    from annotator.gui.team.jobs import Task  # noqa: PLC0415

    window = make_window(demo)
    steps: list[int] = []

    def work(store, progress, cancelled):  # type: ignore[no-untyped-def]
        while not cancelled():
            progress(len(steps), 0, "waiting")
            steps.append(1)
            time.sleep(0.005)
        raise Cancelled("stopped; nothing was written")

    results: list[object] = []
    task = Task(window, demo, work, "Slow").run(results.append)
    qtbot.waitUntil(lambda: len(steps) > 3, timeout=5000)
    qtbot.waitUntil(task.dialog.isVisible, timeout=5000)  # shown after its minimum duration
    click(qtbot, task.dialog.findChild(QPushButton))  # Cancel
    wait_for(qtbot, task)
    assert task.cancelled and results == [] and no_dialogs["errors"] == []
