"""The journey table: one row per dated event of a case, flagged rows marked.

The events, their order and the flags are the core's
(:func:`annotator.core.analysis.journey.journey`); this only shows them. How a
figure is written (``3.5 months``, ``unknown``) is decided here too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from annotator.core.analysis.journey import Event, Flag, Journey
from annotator.gui.i18n import translate
from annotator.gui.models.headers import header_label

Index = QModelIndex | QPersistentModelIndex
EVENT_ROLE = Qt.ItemDataRole.UserRole + 1
FLAG_MARKS = {"contradiction": "⚠", "gap": "⋯"}
FLAG_WORDS = {
    "contradiction": QT_TRANSLATE_NOOP("TimelineModel", "Contradiction"),
    "gap": QT_TRANSLATE_NOOP("TimelineModel", "Gap"),
}
# Translucent, so the tint reads on a light and a dark base alike.
CONTRADICTION_TINT = QColor(230, 160, 0, 70)


def flag_word(kind: str) -> str:
    """A flag's kind ("contradiction", "gap") in the interface language."""
    return translate("TimelineModel", FLAG_WORDS[kind]) if kind in FLAG_WORDS else kind


def unknown_text() -> str:
    return translate("TimelineModel", "unknown")


def months_text(months: float | None) -> str:
    if months is None:
        return unknown_text()
    if abs(months) >= 24:
        return translate("TimelineModel", "{months} months ({years} years)").format(
            months=f"{months:.1f}", years=f"{months / 12:.1f}"
        )
    return translate("TimelineModel", "{months} months").format(months=f"{months:.1f}")


def figures_text(journey: Journey) -> list[tuple[str, str | None, str]]:
    """(name, value or None when unknown, why unknown) for the derived figures, as the window
    shows them."""
    months_to_sale, months_exploited = journey.months_to_first_sale, journey.months_in_exploitation
    return [
        (
            translate("TimelineModel", "Leaving home → first sale"),
            None if months_to_sale is None else months_text(months_to_sale),
            translate(
                "TimelineModel",
                "needs a dated departure (border crossing or place of origin) and a dated sale after it",
            ),
        ),
        (
            translate("TimelineModel", "Times sold"),
            None if journey.times_sold is None else str(journey.times_sold),
            translate("TimelineModel", "needs a passage coded as a sale or a resale"),
        ),
        (
            translate("TimelineModel", "Time in exploitation"),
            None if months_exploited is None else months_text(months_exploited),
            translate(
                "TimelineModel", "needs a dated first sale and a dated escape or repatriation after it"
            ),
        ),
    ]


def one_line(text: str, limit: int) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1] + "…"


class TimelineModel(QAbstractTableModel):
    HEADERS = (
        "",
        QT_TRANSLATE_NOOP("TimelineModel", "Date"),
        QT_TRANSLATE_NOOP("TimelineModel", "Place"),
        QT_TRANSLATE_NOOP("TimelineModel", "Code"),
        QT_TRANSLATE_NOOP("TimelineModel", "Quote"),
        QT_TRANSLATE_NOOP("TimelineModel", "Document"),
    )
    FLAG, DATE, PLACE, CODE, QUOTE, DOCUMENT = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.events: list[Event] = []
        self.shown_path: Callable[[str], str] = lambda path: path  # a code's path in the shown names
        self.flags_of: dict[str, list[Flag]] = {}  # coding GUID -> its flags

    def set_journey(self, journey: Journey | None) -> None:
        self.beginResetModel()
        self.events = list(journey.events) if journey else []
        self.flags_of = {}
        for flag in journey.flags if journey else []:
            for coding in flag.codings:
                self.flags_of.setdefault(coding, []).append(flag)
        self.endResetModel()

    def event_at(self, row: int) -> Event | None:
        return self.events[row] if 0 <= row < len(self.events) else None

    def rows_of(self, codings: tuple[str, ...] | list[str]) -> list[int]:
        wanted = set(codings)
        return [i for i, e in enumerate(self.events) if e.coding in wanted]

    # -- QAbstractTableModel --------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            label = header_label(self.HEADERS, section)
            return translate("TimelineModel", label) if label else label
        if role == Qt.ItemDataRole.ToolTipRole and section == self.FLAG:
            return translate("TimelineModel", "⚠ contradiction, ⋯ gap before or after this event")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.events):
            return None
        event = self.events[index.row()]
        flags = self.flags_of.get(event.coding, [])
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(event, flags, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(event, flags, column)
        if role == Qt.ItemDataRole.BackgroundRole and any(f.kind == "contradiction" for f in flags):
            return QBrush(CONTRADICTION_TINT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.FLAG:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.FLAG:
            return ", ".join(flag_word(f.kind) for f in flags) or translate("TimelineModel", "no flag")
        if role == EVENT_ROLE:
            return event
        return None

    def _display(self, event: Event, flags: list[Flag], column: int) -> str | None:
        if column == self.FLAG:
            return "".join(dict.fromkeys(FLAG_MARKS.get(f.kind, "!") for f in flags))
        if column == self.DATE:
            return event.date.display()
        if column == self.PLACE:
            return event.place or ""
        if column == self.CODE:
            return self.shown_path(event.code_path).rsplit("/", 1)[-1]
        if column == self.QUOTE:
            return one_line(event.quote, 160)
        if column == self.DOCUMENT:
            return event.document_name
        return None

    def _tooltip(self, event: Event, flags: list[Flag], column: int) -> str | None:
        said = translate("TimelineModel", "{kind}: {flag}")
        lines = [said.format(kind=flag_word(f.kind), flag=f.text(shown_path=self.shown_path)) for f in flags]
        if column == self.DATE:
            approx = translate("TimelineModel", " (approximate)") if event.date.approx else ""
            ranged = (
                ""
                if event.date.first == event.date.last
                else translate("TimelineModel", " (a range: sorted by its middle)")
            )
            lines.insert(0, f"{event.date.display()}{approx}{ranged}")
        elif column == self.CODE:
            lines.insert(0, self.shown_path(event.code_path))
        elif column == self.QUOTE:
            lines.insert(0, one_line(event.quote, 600))
        elif column == self.DOCUMENT:
            lines.insert(
                0,
                translate("TimelineModel", "{document}, characters {start}–{end}, coded by {coder}").format(
                    document=event.document_name, start=event.start, end=event.end, coder=event.coder_name
                ),
            )
        lines.append(translate("TimelineModel", "Click or Enter: open the passage"))
        return "\n".join(lines)
