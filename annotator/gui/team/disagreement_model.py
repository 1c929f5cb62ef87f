"""The disagreements as a table, with what the consensus layer holds for each passage.

Rows are the core's :class:`~annotator.core.analysis.agreement.Disagreement` records.
The "Consensus" column is read from the store (lazily, only for rows drawn)
and says which version the lead accepted in this session, so a long list can
be worked through top to bottom.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from annotator.core.analysis.agreement import Disagreement
from annotator.gui.models.headers import header_label

HEADERS = ("Document", "Code", "Span", "Coded by", "Not coded by", "Consensus")
DISAGREEMENT_ROLE = Qt.ItemDataRole.UserRole
Key = tuple[str, str, int, int]


def key_of(d: Disagreement) -> Key:
    return (d.document, d.code, d.start, d.end)


class DisagreementModel(QAbstractTableModel):
    def __init__(self, state: Callable[[Disagreement], str], parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Disagreement] = []
        self.state = state  # the consensus layer's coverage of a passage, from the store
        self.decided: Callable[[Disagreement], str] = lambda _d: ""
        self._states: dict[int, str] = {}

    def set_rows(self, rows: list[Disagreement]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._states = {}
        self.endResetModel()

    def refresh_consensus(self) -> None:
        """The consensus layer changed (an acceptance, an undo): redraw that column."""
        self._states = {}
        if self.rows:
            column = len(HEADERS) - 1
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    def at(self, row: int) -> Disagreement | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, d: Disagreement) -> int:
        wanted = key_of(d)
        return next((i for i, r in enumerate(self.rows) if key_of(r) == wanted), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header_label(HEADERS, section)
        return None

    def _consensus(self, row: int) -> str:
        if row not in self._states:
            d = self.rows[row]
            decided = self.decided(d)
            state = self.state(d)
            self._states[row] = f"{decided} ({state})" if decided and state else decided or state
        return self._states[row]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        d, col = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return d.document_name
            if col == 1:
                return d.code_path.rsplit("/", 1)[-1] if role == Qt.ItemDataRole.DisplayRole else d.code_path
            if col == 2:
                return f"{d.start}–{d.end} ({d.end - d.start} ch.)"
            if col == 3:
                return ", ".join(d.coders_with)
            if col == 4:
                return ", ".join(d.coders_without)
            return self._consensus(index.row())
        if role == DISAGREEMENT_ROLE:
            return d
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
