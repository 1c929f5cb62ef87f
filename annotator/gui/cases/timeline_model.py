"""The journey table: one row per dated event of a case, flagged rows marked.

The events, their order and the flags are the core's
(:func:`annotator.core.analysis.journey.journey`); this only shows them. How a
figure is written (``3.5 months``, ``unknown``) is decided here too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from annotator.core.analysis.journey import Event, Flag, Journey
from annotator.gui.models.headers import header_label

Index = QModelIndex | QPersistentModelIndex
EVENT_ROLE = Qt.ItemDataRole.UserRole + 1
FLAG_MARKS = {"contradiction": "⚠", "gap": "⋯"}
FLAG_WORDS = {"contradiction": "Contradiction", "gap": "Gap"}
# Translucent, so the tint reads on a light and a dark base alike.
CONTRADICTION_TINT = QColor(230, 160, 0, 70)


def months_text(months: float | None, unknown: str = "unknown") -> str:
    if months is None:
        return unknown
    if abs(months) >= 24:
        return f"{months:.1f} months ({months / 12:.1f} years)"
    return f"{months:.1f} months"


def figures_text(journey: Journey) -> list[tuple[str, str, str]]:
    """(name, value, why unknown) for the derived figures, as the window shows them."""
    return [
        (
            "Leaving home → first sale",
            months_text(journey.months_to_first_sale),
            "needs a dated departure (border crossing or place of origin) and a dated sale after it",
        ),
        (
            "Times sold",
            "unknown" if journey.times_sold is None else str(journey.times_sold),
            "needs a passage coded as a sale or a resale",
        ),
        (
            "Time in exploitation",
            months_text(journey.months_in_exploitation),
            "needs a dated first sale and a dated escape or repatriation after it",
        ),
    ]


def one_line(text: str, limit: int) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1] + "…"


class TimelineModel(QAbstractTableModel):
    HEADERS = ("", "Date", "Place", "Code", "Quote", "Document")
    FLAG, DATE, PLACE, CODE, QUOTE, DOCUMENT = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.events: list[Event] = []
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
            return header_label(self.HEADERS, section)
        if role == Qt.ItemDataRole.ToolTipRole and section == self.FLAG:
            return "⚠ contradiction, ⋯ gap before or after this event"
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
            return ", ".join(FLAG_WORDS.get(f.kind, f.kind) for f in flags) or "no flag"
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
            return event.code_path.rsplit("/", 1)[-1]
        if column == self.QUOTE:
            return one_line(event.quote, 160)
        if column == self.DOCUMENT:
            return event.document_name
        return None

    def _tooltip(self, event: Event, flags: list[Flag], column: int) -> str | None:
        lines = [f"{FLAG_WORDS.get(f.kind, f.kind)}: {f.message}" for f in flags]
        if column == self.DATE:
            approx = " (approximate)" if event.date.approx else ""
            ranged = "" if event.date.first == event.date.last else " (a range: sorted by its middle)"
            lines.insert(0, f"{event.date.display()}{approx}{ranged}")
        elif column == self.CODE:
            lines.insert(0, event.code_path)
        elif column == self.QUOTE:
            lines.insert(0, one_line(event.quote, 600))
        elif column == self.DOCUMENT:
            lines.insert(
                0, f"{event.document_name}, characters {event.start}–{event.end}, coded by {event.coder_name}"
            )
        lines.append("Click or Enter: open the passage")
        return "\n".join(lines)
