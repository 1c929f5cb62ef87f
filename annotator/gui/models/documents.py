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
from annotator.gui.warning_names import display_list

if TYPE_CHECKING:
    from annotator.gui.session import ProjectSession

DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2  # 0.0–1.0, for the progress bar delegate
RECOUNT_MS = 300
Index = QModelIndex | QPersistentModelIndex
WHOLE, PASSAGES = "whole", "passages"  # how a document is linked to the chosen case
MARK_SIZE = 10
NAME, WARNED, CODED = 0, 1, 2  # then one column per attribute
FIRST_ATTRIBUTE = 3
WARNINGS_ROLE = Qt.ItemDataRole.UserRole + 3  # the document's warnings (stored names), sorted


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
    """One row per document: name, its content-warning tag, % of characters coded, then one
    column per attribute.

    The tag is a short neutral text ("CW") in the palette's placeholder colour: it says that
    the document carries warnings (the tool tip and the accessible text name them) without
    drawing the eye.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.session: ProjectSession | None = None
        self.documents: list[Document] = []
        self.attributes: list[str] = []
        self.values: dict[str, dict[str, str]] = {}
        self.coded: dict[str, int] = {}
        self.warnings: dict[str, frozenset[str]] = {}  # document GUID -> its warnings
        self.warning_order: list[str] = []
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
        self._read_warnings()
        self.coded = {}
        self.endResetModel()
        if self.documents:
            # Progress is a summary over every coding of every document (0.16 s at 100,000
            # codings): it follows the first paint instead of holding it up.
            self._stale = {d.guid for d in self.documents}
            self._timer.start()

    def _read_warnings(self) -> None:
        store = self.session.store if self.session else None
        self.warnings = store.document_warnings() if store else {}
        self.warning_order = [w.name for w in store.content_warnings()] if store else []

    def any_warned(self) -> bool:
        return bool(self.warnings)

    def warnings_of(self, guid: str) -> list[str]:
        """The warnings ``guid`` carries, in the project's order."""
        order = self.warning_order
        return sorted(
            self.warnings.get(guid, ()), key=lambda n: (order.index(n) if n in order else len(order), n)
        )

    def apply_changes(self, changes: ChangeSet) -> None:
        if self.session is None:
            return
        if changes.document_list or changes.attributes:
            self.reload()
            return
        if changes.extra.get("warnings") or changes.extra.get("reload"):
            self._read_warnings()
            if self.documents:
                self.dataChanged.emit(self.index(0, NAME), self.index(len(self.documents) - 1, WARNED))
        if changes.documents:
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
                index = self.index(row, CODED)
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
        return 0 if parent.isValid() else FIRST_ATTRIBUTE + len(self.attributes)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == WARNED and role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return translate("DocumentsModel", "Content warnings")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == NAME:
            return translate("DocumentsModel", "Document")
        if section == WARNED:
            return translate("DocumentsModel", "CW")  # narrow; the tool tip says what it is
        if section == CODED:
            return translate("DocumentsModel", "Coded")
        return header_label(self.attributes, section - FIRST_ATTRIBUTE)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        doc = self.documents[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return doc.name
            if column == WARNED:
                return translate("DocumentsModel", "CW") if doc.guid in self.warnings else ""
            if column == CODED:
                return f"{self.progress(doc):.0%}"
            return self.values.get(doc.guid, {}).get(self.attributes[column - FIRST_ATTRIBUTE], "")
        if column == WARNED and doc.guid in self.warnings:
            found = self._warned_data(doc.guid, role)
            if found is not None:
                return found
        if role == Qt.ItemDataRole.ToolTipRole:
            attrs = self.values.get(doc.guid, {})
            lines = [
                doc.name,
                translate("DocumentsModel", "{length} characters, {percent} coded").format(
                    length=f"{doc.length:,}", percent=f"{self.progress(doc):.0%}"
                ),
            ]
            lines += [f"{k}: {v}" for k, v in attrs.items()]
            if doc.guid in self.warnings:
                lines.append(self._warned_sentence(doc.guid))
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
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CODED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == DOCUMENT_ROLE:
            return doc.guid
        if role == PROGRESS_ROLE:
            return self.progress(doc)
        if role == WARNINGS_ROLE:
            return self.warnings_of(doc.guid)
        return None

    def _warned_sentence(self, guid: str) -> str:
        return translate("DocumentsModel", "Content warnings: {warnings}").format(
            warnings=display_list(self.warnings_of(guid))
        )

    def _warned_data(self, guid: str, role: int) -> Any:
        """The tag's tool tip, accessible text and quiet colour (None: as any other cell)."""
        if role in (
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.AccessibleDescriptionRole,
        ):
            return self._warned_sentence(guid)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QApplication.palette().placeholderText()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
