"""The "Values" page of Team → Disagreements: passages where two coders applied the same code
but gave a field different values (a price of 30,000 against 35,000 CNY).

Rows are the core's value disagreements (``annotator.core.analysis.agreement.value_disagreements``):
each names the document, code, field, both coders' values and spans, the quote, and the
tolerance within which values count as the same ("±5% (same currency and per unit)").
Selecting a row opens the passage in the main window with every coder's codings shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from annotator.gui.i18n import translate
from annotator.gui.models.headers import header_label
from annotator.gui.tables import row_table
from annotator.gui.veil import SPAN_ROLE, VEILED_ROLE, RevealOnClick, VeilDelegate, VeilState

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole
QUOTE = 5  # the passage: a bar while it is veiled


def _display(value: Any) -> str:
    return value.display() if value is not None else translate("ValueDisagreementModel", "(no value)")


def _clip(text: str, limit: int = 120) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1] + "…"


def passage_span(d: Any) -> tuple[int, int]:
    """The span to open: from the first coder's start to the last coder's end."""
    spans = [s for s in getattr(d, "spans", ()) if s]
    if not spans:
        return int(d.start), int(d.end)
    return min(s[0] for s in spans), max(s[1] for s in spans)


class ValueDisagreementModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.coders: tuple[str, str] = ("A", "B")
        self.shown_path: Callable[[str], str] = lambda path: path  # a code's path in the shown names
        self.veil: VeilState | None = None

    def set_veil(self, veil: VeilState) -> None:
        """Show a warned passage as a bar, and neither coder's wording of it, while ``veil`` says so."""
        self.veil = veil
        veil.changed.connect(self._veil_changed)

    def _veil_changed(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, QUOTE))

    def veiled(self, d: Any) -> list:
        if self.veil is None:
            return []
        return self.veil.veiled(d.document, *passage_span(d))

    def set_rows(self, rows: list[Any], coders: tuple[str, str]) -> None:
        self.beginResetModel()
        self.rows, self.coders = list(rows), coders
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        a, b = self.coders
        value = translate("ValueDisagreementModel", "{coder}'s value")
        return (
            translate("ValueDisagreementModel", "Document"),
            translate("ValueDisagreementModel", "Code"),
            translate("ValueDisagreementModel", "Field"),
            value.format(coder=a),
            value.format(coder=b),
            translate("ValueDisagreementModel", "Passage"),
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header_label(self.headers(), section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        d, column = self.rows[index.row()], index.column()
        values = tuple(d.values) + (None, None)
        if role == SPAN_ROLE:
            return (d.document, *passage_span(d))
        regions = self.veiled(d) if column in (3, 4, QUOTE) else []
        if regions and self.veil is not None:  # the passage a bar; a value's own wording not shown
            if column == QUOTE and role in (Qt.ItemDataRole.DisplayRole, VEILED_ROLE):
                return self.veil.label(regions)
            if column == QUOTE and role == Qt.ItemDataRole.AccessibleTextRole:
                return self.veil.accessible(regions)
            if column == QUOTE and role == Qt.ItemDataRole.ToolTipRole:
                return self.veil.hint(regions)
            if role == Qt.ItemDataRole.ToolTipRole:
                return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                d.document_name,
                self.shown_path(d.code_path).rsplit("/", 1)[-1],
                d.field_name,
                _display(values[0]),
                _display(values[1]),
                _clip(d.quote),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 1:
                return self.shown_path(d.code_path)
            if column in (3, 4):
                value = values[column - 3]
                said = f"“{value.original}”; " if value is not None and value.original else ""
                if not d.tolerance:
                    return None
                within = translate("ValueDisagreementModel", "values count as the same within {tolerance}")
                return said + within.format(tolerance=d.tolerance)
            if column == 5:
                return _clip(d.quote, 600)
            return None
        if role == ROW_ROLE:
            return d
        return None


class ValueDisagreementsPage(QWidget):
    """The table and a line saying what it lists; ``opened(d)`` runs when a row is chosen."""

    def __init__(self, open_passage: Callable[[Any], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_passage = open_passage
        self.model = ValueDisagreementModel(self)
        self.count = QLabel(translate("ValueDisagreementsPage", "Choose two coders and press Find."))
        self.count.setObjectName("valueDisagreementCount")
        self.count.setWordWrap(True)
        self.table = row_table(
            self.model,
            name="valueDisagreementTable",
            accessible=translate("ValueDisagreementsPage", "Value disagreements"),
            stretch=5,
            widths=((0, 160), (1, 170), (2, 110), (3, 140), (4, 140)),
        )
        self.table.selectionModel().currentRowChanged.connect(lambda current, _p: self._chosen(current))
        self.table.setItemDelegateForColumn(QUOTE, VeilDelegate(self.table))
        self.reveal: RevealOnClick | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)

    def set_veil(self, veil: VeilState) -> None:
        """Veiled passages as in the main window; a click on the bar or Space reveals one."""
        self.model.set_veil(veil)
        self.reveal = RevealOnClick(self.table, veil)

    def set_rows(self, rows: list[Any], coders: tuple[str, str]) -> None:
        self.model.set_rows(rows, coders)
        a, b = coders
        tolerance = next((d.tolerance for d in rows if getattr(d, "tolerance", "")), "")
        n = len(rows)
        if rows and tolerance:
            text = (
                translate(
                    "ValueDisagreementsPage",
                    "1 passage where {a} and {b} applied the same code but gave different values (numbers "
                    "count as the same within a tolerance, e.g. {tolerance}).",
                )
                if n == 1
                else translate(
                    "ValueDisagreementsPage",
                    "{n} passages where {a} and {b} applied the same code but gave different values (numbers "
                    "count as the same within a tolerance, e.g. {tolerance}).",
                )
            )
        elif rows:
            text = translate(
                "ValueDisagreementsPage", "{n} passages where {a} and {b} gave different values."
            )
        else:
            text = translate(
                "ValueDisagreementsPage", "{a} and {b} agree on every value of the passages they both coded."
            )
        self.count.setText(text.format(n=n, a=a, b=b, tolerance=tolerance))

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _chosen(self, index: QModelIndex) -> None:
        d = index.data(ROW_ROLE) if index.isValid() else None
        if d is not None:
            self.open_passage(d)
