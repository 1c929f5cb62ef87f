"""Document attributes (case variables): one row per document, one column per attribute.

The dialog only collects edits; on OK the window pushes them as one
``Composite`` of ``SetAttribute`` changes, so the whole edit is one undo step
and the core validates each value against its attribute's type.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.changes import Change, SetAttribute
from annotator.core.changes.notes import ATTRIBUTE_TYPES
from annotator.core.model import Attribute, Document
from annotator.gui.i18n import translate
from annotator.gui.models.cases import type_label


def column_title(name: str, kind: str) -> str:
    """``age (number)``: the attribute's name (project data) and its type (an interface word)."""
    return translate("AttributesDialog", "{name} ({type})").format(name=name, type=type_label(kind))


class AttributesDialog(QDialog):
    def __init__(
        self,
        documents: list[Document],
        attributes: list[Attribute],
        values: dict[str, dict[str, str]],
        *,
        coder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attributesDialog")
        self.setWindowTitle(translate("AttributesDialog", "Document attributes"))
        self.resize(760, 420)
        self.documents, self.coder = documents, coder
        self.types = {a.name: a.type for a in attributes}
        self.before = values
        self.table = QTableWidget(len(documents), len(attributes))
        self.table.setObjectName("attributesTable")
        self.table.setHorizontalHeaderLabels([column_title(a.name, a.type) for a in attributes])
        self.table.setVerticalHeaderLabels([d.name for d in documents])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.names = [a.name for a in attributes]
        for row, doc in enumerate(documents):
            for col, name in enumerate(self.names):
                self.table.setItem(row, col, QTableWidgetItem(values.get(doc.guid, {}).get(name, "")))
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newAttributeName")
        self.new_name.setPlaceholderText(
            translate("AttributesDialog", "New attribute, e.g. age at exploitation")
        )
        self.new_name.setAccessibleName(translate("AttributesDialog", "New attribute name"))
        self.new_type = QComboBox()
        self.new_type.setAccessibleName(translate("AttributesDialog", "New attribute type"))
        for kind in ATTRIBUTE_TYPES:
            self.new_type.addItem(type_label(kind), kind)
        add = QPushButton(translate("AttributesDialog", "Add &column"))
        add.clicked.connect(self.add_attribute)
        self.new_name.returnPressed.connect(self.add_attribute)
        adder = QHBoxLayout()
        adder.addWidget(self.new_name, 1)
        adder.addWidget(self.new_type)
        adder.addWidget(add)
        hint = QLabel(
            translate(
                "AttributesDialog",
                "A new attribute is kept once a document has a value for it. Empty a cell to clear it.",
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(adder)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def add_attribute(self) -> None:
        name = self.new_name.text().strip()
        if not name or name in self.names:
            return
        self.names.append(name)
        self.types[name] = self.new_type.currentData() or "text"
        col = self.table.columnCount()
        self.table.insertColumn(col)
        self.table.setHorizontalHeaderItem(col, QTableWidgetItem(column_title(name, self.types[name])))
        for row in range(self.table.rowCount()):
            self.table.setItem(row, col, QTableWidgetItem(""))
        self.new_name.clear()

    def set_value(self, document: str, name: str, value: str) -> None:
        """Fill one cell (for scripts and tests)."""
        row = next(i for i, d in enumerate(self.documents) if d.guid == document)
        item = self.table.item(row, self.names.index(name))
        assert item is not None
        item.setText(value)

    def changes(self) -> list[Change]:
        """One SetAttribute per edited cell."""
        result: list[Change] = []
        for row, doc in enumerate(self.documents):
            for col, name in enumerate(self.names):
                item = self.table.item(row, col)
                value = item.text().strip() if item is not None else ""
                if value != self.before.get(doc.guid, {}).get(name, ""):
                    result.append(
                        SetAttribute(
                            document=doc.guid, name=name, value=value, type=self.types[name], by=self.coder
                        )
                    )
        return result
