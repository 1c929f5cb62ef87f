"""Opens the team dialogs and keeps one of each per open project.

The review windows (agreement, disagreements, retrieval) are not modal: the
lead reads a number, looks at the passage in the main window, comes back. A
second menu click raises the open window instead of starting over; a window
left from a project that has since been closed or reopened is replaced.

Each dialog is built with the open session and the window seen as a
:class:`~annotator.gui.workbench.TeamBench`, never with the window itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from annotator.gui.i18n import translate
from annotator.gui.session import ProjectSession
from annotator.gui.workbench import TeamBench

MakeDialog = Callable[[ProjectSession, TeamBench], QDialog]


class TeamController(QObject):
    def __init__(self, bench: TeamBench, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamController")
        self.bench = bench
        self.dialogs: dict[str, QDialog] = {}

    def _ready(self, *, writable: bool = False) -> bool:
        session = self.bench.session
        if session is None:
            self.bench.show_status(translate("TeamController", "Open a project first."))
            return False
        if writable and session.readonly:
            self.bench.show_status(translate("TeamController", "This project is open read-only."))
            return False
        return True

    def _make(self, make: MakeDialog) -> QDialog:
        assert self.bench.session is not None  # _ready() said so
        return make(self.bench.session, self.bench)

    def _window(self, name: str, make: MakeDialog) -> QDialog:
        """The open review window of this kind for this project, or a new one."""
        dialog = self.dialogs.get(name)
        if dialog is not None and getattr(dialog, "session", None) is not self.bench.session:
            dialog.close()
            dialog.setParent(None)  # type: ignore[call-overload]
            dialog.deleteLater()
            dialog = None
        if dialog is None:
            dialog = self.dialogs[name] = self._make(make)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _modal(self, name: str, make: MakeDialog) -> QDialog:
        old = self.dialogs.pop(name, None)
        if old is not None:
            old.setParent(None)  # type: ignore[call-overload]  # gone from findChild() at once
            old.deleteLater()
        dialog = self.dialogs[name] = self._make(make)
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

    def facts(self) -> QDialog | None:
        from annotator.gui.team.facts_dialog import FactsDialog  # noqa: PLC0415

        return self._window("facts", FactsDialog) if self._ready() else None

    def exposure(self) -> QDialog | None:
        from annotator.gui.team.exposure_dialog import ExposureDialog  # noqa: PLC0415

        return self._window("exposure", ExposureDialog) if self._ready() else None

    def reports(self) -> QDialog | None:
        from annotator.gui.team.reports import ReportsWindow  # noqa: PLC0415

        return self._window("reports", ReportsWindow) if self._ready() else None
