"""DocumentsModel: the project's documents with coding progress and attribute values."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRectF, Qt, QTimer
from PySide6.QtGui import QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from annotator.core.changes import ChangeSet
from annotator.core.model import Document
from annotator.gui.i18n import translate
from annotator.gui.models.headers import header_label

if TYPE_CHECKING:
    from annotator.gui.session import ProjectSession

DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2  # 0.0–1.0, for the progress bar delegate
RECOUNT_MS = 300
Index = QModelIndex | QPersistentModelIndex
WHOLE, PASSAGES = "whole", "passages"  # how a document is linked to the chosen case
MARK_SIZE = 10


def mark_icon(kind: str) -> QIcon:
    """A filled dot (linked whole), a ring (some passages linked) or nothing, in the palette's
    highlight colour (its highlighted-text colour on a selected row), so it reads in light and
    dark alike; always the same size, so the names line up."""
    palette = QApplication.palette()
    icon = QIcon()
    for mode, color in (
        (QIcon.Mode.Normal, palette.highlight().color()),
        (QIcon.Mode.Selected, palette.highlightedText().color()),
    ):
        ratio = 2
        pixmap = QPixmap(MARK_SIZE * ratio, MARK_SIZE * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        if kind in (WHOLE, PASSAGES):
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(color, 1.6))
            painter.setBrush(color if kind == WHOLE else Qt.GlobalColor.transparent)
            painter.drawEllipse(QRectF(1.5, 1.5, MARK_SIZE - 3, MARK_SIZE - 3))
            painter.end()
        icon.addPixmap(pixmap, mode)
    return icon


class DocumentsModel(QAbstractTableModel):
    """One row per document: name, % of characters coded, then one column per attribute."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.session: ProjectSession | None = None
        self.documents: list[Document] = []
        self.attributes: list[str] = []
        self.values: dict[str, dict[str, str]] = {}
        self.coded: dict[str, int] = {}
        self.marks: dict[str, str] = {}  # document GUID -> WHOLE or PASSAGES, for the chosen case
        self.mark_label = ""
        self._icons: dict[str, QIcon] = {}
        self._stale: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOUNT_MS)
        self._timer.timeout.connect(self._recount)

    def set_session(self, session: ProjectSession | None) -> None:
        self.session = session
        self.reload()

    def reload(self) -> None:
        self._timer.stop()
        self._stale = set()
        self.beginResetModel()
        store = self.session.store if self.session else None
        self.documents = store.documents() if store else []
        self.attributes = [a.name for a in store.attributes()] if store else []
        self.values = store.document_attributes() if store else {}
        self.coded = {}
        self.endResetModel()
        if self.documents:
            # Progress is a summary over every coding of every document (0.16 s at 100,000
            # codings): it follows the first paint instead of holding it up.
            self._stale = {d.guid for d in self.documents}
            self._timer.start()

    def apply_changes(self, changes: ChangeSet) -> None:
        if self.session is None:
            return
        if changes.document_list or changes.attributes:
            self.reload()
        elif changes.documents:
            self._stale |= changes.documents
            self._timer.start()  # progress is a summary: recount after a pause, not per coding

    def _recount(self) -> None:
        if self.session is None:
            return
        stale = self._stale & {d.guid for d in self.documents}
        fresh = self.session.store.coded_characters(stale)
        for guid in stale:
            self.coded[guid] = fresh.get(guid, 0)
        for row, doc in enumerate(self.documents):
            if doc.guid in self._stale:
                index = self.index(row, 1)
                self.dataChanged.emit(index, index)
        self._stale = set()

    def set_marks(self, label: str, marks: dict[str, str]) -> None:
        """Mark the documents of the chosen case ``label`` (empty: no case, no marks)."""
        if (label, marks) == (self.mark_label, self.marks):
            return
        self.mark_label, self.marks = label, dict(marks)
        self._icons = {}  # the palette may have changed since
        if self.documents:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.documents) - 1, 0))

    def _mark_icon(self, kind: str) -> QIcon:
        icon = self._icons.get(kind)
        if icon is None:
            icon = self._icons[kind] = mark_icon(kind)
        return icon

    def document_at(self, row: int) -> Document | None:
        return self.documents[row] if 0 <= row < len(self.documents) else None

    def row_of(self, guid: str) -> int:
        return next((i for i, d in enumerate(self.documents) if d.guid == guid), -1)

    def progress(self, doc: Document) -> float:
        return self.coded.get(doc.guid, 0) / doc.length if doc.length else 0.0

    # -- QAbstractTableModel --------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.documents)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2 + len(self.attributes)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return translate("DocumentsModel", "Document")
        if section == 1:
            return translate("DocumentsModel", "Coded")
        return header_label(self.attributes, section - 2)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        doc = self.documents[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return doc.name
            if column == 1:
                return f"{self.progress(doc):.0%}"
            return self.values.get(doc.guid, {}).get(self.attributes[column - 2], "")
        if role == Qt.ItemDataRole.ToolTipRole:
            attrs = self.values.get(doc.guid, {})
            lines = [
                doc.name,
                translate("DocumentsModel", "{length} characters, {percent} coded").format(
                    length=f"{doc.length:,}", percent=f"{self.progress(doc):.0%}"
                ),
            ]
            lines += [f"{k}: {v}" for k, v in attrs.items()]
            mark = self.marks.get(doc.guid)
            if mark == WHOLE:
                lines.append(
                    translate("DocumentsModel", "Linked whole to case {case}").format(case=self.mark_label)
                )
            elif mark == PASSAGES:
                lines.append(
                    translate("DocumentsModel", "Has passages linked to case {case}").format(
                        case=self.mark_label
                    )
                )
            return "\n".join(lines)
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and self.mark_label:
            return self._mark_icon(self.marks.get(doc.guid, ""))
        if role == Qt.ItemDataRole.FontRole and column == 0 and self.marks.get(doc.guid) == WHOLE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == DOCUMENT_ROLE:
            return doc.guid
        if role == PROGRESS_ROLE:
            return self.progress(doc)
        return None
