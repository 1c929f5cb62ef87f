"""The search results as a table: document, then the keyword in context (before, match, after)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from annotator.core.analysis.corpus_search import Hit
from annotator.gui.i18n import translate
from annotator.gui.models.headers import header_label

Index = QModelIndex | QPersistentModelIndex
DOCUMENT, BEFORE, MATCH, AFTER = range(4)


class HitsModel(QAbstractTableModel):
    """One row a hit; the before-context is right-aligned so the matches line up (a concordance)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []
        self.labels = (
            translate("CorpusSearch", "Document"),
            translate("CorpusSearch", "Before"),
            translate("CorpusSearch", "Match"),
            translate("CorpusSearch", "After"),
        )

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.labels)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit, column = self.hits[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{hit.before}[{hit.text}]{hit.after}"
            if column == DOCUMENT:
                return hit.name
            if column == BEFORE:
                return hit.before.replace("\t", " ")
            if column == MATCH:
                return hit.text.replace("\n", " ")
            if column == AFTER:
                return hit.after.replace("\t", " ")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == BEFORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == MATCH:
            from PySide6.QtGui import QFont  # noqa: PLC0415

            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header_label(self.labels, section)
        return None
