"""The disagreements as a table, with what the consensus layer holds for each passage.

Rows are the core's :class:`~annotator.core.analysis.agreement.Disagreement` records, each
with the core's verdict on whether it is only a boundary difference
(:func:`annotator.core.analysis.review.review_items`). The "Differing text" column quotes
the characters one coder included and the other did not. The "Consensus" column is read
from the store (lazily, only for rows drawn) and says which version the lead accepted in
this session, so a long list can be worked through top to bottom.

:class:`ReviewFilter` narrows the rows by code, document and typed text, and hides the
boundary-only rows unless asked; the dialog's counts follow it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPalette

from annotator.core.analysis.agreement import Disagreement
from annotator.gui.i18n import translate
from annotator.gui.models.headers import header_label
from annotator.gui.veil import SPAN_ROLE, VEILED_ROLE, Region, VeilState

HEADERS = (
    QT_TRANSLATE_NOOP("DisagreementModel", "Document"),
    QT_TRANSLATE_NOOP("DisagreementModel", "Code"),
    QT_TRANSLATE_NOOP("DisagreementModel", "Differing text"),
    QT_TRANSLATE_NOOP("DisagreementModel", "Coded by"),
    QT_TRANSLATE_NOOP("DisagreementModel", "Not coded by"),
    QT_TRANSLATE_NOOP("DisagreementModel", "Consensus"),
)
BOUNDARY = QT_TRANSLATE_NOOP("DisagreementModel", "boundary only (agreement)")
# The core's word for how the consensus layer covers a passage (consensus.consensus_state).
STATES = {
    "coded": QT_TRANSLATE_NOOP("DisagreementModel", "coded"),
    "partly coded": QT_TRANSLATE_NOOP("DisagreementModel", "partly coded"),
    "not coded": QT_TRANSLATE_NOOP("DisagreementModel", "not coded"),
}
DISAGREEMENT_ROLE = Qt.ItemDataRole.UserRole
QUOTE = 2  # the differing text: a bar while its passage is veiled
Key = tuple[str, str, int, int]


def key_of(d: Disagreement) -> Key:
    return (d.document, d.code, d.start, d.end)


class DisagreementModel(QAbstractTableModel):
    def __init__(
        self,
        state: Callable[[Disagreement], str],
        parent: Any = None,
        *,
        text: Callable[[str], str] = lambda _document: "",
    ) -> None:
        super().__init__(parent)
        self.rows: list[Disagreement] = []
        self.boundary: list[bool] = []  # per row: only a boundary difference (agreement for review)
        self.state = state  # the consensus layer's coverage of a passage, from the store
        self.text = text  # a document's text, by GUID
        self.decided: Callable[[Disagreement], str] = lambda _d: ""
        self.shown_path: Callable[[str], str] = lambda path: path  # a code's path in the shown names
        self._states: dict[int, str] = {}
        self.veil: VeilState | None = None

    def set_veil(self, veil: VeilState) -> None:
        """Show a warned passage's differing text as a bar while ``veil`` says so."""
        self.veil = veil
        veil.changed.connect(self._veil_changed)

    def _veil_changed(self) -> None:
        if self.rows:  # rows, counts and filters never change
            self.dataChanged.emit(self.index(0, QUOTE), self.index(len(self.rows) - 1, QUOTE))

    def veiled(self, row: int) -> list[Region]:
        """The veiled regions the passage of ``row`` overlaps (empty: its words are shown)."""
        d = self.at(row)
        if d is None or self.veil is None:
            return []
        return self.veil.veiled(d.document, d.start, d.end)

    def set_rows(self, rows: list[Disagreement], boundary: list[bool] | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.boundary = list(boundary) if boundary is not None else [False] * len(rows)
        self._states = {}
        self.endResetModel()

    def set_boundary(self, boundary: list[bool]) -> None:
        """A new tolerance: the same rows, another verdict on which are boundary only."""
        self.boundary = list(boundary)
        self.refresh_consensus()

    def is_boundary(self, row: int) -> bool:
        return 0 <= row < len(self.boundary) and self.boundary[row]

    def is_decided(self, row: int) -> bool:
        return bool(self.decided(self.rows[row]))

    def quote(self, row: int, limit: int = 160) -> str:
        """The characters the coders differ on (one line, clipped)."""
        d = self.rows[row]
        return clip(self.text(d.document)[d.start : d.end], limit)

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
            label = header_label(HEADERS, section)
            return translate("DisagreementModel", label) if label else None
        return None

    def _consensus(self, row: int) -> str:
        if row not in self._states:
            d = self.rows[row]
            decided = self.decided(d)
            state = self.state(d)
            state = translate("DisagreementModel", STATES[state]) if state in STATES else state
            if not decided and self.is_boundary(row):
                state = translate("DisagreementModel", BOUNDARY)
            self._states[row] = f"{decided} ({state})" if decided and state else decided or state
        return self._states[row]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        d, col = self.rows[index.row()], index.column()
        if col == QUOTE and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            VEILED_ROLE,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            regions = self.veiled(index.row())
            if regions and self.veil is not None:
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.veil.hint(regions)
                if role == Qt.ItemDataRole.AccessibleTextRole:
                    return self.veil.accessible(regions)
                return self.veil.label(regions)
            if role in (VEILED_ROLE, Qt.ItemDataRole.AccessibleTextRole):
                return None
        if role == SPAN_ROLE:
            return (d.document, d.start, d.end)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return d.document_name
            if col == 1:
                shown = self.shown_path(d.code_path)
                return shown.rsplit("/", 1)[-1] if role == Qt.ItemDataRole.DisplayRole else shown
            if col == 2:
                n = d.end - d.start
                if role == Qt.ItemDataRole.ToolTipRole:
                    size = (
                        translate("DisagreementModel", "(%n character)", None, n)
                        if n == 1
                        else translate("DisagreementModel", "(%n characters)", None, n)
                    )
                    return f"{self.quote(index.row(), 1000)}\n{size}"
                return f"“{self.quote(index.row())}”"
            if col == 3:
                return ", ".join(d.coders_with)
            if col == 4:
                return ", ".join(d.coders_without)
            return self._consensus(index.row())
        if role == DISAGREEMENT_ROLE:
            return d
        if role == Qt.ItemDataRole.ForegroundRole and self.is_boundary(index.row()):
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None


def clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ReviewFilter(QSortFilterProxyModel):
    """The rows of one code and one document (None: any) whose text matches; boundary-only rows
    only when ``show_boundary`` is set."""

    def __init__(self, model: DisagreementModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self.model = model
        self.code: str | None = None
        self.document: str | None = None
        self.words = ""
        self.show_boundary = False

    def set_filter(self, **fields: Any) -> None:
        """Change ``code``, ``document``, ``words`` or ``show_boundary`` and filter again."""
        self.beginFilterChange()
        for name, value in fields.items():
            setattr(self, name, value.casefold() if name == "words" else value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def matches(self, row: int) -> bool:
        """The row fits the code, document and text filters (whether or not it is boundary only)."""
        d = self.model.rows[row]
        if self.code not in (None, d.code) or self.document not in (None, d.document):
            return False
        if not self.words:
            return True
        fields = (
            d.document_name,
            d.code_path,
            self.model.shown_path(d.code_path),
            *d.coders_with,
            *d.coders_without,
            self.model.quote(row, 10**6),
        )
        return any(self.words in f.casefold() for f in fields)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if source_parent.isValid() or not 0 <= source_row < len(self.model.rows):
            return False
        return self.matches(source_row) and (self.show_boundary or not self.model.is_boundary(source_row))

    def tally(self) -> tuple[int, int, int]:
        """(left undecided, disagreements, boundary-only) among the rows the filters let through;
        boundary-only rows count as agreement, never as disagreements, shown or hidden."""
        left = total = boundary = 0
        for row in range(len(self.model.rows)):
            if not self.matches(row):
                continue
            if self.model.is_boundary(row):
                boundary += 1
                continue
            total += 1
            left += not self.model.is_decided(row)
        return left, total, boundary
