"""Table models for the retrieval window, and the step from core results to chart data.

``SegmentsTableModel`` shows the core's retrieved segments; ``GridModel``
shows any ``to_rows()`` table (frequencies, co-occurrence) with its first row
as the header. ``bars`` and ``heat`` only pick what fits in a picture (the
largest values, codebook colours); the counting itself is the core's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from annotator.core.analysis.query import CooccurrenceMatrix, FrequencyTable, Segment
from annotator.core.codebook import CodeTree
from annotator.gui.i18n import translate
from annotator.gui.models.headers import header_label
from annotator.gui.team.charts import Bar
from annotator.gui.veil import SPAN_ROLE, VEILED_ROLE, Region, VeilState

SEGMENT_HEADERS = (
    QT_TRANSLATE_NOOP("SegmentsTableModel", "Document"),
    QT_TRANSLATE_NOOP("SegmentsTableModel", "Code"),
    QT_TRANSLATE_NOOP("SegmentsTableModel", "Coder"),
    QT_TRANSLATE_NOOP("SegmentsTableModel", "Span"),
    QT_TRANSLATE_NOOP("SegmentsTableModel", "Values"),
    QT_TRANSLATE_NOOP("SegmentsTableModel", "Text"),
)
TEXT = 5  # the passage's text: veiled as a bar where the coder asks for it
CODING_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class SegmentsTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None, values_line: Callable[[str], str] = lambda _guid: "") -> None:
        super().__init__(parent)
        self.rows: list[Segment] = []
        self.values_line = values_line  # a coding's typed values as one line (read when drawn)
        self.shown_path: Callable[[str], str] = lambda path: path  # a code's path in the shown names
        self.veil: VeilState | None = None

    def set_rows(self, rows: list[Segment]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def set_veil(self, veil: VeilState) -> None:
        """Show the text of a warned passage as a bar while ``veil`` says so (redrawn when it changes)."""
        self.veil = veil
        veil.changed.connect(self._veil_changed)

    def _veil_changed(self) -> None:
        if self.rows:  # the rows and their order never change
            self.dataChanged.emit(self.index(0, TEXT), self.index(len(self.rows) - 1, TEXT))

    def veiled(self, row: int) -> list[Region]:
        """The veiled regions the segment of ``row`` overlaps (empty: it is shown)."""
        if self.veil is None or not 0 <= row < len(self.rows):
            return []
        c = self.rows[row].coding
        return self.veil.veiled(c.document, c.start, c.end)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SEGMENT_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            label = header_label(SEGMENT_HEADERS, section)
            return translate("SegmentsTableModel", label) if label else None
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        s, col = self.rows[index.row()], index.column()
        if col == TEXT and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            SORT_ROLE,
            VEILED_ROLE,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            regions = self.veiled(index.row())
            if regions and self.veil is not None:  # the bar's words, sorted by them too
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.veil.hint(regions)
                if role == Qt.ItemDataRole.AccessibleTextRole:
                    return self.veil.accessible(regions)
                return self.veil.label(regions)
            if role in (VEILED_ROLE, Qt.ItemDataRole.AccessibleTextRole):
                return None
        if role == SPAN_ROLE:
            return (s.coding.document, s.coding.start, s.coding.end)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 4:
                return self.values_line(s.coding.guid)
            return (
                s.document,
                self.shown_path(s.code_path).rsplit("/", 1)[-1],
                s.coder,
                f"{s.start}–{s.end}",
                "",
                " ".join(s.text.split()),
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.shown_path(s.code_path) if col == 1 else s.text if col == 5 else None
        if role == SORT_ROLE:
            if col == 4:
                return self.values_line(s.coding.guid)
            return (s.document, s.code_path, s.coder, s.start, "", s.text)[col]
        if role == CODING_ROLE:
            return s.coding.guid
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return RIGHT
        return None


class GridModel(QAbstractTableModel):
    """A ``to_rows()`` table: header row first; numbers right-aligned, zeros quiet."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.header: list[str] = []
        self.rows: list[list[Any]] = []
        self.tooltips: list[str] = []

    def set_table(
        self,
        rows: list[list[Any]],
        *,
        short_first_column: bool = True,
        labels: dict[int, str] | None = None,
        shown_path: Callable[[str], str] | None = None,
        code_columns: bool = False,
    ) -> None:
        """``labels``: column titles in the interface language for the core's own header words, by
        position (negative from the end); the other titles (coders, documents, codes) are data.
        ``shown_path`` names the codes of the first column (and of the header, ``code_columns``)."""
        self.beginResetModel()
        self.header = [str(h) for h in rows[0]] if rows else []
        if shown_path is not None:
            rows = [rows[0], *([shown_path(str(r[0])), *r[1:]] for r in rows[1:])] if rows else rows
            if code_columns:
                self.header = (
                    [self.header[0], *(shown_path(h) for h in self.header[1:])] if self.header else []
                )
        for position, label in (labels or {}).items():
            if -len(self.header) <= position < len(self.header):
                self.header[position] = label
        body = rows[1:]
        self.tooltips = [str(r[0]) for r in body]
        if short_first_column:  # code paths: show the leaf, the path is in the tooltip
            body = [[str(r[0]).rsplit("/", 1)[-1], *r[1:]] for r in body]
            self.header = [h.rsplit("/", 1)[-1] for h in self.header]
        self.rows = body
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.header)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return header_label(self.header, section)
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value) if not isinstance(value, int) or value else "·"
        if role == SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return self.tooltips[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return RIGHT
        return None


def bars(
    table: FrequencyTable, tree: CodeTree, limit: int = 30, shown_path: Callable[[str], str] = lambda p: p
) -> tuple[list[Bar], str]:
    """The most applied codes as bars (codebook colours), and a title that says how many are shown."""
    counted = [(path, table.codings.get(path, 0)) for path in table.codes]
    used = sorted((pc for pc in counted if pc[1]), key=lambda pc: (-pc[1], pc[0]))
    shown = used[:limit]
    result = []
    for path, value in shown:
        code, shown = tree.find_or_none(path), shown_path(path)
        result.append(
            Bar(shown.rsplit("/", 1)[-1], value, code.color if code else "#2f6db5", f"{shown}: {value}")
        )
    if len(used) > limit:
        title = translate("ReportModels", "Codings per code (the {n} most used of {total})").format(
            n=limit, total=len(used)
        )
    else:
        title = translate("ReportModels", "Codings per code")
    return result, title


def heat(
    matrix: CooccurrenceMatrix, limit: int = 25, shown_path: Callable[[str], str] = lambda p: p
) -> tuple[list[str], list[list[int]], list[str], str]:
    """The codes with the most codings (diagonal) as a square matrix: labels, cells, full paths, title."""
    order = sorted(matrix.codes, key=lambda c: -matrix.count(c, c))[:limit]
    keep = [c for c in matrix.codes if c in set(order)]  # codebook order, for related codes to sit together
    cells = [[matrix.count(a, b) for b in keep] for a in keep]
    many = len(matrix.codes) > limit
    if matrix.scope == "passage" and many:
        title = translate(
            "ReportModels", "Co-occurrence by overlapping passages (the {n} most used of {total} codes)"
        )
    elif matrix.scope == "passage":
        title = translate("ReportModels", "Co-occurrence by overlapping passages")
    elif many:
        title = translate(
            "ReportModels", "Co-occurrence by shared documents (the {n} most used of {total} codes)"
        )
    else:
        title = translate("ReportModels", "Co-occurrence by shared documents")
    title = title.format(n=limit, total=len(matrix.codes))
    shown = [shown_path(c) for c in keep]
    return [c.rsplit("/", 1)[-1] for c in shown], cells, shown, title
