"""Save dialogs never write over testimony: the project, its journals, lock or backups, a source.

The file dialog is patched to answer what a hurried or hostile user would pick: the
open project itself, its ``-wal``, a file in its backups folder, a symlink to it.
Each dialog must refuse with a message box and leave the project as it was. The
dialog's own "replace?" counts as consent for an ordinary file, and what is written
is owner-only (0600) even under umask 022.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from annotator.core.outputs import is_our_project
from annotator.core.store import ProjectStore
from annotator.gui import prompts
from annotator.gui.team.agreement_dialog import AgreementDialog
from annotator.gui.team.merge_dialog import MergeDialog
from annotator.gui.team.package_dialog import PackageDialog
from annotator.gui.team.reports import ReportsWindow
from annotator.gui.trust.audit_dialog import AuditDialog
from tests.gui import team_support
from tests.gui.conftest import wait_for_backup
from tests.gui.team_support import open_dialog, wait_for

demo_master, demo, no_dialogs = team_support.demo_master, team_support.demo, team_support.no_dialogs


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _hostile_paths(project: Path) -> list[Path]:
    """What a save dialog might hand back that is, or belongs to, the open project."""
    folder = project.parent
    link = folder / "innocent-looking.png"
    if not link.is_symlink():
        link.symlink_to(project)
    backups = folder / f"{project.name}.backups"
    assert backups.is_dir(), "the window takes a backup when it opens a project"
    return [
        project,
        folder / "sub" / ".." / project.name,
        Path(f"{project}-wal"),
        Path(f"{project}-shm"),
        Path(f"{project}.lock"),
        link,
        backups / "mine.png",
        next(backups.iterdir()),
    ]


def _assert_refused_each(no_dialogs, project: Path, attempts: int) -> None:  # type: ignore[no-untyped-def]
    errors = no_dialogs["errors"]
    assert len(errors) == attempts, errors
    for _title, text in errors:
        assert "\n" not in text and project.name in text, text
    assert is_our_project(project)


def _counts(project: Path) -> dict[str, int]:
    with ProjectStore.open(project, readonly=True) as store:
        return store.counts()


def test_save_a_copy_refuses_the_project_and_its_files(qtbot, make_window, demo, no_dialogs, tmp_path):
    window = make_window(demo)
    (demo.parent / "sub").mkdir()
    before = _counts(demo)
    hostile = _hostile_paths(demo)
    for path in hostile:
        no_dialogs["answers"]["save"] = path
        window.actions["file.save_copy"].trigger()
    _assert_refused_each(no_dialogs, demo, len(hostile))
    assert window.session is not None and window.session.path == demo.resolve()
    window.projects.close()
    assert _counts(demo) == before
    assert not [p for p in demo.parent.iterdir() if ".annotator-part-" in p.name]


def test_save_a_copy_over_an_ordinary_file_asks_and_writes_0600(
    qtbot, make_window, demo, no_dialogs, tmp_path, umask_022
):
    window = make_window(demo)
    copy = tmp_path / "copy.sqlite"
    copy.write_text("an old note that happens to have this name")
    no_dialogs["answers"]["save"] = copy  # picked in the dialog: its "replace?" was the consent
    window.actions["file.save_copy"].trigger()
    assert no_dialogs["errors"] == [] and no_dialogs["confirm"] == []
    assert is_our_project(copy) and _mode(copy) == 0o600
    assert _counts(copy)["codings"] == window.session.store.counts()["codings"]
    # A project is never replaced, even one the dialog said yes to.
    window.actions["file.save_copy"].trigger()
    assert len(no_dialogs["errors"]) == 1 and "will not be overwritten" in no_dialogs["errors"][0][1]
    # Typed without a suffix: the dialog asked about "other", not "other.sqlite"; so we ask.
    other = tmp_path / "other.sqlite"
    other.write_text("keep")
    no_dialogs["answers"]["save"] = tmp_path / "other"
    no_dialogs["answers"]["confirm"] = False
    window.actions["file.save_copy"].trigger()
    assert no_dialogs["confirm"] == ["other.sqlite already exists. Replace it?"]
    assert other.read_text() == "keep"


def test_chart_save_refuses_the_project_and_writes_0600(
    qtbot, make_window, demo, no_dialogs, tmp_path, umask_022
):
    window = make_window(demo)
    (demo.parent / "sub").mkdir()
    reports = open_dialog(window, "team.reports", ReportsWindow)
    wait_for(qtbot, reports.run())
    reports.tabs.setCurrentIndex(1)
    button = reports.findChild(object, "saveFrequencyChart")
    hostile = _hostile_paths(demo)
    for path in hostile:
        no_dialogs["answers"]["save"] = path
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _assert_refused_each(no_dialogs, demo, len(hostile))
    good = tmp_path / "bars.png"
    no_dialogs["answers"]["save"] = good
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert good.read_bytes()[:4] == b"\x89PNG" and _mode(good) == 0o600
    window.projects.close()
    assert is_our_project(demo) and _counts(demo)["codings"] > 0


def test_audit_export_refuses_the_project_and_writes_0600(
    qtbot, window, project, tmp_path, monkeypatch, umask_022
):
    path, _ids = project
    errors: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, _t, text: errors.append(text))
    window.actions["team.audit"].trigger()
    dialog = window.findChild(AuditDialog)
    assert dialog is not None
    (path.parent / "sub").mkdir()
    trail = path.parent / "trail.csv"
    trail.symlink_to(path)
    hostile = [trail, path.parent / f"{path.name}.backups" / "trail.csv", Path(f"{path}-wal.csv")]
    Path(f"{path}-wal.csv").symlink_to(Path(f"{path}-wal"))
    for answer in hostile:
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, answer=answer: (str(answer), ""))
        dialog.export_button.click()
    assert len(errors) == len(hostile) and all(path.name in e and "\n" not in e for e in errors), errors
    assert is_our_project(path) and trail.is_symlink()
    good = tmp_path / "out" / "trail.json"
    good.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(good), "JSON (*.json)"))
    dialog.export_button.click()
    assert good.read_text(encoding="utf-8").startswith("[") and _mode(good) == 0o600
    assert len(errors) == len(hostile)


def test_merge_report_refuses_the_project_and_the_sources(qtbot, make_window, demo, no_dialogs, tmp_path):
    from annotator.core.analysis.package import coder_for_package, make_package  # noqa: PLC0415

    package = tmp_path / "jun.sqlite"
    make_package(demo, coder_for_package(demo, "jun"), package)
    window = make_window(demo)
    (demo.parent / "sub").mkdir()
    dialog = open_dialog(window, "file.merge", MergeDialog)
    dialog.add_sources([str(package)])
    package_bytes = package.read_bytes()
    hostile = [*_hostile_paths(demo), package, Path(f"{package}-wal")]
    for path in hostile:
        no_dialogs["answers"]["save"] = path
        assert dialog.save_report() is None
    assert len(no_dialogs["errors"]) == len(hostile)
    assert package.read_bytes() == package_bytes and is_our_project(demo)


def test_package_dialog_refuses_the_project_and_its_files(qtbot, make_window, demo, no_dialogs):
    window = make_window(demo)
    wait_for_backup(qtbot, window)
    (demo.parent / "sub").mkdir()
    dialog = open_dialog(window, "file.package", PackageDialog)
    dialog.coder.setCurrentText("mina")
    hostile = _hostile_paths(demo)
    for path in hostile:
        dialog.path.setText(str(path))
        assert dialog.start() is None
    _assert_refused_each(no_dialogs, demo, len(hostile))
    assert dialog.task is None


def test_agreement_export_refuses_the_project(qtbot, make_window, demo, no_dialogs):
    window = make_window(demo)
    dialog = open_dialog(window, "team.agreement", AgreementDialog)
    qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, dialog.task)
    no_dialogs["answers"]["save"] = demo
    assert dialog.export_xlsx() is None
    assert len(no_dialogs["errors"]) == 1 and is_our_project(demo)
