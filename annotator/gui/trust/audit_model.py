"""The audit trail as a table: rows built once from the store, filtered by a proxy.

Rows are plain dataclasses made in one pass over ``audit_entries()`` (summaries
and the documents each entry concerns are computed up front), so filtering and
sorting a long trail never goes back to SQLite or re-parses JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

from annotator.core.code_labels import CodeNames
from annotator.core.store import ProjectStore
from annotator.gui.i18n import translate
from annotator.gui.models.headers import header_label
from annotator.gui.trust.audit_text import Names, documents_of, parse, summarise

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("AuditModel", "Time"),
    QT_TRANSLATE_NOOP("AuditModel", "Coder"),
    QT_TRANSLATE_NOOP("AuditModel", "Action"),
    QT_TRANSLATE_NOOP("AuditModel", "What"),
)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# The actions the trail stores (the core's keys, in English: what an export and the chain's
# hashes hold), each shown in the interface language; an action not listed is shown as stored.
ACTIONS = frozenset(
    (
        QT_TRANSLATE_NOOP("AuditAction", "add case"),
        QT_TRANSLATE_NOOP("AuditAction", "add code"),
        QT_TRANSLATE_NOOP("AuditAction", "add code labels"),
        QT_TRANSLATE_NOOP("AuditAction", "add content warning"),
        QT_TRANSLATE_NOOP("AuditAction", "add value field"),
        QT_TRANSLATE_NOOP("AuditAction", "apply code"),
        QT_TRANSLATE_NOOP("AuditAction", "autocode"),
        QT_TRANSLATE_NOOP("AuditAction", "build demo"),
        QT_TRANSLATE_NOOP("AuditAction", "change"),
        QT_TRANSLATE_NOOP("AuditAction", "code passages"),
        QT_TRANSLATE_NOOP("AuditAction", "composite"),
        QT_TRANSLATE_NOOP("AuditAction", "create project"),
        QT_TRANSLATE_NOOP("AuditAction", "delete case"),
        QT_TRANSLATE_NOOP("AuditAction", "delete code"),
        QT_TRANSLATE_NOOP("AuditAction", "delete value field"),
        QT_TRANSLATE_NOOP("AuditAction", "edit case"),
        QT_TRANSLATE_NOOP("AuditAction", "edit code"),
        QT_TRANSLATE_NOOP("AuditAction", "edit code label"),
        QT_TRANSLATE_NOOP("AuditAction", "edit coding"),
        QT_TRANSLATE_NOOP("AuditAction", "edit content warning"),
        QT_TRANSLATE_NOOP("AuditAction", "edit value field"),
        QT_TRANSLATE_NOOP("AuditAction", "import codebook"),
        QT_TRANSLATE_NOOP("AuditAction", "import document"),
        QT_TRANSLATE_NOOP("AuditAction", "import refi-qda"),
        QT_TRANSLATE_NOOP("AuditAction", "in vivo code"),
        QT_TRANSLATE_NOOP("AuditAction", "link documents to case"),
        QT_TRANSLATE_NOOP("AuditAction", "link old coder names"),
        QT_TRANSLATE_NOOP("AuditAction", "link passages"),
        QT_TRANSLATE_NOOP("AuditAction", "link passages to case"),
        QT_TRANSLATE_NOOP("AuditAction", "link translation"),
        QT_TRANSLATE_NOOP("AuditAction", "merge"),
        QT_TRANSLATE_NOOP("AuditAction", "merge cases"),
        QT_TRANSLATE_NOOP("AuditAction", "merge codes"),
        QT_TRANSLATE_NOOP("AuditAction", "mirror coding"),
        QT_TRANSLATE_NOOP("AuditAction", "move code"),
        QT_TRANSLATE_NOOP("AuditAction", "open warned document"),
        QT_TRANSLATE_NOOP("AuditAction", "recolour codes"),
        QT_TRANSLATE_NOOP("AuditAction", "remove codings"),
        QT_TRANSLATE_NOOP("AuditAction", "remove content warning"),
        QT_TRANSLATE_NOOP("AuditAction", "restore backup"),
        QT_TRANSLATE_NOOP("AuditAction", "review decision"),
        QT_TRANSLATE_NOOP("AuditAction", "set attribute"),
        QT_TRANSLATE_NOOP("AuditAction", "set code language"),
        QT_TRANSLATE_NOOP("AuditAction", "set code warnings"),
        QT_TRANSLATE_NOOP("AuditAction", "set document warnings"),
        QT_TRANSLATE_NOOP("AuditAction", "set memo"),
        QT_TRANSLATE_NOOP("AuditAction", "set own codings only"),
        QT_TRANSLATE_NOOP("AuditAction", "set pseudonyms"),
        QT_TRANSLATE_NOOP("AuditAction", "set values"),
        QT_TRANSLATE_NOOP("AuditAction", "unlink documents from case"),
        QT_TRANSLATE_NOOP("AuditAction", "unlink passages"),
        QT_TRANSLATE_NOOP("AuditAction", "unlink passages from case"),
        QT_TRANSLATE_NOOP("AuditAction", "unlink translation"),
    )
)


def action_label(action: str) -> str:
    """A stored action as the table shows it: "set attribute" → "속성 설정" (Korean)."""
    if action in ACTIONS:
        return translate("AuditAction", action)
    if action.startswith("undo ") and action[5:] in ACTIONS:
        return translate("AuditModel", "undo {action}").format(action=translate("AuditAction", action[5:]))
    return action


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    when: datetime  # local time
    coder: str  # GUID ("" for the program itself)
    coder_name: str
    action: str
    summary: str
    entry: dict[str, Any]  # the stored entry, for tooltips and export
    documents: frozenset[str]


def when_of(at: str) -> datetime:
    """The stored UTC ISO time as a local datetime (an unreadable time sorts first)."""
    try:
        parsed = datetime.fromisoformat(at.replace("Z", "+00:00"))
    except (AttributeError, ValueError):
        return datetime.min
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone()


def project_names(store: ProjectStore, code_names: CodeNames | None = None) -> Names:
    """Names as the project has them now (codes by path, codings to their documents).

    ``code_names``: what the window calls each code (its label); canonical paths without it.
    """
    from annotator.core.codebook import CodeTree  # noqa: PLC0415

    if code_names is None:
        code_names = CodeNames(CodeTree(store.codes()))
    names = Names(
        documents={d.guid: d.name for d in store.documents()},
        codes={guid: code_names.path(guid) for guid in code_names.tree.by_guid},
        coders={c.guid: c.name for c in store.coders()},
        coder_ids=store.audit_coder_ids(),
    )
    for c in store.codings():
        names.coding_document[c.guid] = c.document
        names.coding_code[c.guid] = c.code
    return names


def build_rows(entries: list[dict[str, Any]], names: Names) -> list[AuditRow]:
    parsed = [parse(e["what"]) for e in entries]
    for what in parsed:  # first learn every coding's document, so later undo entries find theirs
        names.learn(what)
    return [
        AuditRow(
            id=int(e["id"]),
            when=when_of(e["at"]),
            coder=names.coder_id(e["coder"] or ""),
            coder_name=names.coder(e["coder"] or ""),
            action=e["action"],
            summary=summarise(e["action"], what, names),
            entry=e,
            documents=frozenset(documents_of(what, names)),
        )
        for e, what in zip(entries, parsed, strict=True)
    ]


class AuditModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[AuditRow] = []
        self.problems: dict[int, str] = {}  # entry id -> what is wrong with it

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.problems = {}
        self.endResetModel()

    def set_problems(self, problems: dict[int, str]) -> None:
        self.problems = problems
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            label = header_label(COLUMNS, section)
            return translate("AuditModel", label) if label and label != "#" else label
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(row.id),
                row.when.strftime("%Y-%m-%d %H:%M:%S") if row.when != datetime.min else row.entry["at"],
                row.coder_name,
                action_label(row.action),
                row.summary,
            )[col]
        if role == SORT_ROLE:
            return (
                row.id,
                row.id,
                row.coder_name.casefold(),
                action_label(row.action),
                row.summary.casefold(),
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            problem = self.problems.get(row.id)
            if col == 0 and problem:
                return problem
            if col == 1:
                return translate("AuditModel", "{time} (UTC)").format(time=row.entry["at"])
            if col == 4:
                what = parse(row.entry["what"])
                return json.dumps(what, ensure_ascii=False, indent=1) if not isinstance(what, str) else what
            return None
        if role == Qt.ItemDataRole.DecorationRole and col == 0 and row.id in self.problems:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and row.id in self.problems:
            return self.problems[row.id]
        return None


class AuditFilter(QSortFilterProxyModel):
    """Filter by coder GUID, document GUID and an inclusive range of local dates."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.coder: str | None = None
        self.document: str | None = None
        self.first: date | None = None
        self.last: date | None = None
        self.setSortRole(SORT_ROLE)

    def set_filters(
        self,
        *,
        coder: str | None = None,
        document: str | None = None,
        first: date | None = None,
        last: date | None = None,
    ) -> None:
        self.beginFilterChange()
        self.coder, self.document, self.first, self.last = coder, document, first, last
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, AuditModel)
        row = model.rows[source_row]
        if self.coder is not None and row.coder != self.coder:
            return False
        if self.document is not None and self.document not in row.documents:
            return False
        day = row.when.date() if row.when != datetime.min else None
        if day is not None and self.first is not None and day < self.first:
            return False
        return not (day is not None and self.last is not None and day > self.last)

    def visible_rows(self) -> list[AuditRow]:
        """The rows shown, in id order (what an export of the current view writes)."""
        model = self.sourceModel()
        assert isinstance(model, AuditModel)
        shown = [model.rows[self.mapToSource(self.index(r, 0)).row()] for r in range(self.rowCount())]
        return sorted(shown, key=lambda r: r.id)
