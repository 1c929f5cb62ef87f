"""File → Merge projects…: bring coders' copies back into the open project, then read the report.

``merge_projects`` opens the target file itself and merges in one transaction
after saving a backup, so the window's own connection only waits. Once it is
done the window reopens the project: every panel then shows the merged data,
and the undo history (which described the file before the merge) starts anew.
The report stays on screen, selectable, and can be saved next to the project.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.gui import prompts, save_target
from annotator.gui.team.common import tip_label
from annotator.gui.team.jobs import Task
from annotator.gui.team.work import merge_work

if TYPE_CHECKING:
    from annotator.gui.session import ProjectSession
    from annotator.gui.workbench import TeamBench


class MergeDialog(QDialog):
    def __init__(self, session: ProjectSession, bench: TeamBench) -> None:
        super().__init__(bench.dialog_parent)
        self.bench = bench
        self.target = session.path
        self.task: Task | None = None
        self.reports: list[Any] = []
        self.setObjectName("mergeDialog")
        self.setWindowTitle("Merge projects")
        self.resize(720, 460)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._report_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # -- page 1: sources -----------------------------------------------------------
    def _choose_page(self) -> QWidget:
        page = QWidget()
        self.sources = QListWidget()
        self.sources.setObjectName("mergeSources")
        self.sources.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        add, remove = QPushButton("&Add files…"), QPushButton("&Remove")
        add.setObjectName("mergeAdd")
        for button in (add, remove):
            button.setAutoDefault(False)
        add.clicked.connect(self.browse)
        remove.clicked.connect(self._remove_selected)
        side = QVBoxLayout()
        side.addWidget(add)
        side.addWidget(remove)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.sources, 1)
        row.addLayout(side)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton("Merge", QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        target = QLabel(f"Into <b>{self.target.name}</b> (the open project):")
        target.setToolTip(str(self.target))
        layout.addWidget(target)
        layout.addLayout(row, 1)
        layout.addWidget(
            tip_label(
                "Coders' copies or packages (.sqlite). Documents are matched by their text, codes and "
                "coders by identity; nothing is doubled, and merging a file twice changes nothing. "
                "A backup of the project is kept, and the whole merge is one step: if it fails or "
                "you cancel, the project is unchanged."
            )
        )
        layout.addWidget(buttons)
        return page

    def add_sources(self, paths: list[str]) -> None:
        present = {self.sources.item(i).text() for i in range(self.sources.count())}
        for path in paths:
            if path not in present:
                self.sources.addItem(path)
                present.add(path)

    def browse(self) -> None:
        self.add_sources(prompts.open_files(self, "Projects to merge", prompts.PROJECT_FILTER))

    def _remove_selected(self) -> None:
        for item in self.sources.selectedItems():
            self.sources.takeItem(self.sources.row(item))

    def source_paths(self) -> list[str]:
        return [self.sources.item(i).text() for i in range(self.sources.count())]

    # -- running ------------------------------------------------------------------
    def start(self) -> Task | None:
        session = self.bench.session
        sources = self.source_paths()
        if session is None or session.readonly:
            prompts.show_error(self, "Merge", "Open the project for writing to merge into it.")
            return None
        if not sources:
            prompts.show_error(self, "Merge", "Add the coders' project files to merge.")
            return None
        if any(Path(s).resolve() == self.target.resolve() for s in sources):
            prompts.show_error(self, "Merge", "The open project cannot be merged into itself.")
            return None
        self.bench.save_pending_edits()  # a memo being typed is saved before the file changes under it
        self.merge_button.setEnabled(False)
        self.task = Task(self, self.target, merge_work(self.target, sources), "Merge", label="Merging…")
        return self.task.run(self._merged, self._failed)

    def _merged(self, reports: list[Any]) -> None:
        self.reports = reports
        self.bench.open_project(self.target)  # every panel now shows the merged data
        added = sum(r.codings_added for r in reports)
        self.bench.show_status(f"Merged {len(reports)} file(s): {added} codings added.", 15000)
        self.report.setPlainText(self.report_text())
        self.pages.setCurrentIndex(1)
        self.setWindowTitle("Merge report")

    def _failed(self, message: str) -> None:
        self.merge_button.setEnabled(True)
        if self.task is not None and self.task.cancelled:
            self.bench.show_status("Merge cancelled; the project is unchanged.")
            return
        prompts.show_error(self, "Merge failed", message)

    # -- page 2: report -----------------------------------------------------------------
    def _report_page(self) -> QWidget:
        page = QWidget()
        self.report = QPlainTextEdit()
        self.report.setObjectName("mergeReport")
        self.report.setReadOnly(True)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        copy, save = QPushButton("&Copy"), QPushButton("&Save report…")
        save.setObjectName("mergeSaveReport")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.report_text()))
        save.clicked.connect(self.save_report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("What came in, and what differed (the project's version was kept):"))
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        return page

    def report_text(self) -> str:
        return "\n\n".join(r.to_text() for r in self.reports) + "\n"

    def save_report(self) -> Path | None:
        path = prompts.save_file(self, "Save merge report", "Text files (*.txt);;All files (*)")
        if not path:
            return None
        target = Path(path) if Path(path).suffix else Path(path + ".txt")
        dest = save_target.choose(
            self, "Save merge report", path, target, projects=[self.target], sources=self.source_paths()
        )
        if dest is None or not save_target.write_bytes(
            self, "Save merge report", dest, self.report_text().encode("utf-8")
        ):
            return None
        self.bench.show_status(f"Saved the merge report as {dest.path}.")
        return dest.path
