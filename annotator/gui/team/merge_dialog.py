"""File → Merge projects…: bring coders' copies back into the open project, then read the report.

``merge_projects`` opens the target file itself and merges in one transaction
after saving a backup, so the window's own connection only waits. Once it is
done the window reopens the project: every panel then shows the merged data,
and the undo history starts anew. It cannot be kept: the steps on it were
recorded against the file before the merge, and undoing one over merged data
would be wrong in quiet ways (undoing "Add code" would take the coders' merged
codings of that code with it; undoing a memo edit would drop the memo text the
merge appended). So the dialog says so before the merge starts, and asks when
there is something to undo; the merge itself is undone by restoring the backup
it keeps.

The coder packages lying beside the project (found by the marker every package
carries, :func:`~annotator.core.analysis.package.packages_beside`) are listed
with their coder, when they were made and how many codings were made in them
since; those with new work are ticked. Other files can be added.
The report stays on screen, selectable, and can be saved next to the project.
"""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core.analysis.package import PackageInfo, package_info, packages_beside
from annotator.gui import prompts, save_target
from annotator.gui.i18n import translate
from annotator.gui.team.common import tip_label, warning_label
from annotator.gui.team.jobs import Task
from annotator.gui.team.work import merge_work

PATH = Qt.ItemDataRole.UserRole

if TYPE_CHECKING:
    from annotator.gui.session import ProjectSession
    from annotator.gui.workbench import TeamBench


class MergeDialog(QDialog):
    def __init__(self, session: ProjectSession, bench: TeamBench) -> None:
        super().__init__(bench.dialog_parent)
        self.bench = bench
        self.target = session.path
        self.project_guid = session.store.info().guid
        self.task: Task | None = None
        self.reports: list[Any] = []
        self.setObjectName("mergeDialog")
        self.setWindowTitle(translate("MergeDialog", "Merge projects"))
        self.resize(720, 460)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._report_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        for info in packages_beside(self.target, self.project_guid):
            self._add(str(info.path), info, checked=info.new_codings > 0)

    # -- page 1: sources -----------------------------------------------------------
    def _choose_page(self) -> QWidget:
        page = QWidget()
        self.sources = QListWidget()
        self.sources.setObjectName("mergeSources")
        self.sources.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        add, remove = (
            QPushButton(translate("MergeDialog", "&Add files…")),
            QPushButton(translate("MergeDialog", "&Remove")),
        )
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
        self.merge_button = buttons.addButton(
            translate("MergeDialog", "Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("mergeButton")
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        target = QLabel(
            translate("MergeDialog", "Into {project} (the open project):").format(
                project=f"<b>{html.escape(self.target.name)}</b>"
            )
        )
        target.setToolTip(str(self.target))
        layout.addWidget(target)
        layout.addWidget(
            QLabel(
                translate(
                    "MergeDialog",
                    "Coder packages found beside the project, and files you add; the ticked ones are merged:",
                )
            )
        )
        layout.addLayout(row, 1)
        layout.addWidget(
            tip_label(
                translate(
                    "MergeDialog",
                    "Coders' copies or packages (.sqlite). Documents are matched by their text, codes and "
                    "coders by identity; nothing is doubled, and merging a file twice changes nothing. "
                    "A backup of the project is kept, and the whole merge is one step: if it fails or "
                    "you cancel, the project is unchanged.",
                )
            )
        )
        self.undo_label = warning_label("")
        self.undo_label.setObjectName("mergeUndoNote")
        layout.addWidget(self.undo_label)
        layout.addWidget(buttons)
        return page

    def showEvent(self, event: QShowEvent) -> None:
        """The undo note is read when the dialog shows: the history may have grown meanwhile."""
        note = self.undo_note()
        self.undo_label.setText(note)
        self.undo_label.setVisible(bool(note))
        super().showEvent(event)

    def _add(self, path: str, info: PackageInfo | None, *, checked: bool) -> None:
        item = QListWidgetItem(self._label(path, info))
        item.setData(PATH, path)
        item.setToolTip(path)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.sources.addItem(item)

    @staticmethod
    def _label(path: str, info: PackageInfo | None) -> str:
        """ "mina — study-mina.sqlite · made 3 May 2026 14:02 · 12 new codings"."""
        if info is None:
            return path
        made = datetime.fromisoformat(info.made.replace("Z", "+00:00")).astimezone()
        n = info.new_codings
        if not n:
            work = translate("MergeDialog", "no new codings yet")
        elif n == 1:
            work = translate("MergeDialog", "%n new coding", None, n)
        else:
            work = translate("MergeDialog", "%n new codings", None, n)
        return translate("MergeDialog", "{coder} — {file} · made {when} · {work}").format(
            coder=info.coder, file=info.path.name, when=f"{made:%Y-%m-%d %H:%M}", work=work
        )

    def add_sources(self, paths: list[str]) -> None:
        """Add files to merge (ticked); a file already listed is ticked instead of doubled."""
        for path in paths:
            listed = [self.sources.item(i) for i in range(self.sources.count())]
            same = next((i for i in listed if Path(i.data(PATH)).resolve() == Path(path).resolve()), None)
            if same is not None:
                same.setCheckState(Qt.CheckState.Checked)
                continue
            self._add(path, package_info(path), checked=True)

    def browse(self) -> None:
        self.add_sources(
            prompts.open_files(self, translate("MergeDialog", "Projects to merge"), prompts.PROJECT_FILTER)
        )

    def _remove_selected(self) -> None:
        for item in self.sources.selectedItems():
            self.sources.takeItem(self.sources.row(item))

    def source_paths(self) -> list[str]:
        """The ticked files, in the list's order."""
        items = [self.sources.item(i) for i in range(self.sources.count())]
        return [i.data(PATH) for i in items if i.checkState() == Qt.CheckState.Checked]

    def undo_note(self) -> str:
        """What the merge does to the undo history, said before it starts ("" when nothing to undo)."""
        session = self.bench.session
        steps = session.undo_stack.index() if session is not None else 0
        if not steps:
            return ""
        last = session.undo_stack.text(steps - 1) if session is not None else ""
        if steps == 1:
            text = translate(
                "MergeDialog",
                "Undo starts anew after the merge: the 1 step you can undo now (“{last}”) can no longer be "
                "undone, because undoing it over merged data could remove the coders' merged codings or "
                "memos with it. The merge itself can be undone by restoring the backup it keeps ({backup}).",
            )
        else:
            text = translate(
                "MergeDialog",
                "Undo starts anew after the merge: the {n} steps you can undo now (the last: “{last}”) can "
                "no longer be undone, because undoing them over merged data could remove the coders' merged "
                "codings or memos with them. The merge itself can be undone by restoring the backup it keeps "
                "({backup}).",
            )
        return text.format(n=steps, last=last, backup=f"{self.target.name}.before-merge.bak")

    # -- running ------------------------------------------------------------------
    def start(self) -> Task | None:
        session = self.bench.session
        sources = self.source_paths()
        if session is None or session.readonly:
            prompts.show_error(
                self,
                translate("MergeDialog", "Merge"),
                translate("MergeDialog", "Open the project for writing to merge into it."),
            )
            return None
        if not sources:
            prompts.show_error(
                self,
                translate("MergeDialog", "Merge"),
                translate("MergeDialog", "Add the coders' project files to merge."),
            )
            return None
        if any(Path(s).resolve() == self.target.resolve() for s in sources):
            prompts.show_error(
                self,
                translate("MergeDialog", "Merge"),
                translate("MergeDialog", "The open project cannot be merged into itself."),
            )
            return None
        self.bench.save_pending_edits()  # a memo being typed is saved before the file changes under it
        note = self.undo_note()
        if note and not prompts.confirm(
            self, translate("MergeDialog", "Merge"), note + "\n\n" + translate("MergeDialog", "Merge now?")
        ):
            return None
        self.merge_button.setEnabled(False)
        self.task = Task(
            self,
            self.target,
            merge_work(self.target, sources),
            translate("MergeDialog", "Merge"),
            label=translate("MergeDialog", "Merging…"),
        )
        return self.task.run(self._merged, self._failed)

    def _merged(self, reports: list[Any]) -> None:
        self.reports = reports
        self.bench.open_project(self.target)  # every panel now shows the merged data
        added = sum(r.codings_added for r in reports)
        self.bench.show_status(
            translate("MergeDialog", "Merged {files} file(s): {added} codings added.").format(
                files=len(reports), added=added
            ),
            15000,
        )
        self.report.setPlainText(self.report_text())
        self.pages.setCurrentIndex(1)
        self.setWindowTitle(translate("MergeDialog", "Merge report"))

    def _failed(self, message: str) -> None:
        self.merge_button.setEnabled(True)
        if self.task is not None and self.task.cancelled:
            self.bench.show_status(translate("MergeDialog", "Merge cancelled; the project is unchanged."))
            return
        prompts.show_error(self, translate("MergeDialog", "Merge failed"), message)

    # -- page 2: report -----------------------------------------------------------------
    def _report_page(self) -> QWidget:
        page = QWidget()
        self.report = QPlainTextEdit()
        self.report.setObjectName("mergeReport")
        self.report.setReadOnly(True)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        copy, save = (
            QPushButton(translate("MergeDialog", "&Copy")),
            QPushButton(translate("MergeDialog", "&Save report…")),
        )
        save.setObjectName("mergeSaveReport")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.report_text()))
        save.clicked.connect(self.save_report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            QLabel(
                translate("MergeDialog", "What came in, and what differed (the project's version was kept):")
            )
        )
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        return page

    def report_text(self) -> str:
        return "\n\n".join(r.to_text() for r in self.reports) + "\n"

    def save_report(self) -> Path | None:
        title = translate("MergeDialog", "Save merge report")
        path = prompts.save_file(self, title, translate("MergeDialog", "Text files (*.txt);;All files (*)"))
        if not path:
            return None
        target = Path(path) if Path(path).suffix else Path(path + ".txt")
        dest = save_target.choose(
            self, title, path, target, projects=[self.target], sources=self.source_paths()
        )
        if dest is None or not save_target.write_bytes(self, title, dest, self.report_text().encode("utf-8")):
            return None
        self.bench.show_status(
            translate("MergeDialog", "Saved the merge report as {path}.").format(path=dest.path)
        )
        return dest.path
