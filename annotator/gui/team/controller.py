"""Opens the team dialogs and keeps one of each per open project.

The review windows (agreement, disagreements, retrieval) are not modal: the
lead reads a number, looks at the passage in the main window, comes back. A
second menu click raises the open window instead of starting over; a window
left from a project that has since been closed or reopened is replaced.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


class TeamController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("teamController")
        self.w = window
        self.dialogs: dict[str, QDialog] = {}

    def _ready(self, *, writable: bool = False) -> bool:
        session = self.w.session
        if session is None:
            self.w.show_status("Open a project first.")
            return False
        if writable and session.readonly:
            self.w.show_status("This project is open read-only.")
            return False
        return True

    def _window(self, name: str, make: type[QDialog]) -> QDialog:
        """The open review window of this kind for this project, or a new one."""
        dialog = self.dialogs.get(name)
        if dialog is not None and getattr(dialog, "session", None) is not self.w.session:
            dialog.close()
            dialog.setParent(None)  # type: ignore[call-overload]
            dialog.deleteLater()
            dialog = None
        if dialog is None:
            dialog = self.dialogs[name] = make(self.w)  # type: ignore[call-arg]
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _modal(self, name: str, make: type[QDialog]) -> QDialog:
        old = self.dialogs.pop(name, None)
        if old is not None:
            old.setParent(None)  # type: ignore[call-overload]  # gone from findChild() at once
            old.deleteLater()
        dialog = self.dialogs[name] = make(self.w)  # type: ignore[call-arg]
        dialog.open()
        return dialog

    # -- handlers ------------------------------------------------------------------
    def export(self) -> QDialog | None:
        from annotator.gui.team.export_dialog import ExportDialog  # noqa: PLC0415

        return self._modal("export", ExportDialog) if self._ready() else None

    def merge(self) -> QDialog | None:
        from annotator.gui.team.merge_dialog import MergeDialog  # noqa: PLC0415

        return self._modal("merge", MergeDialog) if self._ready(writable=True) else None

    def package(self) -> QDialog | None:
        from annotator.gui.team.package_dialog import PackageDialog  # noqa: PLC0415

        return self._modal("package", PackageDialog) if self._ready() else None

    def agreement(self) -> QDialog | None:
        from annotator.gui.team.agreement_dialog import AgreementDialog  # noqa: PLC0415

        return self._window("agreement", AgreementDialog) if self._ready() else None

    def disagreements(self) -> QDialog | None:
        from annotator.gui.team.disagreements import DisagreementsDialog  # noqa: PLC0415

        return self._window("disagreements", DisagreementsDialog) if self._ready() else None

    def reports(self) -> QDialog | None:
        from annotator.gui.team.reports import ReportsWindow  # noqa: PLC0415

        return self._window("reports", ReportsWindow) if self._ready() else None
