"""How codings are drawn on the text: backgrounds (CodingHighlighter); the stripes are in stripe_margin.py.

Highlights are QSyntaxHighlighter formats, computed lazily per visible block.

Formats set here live in each block's layout, not in the document: the text
and its (disabled) undo stack stay untouched and only blocks we ask for are
recomputed. Each block costs one interval query (O(log n + k)) and a sweep
over its k codings.

Overlaps stay legible without hovering: under each character the dominant
coding (the shortest, innermost one; the most recent among equals) is the
fill, and up to three further codings become underlines in their own colours,
stacked within the line (``decorations``, painted by the view). Where two
abutting codings of the same colour meet, the view draws a boundary, and
underlines stop short of their coding's ends, so two same-coloured passages
side by side never read as one.

QSyntaxHighlighter would highlight every block when the text is set; for a
1 MB testimony that alone blows the open budget. So blocks start "pending"
and are highlighted when they become visible (``ensure_visible``); a change
rehighlights the touched blocks that were already done and leaves the others
pending. Block numbers are stable because the document is read-only.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
)

from annotator.gui.intervals import IntervalIndex
from annotator.gui.positions import PositionMap, Row

# A change touching more blocks than this marks them pending instead of rehighlighting them now.
_EAGER_LIMIT = 300

# Fill alpha of the dominant coding on a light / dark base; a selected coding's fill is stronger.
_ALPHA_LIGHT = 80
_ALPHA_DARK = 100
_SELECTED_EXTRA = 70
_FIND_LIGHT = QColor(255, 176, 0, 170)
_FIND_DARK = QColor(255, 160, 0, 150)
_FIND = "\x00find"  # the sweep's key for find matches (never a GUID)
# At most this many further codings are drawn as underlines under a character; the stripes show all.
_UNDERLINES = 3

Piece = tuple[int, int, str, int, bool, bool]
"""An underline: block-relative Qt ``[q0, q1)``, coding key, stack level (0 nearest the
line's bottom), and whether ``q0``/``q1`` are the coding's own start/end (drawn with a gap there)."""

_LINE_W, _LINE_STEP, _GAP = 2.0, 3.0, 1.5  # underline thickness, stack step, gap at a coding's end (px)


class CodingHighlighter(QSyntaxHighlighter):
    """Paints codings, the selected coding and find matches; holds no business rules."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.positions = PositionMap("")
        self.codings = IntervalIndex()
        self.matches = IntervalIndex()
        self.color_of: Callable[[str], str] = lambda key: "#999999"
        # Sort key for "most recent" among codings of equal length (the view gives created_at).
        self.recency: Callable[[str], str] = lambda key: ""
        self.selected: str | None = None
        self.dark = False
        # Per highlighted block number: underlines of the codings under the dominant one, and the
        # block-relative Qt positions where two abutting codings of the same colour meet. The view
        # paints them over the text (QTextCharFormat has one underline per range, not a stack).
        self.decorations: dict[int, Decoration] = {}
        self.rect_cache: dict[int, tuple[tuple[int, float, float], Decoration, list[Any]]] = {}
        self.highlight_count = 0  # blocks highlighted so far: lets tests prove changes stay local
        self._formats: dict[tuple[int, int, int, bool, bool], QTextCharFormat] = {}
        self._rgb: dict[str, tuple[int, int, int]] = {}
        self._done = bytearray()  # per block number: 1 once highlighted with the current data
        self._loading = False
        self._forcing = False
        self.visible_blocks: Callable[[], tuple[int, int]] = lambda: (0, -1)  # set by the view

    # --- state -----------------------------------------------------------------------------------

    def set_dark(self, dark: bool) -> None:
        """Switch to the alphas tuned for a dark base; visible blocks are redone at once."""
        if dark != self.dark:
            self.dark = dark
            self.invalidate_colors()

    def invalidate_colors(self) -> None:
        """Colours changed (codebook edit, coder mode): drop caches, redo the visible blocks now."""
        self._formats.clear()
        self._rgb.clear()
        self.invalidate_all()

    def invalidate_all(self) -> None:
        """All codings replaced: every block pending, visible ones highlighted at once.

        Off-screen blocks keep stale formats until shown; nothing paints them before then.
        """
        self._done = bytearray(len(self._done))
        self.ensure_visible()

    def begin_load(self) -> None:
        """Call before setPlainText: skip the eager pass over every block."""
        self._loading = True

    def end_load(self) -> None:
        doc = self.document()
        self._loading = False
        self._done = bytearray(doc.blockCount() if doc is not None else 0)
        self.decorations = {}
        self.rect_cache = {}
        self.ensure_visible()

    def ensure_visible(self) -> None:
        """Highlight the pending blocks the view shows (cheap when none are pending)."""
        first, last = self.visible_blocks()
        self.ensure_blocks(first, last)

    def ensure_blocks(self, first: int, last: int) -> None:
        """Highlight pending blocks ``first..last`` (block numbers)."""
        doc = self.document()
        if doc is None:
            return
        done = self._done
        last = min(last, len(done) - 1)
        for n in range(max(0, first), last + 1):
            if not done[n]:
                self._forcing = True
                try:
                    self.rehighlightBlock(doc.findBlockByNumber(n))
                finally:
                    self._forcing = False

    def set_selected(self, key: str | None) -> None:
        """Outline one coding; only the blocks of the old and new selection are repainted."""
        if key == self.selected:
            return
        spans = [s for s in (self.codings.get(self.selected or ""), self.codings.get(key or "")) if s]
        self.selected = key
        self.rehighlight_spans(spans)

    def set_matches(self, spans: list[tuple[int, int]]) -> None:
        """Replace find matches; repaints the blocks of the old and the new ones."""
        old = [self.matches.span(key) for key in self.matches]
        self.matches = IntervalIndex((str(i), s, e) for i, (s, e) in enumerate(spans))
        self.rehighlight_spans([*old, *spans])

    # --- incremental repaint ---------------------------------------------------------------------

    def rehighlight_spans(self, spans: Iterable[tuple[int, int]]) -> None:
        """Rehighlight exactly the blocks touched by these code-point spans."""
        doc = self.document()
        if doc is None:
            return
        to_qt = self.positions.to_qt
        numbers: set[int] = set()
        for start, end in spans:
            qs, qe = to_qt(start), to_qt(end)
            first = doc.findBlock(qs).blockNumber()
            numbers.update(range(first, doc.findBlock(max(qs, qe - 1)).blockNumber() + 1))
        done = self._done
        numbers = {n for n in numbers if 0 <= n < len(done) and done[n]}  # pending ones wait anyway
        if len(numbers) > _EAGER_LIMIT:
            for n in numbers:
                done[n] = 0
        else:
            for n in sorted(numbers):
                self.rehighlightBlock(doc.findBlockByNumber(n))
        self.ensure_visible()

    # --- painting --------------------------------------------------------------------------------

    def forget(self, keys: Iterable[str]) -> None:
        """Drop cached colours of codings whose code (or coder) may have changed."""
        for key in keys:
            self._rgb.pop(key, None)

    def forget_all(self) -> None:
        """All codings replaced: a GUID seen before may now be a different code."""
        self._rgb.clear()

    def rgb_of(self, key: str) -> tuple[int, int, int]:
        rgb = self._rgb.get(key)
        if rgb is None:
            rgb = self._rgb[key] = QColor(self.color_of(key)).getRgb()[:3]
        return rgb

    def _format(self, r: int, g: int, b: int, selected: bool, found: bool) -> QTextCharFormat:
        """Formats are cached per fill colour, quantised (invisible at these alphas) to bound the cache."""
        key = (r & ~3, g & ~3, b & ~3, selected, found)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            if not found:
                bg = QColor(key[0], key[1], key[2], _ALPHA_DARK if self.dark else _ALPHA_LIGHT)
                if selected:
                    bg.setAlpha(bg.alpha() + _SELECTED_EXTRA)
                fmt.setBackground(bg)
            else:
                fmt.setBackground(_FIND_DARK if self.dark else _FIND_LIGHT)
                if not self.dark:
                    fmt.setForeground(QColor(0, 0, 0))
            self._formats[key] = fmt
        return fmt

    def highlightBlock(self, text: str) -> None:
        if self._loading:  # first: setPlainText calls this once per block (16,000 for 5 MB)
            return
        block = self.currentBlock()
        n = block.blockNumber()
        if n >= len(self._done):  # not expected (the text is read-only), but stay correct
            self._done.extend(bytes(n + 1 - len(self._done)))
        if not (self._forcing or self._done[n]):
            return  # pending: Qt's own passes must not pay for invisible blocks
        self._done[n] = 1
        self.highlight_count += 1
        if self.decorations.pop(n, None) is not None:
            self.rect_cache.pop(n, None)
        qpos = block.position()
        qlen = block.length() - 1
        if qlen <= 0:
            return
        pm = self.positions
        lo, hi = pm.to_cp(qpos), pm.to_cp(qpos + qlen)
        keys = self.codings.overlapping(lo, hi)
        found = self.matches.overlapping(lo, hi) if len(self.matches) else ()
        if not keys and not found:
            return
        identity = pm.is_identity
        to_qt = pm.to_qt

        def q(cp: int) -> int:
            return cp - lo if identity else to_qt(cp) - qpos

        span = self.codings.span
        # Dominance: the shortest (innermost) coding, then the most recent; rank 0 dominates.
        # The sweep works on ranks (ints): the dominant coding is min() of the active ranks.
        ordered = sorted(keys, key=self.recency, reverse=True)
        spans = {k: span(k) for k in keys}
        ordered.sort(key=lambda k: spans[k][1] - spans[k][0])
        rgb_of = self.rgb_of
        rgbs = [rgb_of(k) for k in ordered]
        # Events (pos, -1 end / +1 start, rank); ends sort before starts at the same position.
        events: list[tuple[int, int, int]] = []
        for r, key in enumerate(ordered):
            s, e = spans[key]
            events.append((s if s > lo else lo, 1, r))
            events.append((e if e < hi else hi, -1, r))
        for key in found:
            s, e = self.matches.span(key)
            events.append((s if s > lo else lo, 1, -1))
            events.append((e if e < hi else hi, -1, -1))
        events.sort()
        sel = ordered.index(self.selected) if self.selected in spans else -2
        active: set[int] = set()
        n_found = 0
        held: dict[int, tuple[int, int]] = {}  # rank -> (start cp, level) of its open underline
        pieces: list[Piece] = []
        boundaries: list[tuple[int, str]] = []
        prev = lo
        prev_dom = -1
        prev_end = -1
        i, count = 0, len(events)
        while i < count:
            pos = events[i][0]
            if pos > prev and (active or n_found):
                if active:
                    dom = min(active)
                    rgb = rgbs[dom]
                    if prev_dom >= 0 and prev_dom != dom and prev_end == prev and rgbs[prev_dom] == rgb:
                        boundaries.append((q(prev), ordered[dom]))
                    fmt = self._format(rgb[0], rgb[1], rgb[2], dom == sel, n_found > 0)
                    if dom in held:  # now the fill: its underline stops here
                        self._close(pieces, ordered[dom], held.pop(dom), prev, q)
                    if len(held) < _UNDERLINES and len(active) > len(held) + 1:
                        used = {level for _, level in held.values()}
                        # The next innermost first; an underline keeps its level until it ends.
                        for r in sorted(active):
                            if r == dom or r in held:
                                continue
                            level = next((n for n in range(_UNDERLINES) if n not in used), None)
                            if level is None:
                                break
                            used.add(level)
                            held[r] = (prev, level)
                else:
                    dom = -1
                    fmt = self._format(0, 0, 0, False, True)
                q0 = q(prev)
                self.setFormat(q0, q(pos) - q0, fmt)
                prev_dom, prev_end = dom, pos
            prev = pos
            while i < count and events[i][0] == pos:
                _, d, r = events[i]
                i += 1
                if r < 0:
                    n_found += d
                elif d > 0:
                    active.add(r)
                else:
                    active.discard(r)
                    piece = held.pop(r, None)
                    if piece is not None:
                        self._close(pieces, ordered[r], piece, pos, q)
        for r, piece in held.items():
            self._close(pieces, ordered[r], piece, prev, q)
        if pieces or boundaries:
            self.decorations[n] = (pieces, boundaries)

    def _close(
        self, pieces: list[Piece], key: str, piece: tuple[int, int], end: int, q: Callable[[int], int]
    ) -> None:
        """An underline of ``key`` from ``piece``'s start to ``end`` (code points) is complete."""
        if end <= piece[0]:
            return
        s, e = self.codings.span(key)
        pieces.append((q(piece[0]), q(end), key, piece[1], piece[0] == s, end == e))


Decoration = tuple[list[Piece], list[tuple[int, str]]]
Rect = tuple[str, bool, float, float, float, float]  # key, is a boundary, x, y from the block's top, w, h


def _block_rects(block: QTextBlock, found: Decoration) -> list[Rect]:
    """The rectangles of one block's decorations, relative to the block (x from the left edge).

    Text is measured once per (line, position); a line's start is its x (left-to-right text).
    """
    pieces, boundaries = found
    layout = block.layout()
    lines = []
    starts: list[int] = []
    xs: dict[tuple[int, int], float] = {}
    ltr = block.textDirection() != Qt.LayoutDirection.RightToLeft
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        start = line.textStart()
        starts.append(start)
        lines.append((start, start + line.textLength(), line, line.y(), line.height()))
        if ltr:
            xs[(i, start)] = line.x()

    def x_at(n: int, qt: int) -> float:
        x = xs.get((n, qt))
        if x is None:
            x = xs[(n, qt)] = lines[n][2].cursorToX(qt)[0]
        return x

    rects: list[Rect] = []
    count = len(lines)
    for q0, q1, key, level, own_start, own_end in pieces:
        n = max(0, bisect_right(starts, q0) - 1)
        while n < count:
            ts, te, _line, y, h = lines[n]
            if ts >= q1:
                break
            a, b = (q0 if q0 > ts else ts), (q1 if q1 < te else te)
            if a < b:
                x0 = x_at(n, a) + (_GAP if own_start and a == q0 else 0.0)
                x1 = x_at(n, b) - (_GAP if own_end and b == q1 else 0.0)
                if x1 - x0 >= 1:
                    rects.append((key, False, x0, y + h - _LINE_W - level * _LINE_STEP, x1 - x0, _LINE_W))
            n += 1
    for qb, key in boundaries:
        n = max(0, bisect_right(starts, qb) - 1)
        if n < count:
            _ts, _te, _line, y, h = lines[n]
            rects.append((key, True, x_at(n, qb) - 1.0, y + 1, 2.0, h - 2))
    return rects


def _grouped(rects: list[Rect]) -> list[tuple[str, bool, list[QRectF]]]:
    """Rectangles by (coding, kind), ready for one ``drawRects`` each."""
    groups: dict[tuple[str, bool], list[QRectF]] = {}
    for key, edge, x, y, w, h in rects:
        groups.setdefault((key, edge), []).append(QRectF(x, y, w, h))
    return [(key, edge, found) for (key, edge), found in groups.items()]


def paint_decorations(
    painter: QPainter,
    rows: list[Row],
    highlighter: CodingHighlighter,
    dx: float,
) -> None:
    """Underlines and same-colour boundaries of the visible rows (viewport coordinates).

    A block's rectangles are kept, in the block's own coordinates, until its decorations or
    its line layout change: a repaint (after a coding elsewhere, a scroll step back) measures
    no text and builds no rectangles, only translates and draws them.
    """
    decorations = highlighter.decorations
    if not decorations:
        return
    cache = highlighter.rect_cache
    rgb_of = highlighter.rgb_of
    dark = highlighter.dark
    colors: dict[tuple[tuple[int, int, int], bool], QColor] = {}
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    for _pos, top, block in rows:
        n = block.blockNumber()
        found = decorations.get(n)
        if found is None:
            continue
        layout = block.layout()
        count = layout.lineCount()
        first = layout.lineAt(0) if count else None
        geometry = (count, first.width(), first.height()) if first is not None else (0, 0.0, 0.0)
        entry = cache.get(n)
        if entry is None or entry[0] != geometry or entry[1] is not found:
            entry = cache[n] = (geometry, found, _grouped(_block_rects(block, found)))
        painter.translate(dx, top)
        for key, edge, rects in entry[2]:
            rgb = rgb_of(key)
            color = colors.get((rgb, edge))
            if color is None:
                color = QColor(*rgb)
                if edge:
                    color = color.lighter(170) if dark else color.darker(160)
                colors[(rgb, edge)] = color
            painter.setBrush(color)
            painter.drawRects(rects)
        painter.translate(-dx, -top)
    painter.restore()
