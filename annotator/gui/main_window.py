"""The main window: assembles the docks, menus and controllers. No SQL, no rules here.

Controllers never see this class: they get the window as one of the narrow
protocols of :mod:`annotator.gui.workbench`, answered by the panels through
:class:`~annotator.gui.window_bench.PanelWorkbench` and by the session and
status-bar methods here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from annotator.core import config
from annotator.core.analysis.find import Found, find_in_documents
from annotator.core.changes import ChangeSet, own_codings_only
from annotator.gui import content_warnings, pairs, prompts, team, trust, window_state
from annotator.gui.actions import build_actions, shortcut_rows
from annotator.gui.cases.controller import CaseController
from annotator.gui.cases.panel import CasesPanel
from annotator.gui.codebook_ops import CodebookOps
from annotator.gui.codebook_panel import CodebookPanel
from annotator.gui.coders import CoderController
from annotator.gui.coding import CodingController
from annotator.gui.content_warnings.gate import WarningGate
from annotator.gui.content_warnings.interstitial import WarningInterstitial
from annotator.gui.dialogs.about import AboutDialog
from annotator.gui.dialogs.shortcuts import ShortcutsDialog
from annotator.gui.document_view import DocumentView
from annotator.gui.empty_state import NO_DOCUMENTS, NO_PROJECT, EmptyState
from annotator.gui.find_bar import FindBar
from annotator.gui.i18n import translate
from annotator.gui.language_menu import LanguageMenu
from annotator.gui.memos import MemoController
from annotator.gui.models.documents import PASSAGES, WHOLE
from annotator.gui.pacing import PacingController
from annotator.gui.pacing_widgets import CareBar
from annotator.gui.panels import DocumentsPanel, MemoPanel, SegmentsPanel
from annotator.gui.presenter import ALL, MINE, DocumentPresenter
from annotator.gui.projects import ProjectController
from annotator.gui.search.controller import SearchController
from annotator.gui.search.panel import CorpusSearchPanel
from annotator.gui.session import ProjectSession
from annotator.gui.shortcut_guard import ShortcutGuard
from annotator.gui.values import ValuesController
from annotator.gui.values_editor import ValuesEditor
from annotator.gui.veil import VeilState
from annotator.gui.window_bench import PanelWorkbench

APP_NAME = "Testimony Annotator"  # the settings' and the desktop's name: never translated
D = Qt.DockWidgetArea


def app_title() -> str:
    """The app's name as the title bar and the About box show it, in the interface language."""
    return translate("MainWindow", "Testimony Annotator")


class MainWindow(PanelWorkbench, QMainWindow):
    """``MainWindow(); open_project(path)`` gives the full workbench on a project."""

    def __init__(self, *, coder: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(app_title())
        self.resize(1400, 900)
        self.setAcceptDrops(True)
        self.session: ProjectSession | None = None
        self.undo_group = QUndoGroup(self)
        self._undo_index, self._just_failed = 0, False
        self.undo_group.indexChanged.connect(self._undo_moved)
        self.view = DocumentView()
        self.view.setObjectName("documentView")
        self.view.setAccessibleName(translate("MainWindow", "Testimony text"))
        self.find_bar = FindBar(self.view)
        self.find_bar.search_all = self._find_everywhere
        self.find_bar.open_hit = self._open_hit
        self.values_editor = ValuesEditor()
        central = QWidget()
        box = QVBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        self.care_bar = CareBar()  # break reminders and session notes: quiet, never focused
        box.addWidget(self.care_bar)
        box.addWidget(self.find_bar)
        box.addWidget(self.view)
        self.empty = EmptyState()
        self.empty.hide()
        box.addWidget(self.empty)
        self.warning_panel = WarningInterstitial()
        self.warning_panel.hide()
        box.addWidget(self.warning_panel)
        box.addWidget(self.values_editor)
        self.setCentralWidget(central)
        self.presenter = DocumentPresenter(self.view, self)
        self.presenter.loaded.connect(self._document_loaded)
        self.documents, self.codebook = DocumentsPanel(), CodebookPanel()
        self.segments, self.memo_panel = SegmentsPanel(), MemoPanel()
        self.veil = VeilState(self)  # warned passages veiled for a coder who prefers it
        self.view.set_veil(self.veil)
        self.segments.set_veil(self.veil)
        self.cases_panel = CasesPanel()
        self.docks = {
            "documents": self._dock(
                translate("MainWindow", "Documents"), self.documents, D.LeftDockWidgetArea
            ),
            "cases": self._dock(translate("MainWindow", "Cases"), self.cases_panel, D.LeftDockWidgetArea),
            "codebook": self._dock(translate("MainWindow", "Codebook"), self.codebook, D.RightDockWidgetArea),
            "segments": self._dock(
                translate("MainWindow", "Coded segments"), self.segments, D.BottomDockWidgetArea
            ),
            "memo": self._dock(translate("MainWindow", "Memo"), self.memo_panel, D.BottomDockWidgetArea),
        }
        self.splitDockWidget(self.docks["segments"], self.docks["memo"], Qt.Orientation.Horizontal)
        self.splitDockWidget(self.docks["documents"], self.docks["cases"], Qt.Orientation.Vertical)
        self.resizeDocks([self.docks["documents"], self.docks["cases"]], [300, 220], Qt.Orientation.Vertical)
        self.resizeDocks(
            [self.docks["documents"], self.docks["codebook"]], [300, 400], Qt.Orientation.Horizontal
        )
        self.resizeDocks([self.docks["segments"]], [220], Qt.Orientation.Vertical)
        self.resizeDocks([self.docks["segments"], self.docks["memo"]], [900, 400], Qt.Orientation.Horizontal)
        self.search_panel = CorpusSearchPanel()
        self.docks["search"] = self._dock(
            self.search_panel.windowTitle(), self.search_panel, D.BottomDockWidgetArea
        )
        self.docks["search"].setObjectName("corpusSearch")
        self.search_panel.set_veil(self.veil)
        self.tabifyDockWidget(self.docks["segments"], self.docks["search"])
        self.docks["segments"].raise_()
        self.memos = MemoController(self.memo_panel, self)
        self.memos.current_document = lambda: self.presenter.document
        self.memos.set_veil(self.veil)
        self.coding = CodingController(self, self)
        self.values = ValuesController(self, self.values_editor, self.view.setFocus, self)
        self.codebook_ops = CodebookOps(self, self.coding)
        self.projects = ProjectController(self, coder, self)
        self.coders = CoderController(self, self.projects, self)
        self.case_ops = CaseController(self, self.cases_panel.model, self)
        self.search = SearchController(self, self.search_panel, self.coding, self)
        self.gate = WarningGate(self, self.warning_panel, self)
        self.pacing = PacingController(self, self.care_bar, parent=self)
        self._build_actions()
        self.shortcut_guard = ShortcutGuard(
            self, lambda: [key for action in self.actions.actions.values() for key in action.shortcuts()]
        )
        self._build_status()
        self._connect()
        window_state.restore(self, **self._layout())
        self.shortcut_guard.watch_all()
        self.update_state()

    # -- construction -----------------------------------------------------------
    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{widget.__class__.__name__[:-5].lower()}Dock")
        dock.setAccessibleName(title)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(area, dock)
        return dock

    def _build_actions(self) -> None:
        c, ops, p = self.coding, self.codebook_ops, self.projects
        handlers = {
            "file.new": p.new_dialog,
            "file.open": p.open_dialog,
            "file.save_copy": p.save_copy,
            "file.import": p.import_dialog,
            "file.close": p.close,
            "file.quit": self.close,
            "edit.find": self.find_bar.open_bar,
            "edit.find_next": lambda: self.find_bar.find(backwards=False),
            "edit.find_previous": lambda: self.find_bar.find(backwards=True),
            "edit.search": self.open_search,
            "edit.memo": self.memo_panel.editor.setFocus,
            "edit.attributes": self.projects.edit_attributes,
            "code.palette": c.open_palette,
            "code.apply": c.apply_selected_code,
            "code.in_vivo": c.in_vivo,
            "code.remove": c.remove,
            "code.recode": c.recode,
            "code.values": self.values.edit,
            "code.fields": ops.fields,
            "code.labels": ops.edit_labels,
            "code.default_labels": ops.add_default_labels,
            "code.add": ops.add,
            "code.add_child": ops.add_child,
            "code.rename": ops.rename,
            "code.recolor": ops.recolor,
            "code.recolor_siblings": ops.recolor_siblings,
            "code.shortcut": ops.set_shortcut,
            "code.move": ops.move,
            "code.merge": ops.merge,
            "code.delete": ops.delete,
            "code.autocode": ops.autocode,
            "code.filter": self.focus_filter,
            "case.new": self.case_ops.new_case,
            "case.choose": self.case_ops.choose,
            "case.link_selection": self.case_ops.link_selection,
            "case.unlink_selection": self.case_ops.unlink_selection,
            "case.link_document": self.case_ops.link_document,
            "case.unlink_document": self.case_ops.unlink_document,
            "case.edit": self.focus_case_editor,
            "case.merge": self.case_ops.merge,
            "case.delete": self.case_ops.delete,
            "case.timeline": self.case_ops.timeline,
            "view.focus_cases": self.focus_cases,
            "team.switch_coder": self.coders.switch,
            "team.own_codings_only": lambda: self.coders.set_own_codings_only(
                self.actions["team.own_codings_only"].isChecked()
            ),
            "view.mine": lambda: self.coders.set_mode(MINE),
            "view.all": lambda: self.coders.set_mode(ALL),
            "view.color_by_coder": lambda: self.set_color_by_coder(self.color_by_coder),
            "view.reveal_veiled": lambda: self.veil.set_reveal_all(
                self.actions["view.reveal_veiled"].isChecked()
            ),
            "view.zoom_in": self.view.zoom_in,
            "view.zoom_out": self.view.zoom_out,
            "view.zoom_reset": self.view.zoom_reset,
            "view.focus_documents": self.documents.view.setFocus,
            "view.focus_text": self.view.setFocus,
            "view.focus_codes": self.codebook.tree.setFocus,
            "view.focus_segments": self.segments.table.setFocus,
            "view.focus_memo": self.memo_panel.editor.setFocus,
            "help.shortcuts": self.show_shortcuts,
            "help.about": self.show_about,
            **team.handlers(self, self),
            **trust.handlers(self, self.projects, self),
            **pairs.handlers(self),
            **content_warnings.handlers(self, self),
        }
        self.recent_menu, self.coder_menu, panels = QMenu(self), QMenu(self), QMenu(self)
        self.code_language_menu = QMenu(self)
        self.code_language_menu.setObjectName("codeLanguageMenu")
        for dock in self.docks.values():
            panels.addAction(dock.toggleViewAction())
        self.toolbar = self.addToolBar(translate("MainWindow", "Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions = build_actions(
            self,
            handlers,
            undo=self.undo_group.createUndoAction(self),
            redo=self.undo_group.createRedoAction(self),
            submenus={
                "file.recent": self.recent_menu,
                "view.one_coder": self.coder_menu,
                "view.panels": panels,
                "view.language": LanguageMenu(self.show_status, self),
                "code.label_language": self.code_language_menu,
            },
            menubar=self.menuBar(),
            toolbar=self.toolbar,
        )
        self.actions["view.all"].setChecked(True)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.coder_menu.aboutToShow.connect(
            lambda: self.coders.fill_menu(self.coder_menu, self.actions["view.mine"].actionGroup())
        )
        self.code_language_menu.aboutToShow.connect(lambda: ops.fill_language_menu(self.code_language_menu))
        a = self.actions
        self.codebook.menu_actions = [
            a["code.apply"],
            None,
            a["code.add_child"],
            a["code.rename"],
            a["code.recolor"],
            a["code.recolor_siblings"],
            a["code.shortcut"],
            a["code.fields"],
            a["code.labels"],
            a["code.warnings"],
            None,
            a["code.move"],
            a["code.merge"],
            a["code.delete"],
            None,
            a["code.autocode"],
        ]
        self.segments.table.addActions([a["code.values"], a["code.remove"], a["code.recode"]])
        self.documents.view.addActions(
            [
                a["edit.attributes"],
                a["edit.memo"],
                a["edit.document_warnings"],
                a["case.link_document"],
                a["case.unlink_document"],
            ]
        )
        self.segments.table.addActions([a["case.link_selection"], a["case.unlink_selection"]])
        self.cases_panel.list.addActions(
            [a["case.timeline"], a["case.edit"], a["case.new"], a["case.merge"], a["case.delete"]]
        )

    def _build_status(self) -> None:
        self.coder_label = QLabel()
        self.coder_label.setObjectName("coderLabel")
        self.coder_label.setToolTip(translate("MainWindow", "The current coder (Team → Switch coder…)"))
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.statusBar().addPermanentWidget(self.coder_label)
        self.statusBar().addPermanentWidget(self.saved_label)

    def _connect(self) -> None:
        q = Qt.ConnectionType.QueuedConnection  # drops must finish before the model resets
        self.documents.documentSelected.connect(self._open_document)
        self.gate.accepted.connect(self._open_accepted)
        self.gate.declined.connect(self.documents.select)
        self.gate.watch(self.documents.view)
        self.codebook.codeActivated.connect(self.coding.apply_code)
        self.codebook.selectionChanged.connect(self._codes_selected)
        self.codebook.model.moveRequested.connect(self.codebook_ops.move_to, q)
        self.codebook.model.textDropped.connect(self.coding.apply_code, q)
        self.segments.segmentActivated.connect(self.jump_to)
        self.segments.valuesRequested.connect(self.values.edit)
        self.coding.applied.connect(self.values.offer)  # a code with value fields asks for them
        self.segments.codingsSelected.connect(self._codings_selected)
        self.view.codingsClicked.connect(self._codings_clicked)
        self.view.codingActivated.connect(lambda guid: self._codings_clicked([guid]))
        self.cases_panel.caseSelected.connect(self._case_selected)
        self.cases_panel.caseActivated.connect(self.case_ops.timeline)
        self.cases_panel.passagesToggled.connect(lambda _on: self._case_selected(self.cases_panel.current()))
        self.cases_panel.editor.editRequested.connect(self.case_ops.edit)
        a = self.actions
        self.coding.attach(
            self.view,
            [
                a["code.palette"],
                a["code.in_vivo"],
                None,
                a["code.values"],
                a["code.recode"],
                a["code.remove"],
                None,
                a["case.link_selection"],
                a["case.unlink_selection"],
            ],
        )
        self.view.setTabChangesFocus(True)  # read-only text: Tab moves on, it never types
        order = [
            self.documents.view,
            self.view,
            self.empty.primary,
            self.empty.secondary,
            self.codebook.filter,
            self.codebook.tree,
            self.codebook.detail,
        ]
        order += [self.segments.coder, self.segments.document, self.segments.table, self.memo_panel.editor]
        order += [self.cases_panel.filter, self.cases_panel.list, self.cases_panel.editor.label]
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)

    # -- project ------------------------------------------------------------------
    def open_project(self, path: str | Path, *, readonly: bool = False) -> bool:
        """Open ``path`` in this window; False when it was refused or cancelled."""
        return self.projects.open(path, readonly=readonly)

    def set_session(self, session: ProjectSession | None) -> None:
        self.memos.flush()
        self.values.close()
        self.codebook_ops.close_fields()  # it edits the previous project's codebook
        old, self.session = self.session, session
        if old is not None:
            old.changed.disconnect(self._changed)
            old.failed.disconnect(self._failed)
            self.undo_group.removeStack(old.undo_stack)
        if session is not None:
            session.changed.connect(self._changed)
            session.failed.connect(self._failed)
            self.undo_group.addStack(session.undo_stack)
            self._undo_index = session.undo_stack.index()
            self.undo_group.setActiveStack(session.undo_stack)
        self.codebook.reset_view_state()
        self.presenter.coder_mode, self.codebook.model.coder = ALL, None  # a new project shows everyone
        self.actions["view.all"].setChecked(True)
        self.veil.set_session(session)  # first: the views below ask it as they fill
        self.actions["view.reveal_veiled"].setChecked(False)
        self.veil.set_reveal_all(False)
        self.gate.set_session(session)
        self.presenter.set_session(session)
        for model in (self.documents.model, self.codebook.model, self.segments.model, self.cases_panel.model):
            model.set_session(session)
        self.memos.set_session(session)
        self.search.set_session(session)
        self.pacing.set_session(session)
        self.coding.rebuild_keys()
        self._fill_segment_filters()
        if session is not None and self.documents.model.rowCount():
            last = window_state.last_document(session.path)
            first = self.documents.model.document_at(0)
            self.documents.select(last if self.documents.model.row_of(last or "") >= 0 else first.guid)  # type: ignore[union-attr]
        self.update_state()

    def _changed(self, changes: ChangeSet) -> None:
        self.presenter.apply_changes(changes)  # first: the codebook's counts come from the view's codings
        self.documents.model.apply_changes(changes)
        if changes.extra.get("warnings") and self.gate.held is not None:
            self._open_document(self.gate.held)  # its warnings changed: ask again, or open it
        # The "here" counts are only needed when the codebook counts again; a tally moves them.
        recount = changes.codebook or changes.codes or not changes.counts_known
        self.codebook.model.apply_changes(changes, here=self._here() if recount else None)
        self.segments.model.apply_changes(changes)
        self.cases_panel.model.apply_changes(changes)
        self.memos.apply_changes(changes)
        self.values.apply_changes(changes)
        if changes.extra.get("fields") or changes.codebook:
            self.codebook.show_detail()  # the pane lists the code's value fields
            self.segments.update_values_column()
        if changes.codebook or changes.codes:
            self.coding.rebuild_keys()
        if changes.document_list or changes.attributes:
            self._fill_segment_filters()
        self.update_state()

    def _undo_moved(self, index: int) -> None:
        """Undo and redo say which step they took back or made again."""
        stack, before = self.undo_group.activeStack(), self._undo_index
        self._undo_index = index
        if stack is None or self.session is None or self.session.pushing or self._just_failed:
            return  # a failed step said why; that message stays
        if index < before and stack.command(index) is not None:
            self.show_status(
                translate("MainWindow", "Undone: {step} (Ctrl+Shift+Z redoes it).").format(
                    step=stack.command(index).text()
                )
            )
        elif index > before and stack.command(index - 1) is not None:
            self.show_status(
                translate("MainWindow", "Redone: {step}.").format(step=stack.command(index - 1).text())
            )

    def _failed(self, message: str) -> None:
        self.show_status(message)
        self._just_failed = True  # for this turn of the event loop (see _undo_moved)
        QTimer.singleShot(0, lambda: setattr(self, "_just_failed", False))

    def show_status(self, message: str, timeout: int = 8000) -> None:
        self.statusBar().showMessage(message, timeout)

    def update_state(self) -> None:
        s = self.session
        conditions = set()
        if s is not None:
            conditions.add("project")
            if not s.readonly:
                conditions |= {"writable", "coding"}
                if self.presenter.document:
                    conditions.add("selection")
                if self.codebook.selected_codes():
                    conditions.add("code")
            if self.cases_panel.current():
                conditions.add("case")
            if self.presenter.document:
                conditions.add("document")
        self.actions.update(conditions)
        self.actions["team.own_codings_only"].setChecked(s is not None and own_codings_only(s.store))
        name = s.store.info().name if s else ""
        if s is None:
            title = app_title()
        elif s.readonly:
            title = translate("MainWindow", "{project} [read-only] — {app}").format(
                project=name, app=app_title()
            )
        else:
            title = translate("MainWindow", "{project} — {app}").format(project=name, app=app_title())
        self.setWindowTitle(title)
        if s is None:
            coder = ""
        elif s.coder.name:
            coder = translate("MainWindow", "Coder: {coder}").format(coder=s.coder.name)
        else:
            coder = translate("MainWindow", "Coder: none (read-only)")
        self.coder_label.setText(coder)
        self.saved_label.setText(
            translate("MainWindow", "No project open")
            if s is None
            else translate("MainWindow", "Read-only")
            if s.readonly
            else translate("MainWindow", "All changes saved")
        )
        self._show_empty_state(name)

    def _show_empty_state(self, name: str) -> None:
        """No project, or no documents: the document area offers the next step instead of a blank."""
        s, a = self.session, self.actions
        empty = s is None or self.documents.model.rowCount() == 0
        if s is None:
            self.empty.show_state(
                NO_PROJECT,
                title=translate("MainWindow", "No project open"),
                hint=translate(
                    "MainWindow",
                    "Open a project file, or make a new one with a codebook. "
                    "You can also drop a project file on this window.",
                ),
                primary=a["file.open"],
                secondary=a["file.new"],
            )
        elif empty:
            self.empty.show_state(
                NO_DOCUMENTS,
                title=translate("MainWindow", "{project} has no documents yet").format(project=name)
                if name
                else translate("MainWindow", "This project has no documents yet"),
                hint=translate(
                    "MainWindow", "This project is open read-only, so no documents can be imported into it."
                )
                if s.readonly
                else translate(
                    "MainWindow",
                    "Import interview transcripts and statements (txt, docx, pdf, odt, rtf, html, md, "
                    "or a REFI-QDA project), or drop the files on this window.",
                ),
                primary=a["file.import"],
            )
        held = not empty and self.gate.held is not None
        if empty == self.view.isHidden() and not held and self.warning_panel.isHidden():
            return
        focus = QApplication.focusWidget()
        in_panel = focus is not None and self.warning_panel.isAncestorOf(focus)
        focused_here = focus is None or focus is self.view or self.empty.isAncestorOf(focus) or in_panel
        if empty or held:
            self.find_bar.hide()
        self.view.setVisible(not empty and not held)
        self.empty.setVisible(empty)
        self.warning_panel.setVisible(held)
        if held:
            self.gate.take_focus()
        elif in_panel and self.gate.focus_back is not None and self.gate.focus_back.isVisible():
            self.gate.focus_back.setFocus()  # back where the reader was (a search hit, the list)
        elif focused_here and self.isVisible():
            (self.empty.primary if empty else self.view).setFocus()

    # -- selection plumbing -----------------------------------------------------------
    def _open_document(self, guid: str | None) -> None:
        """Show ``guid``'s text, or (a warned document the coder wants to be asked about) the
        warning panel in its place until they choose (see ``content_warnings.gate``)."""
        held = guid is not None and self.gate.hold(guid)
        if not held:
            self.gate.release()
        shown = None if held else guid
        if shown and self.session is not None:
            window_state.remember_document(self.session.path, shown)
        self.values.document_opened(shown)
        self.presenter.open(shown)  # fills the counts and the segments when every coding is in
        if not self.presenter.complete or held:
            self.segments.model.set_current_document(None)  # not another document's rows meanwhile
        doc = self.documents.model.document_at(self.documents.model.row_of(shown)) if shown else None
        if doc is not None:
            self.memos.show("document", doc.guid)
        self.view.setPlaceholderText(
            "" if guid else translate("MainWindow", "Choose a testimony in the Documents list.")
        )
        if shown:
            self.gate.shown(shown)
        self.update_state()

    def _open_accepted(self, guid: str) -> None:
        """[Open] on the warning panel: the text, and the passage a jump asked for meanwhile."""
        self._open_document(guid)
        span = self.gate.take_span()
        if span is not None and self.presenter.document == guid:
            self.view.select_span(*span)

    def show_span(self, document: str, start: int, end: int) -> None:
        """Select a passage of ``document`` just asked to open (kept for later if it waits
        behind its warning panel)."""
        if not self.gate.defer_span(document, start, end):
            self.view.select_span(start, end)

    def _document_loaded(self, guid: str) -> None:
        """Every coding of the open document is in the view: counts and segments follow them."""
        self.codebook.model.set_document(guid, here=self._here())
        self.segments.model.set_current_document(guid)

    def _codes_selected(self, guids: list[str]) -> None:
        self.segments.model.set_codes(set(guids))
        if len(guids) == 1 and self.session is not None:
            code = self.session.tree.by_guid[guids[0]]
            self.memos.show("code", code.guid)
        self.update_state()

    def _codings_selected(self, guids: list[str]) -> None:
        if len(guids) == 1 and self.session is not None:
            self.memos.show_coding(guids[0])  # its title says whose coding it is

    def _codings_clicked(self, guids: list[str]) -> None:
        """A click on a highlight: select its coding, show its codes and its rows in the table."""
        self.view.set_selected_coding(guids[0] if guids else None)
        if not guids and self.memos.kind == "coding" and self.presenter.document:
            self.memos.show("document", self.presenter.document)  # no passage chosen any more
        if not guids or self.session is None:
            return
        model = self.segments.model
        if any(model.row_of(g) < 0 for g in guids) and model.codes:
            codes = list(dict.fromkeys(self.session.store.coding(g).code for g in guids))
            self.codebook.select_codes(codes)
        self.segments.select_codings(guids)
        self._codings_selected(guids[:1])

    def jump_to(self, coding_guid: str) -> None:
        """Open the coding's document and select its passage."""
        if self.session is None:
            return
        coding = self.session.store.coding(coding_guid)
        if self.presenter.document != coding.document:
            self.documents.select(coding.document)
        if self.gate.defer_span(coding.document, coding.start, coding.end):
            return  # behind its warning panel until the coder opens it
        self.view.select_span(coding.start, coding.end)
        self.view.set_selected_coding(coding.guid)
        self.view.setFocus()

    def _find_everywhere(self, text: str, case_sensitive: bool) -> Found:
        if self.session is None:
            return Found([], 0, True)
        return find_in_documents(self.session.store, text, case_sensitive=case_sensitive)

    def _open_hit(self, document: str, start: int, end: int) -> None:
        """A hit of Find in all documents: its document, the match selected (the focus stays)."""
        if self.presenter.document != document:
            self.documents.select(document)
        self.show_span(document, start, end)

    # -- small handlers -----------------------------------------------------------------
    def open_search(self) -> None:
        """The Search dock, shown and raised, its query box focused (Ctrl+Shift+F)."""
        dock = self.docks["search"]
        dock.show()
        dock.raise_()
        query = self.find_bar.edit.text() if self.find_bar.isVisible() else ""  # carried over
        if query and not self.search_panel.query.text():
            self.search_panel.query.setText(query)
        self.search_panel.focus_query()

    def focus_filter(self) -> None:
        self.docks["codebook"].show()
        self.codebook.filter.setFocus()
        self.codebook.filter.selectAll()

    def focus_cases(self) -> None:
        self.docks["cases"].show()
        self.cases_panel.list.setFocus()

    def focus_case_editor(self) -> None:
        self.docks["cases"].show()
        self.cases_panel.show_details.setChecked(True)
        self.cases_panel.editor.label.setFocus()
        self.cases_panel.editor.label.selectAll()

    def _case_selected(self, guid: str | None) -> None:
        """The chosen case: its documents marked in the list, its passages in the segments table
        when the panel asks, and the Case actions enabled."""
        session = self.session
        label = self.cases_panel.model.label_of(guid) if guid else ""
        marks: dict[str, str] = {}
        if session is not None and guid and label:
            whole = set(session.store.case_documents(guid))
            for coding in session.store.codings_of_case(guid):
                marks.setdefault(coding.document, WHOLE if coding.document in whole else PASSAGES)
            marks.update(dict.fromkeys(whole, WHOLE))
        self.documents.model.set_marks(label, marks)
        show = bool(guid and label and self.cases_panel.show_passages.isChecked())
        self.segments.model.set_case(guid if show else None, label)
        self.update_state()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in config.recent_projects():
            self.recent_menu.addAction(Path(path).name, lambda p=path: self.open_project(p)).setToolTip(path)
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(translate("MainWindow", "(none)")).setEnabled(False)

    def show_shortcuts(self) -> None:
        ShortcutsDialog(shortcut_rows(self.coding.key_list()), self).open()

    def show_about(self) -> None:
        AboutDialog(self).open()

    # -- window ---------------------------------------------------------------------------
    def _layout(self) -> dict[str, Any]:
        """The widgets whose layout ``window_state`` keeps besides the window's own."""
        return {"splitter": self.codebook.splitter, "header": self.segments.table.horizontalHeader()}

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        if len(paths) == 1 and paths[0].lower().endswith(prompts.PROJECT_SUFFIXES):
            self.open_project(paths[0])
        elif paths:
            self.projects.import_files(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.memos.flush()
        window_state.save(self, **self._layout())
        if self.projects.job is not None and not self.projects.job.done:
            self.projects.job.cancel()
            QThreadPool.globalInstance().waitForDone(10_000)
        self.pacing.quitting = True  # a session's note is kept for the next start, not shown
        self.projects.close()
        super().closeEvent(event)
