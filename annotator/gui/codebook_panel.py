"""The codebook dock: filter box, the code tree and a pane with the code's definitions.

The tree keeps its expanded branches and selection across model resets (a
rename or move rebuilds the model), tracked by code GUID.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.dialogs.fields import fields_html
from annotator.gui.i18n import translate
from annotator.gui.models.codebook import GUID_ROLE, SEARCH_ROLE, CodebookModel


class CodebookPanel(QWidget):
    codeActivated = Signal(str)  # double-click or Enter on a code
    selectionChanged = Signal(list)  # selected code GUIDs

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CodebookModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterRole(SEARCH_ROLE)  # a code's shown (Korean, Chinese) and canonical name
        # Names change only through a model reset; re-filtering on every count update would
        # cost a walk of the tree per coding.
        self.proxy.setDynamicSortFilter(False)

        self.filter = QLineEdit()
        self.filter.setObjectName("codeFilter")
        self.filter.setPlaceholderText(translate("CodebookPanel", "Filter codes  (Ctrl+L)"))
        self.filter.setAccessibleName(translate("CodebookPanel", "Filter codes"))
        self.filter.setClearButtonEnabled(True)
        self.no_match = QLabel()
        self.no_match.setObjectName("codeFilterEmpty")
        self.no_match.setWordWrap(True)
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)
        self.no_match.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.no_match.hide()
        self.tree = QTreeView()
        self.tree.setObjectName("codeTree")
        self.tree.setAccessibleName(translate("CodebookPanel", "Codebook"))
        self.tree.setModel(self.proxy)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: ResizeToContents would measure every row after each count update.
        metrics = self.tree.fontMetrics()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        here_all = translate("CodebookModel", "Here / all")
        header.resizeSection(
            1, max(metrics.horizontalAdvance("000 / 000"), metrics.horizontalAdvance(here_all)) + 16
        )
        header.resizeSection(2, metrics.horizontalAdvance(translate("CodebookModel", "Key")) + 24)
        self.detail = QTextBrowser()
        self.detail.setObjectName("codeDetail")
        self.detail.setAccessibleName(translate("CodebookPanel", "Code definition"))
        self.detail.setOpenLinks(False)
        self.detail.setPlaceholderText(translate("CodebookPanel", "Select a code to read its definition."))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("codebookSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.filter)
        layout.addWidget(self.no_match)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.filter, self.tree)
        self.setTabOrder(self.tree, self.detail)

        self.menu_actions: list[QAction | None] = []  # set by the window; None = separator
        self._expanded: set[str] = set()
        self._selected: list[str] = []
        self._restoring = False
        self._first_load = True
        self.tree.expanded.connect(lambda i: self._track(i, True))
        self.tree.collapsed.connect(lambda i: self._track(i, False))
        self.tree.installEventFilter(self)
        self._viewport = self.tree.viewport()
        self._viewport.installEventFilter(self)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._restore)
        self.model.dataChanged.connect(lambda *_: self._show_detail())
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        self.model.modelReset.connect(self._say_matches)

    # -- selection --------------------------------------------------------
    def selected_codes(self) -> list[str]:
        return list(self._selected)

    def current_code(self) -> str | None:
        index = self.tree.currentIndex()
        if index.isValid() and self.tree.selectionModel().isSelected(index):
            return index.siblingAtColumn(0).data(GUID_ROLE)
        return self._selected[0] if self._selected else None

    def proxy_index(self, guid: str, column: int = 0) -> QModelIndex:
        return self.proxy.mapFromSource(self.model.index_for(guid, column))

    def select_codes(self, guids: list[str]) -> None:
        """Select these codes (expanding their parents), making the first current."""
        selection = QItemSelection()
        first = QModelIndex()
        for guid in guids:
            index = self.proxy_index(guid)
            if not index.isValid():
                continue
            parent = index.parent()
            while parent.isValid():
                self.tree.expand(parent)
                parent = parent.parent()
            selection.select(index, index.siblingAtColumn(self.proxy.columnCount() - 1))
            first = first if first.isValid() else index
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.tree.selectionModel().select(selection, flags)
        if first.isValid():
            self.tree.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.tree.scrollTo(first)

    def _selection_changed(self, *_: QItemSelection) -> None:
        if self._restoring:
            return
        rows = self.tree.selectionModel().selectedRows(0)
        self._selected = [i.data(GUID_ROLE) for i in rows]
        self._show_detail()
        self.selectionChanged.emit(list(self._selected))

    def show_detail(self) -> None:
        """Re-read the current code's definitions, fields and counts into the pane."""
        self._show_detail()

    def _show_detail(self) -> None:
        guid = self.current_code()
        code = self.model.tree.by_guid.get(guid or "")
        if code is None:
            self.detail.clear()
            return
        here, total = self.model.counts(code.guid)
        said = translate("CodebookPanel", "{here} codings in this document, {total} in all")
        counts = f"<p style='color: palette(mid)'>{said.format(here=here, total=total)}</p>"
        session = self.model.session
        fields = fields_html(session.store.code_fields(code.guid)) if session is not None else ""
        self.detail.setHtml(self.model.tooltip(code) + fields + counts)

    def _activated(self, index: QModelIndex) -> None:
        guid = index.siblingAtColumn(0).data(GUID_ROLE)
        if guid:
            self.codeActivated.emit(guid)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Double-click or Enter on a code applies it.

        Not ``activated`` (some styles map it to one click), and the raw double-click
        event rather than ``doubleClicked``, which needs a press on the same index first.
        """
        if watched is self._viewport and event.type() == QEvent.Type.MouseButtonDblClick:
            assert isinstance(event, QMouseEvent)
            index = self.tree.indexAt(event.position().toPoint())
            if index.isValid() and event.button() == Qt.MouseButton.LeftButton:
                self._activated(index)
                return True
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and not event.modifiers():
                if self.filter.text():
                    self.filter.clear()  # Escape clears the filter; a second one goes to the tree
                else:
                    self.tree.setFocus()
                return True
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self._activated(self.tree.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def _context_menu(self, pos: object) -> None:
        if not self.menu_actions:
            return
        menu = QMenu(self)
        for action in self.menu_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.tree.viewport().mapToGlobal(pos))  # type: ignore[arg-type]

    # -- expansion across resets ------------------------------------------
    def _track(self, index: QModelIndex, expanded: bool) -> None:
        if self._restoring or self.filter.text():
            return
        guid = index.siblingAtColumn(0).data(GUID_ROLE)
        if expanded:
            self._expanded.add(guid)
        else:
            self._expanded.discard(guid)

    def _restore(self) -> None:
        self._restoring = True
        try:
            if self._first_load and self.model.rowCount():
                self._first_load = False
                self.tree.expandToDepth(0)
                self._expanded = {
                    self.proxy.index(r, 0).data(GUID_ROLE) for r in range(self.proxy.rowCount())
                }
            elif self.filter.text():
                self.tree.expandAll()
            else:
                for guid in self._expanded:
                    index = self.proxy_index(guid)
                    if index.isValid():
                        self.tree.expand(index)
            selected = [g for g in self._selected if g in self.model.tree]
            self.select_codes(selected)
        finally:
            self._restoring = False
        if selected != self._selected:  # a selected code was deleted or merged away
            self._selected = selected
            self.selectionChanged.emit(list(selected))
        self._show_detail()

    def _say_matches(self) -> None:
        """Under the filter box: that nothing matches, rather than an empty tree."""
        text = self.filter.text().strip()
        empty = bool(text) and self.proxy.rowCount() == 0
        said = translate("CodebookPanel", "No code matches '{text}'.")
        self.no_match.setText(said.format(text=text) if empty else "")
        self.no_match.setVisible(empty)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._say_matches()
        self._restoring = True
        try:
            if text.strip():
                self.tree.expandAll()
            else:
                self.tree.collapseAll()
                for guid in self._expanded:
                    index = self.proxy_index(guid)
                    if index.isValid():
                        self.tree.expand(index)
            if self._selected:
                self.select_codes(self._selected)
        finally:
            self._restoring = False

    def reset_view_state(self) -> None:
        """A new project: forget expansion and selection."""
        self._expanded, self._selected, self._first_load = set(), [], True
        self.filter.clear()
