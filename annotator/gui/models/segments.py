"""SegmentsModel: the coded passages of the chosen code(s) across documents.

With no code chosen it lists the codings of the open document, so a click on
a highlight always has a row to select. With a case chosen (the Cases panel's
"show its passages") it lists the passages that belong to that case instead. After a change only the touched
codings' rows are inserted, moved or removed, so the user's selection and
scroll position survive coding work.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from annotator.core.changes import ChangeSet
from annotator.core.errors import NotFound
from annotator.core.model import Coding
from annotator.core.text import snippet
from annotator.gui.i18n import translate
from annotator.gui.models.cases import CaseLabels, touches_cases
from annotator.gui.models.headers import header_label
from annotator.gui.models.values_text import ValueTexts
from annotator.gui.veil import VEILED_ROLE, VeilState

if TYPE_CHECKING:
    from annotator.gui.session import ProjectSession

CODING_ROLE = Qt.ItemDataRole.UserRole + 1
WHOLE = 20_000  # characters of a passage the preview shows (a coding of a whole testimony is cut)


@dataclass(frozen=True)
class Quote:
    """A row's whole passage for the preview: what was coded, by whom, with a little context."""

    document: str
    code: str  # the code's path
    color: str
    coder: str
    before: str
    text: str
    after: str
    memo: str
    cut: int = 0  # characters of the passage left out (beyond WHOLE)
    veiled: str = ""  # the bar's text when the passage is veiled (``text`` is then the bar's too)


BULK = 200  # above this many touched codings, one re-query beats row-by-row updates
Index = QModelIndex | QPersistentModelIndex


class SegmentsModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("SegmentsModel", "Document"),
        QT_TRANSLATE_NOOP("SegmentsModel", "Code"),
        QT_TRANSLATE_NOOP("SegmentsModel", "Coder"),
        QT_TRANSLATE_NOOP("SegmentsModel", "Passage"),
        QT_TRANSLATE_NOOP("SegmentsModel", "Values"),
        QT_TRANSLATE_NOOP("SegmentsModel", "Memo"),
        QT_TRANSLATE_NOOP("SegmentsModel", "Cases"),
    )
    VALUES = 4  # the column of typed values (a double-click there edits them)
    CASES = 6  # the cases each passage belongs to

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.session: ProjectSession | None = None
        self.codes: frozenset[str] = frozenset()
        self.current_document: str | None = None
        self.case: str | None = None  # a case's passages instead of codes or the open document
        self.case_label = ""
        self.coder_filter: str | None = None
        self.document_filter: str | None = None
        self.rows: list[Coding] = []
        self._shown: dict[str, Coding] = {}  # guid -> the coding as shown (its row is found by key)
        self._texts: dict[str, str] = {}  # document text is immutable: cache it for snippets
        self._doc_names: dict[str, str] = {}
        self._doc_order: dict[str, int] = {}
        self._coder_names: dict[str, str] = {}
        self.values = ValueTexts()
        self.cases = CaseLabels()
        self.veil: VeilState | None = None

    def set_veil(self, veil: VeilState) -> None:
        """Veil warned passages as ``veil`` says (the passage column redraws when it changes)."""
        self.veil = veil
        veil.changed.connect(self._veil_changed)

    def _veil_changed(self) -> None:
        if self.rows:  # one signal for the passage and memo columns: rows and counts never change
            self.dataChanged.emit(self.index(0, 3), self.index(len(self.rows) - 1, 5))

    def veiled(self, row: int) -> list:
        """The veiled regions the passage of ``row`` overlaps (empty: it is shown)."""
        coding = self.coding_at(row)
        if coding is None or self.veil is None:
            return []
        return self.veil.veiled(coding.document, coding.start, coding.end)

    # -- scope ----------------------------------------------------------------
    def set_session(self, session: ProjectSession | None) -> None:
        self.beginResetModel()
        self.session = session
        self.values.set_session(session)
        self.cases.set_session(session)
        self.codes, self.current_document = frozenset(), None
        self.case, self.case_label = None, ""
        self.coder_filter = self.document_filter = None
        self._texts = {}
        self._load_names()
        self.rows = self._query()
        self._shown = {c.guid: c for c in self.rows}
        self.endResetModel()

    def set_codes(self, codes: frozenset[str] | set[str]) -> None:
        if frozenset(codes) != self.codes:
            self.codes = frozenset(codes)
            self.refresh()

    def set_current_document(self, document: str | None) -> None:
        if document != self.current_document:
            self.current_document = document
            if not self.codes and not self.case:
                self.refresh()

    def set_case(self, case: str | None, label: str = "") -> None:
        """Show the passages of ``case`` (None: back to the chosen codes or the open document)."""
        self.case_label = label if case else ""
        if case != self.case:
            self.case = case
            self.refresh()

    def set_filters(self, *, coder: str | None, document: str | None) -> None:
        if (coder, document) != (self.coder_filter, self.document_filter):
            self.coder_filter, self.document_filter = coder, document
            self.refresh()

    def apply_changes(self, changes: ChangeSet) -> None:
        if self.session is None:
            return
        self.values.apply_changes(changes)
        self.cases.apply_changes(changes)
        if changes.document_list or changes.codebook:
            self._load_names()
        if self.case and (changes.codings or touches_cases(changes)):
            self.refresh()  # which passages belong to the case is the store's rule: ask it again
            return
        if changes.codebook or changes.document_list or len(changes.codings) > BULK:
            self.refresh()
            return
        if changes.codings:
            self._update(changes.codings)
        if changes.codes or changes.extra.get("fields") or touches_cases(changes):
            self._emit_all()  # code paths, a field's name or the cases shown may have changed

    # -- rows -----------------------------------------------------------------
    def coding_at(self, row: int) -> Coding | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def quote(self, row: int, context: int = 100) -> Quote | None:
        """The whole passage of ``row`` (up to :data:`WHOLE` characters), its code and coder."""
        coding = self.coding_at(row)
        if coding is None or self.session is None:
            return None
        text = self._text(coding.document)
        tree = self.session.tree
        code = tree.by_guid.get(coding.code)
        end = min(coding.end, coding.start + WHOLE)
        veil, regions = self.veil, self.veiled(row)
        before = text[max(0, coding.start - context) : coding.start]
        after = text[coding.end : coding.end + context]
        if veil is not None and veil.active:  # context that reaches into a veiled region is left out
            if veil.veiled(coding.document, coding.start - len(before), coding.start):
                before = ""
            if veil.veiled(coding.document, coding.end, coding.end + len(after)):
                after = ""
        if regions and veil is not None:
            bar = veil.label(regions)
            return Quote(
                document=self._doc_names.get(coding.document, "?"),
                code=self.session.code_names.path(coding.code) if code is not None else "?",
                color=code.color if code is not None else "",
                coder=self._coder_names.get(coding.coder, "?"),
                before=before,
                text=bar,
                after=after,
                memo="",  # a note on the passage may say what it veils
                veiled=veil.accessible(regions),
            )
        return Quote(
            document=self._doc_names.get(coding.document, "?"),
            code=self.session.code_names.path(coding.code) if code is not None else "?",
            color=code.color if code is not None else "",
            coder=self._coder_names.get(coding.coder, "?"),
            before=before,
            text=text[coding.start : end],
            after=after,
            memo=coding.memo,
            cut=coding.end - end,
        )

    def row_of(self, guid: str) -> int:
        """The row of a coding: bisect on its sort key (rows are sorted; keys end with the GUID)."""
        coding = self._shown.get(guid)
        if coding is None:
            return -1
        row = bisect.bisect_left(self.rows, self._key(coding), key=self._key)
        return row if row < len(self.rows) and self.rows[row].guid == guid else -1

    def _load_names(self) -> None:
        store = self.session.store if self.session else None
        docs = store.documents() if store else []
        self._doc_names = {d.guid: d.name for d in docs}
        self._doc_order = {d.guid: i for i, d in enumerate(docs)}
        self._coder_names = {c.guid: c.name for c in store.coders()} if store else {}

    def _query(self) -> list[Coding]:
        if self.session is None:
            return []
        store = self.session.store
        if self.case:
            try:
                of_case = store.codings_of_case(self.case)
            except NotFound:
                of_case = []
            found = [
                c
                for c in of_case
                if self.coder_filter in (None, c.coder) and self.document_filter in (None, c.document)
            ]
        elif self.codes:
            found = store.codings(codes=self.codes, coder=self.coder_filter, document=self.document_filter)
        elif self.current_document:
            wanted = self.coder_filter
            found = [
                c
                for c in self.session.codings_of(self.current_document)
                if wanted is None or c.coder == wanted
            ]
        else:
            return []
        return sorted(found, key=self._key)

    def _wanted(self, c: Coding) -> bool:
        if self.coder_filter is not None and c.coder != self.coder_filter:
            return False
        if self.codes:
            return c.code in self.codes and self.document_filter in (None, c.document)
        return c.document == self.current_document

    def _key(self, c: Coding) -> tuple[int, int, int, str]:
        return (self._doc_order.get(c.document, 0), c.start, c.end, c.guid)

    def _update(self, guids: frozenset[str]) -> None:
        """A few codings changed: move, add or drop just their rows (no re-query of the rest)."""
        assert self.session is not None
        store = self.session.store
        for guid in guids:
            row = self.row_of(guid)
            try:
                coding: Coding | None = store.coding(guid)
            except NotFound:
                coding = None
            keep = coding is not None and self._wanted(coding)
            if coding is not None and keep and row >= 0 and self._key(coding) == self._key(self.rows[row]):
                self.rows[row] = self._shown[guid] = coding  # same place; code or memo changed
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
                continue
            if row >= 0:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                del self._shown[guid]
                self.endRemoveRows()
            if coding is not None and keep:
                if coding.coder not in self._coder_names:
                    self._coder_names = {c.guid: c.name for c in store.coders()}
                at = bisect.bisect(self.rows, self._key(coding), key=self._key)
                self.beginInsertRows(QModelIndex(), at, at)
                self.rows.insert(at, coding)
                self._shown[guid] = coding
                self.endInsertRows()

    def refresh(self) -> None:
        """Re-query the whole scope (a new scope, or a bulk change): one model reset."""
        self.beginResetModel()
        self.rows = self._query()
        self._shown = {c.guid: c for c in self.rows}
        if self.session is not None and any(c.coder not in self._coder_names for c in self.rows):
            self._coder_names = {c.guid: c.name for c in self.session.store.coders()}
        self.endResetModel()

    def _emit_all(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.HEADERS) - 1))

    def _text(self, document: str) -> str:
        text = self._texts.get(document)
        if text is None and self.session is not None:
            text = self._texts[document] = self.session.store.document_text(document)
        return text or ""

    # -- QAbstractTableModel --------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                label = header_label(self.HEADERS, section)
                return translate("SegmentsModel", label) if label else label
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.session is None:
            return None
        coding = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return self._doc_names.get(coding.document, "?")
            if column == 1:  # the code's name; its path in the tooltip (paths elide badly)
                tree = self.session.tree
                if coding.code not in tree:
                    return "?"
                names = self.session.code_names  # its label where the project shows one
                if role == Qt.ItemDataRole.ToolTipRole:
                    return names.path(coding.code)
                return names.name(coding.code)
            if column == 2:
                return self._coder_names.get(coding.coder, "?")
            if column == 3:
                regions = self.veiled(index.row())
                if regions and self.veil is not None:
                    if role == Qt.ItemDataRole.ToolTipRole:
                        return self.veil.hint(regions)
                    return self.veil.label(regions)
                limit = 2000 if role == Qt.ItemDataRole.ToolTipRole else 160
                return " ".join(snippet(self._text(coding.document), coding.start, coding.end, limit).split())
            if column == self.VALUES:
                line = self.values.line(coding.guid)
                if role == Qt.ItemDataRole.ToolTipRole:
                    return (line + "\n" if line else "") + translate(
                        "SegmentsModel", "Double-click to edit the values"
                    )
                return line
            if column == self.CASES:
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.cases.line(coding.guid) or translate("SegmentsModel", "Linked to no case")
                return ", ".join(self.cases.labels(coding.guid)[0])
            if coding.memo and self.veiled(index.row()):  # a note on the passage may say what it veils
                return ""
            return coding.memo
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 1:
            code = self.session.tree.by_guid.get(coding.code)
            if code is not None:
                from annotator.gui.models.codebook import swatch  # noqa: PLC0415 (avoid a cycle)

                return swatch(code.color, 10)
        if (
            role == Qt.ItemDataRole.FontRole
            and index.column() == self.CASES
            and self.cases.labels(coding.guid)[1]
        ):
            font = QFont()
            font.setItalic(True)  # through its document, not linked itself (the tooltip says so)
            return font
        if role == CODING_ROLE:
            return coding.guid
        if index.column() == 3 and role in (VEILED_ROLE, Qt.ItemDataRole.AccessibleTextRole):
            regions = self.veiled(index.row())
            if not regions or self.veil is None:
                return None
            return self.veil.label(regions) if role == VEILED_ROLE else self.veil.accessible(regions)
        return None
