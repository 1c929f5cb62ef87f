"""How the main window answers the workbench protocols: by delegating to its panels.

``MainWindow`` mixes this in; the protocols themselves are in
:mod:`annotator.gui.workbench`. Kept apart from ``main_window.py`` so that module
stays about assembling the window, and so every answer a controller can get is
in one short place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.gui.presenter import ALL

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from annotator.gui.actions import ActionRegistry
    from annotator.gui.cases.panel import CasesPanel
    from annotator.gui.codebook_panel import CodebookPanel
    from annotator.gui.document_view import DocumentView
    from annotator.gui.memos import MemoController
    from annotator.gui.panels import DocumentsPanel, SegmentsPanel
    from annotator.gui.presenter import DocumentPresenter
    from annotator.gui.session import ProjectSession


class PanelWorkbench:
    """The answers of :class:`~annotator.gui.workbench.CodingBench`, ``CodebookBench``,
    ``ProjectBench``, ``CoderBench``, ``TeamBench``, ``CaseBench`` and ``TrustBench`` that come
    from the panels.

    The attributes below are set by the window's constructor.
    """

    session: ProjectSession | None
    view: DocumentView
    presenter: DocumentPresenter
    documents: DocumentsPanel
    codebook: CodebookPanel
    segments: SegmentsPanel
    cases_panel: CasesPanel
    memos: MemoController
    actions: ActionRegistry

    @property
    def dialog_parent(self) -> QWidget:
        return self  # type: ignore[return-value]  # mixed into a QMainWindow

    @property
    def current_document(self) -> str | None:
        return self.presenter.document

    def open_document(self, guid: str) -> None:
        self.documents.select(guid)

    @property
    def chosen_document(self) -> str | None:
        """The Documents list's current row (shown, or held behind its content warning)."""
        return self.documents.current()

    def selected_span(self) -> tuple[int, int] | None:
        return self.view.selected_span()

    def current_code(self) -> str | None:
        return self.codebook.current_code()

    def selected_codes(self) -> list[str]:
        return self.codebook.selected_codes()

    def select_codes(self, guids: list[str]) -> None:
        self.codebook.select_codes(guids)

    def selected_codings(self) -> list[str]:
        """Table rows when the table has focus, else the clicked highlight, else the table rows."""
        rows = self.segments.selected()
        if rows and self.segments.table.hasFocus():
            return rows
        chosen = self.view.selected_coding()
        if chosen:
            return [chosen]
        return rows

    def set_selected_coding(self, guid: str | None) -> None:
        self.view.set_selected_coding(guid)

    @property
    def current_case(self) -> str | None:
        return self.cases_panel.current()

    def select_case(self, guid: str | None) -> None:
        dock = self.cases_panel.parentWidget()
        if guid is not None and dock is not None and not dock.isVisible():
            dock.show()
        self.cases_panel.select(guid)

    def codings_to_link(self) -> list[str]:
        """Table rows when the table has focus, else the shown codings under the text selection
        (none if it covers only uncoded text), else the clicked highlight, else the table rows."""
        rows = self.segments.selected()
        if rows and self.segments.table.hasFocus():
            return rows
        span = self.view.selected_span()
        if span is not None and span[0] < span[1]:
            return [c.guid for c in self.view.codings_in(*span)]  # none: uncoded text, nothing to link
        chosen = self.view.selected_coding()
        return [chosen] if chosen else rows

    @property
    def coder_mode(self) -> str:
        return self.presenter.coder_mode

    def show_coder(self, mode: str) -> None:
        """The text first; the codebook's counts and the segments table follow in the next turn
        of the event loop (on a 5 MB testimony they are most of the switch's cost)."""
        self.presenter.set_coder_mode(mode)

        def follow() -> None:
            if self.presenter.coder_mode == mode:  # not already switched again
                self.codebook.model.set_coder(self.presenter.coder_filter(), here=self._here())
                self.segments.set_coder_filter(self.presenter.coder_filter())

        if self.presenter.large:
            self.presenter.after_paint(follow)
        else:
            follow()

    def refresh_coders(self) -> None:
        self.view.set_coder_colors(*self.presenter.coder_colors())
        self._fill_segment_filters()

    def _fill_segment_filters(self) -> None:
        store = self.session.store if self.session else None
        coders = [(c.guid, c.name) for c in store.coders()] if store else []
        self.segments.fill_filters(coders, [(d.guid, d.name) for d in self.documents.model.documents])

    @property
    def color_by_coder(self) -> bool:
        return self.actions["view.color_by_coder"].isChecked()

    def set_color_by_coder(self, on: bool) -> None:
        self.actions["view.color_by_coder"].setChecked(on)
        self.view.set_color_by_coder(on)

    def open_passage(self, document: str, start: int, end: int) -> None:
        if self.presenter.coder_mode != ALL:
            self.actions["view.all"].setChecked(True)
            self.show_coder(ALL)
        if self.presenter.document != document:
            self.documents.select(document)
        self.show_span(document, start, end)

    def show_span(self, document: str, start: int, end: int) -> None:
        """Select a passage of a document just asked to open (``MainWindow`` defers it while
        the document waits behind its content-warning panel)."""
        self.view.select_span(start, end)

    def undo_actions(self) -> list[QAction]:
        return [self.actions["edit.undo"], self.actions["edit.redo"]]

    def save_pending_edits(self) -> None:
        self.memos.flush()

    def _here(self) -> dict[str, int] | None:
        """Codings per code in the open document (the codebook's "here" column), or None."""
        return self.presenter.code_counts() if self.presenter.document else None
