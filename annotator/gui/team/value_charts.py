"""Charts of typed values: a histogram of one figure's values, and a box plot per group.

They paint like the other charts (:class:`~annotator.gui.team.charts.Chart`): on screen
in the app's palette, into PNG or SVG on white for a paper. Numbers are written by the
caller's ``fmt`` (``25,000 CNY``, ``2012-03``), so an axis reads like the table beside it.
Quartiles here only place the box; the figures themselves (count, minimum, median,
maximum) are the core's.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QWidget

from annotator.gui.i18n import translate
from annotator.gui.team.charts import ACCENT, Chart, Colors

Format = Callable[[float], str]
MAX_BINS = 12


def bins(numbers: list[float], *, whole: bool = False) -> list[tuple[float, float, int]]:
    """(low, high, count) per bin: Sturges' number of bins (at most 12); whole-number bins for
    ages and counts, so a bar never stands for "19.3 to 20.6 years"."""
    if not numbers:
        return []
    low, high = min(numbers), max(numbers)
    wanted = min(MAX_BINS, max(1, math.ceil(math.log2(len(numbers))) + 1))
    if whole:
        width = max(1.0, math.ceil((high - low + 1) / wanted))
        edges = [low + i * width for i in range(int((high - low) // width) + 2)]
    elif high == low:
        return [(low, low, len(numbers))]  # one value (or many equal ones): one bar, named by it
    else:
        width = (high - low) / wanted
        edges = [low + i * width for i in range(wanted + 1)]
    out = []
    for i in range(len(edges) - 1):
        a, b = edges[i], edges[i + 1]
        last = i == len(edges) - 2
        count = sum(1 for n in numbers if a <= n < b or (last and n == b))
        out.append((a, b, count))
    return out


class Histogram(Chart):
    """How many values fall in each range of one figure (one code, field, group and unit)."""

    HEIGHT = 260
    AXIS = 34
    MAX_BAR = 90  # a lone bar stays a bar, not a wall

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("valueHistogram")
        self.empty_text = translate(
            "Histogram", "Select a figure with an order (money, age, date, duration, count)."
        )
        self.bins: list[tuple[float, float, int]] = []
        self.fmt: Format = str
        self.whole = False

    def set_values(self, numbers: list[float], title: str, fmt: Format, *, whole: bool = False) -> None:
        self.fmt, self.whole, self.title = fmt, whole, title
        self.bins = bins(numbers, whole=whole)
        self.setMinimumHeight(self.natural_height())
        self.update()

    def is_empty(self) -> bool:
        return not self.bins

    def natural_height(self) -> int:
        return self.MARGIN * 2 + 40 + self.HEIGHT + self.AXIS

    def label(self, low: float, high: float) -> str:
        if low == high:
            return self.fmt(low)
        if self.whole:
            top = high - 1
            return self.fmt(low) if top <= low else f"{self.fmt(low)}–{self.fmt(top)}"
        return f"{self.fmt(low)} – {self.fmt(high)}"

    def draw(self, painter: QPainter, area: QRectF, colors: Colors, collect: bool) -> None:
        metrics = QFontMetrics(painter.font())
        peak = max(c for _, _, c in self.bins) or 1
        left_axis = metrics.horizontalAdvance(str(peak)) + 10
        headroom = metrics.height() + 6  # the count above the tallest bar stays clear of the title
        plot = QRectF(
            area.left() + left_axis,
            area.top() + headroom,
            area.width() - left_axis,
            area.height() - self.AXIS - headroom,
        )
        painter.setPen(colors.grid)
        steps = min(peak, 4)
        for step in range(steps + 1):  # quiet horizontal guides with their counts
            y = plot.bottom() - plot.height() * step / steps
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colors.muted)
            painter.drawText(
                QRectF(area.left(), y - 8, left_axis - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(round(peak * step / steps)),
            )
            painter.setPen(colors.grid)
        slot = plot.width() / len(self.bins)
        for i, (low, high, count) in enumerate(self.bins):
            x = plot.left() + i * slot
            height = plot.height() * count / peak
            width = min(slot * 0.76, self.MAX_BAR)
            bar = QRectF(x + (slot - width) / 2, plot.bottom() - height, width, height)
            painter.fillRect(bar, ACCENT)
            if count:
                painter.setPen(colors.text)
                painter.drawText(
                    QRectF(x, bar.top() - 18, slot, 16), Qt.AlignmentFlag.AlignCenter, str(count)
                )
            text = metrics.elidedText(self.label(low, high), Qt.TextElideMode.ElideRight, int(slot - 4))
            painter.setPen(colors.muted)
            painter.drawText(
                QRectF(x, plot.bottom() + 4, slot, self.AXIS - 4),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                text,
            )
            if collect:
                values = (
                    translate("Histogram", "%n value", None, count)
                    if count == 1
                    else translate("Histogram", "%n values", None, count)
                )
                tip = f"{self.label(low, high)}: {values}"
                self._hits.append((QRectF(x, plot.top(), slot, plot.height() + self.AXIS), tip))


@dataclass(frozen=True)
class Box:
    label: str
    numbers: tuple[float, ...]


class BoxPlot(Chart):
    """One box per group on a shared scale: quartiles, the median, whiskers to min and max, and
    every value as a dot (a handful of testimonies should never hide behind a box)."""

    ROW = 34
    LABEL_WIDTH = 200
    AXIS = 30

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("valueBoxPlot")
        self.empty_text = translate("BoxPlot", "Choose “Group by” to compare groups.")
        self.boxes: list[Box] = []
        self.fmt: Format = str

    def set_boxes(self, boxes: list[Box], title: str, fmt: Format) -> None:
        self.boxes = [b for b in boxes if b.numbers]
        self.title, self.fmt = title, fmt
        self.setMinimumHeight(self.natural_height())
        self.update()

    def is_empty(self) -> bool:
        return not self.boxes

    def natural_height(self) -> int:
        return self.MARGIN * 2 + 40 + self.ROW * max(len(self.boxes), 2) + self.AXIS

    def export_size(self) -> QSize:
        return QSize(max(self.width(), 860), self.natural_height())

    def draw(self, painter: QPainter, area: QRectF, colors: Colors, collect: bool) -> None:
        metrics = QFontMetrics(painter.font())
        every = [n for b in self.boxes for n in b.numbers]
        low, high = min(every), max(every)
        span = (high - low) or 1.0
        labels = min(self.LABEL_WIDTH, max(metrics.horizontalAdvance(b.label) for b in self.boxes) + 14)
        plot = QRectF(
            area.left() + labels, area.top(), area.width() - labels - 24, self.ROW * len(self.boxes)
        )

        def x_of(n: float) -> float:
            return plot.left() + plot.width() * ((n - low) / span if high != low else 0.5)

        painter.setPen(colors.grid)
        for step in range(5):  # five ticks along the shared scale
            value = low + span * step / 4 if high != low else low
            x = x_of(value)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(colors.muted)
            painter.drawText(
                QRectF(x - 70, plot.bottom() + 4, 140, self.AXIS - 8),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                self.fmt(value),
            )
            painter.setPen(colors.grid)
            if high == low:
                break
        fill = QColor(ACCENT)
        fill.setAlphaF(0.22)
        for i, box in enumerate(self.boxes):
            y = plot.top() + i * self.ROW
            middle = y + self.ROW / 2
            painter.setPen(colors.text)
            name = metrics.elidedText(box.label, Qt.TextElideMode.ElideMiddle, int(labels - 10))
            painter.drawText(
                QRectF(area.left(), y, labels - 10, self.ROW),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            numbers = sorted(box.numbers)
            q1, q3 = _quartiles(numbers)
            median = statistics.median(numbers)
            painter.setPen(QPen(colors.muted, 1.2))
            painter.drawLine(QPointF(x_of(numbers[0]), middle), QPointF(x_of(numbers[-1]), middle))
            for end in (numbers[0], numbers[-1]):
                painter.drawLine(QPointF(x_of(end), middle - 6), QPointF(x_of(end), middle + 6))
            shape = QRectF(x_of(q1), y + 7, max(x_of(q3) - x_of(q1), 2.0), self.ROW - 14)
            painter.fillRect(shape, fill)
            painter.setPen(QPen(ACCENT, 1.4))
            painter.drawRect(shape)
            painter.setPen(QPen(ACCENT, 2.6))
            painter.drawLine(QPointF(x_of(median), y + 5), QPointF(x_of(median), y + self.ROW - 5))
            painter.setPen(Qt.PenStyle.NoPen)
            dot = QColor(colors.text)
            dot.setAlphaF(0.55)
            painter.setBrush(dot)
            for n in numbers:
                painter.drawEllipse(QPointF(x_of(n), middle), 2.6, 2.6)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if collect:
                n = len(numbers)
                tip = (
                    translate("BoxPlot", "{group}: %n value; min {min}, median {median}, max {max}", None, n)
                    if n == 1
                    else translate(
                        "BoxPlot", "{group}: %n values; min {min}, median {median}, max {max}", None, n
                    )
                ).format(
                    group=box.label,
                    min=self.fmt(numbers[0]),
                    median=self.fmt(median),
                    max=self.fmt(numbers[-1]),
                )
                self._hits.append((QRectF(area.left(), y, area.width(), self.ROW), tip))


def _quartiles(numbers: list[float]) -> tuple[float, float]:
    if len(numbers) < 2:
        return numbers[0], numbers[0]
    q1, _, q3 = statistics.quantiles(numbers, n=4, method="inclusive")
    return q1, q3
