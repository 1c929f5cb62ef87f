"""Rolling backups on open, Restore from backup, backup settings, and read-only mode."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from annotator.core.protection import list_backups
from annotator.core.store import ProjectStore
from annotator.gui import prompts
from annotator.gui.actions import all_actions
from annotator.gui.trust import opening
from annotator.gui.trust.backup_dialogs import BackupSettingsDialog, RestoreDialog
from annotator.gui.trust.controller import TrustController
from annotator.gui.trust.settings import KEEP_KEY, backup_keep
from tests.gui.conftest import wait_for_backup
from tests.gui.helpers import codings

EDITING = {"writable", "selection", "code", "coding"}


@pytest.fixture
def keep() -> Iterator[None]:
    """The backups/keep setting is left as the test found it."""
    before = QSettings().value(KEEP_KEY)
    yield
    if before is None:
        QSettings().remove(KEEP_KEY)
    else:
        QSettings().setValue(KEEP_KEY, before)


def count_codings(path) -> int:  # type: ignore[no-untyped-def]
    with ProjectStore.open(path, readonly=True) as store:
        return len(store.codings())


def test_opening_takes_a_backup_and_keeps_at_most_n(qtbot, make_window, project, keep):
    path, _ = project
    QSettings().setValue(KEEP_KEY, 2)
    window = make_window(path)
    assert len(list_backups(path)) == 1
    for _ in range(3):
        assert window.open_project(path)
        wait_for_backup(qtbot, window)
    backups = list_backups(path)
    assert len(backups) == 2 and backups == sorted(backups, reverse=True)
    QSettings().setValue(KEEP_KEY, 0)  # off
    assert window.open_project(path)
    wait_for_backup(qtbot, window)
    assert list_backups(path) == backups


def test_a_failed_backup_never_blocks_opening(qtbot, make_window, project, monkeypatch):
    def fail(store, keep):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(opening, "take_backup", fail)
    window = make_window(project[0])
    assert window.session is not None and not window.session.readonly
    qtbot.waitUntil(lambda: "automatic backup failed" in window.statusBar().currentMessage())


def test_restore_from_backup_brings_back_the_older_state(qtbot, window, project, monkeypatch):
    path, ids = project
    [before] = list_backups(path)  # taken when the window opened the project: no codings
    window.view.select_span(0, 11)
    window.coding.apply_code(ids["Control/Threats"])
    assert len(codings(window)) == 1
    questions: list[str] = []

    def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    window.actions["file.restore_backup"].trigger()
    dialog = window.findChild(RestoreDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.backups() == [before]
    assert dialog.list.topLevelItem(0).text(1).endswith(("bytes", "KB", "MB"))
    dialog.select(before)
    dialog.restore_button.click()
    assert questions and "current state is kept as a backup" in questions[0]
    assert window.session is not None and not window.session.readonly
    assert codings(window) == []
    assert window.segments.model.rowCount() == 0
    assert not window.undo_group.canUndo()
    backups = list_backups(path)
    assert len(backups) == 2 and before in backups  # no rolling backup on the reopening
    [saved] = [b for b in backups if b != before]
    assert count_codings(saved) == 1  # the state before the restore, kept
    assert "Restored" in window.statusBar().currentMessage()
    assert not path.with_name(path.name + ".restoring").exists()


def test_back_up_now_and_settings(qtbot, window, project, keep):
    path, _ = project
    window.actions["file.restore_backup"].trigger()
    [dialog] = [d for d in window.findChildren(RestoreDialog) if d.isVisible()]
    dialog.now_button.click()
    assert len(dialog.backups()) == 2 == len(list_backups(path))
    dialog.reject()
    window.actions["file.backup_settings"].trigger()
    [settings] = [d for d in window.findChildren(BackupSettingsDialog) if d.isVisible()]
    assert settings.keep.value() == backup_keep()
    settings.keep.setValue(3)
    settings.accept()
    assert backup_keep() == 3
    assert "last 3" in window.statusBar().currentMessage()


def test_read_only_disables_every_editing_action(qtbot, make_window, project, monkeypatch):
    path, _ = project
    first = make_window(path)
    assert first.findChild(TrustController) is not None
    taken = list_backups(path)
    monkeypatch.setattr(prompts, "ask_locked", lambda parent, where, holder: "readonly")
    second = make_window(path)
    assert second.session.readonly
    assert "read-only" in second.windowTitle()
    assert second.saved_label.text().lower() == "read-only"
    editing = [s.id for s in all_actions() if s.kind == "action" and s.enabled_when in EDITING]
    assert {"file.restore_backup", "file.encrypt", "file.decrypt", "team.pseudonyms"} <= set(editing)
    assert [a for a in editing if second.actions[a].isEnabled()] == []
    assert second.actions["team.audit"].isEnabled()  # reading the trail is fine
    assert list_backups(path) == taken  # a read-only opening takes no backup
    file_menu = [a.objectName() for a in second.actions.menus["File"].actions() if a.objectName()]
    assert file_menu.index("file.decrypt") < file_menu.index("file.close")
    assert file_menu.index("file.save_copy") < file_menu.index("file.restore_backup")
