"""What the document view shows: the open document, whose codings, in which colours.

The view itself (``document_view.py``) only draws; this keeps it in step with
the store after every ChangeSet, touching only the codings that changed.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from annotator.core.changes import ChangeSet
from annotator.core.errors import NotFound
from annotator.core.model import Coding
from annotator.gui.session import ProjectSession

if TYPE_CHECKING:
    from annotator.gui.document_view import DocumentView

CODER_COLORS = ("#d1495b", "#00798c", "#edae49", "#66a182", "#8d6cab", "#2e4057", "#c76d2a", "#4f86c6")
BULK = 200  # above this many touched codings, reloading them all is faster than one by one
ALL, MINE = "all", "mine"


class DocumentPresenter(QObject):
    def __init__(self, view: DocumentView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.session: ProjectSession | None = None
        self.document: str | None = None
        self.coder_mode = ALL  # ALL, MINE, or one coder's GUID
        self.visible: dict[str, str] = {}  # shown coding GUID -> its code
        self._colors: tuple[dict[str, str], dict[str, str]] = ({}, {})

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

    def code_colors(self) -> tuple[dict[str, str], dict[str, str]]:
        if self.session is None:
            return {}, {}
        tree = self.session.tree
        return {g: c.color for g, c in tree.by_guid.items()}, {g: tree.path(g) for g in tree.by_guid}

    def coder_colors(self) -> tuple[dict[str, str], dict[str, str]]:
        coders = self.session.store.coders() if self.session else []
        colors = {c.guid: c.color or CODER_COLORS[i % len(CODER_COLORS)] for i, c in enumerate(coders)}
        return colors, {c.guid: c.name for c in coders}

    # -- loading ------------------------------------------------------------
    def open(self, document: str | None) -> None:
        self.document = document
        if self.session is None or document is None:
            self.view.clear_document()
            self.visible = {}
            return
        text = self.session.store.document_text(document)
        codings = self._codings()
        self._colors = self.code_colors()
        colors, labels = self._colors
        self.view.set_document(text, codings, labels=labels, colors=colors)
        self.view.set_coder_colors(*self.coder_colors())
        self.visible = {c.guid: c.code for c in codings}

    def reload_codings(self) -> None:
        if self.document is not None:
            codings = self._codings()
            self.view.set_codings(codings)
            self.visible = {c.guid: c.code for c in codings}

    def apply_changes(self, changes: ChangeSet) -> None:
        if self.session is None:
            return
        if changes.codebook or changes.codes:
            colors = self.code_colors()
            if colors != self._colors:  # a coding also touches its code (counts): skip the repaint
                self._colors = colors
                self.view.set_code_colors(*colors)
        if self.document is None or self.document not in changes.documents:
            return
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
