"""After an import: which files came in, which were skipped or failed, and why."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
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

from annotator.gui.i18n import translate

if TYPE_CHECKING:  # importing the importers is slow; the dialog only reads the report
    from annotator.core.importers.importing import ImportReport


OUTCOMES = {
    "failed": QT_TRANSLATE_NOOP("ImportReportDialog", "failed"),
    "skipped": QT_TRANSLATE_NOOP("ImportReportDialog", "skipped"),
    "not imported": QT_TRANSLATE_NOOP("ImportReportDialog", "not imported"),
}


def summary(report: ImportReport) -> str:
    # Each count in a plain name: lupdate skips a translate() whose count is a call or an attribute.
    imported, skipped, failed = (
        len(report.imported) + len(report.packages),
        len(report.skipped),
        len(report.failed),
    )
    parts = [translate("ImportReportDialog", "%n imported", None, imported)]
    if report.dropped:
        n = len(report.dropped)
        parts.append(
            translate("ImportReportDialog", "%n selection not imported", None, n)
            if n == 1
            else translate("ImportReportDialog", "%n selections not imported", None, n)
        )
    if report.incomplete:
        n = len(report.incomplete)
        parts.append(
            translate(
                "ImportReportDialog", "%n REFI-QDA package not imported (selections would be lost)", None, n
            )
            if n == 1
            else translate(
                "ImportReportDialog", "%n REFI-QDA packages not imported (selections would be lost)", None, n
            )
        )
    if report.skipped:
        parts.append(translate("ImportReportDialog", "%n skipped", None, skipped))
    if report.failed:
        parts.append(translate("ImportReportDialog", "%n failed", None, failed))
    text = ", ".join(parts)
    return (
        translate("ImportReportDialog", "{summary} (stopped: cancelled)").format(summary=text)
        if report.cancelled
        else text
    )


def incomplete_question(incomplete: list[tuple[str, str, list[str]]], limit: int = 30) -> str:
    """Asked before importing the rest of packages that would lose selections: each one listed."""
    lines = []
    for path, why, dropped in incomplete:
        lines.append(f"{Path(path).name}: {why}.")  # the reason is the core's one line
        lines += [f"  • {line}" for line in dropped[:limit]]
        if len(dropped) > limit:
            more = len(dropped) - limit
            lines.append("  " + translate("ImportReportDialog", "… and %n more", None, more))
    lines.append(
        "\n"
        + translate(
            "ImportReportDialog", "Import the rest anyway? The selections listed will not be in the project."
        )
    )
    return "\n".join(lines)


class ImportReportDialog(QDialog):
    """A list of files that failed or were skipped, and of selections a REFI-QDA package left
    out, each with its one-line reason."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setWindowTitle(translate("ImportReportDialog", "Import finished"))
        self.resize(620, 320)
        self.summary = QLabel(
            translate("ImportReportDialog", "{summary}. What did not come in:").format(
                summary=summary(report)
            )
        )
        self.summary.setWordWrap(True)
        self.problems = QTreeWidget()
        self.problems.setObjectName("importProblems")
        self.problems.setAccessibleName(translate("ImportReportDialog", "Files not imported"))
        self.problems.setHeaderLabels(
            [
                translate("ImportReportDialog", "File"),
                translate("ImportReportDialog", "Outcome"),
                translate("ImportReportDialog", "Reason"),
            ]
        )
        self.problems.setRootIsDecorated(False)
        self.problems.setWordWrap(True)
        for outcome, items in (
            ("failed", report.failed),
            ("skipped", report.skipped),
            ("not imported", report.dropped),
        ):
            for path, reason in items:
                item = QTreeWidgetItem(
                    [Path(path).name, translate("ImportReportDialog", OUTCOMES[outcome]), reason]
                )
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
