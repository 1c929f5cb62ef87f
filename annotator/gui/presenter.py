"""What the document view shows: the open document, whose codings, in which colours.

The view itself (``document_view.py``) only draws; this keeps it in step with
the store after every ChangeSet, touching only the codings that changed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from annotator.core.changes import ChangeSet
from annotator.core.errors import NotFound
from annotator.core.model import Coding
from annotator.gui.models.cases import CaseLabels
from annotator.gui.models.values_text import ValueTexts
from annotator.gui.session import ProjectSession

if TYPE_CHECKING:
    from annotator.gui.document_view import DocumentView

CODER_COLORS = ("#d1495b", "#00798c", "#edae49", "#66a182", "#8d6cab", "#2e4057", "#c76d2a", "#4f86c6")
BULK = 200  # above this many touched codings, reloading them all is faster than one by one
PROGRESSIVE = 5_000
"""A document with more codings than this opens in two steps: the text with the codings of its
first pages (painted at once), then every coding, right after the first paint."""
HEAD_CHARS = 40_000  # the first pages: codings starting before this code point
REST_AFTER_MS = 250  # if the view does not paint (hidden), the rest loads after this anyway
ALL, MINE = "all", "mine"


class DocumentPresenter(QObject):
    """Keeps the view in step with the store; ``loaded`` says a document's codings are all shown.

    A large testimony (50,000 codings in 5 MB) opens progressively, so the reader sees it
    in a frame or two: ``open`` paints the text with the codings of its first pages, and
    the rest follow in the next turn of the event loop. ``loaded(document)`` fires when
    every coding is in the view (at once for an ordinary document), and only then are
    the codebook's counts and the segments table filled from them.
    """

    loaded = Signal(str)

    def __init__(self, view: DocumentView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.complete = True  # every coding of the open document is in the view
        self._token = 0
        self.session: ProjectSession | None = None
        self.document: str | None = None
        self.coder_mode = ALL  # ALL, MINE, or one coder's GUID
        self.visible: dict[str, str] = {}  # shown coding GUID -> its code
        # ``visible`` of each coder view the text view keeps (see DocumentView.set_codings):
        # taken back with it, so a switch back reads nothing from the project.
        self._kept_visible: dict[str, dict[str, str]] = {}
        self._colors: tuple[dict[str, str], dict[str, str]] = ({}, {})
        self.values = ValueTexts()
        view.values_line = self.values.line  # the coding tooltip shows its values
        self.cases = CaseLabels()
        view.cases_line = self.cases.line  # ... and the cases it belongs to

    @property
    def shown(self) -> set[str]:
        return set(self.visible)

    def code_counts(self) -> dict[str, int]:
        """Codings per code in the open document, as shown (the codebook's "here" column).

        Kept from what the view already holds, so a coding does not cost a count query.
        """
        return dict(Counter(self.visible.values()))

    def set_session(self, session: ProjectSession | None) -> None:
        self.session = session
        self.values.set_session(session)
        self.cases.set_session(session)
        self.open(None)

    # -- what is visible --------------------------------------------------
    def coder_filter(self) -> str | None:
        """The coder GUID whose codings are shown, or None for all coders."""
        if self.coder_mode == ALL or self.session is None:
            return None
        return self.session.coder.guid if self.coder_mode == MINE else self.coder_mode

    def set_coder_mode(self, mode: str) -> None:
        self.coder_mode = mode
        self.reload_codings()

    def _visible(self, coding: Coding) -> bool:
        wanted = self.coder_filter()
        return coding.document == self.document and (wanted is None or coding.coder == wanted)

    def _codings(self) -> list[Coding]:
        if self.session is None or self.document is None:
            return []
        wanted = self.coder_filter()
        return [c for c in self.session.codings_of(self.document) if wanted is None or c.coder == wanted]

    def code_colors(self) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
        """Each code's colour, path and shortcut key (for highlights, tooltips and stripe labels)."""
        if self.session is None:
            return {}, {}, {}
        tree = self.session.tree
        names = self.session.code_names  # labels in the language the project shows
        return (
            {g: c.color for g, c in tree.by_guid.items()},
            {g: names.path(g) for g in tree.by_guid},
            {g: c.shortcut for g, c in tree.by_guid.items() if c.shortcut},
        )

    def coder_colors(self) -> tuple[dict[str, str], dict[str, str]]:
        coders = self.session.store.coders() if self.session else []
        colors = {c.guid: c.color or CODER_COLORS[i % len(CODER_COLORS)] for i, c in enumerate(coders)}
        return colors, {c.guid: c.name for c in coders}

    # -- loading ------------------------------------------------------------
    def open(self, document: str | None) -> None:
        self.document = document
        self.view.veil_document = document
        self._kept_visible.clear()
        self._token += 1
        self.complete = True
        if self.session is None or document is None:
            self.view.clear_document()
            self.visible = {}
            return
        store = self.session.store
        text = store.document_text(document)
        self._colors = self.code_colors()
        colors, labels, keys = self._colors
        if store.coding_count(document) > PROGRESSIVE:
            wanted = self.coder_filter()
            codings = [
                c
                for c in store.codings(document=document, before=HEAD_CHARS)
                if wanted is None or c.coder == wanted
            ]
            self.complete = False
            self._after_first_paint(self._token)
        else:
            codings = self._codings()
        self.view.set_document(text, codings, labels=labels, colors=colors, keys=keys)
        self.view.set_coder_colors(*self.coder_colors())
        self.visible = {c.guid: c.code for c in codings}
        if self.complete:
            self.loaded.emit(document)

    def _after_first_paint(self, token: int) -> None:
        """Load the rest once the reader has seen the first pages: after the view's next paint,
        or after ``REST_AFTER_MS`` if it does not paint (a hidden window), whichever is first."""
        document = self.document or ""
        waiting = [True]

        def painted() -> None:
            if waiting[0]:
                waiting[0] = False
                self.view.painted.disconnect(painted)
                QTimer.singleShot(0, lambda: self._finish(document, token))

        self.view.painted.connect(painted)
        QTimer.singleShot(REST_AFTER_MS, painted)

    def _current(self, document: str, token: int) -> bool:
        return (
            not self.complete
            and token == self._token
            and self.session is not None
            and document == self.document
        )

    def _finish(self, document: str, token: int) -> None:
        """The rest of a large document's codings, in steps with the event loop running between:
        every coding into the view (its stripes still in one lane), then the lanes, then the
        counts and the segments (``loaded``). A change meanwhile is never lost: each step
        reads the session's codings of the document, which a change makes it read again."""
        if not self._current(document, token):
            return
        codings = self._codings()
        self.view.set_codings(codings, lanes=False)
        self.visible = {c.guid: c.code for c in codings}
        QTimer.singleShot(0, lambda: self._finish_lanes(document, token))

    def _finish_lanes(self, document: str, token: int) -> None:
        if not self._current(document, token):
            return
        self.view.load_lanes()
        QTimer.singleShot(0, lambda: self._finish_loaded(document, token))

    def _finish_loaded(self, document: str, token: int) -> None:
        if not self._current(document, token):
            return
        self.complete = True
        self.loaded.emit(document)

    def reload_codings(self) -> None:
        """Every coding of the open document again (a coder filter, a bulk change). A large
        document's stripe lanes are packed after the text has repainted, as when it opens:
        packing 50,000 codings is a tenth of a second the reader need not wait for. A coder
        view the text view still keeps (nothing changed in the document since it was shown)
        comes back as it was, without reading the codings again."""
        if self.document is None:
            return
        view = self.coder_filter() or ALL
        if self.view.kept_key is not None:
            self._kept_visible[self.view.kept_key] = self.visible
        visible = self._kept_visible.pop(view, None)
        if visible is not None and self.view.keeps(view):
            self.view.show_kept(view)
            self.visible = visible
        else:
            codings = self._codings()
            self.view.set_codings(codings, lanes=len(codings) <= PROGRESSIVE, view=view)
            self.visible = {c.guid: c.code for c in codings}
        if not self.view.lanes_packed:
            token = self._token
            self.after_paint(lambda: self._token == token and self.view.load_lanes())

    @property
    def large(self) -> bool:
        """Whether the open document holds more codings than are loaded in one go."""
        if self.session is None or self.document is None:
            return False
        return len(self.session.codings_of(self.document)) > PROGRESSIVE  # read once per change

    def after_paint(self, work: Callable[[], object]) -> None:
        """Run ``work`` once the view has painted (or after ``REST_AFTER_MS`` if it does not:
        a hidden window): what the reader sees first, the rest right after."""
        waiting = [True]

        def run() -> None:
            if waiting[0]:
                waiting[0] = False
                self.view.painted.disconnect(run)
                QTimer.singleShot(0, work)

        self.view.painted.connect(run)
        self.view.viewport().update()
        QTimer.singleShot(REST_AFTER_MS, run)

    def apply_changes(self, changes: ChangeSet) -> None:
        if self.session is None:
            return
        self.values.apply_changes(changes)
        self.cases.apply_changes(changes)
        if changes.codebook or changes.codes:
            colors = self.code_colors()
            if colors != self._colors:  # a coding also touches its code (counts): skip the repaint
                self._colors = colors
                self.view.set_code_colors(*colors)
        if self.document is None or self.document not in changes.documents:
            return
        self.view.forget_kept()  # a change in this document: no coder view kept before is current
        if changes.extra.get("reload") or len(changes.codings) > BULK:
            self.reload_codings()
            return
        added: list[Coding] = []
        removed: list[str] = []
        for guid in changes.codings:
            try:
                coding = self.session.store.coding(guid)
            except NotFound:
                coding = None
            if coding is not None and self._visible(coding):
                if guid in self.visible:
                    self.view.update_coding(coding)
                else:
                    added.append(coding)
                self.visible[guid] = coding.code
            elif guid in self.visible:
                removed.append(guid)
                del self.visible[guid]
        if removed:
            self.view.remove_codings(removed)
        if added:
            self.view.add_codings(added)
