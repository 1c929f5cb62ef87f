"""Attribute conditions for retrieval: "age_at_exploitation < 18", "language = ko", ...

Each row is written as the text condition the CLI takes and read by the core's
``parse_attribute_filters``, so the GUI and ``annotator`` select the same
documents for the same words.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Attribute
from annotator.gui.i18n import translate

OPERATORS = ("<", "<=", "=", "!=", ">=", ">")


class ConditionRow(QWidget):
    removed = Signal(object)

    def __init__(self, attributes: list[Attribute], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attribute = QComboBox()
        for a in attributes:
            self.attribute.addItem(a.name, a.type)
        self.op = QComboBox()
        self.op.addItems(list(OPERATORS))
        self.value = QLineEdit()
        self.value.setPlaceholderText(translate("ConditionRow", "value"))
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(translate("ConditionRow", "Remove this condition"))
        remove.setAccessibleName(translate("ConditionRow", "Remove this condition"))
        remove.clicked.connect(lambda: self.removed.emit(self))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.attribute, 3)
        row.addWidget(self.op, 0)
        row.addWidget(self.value, 2)
        row.addWidget(remove)

    def text(self) -> str:
        """The condition as text, or "" while its value is empty. Text values are quoted as typed."""
        value = self.value.text().strip()
        if not value:
            return ""
        if self.attribute.currentData() != "number" and value[0] not in "'\"":
            value = f"'{value}'"  # a text attribute compares as text even when it looks like a number
        return f"{self.attribute.currentText()} {self.op.currentText()} {value}"


class ConditionsEditor(QWidget):
    """A list of condition rows and "Add condition"; all conditions must hold."""

    def __init__(self, attributes: list[Attribute], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attributeConditions")
        self.attributes = attributes
        self.rows: list[ConditionRow] = []
        self.list = QVBoxLayout()
        self.list.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(translate("ConditionsEditor", "Add condition"))
        self.add_button.setObjectName("addCondition")
        self.add_button.setAutoDefault(False)
        self.add_button.setEnabled(bool(attributes))
        if not attributes:
            self.add_button.setToolTip(
                translate(
                    "ConditionsEditor", "The project has no document attributes (Edit → Document attributes…)"
                )
            )
        self.add_button.clicked.connect(lambda: self.add())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.list)
        layout.addWidget(self.add_button)

    def add(self, attribute: str = "", op: str = "<", value: str = "") -> ConditionRow:
        row = ConditionRow(self.attributes, self)
        if attribute:
            row.attribute.setCurrentIndex(max(0, row.attribute.findText(attribute)))
        row.op.setCurrentText(op)
        row.value.setText(value)
        row.removed.connect(self._remove)
        self.rows.append(row)
        self.list.addWidget(row)
        return row

    def _remove(self, row: ConditionRow) -> None:
        self.rows.remove(row)
        row.deleteLater()

    def conditions(self) -> list[str]:
        return [text for row in self.rows if (text := row.text())]
