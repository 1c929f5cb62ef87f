"""After an import: which files came in, which were skipped or failed, and why."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # importing the importers is slow; the dialog only reads the report
    from annotator.core.importers.importing import ImportReport


def summary(report: ImportReport) -> str:
    parts = [f"{len(report.imported) + len(report.packages)} imported"]
    if report.dropped:
        parts.append(f"{len(report.dropped)} selections not imported")
    if report.incomplete:
        parts.append(f"{len(report.incomplete)} REFI-QDA packages not imported (selections would be lost)")
    if report.skipped:
        parts.append(f"{len(report.skipped)} skipped")
    if report.failed:
        parts.append(f"{len(report.failed)} failed")
    text = ", ".join(parts)
    return text + " (stopped: cancelled)" if report.cancelled else text


def incomplete_question(incomplete: list[tuple[str, str, list[str]]], limit: int = 30) -> str:
    """Asked before importing the rest of packages that would lose selections: each one listed."""
    lines = []
    for path, why, dropped in incomplete:
        lines.append(f"{Path(path).name}: {why}.")
        lines += [f"  • {line}" for line in dropped[:limit]]
        if len(dropped) > limit:
            lines.append(f"  … and {len(dropped) - limit} more")
    lines.append("\nImport the rest anyway? The selections listed will not be in the project.")
    return "\n".join(lines)


class ImportReportDialog(QDialog):
    """A list of files that failed or were skipped, and of selections a REFI-QDA package left
    out, each with its one-line reason."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setWindowTitle("Import finished")
        self.resize(620, 320)
        self.summary = QLabel(summary(report) + ". What did not come in:")
        self.problems = QTreeWidget()
        self.problems.setObjectName("importProblems")
        self.problems.setHeaderLabels(["File", "Outcome", "Reason"])
        self.problems.setRootIsDecorated(False)
        self.problems.setWordWrap(True)
        for outcome, items in (
            ("failed", report.failed),
            ("skipped", report.skipped),
            ("not imported", report.dropped),
        ):
            for path, reason in items:
                item = QTreeWidgetItem([Path(path).name, outcome, reason])
                item.setToolTip(0, path)
                item.setToolTip(2, reason)
                self.problems.addTopLevelItem(item)
        self.problems.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        items = (self.problems.topLevelItem(i) for i in range(self.problems.topLevelItemCount()))
        return [(it.text(0), it.text(1), it.text(2)) for it in items if it is not None]
