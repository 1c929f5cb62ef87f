"""A whole project in memory: what merging, coder packages, exports and REFI-QDA exchange move around.

Why its own module: merge, exports and REFI-QDA all read and write this shape, and
keeping it in ``merge`` made ``merge → project → refi_qda → merge`` an import circle.
It sits just above the store: anything that moves a project's content in bulk uses it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.core.codebook import CodeTree
from annotator.core.model import Attribute, Case, CaseAttribute, Code, Coder, Coding, Document, Memo
from annotator.core.project import CODEBOOK_META
from annotator.core.store import ProjectStore
from annotator.core.store.values import CodeField, CodingValue


@dataclass
class ProjectData:
    """Everything a project holds, in memory (for merge, packages, exports, REFI-QDA)."""

    name: str = ""
    coders: list[Coder] = field(default_factory=list)
    documents: list[tuple[Document, str]] = field(default_factory=list)  # (document, normalised text)
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
    its links to the documents and codings that are read.
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
        documents=[(d, store.document_text(d.guid)) for d in docs],
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
    )
