"""Team → Switch coder: pick one of the project's coders from a filtered list, or add one.

Picking and adding are separate on purpose: a typo in a free-text box used to
make a new coder ("Mnia") whose codings then counted as a third person's.
Here Enter only ever picks a listed coder; a new one takes the "Add coder"
button, and that button is off while the typed name already means someone
(in any case, width or Unicode form: the store's lookup decides, not this
dialog).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.core.model import Coder, clean_coder_name, coder_key
from annotator.gui.i18n import translate

GUID = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class CoderChoice:
    """What the user chose: an existing coder's name, or a new name to add (``new``)."""

    name: str
    new: bool = False


class CoderDialog(QDialog):
    """The project's coders with a filter box; ``choice`` is set when the dialog is accepted."""

    def __init__(
        self,
        coders: list[Coder],
        current: Coder | None,
        find: Callable[[str], Coder | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("coderDialog")
        self.setWindowTitle(translate("CoderDialog", "Switch coder"))
        self.resize(380, 360)
        self.find = find  # the store's lookup: "ＭＩＮＡ" finds "Mina"; raises when ambiguous
        self.current = current
        self.choice: CoderChoice | None = None
        self.filter = QLineEdit()
        self.filter.setObjectName("coderFilter")
        self.filter.setPlaceholderText(translate("CoderDialog", "Filter, or type a new coder's name"))
        self.filter.setClearButtonEnabled(True)
        self.filter.installEventFilter(self)
        self.list = QListWidget()
        self.list.setObjectName("coderList")
        self.list.setUniformItemSizes(True)
        for coder in coders:
            mine = current is not None and coder.guid == current.guid
            shown = (
                translate("CoderDialog", "{name}  (current)").format(name=coder.name) if mine else coder.name
            )
            item = QListWidgetItem(shown)
            item.setData(GUID, coder.name)
            self.list.addItem(item)
        self.hint = QLabel()
        self.hint.setObjectName("coderHint")
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.pick_button = buttons.addButton(
            translate("CoderDialog", "&Code as this coder"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.pick_button.setObjectName("coderPick")
        self.add_button = buttons.addButton(
            translate("CoderDialog", "&Add new coder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.add_button.setObjectName("coderAdd")
        self.add_button.setAutoDefault(False)
        self.pick_button.clicked.connect(self.pick)
        self.add_button.clicked.connect(self.add)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.pick())
        self.list.currentItemChanged.connect(lambda *_: self._update())
        self.filter.textChanged.connect(self._filtered)
        label = QLabel(translate("CoderDialog", "&Code as one of this project's coders:"))
        label.setBuddy(self.filter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self._filtered("")

    # -- state ------------------------------------------------------------------------
    def visible_names(self) -> list[str]:
        return [
            self.list.item(r).data(GUID) for r in range(self.list.count()) if not self.list.item(r).isHidden()
        ]

    def _filtered(self, text: str) -> None:
        """Show the coders whose name contains what is typed (case, width and NFC aside); the one
        the text names exactly, else the first shown, is the current row."""
        wanted = coder_key(text)
        try:
            named = self.find(text) if clean_coder_name(text) else None
        except AnnotatorError:
            named = None
        first: QListWidgetItem | None = None
        exact: QListWidgetItem | None = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            name = item.data(GUID)
            item.setHidden(bool(wanted) and wanted not in coder_key(name))
            if not item.isHidden():
                first = first or item
                if named is not None and name == named.name:
                    exact = item
        if exact is None and not text and self.current is not None:
            items = (self.list.item(r) for r in range(self.list.count()))
            exact = next((i for i in items if i.data(GUID) == self.current.name), None)
        self.list.setCurrentItem(exact or first)
        self._update()

    def _new_name(self) -> tuple[str, str]:
        """The name "Add" would create ("" when it can't) and why not."""
        name = clean_coder_name(self.filter.text())
        if not name:
            return "", translate("CoderDialog", "To add a coder, type their name above.")
        try:
            found = self.find(name)
        except AnnotatorError as exc:
            return "", str(exc)
        if found is None:
            return name, ""
        if found.name == name:
            return "", translate("CoderDialog", "{coder} is already a coder of this project.").format(
                coder=found.name
            )
        return "", translate("CoderDialog", "“{name}” is {coder}, already a coder of this project.").format(
            name=name, coder=found.name
        )

    def _update(self) -> None:
        item = self.list.currentItem()
        shown = item is not None and not item.isHidden()
        self.pick_button.setEnabled(shown)
        name, why = self._new_name()
        self.add_button.setEnabled(bool(name))
        self.add_button.setText(
            translate("CoderDialog", "&Add new coder “{name}”").format(name=name)
            if name
            else translate("CoderDialog", "&Add new coder")
        )
        if not self.visible_names() and name:
            why = translate(
                "CoderDialog", "No coder matches. Add “{name}” as a new coder of this project?"
            ).format(name=name)
        self.hint.setText(why)

    # -- answers ------------------------------------------------------------------------
    def pick(self) -> None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return
        self.choice = CoderChoice(item.data(GUID))
        self.accept()

    def add(self) -> None:
        name, _why = self._new_name()
        if name:
            self.choice = CoderChoice(name, new=True)
            self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the filter box, Up/Down move through the list and Enter picks (never adds)."""
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                rows = [r for r in range(self.list.count()) if not self.list.item(r).isHidden()]
                if rows:
                    at = self.list.currentRow()
                    i = rows.index(at) if at in rows else -1
                    i = min(i + 1, len(rows) - 1) if key == Qt.Key.Key_Down else max(i - 1, 0)
                    self.list.setCurrentRow(rows[i])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.pick()
                return True
        return super().eventFilter(watched, event)
