"""The side-by-side view: an original and its translation, aligned sentence by sentence.

A window of its own (``translationView``), so the coder keeps the workbench as it was and can
put the pair on a second screen. Each side is a :class:`DocumentView` (the same highlights and
coding stripes as the workbench). Scrolling one side scrolls the other **by alignment**: the
bead at the top of the scrolled side is put at the top of the other, at the same fraction of
that bead, so a long paragraph on one side and its short translation stay level. The caret,
the selection or a clicked coding marks its aligned passage on both sides (outlined above the
coding colours); unaligned parts lie on a neutral tint from the palette (readable light and
dark). A side with no coding when the window opens has a narrow stripe margin (bars, no labels).

Correcting: select a passage on each side, Link these (Ctrl+L); Unlink (Ctrl+U) takes the
partner from the passages under the selection or caret of the side last used; Mirror coding
(Ctrl+Shift+M) puts the clicked coding's code on the aligned passage opposite, one undo step.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.core.alignment import ORIGINAL, TRANSLATION, Bead, Side, aligned_span, beads_at
from annotator.core.changes import ChangeSet, MirrorCoding, NothingAligned, RelinkSpans, UnlinkSpans
from annotator.core.store.translations import TranslationLink
from annotator.gui.document_view import DocumentView
from annotator.gui.i18n import translate
from annotator.gui.positions import line_number
from annotator.gui.session import ProjectSession


def nothing_aligned() -> str:
    return translate(
        "TranslationView",
        "Nothing is aligned with this passage: select a passage on each side, then Link these.",
    )


class TranslationView(QWidget):
    """An original (left) and its translation (right), scrolling together by alignment."""

    def __init__(self, session: ProjectSession, link: TranslationLink, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("translationView")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session, self.link = session, link
        self.docs = {ORIGINAL: link.original, TRANSLATION: link.translation}
        self.views: dict[Side, DocumentView] = {}
        self.titles: dict[Side, QLabel] = {}
        self.beads: list[Bead] = []
        self._starts: dict[Side, list[int]] = {}
        self._order: dict[Side, list[int]] = {}
        self._syncing = False
        self._summary = ""
        self.last_side: Side = ORIGINAL
        self.coding: tuple[Side, str] | None = None  # the clicked coding, for Mirror

        store = session.store
        names = {side: store.document(guid).name for side, guid in self.docs.items()}
        self.setWindowTitle(
            translate("TranslationView", "{original} ↔ {translation} — side by side").format(
                original=names[ORIGINAL], translation=names[TRANSLATION]
            )
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        languages = {ORIGINAL: link.original_language, TRANSLATION: link.translation_language}
        for side, object_name in ((ORIGINAL, "translationOriginal"), (TRANSLATION, "translationText")):
            column = QWidget()
            box = QVBoxLayout(column)
            box.setContentsMargins(0, 0, 0, 0)
            title = QLabel()
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setText(
                (
                    translate("TranslationView", "Original: {name}")
                    if side == ORIGINAL
                    else translate("TranslationView", "Translation: {name}")
                ).format(name=names[side] + (f" ({languages[side]})" if languages[side] else ""))
            )
            view = DocumentView()
            view.setObjectName(object_name)
            view.setAccessibleName(
                translate("TranslationView", "Original")
                if side == ORIGINAL
                else translate("TranslationView", "Translation")
            )
            box.addWidget(title)
            box.addWidget(view)
            splitter.addWidget(column)
            self.views[side], self.titles[side] = view, title
        self.link_button = QPushButton(translate("TranslationView", "&Link these"))
        self.link_button.setToolTip(
            translate("TranslationView", "The passages selected on each side translate each other (Ctrl+L)")
        )
        self.unlink_button = QPushButton(translate("TranslationView", "&Unlink"))
        self.unlink_button.setToolTip(
            translate(
                "TranslationView",
                "The selected passages lose their partner and are marked unaligned (Ctrl+U)",
            )
        )
        self.mirror_button = QPushButton(translate("TranslationView", "&Mirror coding"))
        self.mirror_button.setToolTip(
            translate(
                "TranslationView", "The clicked coding's code on the aligned passage opposite (Ctrl+Shift+M)"
            )
        )
        self.status = QLabel()
        self.status.setObjectName("translationStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.link_button, self.unlink_button, self.mirror_button):
            buttons.addWidget(button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self.link_button.clicked.connect(self.link_selection)
        self.unlink_button.clicked.connect(self.unlink_selection)
        self.mirror_button.clicked.connect(self.mirror)
        for keys, slot in (
            ("Ctrl+L", self.link_selection),
            ("Ctrl+U", self.unlink_selection),
            ("Ctrl+Shift+M", self.mirror),
        ):
            QShortcut(QKeySequence(keys), self, activated=slot)
        session.changed.connect(self._changed)
        self.resize(1200, 800)
        self._load()
        for side, view in self.views.items():
            other: Side = TRANSLATION if side == ORIGINAL else ORIGINAL
            view.verticalScrollBar().valueChanged.connect(lambda _v, s=side, o=other: self._sync(s, o))
            view.cursorPositionChanged.connect(lambda s=side: self._cursor_moved(s))
            view.selectionChanged.connect(lambda s=side: self._cursor_moved(s))
            view.codingsClicked.connect(lambda guids, s=side: self._coding_clicked(s, guids))

    # -- data --------------------------------------------------------------------------------------
    def _load(self) -> None:
        tree = self.session.tree
        colors = {g: c.color for g, c in tree.by_guid.items()}
        names = self.session.code_names
        labels = {g: names.path(g) for g in tree.by_guid}
        for side, view in self.views.items():
            guid = self.docs[side]
            view.set_document(
                self.session.store.document_text(guid),
                self.session.store.codings(document=guid),
                labels=labels,
                colors=colors,
                narrow_if_uncoded=True,  # an uncoded translation: no wide empty margin
            )
        self._load_beads()

    def _load_beads(self) -> None:
        self.beads = self.session.store.beads(self.link.translation)
        for side in (ORIGINAL, TRANSLATION):
            order = sorted(range(len(self.beads)), key=lambda i, s=side: self.beads[i].span(s))
            self._order[side] = order
            self._starts[side] = [self.beads[i].span(side)[0] for i in order]
        aligned = sum(b.aligned for b in self.beads)
        self._summary = translate(
            "TranslationView", "{aligned} aligned passages, {unaligned} unaligned parts"
        ).format(aligned=aligned, unaligned=len(self.beads) - aligned)
        self.status.setText(self._summary)
        self._mark()

    def _changed(self, changes: ChangeSet) -> None:
        if self.link.translation in changes.extra.get("translations", ()):
            if self.session.store.translation_link(self.link.translation) is None:
                self.close()  # unlinked (from the command line, or undone)
                return
            self._load_beads()
        for side, guid in self.docs.items():
            if guid in changes.documents or changes.codebook or changes.codes:
                self.views[side].set_codings(self.session.store.codings(document=guid))

    # -- marks -------------------------------------------------------------------------------------
    def _mark(self, passage: dict[Side, tuple[int, int]] | None = None) -> None:
        """Unaligned parts on a neutral tint (under the coding colours: they mark text, not a
        choice); ``passage``: the aligned passage on each side, outlined above the coding
        colours so it shows on coded text too (:meth:`DocumentView.set_passage`)."""
        palette = self.palette()
        quiet = QColor(palette.color(QPalette.ColorRole.Mid))
        quiet.setAlpha(70)
        for side, view in self.views.items():
            selections = []
            for bead in self.beads:
                start, end = bead.span(side)
                if not bead.aligned and end > start:
                    selections.append(self._selection(view, start, end, quiet, dotted=True))
            view.setExtraSelections(selections)
            view.set_passage(passage.get(side) if passage else None)

    @staticmethod
    def _selection(
        view: DocumentView, start: int, end: int, color: QColor, *, dotted: bool = False
    ) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        if dotted:  # a second cue besides the tint, for anyone who cannot tell the tint apart
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        selection.format = fmt
        qs, qe = view.positions.span_to_qt(start, end)
        cursor = QTextCursor(view.document())
        cursor.setPosition(qs)
        cursor.setPosition(qe, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        return selection

    def _show_partner(self, side: Side, start: int, end: int) -> tuple[int, int] | None:
        other: Side = TRANSLATION if side == ORIGINAL else ORIGINAL
        span = aligned_span(self.beads, side, start, end)
        if span is None:
            self._mark()
            return None
        own = [
            self.beads[i].span(side) for i in beads_at(self.beads, side, start, end) if self.beads[i].aligned
        ]
        mine = (min(s for s, _ in own), max(e for _, e in own))
        self._mark({side: mine, other: span})
        self._reveal(other, span[0])
        return span

    def _cursor_moved(self, side: Side) -> None:
        if self._syncing:
            return
        self.last_side = side
        view = self.views[side]
        span = view.selected_span()
        if span is None:
            cp = view.positions.to_cp(view.textCursor().position())
            span = (cp, cp)
        if self._show_partner(side, *span) is None:
            self.status.setText(self._summary)

    def _coding_clicked(self, side: Side, guids: list[str]) -> None:
        if not guids:
            self.coding = None
            return
        guid = guids[0]
        self.coding = (side, guid)
        self.last_side = side
        view = self.views[side]
        view.set_selected_coding(guid)
        coding = self.session.store.coding(guid)
        if self._show_partner(side, coding.start, coding.end) is None:
            self.status.setText(nothing_aligned())

    # -- scrolling ---------------------------------------------------------------------------------
    def _top(self, side: Side) -> int:
        view = self.views[side]
        return view.positions.to_cp(view.cursorForPosition(QPoint(0, 0)).position())

    def _bead_at(self, side: Side, cp: int) -> Bead | None:
        starts = self._starts.get(side) or []
        index = bisect.bisect_right(starts, cp) - 1
        while 0 <= index < len(starts):
            bead = self.beads[self._order[side][index]]
            if bead.span(side)[1] > bead.span(side)[0]:
                return bead
            index -= 1
        return None

    def _sync(self, side: Side, other: Side) -> None:
        """Put the bead at the top of ``side`` at the top of ``other``, at the same fraction."""
        if self._syncing or not self.beads:
            return
        cp = self._top(side)
        bead = self._bead_at(side, cp)
        if bead is None:
            return
        start, end = bead.span(side)
        o_start, o_end = bead.span(other)
        fraction = min(1.0, max(0.0, (cp - start) / max(1, end - start)))
        self._scroll_to(other, o_start + int(fraction * (o_end - o_start)))

    def _scroll_to(self, side: Side, cp: int) -> None:
        view = self.views[side]
        qt = view.positions.to_qt(cp)
        self._syncing = True
        try:
            view.verticalScrollBar().setValue(line_number(view.document(), qt))
        finally:
            self._syncing = False

    def _reveal(self, side: Side, cp: int) -> None:
        """Scroll ``side`` to ``cp`` only when it is out of sight."""
        view = self.views[side]
        qt = view.positions.to_qt(cp)
        rect = view.cursorRect(self._cursor(view, qt))
        if rect.top() < 0 or rect.bottom() > view.viewport().height():
            self._scroll_to(side, cp)

    @staticmethod
    def _cursor(view: DocumentView, qt: int) -> QTextCursor:
        cursor = QTextCursor(view.document())
        cursor.setPosition(qt)
        return cursor

    # -- corrections and mirror --------------------------------------------------------------------
    def _report(self, message: str) -> None:
        self.status.setText(message)

    def link_selection(self) -> None:
        spans = {side: view.selected_span() for side, view in self.views.items()}
        if spans[ORIGINAL] is None or spans[TRANSLATION] is None:
            self._report(
                translate("TranslationView", "Select a passage on each side first, then Link these.")
            )
            return
        change = RelinkSpans(
            translation=self.link.translation,
            original_span=spans[ORIGINAL],
            translation_span=spans[TRANSLATION],
            by=self.session.coder.guid,
        )
        if self.session.push(change) is not None:
            self._report(translate("TranslationView", "Linked the two passages."))

    def unlink_selection(self) -> None:
        side = self.last_side
        view = self.views[side]
        span = view.selected_span()
        if span is None:
            cp = view.positions.to_cp(view.textCursor().position())
            span = (cp, cp)
        change = UnlinkSpans(
            translation=self.link.translation,
            side=side,
            start=span[0],
            end=span[1],
            by=self.session.coder.guid,
        )
        try:
            if self.session.push(change, raising=(NothingAligned,)) is not None:
                self._report(
                    translate("TranslationView", "Unlinked: both passages are now marked unaligned.")
                )
        except NothingAligned:
            self._report(
                translate("TranslationView", "Nothing aligned there: the passage is already unaligned.")
            )

    def mirror(self) -> None:
        if self.coding is None:
            self._report(translate("TranslationView", "Click a coding first, then Mirror coding."))
            return
        side, guid = self.coding
        other: Side = TRANSLATION if side == ORIGINAL else ORIGINAL
        change = MirrorCoding(coding=guid, target=self.docs[other], coder=self.session.coder.guid)
        try:
            if self.session.push(change, raising=(NothingAligned,)) is not None:
                self._report(translate("TranslationView", "Mirrored the coding onto the other side."))
        except NothingAligned:
            self._report(nothing_aligned())
