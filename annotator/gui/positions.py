"""Code points <-> Qt UTF-16 positions, and Qt positions <-> pixels in a QPlainTextEdit.

Coding offsets are Unicode code points (Python indices, REFI-QDA units); Qt
counts UTF-16 code units, so every character outside the BMP (U+20000 𠀀, emoji)
takes two Qt positions. A document keeps a sorted list of its non-BMP
characters' code-point offsets and converts by bisect; with none (the usual
case for Hangul and common Han) the conversion is the identity and free.

The geometry helpers below work on visible blocks only (QPlainTextEdit lays
out lazily), so the margin and outline painting never touch the whole text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QTextBlock, QTextDocument, QTextLine
from PySide6.QtWidgets import QPlainTextEdit

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class PositionMap:
    """Converts offsets for one text; clamps out-of-range input to the text."""

    __slots__ = ("_astral", "_qt_starts", "length", "qt_length")

    def __init__(self, text: str) -> None:
        # Encoding is C speed and tells at once whether any character needs a surrogate pair
        # (the usual Hangul/Han/Latin text has none): then there is nothing to scan for.
        bmp_only = len(text.encode("utf-16-le")) == 2 * len(text)
        self._astral: list[int] = [] if bmp_only else [m.start() for m in _ASTRAL.finditer(text)]
        # Qt position of each non-BMP character's high surrogate: shifted by the pairs before it.
        self._qt_starts: list[int] = [cp + i for i, cp in enumerate(self._astral)]
        self.length = len(text)
        self.qt_length = len(text) + len(self._astral)

    @property
    def is_identity(self) -> bool:
        """True when the text is all BMP, so both units agree everywhere."""
        return not self._astral

    def to_qt(self, cp: int) -> int:
        """Qt position of the code point offset ``cp`` (0..len(text))."""
        if cp <= 0:
            return 0
        if cp >= self.length:
            return self.qt_length
        if not self._astral:
            return cp
        return cp + bisect_left(self._astral, cp)

    def to_cp(self, qt: int) -> int:
        """Code point offset of Qt position ``qt``; inside a surrogate pair, the character's start."""
        if qt <= 0:
            return 0
        if qt >= self.qt_length:
            return self.length
        if not self._astral:
            return qt
        before = bisect_right(self._qt_starts, qt - 1)  # pairs starting before qt
        if before and self._qt_starts[before - 1] == qt - 1:  # qt is the low surrogate
            return qt - 1 - (before - 1)
        return qt - before

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        """Both ends of a half-open span, for cursors and highlight ranges."""
        return self.to_qt(start), self.to_qt(end)

    def span_to_cp(self, start: int, end: int) -> tuple[int, int]:
        """Both ends of a Qt span; an end inside a pair is rounded up so the character stays whole."""
        cp_start = self.to_cp(start)
        cp_end = self.to_cp(end)
        if self.to_qt(cp_end) < min(end, self.qt_length):
            cp_end += 1
        return cp_start, cp_end


# --- Qt positions <-> pixels ---------------------------------------------------------------------

Row = tuple[int, float, QTextBlock]
"""A visible block: its Qt position, its top in viewport pixels, the block."""


def visible_rows(edit: QPlainTextEdit) -> list[Row]:
    """The blocks the viewport shows, top to bottom; lays them out, as painting would anyway."""
    block = edit.firstVisibleBlock()
    rows: list[Row] = []
    if not block.isValid():
        return rows
    top = edit.blockBoundingGeometry(block).translated(edit.contentOffset()).top()
    height = edit.viewport().height()
    while block.isValid() and top <= height:
        rows.append((block.position(), top, block))
        top += edit.blockBoundingRect(block).height()
        block = block.next()
    return rows


def line_extent(rows: list[Row], qt: int) -> tuple[int, int]:
    """Viewport top and bottom of the visual line holding ``qt`` (which must be in a visible row)."""
    i = max(0, bisect_right([row[0] for row in rows], qt) - 1)
    pos, top, block = rows[i]
    line = block.layout().lineForTextPosition(qt - pos)
    if not line.isValid():
        return round(top), round(top + block.layout().boundingRect().height())
    return round(top + line.y()), round(top + line.y() + line.height())


def line_pieces(rows: list[Row], qs: int, qe: int, dx: float = 0.0) -> Iterator[QRectF]:
    """One rectangle per visual line covered by the Qt span ``[qs, qe)``, for outlines."""
    for pos, top, block in rows:
        if pos + block.length() - 1 < qs or pos >= qe:
            continue
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            a = max(qs - pos, line.textStart())
            b = min(qe - pos, line.textStart() + line.textLength())
            if a < b:
                x0, x1 = line.cursorToX(a)[0], line.cursorToX(b)[0]
                yield QRectF(x0 + dx, top + line.y(), max(2.0, x1 - x0), line.height())


def line_number(doc: QTextDocument, qt: int) -> int:
    """Visual line of a Qt position in the vertical scroll bar's units (lays its block out)."""
    block = doc.findBlock(qt)
    if not block.isValid():
        return 0
    if not block.layout().lineCount():
        doc.documentLayout().blockBoundingRect(block)
    line = block.layout().lineForTextPosition(qt - block.position())
    return block.firstLineNumber() + (line.lineNumber() if line.isValid() else 0)


def char_at(edit: QPlainTextEdit, point: QPoint) -> int | None:
    """Qt position of the character under a viewport point; None past a line's end or on a blank line."""
    block = edit.cursorForPosition(point).block()
    if not block.isValid() or block.length() <= 1:
        return None
    geom = edit.blockBoundingGeometry(block).translated(edit.contentOffset())
    layout = block.layout()
    x, y = point.x() - geom.left(), point.y() - geom.top()
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        if line.y() <= y < line.y() + line.height():
            if not line.x() <= x < line.x() + line.naturalTextWidth():
                return None
            return block.position() + line.xToCursor(x, QTextLine.CursorPosition.CursorOnCharacter)
    return None
