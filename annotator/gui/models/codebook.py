"""CodebookModel: the core CodeTree as a QAbstractItemModel.

Columns: the code (name with a colour swatch), its number of codings in the
open document / in all documents, and its shortcut key. Names and definitions are
shown as the session's :class:`~annotator.core.code_labels.CodeNames` gives them (a
code's Korean or Chinese label where the project shows one); ``SEARCH_ROLE`` holds
both the shown and the canonical name, so the filter finds a code by either. Drag-and-drop does not
change the model itself: it asks (``moveRequested``, ``textDropped``) and the
window pushes the core change; the model follows the resulting ChangeSet.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from annotator.core.changes import ChangeSet
from annotator.core.changes.base import Tally
from annotator.core.code_labels import CodeNames
from annotator.core.codebook import CodeTree
from annotator.core.model import Code
from annotator.gui.i18n import translate
from annotator.gui.models.headers import header_label

if TYPE_CHECKING:
    from annotator.gui.session import ProjectSession

CODE_MIME = "application/x-annotator-code"
GUID_ROLE = Qt.ItemDataRole.UserRole + 1
PATH_ROLE = Qt.ItemDataRole.UserRole + 2  # the canonical path (what identifies a code)
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # shown name and canonical name, for the filter
Index = QModelIndex | QPersistentModelIndex


class _Node:
    __slots__ = ("children", "code", "parent", "row")

    def __init__(self, code: Code | None, parent: _Node | None, row: int) -> None:
        self.code, self.parent, self.row = code, parent, row
        self.children: list[_Node] = []


def swatch(color: str, size: int = 12) -> QIcon:
    """A small rounded colour square (an icon, so it sits before the name in any style)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(128, 128, 128, 170))  # a grey rim keeps dark colours visible on dark themes
    painter.setBrush(QColor(color))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


def code_tooltip(code: Code, path: str, canonical: str = "") -> str:
    """Definitions as rich text, for the tooltip and the detail pane.

    ``code`` as shown (:meth:`CodeNames.shown`); ``canonical``, when it differs from ``path``,
    is the code's own path, named under it (what exports and the command line call it).
    """
    parts = [f"<b>{html.escape(path)}</b>"]
    if canonical and canonical != path:
        parts.append(f"<br><span style='color: palette(mid)'>{html.escape(canonical)}</span>")
    for label, value in (
        ("", code.short_definition),
        (translate("CodebookModel", "Definition"), code.definition),
        (translate("CodebookModel", "When to use"), code.when_to_use),
        (translate("CodebookModel", "When not to use"), code.when_not_to_use),
        (translate("CodebookModel", "Example"), code.example),
    ):
        if value:
            text = html.escape(value)
            parts.append(f"<p><i>{html.escape(label)}:</i> {text}</p>" if label else f"<p>{text}</p>")
    if code.shortcut:
        key = translate("CodebookModel", "Key")
        parts.append(f"<p><i>{html.escape(key)}:</i> {html.escape(code.shortcut)}</p>")
    return "".join(parts)


class CodebookModel(QAbstractItemModel):
    """Tree of codes; ``GUID_ROLE``/``PATH_ROLE`` give a code's id and path."""

    moveRequested = Signal(str, object, int)  # code, new parent (None = top), position (-1 = end)
    textDropped = Signal(str)  # a text selection was dropped on this code

    HEADERS = (
        QT_TRANSLATE_NOOP("CodebookModel", "Code"),
        QT_TRANSLATE_NOOP("CodebookModel", "Here / all"),
        QT_TRANSLATE_NOOP("CodebookModel", "Key"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.session: ProjectSession | None = None
        self.document: str | None = None
        self.coder: str | None = None  # count only this coder's codings
        self.tree = CodeTree([])
        self.names = CodeNames(self.tree)
        self._root = _Node(None, None, 0)
        self._nodes: dict[str, _Node] = {}
        self._here: dict[str, int] = {}
        self._all: dict[str, int] = {}
        self._icons: dict[str, QIcon] = {}

    # -- feeding ------------------------------------------------------------
    def set_session(self, session: ProjectSession | None) -> None:
        self.session, self.document = session, None
        self._rebuild()

    def set_document(self, document: str | None, here: dict[str, int] | None = None) -> None:
        """``here``: codings per code in that document, as the text view shows them."""
        self.document = document
        self._recount(here)

    def set_coder(self, coder: str | None, here: dict[str, int] | None = None) -> None:
        self.coder = coder
        self._recount(here)

    def apply_changes(self, changes: ChangeSet, here: dict[str, int] | None = None) -> None:
        """``here`` as in :meth:`set_document`, already updated for ``changes``."""
        if self.session is None:
            return
        if changes.codebook:
            self._rebuild(here)
            return
        if changes.codes:
            self.tree = self.session.tree
            self.names = self.session.code_names
            for guid in changes.codes:
                node = self._nodes.get(guid)
                code = self.tree.by_guid.get(guid)
                if node is not None and code is not None and code != node.code:  # not just its count
                    node.code = code
                    self._emit_row(node)
        if changes.codes or not changes.counts_known:
            self._recount(here)
        elif changes.tally:
            self._tally(changes.tally)

    def _tally(self, tally: Tally) -> None:
        """Move the counts a change reports: O(codings changed), never a count of every coding."""
        touched: set[str] = set()
        for document, code, coder, delta in tally:
            if self.coder is not None and coder != self.coder:
                continue
            self._all[code] = self._all.get(code, 0) + delta
            if document == self.document:
                self._here[code] = self._here.get(code, 0) + delta
            touched.add(code)
        for guid in touched:
            node = self._nodes.get(guid)
            if node is not None:
                index = self.createIndex(node.row, 1, node)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def _rebuild(self, here: dict[str, int] | None = None) -> None:
        self.beginResetModel()
        self.tree = self.session.tree if self.session else CodeTree([])
        self.names = self.session.code_names if self.session else CodeNames(self.tree)
        self._root = _Node(None, None, 0)
        self._nodes = {}
        self._add_children(self._root, None)
        self._count(here)
        self.endResetModel()

    def _add_children(self, node: _Node, guid: str | None) -> None:
        for row, code in enumerate(self.tree.children(guid)):
            child = _Node(code, node, row)
            node.children.append(child)
            self._nodes[code.guid] = child
            self._add_children(child, code.guid)

    def _count(self, here: dict[str, int] | None = None) -> None:
        store = self.session.store if self.session else None
        if store is None:
            self._here, self._all = {}, {}
        elif self.coder is None:
            self._all = store.coding_counts()
            if here is None:
                here = store.coding_counts(document=self.document) if self.document else {}
            self._here = here
        else:
            self._all = store.coding_counts(coder=self.coder)
            if here is None:
                here = store.coding_counts(document=self.document, coder=self.coder) if self.document else {}
            self._here = here

    def _recount(self, here: dict[str, int] | None = None) -> None:
        before = (self._here, self._all)
        self._count(here)
        changed = {g for g in set(before[0]) | set(self._here) if before[0].get(g) != self._here.get(g)}
        changed |= {g for g in set(before[1]) | set(self._all) if before[1].get(g) != self._all.get(g)}
        for guid in changed:
            node = self._nodes.get(guid)
            if node is not None:
                index = self.createIndex(node.row, 1, node)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def _emit_row(self, node: _Node) -> None:
        left = self.createIndex(node.row, 0, node)
        right = self.createIndex(node.row, len(self.HEADERS) - 1, node)
        self.dataChanged.emit(left, right)

    # -- lookups ------------------------------------------------------------
    def index_for(self, guid: str, column: int = 0) -> QModelIndex:
        node = self._nodes.get(guid)
        return self.createIndex(node.row, column, node) if node else QModelIndex()

    def code_at(self, index: Index) -> Code | None:
        node = self._node(index)
        return node.code if node is not self._root else None

    def tooltip(self, code: Code) -> str:
        """The code's definitions in the shown language, its shown path (and canonical one)."""
        names = self.names
        return code_tooltip(names.shown(code), names.path(code.guid), self.tree.path(code.guid))

    def counts(self, guid: str) -> tuple[int, int]:
        return self._here.get(guid, 0), self._all.get(guid, 0)

    def _node(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root  # type: ignore[no-any-return]

    # -- QAbstractItemModel -------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        up = self._node(index).parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            label = header_label(self.HEADERS, section)
            return translate("CodebookModel", label) if label is not None else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        code = self._node(index).code
        assert code is not None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.names.name(code.guid)
            if column == 1:
                here, total = self.counts(code.guid)
                return f"{here} / {total}" if total else ""
            return code.shortcut
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            icon = self._icons.get(code.color)
            if icon is None:
                icon = self._icons[code.color] = swatch(code.color)
            return icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(code)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return self.names.path(code.guid)
        if role == SEARCH_ROLE:
            shown = self.names.name(code.guid)
            return shown if shown == code.name else f"{shown}\n{code.name}"
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and not self.counts(code.guid)[0]:
            return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)  # none here: recede
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == GUID_ROLE:
            return code.guid
        if role == PATH_ROLE:
            return self.tree.path(code.guid)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    # -- drag and drop ------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [CODE_MIME, "text/plain"]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        guids = list(dict.fromkeys(self._node(i).code.guid for i in indexes if i.isValid()))  # type: ignore[union-attr]
        mime = QMimeData()
        mime.setData(CODE_MIME, "\n".join(guids).encode())
        mime.setText("\n".join(self.tree.path(g) for g in guids))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if data.hasFormat(CODE_MIME):
            return True
        return data.hasText() and parent.isValid() and row == -1  # text dropped *on* a code

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction or not self.canDropMimeData(
            data, action, row, column, parent
        ):
            return False
        target = self._node(parent).code
        if data.hasFormat(CODE_MIME):
            guid = bytes(data.data(CODE_MIME).data()).decode().split("\n")[0]
            node = self._nodes.get(guid)
            if node is None or node.code is None:
                return False
            new_parent = target.guid if target else None
            if row >= 0 and node.code.parent == new_parent and node.row < row:
                row -= 1  # the code leaves its old place first
            self.moveRequested.emit(guid, new_parent, row)
            return True
        if target is not None:
            self.textDropped.emit(target.guid)
            return True
        return False
