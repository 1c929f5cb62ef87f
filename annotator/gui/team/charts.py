"""Two small charts drawn with QPainter: code frequencies as bars, co-occurrence as a heatmap.

QtCharts is not in PySide6-Essentials and matplotlib would be a large
dependency for two pictures, so each chart paints itself onto any
``QPainter``: the widget on screen, a ``QImage`` for PNG, a ``QSvgGenerator``
for SVG. The exported files always use a white background and dark text so
they read well in a paper whatever the app's theme.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QEvent, QIODevice, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QImage, QPainter, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from annotator.core.outputs import write_output
from annotator.gui.i18n import translate

try:  # QtSvg ships with PySide6-Essentials; guard anyway, PNG export works without it
    from PySide6.QtSvg import QSvgGenerator
except ImportError:  # pragma: no cover
    QSvgGenerator = None  # type: ignore[assignment,misc]

SVG_AVAILABLE = QSvgGenerator is not None
ACCENT = QColor("#2f6db5")


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    color: str = "#2f6db5"
    tooltip: str = ""


@dataclass(frozen=True)
class Colors:
    text: QColor
    muted: QColor
    grid: QColor
    background: QColor | None  # None: leave the widget's background

    @staticmethod
    def paper() -> Colors:
        return Colors(QColor("#1d1f22"), QColor("#6b7078"), QColor("#e3e5e8"), QColor("#ffffff"))

    @staticmethod
    def of(widget: QWidget) -> Colors:
        p = widget.palette()
        return Colors(
            p.color(QPalette.ColorRole.WindowText),
            p.color(QPalette.ColorRole.PlaceholderText),
            p.color(QPalette.ColorRole.Midlight),
            None,
        )


class Chart(QWidget):
    """A chart that paints itself onto any painter; subclasses implement :meth:`draw`."""

    MARGIN = 16

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.empty_text = translate("Chart", "Nothing to show for these filters.")
        self._hits: list[tuple[QRectF, str]] = []  # areas with a tooltip, in widget coordinates
        self.setMinimumHeight(160)

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._hits = []
        self.paint(painter, QRectF(self.rect()), Colors.of(self), collect=True)
        painter.end()

    def paint(self, painter: QPainter, rect: QRectF, colors: Colors, *, collect: bool = False) -> None:
        if colors.background is not None:
            painter.fillRect(rect, colors.background)
        font = QFont(self.font())
        area = rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        if self.title:
            bold = QFont(font)
            bold.setBold(True)
            bold.setPointSizeF(font.pointSizeF() * 1.1)
            painter.setFont(bold)
            painter.setPen(colors.text)
            height = QFontMetrics(bold).height()
            painter.drawText(QRectF(area.left(), area.top(), area.width(), height), self.title)
            area.setTop(area.top() + height + 10)
        painter.setFont(font)
        if self.is_empty():
            painter.setPen(colors.muted)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        self.draw(painter, area, colors, collect)

    def is_empty(self) -> bool:
        raise NotImplementedError

    def draw(self, painter: QPainter, area: QRectF, colors: Colors, collect: bool) -> None:
        raise NotImplementedError

    def natural_height(self) -> int:
        return 400

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            pos = QPointF(event.pos())
            tip = next((text for rect, text in self._hits if rect.contains(pos)), "")
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # -- export ---------------------------------------------------------------------
    def export_size(self) -> QSize:
        return QSize(max(self.width(), 760), max(self.natural_height(), 240))

    def image_bytes(self, fmt: str) -> bytes:
        """The chart as an ``"svg"`` or ``"png"`` file's bytes; raises OSError when it cannot."""
        size = self.export_size()
        rect = QRectF(0, 0, size.width(), size.height())
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if fmt == "svg":
            if QSvgGenerator is None:
                raise OSError(
                    translate("Chart", "SVG export needs QtSvg, which this installation lacks; save as PNG")
                )
            generator = QSvgGenerator()
            generator.setOutputDevice(buffer)
            generator.setSize(size)
            generator.setViewBox(QRect(0, 0, size.width(), size.height()))
            generator.setTitle(self.title or translate("Chart", "Chart"))
            generator.setDescription("Testimony Annotator")
            painter = QPainter(generator)
            self.paint(painter, rect, Colors.paper())
            painter.end()
        else:
            scale = 2  # crisp in print and on high-density screens
            image = QImage(size * scale, QImage.Format.Format_ARGB32)
            image.setDevicePixelRatio(scale)
            image.fill(QColor("white"))
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.paint(painter, rect, Colors.paper())
            painter.end()
            if not image.save(buffer, "PNG"):
                raise OSError(translate("Chart", "cannot draw the chart as PNG"))
        data = bytes(buffer.data().data())
        if not data:
            raise OSError(translate("Chart", "the chart came out empty"))
        return data

    def save(self, path: str | Path, *, force: bool = False) -> Path:
        """Write the chart as SVG (``.svg``) or PNG (anything else), whole and owner-only.

        Raises OSError when it cannot be drawn, AnnotatorError when it cannot be written
        there (a project, an existing file without ``force``, a full disk).
        """
        target = Path(path)
        data = self.image_bytes("svg" if target.suffix.lower() == ".svg" else "png")
        with write_output(target, force=force) as fh:
            fh.write(data)
        return target


class BarChart(Chart):
    """Horizontal bars, largest first: how often each code was applied."""

    ROW = 22
    LABEL_WIDTH = 240

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("frequencyChart")
        self.bars: list[Bar] = []

    def set_bars(self, bars: list[Bar], title: str = "") -> None:
        self.bars, self.title = bars, title
        self.setMinimumHeight(self.natural_height())
        self.update()

    def is_empty(self) -> bool:
        return not self.bars

    def natural_height(self) -> int:
        return self.MARGIN * 2 + 40 + self.ROW * max(len(self.bars), 3)

    def draw(self, painter: QPainter, area: QRectF, colors: Colors, collect: bool) -> None:
        metrics = QFontMetrics(painter.font())
        labels = min(self.LABEL_WIDTH, max(metrics.horizontalAdvance(b.label) for b in self.bars) + 12)
        top = max(b.value for b in self.bars) or 1
        value_width = metrics.horizontalAdvance(str(top)) + 10
        plot = QRectF(area.left() + labels, area.top(), area.width() - labels - value_width, area.height())
        painter.setPen(colors.grid)
        for step in range(1, 5):  # quiet vertical guides at quarters of the largest value
            x = plot.left() + plot.width() * step / 4
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.top() + self.ROW * len(self.bars)))
        for i, bar in enumerate(self.bars):
            y = area.top() + i * self.ROW
            row = QRectF(area.left(), y, labels - 8, self.ROW)
            painter.setPen(colors.text)
            text = metrics.elidedText(bar.label, Qt.TextElideMode.ElideMiddle, int(row.width()))
            painter.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            width = plot.width() * bar.value / top
            shape = QRectF(plot.left(), y + 4, max(width, 1.5), self.ROW - 8)
            painter.fillRect(shape, QColor(bar.color))
            painter.setPen(colors.muted)
            number = QRectF(shape.right() + 4, y, value_width, self.ROW)
            painter.drawText(
                number, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(bar.value)
            )
            if collect:
                self._hits.append((QRectF(area.left(), y, area.width(), self.ROW), bar.tooltip or bar.label))


def passage_units() -> tuple[str, str, str]:
    """What a passage heatmap's cells count, as its tooltips and legend say it: the diagonal's
    tooltip, another cell's tooltip, the legend of the grey diagonal."""
    return (
        translate("Heatmap", "{code}: {n} codings"),
        translate("Heatmap", "{a} × {b}: {n} overlapping pairs"),
        translate("Heatmap", "a code with itself (codings)"),
    )


class Heatmap(Chart):
    """A code × code matrix; colour is the count relative to the largest off-diagonal cell.

    The diagonal (a code with itself: its own codings or documents) would dwarf
    every pair, so it is drawn in grey with its number and kept off the scale.
    """

    LABEL_WIDTH = 200
    MAX_CELL = 30
    LEGEND = 36

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cooccurrenceChart")
        self.labels: list[str] = []
        self.tooltips: list[str] = []
        self.cells: list[list[int]] = []
        self.units = passage_units()

    def set_matrix(
        self, labels: list[str], cells: list[list[int]], title: str = "", tooltips: list[str] | None = None
    ) -> None:
        self.labels, self.cells, self.title = labels, cells, title
        self.tooltips = tooltips or labels
        self.setMinimumHeight(self.natural_height())
        self.update()

    def is_empty(self) -> bool:
        return not self.labels

    def natural_height(self) -> int:
        return (
            self.MARGIN * 2 + 40 + self.LABEL_WIDTH + self.MAX_CELL * max(len(self.labels), 3) + self.LEGEND
        )

    def export_size(self) -> QSize:
        n = max(len(self.labels), 3)
        return QSize(
            max(760, self.MARGIN * 2 + self.LABEL_WIDTH + self.MAX_CELL * n + 20), self.natural_height()
        )

    def draw(self, painter: QPainter, area: QRectF, colors: Colors, collect: bool) -> None:
        n = len(self.labels)
        metrics = QFontMetrics(painter.font())
        label_w = min(self.LABEL_WIDTH, max(metrics.horizontalAdvance(s) for s in self.labels) + 12)
        cell = max(6.0, min(self.MAX_CELL, (area.width() - label_w) / n, (area.height() - label_w) / n))
        left, top = area.left() + label_w, area.top() + label_w
        pairs = [self.cells[i][j] for i in range(n) for j in range(n) if i != j]
        peak = max(pairs, default=0) or 1
        small = QFont(painter.font())
        small.setPointSizeF(max(6.0, painter.font().pointSizeF() * 0.8))
        for i, label in enumerate(self.labels):
            y = top + i * cell
            painter.setPen(colors.text)
            text = metrics.elidedText(label, Qt.TextElideMode.ElideMiddle, int(label_w - 8))
            painter.drawText(
                QRectF(area.left(), y, label_w - 8, cell),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            painter.save()  # the column label, written upwards above its column
            painter.translate(left + i * cell + cell / 2, top - 6)
            painter.rotate(-90)
            painter.drawText(
                QRectF(0, -cell / 2, label_w - 8, cell),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            painter.restore()
        painter.setFont(small)
        for i in range(n):
            for j in range(n):
                value = self.cells[i][j]
                shape = QRectF(left + j * cell, top + i * cell, cell, cell)
                if i == j:
                    fill = QColor(colors.grid)
                else:
                    fill = QColor(ACCENT)
                    fill.setAlphaF(0.06 + 0.94 * value / peak if value else 0.0)
                painter.fillRect(shape.adjusted(0.5, 0.5, -0.5, -0.5), fill)
                if value and cell >= 18:
                    strong = i != j and value / peak > 0.55
                    painter.setPen(QColor("white") if strong else colors.text)
                    painter.drawText(shape, Qt.AlignmentFlag.AlignCenter, str(value))
                if collect:
                    tip = (
                        self.units[0].format(code=self.tooltips[i], n=value)
                        if i == j
                        else self.units[1].format(a=self.tooltips[i], b=self.tooltips[j], n=value)
                    )
                    self._hits.append((shape, tip))
        painter.setPen(colors.grid)
        painter.drawRect(QRectF(left, top, cell * n, cell * n))
        self._legend(painter, QPointF(left, top + cell * n + 14), peak, colors)

    def _legend(self, painter: QPainter, at: QPointF, peak: int, colors: Colors) -> None:
        """A five-step scale from 1 to the largest pair, and what the grey diagonal means."""
        metrics = QFontMetrics(painter.font())
        size, x = 14.0, at.x()
        painter.setPen(colors.muted)
        for text, fill in (("1", None), *((None, step / 4) for step in range(5)), (str(peak), None)):
            if text is not None:
                width = metrics.horizontalAdvance(text) + 6
                painter.drawText(QRectF(x, at.y(), width, size), Qt.AlignmentFlag.AlignCenter, text)
                x += width
                continue
            swatch = QColor(ACCENT)
            swatch.setAlphaF(0.06 + 0.94 * (fill or 0.0))
            painter.fillRect(QRectF(x, at.y(), size, size), swatch)
            x += size
        painter.fillRect(QRectF(x + 24, at.y(), size, size), colors.grid)
        painter.drawText(
            QRectF(x + 24 + size + 6, at.y(), 420, size),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.units[2],
        )
