"""The agreement report as a table: one row per code (or document) and a pooled "Overall" row.

Only formatting lives here; every number comes from the core's
:class:`~annotator.core.analysis.agreement.AgreementReport`. An undefined statistic is
shown as "n/a" (never 1.0) and its reason, taken from the report's notes, is
the cell's tooltip.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from annotator.core.analysis.agreement import AgreementNote, AgreementReport, Stats
from annotator.gui.i18n import translate
from annotator.gui.models.headers import header_label

NA = QT_TRANSLATE_NOOP("AgreementModel", "n/a")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# (stat attribute, header, what it is) — the κ column is Fleiss' for three or more coders.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    (
        "percent_agreement",
        QT_TRANSLATE_NOOP("AgreementModel", "Agreement %"),
        QT_TRANSLATE_NOOP(
            "AgreementModel", "Characters on which the coders agree (coded by both, or by neither)"
        ),
    ),
    (
        "cohen_kappa",
        QT_TRANSLATE_NOOP("AgreementModel", "Cohen's κ"),
        QT_TRANSLATE_NOOP("AgreementModel", "Percent agreement corrected for chance, on characters"),
    ),
    (
        "krippendorff_alpha",
        QT_TRANSLATE_NOOP("AgreementModel", "Krippendorff's α"),
        QT_TRANSLATE_NOOP("AgreementModel", "Nominal alpha on the same character units"),
    ),
    (
        "unitized_alpha",
        QT_TRANSLATE_NOOP("AgreementModel", "Unitized α"),
        QT_TRANSLATE_NOOP("AgreementModel", "Krippendorff's |uα: a coded segment counts as one judgement"),
    ),
    (
        "segment_agreement",
        QT_TRANSLATE_NOOP("AgreementModel", "Segments"),
        QT_TRANSLATE_NOOP("AgreementModel", "Share of segments the other coder matches with enough overlap"),
    ),
)
FLEISS = (
    "fleiss_kappa",
    QT_TRANSLATE_NOOP("AgreementModel", "Fleiss' κ"),
    QT_TRANSLATE_NOOP("AgreementModel", "Agreement of three or more coders corrected for chance"),
)


def fmt(key: str, value: float | None) -> str:
    if value is None:
        return translate("AgreementModel", NA)
    return f"{value:.1%}" if key in ("percent_agreement", "segment_agreement") else f"{value:.3f}"


def tint(key: str, value: float | None) -> QColor | None:
    """Krippendorff's guide for κ and α: ≥ 0.8 reliable, ≥ 0.667 tentative, below that not."""
    if value is None or key not in ("cohen_kappa", "fleiss_kappa", "krippendorff_alpha", "unitized_alpha"):
        return None
    if value >= 0.8:
        return QColor(46, 160, 67, 45)
    if value >= 0.667:
        return QColor(230, 170, 40, 55)
    return QColor(215, 60, 60, 45)


@dataclass(frozen=True)
class Row:
    label: str
    tooltip: str
    stats: Stats
    reasons: dict[str, str]  # stat key -> why it is undefined
    overall: bool = False


def _reasons_for_code(path: str, notes: tuple[AgreementNote, ...]) -> dict[str, str]:
    """Why each statistic of a code's row is undefined, from the core's notes about that code."""
    found: dict[str, str] = {}
    for note in notes:
        if note.code == path:
            found |= dict.fromkeys(note.statistics, note.reason())
    return found


def short_path(path: str) -> str:
    """A code's name with its parent code for context ("Deception › About the job"), without the group."""
    parts = path.split("/")
    return " › ".join(parts[-2:]) if len(parts) > 2 else parts[-1]


def rows_by_code(report: AgreementReport, shown_path: Callable[[str], str] = lambda path: path) -> list[Row]:
    """One row per code (``shown_path``: a canonical path in the names the window shows)."""
    rows = [
        Row(short_path(shown), shown, r.stats, _reasons_for_code(r.path, report.notes))
        for r in report.codes
        for shown in (shown_path(r.path),)
    ]
    pooled = "; ".join(note.text(shown_path=shown_path) for note in report.notes) or translate(
        "AgreementModel", "no variation over the pooled codes"
    )
    rows.insert(
        0,
        Row(
            translate("AgreementModel", "Overall (all codes pooled)"),
            translate(
                "AgreementModel",
                "Every (character, code) pair of the codes some coder applied, as one unit: a pooled "
                "character-level figure, not a published coefficient",
            ),
            report.overall,
            dict.fromkeys((c[0] for c in COLUMNS), pooled) | {FLEISS[0]: pooled},
            overall=True,
        ),
    )
    return rows


def rows_by_document(report: AgreementReport) -> list[Row]:
    why = translate(
        "AgreementModel",
        "no coder applied the compared codes in this document (nothing to agree on), or every coder "
        "coded all of it (no variation)",
    )
    length = translate("AgreementModel", "{document}: {n} characters")
    rows = [
        Row(
            d.name,
            length.format(document=d.name, n=d.length),
            d.stats,
            dict.fromkeys((c[0] for c in COLUMNS), why),
        )
        for d in report.documents
    ]
    rows.insert(
        0,
        Row(
            translate("AgreementModel", "Overall (all documents)"),
            translate("AgreementModel", "The whole sub-corpus"),
            report.overall,
            {},
            overall=True,
        ),
    )
    return rows


class AgreementModel(QAbstractTableModel):
    """Rows of :func:`rows_by_code` / :func:`rows_by_document`; sorting keeps "Overall" first."""

    def __init__(self, first_header: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.first_header = first_header
        self.rows: list[Row] = []
        self.columns: list[tuple[str, str, str]] = list(COLUMNS)
        self.coders: tuple[str, ...] = ()

    def set_rows(self, rows: list[Row], coders: tuple[str, ...]) -> None:
        self.beginResetModel()
        self.rows, self.coders = rows, coders
        self.columns = list(COLUMNS)
        if len(coders) > 2:
            self.columns[1] = FLEISS
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        last = len(self.columns) + 1
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.first_header
            if section == last:
                if len(self.coders) < 4:
                    return translate("AgreementModel", "Segments ({coders})").format(
                        coders=" / ".join(self.coders)
                    )
                return translate("AgreementModel", "Segments per coder")
            column = header_label(self.columns, section - 1)
            return translate("AgreementModel", column[1]) if column else None
        if role == Qt.ItemDataRole.ToolTipRole and 0 < section < last:
            column = header_label(self.columns, section - 1)
            return translate("AgreementModel", column[2]) if column else None
        if role == Qt.ItemDataRole.ToolTipRole and section == last:
            return translate("AgreementModel", "Each coder's number of segments ({coders})").format(
                coders=" / ".join(self.coders)
            )
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        last = len(self.columns) + 1
        key = self.columns[col - 1][0] if 0 < col < last else ""
        value = getattr(row.stats, key) if key else None
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return row.label
            if col == last:
                return " / ".join(str(n) for n in row.stats.segments)
            return fmt(key, value)
        if role == SORT_ROLE:
            if col == 0:
                return row.label.casefold()
            return sum(row.stats.segments) if col == last else value
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 0:
                return row.tooltip
            if key and value is None:
                reason = row.reasons.get(key) or translate("AgreementModel", "there is nothing to compare")
                return translate("AgreementModel", "Undefined: {reason}").format(reason=reason)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.overall:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and key:
            return tint(key, value)
        if role == Qt.ItemDataRole.ForegroundRole and key and value is None:
            return QColor(128, 128, 128)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort codes (undefined values last either way); the pooled row stays at the top."""
        body = [r for r in self.rows if not r.overall]
        tail = [r for r in self.rows if r.overall]
        index = [self.index(i, column) for i in range(len(self.rows))]
        keys = {id(self.rows[i.row()]): self.data(i, SORT_ROLE) for i in index}
        reverse = order == Qt.SortOrder.DescendingOrder
        defined = [r for r in body if keys[id(r)] is not None]
        undefined = [r for r in body if keys[id(r)] is None]
        defined.sort(key=lambda r: keys[id(r)], reverse=reverse)
        self.beginResetModel()
        self.rows = tail + defined + undefined
        self.endResetModel()
