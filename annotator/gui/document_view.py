"""The read-only text of one document with coding highlights and a stripe margin.

A QPlainTextEdit lays out lazily, so MB-sized testimonies open fast; highlights
come from CodingHighlighter (layout formats, never document formats) and the
margin paints one bar per coding for the visible blocks only. Offsets in the
public API are code points; Qt's UTF-16 positions stay inside this module via
PositionMap. The view emits intentions (clicks, resize requests) and never
writes to the project: the session applies changes and calls back.
"""

from __future__ import annotations

import html
import re
import zlib
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from annotator.core.model import Coding
from annotator.gui.highlighter import CodingHighlighter, paint_decorations
from annotator.gui.intervals import IntervalIndex, Lanes
from annotator.gui.legend import CoderLegend
from annotator.gui.positions import PositionMap, Row, char_at, line_number, line_pieces, visible_rows
from annotator.gui.stripe_margin import StripeMargin
from annotator.gui.veil import Region, VeilState, paint_bar
from annotator.gui.word_snap import snap

FONT_FAMILIES = [
    "Noto Sans",
    "Noto Sans CJK KR",
    "Noto Sans CJK SC",
    "Malgun Gothic",
    "Apple SD Gothic Neo",
    "Microsoft YaHei",
    "PingFang SC",
    "sans-serif",
]
_EMPTY: Mapping[str, str] = MappingProxyType({})
_FALLBACK = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7"]


class DocumentView(QPlainTextEdit):
    """Read-only, selectable text with coding highlights; see module docstring."""

    codingsClicked = Signal(list)
    codingActivated = Signal(str)
    resizeRequested = Signal(str, int, int)
    painted = Signal()  # after each paint of the text (a large document's rest loads after the first)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentView")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        font = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(max(12.0, QFont().pointSizeF() + 2))
        self.setFont(font)
        self._base_font = QFont(font)
        doc = self.document()
        doc.setUndoRedoEnabled(False)
        doc.setDocumentMargin(14)
        self.text = ""
        self.positions = PositionMap("")
        self.index = IntervalIndex()
        self.lanes = Lanes()
        self._codings: dict[str, Coding] = {}
        # The codings and index of coder views shown before (View → one coder and back): kept
        # until anything in the document changes, so switching back costs no rebuild.
        # Views kept for a coder filter: codings by GUID, their index, their packed lanes (None
        # while the lanes were still waiting for load_lanes).
        self._kept: dict[str, tuple[dict[str, Coding], IntervalIndex, Lanes | None]] = {}
        self._lanes_packed = False
        self._kept_key: str | None = None
        self._code_colors: dict[str, str] = {}
        self._code_labels: dict[str, str] = {}
        self._code_keys: dict[str, str] = {}
        self._coder_colors: dict[str, str] = {}
        self._coder_names: dict[str, str] = {}
        self._by_coder = False
        # A coding's typed values as one line for its tooltip (the presenter reads the store).
        self.values_line: Callable[[str], str] = lambda _guid: ""
        # The cases a coding belongs to, as one line for its tooltip (empty: none).
        self.cases_line: Callable[[str], str] = lambda _guid: ""
        self._selected: str | None = None
        self._passage: tuple[int, int] | None = None  # a marked passage, drawn above the fills
        self._find_key: tuple[str, bool] | None = None
        self._match_starts: list[int] = []
        self._match_len = 0
        self._press: QPoint | None = None
        self._drag_anchor: int | None = None  # code point where a drag began (word snapping)
        # Warned passages veiled for this coder (see gui/veil.py): bars painted over the text.
        self.veil: VeilState | None = None
        self.veil_document: str | None = None  # the open document's GUID (the presenter sets it)
        self.highlighter = CodingHighlighter(doc)
        self.highlighter.color_of = self.color_of
        self.highlighter.recency = self._recency
        self.highlighter.visible_blocks = self.visible_blocks
        self.verticalScrollBar().valueChanged.connect(self.highlighter.ensure_visible)
        self.margin = StripeMargin(self, self)
        self.legend = CoderLegend(self)
        self.updateRequest.connect(self._on_update_request)
        self._apply_palette()
        self._update_margin_width()

    # --- data in -------------------------------------------------------------------------------

    def set_document(
        self,
        text: str,
        codings: Sequence[Coding],
        *,
        labels: Mapping[str, str] = _EMPTY,
        colors: Mapping[str, str] = _EMPTY,
        keys: Mapping[str, str] | None = None,
        narrow_if_uncoded: bool = False,
    ) -> None:
        """Show a new text. ``labels``/``colors`` are merged into those already known (one codebook);
        ``keys`` (codes' shortcut keys, for the stripe labels) replace them when given.
        ``narrow_if_uncoded``: a text with no coding gets a margin of bars only, no label column
        (a second view beside another, where a wide empty margin is wasted; codings added later
        still get their bars, and the text never re-wraps)."""
        self._code_labels.update(labels)
        self._code_colors.update(colors)
        if keys is not None:
            self._code_keys = dict(keys)
        self.text = text
        self.positions = PositionMap(text)
        self.highlighter.positions = self.positions
        self._selected = self.highlighter.selected = None
        self._passage = None
        self._find_key, self._match_starts = None, []
        self.highlighter.matches = IntervalIndex()
        self.forget_kept()
        self._load_codings(codings)
        if self._by_coder:
            self._fill_legend()
        # the margin's width is fixed here, until the next open
        self.margin.fit(self.lanes.count, labels=bool(codings) or not narrow_if_uncoded)
        self.highlighter.begin_load()
        self.setPlainText(text)
        self.highlighter.end_load()
        self._update_margin_width()
        if self.veil is not None:
            self._veil_changed()

    def set_veil(self, veil: VeilState) -> None:
        self.veil = veil
        veil.changed.connect(self._veil_changed)

    def _veil_changed(self) -> None:
        regions = self.veiled_regions()
        if self.veil is not None and regions:
            self.setAccessibleDescription(self.veil.accessible(regions))
        else:
            self.setAccessibleDescription("")
        self.viewport().update()

    def veiled_regions(self, start: int = 0, end: int | None = None) -> list[Region]:
        """The veiled regions of the open document overlapping ``[start, end)`` (default: all)."""
        if self.veil is None or self.veil_document is None or not self.text:
            return []
        return self.veil.veiled(self.veil_document, start, len(self.text) if end is None else end)

    def _veiled_at(self, pos: QPoint) -> list[Region]:
        cursor = self.cursorForPosition(pos)
        cp = self.positions.to_cp(cursor.position())
        return [r for r in self.veiled_regions(max(0, cp - 1), cp + 1) if r.start <= cp < r.end]

    def _paint_veils(self, painter: QPainter, rows: list[Row]) -> None:
        """Each veiled region: a neutral bar over its pieces of line, the text beneath not shown,
        "Veiled — <code>" on its first piece."""
        assert self.veil is not None
        first, last = rows[0][2], rows[-1][2]
        lo = self.positions.to_cp(first.position())
        hi = self.positions.to_cp(last.position() + last.length() - 1)
        dx = self.contentOffset().x()
        palette = self.palette()
        for region in self.veiled_regions(lo, hi + 1):
            qs, qe = self.positions.span_to_qt(region.start, region.end)
            label = self.veil.label([region])
            for rect in line_pieces(rows, qs, qe, dx):
                paint_bar(painter, rect.toAlignedRect(), palette, label)
                label = ""  # the code's name once, on the first line

    def selected_text(self) -> str:
        """The selection as a copy or a drag carries it: each veiled passage in it as one
        "[veiled: <warnings> — <code>]" marker, never its words (revealed ones as they are)."""
        cursor = self.textCursor()
        start = self.positions.to_cp(cursor.selectionStart())
        end = self.positions.to_cp(cursor.selectionEnd())
        parts, at = [], start
        veil = self.veil
        for region in self.veiled_regions(start, end):
            assert veil is not None  # veiled regions come from it
            parts.append(self.text[at : max(at, region.start)])
            parts.append(veil.marker([region]))
            at = max(at, region.end)
        parts.append(self.text[at:end])
        return "".join(parts)

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy and drag: plain text, veiled passages replaced by their marker (see selected_text)."""
        if not self.veiled_regions():
            return super().createMimeDataFromSelection()
        data = QMimeData()
        data.setText(self.selected_text())
        return data

    def clear_document(self) -> None:
        self.set_document("", [])

    def set_codings(self, codings: Sequence[Coding], *, lanes: bool = True, view: str | None = None) -> None:
        """Replace all codings (coder filter changed): visible blocks now, the rest when shown.

        ``lanes=False`` leaves the stripes' lanes to :meth:`load_lanes` (a large document's
        codings arrive in steps, so no single step holds the window up for long). ``view``
        names what ``codings`` are (a coder filter): the codings shown until now are kept under
        their name, and a view kept before is taken back without rebuilding its index.
        """
        self._keep_shown(view)
        kept = self._kept.pop(view, None) if view is not None else None
        if kept is not None and kept[0].keys() != {c.guid for c in codings}:
            kept = None
        if kept is None and view is not None:
            self.index = IntervalIndex()  # the old one may be kept: never rebuilt in place
        self._load_codings(codings, lanes=lanes, kept=kept)
        self._shown(view)

    @property
    def kept_key(self) -> str | None:
        """The name of the coder view shown now (None: not a named view)."""
        return self._kept_key

    def keeps(self, view: str) -> bool:
        """Whether ``view`` was shown before and nothing in the document changed since."""
        return view in self._kept

    def show_kept(self, view: str) -> None:
        """Show the kept ``view`` again as it was (see :meth:`keeps`): no coding is compared,
        indexed or packed again."""
        self._keep_shown(view)
        self._load_codings((), kept=self._kept.pop(view), lanes=False)  # lanes: kept, or load_lanes
        self._shown(view)

    @property
    def lanes_packed(self) -> bool:
        return self._lanes_packed

    def _keep_shown(self, view: str | None) -> None:
        """Switching to another named view: keep the one shown now (codings, index, lanes)."""
        if view is not None and self._kept_key is not None and self._kept_key != view:
            packed = self.lanes if self._lanes_packed else None
            self._kept[self._kept_key] = (self._codings, self.index, packed)
            self.lanes = Lanes()  # the kept one is never changed in place

    def _shown(self, view: str | None) -> None:
        self._kept_key = view
        if self._by_coder:
            self._fill_legend()
        if self._selected not in self._codings:
            self._selected = self.highlighter.selected = None
        self.highlighter.invalidate_all()
        self.margin.update()  # never wider: the text must not re-wrap under the reader

    def load_lanes(self) -> None:
        """Pack the stripes of every coding into lanes (after ``set_codings(..., lanes=False)``);
        nothing to do when a kept view brought its packed lanes back."""
        if self._lanes_packed:
            return
        self.lanes.load(self.index)
        self._lanes_packed = True
        self.margin.update()  # never wider: the text must not re-wrap under the reader

    def add_codings(self, codings: Sequence[Coding]) -> None:
        """Incremental: only blocks under the new spans (and old ones, if a guid moved) are redone."""
        spans = [(c.start, c.end) for c in codings]
        for c in codings:
            if (old := self._drop(c.guid)) is not None:
                spans.append(old)
            self._insert(c)
        self.highlighter.rehighlight_spans(spans)
        self.margin.update()  # never wider: the text must not re-wrap under the reader

    def remove_codings(self, guids: Iterable[str]) -> None:
        spans = [span for g in guids if (span := self._drop(g)) is not None]
        if self._selected not in self._codings:
            self._selected = self.highlighter.selected = None
        self.highlighter.rehighlight_spans(spans)
        self.margin.update()  # never wider: the text must not re-wrap under the reader

    def update_coding(self, coding: Coding) -> None:
        """A coding's span or code changed: repaint its old and new blocks."""
        old = self._drop(coding.guid)
        self._insert(coding)
        self.highlighter.rehighlight_spans([s for s in (old, (coding.start, coding.end)) if s])
        self.margin.update()  # never wider: the text must not re-wrap under the reader

    def set_code_colors(
        self,
        colors: Mapping[str, str],
        labels: Mapping[str, str] | None = None,
        keys: Mapping[str, str] | None = None,
    ) -> None:
        self._code_colors = dict(colors)
        if labels is not None:
            self._code_labels = dict(labels)
        if keys is not None:
            self._code_keys = dict(keys)
        self._recolor()

    def set_coder_colors(self, colors: Mapping[str, str], names: Mapping[str, str]) -> None:
        self._coder_colors = dict(colors)
        self._coder_names = dict(names)
        self._fill_legend()
        if self._by_coder:
            self._recolor()

    def set_color_by_coder(self, on: bool) -> None:
        """Colour codings by their coder; a legend above the text says whose colour is whose."""
        if on != self._by_coder:
            self._by_coder = on
            self._fill_legend()
            self.legend.setVisible(on)
            self._update_margin_width()
            self._recolor()

    def coder_color(self, coder: str) -> str:
        color = self._coder_colors.get(coder)
        return color or _FALLBACK[zlib.crc32(coder.encode()) % len(_FALLBACK)]

    def _fill_legend(self) -> None:
        coders = dict.fromkeys([*self._coder_names, *(c.coder for c in self._codings.values())])
        self.legend.set_entries([(self._coder_names.get(g, g[:8]), self.coder_color(g)) for g in coders])

    # --- selection -----------------------------------------------------------------------------

    def selected_span(self) -> tuple[int, int] | None:
        cur = self.textCursor()
        if not cur.hasSelection():
            return None
        return self.positions.span_to_cp(cur.selectionStart(), cur.selectionEnd())

    def select_span(self, start: int, end: int) -> None:
        """Select by code points; centre the span, or show its start when it is taller than the view."""
        pm = self.positions
        qs, qe = pm.span_to_qt(min(start, end), max(start, end))
        cur = QTextCursor(self.document())
        cur.setPosition(qs)
        cur.setPosition(qe, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cur)  # scrolls just enough to show the end; now place the span well
        first, last = line_number(self.document(), qs), line_number(self.document(), max(qs, qe - 1))
        block = self.document().findBlock(qs)
        line_h = block.layout().lineAt(0).height() if block.layout().lineCount() else 0
        lines = max(1, int(self.viewport().height() / max(1.0, line_h or self.fontMetrics().lineSpacing())))
        span_lines = last - first + 1
        top = first - (lines - span_lines) // 2 if span_lines <= lines * 0.8 else first - 1
        self.verticalScrollBar().setValue(max(0, top))
        self.margin.update()

    def set_selected_coding(self, guid: str | None) -> None:
        if guid is not None and guid not in self._codings:
            guid = None
        self._selected = guid
        self.highlighter.set_selected(guid)
        self.margin.update()

    def selected_coding(self) -> str | None:
        return self._selected

    def codings_at(self, cp: int) -> list[Coding]:
        keys = self.index.overlapping(cp, cp + 1)
        return sorted((self._codings[k] for k in keys), key=lambda c: (c.start, -c.end, c.guid))

    def codings_in(self, start: int, end: int) -> list[Coding]:
        """The shown codings that overlap ``[start, end)`` (code points), in text order."""
        if end <= start:
            return []
        keys = self.index.overlapping(start, end)
        return sorted((self._codings[k] for k in keys), key=lambda c: (c.start, c.end, c.guid))

    # --- find and zoom -------------------------------------------------------------------------

    def find(self, text: str, *, backwards: bool = False, case_sensitive: bool = False) -> bool:
        """Highlight every match and move the selection to the next/previous one, wrapping around."""
        if not text:
            self.clear_find()
            return False
        if self._find_key != (text, case_sensitive):
            flags = 0 if case_sensitive else re.IGNORECASE
            self._match_starts = [m.start() for m in re.finditer(re.escape(text), self.text, flags)]
            self._match_len = len(text)
            self._find_key = (text, case_sensitive)
            self.highlighter.set_matches([(s, s + self._match_len) for s in self._match_starts])
        starts = self._match_starts
        if not starts:
            return False
        span = self.selected_span()
        here = span[0] if span else self.positions.to_cp(self.textCursor().position())
        if backwards:
            i = bisect_left(starts, here) - 1  # -1 wraps to the last match
        else:
            i = (bisect_right(starts, here) if span else bisect_left(starts, here)) % len(starts)
        self.select_span(starts[i], starts[i] + self._match_len)
        return True

    def clear_find(self) -> None:
        self._find_key, self._match_starts = None, []
        self.highlighter.set_matches([])

    def zoom_in(self) -> None:
        self._zoom(1.1)

    def zoom_out(self) -> None:
        self._zoom(1 / 1.1)

    def zoom_reset(self) -> None:
        self.setFont(self._base_font)
        self.highlighter.ensure_visible()

    def _zoom(self, factor: float) -> None:
        font = QFont(self.font())
        font.setPointSizeF(min(48.0, max(6.0, font.pointSizeF() * factor)))
        self.setFont(font)
        self.highlighter.ensure_visible()

    # --- geometry helpers (also used by the margin) ---------------------------------------------

    @property
    def dark(self) -> bool:
        return self.highlighter.dark

    def codings_under(self, pos: QPoint) -> list[Coding]:
        qt = char_at(self, pos)
        return [] if qt is None else self.codings_at(self.positions.to_cp(qt))

    # --- colours and tooltips ------------------------------------------------------------------

    def color_of(self, key: str) -> str:
        c = self._codings.get(key)
        if c is None:
            return "#999999"
        if self._by_coder:
            return self.coder_color(c.coder)
        return self._code_colors.get(c.code) or "#999999"

    def stripe_label(self, key: str) -> str:
        """A stripe's label: the code's key (when it is one or two characters) and its own name."""
        c = self._codings.get(key)
        if c is None:
            return ""
        name = self._code_labels.get(c.code, "").rsplit("/", 1)[-1]
        shortcut = self._code_keys.get(c.code, "")
        return f"{shortcut} {name}".strip() if len(shortcut) <= 2 else name

    def _recency(self, key: str) -> str:
        c = self._codings.get(key)
        return c.created_at if c is not None else ""

    def tooltip_html(self, keys: Iterable[str]) -> str:
        rows: list[str] = []
        for key in keys:
            c = self._codings[key]
            swatch = self._code_colors.get(c.code, "#999999")
            path = html.escape(self._code_labels.get(c.code, c.code))
            coder = html.escape(self._coder_names.get(c.coder, c.coder[:8]))
            row = (
                f"<span style='color:{swatch}'>&#9632;</span> {path} "
                f"<span style='color:gray'>— {coder}</span>"
            )
            values = self.values_line(key)
            if values:
                row += f"<br>&nbsp;&nbsp;&nbsp;{html.escape(values)}"
            cases = self.cases_line(key)
            if cases:
                row += f"<br>&nbsp;&nbsp;&nbsp;<i>{html.escape(cases)}</i>"
            if row not in rows:
                rows.append(row)
        return "<qt style='white-space:pre'>" + "<br>".join(rows) + "</qt>"

    def _recolor(self) -> None:
        self.highlighter.invalidate_colors()
        self.margin.update()

    def _apply_palette(self) -> None:
        self.highlighter.set_dark(self.palette().color(QPalette.ColorRole.Base).lightness() < 128)
        self.margin.update()

    # --- coding bookkeeping --------------------------------------------------------------------

    def _load_codings(
        self,
        codings: Sequence[Coding],
        *,
        lanes: bool = True,
        kept: tuple[dict[str, Coding], IntervalIndex, Lanes | None] | None = None,
    ) -> None:
        """Show ``codings``; ``kept``: their view as built before (codings, index, lanes)."""
        packed = None
        if kept is not None:
            self._codings, self.index, packed = kept
        else:
            self._codings = {c.guid: c for c in codings}
            self.index.rebuild([(c.guid, c.start, c.end) for c in self._codings.values()])
        self.highlighter.codings = self.index
        self.highlighter.forget_all()
        if packed is not None:
            self.lanes, self._lanes_packed = packed, True
        elif lanes:
            self.lanes.load(self.index)
            self._lanes_packed = True
        else:
            self._lanes_later()

    def _lanes_later(self) -> None:
        """Until :meth:`load_lanes`: every bar in the first lane (new ones placed as usual)."""
        self.lanes.lane = dict.fromkeys(self._codings, 0)
        self.lanes._use = {0: len(self._codings)} if self._codings else {}
        self.lanes.count = 1 if self._codings else 0
        self._lanes_packed = False

    def forget_kept(self) -> None:
        """Something in the document changed: views kept for a coder filter are stale."""
        self._kept.clear()

    def _insert(self, c: Coding) -> None:
        self._kept.clear()
        self._codings[c.guid] = c
        self.index.add(c.guid, c.start, c.end)
        self.lanes.assign(c.guid, self.index)

    def _drop(self, guid: str) -> tuple[int, int] | None:
        self._kept.clear()
        if self._codings.pop(guid, None) is None:
            return None
        self.lanes.release(guid)
        self.highlighter.forget([guid])
        return self.index.remove(guid)

    def drag_coding_end(self, key: str, which: str, y: int) -> None:
        """A stripe end was dropped at viewport ``y``: request the line's start or end."""
        c = self._codings.get(key)
        if c is None:
            return
        x = 0 if which == "start" else self.viewport().width() - 1
        cp = self.positions.to_cp(self.cursorForPosition(QPoint(x, y)).position())
        if which == "start":
            self._request_resize(c, cp, c.end)
        else:
            self._request_resize(c, c.start, cp)

    def _request_resize(self, c: Coding, start: int, end: int) -> None:
        """Clamp to the text and to a non-empty span; emit only a real change."""
        n = len(self.text)
        if start != c.start:
            start = max(0, min(start, c.end - 1))
        if end != c.end:
            end = min(n, max(end, c.start + 1))
        if (start, end) != (c.start, c.end) and start < end:
            self.resizeRequested.emit(c.guid, start, end)

    # --- Qt overrides --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers()
        key = event.key()
        c = self._codings.get(self._selected or "")
        arrows = (Qt.Key.Key_Left, Qt.Key.Key_Right)
        if (
            c is not None
            and key in arrows
            and mods & Qt.KeyboardModifier.ShiftModifier
            and not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier)
        ):
            step = 1 if key == Qt.Key.Key_Right else -1
            if mods & Qt.KeyboardModifier.AltModifier:
                self._request_resize(c, c.start + step, c.end)
            else:
                self._request_resize(c, c.start, c.end + step)
            event.accept()
            return
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.veil is not None:
            cp = self.positions.to_cp(self.textCursor().position())
            regions = self.veiled_regions(max(0, cp - 1), cp + 1)
            if regions and self.veil_document is not None:  # Space or Enter on a bar reveals it
                self.veil.reveal(self.veil_document, regions[0].start, regions[0].end)
                event.accept()
                return
        if key == Qt.Key.Key_Escape and self._selected is not None:
            self.set_selected_coding(None)
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        left = event.button() == Qt.MouseButton.LeftButton
        self._press = event.position().toPoint() if left else None
        super().mousePressEvent(event)
        self._drag_anchor = self.positions.to_cp(self.textCursor().anchor()) if left else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._snap_drag(by_character=bool(event.modifiers() & Qt.KeyboardModifier.AltModifier))

    def _snap_drag(self, *, by_character: bool) -> None:
        """A drag selects whole words (see word_snap); with Alt, characters. Recomputed from the
        press point each time, so dragging back across it re-snaps the other way."""
        a = self._drag_anchor
        cur = self.textCursor()
        if a is None or not cur.hasSelection():
            return
        b = self.positions.to_cp(cur.position())
        if by_character:
            anchor, position = a, b
        else:
            start, end = snap(self.text, a, b)
            anchor, position = (start, end) if b >= a else (end, start)
        qa, qp = self.positions.to_qt(anchor), self.positions.to_qt(position)
        if (qa, qp) != (cur.anchor(), cur.position()):
            cur.setPosition(qa)
            cur.setPosition(qp, QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cur)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:  # the last step may have come from autoscroll
            self._snap_drag(by_character=bool(event.modifiers() & Qt.KeyboardModifier.AltModifier))
        self._drag_anchor = None
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        if (
            self._press is not None
            and event.button() == Qt.MouseButton.LeftButton
            and (pos - self._press).manhattanLength() < 4
            and not self.textCursor().hasSelection()
        ):
            veiled = self._veiled_at(pos)
            if veiled and self.veil is not None and self.veil_document is not None:
                self.veil.reveal(self.veil_document, veiled[0].start, veiled[0].end)  # a click reveals
            self.codingsClicked.emit([c.guid for c in self.codings_under(pos)])
        self._press = None

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            veiled = self._veiled_at(event.pos())
            if veiled and self.veil is not None:  # the bar's tooltip names the warning, not the text
                QToolTip.showText(event.globalPos(), self.veil.hint(veiled), self.viewport())
                return True
            found = [c.guid for c in self.codings_under(event.pos())]
            if found:
                QToolTip.showText(event.globalPos(), self.tooltip_html(found), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def visible_blocks(self) -> tuple[int, int]:
        """Numbers of the first and last visible block (the highlighter's lazy window)."""
        block = self.firstVisibleBlock()
        if not block.isValid():
            return 0, -1
        return block.blockNumber(), block.blockNumber() + len(visible_rows(self)) - 1

    def paintEvent(self, event) -> None:
        rows = visible_rows(self)  # once per paint: highlighting, underlines and outline share it
        if rows:  # safety net; scrolling and resizing did it already
            self.highlighter.ensure_blocks(rows[0][2].blockNumber(), rows[-1][2].blockNumber())
        super().paintEvent(event)
        veils = self.veil is not None and self.veil.active and self.veil_document is not None
        if rows and (self.highlighter.decorations or self._selected is not None or self._passage or veils):
            # Only the rows the paint exposes: a rehighlighted block repaints just its own rect.
            area = event.rect()
            tops = [row[1] for row in rows[1:]] + [float(self.viewport().height())]
            rows = [
                row
                for row, bottom in zip(rows, tops, strict=True)
                if bottom >= area.top() and row[1] <= area.bottom()
            ]
            painter = QPainter(self.viewport())
            painter.setClipRect(area)
            paint_decorations(painter, rows, self.highlighter, self.contentOffset().x())
            if self._selected is not None:
                self._outline_selected(painter, rows)
            if self._passage is not None:
                self._paint_passage(painter, rows)
            if veils:
                self._paint_veils(painter, rows)  # last: nothing is drawn over a veil
            painter.end()
        self.painted.emit()

    def _outline_selected(self, painter: QPainter, rows: list[Row]) -> None:
        """Outline the selected coding's visible line pieces: one rounded rectangle per visual line."""
        span = self.index.get(self._selected or "")
        if span is None:
            return
        color = QColor(*self.highlighter.rgb_of(self._selected or ""))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(color.lighter(160) if self.dark else color.darker(150), 1.5))
        qs, qe = self.positions.span_to_qt(*span)
        for rect in line_pieces(rows, qs, qe, self.contentOffset().x()):
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)

    def set_passage(self, span: tuple[int, int] | None) -> None:
        """Mark a passage (code points) above the coding colours, or none: a tint of the palette's
        highlight and an outline in it, readable on any fill, light or dark."""
        if span == self._passage:
            return
        self._passage = span
        self.viewport().update()

    @property
    def passage(self) -> tuple[int, int] | None:
        return self._passage

    def _paint_passage(self, painter: QPainter, rows: list[Row]) -> None:
        span = self._passage
        if span is None or span[1] <= span[0]:
            return
        color = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        tint = QColor(color)
        tint.setAlpha(45)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(color, 2))
        painter.setBrush(tint)
        qs, qe = self.positions.span_to_qt(*span)
        for rect in line_pieces(rows, qs, qe, self.contentOffset().x()):
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.highlighter.ensure_visible()
        self._place_margins()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()

    def _update_margin_width(self) -> None:
        """Apply the margin's width (fixed on opening a document) and the legend's height (only
        while colouring by coder): neither ever changes the text's width afterwards."""
        width = self.margin.width_hint()
        top = self.legend.height_hint() if self._by_coder else 0
        margins = self.viewportMargins()
        if (margins.left(), margins.top()) != (width, top):
            self.setViewportMargins(width, top, 0, 0)
            self._place_margins()
        self.margin.update()

    def _place_margins(self) -> None:
        cr = self.contentsRect()
        m = self.viewportMargins()
        self.margin.setGeometry(cr.left(), cr.top() + m.top(), m.left(), cr.height() - m.top())
        self.legend.setGeometry(cr.left(), cr.top(), cr.width(), m.top())

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        if dy or rect.width() > 8:  # skip cursor-blink slivers
            self.margin.update()
