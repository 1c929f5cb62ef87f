"""The Cases dock: the persons of the project, a filter box, and a small editor of the chosen one.

The panel shows and asks; it changes nothing itself. Its editor says what the user
changed (``editRequested``) and the case controller turns that into one core change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import ATTRIBUTE_TYPES, CASE_ROLES
from annotator.gui.i18n import translate
from annotator.gui.models.cases import CASE_ROLE, FILTER_ROLE, CasesModel, role_label, type_label


class CaseEditor(QWidget):
    """Label, role, memo and attributes of one case; Apply sends only what changed."""

    editRequested = Signal(
        str, dict
    )  # case GUID, {"label"|"role"|"memo": str, "attributes": {...}, "types": {...}}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseEditor")
        self.guid: str | None = None
        self.loaded: dict[str, Any] = {}
        self.label = QLineEdit()
        self.label.setObjectName("caseLabelEdit")
        self.label.setAccessibleName(translate("CaseEditor", "Case label"))
        self.role = QComboBox()
        self.role.setObjectName("caseRoleEdit")
        self.role.setAccessibleName(translate("CaseEditor", "Case role"))
        for role in CASE_ROLES:  # the role is stored as its key ("victim"), shown translated
            self.role.addItem(role_label(role), role)
        self.memo = QPlainTextEdit()
        self.memo.setObjectName("caseMemoEdit")
        self.memo.setAccessibleName(translate("CaseEditor", "Case memo"))
        self.memo.setTabChangesFocus(True)
        self.memo.setPlaceholderText(
            translate("CaseEditor", "Memo: who this person is, where the label comes from…")
        )
        self.memo.setMaximumHeight(3 * self.fontMetrics().lineSpacing() + 12)
        self.attributes = QTableWidget(0, 3)
        self.attributes.setObjectName("caseAttributes")
        self.attributes.setAccessibleName(translate("CaseEditor", "Case attributes"))
        self.attributes.setHorizontalHeaderLabels(
            [
                translate("CaseEditor", "Attribute"),
                translate("CaseEditor", "Value"),
                translate("CaseEditor", "Type"),
            ]
        )
        self.attributes.verticalHeader().hide()
        self.attributes.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.attributes.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.attributes.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.attributes.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.attributes.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.attributes.itemChanged.connect(self._ensure_blank_row)
        self.apply = QPushButton(translate("CaseEditor", "&Apply"))
        self.apply.setObjectName("caseApply")
        self.apply.setToolTip(translate("CaseEditor", "Store the changes to this case (one undo step)"))
        self.apply.clicked.connect(self._apply)
        self.revert = QPushButton(translate("CaseEditor", "Re&vert"))
        self.revert.setToolTip(translate("CaseEditor", "Show the case as stored, dropping the edits"))
        self.revert.setObjectName("caseRevert")
        self.revert.clicked.connect(lambda: self.load(self.guid, self.loaded))
        self.hint = QLabel()
        self.hint.setObjectName("caseEditorHint")
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("CaseEditor", "&Label:"), self.label)
        form.addRow(translate("CaseEditor", "&Role:"), self.role)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.revert)
        buttons.addWidget(self.apply)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.memo)
        layout.addWidget(self.attributes, 1)
        layout.addLayout(buttons)
        for widget in (self.label, self.memo):
            widget.installEventFilter(self)
        self.attributes.installEventFilter(self)
        self.load(None, {})

    def load(self, guid: str | None, data: dict[str, Any]) -> None:
        """Show ``data`` (label, role, memo, attributes: [(name, value, type)]) of case ``guid``."""
        self.guid, self.loaded = guid, data
        self.label.setText(data.get("label", ""))
        self.role.setCurrentIndex(max(0, self.role.findData(data.get("role", "victim"))))
        self.memo.setPlainText(data.get("memo", ""))
        self.attributes.blockSignals(True)
        self.attributes.setRowCount(0)
        for name, value, type_ in data.get("attributes", []):
            self._add_row(name, value, type_)
        self._add_row("", "", "text")
        self.attributes.blockSignals(False)
        for widget in (self.label, self.role, self.memo, self.attributes, self.apply, self.revert):
            widget.setEnabled(guid is not None)
        self.hint.setText(
            "" if guid else translate("CaseEditor", "Choose a case above, or create one (Ctrl+Shift+E).")
        )

    def _add_row(self, name: str, value: str, type_: str) -> None:
        row = self.attributes.rowCount()
        self.attributes.insertRow(row)
        self.attributes.setItem(row, 0, QTableWidgetItem(name))
        self.attributes.setItem(row, 1, QTableWidgetItem(value))
        combo = QComboBox()
        for kind in ATTRIBUTE_TYPES:  # stored as its key ("number"), shown translated
            combo.addItem(type_label(kind), kind)
        combo.setCurrentIndex(max(0, combo.findData(type_)))
        combo.setAccessibleName(translate("CaseEditor", "Attribute type"))
        self.attributes.setCellWidget(row, 2, combo)

    def _ensure_blank_row(self, *_: object) -> None:
        """There is always one empty row to type a new attribute into."""
        last = self.attributes.rowCount() - 1
        item = self.attributes.item(last, 0) if last >= 0 else None
        if last < 0 or (item is not None and item.text().strip()):
            self.attributes.blockSignals(True)
            self._add_row("", "", "text")
            self.attributes.blockSignals(False)

    def _rows(self) -> list[tuple[str, str, str]]:
        out = []
        for row in range(self.attributes.rowCount()):
            name_item, value_item = self.attributes.item(row, 0), self.attributes.item(row, 1)
            combo = self.attributes.cellWidget(row, 2)
            name = name_item.text().strip() if name_item else ""
            value = value_item.text().strip() if value_item else ""
            type_ = (combo.currentData() or "text") if isinstance(combo, QComboBox) else "text"
            if name:
                out.append((name, value, type_))
        return out

    def changes(self) -> dict[str, Any]:
        """What differs from the loaded case: label, role, memo, and attributes name -> value
        (None: removed) with their types."""
        data, out = self.loaded, {}
        label = " ".join(self.label.text().split())
        if label != data.get("label", ""):
            out["label"] = label
        if self.role.currentData() != data.get("role", ""):
            out["role"] = self.role.currentData()
        if self.memo.toPlainText() != data.get("memo", ""):
            out["memo"] = self.memo.toPlainText()
        before = {n.casefold(): (n, v, t) for n, v, t in data.get("attributes", [])}
        now = {n.casefold(): (n, v, t) for n, v, t in self._rows()}
        attributes: dict[str, str | None] = {}
        types: dict[str, str] = {}
        for key, (name, value, type_) in now.items():
            old = before.get(key)
            if old is None or old[1] != value or old[2] != type_:
                attributes[name] = value  # an empty value is refused by the core, with a reason
                types[name] = type_
        for key, (name, _value, _type) in before.items():
            if key not in now:
                attributes[name] = None
        if attributes:
            out["attributes"], out["types"] = attributes, types
        return out

    def _apply(self) -> None:
        if self.guid is not None:
            self.editRequested.emit(self.guid, self.changes())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the label, Ctrl+Enter anywhere in the editor: apply; Escape: revert."""
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if enter and (ctrl or watched is self.label):
                self._apply()
                return True
            if event.key() == Qt.Key.Key_Escape and watched is not self.attributes:
                self.load(self.guid, self.loaded)
                return True
        return super().eventFilter(watched, event)


class CasesPanel(QWidget):
    """The case list with its filter box, a "show its passages" switch and the editor."""

    caseSelected = Signal(object)  # case GUID or None
    caseActivated = Signal(str)  # Enter / double-click: the journey timeline
    passagesToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casePanel")
        self.model = CasesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(FILTER_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setObjectName("caseFilter")
        self.filter.setPlaceholderText(translate("CasesPanel", "Filter cases…"))
        self.filter.setToolTip(translate("CasesPanel", "Matches label, role, attributes and memo"))
        self.filter.setAccessibleName(translate("CasesPanel", "Filter cases"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.show_passages = QToolButton()
        self.show_passages.setObjectName("caseShowPassages")
        self.show_passages.setText(translate("CasesPanel", "Passages"))
        self.show_passages.setCheckable(True)
        self.show_passages.setToolTip(
            translate("CasesPanel", "Show the chosen case's passages in the Coded segments table")
        )
        self.show_passages.toggled.connect(self.passagesToggled.emit)
        self.show_details = QToolButton()
        self.show_details.setObjectName("caseShowDetails")
        self.show_details.setText(translate("CasesPanel", "Details"))
        self.show_details.setCheckable(True)
        self.show_details.setToolTip(
            translate("CasesPanel", "Edit the chosen case: label, role, memo, attributes (Case → Edit case)")
        )
        self.list = QTreeView()
        self.list.setObjectName("caseList")
        self.list.setAccessibleName(translate("CasesPanel", "Cases"))
        self.list.setModel(self.proxy)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.editor = CaseEditor()
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.show_passages)
        bar.addWidget(self.show_details)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.list)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("caseSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        row = self.fontMetrics().height() + 10
        self.list.setMinimumHeight(3 * row)
        self.editor.attributes.setMinimumHeight(3 * row)
        self.splitter.setChildrenCollapsible(False)
        # The editor shows on demand, so the dock stays small beside the document list.
        self.editor.setVisible(False)
        self.show_details.toggled.connect(self._show_editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
        self._current: str | None = None
        self.list.selectionModel().currentRowChanged.connect(self._row_changed)
        self.list.doubleClicked.connect(self._activated)
        self.list.installEventFilter(self)
        self.filter.installEventFilter(self)
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._reselect)
        self.model.dataChanged.connect(self._data_changed)

    def _show_editor(self, on: bool) -> None:
        """Show or hide the editor; shown, it gets the room it asks for (a splitter would keep
        the zero height it had while hidden)."""
        self.editor.setVisible(on)
        if on:
            total = max(self.splitter.height(), self.splitter.sizeHint().height())
            wanted = self.editor.sizeHint().height()
            self.splitter.setSizes([max(total - wanted, self.list.minimumHeight()), wanted])

    # -- the current case -----------------------------------------------------------
    def current(self) -> str | None:
        return self._current

    def select(self, guid: str | None) -> None:
        row = self.model.row_of(guid)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        if not index.isValid() and row >= 0:  # hidden by the filter: show it
            self.filter.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.list.selectionModel().clearSelection()
            self._set_current(None)
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.list.selectionModel().setCurrentIndex(index, flags)
        self.list.scrollTo(index)
        self._set_current(guid)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._set_current(current.siblingAtColumn(0).data(CASE_ROLE) if current.isValid() else None)

    def _set_current(self, guid: str | None) -> None:
        if guid != self._current:
            self._current = guid
            self.load_editor()
            self.caseSelected.emit(guid)

    def load_editor(self) -> None:
        session, guid = self.model.session, self._current
        if session is None or guid is None or self.model.row_of(guid) < 0:
            self.editor.load(None, {})
            return
        case = session.store.case(guid)
        rows = session.store.case_attribute_rows(guid)
        data = {
            "label": case.label,
            "role": case.role,
            "memo": case.memo,
            "attributes": [(a.name, a.value, a.type) for a in rows],
        }
        if guid == self.editor.guid and data == self.editor.loaded:
            return  # the case is as shown: keep what the user may be typing
        self.editor.load(guid, data)

    def _remember(self) -> None:
        self._keep = self._current

    def _reselect(self) -> None:
        keep = getattr(self, "_keep", None)
        if keep and self.model.row_of(keep) >= 0:
            blocker = self.list.selectionModel().blockSignals(True)
            self.select(keep)
            self.list.selectionModel().blockSignals(blocker)
            self.load_editor()  # the case itself may have changed (an undone edit)
            self.caseSelected.emit(keep)  # its links may have changed: marks follow
        else:
            self._set_current(None)

    def _data_changed(self, *_: object) -> None:
        if self._current is not None:
            self.load_editor()
            self.caseSelected.emit(self._current)

    def _activated(self, index: QModelIndex) -> None:
        guid = index.siblingAtColumn(0).data(CASE_ROLE)
        if guid:
            self.caseActivated.emit(guid)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the list opens the journey; Down in the filter box moves into the list."""
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if watched is self.list and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._activated(self.list.currentIndex())
                return True
            if watched is self.filter and event.key() == Qt.Key.Key_Down:
                self.list.setFocus()
                if not self.list.currentIndex().isValid() and self.proxy.rowCount():
                    self.select(self.proxy.index(0, 0).data(CASE_ROLE))
                return True
        return super().eventFilter(watched, event)
