"""Dialogs of content warnings: choosing which warnings a document or code carries, and
editing the project's list. They show and collect; the controller pushes the changes."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from annotator.core.content_warnings import MAX_WARNING_NAME, ContentWarning
from annotator.gui.i18n import translate
from annotator.gui.warning_names import display_description, display_name

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


def _item(warning: ContentWarning) -> QListWidgetItem:
    item = QListWidgetItem(display_name(warning.name))
    item.setData(NAME_ROLE, warning.name)
    description = display_description(warning.description)
    if description:
        item.setToolTip(description)
    return item


class WarningChoiceDialog(QDialog):
    """The project's warnings as check boxes: which ones a document or a code carries.

    Check boxes on the dialog's own background rather than checkable list rows: Fusion draws a
    row's empty box invisibly on the dark palette's page colour.
    """

    def __init__(
        self,
        *,
        title: str,
        prompt: str,
        warnings: Iterable[ContentWarning],
        chosen: Iterable[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("warningChoiceDialog")
        self.setWindowTitle(title)
        chosen = set(chosen)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.boxes: dict[str, QCheckBox] = {}
        column = QWidget()
        column.setObjectName("warningChoices")
        column.setAccessibleName(title)
        column.setAccessibleDescription(prompt)
        boxes = QVBoxLayout(column)
        for warning in warnings:
            box = QCheckBox(display_name(warning.name))
            box.setObjectName(f"warningChoice{len(self.boxes)}")
            description = display_description(warning.description)
            if description:
                box.setToolTip(description)
                box.setAccessibleDescription(description)
            box.setChecked(warning.name in chosen)
            boxes.addWidget(box)
            self.boxes[warning.name] = box
        boxes.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(460, min(160 + 32 * len(self.boxes), 560))
        if self.boxes:
            next(iter(self.boxes.values())).setFocus()

    def chosen(self) -> list[str]:
        """The stored names of the ticked warnings, in the project's order."""
        return [name for name, box in self.boxes.items() if box.isChecked()]

    def set_chosen(self, names: Iterable[str]) -> None:
        wanted = set(names)
        for name, box in self.boxes.items():
            box.setChecked(name in wanted)


class WarningListDialog(QDialog):
    """The project's list of content warnings: add, rename, describe, remove (each one undo
    step). Non-modal: it follows the project while open (Ctrl+Z in the window undoes)."""

    addRequested = Signal(str, str)  # name, description
    editRequested = Signal(str, str, str)  # stored name, new name, new description
    removeRequested = Signal(str)  # stored name

    def __init__(self, read: Callable[[], list[ContentWarning]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningListDialog")
        self.setWindowTitle(translate("WarningListDialog", "Content warnings"))
        self.read = read
        self.list = QListWidget()
        self.list.setObjectName("warningList")
        self.list.setAccessibleName(translate("WarningListDialog", "The project's content warnings"))
        self.name = QLineEdit()
        self.name.setObjectName("warningName")
        self.name.setMaxLength(MAX_WARNING_NAME)
        self.name.setAccessibleName(translate("WarningListDialog", "Name"))
        self.description = QPlainTextEdit()
        self.description.setObjectName("warningDescription")
        self.description.setTabChangesFocus(True)
        self.description.setAccessibleName(translate("WarningListDialog", "What it covers"))
        self.description.setMaximumHeight(90)
        self.stored = QLabel()
        self.stored.setObjectName("warningStoredName")
        self.stored.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("WarningListDialog", "&Name:"), self.name)
        form.addRow(translate("WarningListDialog", "&What it covers:"), self.description)
        form.addRow("", self.stored)
        self.save_button = QPushButton(translate("WarningListDialog", "&Save changes"))
        self.save_button.setObjectName("warningSave")
        self.save_button.setAccessibleDescription(
            translate("WarningListDialog", "Rename or re-describe the chosen warning (one undo step)")
        )
        self.add_button = QPushButton(translate("WarningListDialog", "&Add as new"))
        self.add_button.setObjectName("warningAdd")
        self.add_button.setAccessibleDescription(
            translate("WarningListDialog", "Add a warning with this name and description to the list")
        )
        self.remove_button = QPushButton(translate("WarningListDialog", "&Remove"))
        self.remove_button.setObjectName("warningRemove")
        self.remove_button.setAccessibleDescription(
            translate(
                "WarningListDialog",
                "Take the chosen warning off the list and off every document and code (Ctrl+Z undoes it)",
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        note = QLabel(
            translate(
                "WarningListDialog",
                "Warnings are the project's: every coder sees the same list. Renaming keeps them on "
                "the documents and codes that carry them.",
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(note)
        layout.addWidget(close)
        self.resize(520, 480)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.save_button.clicked.connect(self._save)
        self.add_button.clicked.connect(
            lambda: self.addRequested.emit(self.name.text(), self.description.toPlainText())
        )
        self.remove_button.clicked.connect(self._remove)
        self.name.textChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def current_name(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(NAME_ROLE)) if item is not None else None

    def reload(self, keep: str | None = None) -> None:
        """Read the list again; the cursor stays on ``keep`` (else on the same warning)."""
        keep = keep or self.current_name()
        blocker = self.list.blockSignals(True)
        self.list.clear()
        for warning in self.read():
            self.list.addItem(_item(warning))
        rows = [str(self.list.item(i).data(NAME_ROLE)) for i in range(self.list.count())]
        self.list.setCurrentRow(rows.index(keep) if keep in rows else min(0, self.list.count() - 1))
        self.list.blockSignals(blocker)
        self._show_current()

    def _show_current(self) -> None:
        name = self.current_name()
        warning = next((w for w in self.read() if w.name == name), None)
        self.name.setText(warning.name if warning else "")
        self.description.setPlainText(warning.description if warning else "")
        shown = display_name(warning.name) if warning else ""
        self.stored.setText(
            translate("WarningListDialog", "Shown in this language as: {name}").format(name=shown)
            if warning and shown != warning.name
            else ""
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current_name() is not None
        self.save_button.setEnabled(chosen and bool(self.name.text().strip()))
        self.remove_button.setEnabled(chosen)
        self.add_button.setEnabled(bool(self.name.text().strip()))

    def _save(self) -> None:
        name = self.current_name()
        if name is not None:
            self.editRequested.emit(name, self.name.text(), self.description.toPlainText())

    def _remove(self) -> None:
        name = self.current_name()
        if name is not None:
            self.removeRequested.emit(name)
