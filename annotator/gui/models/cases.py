"""CasesModel: the project's cases (persons) with their role and links; CaseLabels: the cases
a coding belongs to, as one line for the segments table and the text's tooltip.

Both only read the store (``annotator.core.store.cases``); which passages belong to a case
is the store's rule (linked directly, or unassigned in a document linked whole), never
decided here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from annotator.core.changes import ChangeSet
from annotator.core.model import Case
from annotator.gui.i18n import translate
from annotator.gui.models.headers import header_label

if TYPE_CHECKING:
    from annotator.gui.session import ProjectSession

CASE_ROLE = Qt.ItemDataRole.UserRole + 1
FILTER_ROLE = Qt.ItemDataRole.UserRole + 2  # label, role, attributes and memo: what the filter box searches
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
Index = QModelIndex | QPersistentModelIndex
# Interface words stored as keys: the project keeps "victim", the interface shows its translation.
ROLE_LABELS = {
    "victim": QT_TRANSLATE_NOOP("CasesModel", "victim"),
    "perpetrator": QT_TRANSLATE_NOOP("CasesModel", "perpetrator"),
    "other": QT_TRANSLATE_NOOP("CasesModel", "other"),
}
TYPE_LABELS = {
    "text": QT_TRANSLATE_NOOP("CasesModel", "text"),
    "number": QT_TRANSLATE_NOOP("CasesModel", "number"),
    "date": QT_TRANSLATE_NOOP("CasesModel", "date"),
    "boolean": QT_TRANSLATE_NOOP("CasesModel", "boolean"),
}


def role_label(role: str) -> str:
    """A case role (stored key, e.g. "victim") in the interface language."""
    return translate("CasesModel", ROLE_LABELS[role]) if role in ROLE_LABELS else role


def type_label(kind: str) -> str:
    """An attribute type (stored key, e.g. "number") in the interface language."""
    return translate("CasesModel", TYPE_LABELS[kind]) if kind in TYPE_LABELS else kind


def touches_cases(changes: ChangeSet) -> bool:
    """A change that may alter cases, their links or what they count."""
    extra = changes.extra
    return bool(extra.get("cases") or extra.get("case_links") or extra.get("reload") or changes.document_list)


@dataclass
class CaseRow:
    case: Case
    documents: int = 0
    passages: int = 0
    attributes: dict[str, str] = field(default_factory=dict)


class CasesModel(QAbstractTableModel):
    """One row per case, by label: label, role, documents linked whole, passages linked directly."""

    HEADERS = (
        QT_TRANSLATE_NOOP("CasesModel", "Case"),
        QT_TRANSLATE_NOOP("CasesModel", "Role"),
        QT_TRANSLATE_NOOP("CasesModel", "Documents"),
        QT_TRANSLATE_NOOP("CasesModel", "Passages"),
    )
    DOCUMENTS, PASSAGES = 2, 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.session: ProjectSession | None = None
        self.rows: list[CaseRow] = []

    def set_session(self, session: ProjectSession | None) -> None:
        self.session = session
        self.beginResetModel()
        self.rows = self._read()
        self.endResetModel()

    def _read(self) -> list[CaseRow]:
        store = self.session.store if self.session else None
        if store is None:
            return []
        cases = store.cases()
        if not cases:
            return []
        passages = store.case_passage_counts()
        documents: dict[str, int] = {}
        for case, _doc in store.case_document_links():
            documents[case] = documents.get(case, 0) + 1
        attributes: dict[str, dict[str, str]] = {}
        for a in store.case_attribute_rows():
            attributes.setdefault(a.case, {})[a.name] = a.value
        return [
            CaseRow(c, documents.get(c.guid, 0), passages.get(c.guid, 0), attributes.get(c.guid, {}))
            for c in cases
        ]

    def apply_changes(self, changes: ChangeSet) -> None:
        """Re-read after a change to cases or links, or to codings while there are cases (a removed
        coding takes its links along). The same cases in the same order update in place, so the
        list keeps its selection; otherwise one reset."""
        if self.session is None:
            return
        if not touches_cases(changes) and not (changes.codings and self.rows):
            return
        fresh = self._read()
        if [r.case.guid for r in fresh] == [r.case.guid for r in self.rows]:
            # only the rows that differ: a new coding changes no count, and repainting every
            # row on every keystroke cost a coding 6 ms on the demo
            changed = [i for i, (new, old) in enumerate(zip(fresh, self.rows, strict=True)) if new != old]
            self.rows = fresh
            last = len(self.HEADERS) - 1
            for i in changed:
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))
            return
        self.beginResetModel()
        self.rows = fresh
        self.endResetModel()

    def case_at(self, row: int) -> Case | None:
        return self.rows[row].case if 0 <= row < len(self.rows) else None

    def row_of(self, guid: str | None) -> int:
        return next((i for i, r in enumerate(self.rows) if r.case.guid == guid), -1)

    def label_of(self, guid: str | None) -> str:
        row = self.row_of(guid)
        return self.rows[row].case.label if row >= 0 else ""

    # -- QAbstractTableModel --------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            label = header_label(self.HEADERS, section)
            return translate("CasesModel", label) if label else label
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.case.label
            if column == 1:
                return role_label(row.case.role)
            if column == self.DOCUMENTS:
                return str(row.documents)
            if column == self.PASSAGES:
                return str(row.passages)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.DOCUMENTS, self.PASSAGES):
            return RIGHT
        if role == CASE_ROLE:
            return row.case.guid
        if role == FILTER_ROLE:
            parts = [row.case.label, row.case.role, role_label(row.case.role), row.case.memo]
            parts += [f"{k} {v}" for k, v in row.attributes.items()]
            return " ".join(parts)
        return None

    @staticmethod
    def _tooltip(row: CaseRow) -> str:
        lines = [
            translate("CasesModel", "{label} ({role})").format(
                label=row.case.label, role=role_label(row.case.role)
            )
        ]
        lines += [f"{k}: {v}" for k, v in row.attributes.items()]
        # (the count in a plain name: lupdate skips a call whose count is an attribute or a call)
        n_docs, n_passages = row.documents, row.passages
        docs = (
            translate("CasesModel", "%n document linked whole", None, n_docs)
            if n_docs == 1
            else translate("CasesModel", "%n documents linked whole", None, n_docs)
        )
        passages = (
            translate("CasesModel", "%n passage linked directly", None, n_passages)
            if n_passages == 1
            else translate("CasesModel", "%n passages linked directly", None, n_passages)
        )
        lines.append(
            translate("CasesModel", "{documents}, {passages}").format(documents=docs, passages=passages)
        )
        memo = row.case.memo.strip()
        if memo:
            first = memo.splitlines()[0]
            lines.append(first if len(first) <= 120 else first[:119] + "…")
        return "\n".join(lines)


class CaseLabels:
    """Reads and caches, per coding, the cases it belongs to (``Case: Victim A``).

    Read only for the rows and highlights shown, and not at all while the project has no
    cases, so a project without cases pays nothing.
    """

    def __init__(self) -> None:
        self.session: ProjectSession | None = None
        self._any: bool | None = None
        self._found: dict[str, tuple[tuple[str, ...], bool]] = {}

    def set_session(self, session: ProjectSession | None) -> None:
        self.session = session
        self._any = None
        self._found = {}

    def apply_changes(self, changes: ChangeSet) -> None:
        if touches_cases(changes):
            self._any = None
            self._found = {}
        for guid in changes.codings:
            self._found.pop(guid, None)

    def labels(self, coding: str) -> tuple[tuple[str, ...], bool]:
        """The labels of the cases ``coding`` belongs to, and whether only through its document
        (linked whole, the passage itself linked to no case)."""
        found = self._found.get(coding)
        if found is None:
            found = self._found[coding] = self._read(coding)
        return found

    def _read(self, coding: str) -> tuple[tuple[str, ...], bool]:
        store = self.session.store if self.session else None
        if store is None:
            return (), False
        if self._any is None:
            self._any = bool(store.cases())
        if not self._any:
            return (), False
        direct = store.cases_of_coding(coding)
        if direct:
            return tuple(c.label for c in direct), False
        return tuple(c.label for c in store.cases_owning_coding(coding)), True

    def line(self, coding: str) -> str:
        """``Case: Victim A``, ``Cases: A, B``, ``Case (whole document): A``; empty for none."""
        labels, via_document = self.labels(coding)
        if not labels:
            return ""
        names = ", ".join(labels)
        if via_document:
            if len(labels) == 1:
                return translate("CaseLabels", "Case (whole document): {cases}").format(cases=names)
            return translate("CaseLabels", "Cases (whole document): {cases}").format(cases=names)
        if len(labels) == 1:
            return translate("CaseLabels", "Case: {cases}").format(cases=names)
        return translate("CaseLabels", "Cases: {cases}").format(cases=names)
