"""The coding stripes beside the text: one bar per coding, labelled with its code's key and short
name where there is room (code path and coder on hover), click to select, drag an end of the
selected coding's bar to resize it. The margin's width is fixed when a document opens.

The margin reads the view through :class:`StripeHost` and never imports the view
module, so the dependency runs one way: ``document_view`` → ``stripe_margin`` →
``highlighter``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, SignalInstance
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from annotator.gui.highlighter import CodingHighlighter
from annotator.gui.intervals import IntervalIndex, Lanes
from annotator.gui.positions import PositionMap, line_extent, visible_rows

_BAR, _GAP, _PAD = 5, 2, 5  # stripe geometry in px
# Lanes the margin makes room for when a document opens: what it needs then, within these bounds.
# More lanes later condense into that room (down to 2 px each) rather than widen the margin.
MIN_LANES, MAX_LANES = 4, 8


class StripeHost(Protocol):
    """What the margin reads from the text view it belongs to (``DocumentView`` provides it)."""

    lanes: Lanes
    index: IntervalIndex
    positions: PositionMap
    highlighter: CodingHighlighter

    @property
    def codingActivated(self) -> SignalInstance: ...

    @property
    def dark(self) -> bool: ...

    def selected_coding(self) -> str | None: ...

    def set_selected_coding(self, guid: str | None) -> None: ...

    def tooltip_html(self, keys: Iterable[str]) -> str: ...

    def stripe_label(self, key: str) -> str: ...

    def drag_coding_end(self, key: str, which: str, y: int) -> None: ...


class StripeMargin(QWidget):
    """Coding stripes left of the text, like a line-number area; paints visible blocks only.

    ``edit`` is the text widget it sits in (geometry, palette); ``view`` is the same
    object seen as a :class:`StripeHost` (codings, selection, colours).
    """

    def __init__(self, edit: QPlainTextEdit, view: StripeHost) -> None:
        super().__init__(edit)
        self.edit = edit
        self.view = view
        self.bars: list[tuple[QRect, str, bool, bool]] = []  # painted: rect, key, real start, real end
        self._drag: tuple[str, str] | None = None  # (key, "start"|"end")
        self._drag_y = 0
        self.room = MIN_LANES  # lanes at full width; set by fit() when a document opens
        self.labelled = True  # a label column right of the lanes (fit() decides)
        self.labels: list[tuple[QRect, str]] = []  # painted labels: rect, key (a click selects, too)
        self._elided: dict[str, QStaticText] = {}
        # Labels use a small fixed font (not the text's zoom), so the margin's width stays put.
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        self.setFont(font)
        self.setMouseTracking(True)
        # paintEvent fills every pixel it is asked for: Qt need not paint the text view (and
        # the window) beneath it first, which it otherwise does on every stripe repaint.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def fit(self, lanes: int, *, labels: bool = True) -> None:
        """Make room for ``lanes`` lanes (within MIN_LANES..MAX_LANES), and for their labels unless
        ``labels`` is false (bars only: a narrow margin); only on opening a document."""
        self.room = max(MIN_LANES, min(MAX_LANES, lanes))
        self.labelled = labels
        self._elided.clear()

    def lanes_width(self) -> int:
        return self.room * (_BAR + _GAP)

    def lane_width(self) -> int:
        """Full width while the lanes fit the room, then condensed to share it (never below 2 px)."""
        lanes = max(1, self.view.lanes.count)
        return max(2, min(_BAR + _GAP, self.lanes_width() // lanes))

    def label_width(self) -> int:
        """The label column right of the lanes: a key and about six letters of the code's name."""
        return self.fontMetrics().horizontalAdvance("9 Mmmmmm") if self.labelled else 0

    def width_hint(self) -> int:
        """Depends only on the room (and the font): coding, resizing or deleting never changes it."""
        return 2 * _PAD + self.lanes_width() + _GAP + self.label_width()

    def paintEvent(self, event) -> None:
        """Bars for the codings overlapping the visible blocks only; hit rects are kept for the mouse."""
        v = self.view
        painter = QPainter(self)
        pal = self.edit.palette()
        role = QPalette.ColorRole.Window if v.dark else QPalette.ColorRole.Base
        painter.fillRect(event.rect(), pal.color(role))
        edge = QColor(pal.color(QPalette.ColorRole.Mid))
        edge.setAlpha(110)
        painter.fillRect(self.width() - 1, event.rect().top(), 1, event.rect().height(), edge)
        self.bars = []
        rows = visible_rows(self.edit)
        if not rows or not len(v.index):
            return
        vis_lo, vis_hi = rows[0][0], rows[-1][0] + rows[-1][2].length() - 1

        pm = v.positions
        lane_w = self.lane_width()
        bar_w = max(2, lane_w - (1 if lane_w < 4 else _GAP))
        max_lane = max(0, self.lanes_width() // lane_w - 1)
        sel = v.selected_coding()
        height = self.height()
        for key in v.index.overlapping(pm.to_cp(vis_lo), pm.to_cp(vis_hi) + 1):
            start, end = v.index.span(key)
            qs, qe = pm.to_qt(start), pm.to_qt(end)
            real_start, real_end = qs >= vis_lo, qe <= vis_hi + 1
            y0 = line_extent(rows, qs)[0] if real_start else -2
            y1 = line_extent(rows, qe - 1)[1] if real_end else height + 2
            rect = QRect(_PAD + min(v.lanes.get(key), max_lane) * lane_w, y0 + 1, bar_w, max(3, y1 - y0 - 2))
            if key == sel:
                if self._drag and self._drag[0] == key:
                    if self._drag[1] == "start":
                        rect.setTop(min(self._drag_y, rect.bottom() - 3))
                    else:
                        rect.setBottom(max(self._drag_y, rect.top() + 3))
                painter.fillRect(rect.adjusted(-1, -1, 1, 1), pal.color(QPalette.ColorRole.Text))
            painter.fillRect(rect, QColor(*v.highlighter.rgb_of(key)))
            self.bars.append((rect, key, real_start, real_end))
        self._paint_labels(painter)

    def _paint_labels(self, painter: QPainter) -> None:
        """Each bar's label in the column right of the lanes, at the bar's top (or the view's top
        for a bar that starts above it), in the bar's colour; only where it fits: below the
        label before it and within its own bar's height. No hovering needed."""
        self.labels = []
        if not self.bars or not self.labelled:
            return
        fm = self.fontMetrics()
        x = _PAD + self.lanes_width() + _GAP
        width = self.width() - x - 2
        h = fm.height()
        free_y = -h
        dark = self.view.dark
        for rect, key, _start, _end in sorted(self.bars, key=lambda b: (max(0, b[0].top()), b[0].x())):
            top = max(0, rect.top())
            y = max(top, free_y)
            if y + h > rect.bottom() + 2 or y + h > self.height():
                continue
            text = self.view.stripe_label(key)
            if not text:
                continue
            static = self._elided.get(text)
            if static is None:  # laid out once per label text: drawing a QStaticText is cheap
                static = QStaticText(fm.elidedText(text, Qt.TextElideMode.ElideRight, width))
                static.setTextFormat(Qt.TextFormat.PlainText)
                static.prepare(font=self.font())
                self._elided[text] = static
            color = QColor(*self.view.highlighter.rgb_of(key))
            painter.setPen(color.lighter(125) if dark else color.darker(115))
            box = QRect(x, y, width, h)
            painter.drawStaticText(x, y + (h - fm.height()) // 2, static)
            self.labels.append((box, key))
            free_y = y + h

    def _hit(self, pos: QPoint) -> tuple[QRect, str, bool, bool] | None:
        for bar in reversed(self.bars):
            if bar[0].adjusted(-1, -2, 1, 2).contains(pos):
                return bar
        for box, key in self.labels:  # a label stands for its bar
            if box.contains(pos):
                return next((bar for bar in self.bars if bar[1] == key), None)
        return None

    def _end_at(self, pos: QPoint) -> tuple[str, str] | None:
        """Which end of the selected coding's bar is under the mouse (to drag it)."""
        sel = self.view.selected_coding()
        for rect, key, real_start, real_end in self.bars:
            if key != sel or not rect.adjusted(-2, -4, 2, 4).contains(pos):
                continue
            if real_start and abs(pos.y() - rect.top()) <= 4:
                return key, "start"
            if real_end and abs(pos.y() - rect.bottom()) <= 4:
                return key, "end"
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            bar = self._hit(event.pos())
            if bar:
                QToolTip.showText(event.globalPos(), self.view.tooltip_html([bar[1]]), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._drag = self._end_at(pos)
        if self._drag:
            self._drag_y = pos.y()
            return
        bar = self._hit(pos)
        if bar:
            self.view.set_selected_coding(bar[1])
            self.view.codingActivated.emit(bar[1])

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._drag:
            self._drag_y = pos.y()
            self.update()
            return
        over_end = self._end_at(pos) is not None
        self.setCursor(Qt.CursorShape.SizeVerCursor if over_end else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self._drag:
            return
        key, which = self._drag
        self._drag = None
        self.view.drag_coding_end(key, which, event.position().toPoint().y())
        self.update()
