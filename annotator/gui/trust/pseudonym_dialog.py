"""The project's pseudonym list: identifiers and their replacements, with a live preview.

The dialog only edits a copy of the list; on OK the controller pushes one
``SetPseudonyms`` through the session, so the whole edit is one undo step and
the core's checks (empty or duplicate identifiers) decide what is valid. The
preview runs the exporters' own ``make_pseudonymiser`` on a sample passage, so
what the user sees is exactly what an export will write.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.core.pseudonymise import Pseudonym, SetPseudonyms, make_pseudonymiser
from annotator.gui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
KINDS = ("name", "place", "other")
# Stored as the key ("place"); the table shows the translated word and keeps the key in KIND_ROLE.
KIND_LABELS = {
    "name": QT_TRANSLATE_NOOP("PseudonymDialog", "name"),
    "place": QT_TRANSLATE_NOOP("PseudonymDialog", "place"),
    "other": QT_TRANSLATE_NOOP("PseudonymDialog", "other"),
}
KIND_ROLE = Qt.ItemDataRole.UserRole
SAMPLE = QT_TRANSLATE_NOOP(
    "PseudonymDialog", "Kim Ok-sun left Hoeryong in 1998 with a broker called Mr Park."
)


def kind_label(kind: str) -> str:
    return translate("PseudonymDialog", KIND_LABELS[kind]) if kind in KIND_LABELS else kind


class KindDelegate(QStyledItemDelegate):
    """The Kind column edits with a list (F2, typing or a double-click opens it): keyboard-friendly,
    unlike a combo box planted in each cell, which arrow keys cannot reach."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(translate("PseudonymDialog", "Kind"))
        for kind in KINDS:
            combo.addItem(kind_label(kind), kind)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        kind = str(index.data(KIND_ROLE) or index.data() or "name")
        if editor.findData(kind) < 0:
            editor.addItem(kind_label(kind), kind)
        editor.setCurrentIndex(editor.findData(kind))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        kind = str(editor.currentData() or editor.currentText())
        model.setData(index, kind, KIND_ROLE)
        model.setData(index, kind_label(kind))


class PseudonymDialog(QDialog):
    def __init__(
        self, entries: Sequence[Pseudonym], sample: str, *, by: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pseudonymDialog")
        self.setWindowTitle(translate("PseudonymDialog", "Pseudonyms"))
        self.resize(760, 560)
        self.by = by
        self.before = list(entries)
        self.change: SetPseudonyms | None = None
        intro = QLabel(
            translate(
                "PseudonymDialog",
                "Names, places and other identifiers, and what exports write instead "
                "(e.g. “Kim Ok-sun” → “Participant 3”). The project's texts are never changed; "
                "exports that pseudonymise apply this list to every document.",
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("pseudonymTable")
        self.table.setAccessibleName(translate("PseudonymDialog", "Pseudonyms"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("PseudonymDialog", "Find"),
                translate("PseudonymDialog", "Replace with"),
                translate("PseudonymDialog", "Kind"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        self.table.setItemDelegateForColumn(2, KindDelegate(self.table))
        for entry in entries:
            self.add_row(entry)
        self.add_button = QPushButton(translate("PseudonymDialog", "&Add row"))
        self.add_button.setObjectName("addPseudonym")
        self.remove_button = QPushButton(translate("PseudonymDialog", "&Remove rows"))
        self.remove_button.setObjectName("removePseudonyms")
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button.clicked.connect(self.remove_selected)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.add_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)
        self.sample = QPlainTextEdit(sample or translate("PseudonymDialog", SAMPLE))
        self.sample.setObjectName("pseudonymSample")
        self.sample.setAccessibleName(translate("PseudonymDialog", "Sample passage"))
        self.sample.setTabChangesFocus(True)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("pseudonymPreview")
        self.preview.setAccessibleName(translate("PseudonymDialog", "Sample passage, pseudonymised"))
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        previews = QSplitter()
        previews.addWidget(
            self._titled(translate("PseudonymDialog", "Sa&mple passage (editable):"), self.sample)
        )
        previews.addWidget(
            self._titled(translate("PseudonymDialog", "As an export writes it:"), self.preview)
        )
        self.error = QLabel()
        self.error.setObjectName("pseudonymError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 3)
        layout.addLayout(row_buttons)
        layout.addWidget(previews, 2)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_preview)
        self.table.itemChanged.connect(lambda _item: self._timer.start())
        self.sample.textChanged.connect(self._timer.start)
        self.update_preview()

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        label = QLabel(title)
        label.setBuddy(widget)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(widget)
        return box

    # -- rows ---------------------------------------------------------------------
    def add_row(self, entry: Pseudonym | None = None) -> int:
        entry = entry or Pseudonym("", "", "name")
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, text in enumerate((entry.find, entry.replace, kind_label(entry.kind))):
            self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.item(row, 2).setData(KIND_ROLE, entry.kind)
        return row

    def _add_clicked(self) -> None:
        row = self.add_row()
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        self.table.editItem(self.table.item(row, 0))

    def remove_selected(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if not rows and self.table.currentRow() >= 0:
            rows = {self.table.currentRow()}
        for row in sorted(rows, reverse=True):
            self.table.removeRow(row)
        self.update_preview()

    def set_row(self, row: int, find: str, replace: str, kind: str = "name") -> None:
        """Fill one row (for scripts and tests)."""
        while self.table.rowCount() <= row:
            self.add_row()
        for col, text in enumerate((find, replace, kind_label(kind))):
            self.table.item(row, col).setText(text)
        self.table.item(row, 2).setData(KIND_ROLE, kind)

    def entries(self) -> list[Pseudonym]:
        """The rows as entries; rows left wholly empty are ignored."""
        result = []
        for row in range(self.table.rowCount()):
            find, replace, shown = (self.table.item(row, c).text() for c in range(3))
            kind = self.table.item(row, 2).data(KIND_ROLE) or shown  # the stored key, not the word shown
            if find.strip() or replace.strip():
                result.append(Pseudonym(find.strip(), replace, kind or "name"))
        return result

    # -- preview and saving ------------------------------------------------------------
    def update_preview(self) -> None:
        usable = [e for e in self.entries() if e.find]
        self.preview.setPlainText(make_pseudonymiser(usable)(self.sample.toPlainText()))

    def accept(self) -> None:
        """Validate with the core's own rules; stay open with a one-line error if refused."""
        entries = self.entries()
        if entries == self.before:
            self.change = None
            super().accept()
            return
        try:
            self.change = SetPseudonyms(entries, by=self.by)
        except AnnotatorError as exc:
            self.error.setText(translate("PseudonymDialog", "Not saved: {reason}.").format(reason=exc))
            return
        super().accept()
