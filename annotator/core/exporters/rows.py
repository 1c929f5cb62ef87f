"""What every format writer shares: the filtered, cleaned data, the coding rows, safe cells.

- :func:`load` reads a filtered project once, through
  :func:`annotator.core.project_data.read_project_data` (the single way to read a
  filtered project), passes it through the privacy step
  (:mod:`annotator.core.exporters.privacy`) and puts codings in reading order.
  Writers only ever see this :class:`ExportData`. Texts stay in the store until a
  writer reads them, one document at a time (:class:`DocumentTexts`), so the store
  must stay open while the export is written.
- :func:`neutralise` defuses spreadsheet formulas (CSV/XLSX "formula injection").
- :class:`Ticker` reports progress and honours cancellation every few thousand rows.

Where an export is written, and how a cancelled one leaves nothing, is the
export request's business (:mod:`annotator.core.exporters.request`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from annotator.core.analysis.query import Selection
from annotator.core.analysis.translations import Counterparts
from annotator.core.codebook import CodeTree
from annotator.core.errors import Cancelled
from annotator.core.exporters.privacy import Cleaner, Privacy
from annotator.core.exporters.value_columns import ValueColumn, value_columns, value_of
from annotator.core.messages import translate
from annotator.core.model import Attribute, Coding, Document, ProjectInfo
from annotator.core.project_data import ProjectData, document_records, read_project_data, text_reader
from annotator.core.store import ProjectStore
from annotator.core.store.values import CodeField
from annotator.core.values import Value

Destination = str | os.PathLike[str] | IO[bytes]
Progress = Callable[[int, int, str], None]
"""``progress(done, total, what)``; ``total`` may be 0 when unknown."""
IsCancelled = Callable[[], bool]

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)\Z")
CODING_COLUMNS = ("document", "code", "coder", "start", "end", "text", "memo", "created_at")
# With ``--with-translation``: the passage's counterpart in each linked document (an original's
# translations, a translation's original), after every other column.
ALIGNED_COLUMNS = ("aligned_document", "aligned_language", "aligned_text")


def neutralise(value: str) -> str:
    """Prefix ``'`` to a cell that a spreadsheet would read as a formula (OWASP's advice).

    Cells starting with ``=``, ``+``, ``-``, ``@``, tab or CR are prefixed; a
    plain number such as ``-5`` or ``+3.5`` is left alone because a spreadsheet
    reads it as that number, never as a formula. The quote is visible in the
    cell: the price of making a hostile testimony harmless.
    """
    if value and value[0] in FORMULA_TRIGGERS and not _PLAIN_NUMBER.match(value):
        return "'" + value
    return value


class Ticker:
    """Progress and cancellation for a loop of ``total`` steps, checked every ``every`` steps."""

    def __init__(
        self,
        total: int,
        progress: Progress | None,
        cancelled: IsCancelled | None,
        what: str,
        every: int = 2000,
    ) -> None:
        self.total, self.progress, self.cancelled, self.what, self.every = (
            total,
            progress,
            cancelled,
            what,
            every,
        )
        self.done = 0

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled(translate("CoreExport", "export cancelled; no file was written"))
        if self.progress is not None:
            self.progress(self.done, self.total, self.what)

    def step(self, n: int = 1) -> None:
        before = self.done
        self.done += n
        if before // self.every != self.done // self.every:
            self.check()


class DocumentTexts:
    """Document texts by GUID, read when asked for; only the last one asked for is kept.

    Why: every text at once is the whole corpus in memory (gigabytes at 20,000
    interviews). Writers ask in reading order (codings come grouped by document), so
    each text is read (and, when pseudonymised, rewritten) once per pass and dropped
    when the next document's is read.
    """

    def __init__(self, read: Callable[[str], str]) -> None:
        self.read = read
        self._guid: str | None = None
        self._text = ""

    def __getitem__(self, guid: str) -> str:
        if guid != self._guid:
            self._guid, self._text = None, ""  # never two texts at once
            self._text = self.read(guid)
            self._guid = guid
        return self._text


@dataclass
class ExportData:
    """A filtered project as it may leave it: pseudonymised or without text already.

    ``codings`` are in reading order; their ``start``/``end`` point into ``texts``
    (the texts this export carries, pseudonymised when asked, read one at a time). :meth:`stored_span`
    gives a coding's position in the project's own text, for formats that carry
    no document text (csv, xlsx, html): a reader can find the passage in the project.
    """

    info: ProjectInfo
    data: ProjectData
    selection: Selection
    tree: CodeTree
    codings: list[Coding]
    documents: list[Document]
    texts: DocumentTexts
    coder_names: dict[str, str]
    attributes: list[Attribute]
    values: dict[str, dict[str, str]]  # document GUID -> attribute GUID -> exported text
    pseudonymised: bool = False
    text_dropped: bool = False
    stored_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    filters: dict[str, Any] = field(default_factory=dict)  # the filters, described with exported names
    doc_names: dict[str, str] = field(default_factory=dict)
    fields: list[CodeField] = field(default_factory=list)  # value fields of the codebook, cleaned
    value_columns: list[ValueColumn] = field(default_factory=list)  # those of the exported codes
    coding_values: dict[str, dict[str, Value]] = field(default_factory=dict)  # coding -> field -> value
    # coding -> its aligned passages (document name, language, text), cleaned; None: not asked for
    aligned: dict[str, list[tuple[str, str, str]]] | None = None

    def aligned_cells(self, coding: str) -> tuple[str, str, str]:
        """The aligned passages of a coding as three cells (several linked documents: one line each)."""
        found = (self.aligned or {}).get(coding, [])
        return (
            "\n".join(f[0] for f in found),
            "\n".join(f[1] for f in found),
            "\n".join(f[2] for f in found),
        )

    def coded_text(self, coding: Coding) -> str:
        return self.texts[coding.document][coding.start : coding.end]

    def stored_span(self, coding: Coding) -> tuple[int, int]:
        return self.stored_spans.get(coding.guid) or (coding.start, coding.end)

    def document_name(self, guid: str) -> str:
        return self.doc_names[guid]

    def attribute_cell(self, document: str, attribute: Attribute) -> str | int | float:
        """A value for a cell: numbers as numbers, missing as ``""``."""
        value = self.values.get(document, {}).get(attribute.guid, "")
        if value and attribute.type == "number":
            try:
                number = float(value)
                return int(number) if number.is_integer() and abs(number) < 2**53 else number
            except ValueError:
                pass
        return value

    def coding_header(self) -> list[str]:
        """Column names of the one-row-per-coding table: the fixed columns, one per document
        attribute, then each value field's columns (:mod:`.value_columns`)."""
        taken = set(CODING_COLUMNS)
        names = []
        for attribute in self.attributes:
            name = attribute.name if attribute.name not in taken else f"{attribute.name} (attribute)"
            taken.add(name)
            names.append(name)
        aligned = ALIGNED_COLUMNS if self.aligned is not None else ()
        return [
            *CODING_COLUMNS,
            *names,
            *(h for column in self.value_columns for h in column.header()),
            *aligned,
        ]

    def values_json(self, coding: str) -> dict[str, Any]:
        """A coding's values as JSON: field name -> its parts and its wording."""
        values = self.coding_values.get(coding)
        if not values:
            return {}
        out = {}
        for column in self.value_columns:
            found = value_of(column, values)
            if found is not None:
                out[column.label] = column.to_json(found)
        return out

    def coding_rows(self, cell: Callable[[str], str] = str) -> Iterator[list[Any]]:
        """One row per coding, in reading order; ``cell`` makes each string safe for the format.

        Names, paths and attribute cells repeat across rows, so they pass
        through ``cell`` once per document or code, not once per row.
        """
        paths: dict[str, str] = {}
        coders = {guid: cell(name) for guid, name in self.coder_names.items()}
        per_doc: dict[str, list[Any]] = {}  # document -> [name, *attribute cells]
        texts, moved = self.texts, self.stored_spans
        columns, stored = self.value_columns, self.coding_values
        no_values = [c for column in columns for c in column.cells(None, cell)]
        for c in self.codings:
            head = per_doc.get(c.document)
            if head is None:
                attributes = [self.attribute_cell(c.document, a) for a in self.attributes]
                head = per_doc[c.document] = [
                    cell(self.doc_names[c.document]),
                    *(cell(v) if isinstance(v, str) else v for v in attributes),
                ]
            path = paths.get(c.code)
            if path is None:
                path = paths[c.code] = cell(self.tree.path(c.code))
            start, end = moved.get(c.guid) or (c.start, c.end)
            yield [
                head[0],
                path,
                coders.get(c.coder, ""),
                start,
                end,
                cell(texts[c.document][c.start : c.end]),
                cell(c.memo) if c.memo else "",
                cell(c.created_at),
                *head[1:],
                *(self._value_cells(stored[c.guid], cell) if c.guid in stored else no_values),
                *((cell(x) for x in self.aligned_cells(c.guid)) if self.aligned is not None else ()),
            ]

    def _value_cells(self, values: dict[str, Value], cell: Callable[[str], str]) -> list[Any]:
        return [x for column in self.value_columns for x in column.cells(value_of(column, values), cell)]


def load(
    store: ProjectStore,
    selection: Selection,
    cleaner: Cleaner | None = None,
    *,
    codes: frozenset[str] | None = None,
    with_translation: bool = False,
) -> ExportData:
    """Read the selected part of the project once and clean it for export.

    ``cleaner`` applies the export's privacy (default: everything as stored).
    ``codes`` widens the codings read beyond ``selection.codes`` (a matrix that
    rolls sub-codes up into their parent's column needs the sub-codes' codings).
    ``with_translation`` adds each coding's aligned passages in linked documents, cleaned by the
    same privacy step as every other text (pseudonymised, or dropped with the text).
    """
    wanted = selection.codes if codes is None else codes
    raw = read_project_data(
        store,
        coders=sorted(selection.coders) if selection.coders is not None else None,
        codes=sorted(wanted) if wanted is not None else None,
        documents=sorted(selection.documents) if selection.documents is not None else None,
    )
    if cleaner is None:
        cleaner = Cleaner(Privacy(), store.coders(), store.documents())
    privacy = cleaner.privacy
    cleaned = cleaner.project(raw, store.info())
    data = cleaned.data
    documents = document_records(data.documents)
    by_document: dict[str, list[Coding]] = {}
    for c in data.codings:  # already by start, end within a document
        by_document.setdefault(c.document, []).append(c)
    codings = [c for d in documents for c in by_document.get(d.guid, ())]
    values: dict[str, dict[str, str]] = {}
    for doc, attribute, value in data.attribute_values:
        values.setdefault(doc, {})[attribute] = value
    coder_names = {c.guid: cleaner.person(c.guid) if privacy.active else c.name for c in store.coders()}
    fields = [cleaner.field(f) for f in store.code_fields()]
    exported = [f for f in fields if selection.codes is None or f.code in selection.codes]
    tree = CodeTree(data.codes)
    columns = value_columns(exported, [c.guid for _, c in tree.walk()], _fixed_columns(data))
    return ExportData(
        info=cleaned.info,
        data=data,
        selection=selection,
        tree=tree,
        codings=codings,
        documents=documents,
        texts=DocumentTexts(text_reader(data.documents)),
        coder_names=coder_names,
        attributes=list(data.attributes),
        values=values,
        pseudonymised=privacy.pseudonymised,
        text_dropped=privacy.drop_text,
        stored_spans=cleaned.stored_spans,
        doc_names={d.guid: d.name or cleaner.document_name(d) for d in documents},
        fields=fields,
        value_columns=columns,
        coding_values=_coding_values(store, exported, selection, codings, cleaner),
        aligned=_aligned(store, codings, cleaned.stored_spans, cleaner) if with_translation else None,
    )


def _aligned(
    store: ProjectStore, codings: list[Coding], stored: dict[str, tuple[int, int]], cleaner: Cleaner
) -> dict[str, list[tuple[str, str, str]]]:
    """Each coding's aligned passages (from its stored span), with names and texts cleaned."""
    counterparts = Counterparts(store)
    names: dict[str, str] = {}
    out: dict[str, list[tuple[str, str, str]]] = {}
    for c in codings:
        start, end = stored.get(c.guid) or (c.start, c.end)
        found = counterparts.of(c.document, start, end)
        if not found:
            continue
        for part in found:
            if part.document not in names:
                names[part.document] = (
                    cleaner.document_name(store.document(part.document))
                    if cleaner.privacy.active
                    else part.name
                )
        marker = cleaner.markers.get(c.guid)  # a veiled passage's translation is veiled too
        out[c.guid] = [
            (names[p.document], p.language, cleaner.free(p.text if marker is None else marker)) for p in found
        ]
    return out


def _fixed_columns(data: ProjectData) -> set[str]:
    names = set(CODING_COLUMNS) | {a.name for a in data.attributes}
    return names | {f"{a.name} (attribute)" for a in data.attributes}


def _coding_values(
    store: ProjectStore,
    fields: list[CodeField],
    selection: Selection,
    codings: list[Coding],
    cleaner: Cleaner,
) -> dict[str, dict[str, Value]]:
    """The exported codings' values of ``fields``, cleaned (coding -> field -> value)."""
    if not fields or not codings:
        return {}
    wanted = {c.guid for c in codings}
    coders = sorted(selection.coders) if selection.coders is not None else None
    out: dict[str, dict[str, Value]] = {}
    for row in store.fact_rows(fields=[f.guid for f in fields], coders=coders, ordered=False):
        if row.coding in wanted:
            out.setdefault(row.coding, {})[row.field] = cleaner.coding_value(row.coding, row.value)
    return out
