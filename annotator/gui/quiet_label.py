"""A one-line label whose text changes without laying the window out again.

``QLabel.setText`` always asks its layout to recompute (``updateGeometry``), and inside a dock
that request climbs to the main window, which lays out and repaints every dock: on each coding,
for the segments panel's count, that was most of a coding's cost (a 1400×830 repaint). This
label has a size hint that does not depend on its text (one line of the font), so setting the
text only repaints the label itself. Long text is elided; the whole of it is the tooltip and the
accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class QuietLabel(QWidget):
    def __init__(self, parent: QWidget | None = None, *, width_chars: int = 28) -> None:
        super().__init__(parent)
        self._text = ""
        self._width_chars = width_chars
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 (QLabel's name, for its callers)
        if text == self._text:
            return
        self._text = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * self._width_chars, metrics.height() + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 8, metrics.height() + 4)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        shown = self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, self.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
        painter.end()
