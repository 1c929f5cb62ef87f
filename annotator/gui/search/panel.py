"""The Search dock's widget: query, mode, scope, results (keyword in context), status line."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.i18n import translate
from annotator.gui.search.model import AFTER, BEFORE, DOCUMENT, MATCH, HitsModel
from annotator.gui.veil import RevealOnClick, VeilDelegate, VeilState

ALL, CURRENT, FILTERED = "all", "current", "filter"


class CorpusSearchPanel(QWidget):
    """Widgets only: the controller runs the search and answers the signals."""

    search_requested = Signal()
    hit_activated = Signal(int)  # row
    code_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("corpusSearchPanel")
        self.setWindowTitle(translate("CorpusSearch", "Search"))  # the dock's title
        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(translate("CorpusSearch", "Search all documents…"))
        self.query.setAccessibleName(translate("CorpusSearch", "Search query"))
        self.query.setClearButtonEnabled(True)
        self.mode = QComboBox()
        self.mode.setObjectName("searchMode")
        self.mode.setAccessibleName(translate("CorpusSearch", "Search mode"))
        for label, mode, tip in (
            (translate("CorpusSearch", "Word forms"), "word", translate(
                "CorpusSearch", "Every form of the word: 팔다 finds 팔아, 팔렸습니다 (not 팔 “arm”)"
            )),
            (translate("CorpusSearch", "Text"), "literal", translate(
                "CorpusSearch", "The text as typed, anywhere, ignoring case"
            )),
            (translate("CorpusSearch", "Whole word"), "whole-word", translate(
                "CorpusSearch", "The text as typed, not inside a longer word"
            )),
            (translate("CorpusSearch", "Regular expression"), "regex", translate(
                "CorpusSearch", "A Python regular expression (stopped if it runs too long)"
            )),
        ):  # fmt: skip
            self.mode.addItem(label, mode)
            self.mode.setItemData(self.mode.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.scope = QComboBox()
        self.scope.setObjectName("searchScope")
        self.scope.setAccessibleName(translate("CorpusSearch", "Documents to search"))
        self.scope.addItem(translate("CorpusSearch", "All documents"), ALL)
        self.scope.addItem(translate("CorpusSearch", "The open document"), CURRENT)
        self.scope.addItem(translate("CorpusSearch", "Documents named…"), FILTERED)
        self.filter = QLineEdit()
        self.filter.setObjectName("searchDocumentFilter")
        self.filter.setPlaceholderText(translate("CorpusSearch", "Part of a document name"))
        self.filter.setAccessibleName(translate("CorpusSearch", "Document name filter"))
        self.filter.setVisible(False)
        self.go = QPushButton(translate("CorpusSearch", "Search"))
        self.go.setObjectName("searchButton")
        self.go.setDefault(True)
        self.table = QTableView()
        self.table.setObjectName("searchResults")
        self.table.setAccessibleName(translate("CorpusSearch", "Search results"))
        self.model = HitsModel(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(MATCH, VeilDelegate(self.table))
        self.reveal: RevealOnClick | None = None
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideLeft)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DOCUMENT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(BEFORE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MATCH, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AFTER, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(DOCUMENT, 160)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self.code_button = QPushButton(translate("CorpusSearch", "Code selected hits with…"))
        self.code_button.setObjectName("codeHitsButton")
        self.code_button.setToolTip(
            translate("CorpusSearch", "Apply one code to every selected hit (one undo step)")
        )
        self.code_button.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.query, 3)
        top.addWidget(self.mode, 1)
        top.addWidget(self.scope, 1)
        top.addWidget(self.filter, 1)
        top.addWidget(self.go)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.code_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.query.returnPressed.connect(self.search_requested)
        self.filter.returnPressed.connect(self.search_requested)
        self.go.clicked.connect(self.search_requested)
        self.scope.currentIndexChanged.connect(
            lambda _i: self.filter.setVisible(self.scope_kind() == FILTERED)
        )
        self.table.activated.connect(lambda index: self.hit_activated.emit(index.row()))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.code_button.clicked.connect(self.code_requested)

    def set_veil(self, veil: VeilState) -> None:
        """Hits in warned passages veiled for the coder who prefers it; a click on the bar or Space
        on the selected hits reveals their passages (see :mod:`annotator.gui.veil`)."""
        self.model.set_veil(veil)
        self.reveal = RevealOnClick(self.table, veil)

    def mode_kind(self) -> str:
        return str(self.mode.currentData())

    def scope_kind(self) -> str:
        return str(self.scope.currentData())

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def focus_query(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def _selection_changed(self, *_: object) -> None:
        self.code_button.setEnabled(bool(self.selected_rows()))
