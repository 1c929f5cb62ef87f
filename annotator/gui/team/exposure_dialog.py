"""Team → Exposure to content warnings…: which coder was exposed to which warning, and from where.

Read-only. The rows come from :func:`annotator.core.analysis.exposure.exposure` over the coder
packages found beside the project: a package made for them carried it, they opened a warned
document and had chosen to have that recorded, or they coded in a warned document or with a
warned code. Nothing is recorded to make this table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
)

from annotator.core.analysis.exposure import exposure
from annotator.core.analysis.package import packages_beside
from annotator.gui.i18n import translate
from annotator.gui.team.common import tip_label
from annotator.gui.warning_names import display_name

if TYPE_CHECKING:
    from annotator.gui.session import ProjectSession
    from annotator.gui.workbench import TeamBench

SOURCE_NAMES = {
    "package": QT_TRANSLATE_NOOP("ExposureDialog", "in their package"),
    "opened": QT_TRANSLATE_NOOP("ExposureDialog", "opened (recorded with their consent)"),
    "coded": QT_TRANSLATE_NOOP("ExposureDialog", "coded"),
}


class ExposureDialog(QDialog):
    def __init__(self, session: ProjectSession, bench: TeamBench) -> None:
        super().__init__(bench.dialog_parent)
        self.session = session
        self.setObjectName("exposureDialog")
        self.setWindowTitle(translate("ExposureDialog", "Exposure to content warnings"))
        self.resize(720, 420)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [
                translate("ExposureDialog", "Coder"),
                translate("ExposureDialog", "Content warning"),
                translate("ExposureDialog", "From"),
            ]
        )
        self.table = QTableView()
        self.table.setObjectName("exposureTable")
        self.table.setAccessibleName(translate("ExposureDialog", "Coders and the content warnings they read"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(
            tip_label(
                translate(
                    "ExposureDialog",
                    "From the coder packages beside the project, from warned documents a coder opened "
                    "(recorded only for coders who chose so), and from warned documents and codes they "
                    "coded. Reading time, pauses and revealed passages are never recorded.",
                )
            )
        )
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # packages and codings may have changed since the lead last looked
        super().showEvent(event)

    def refresh(self) -> None:
        store = self.session.store
        found = exposure(store, packages_beside(self.session.path, store.info().guid))
        self.model.removeRows(0, self.model.rowCount())
        for entry in found:
            rows = list(entry.warnings.items()) or [("", ())]
            for name, sources in rows:
                cells = [
                    entry.coder,
                    display_name(name) if name else translate("ExposureDialog", "none"),
                    ", ".join(translate("ExposureDialog", SOURCE_NAMES[s]) for s in sources),
                ]
                items = [QStandardItem(text) for text in cells]
                for item in items:
                    item.setEditable(False)
                    item.setData(item.text(), Qt.ItemDataRole.AccessibleTextRole)
                self.model.appendRow(items)
        for column in (0, 1):  # the last one stretches
            self.table.resizeColumnToContents(column)
