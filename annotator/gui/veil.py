"""Veiled passages (issue 12, item 2): which warned passages this coder sees veiled, right now.

A coder whose care preference ``veil_warned`` is on (:mod:`annotator.gui.care_settings`) sees
every passage carrying a content warning as a neutral bar naming the code and the warning,
in the segments table and its preview, search hits, the review of disagreements, reports
and the document view. A warned *region* is a span coded with a code carrying a warning
(merged where such spans overlap or touch); a passage is veiled while it overlaps a region
not yet revealed. One region is revealed with a click, Space or Enter on its bar (for this
session only); View → Reveal veiled passages reveals all until unchecked.

Veiling is a way of showing: it never changes a stored text, a row count or a filter, and
it is per coder (another coder on the same project sees what their own preference says).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from annotator.core.changes import ChangeSet
from annotator.core.content_warnings import veiled_text
from annotator.gui import care_settings
from annotator.gui.i18n import translate
from annotator.gui.warning_names import display_name

if TYPE_CHECKING:
    from annotator.gui.session import ProjectSession


@dataclass(frozen=True, slots=True)
class Region:
    """A warned region of one document: code points ``[start, end)``, its warnings and codes."""

    document: str
    start: int
    end: int
    warnings: frozenset[str]
    codes: tuple[str, ...]  # code GUIDs whose codings mark it


class Regions:
    """A document's warned regions, disjoint and sorted: "which overlap this span?" by bisection."""

    def __init__(self, regions: list[Region]) -> None:
        self.regions = regions
        self._starts = [r.start for r in regions]

    def overlapping(self, start: int, end: int) -> list[Region]:
        hi = max(end, start + 1)
        i = bisect_left(self._starts, hi) - 1
        found = []
        while i >= 0 and self.regions[i].end > start:
            found.append(self.regions[i])
            i -= 1
        found.reverse()
        return found


def merge_regions(document: str, marks: list[tuple[int, int, frozenset[str], str]]) -> Regions:
    """Regions from ``(start, end, warnings, code)`` marks: overlapping or touching ones merged."""
    out: list[list] = []
    for s, e, warnings, code in sorted(marks, key=lambda m: (m[0], m[1])):
        if out and s <= out[-1][1]:
            last = out[-1]
            last[1] = max(last[1], e)
            last[2] = last[2] | warnings
            if code not in last[3]:
                last[3].append(code)
        else:
            out.append([s, e, warnings, [code]])
    return Regions([Region(document, s, max(e, s), w, tuple(c)) for s, e, w, c in out])


class VeilState(QObject):
    """What is veiled for the session's coder; views ask it per passage and redraw on ``changed``."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: ProjectSession | None = None
        self.enabled = False  # the coder's preference
        self.reveal_all = False  # View → Reveal veiled passages
        self._revealed: set[tuple[str, int, int]] = set()
        self._regions: dict[str, Regions] = {}
        self._code_warnings: dict[str, frozenset[str]] | None = None

    # -- state ------------------------------------------------------------------
    def set_session(self, session: ProjectSession | None) -> None:
        if self.session is not None:
            self.session.changed.disconnect(self._on_changed)
            self.session.coder_changed.disconnect(self.reload)
        self.session = session
        self._revealed.clear()
        if session is not None:
            session.changed.connect(self._on_changed)
            session.coder_changed.connect(self.reload)
        self.reload()

    def reload(self, *_: object) -> None:
        """Read the coder's preference again (a coder switched, or changed their preferences)."""
        session = self.session
        self.enabled = session is not None and care_settings.load(session.coder.name).veil_warned
        self._forget()
        self.changed.emit()

    def set_reveal_all(self, on: bool) -> None:
        if on != self.reveal_all:
            self.reveal_all = on
            if not on:
                self._revealed.clear()  # unchecking veils again, every passage
            self.changed.emit()

    @property
    def active(self) -> bool:
        return self.enabled and not self.reveal_all and self.session is not None

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.codings or changes.codebook or changes.codes or changes.extra.get("warnings"):
            self._forget()
            if self.active:  # nothing is veiled otherwise: the views need not look again
                self.changed.emit()  # (every coding reaches here: the text, tables and memo
                # would all redraw for nothing)

    def _forget(self) -> None:
        self._regions.clear()
        self._code_warnings = None

    # -- questions ----------------------------------------------------------------
    def code_warnings(self) -> dict[str, frozenset[str]]:
        if self._code_warnings is None:
            self._code_warnings = self.session.store.code_warnings() if self.session is not None else {}
        return self._code_warnings

    def regions(self, document: str) -> Regions:
        """The warned regions of ``document`` (read once per change)."""
        found = self._regions.get(document)
        if found is None:
            warned = self.code_warnings()
            marks = []
            if warned and self.session is not None:
                codings = self.session.store.codings(document=document, codes=sorted(warned))
                marks = [(c.start, c.end, warned[c.code], c.code) for c in codings]
            found = self._regions[document] = merge_regions(document, marks)
        return found

    def veiled(self, document: str, start: int, end: int) -> list[Region]:
        """The regions still veiled that ``[start, end)`` overlaps (empty: show it)."""
        if not self.active:
            return []
        return [
            r
            for r in self.regions(document).overlapping(start, end)
            if (r.document, r.start, r.end) not in self._revealed
        ]

    def reveal(self, document: str, start: int, end: int) -> bool:
        """Reveal, for this session, the regions ``[start, end)`` overlaps; False if none was veiled."""
        found = self.veiled(document, start, end)
        for r in found:
            self._revealed.add((r.document, r.start, r.end))
        if found:
            self.changed.emit()
        return bool(found)

    def trim_context(self, document: str, start: int, end: int, before: str, after: str) -> tuple[str, str]:
        """``before`` (the words just before ``start``) and ``after`` (just after ``end``) without
        any word that lies in a region still veiled: context never shows what a bar hides."""
        if not self.active:
            return before, after
        lo, hi = start - len(before), end + len(after)
        if before:
            cut = max((min(r.end, start) - lo for r in self.veiled(document, lo, start)), default=0)
            before = before[max(0, cut) :]
        if after:
            keep = min((max(r.start, end) - end for r in self.veiled(document, end, hi)), default=len(after))
            after = after[:keep]
        return before, after

    def marker(self, regions: list[Region]) -> str:
        """What a copy holds in place of a veiled passage: "[veiled: <warnings> — <codes>]"."""
        warnings = {display_name(w) for r in regions for w in r.warnings}
        return veiled_text(warnings, self._code_names(regions))

    def label(self, regions: list[Region]) -> str:
        """What the bar says: "Veiled — <code name>" (the codes marking the regions)."""
        return translate("Veil", "Veiled — {codes}").format(codes=self._code_names(regions))

    def accessible(self, regions: list[Region]) -> str:
        """What a screen reader says: "Veiled passage: <warning>"."""
        names = sorted({display_name(w) for r in regions for w in r.warnings})
        return translate("Veil", "Veiled passage: {warnings}").format(warnings=", ".join(names))

    def hint(self, regions: list[Region]) -> str:
        """The tooltip: the accessible text and how to reveal it."""
        return (
            self.accessible(regions)
            + "\n"
            + translate(
                "Veil",
                "Click, or press Space or Enter, to reveal it; View → Reveal veiled passages shows all.",
            )
        )

    def _code_names(self, regions: list[Region]) -> str:
        if self.session is None:
            return ""
        names = self.session.code_names
        tree = self.session.tree
        codes = dict.fromkeys(c for r in regions for c in r.codes if c in tree)
        return ", ".join(names.name(c) for c in codes) or "?"


VEILED_ROLE = Qt.ItemDataRole.UserRole + 40  # a cell's bar text when its passage is veiled, else None
SPAN_ROLE = Qt.ItemDataRole.UserRole + 41  # a row's passage as (document, start, end), to reveal it


def bar_colors(palette: QPalette) -> tuple[QPalette.ColorRole, QPalette.ColorRole]:
    """The bar's fill and text roles: the palette's mid tone and its button text (no colour of its
    own, readable in light and dark palettes)."""
    return QPalette.ColorRole.Mid, QPalette.ColorRole.ButtonText


def paint_bar(painter: QPainter, rect: QRect, palette: QPalette, text: str) -> None:
    """A neutral bar with ``text`` on it, over ``rect`` (opaque: nothing beneath shows through)."""
    fill, ink = bar_colors(palette)
    painter.save()
    painter.fillRect(rect, palette.color(fill))
    painter.setPen(palette.color(ink))
    inner = rect.adjusted(6, 0, -4, 0)
    shown = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, max(0, inner.width()))
    painter.drawText(inner, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown)
    painter.restore()


class VeilDelegate(QStyledItemDelegate):
    """Draws a veiled cell as a bar (selection still shown around it); others as usual."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        text = index.data(VEILED_ROLE)
        if not text:
            super().paint(painter, option, index)
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Highlight))
        paint_bar(painter, option.rect.adjusted(2, 2, -2, -2), option.palette, str(text))


class RevealOnClick(QObject):
    """Reveals the passage of a veiled row in ``view``: a click on a veiled cell (one whose model
    answers :data:`VEILED_ROLE`), or Space on the selected rows (each model row answers
    :data:`SPAN_ROLE`). Other keys and clicks go on as usual."""

    def __init__(self, view: QAbstractItemView, veil: VeilState) -> None:
        super().__init__(view)
        self.view, self.veil = view, veil
        self.viewport = view.viewport()  # kept: asked nothing of the view while it is being deleted
        view.installEventFilter(self)
        self.viewport.installEventFilter(self)

    def reveal_selected(self) -> bool:
        """Reveal the selected rows' passages (or the current row's); False if none was veiled."""
        view = self.view
        selection = view.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        if not rows and view.currentIndex().isValid():
            rows = [view.currentIndex()]
        done = False
        for index in rows:
            span = index.siblingAtColumn(0).data(SPAN_ROLE)
            if span:
                done = self.veil.reveal(*span) or done
        return done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Space and self.reveal_selected():
                return True
        elif watched is self.viewport and event.type() == QEvent.Type.MouseButtonRelease:
            assert isinstance(event, QMouseEvent)
            index = self.view.indexAt(event.position().toPoint())
            span = index.siblingAtColumn(0).data(SPAN_ROLE) if index.data(VEILED_ROLE) else None
            if span:
                self.veil.reveal(*span)
        return super().eventFilter(watched, event)
