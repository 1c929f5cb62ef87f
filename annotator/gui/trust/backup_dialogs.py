"""The backup dialogs: choose a backup to restore, and how many backups to keep.

The restore dialog only lists and chooses; the restore itself (closing the
project, ``restore_backup``, reopening) is the controller's, so the dialog
never touches a file the window still has open.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.protection import backup_dir, list_backups
from annotator.gui.i18n import translate
from annotator.gui.trust.settings import MAX_KEEP, backup_keep

_STAMP = re.compile(r"-(\d{8}T\d{6})\d*Z$")


def taken_at(backup: Path) -> datetime:
    """When a backup was taken, from its name (UTC stamp), else from its file time; local time."""
    match = _STAMP.search(backup.stem)
    if match:
        return datetime.strptime(match.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=UTC).astimezone()
    return datetime.fromtimestamp(backup.stat().st_mtime).astimezone()


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            if unit == "bytes":
                return translate("BackupDialogs", "{n} bytes").format(n=int(value))
            return f"{value:.1f} {unit}"
        value /= 1024
    return translate("BackupDialogs", "{n} bytes").format(n=size)  # pragma: no cover


def describe(backup: Path) -> str:
    return taken_at(backup).strftime("%Y-%m-%d %H:%M:%S")


class RestoreDialog(QDialog):
    """The project's backups, newest first; Restore asks the controller to restore the chosen one."""

    restoreRequested = Signal(object)  # Path
    backupRequested = Signal()

    def __init__(self, project: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(translate("BackupDialogs", "Restore from backup"))
        self.resize(620, 380)
        self.project = project
        intro = QLabel(
            translate(
                "BackupDialogs",
                "Automatic backups of “{project}”, newest first, in {folder}.\n"
                "Restoring replaces the project with the chosen copy. The current state is kept "
                "as a backup too, so a restore can itself be undone.",
            ).format(project=project.name, folder=backup_dir(project))
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(translate("BackupDialogs", "Backups"))
        self.list.setHeaderLabels(
            [
                translate("BackupDialogs", "Taken"),
                translate("BackupDialogs", "Size"),
                translate("BackupDialogs", "File"),
            ]
        )
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.list.itemDoubleClicked.connect(lambda *_: self._restore())
        self.empty = QLabel(
            translate("BackupDialogs", "No backups yet: one is taken each time the project is opened.")
        )
        self.restore_button = QPushButton(translate("BackupDialogs", "&Restore…"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setDefault(True)
        self.now_button = QPushButton(translate("BackupDialogs", "Back up &now"))
        self.now_button.setObjectName("backupNowButton")
        self.now_button.setToolTip(translate("BackupDialogs", "Take a backup of the project as it is now"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.now_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore)
        self.now_button.clicked.connect(self.backupRequested)
        self.list.itemSelectionChanged.connect(self._selection)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for path in list_backups(self.project):
            try:
                size = human_size(path.stat().st_size)
            except OSError:
                continue  # pruned meanwhile
            item = QTreeWidgetItem([describe(path), size, path.name])
            item.setData(0, Qt.ItemDataRole.UserRole, str(path))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        for col in (0, 1):
            self.list.resizeColumnToContents(col)
        self.empty.setVisible(self.list.topLevelItemCount() == 0)
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._selection()

    def backups(self) -> list[Path]:
        return [
            Path(self.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole))
            for i in range(self.list.topLevelItemCount())
        ]

    def select(self, backup: Path) -> None:
        """Choose ``backup`` (for scripts and tests)."""
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if Path(item.data(0, Qt.ItemDataRole.UserRole)) == backup:
                self.list.setCurrentItem(item)
                return
        raise KeyError(backup)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def _selection(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def _restore(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self.restoreRequested.emit(chosen)


class BackupSettingsDialog(QDialog):
    """How many automatic backups to keep (0 switches them off)."""

    def __init__(self, project: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupSettingsDialog")
        self.setWindowTitle(translate("BackupDialogs", "Backup settings"))
        self.setMinimumWidth(440)  # room for the folder path and the hint (Korean wraps early otherwise)
        self.keep = QSpinBox()
        self.keep.setObjectName("backupKeep")
        self.keep.setRange(0, MAX_KEEP)
        self.keep.setValue(backup_keep())
        self.keep.setSpecialValueText(translate("BackupDialogs", "Off"))
        self.keep.setSuffix(translate("BackupDialogs", " backups"))
        self.keep.setAccessibleName(translate("BackupDialogs", "Backups to keep"))
        hint = QLabel(
            translate(
                "BackupDialogs",
                "A backup is taken each time a project is opened for writing; the oldest beyond this "
                "number are deleted. 0 switches automatic backups off.",
            )
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("BackupDialogs", "&Keep the last:"), self.keep)
        if project is not None:
            backups = list_backups(project)
            total = sum(p.stat().st_size for p in backups if p.exists())
            where = QLabel(
                translate("BackupDialogs", "{n} now, {size}, in {folder}").format(
                    n=len(backups), size=human_size(total), folder=backup_dir(project)
                )
            )
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(translate("BackupDialogs", "This project:"), where)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
