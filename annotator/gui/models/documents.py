"""DocumentsModel: the project's documents with coding progress and attribute values."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer

from annotator.core.changes import ChangeSet
from annotator.core.model import Document
from annotator.gui.models.headers import header_label

if TYPE_CHECKING:
    from annotator.gui.session import ProjectSession

DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2  # 0.0–1.0, for the progress bar delegate
RECOUNT_MS = 300
Index = QModelIndex | QPersistentModelIndex


class DocumentsModel(QAbstractTableModel):
    """One row per document: name, % of characters coded, then one column per attribute."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.session: ProjectSession | None = None
        self.documents: list[Document] = []
        self.attributes: list[str] = []
        self.values: dict[str, dict[str, str]] = {}
        self.coded: dict[str, int] = {}
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
            return "Document"
        if section == 1:
            return "Coded"
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
            lines = [doc.name, f"{doc.length:,} characters, {self.progress(doc):.0%} coded"]
            lines += [f"{k}: {v}" for k, v in attrs.items()]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == DOCUMENT_ROLE:
            return doc.guid
        if role == PROGRESS_ROLE:
            return self.progress(doc)
        return None
