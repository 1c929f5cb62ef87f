"""A whole project as one value: what merging, coder packages, exports and REFI-QDA exchange move around.

Why its own module: merge, exports and REFI-QDA all read and write this shape, and
keeping it in ``merge`` made ``merge → project → refi_qda → merge`` an import circle.
It sits just above the store: anything that moves a project's content in bulk uses it.

Document texts are the bulk of a project (20,000 interviews are gigabytes as Python
strings), so a project read from a store keeps them there: :class:`StoredDocuments`
reads one text when it is asked for and keeps none, and whoever walks the documents
holds one text at a time. A project parsed from a file (REFI-QDA) holds a plain list.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, overload

from annotator.core.alignment import Bead
from annotator.core.codebook import CodeTree
from annotator.core.content_warnings import ContentWarning
from annotator.core.model import (
    Attribute,
    Case,
    CaseAttribute,
    Code,
    CodeLabel,
    Coder,
    Coding,
    Document,
    Memo,
)
from annotator.core.project import CODEBOOK_META
from annotator.core.store import ProjectStore
from annotator.core.store.translations import TranslationLink
from annotator.core.store.values import CodeField, CodingValue

DocumentsWithText = Sequence[tuple[Document, str]]
"""(document, normalised text) pairs: a list, or :class:`StoredDocuments` that reads texts on demand."""


class StoredDocuments(Sequence[tuple[Document, str]]):
    """Documents whose texts are read one at a time, when asked for, and never kept.

    ``read(guid)`` gives a document's text (from an open store, perhaps cleaned on the
    way); it must give the same text every time, and the store must stay open while
    the documents are walked. ``checked`` says the records' ``sha256`` and ``length``
    were computed from the texts as ``read`` gives them (a merge source read under
    its budget), so a merge need not read a text again to match it.
    """

    def __init__(
        self, records: Sequence[Document], read: Callable[[str], str], *, checked: bool = False
    ) -> None:
        self.records = list(records)
        self.read = read
        self.checked = checked

    def __len__(self) -> int:
        return len(self.records)

    @overload
    def __getitem__(self, index: int) -> tuple[Document, str]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[Document, str]]: ...

    def __getitem__(self, index: int | slice) -> tuple[Document, str] | list[tuple[Document, str]]:
        if isinstance(index, slice):
            return [(d, self.read(d.guid)) for d in self.records[index]]
        doc = self.records[index]
        return doc, self.read(doc.guid)

    def __iter__(self) -> Iterator[tuple[Document, str]]:
        for doc in self.records:
            yield doc, self.read(doc.guid)

    def __eq__(self, other: object) -> bool:  # compares as the list it stands for (tests, [] checks)
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(other) == len(self) and list(self) == list(other)
        return NotImplemented

    def __hash__(self) -> int:  # mutable, like the list it stands for
        raise TypeError("StoredDocuments is unhashable, like a list")


def document_records(documents: DocumentsWithText) -> list[Document]:
    """The document records, without reading a single text."""
    if isinstance(documents, StoredDocuments):
        return list(documents.records)
    return [d for d, _ in documents]


def text_reader(documents: DocumentsWithText) -> Callable[[str], str]:
    """``read(guid)``: one document's text (read from the store for :class:`StoredDocuments`)."""
    if isinstance(documents, StoredDocuments):
        return documents.read
    texts = {d.guid: t for d, t in documents}
    return texts.__getitem__


@dataclass
class ProjectData:
    """Everything a project holds (for merge, packages, exports, REFI-QDA); texts perhaps in its store."""

    name: str = ""
    coders: list[Coder] = field(default_factory=list)
    documents: DocumentsWithText = field(default_factory=list)  # (document, normalised text)
    codes: list[Code] = field(default_factory=list)  # parents before children
    codings: list[Coding] = field(default_factory=list)
    memos: list[Memo] = field(default_factory=list)
    attributes: list[Attribute] = field(default_factory=list)
    attribute_values: list[tuple[str, str, str]] = field(default_factory=list)  # (document, attribute, value)
    codebook_meta: dict[str, Any] = field(default_factory=dict)
    fields: list[CodeField] = field(default_factory=list)  # every code's value fields, in order
    values: list[CodingValue] = field(default_factory=list)  # typed values on ``codings`` only
    cases: list[Case] = field(default_factory=list)  # persons, by label
    case_attributes: list[CaseAttribute] = field(default_factory=list)
    case_documents: list[tuple[str, str]] = field(default_factory=list)  # (case, document) of ``documents``
    case_codings: list[tuple[str, str]] = field(default_factory=list)  # (case, coding) of ``codings``
    labels: list[CodeLabel] = field(default_factory=list)  # codes' labels in other languages
    # Originals linked to their translations (both among ``documents``), with their aligned beads.
    translations: list[tuple[TranslationLink, list[Bead]]] = field(default_factory=list)
    # Content warnings: the project's list, then (document, warning) and (code, warning) links.
    content_warnings: list[ContentWarning] = field(default_factory=list)
    document_warnings: list[tuple[str, str]] = field(default_factory=list)
    code_warnings: list[tuple[str, str]] = field(default_factory=list)


def read_project_data(
    store: ProjectStore,
    *,
    coders: Sequence[str] | None = None,
    codes: Sequence[str] | None = None,
    documents: Sequence[str] | None = None,
) -> ProjectData:
    """The project's content, optionally filtered by coder names, code GUIDs and document GUIDs.

    The codebook is always complete, value fields included (codes filter only the codings);
    values come with the codings they are on. Every case comes (labels are pseudonymous), with
    its links to the documents and codings that are read. Texts stay in ``store``
    (:class:`StoredDocuments`): use the result while the store is open.
    """
    coder_rows = store.coders()
    if coders is not None:
        wanted = set(coders)
        coder_rows = [c for c in coder_rows if c.name in wanted or c.guid in wanted]
    coder_ids = {c.guid for c in coder_rows}
    docs = store.documents()
    if documents is not None:
        doc_set = set(documents)
        docs = [d for d in docs if d.guid in doc_set]
    doc_ids = {d.guid for d in docs}
    code_set = set(codes) if codes is not None else None
    codings = [
        c
        for c in store.codings()
        if c.document in doc_ids and c.coder in coder_ids and (code_set is None or c.code in code_set)
    ]
    tree = CodeTree(store.codes())
    values = [
        (doc, attr.guid, value)
        for attr in store.attributes()
        for doc, value in store.attribute_values(attr.guid).items()
        if doc in doc_ids
    ]
    memos = [m for m in store.memos() if m.target_kind != "document" or m.target in doc_ids]
    kept = {c.guid for c in codings}
    fields = [f for f in store.code_fields() if f.code in tree]
    return ProjectData(
        name=store.info().name,
        coders=coder_rows,
        documents=StoredDocuments(docs, store.document_text),
        codes=[c for _, c in tree.walk()],
        codings=codings,
        memos=memos,
        attributes=store.attributes(),
        attribute_values=values,
        codebook_meta=json.loads(store.setting(CODEBOOK_META) or "{}"),
        fields=sorted(fields, key=lambda f: (f.code, f.position, f.name)),
        values=[v for v in store.coding_values() if v.coding in kept],
        cases=store.cases(),
        case_attributes=store.case_attribute_rows(),
        case_documents=[link for link in store.case_document_links() if link[1] in doc_ids],
        case_codings=[link for link in store.case_coding_links() if link[1] in kept],
        labels=[lb for lb in store.code_labels() if lb.code in tree],
        translations=[
            (link, store.beads(link.translation))
            for link in store.translation_links()
            if link.original in doc_ids and link.translation in doc_ids
        ],
        content_warnings=store.content_warnings(),
        document_warnings=[
            (d, w) for d, names in store.document_warnings().items() if d in doc_ids for w in sorted(names)
        ],
        code_warnings=[
            (c, w) for c, names in store.code_warnings().items() if c in tree for w in sorted(names)
        ],
    )
