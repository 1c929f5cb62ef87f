"""The colour-by-coder legend: a strip above the text naming each coder beside their colour.

Shown only while the text is coloured by coder (View → Colour by coder). It takes
room above the text, never beside it, so turning it on or off never re-wraps a line.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from annotator.gui.i18n import translate

_PAD, _SWATCH, _SPACE = 8, 12, 16


class CoderLegend(QWidget):
    """Coder → colour, one swatch and name each, left to right (elided when the row is full)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("coderLegend")
        self.entries: list[tuple[str, str]] = []  # (name, #rrggbb)
        self.hide()

    def set_entries(self, entries: Sequence[tuple[str, str]]) -> None:
        self.entries = list(entries)
        names = ", ".join(name for name, _ in self.entries)
        self.setToolTip(translate("CoderLegend", "Colour by coder: {coders}").format(coders=names))
        self.update()

    def text(self) -> str:
        """What the legend says, as plain text (for tests and accessibility)."""
        return "Coders: " + ", ".join(f"{name} {color}" for name, color in self.entries)

    def height_hint(self) -> int:
        return self.fontMetrics().height() + 2 * 5

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.AlternateBase))
        edge = QColor(pal.color(QPalette.ColorRole.Mid))
        edge.setAlpha(110)
        painter.fillRect(0, self.height() - 1, self.width(), 1, edge)
        fm = self.fontMetrics()
        x = _PAD
        y_mid = self.height() // 2
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        title = translate("CoderLegend", "Colour by coder:")
        painter.drawText(
            QRect(x, 0, fm.horizontalAdvance(title) + 2, self.height()), Qt.AlignmentFlag.AlignVCenter, title
        )
        x += fm.horizontalAdvance(title) + _SPACE // 2
        for name, color in self.entries:
            if x + _SWATCH + 20 > self.width():
                break
            painter.fillRect(QRect(x, y_mid - _SWATCH // 2, _SWATCH, _SWATCH), QColor(color))
            x += _SWATCH + 4
            room = self.width() - x - _PAD
            shown = fm.elidedText(name, Qt.TextElideMode.ElideRight, room)
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            painter.drawText(QRect(x, 0, room, self.height()), Qt.AlignmentFlag.AlignVCenter, shown)
            x += fm.horizontalAdvance(shown) + _SPACE
