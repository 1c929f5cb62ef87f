"""The search results as a table: document, then the keyword in context (before, match, after).

A hit in a passage veiled for this coder (:mod:`annotator.gui.veil`) shows the neutral bar in
place of the match, and its context stops at the edge of any veiled passage."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from annotator.core.analysis.corpus_search import Hit
from annotator.gui.i18n import translate
from annotator.gui.models.headers import header_label
from annotator.gui.veil import SPAN_ROLE, VEILED_ROLE, Region, VeilState

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
        self.veil: VeilState | None = None

    def set_veil(self, veil: VeilState) -> None:
        """Veil the hits in warned passages as ``veil`` says (redrawn when it changes)."""
        self.veil = veil
        veil.changed.connect(self._veil_changed)

    def _veil_changed(self) -> None:
        if self.hits:  # rows never change: a hit veiled is still a hit
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.hits) - 1, AFTER))

    def veiled(self, row: int) -> list[Region]:
        """The veiled regions the hit of ``row`` overlaps (empty: it is shown)."""
        if self.veil is None or not 0 <= row < len(self.hits):
            return []
        hit = self.hits[row]
        return self.veil.veiled(hit.document, hit.start, hit.end)

    def context(self, hit: Hit) -> tuple[str, str]:
        """The words before and after ``hit``, none of them from a veiled passage."""
        if self.veil is None:
            return hit.before, hit.after
        return self.veil.trim_context(hit.document, hit.start, hit.end, hit.before, hit.after)

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
            regions = self.veiled(index.row()) if column != DOCUMENT else []
            before, after = self.context(hit) if column != DOCUMENT else ("", "")
            if role == Qt.ItemDataRole.ToolTipRole:
                if column == DOCUMENT:
                    return hit.name
                if regions and self.veil is not None:
                    return self.veil.hint(regions)
                return f"{before}[{hit.text}]{after}"
            if column == DOCUMENT:
                return hit.name
            if column == BEFORE:
                return before.replace("\t", " ")
            if column == MATCH:
                if regions and self.veil is not None:
                    return self.veil.label(regions)
                return hit.text.replace("\n", " ")
            if column == AFTER:
                return after.replace("\t", " ")
        if role == SPAN_ROLE:
            return (hit.document, hit.start, hit.end)
        if column == MATCH and role in (VEILED_ROLE, Qt.ItemDataRole.AccessibleTextRole):
            regions = self.veiled(index.row())
            if not regions or self.veil is None:
                return None
            return self.veil.label(regions) if role == VEILED_ROLE else self.veil.accessible(regions)
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
