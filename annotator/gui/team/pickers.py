"""Checkable choosers for coders, documents and codes, shared by the team dialogs.

Every team task filters by the same three things, so the dialogs share one
way to choose them: a checkable list (or, for codes, the codebook tree) with
"All" and "None" buttons and a filter box for long lists. ``checked()`` gives
GUIDs; ``selection()`` gives ``None`` when everything is checked, which the
core reads as "no filter" (so a new document is never silently left out).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from annotator.core.code_labels import CodeNames
from annotator.core.codebook import CodeTree
from annotator.gui.i18n import translate

GUID = Qt.ItemDataRole.UserRole
ALSO = Qt.ItemDataRole.UserRole + 1  # another name the filter finds an item by (a code's canonical one)
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


def swatch(color: str, size: int = 10) -> QIcon:
    """A small square of a code's colour, for lists and tables."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class CheckTree(QWidget):
    """A checkable list or tree of (GUID, label) items with All / None and a filter box."""

    changed = Signal()

    def __init__(self, name: str, *, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.tree = QTreeWidget()
        self.tree.setObjectName(f"{name}Items")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(placeholder or translate("CheckTree", "Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        all_button = QPushButton(translate("CheckTree", "All"))
        none_button = QPushButton(translate("CheckTree", "None"))
        all_button.setToolTip(translate("CheckTree", "Check every item the filter shows"))
        none_button.setToolTip(translate("CheckTree", "Uncheck every item the filter shows"))
        for button in (all_button, none_button):
            button.setAutoDefault(False)
        all_button.clicked.connect(lambda: self.set_all(True))
        none_button.clicked.connect(lambda: self.set_all(False))
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.filter, 1)
        bar.addWidget(all_button)
        bar.addWidget(none_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.tree)
        self.tree.itemChanged.connect(lambda *_: self.changed.emit())

    # -- filling ----------------------------------------------------------------
    def set_items(self, items: Iterable[tuple[str, str]], *, checked: Iterable[str] | None = None) -> None:
        """A flat list; ``checked`` GUIDs are ticked (default: all)."""
        wanted = None if checked is None else set(checked)
        self.tree.blockSignals(True)
        self.tree.clear()
        self.tree.setRootIsDecorated(False)
        for guid, label in items:
            self._item(self.tree.invisibleRootItem(), guid, label, wanted is None or guid in wanted)
        self.tree.blockSignals(False)
        self.changed.emit()

    def set_codes(
        self, tree: CodeTree, *, checked: Iterable[str] | None = None, names: CodeNames | None = None
    ) -> None:
        """The codebook as a tree, expanded; every code checkable (a folder stands for its branch).

        ``names``: what the window calls each code (its label); canonical names without it.
        """
        wanted = None if checked is None else set(checked)
        names = names if names is not None and names.tree is tree else CodeNames(tree)
        self.tree.blockSignals(True)
        self.tree.clear()
        self.tree.setRootIsDecorated(True)
        items: dict[str | None, QTreeWidgetItem] = {None: self.tree.invisibleRootItem()}
        for _, code in tree.walk():
            parent = items.get(code.parent, self.tree.invisibleRootItem())
            item = self._item(parent, code.guid, names.name(code.guid), wanted is None or code.guid in wanted)
            item.setIcon(0, swatch(code.color))
            item.setToolTip(0, names.search_text(code.guid))  # the shown path, and the canonical one
            if item.text(0) != code.name:
                item.setData(0, ALSO, code.name)
            items[code.guid] = item
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self.changed.emit()

    @staticmethod
    def _item(parent: QTreeWidgetItem, guid: str, label: str, checked: bool) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [label])
        item.setData(0, GUID, guid)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, CHECKED if checked else UNCHECKED)
        return item

    # -- reading and setting ---------------------------------------------------------
    def _items(self) -> list[QTreeWidgetItem]:
        found = []
        iterator = QTreeWidgetItemIterator(self.tree)
        while iterator.value():
            found.append(iterator.value())
            iterator += 1
        return found

    def guids(self) -> list[str]:
        return [item.data(0, GUID) for item in self._items()]

    def checked(self) -> list[str]:
        return [item.data(0, GUID) for item in self._items() if item.checkState(0) == CHECKED]

    def selection(self) -> list[str] | None:
        """Checked GUIDs, or None when every item is checked (no filter)."""
        items = self._items()
        chosen = [item.data(0, GUID) for item in items if item.checkState(0) == CHECKED]
        return None if len(chosen) == len(items) else chosen

    def set_checked(self, guids: Sequence[str] | set[str]) -> None:
        wanted = set(guids)
        self.tree.blockSignals(True)
        for item in self._items():
            item.setCheckState(0, CHECKED if item.data(0, GUID) in wanted else UNCHECKED)
        self.tree.blockSignals(False)
        self.changed.emit()

    def set_all(self, on: bool) -> None:
        """Tick or untick every item the filter shows (All/None act on what you see)."""
        self.tree.blockSignals(True)
        for item in self._items():
            if not item.isHidden():
                item.setCheckState(0, CHECKED if on else UNCHECKED)
        self.tree.blockSignals(False)
        self.changed.emit()

    def label_of(self, guid: str) -> str:
        for item in self._items():
            if item.data(0, GUID) == guid:
                return item.text(0)
        return ""

    def _filter(self, text: str) -> None:
        """Show items whose label contains ``text``, with their ancestors for context."""
        needle = text.strip().casefold()
        items = self._items()
        for item in items:
            item.setHidden(bool(needle))
        for item in items:
            if not needle or any(
                needle in str(t).casefold() for t in (item.text(0), item.data(0, ALSO) or "")
            ):
                node: QTreeWidgetItem | None = item
                while node is not None:
                    node.setHidden(False)
                    node = node.parent()


def group_box(title: str, *widgets: QWidget) -> QGroupBox:
    """A titled column of filter widgets; check trees take the spare height."""
    box = QGroupBox(title)
    column = QVBoxLayout(box)
    for widget in widgets:
        column.addWidget(widget, 1 if isinstance(widget, CheckTree) else 0)
    return box
