"""Table models for the facts window: one row per figure, and the passages behind one figure.

The counting is the core's (:func:`annotator.core.analysis.facts.facts`); these only show
its :class:`FactGroup` and :class:`FactValue` records. The minimum, median and maximum
cells are links: each stands for one passage (:func:`passage_of`), which the window opens
with one click. How a number is written (``25,000 CNY``, ``≈2.5 years``, ``2012-03``)
is decided here, for the table and the charts alike.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from annotator.core.analysis.facts import FactGroup, FactValue
from annotator.core.values.kinds import currency_text, money_text
from annotator.gui.i18n import translate
from annotator.gui.models.headers import header_label
from annotator.gui.veil import SPAN_ROLE, VEILED_ROLE, Region, VeilState

Index = QModelIndex | QPersistentModelIndex
GROUP_ROLE = Qt.ItemDataRole.UserRole
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

FIGURE_HEADERS = (
    QT_TRANSLATE_NOOP("FiguresModel", "Code"),
    QT_TRANSLATE_NOOP("FiguresModel", "Field"),
    QT_TRANSLATE_NOOP("FiguresModel", "Group"),
    QT_TRANSLATE_NOOP("FiguresModel", "Unit"),
    QT_TRANSLATE_NOOP("FiguresModel", "Values"),
    QT_TRANSLATE_NOOP("FiguresModel", "Passages"),
    QT_TRANSLATE_NOOP("FiguresModel", "Minimum"),
    QT_TRANSLATE_NOOP("FiguresModel", "Median"),
    QT_TRANSLATE_NOOP("FiguresModel", "Maximum"),
)
COUNT, PASSAGES, MINIMUM, MEDIAN, MAXIMUM = 4, 5, 6, 7, 8
LINKS = (MINIMUM, MEDIAN, MAXIMUM)  # cells that open a passage
VALUE_HEADERS = (
    QT_TRANSLATE_NOOP("PassagesModel", "Value"),
    QT_TRANSLATE_NOOP("PassagesModel", "Quote"),
    QT_TRANSLATE_NOOP("PassagesModel", "Document"),
    QT_TRANSLATE_NOOP("PassagesModel", "Coder"),
)


# -- writing numbers ---------------------------------------------------------------------------------


def _plain(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.1f}"


def date_text(x: float) -> str:
    """A date's order number (a year and its fraction) as ``2012`` or ``2012-03``."""
    year = math.floor(x)
    month = min(12, int(round((x - year) * 12)) + 1)
    return f"{year}" if month == 1 and float(x).is_integer() else f"{year}-{month:02d}"


def duration_text(days: float) -> str:
    """Days (the unit durations are counted in) in the largest unit that reads well."""
    if days >= 730:
        return translate("facts", "{n} years").format(n=_plain(round(days / 365.25, 1)))
    if days >= 60:
        return translate("facts", "{n} months").format(n=_plain(round(days / 30.44, 1)))
    return translate("facts", "{n} days").format(n=_plain(round(days, 1)))


def number_text(kind: str, unit: str | None, x: float | None) -> str:
    """A number of ``kind`` (a median, an axis tick) as a reader expects it."""
    if x is None:
        return ""
    if kind == "date":
        return date_text(x)
    if kind == "duration":
        return duration_text(x)
    if kind == "money" and unit:
        currency, _, per = unit.partition("/")
        return money_text(_plain(x), currency, per or None)  # "1박에 475 CNY" in Korean
    return _plain(x)


def unit_text(group: FactGroup) -> str:
    """The unit column: ``CNY per night``, ``years``; converted rows say so."""
    unit = group.unit or ""
    currency, _, per = unit.partition("/")
    text = currency_text(currency, per) if per else unit
    if getattr(group, "converted", False):
        text = translate("facts", "{unit} (converted)").format(unit=text)
    return text


def median_value(group: FactGroup) -> FactValue | None:
    """The passage the median stands for: the value nearest to it (the lower one on a tie)."""
    if group.median is None:
        return None
    numbered = [v for v in group.values if v.value.number() is not None]
    if not numbered:
        return None
    return min(
        numbered, key=lambda v: (abs((v.value.number() or 0.0) - (group.median or 0.0)), v.value.number())
    )


def passage_of(group: FactGroup, column: int) -> FactValue | None:
    """The value behind a minimum, median or maximum cell (None for the other columns)."""
    if column == MEDIAN:
        return median_value(group)
    wanted = group.minimum if column == MINIMUM else group.maximum if column == MAXIMUM else None
    if wanted is None:
        return None
    return next((v for v in group.values if v.value == wanted), None)


def short_quote(text: str, limit: int = 90) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1] + "…"


def tally_text(group: FactGroup, limit: int = 3) -> str:
    """The most frequent values of an unordered field (places, choices): ``Yanji ×3, Tumen ×1``."""
    counts: dict[str, int] = {}
    for v in group.values:
        key = v.value.display()
        counts[key] = counts.get(key, 0) + 1
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    more = translate("facts", ", … {n} more").format(n=len(ordered) - limit) if len(ordered) > limit else ""
    return ", ".join(f"{name} ×{n}" for name, n in ordered[:limit]) + more


# -- models --------------------------------------------------------------------------------------------


def _link_font() -> QFont:
    font = QFont(QApplication.font())
    font.setUnderline(True)
    return font


def veiled(veil: VeilState | None, v: FactValue) -> list[Region]:
    """The veiled regions the passage of ``v`` overlaps (empty: its quote is shown)."""
    return veil.veiled(v.document, v.start, v.end) if veil is not None else []


class FiguresModel(QAbstractTableModel):
    """One row per :class:`FactGroup`: count, and the minimum, median and maximum as links."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[FactGroup] = []
        self.shown_path: Callable[[str], str] = lambda path: path  # a code's path in the shown names
        self.veil: VeilState | None = None  # a veiled passage's quote is not in a link's tooltip

    def code_name(self, g: FactGroup) -> str:
        """The code's name as the window shows it (its label where it has one)."""
        return self.shown_path(g.code_path).rsplit("/", 1)[-1]

    def group_name(self, g: FactGroup) -> str | None:
        """The group as shown: a code's child by its label when grouped by a code."""
        by = getattr(g, "by", None)
        if g.group is None or not by:
            return g.group
        for path in (f"{by}/{g.group}", by):
            shown = self.shown_path(path)
            if shown != path and path.rsplit("/", 1)[-1] == g.group:
                return shown.rsplit("/", 1)[-1]
        return g.group

    def set_rows(self, rows: list[FactGroup]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def group_at(self, row: int) -> FactGroup | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIGURE_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            label = header_label(FIGURE_HEADERS, section)
            return translate("FiguresModel", label) if label else None
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and section in LINKS
        ):
            return translate("FiguresModel", "Click to open the passage this figure comes from")
        return None

    def text(self, g: FactGroup, column: int) -> str:
        if column == 0:
            return self.code_name(g)
        if column == 1:
            return g.field_name
        if column == 2:
            if g.group is not None:
                return self.group_name(g)
            return translate("FiguresModel", "(none)") if getattr(g, "by", None) else ""
        if column == 3:
            return unit_text(g)
        if column == COUNT:
            return str(g.count)
        if column == PASSAGES:
            return str(g.passages)
        if g.minimum is None and g.median is None:  # places, choices, texts: what occurs most
            return tally_text(g) if column == MEDIAN else ""
        if column == MEDIAN:
            return number_text(g.kind, g.unit, g.median)
        edge = g.minimum if column == MINIMUM else g.maximum
        return edge.display() if edge is not None else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        g, column = self.rows[index.row()], index.column()
        link = column in LINKS and passage_of(g, column) is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(g, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if link:
                v = passage_of(g, column)
                assert v is not None
                regions = veiled(self.veil, v)
                if regions and self.veil is not None:
                    said = translate(
                        "FiguresModel", "Click to open the passage:\n{veiled}\n{document}, {coder}"
                    )
                    return said.format(
                        veiled=self.veil.label(regions), document=v.document_name, coder=v.coder_name
                    )
                return translate(
                    "FiguresModel", "Click to open the passage:\n“{quote}”\n{document}, {coder}"
                ).format(quote=short_quote(v.quote, 200), document=v.document_name, coder=v.coder_name)
            if column == 0:
                return self.shown_path(g.code_path)
            if column == COUNT:
                return translate("FiguresModel", "Select the row to list every passage behind this count")
            if column == PASSAGES:
                return translate(
                    "FiguresModel",
                    "The passages behind the values: two coders' values on one passage are one statement",
                )
            by = getattr(g, "by", None)
            if column == 2 and by:
                return translate("FiguresModel", "Grouped by {group}").format(group=by)
            if column == 3 and getattr(g, "converted", False):
                source: str = getattr(getattr(g, "rates", None), "source", "") or ""
                left: int = getattr(g, "not_converted", 0)
                if source:
                    text = translate(
                        "FiguresModel",
                        "Converted with your rate table from {file}; "
                        "{n} value(s) had no rate and are left out",
                    )
                else:
                    text = translate(
                        "FiguresModel",
                        "Converted with your rate table; {n} value(s) had no rate and are left out",
                    )
                return text.format(file=source, n=left)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and link:
            return QApplication.palette().brush(QPalette.ColorRole.Link)
        if role == Qt.ItemDataRole.FontRole and link:
            return _link_font()
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= COUNT:
            return RIGHT
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and link:
            return translate("FiguresModel", "link: opens the passage")
        if role == GROUP_ROLE:
            return g
        if role == VALUE_ROLE:
            return passage_of(g, column) if column in LINKS else None
        return None


class PassagesModel(QAbstractTableModel):
    """The values of one figure with their quotes, document and coder; a click opens the passage."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.group: FactGroup | None = None
        self.rows: list[FactValue] = []
        self.veil: VeilState | None = None

    def set_veil(self, veil: VeilState) -> None:
        """Show a warned passage's quote as a bar while ``veil`` says so (redrawn when it changes)."""
        self.veil = veil
        veil.changed.connect(self._veil_changed)

    def _veil_changed(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 1))

    def set_group(self, group: FactGroup | None) -> None:
        self.beginResetModel()
        self.group = group
        self.rows = list(group.values) if group is not None else []
        self.endResetModel()

    def row_of(self, value: FactValue) -> int:
        return next((i for i, v in enumerate(self.rows) if v is value), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(VALUE_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            label = header_label(VALUE_HEADERS, section)
            return translate("PassagesModel", label) if label else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        v, column = self.rows[index.row()], index.column()
        regions = veiled(self.veil, v) if column in (0, 1) else []
        if regions and self.veil is not None:  # the quote a bar, the value's own wording not shown
            if column == 1 and role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, VEILED_ROLE):
                return self.veil.label(regions)
            if column == 1 and role == Qt.ItemDataRole.AccessibleTextRole:
                return self.veil.accessible(regions)
            if column == 1 and role == Qt.ItemDataRole.ToolTipRole:
                return self.veil.hint(regions)
            if column == 0 and role == Qt.ItemDataRole.ToolTipRole:
                return None
        if role == SPAN_ROLE:
            return (v.document, v.start, v.end)
        if role == Qt.ItemDataRole.DisplayRole:
            return (v.value.display(), short_quote(v.quote), v.document_name, v.coder_name)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                source = getattr(v, "converted_from", None)
                said = f"“{v.value.original}”" if v.value.original else ""
                if source is not None:
                    return translate("PassagesModel", "converted from {value}").format(value=source.display())
                return said or None
            if column == 1:
                return translate("PassagesModel", "{quote}\n\nClick to open the passage").format(
                    quote=short_quote(v.quote, 600)
                )
            return None
        if role == SORT_ROLE:
            number = v.value.number()
            return (
                (number if number is not None else v.value.display()),
                v.quote,
                v.document_name,
                v.coder_name,
            )[column]
        if role == VALUE_ROLE:
            return v
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return RIGHT
        return None
