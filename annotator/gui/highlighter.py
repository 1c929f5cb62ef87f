"""How codings are drawn on the text: backgrounds (CodingHighlighter); the stripes are in stripe_margin.py.

Highlights are QSyntaxHighlighter formats, computed lazily per visible block.

Formats set here live in each block's layout, not in the document: the text
and its (disabled) undo stack stay untouched, overlaps can be mixed per
character range, and only blocks we ask for are recomputed. Each block costs
one interval query (O(log n + k)) and a sweep over its k codings.

QSyntaxHighlighter would highlight every block when the text is set; for a
1 MB testimony that alone blows the open budget. So blocks start "pending"
and are highlighted when they become visible (``ensure_visible``); a change
rehighlights the touched blocks that were already done and leaves the others
pending. Block numbers are stable because the document is read-only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtGui import (
    QColor,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

from annotator.gui.intervals import IntervalIndex
from annotator.gui.positions import PositionMap

# A change touching more blocks than this marks them pending instead of rehighlighting them now.
_EAGER_LIMIT = 300

# (alpha for one coding, extra alpha per further overlapping coding, cap)
_ALPHA_LIGHT = (72, 30, 150)
_ALPHA_DARK = (92, 36, 185)
_FIND_LIGHT = QColor(255, 176, 0, 170)
_FIND_DARK = QColor(255, 160, 0, 150)


def mix_colors(colors: list[str], dark: bool = False) -> QColor:
    """Average the codes' colours; more overlapping codings give a stronger alpha so depth shows."""
    rgbs = [QColor(name).getRgb()[:3] for name in colors]
    n = len(rgbs)
    return _mixed(sum(c[0] for c in rgbs), sum(c[1] for c in rgbs), sum(c[2] for c in rgbs), n, dark)


def _alpha(n: int, dark: bool) -> int:
    one, step, cap = _ALPHA_DARK if dark else _ALPHA_LIGHT
    return min(cap, one + step * (n - 1))


def _mixed(r: int, g: int, b: int, n: int, dark: bool) -> QColor:
    return QColor(round(r / n), round(g / n), round(b / n), _alpha(n, dark))


class CodingHighlighter(QSyntaxHighlighter):
    """Paints codings, the selected coding and find matches; holds no business rules."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.positions = PositionMap("")
        self.codings = IntervalIndex()
        self.matches = IntervalIndex()
        self.color_of: Callable[[str], str] = lambda key: "#999999"
        self.selected: str | None = None
        self.dark = False
        self.highlight_count = 0  # blocks highlighted so far: lets tests prove changes stay local
        self._formats: dict[tuple[int, int, int, int, bool, bool], QTextCharFormat] = {}
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

    def rgb_of(self, key: str) -> tuple[int, int, int]:
        rgb = self._rgb.get(key)
        if rgb is None:
            rgb = self._rgb[key] = QColor(self.color_of(key)).getRgb()[:3]
        return rgb

    def _format(self, r: int, g: int, b: int, n: int, selected: bool, found: bool) -> QTextCharFormat:
        """Formats are cached per mixed colour, quantised (invisible at these alphas) to bound the cache."""
        if n:
            r, g, b = (r // n) & ~3, (g // n) & ~3, (b // n) & ~3
            n = min(n, 6)
        key = (r, g, b, n, selected, found)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            if n:
                bg = QColor(r, g, b, _alpha(n, self.dark))
                if selected:
                    bg.setAlpha(min(235, bg.alpha() + 70))
                fmt.setBackground(bg)
            if found:
                fmt.setBackground(_FIND_DARK if self.dark else _FIND_LIGHT)
                if not self.dark:
                    fmt.setForeground(QColor(0, 0, 0))
            self._formats[key] = fmt
        return fmt

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        if self._loading:
            return
        n = block.blockNumber()
        if n >= len(self._done):  # not expected (the text is read-only), but stay correct
            self._done.extend(bytes(n + 1 - len(self._done)))
        if not (self._forcing or self._done[n]):
            return  # pending: Qt's own passes must not pay for invisible blocks
        self._done[n] = 1
        self.highlight_count += 1
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
        # Sweep over (pos, +1/-1, r, g, b, is-coding, is-selected, is-find) events, keeping running sums.
        events: list[tuple[int, int, int, int, int, int, int, int]] = []
        span = self.codings.span
        rgb_of = self.rgb_of
        selected = self.selected
        for key in keys:
            s, e = span(key)
            r, g, b = rgb_of(key)
            sel = key == selected
            events.append((s if s > lo else lo, 1, r, g, b, 1, sel, 0))
            events.append((e if e < hi else hi, -1, r, g, b, 1, sel, 0))
        for key in found:
            s, e = self.matches.span(key)
            events.append((s if s > lo else lo, 1, 0, 0, 0, 0, 0, 1))
            events.append((e if e < hi else hi, -1, 0, 0, 0, 0, 0, 1))
        events.sort()
        identity = pm.is_identity
        to_qt = pm.to_qt
        sr = sg = sb = n = n_sel = n_found = 0
        prev = lo
        for pos, d, r, g, b, c, sel, f in events:
            if pos > prev and (n or n_found):
                q0, q1 = (prev - lo, pos - lo) if identity else (to_qt(prev) - qpos, to_qt(pos) - qpos)
                self.setFormat(q0, q1 - q0, self._format(sr, sg, sb, n, n_sel > 0, n_found > 0))
            prev = pos
            sr += d * r
            sg += d * g
            sb += d * b
            n += d * c
            n_sel += d * sel
            n_found += d * f
