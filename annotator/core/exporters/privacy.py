"""What may leave the project: one cleaning step between the store and every format.

Why one step: a format that reads the project itself can forget a field (code
names, memos, coder names were once missed in every format while JSON claimed
``"pseudonymised": true``). Here the filtered :class:`ProjectData` is turned into
the data an export may carry *before* any writer sees it, so a writer cannot
leak what it never receives.

- ``pseudonymise``: the project's list is applied to every text-bearing field
  (document texts and names, original file names, memos of every kind, code
  names, definitions, examples, references and export mappings, attribute names
  and text values, project and codebook names and descriptions, value field names and
  choices, the wording of typed values, text values and place names, case labels, memos,
  attribute names and text values) and coders
  become "Coder 1..n" (numbered over all the project's coders by GUID, so the
  same person has the same number in every export of the project). A person
  field that names no coder (an old ``imported_by``) is left empty.
- ``drop_text``: every free text is dropped (texts, passages, memos, definitions,
  references, text attribute values, original file names, descriptions, the wording typed
  values were read from, text values and place names);
  documents become "Document n" (numbered over the whole project), cases "Case n"
  (numbered by label), coders "Coder n", the project "Project". Code names, attribute names and export
  mappings remain (they are the structure of the data) and get the list too.

Document texts are rewritten whole (never passage by passage, which would miss a
name cut by a coding's edge) and each coding's span is carried into the new text
(:meth:`~annotator.core.pseudonymise.Rewrite.span`), and so is each side of the aligned beads of
an original ↔ translation link (offsets only: a link carries no text). ``stored_spans`` keeps the
project's own positions of the codings whose span moved. Cleaned texts are never
all held at once: they are rewritten again, one by one, when a writer reads them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from annotator.core.exporters.veiling import Veiler, move_bead
from annotator.core.model import Attribute, Code, Coder, Coding, Document, Memo, ProjectInfo
from annotator.core.project_data import ProjectData, StoredDocuments, document_records, text_reader
from annotator.core.pseudonymise import Pseudonymiser, Rewrite
from annotator.core.store.values import CodeField
from annotator.core.text import sha256_text
from annotator.core.values import Value


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Privacy:
    """How an export treats names and text; the default passes everything as stored."""

    pseudonymiser: Pseudonymiser | None = None
    drop_text: bool = False

    @property
    def active(self) -> bool:
        return self.pseudonymiser is not None or self.drop_text

    @property
    def pseudonymised(self) -> bool:
        """Whether a pseudonym list is applied (the claim an export may make)."""
        return self.pseudonymiser is not None and self.pseudonymiser.active


@dataclass
class Cleaned:
    """The filtered project as it may leave, plus the way back to stored positions."""

    data: ProjectData
    info: ProjectInfo
    stored_spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # coding -> stored span, if moved


class Cleaner:
    """Applies a :class:`Privacy` to names, free texts, people and whole records."""

    def __init__(
        self,
        privacy: Privacy,
        coders: list[Coder],
        documents: list[Document],
        *,
        veiler: Veiler | None = None,
    ) -> None:
        self.privacy = privacy
        self.veiler = veiler
        self.markers: dict[str, str] = {}  # veiled coding -> what the export writes for it
        self.omitted = 0  # codings left out for a warning they carry
        self.pseudonymiser = privacy.pseudonymiser if privacy.pseudonymised else None
        self.name: Callable[[str], str] = self.pseudonymiser if self.pseudonymiser is not None else _same
        self.labels: dict[str, str] = {}
        if privacy.active:
            for number, coder in enumerate(sorted(coders, key=lambda c: c.guid), 1):
                self.labels[coder.guid] = self.labels[coder.name.casefold()] = f"Coder {number}"
        self.numbers = {d.guid: n for n, d in enumerate(documents, 1)}

    def free(self, text: str) -> str:
        """A free text: dropped, pseudonymised or as stored."""
        if not text:
            return text
        return "" if self.privacy.drop_text else self.name(text)

    def person(self, value: str) -> str:
        """A coder named by GUID or name: its label; anyone else is left out when private."""
        if not self.privacy.active or not value:
            return value
        return self.labels.get(value) or self.labels.get(value.casefold(), "")

    def code_name(self, text: str) -> str:
        cleaned = self.name(text).replace("/", "\u2215").strip()
        return cleaned or "(code)"

    def code(self, code: Code) -> Code:
        return replace(
            code,
            name=self.code_name(code.name),
            short_definition=self.free(code.short_definition),
            definition=self.free(code.definition),
            when_to_use=self.free(code.when_to_use),
            when_not_to_use=self.free(code.when_not_to_use),
            example=self.free(code.example),
            ref=self.free(code.ref),
            source_refs=tuple(r for r in (self.free(s) for s in code.source_refs) if r),
            export={key: self.name(value) for key, value in code.export.items()},
        )

    def field(self, field: CodeField) -> CodeField:
        """A value field: its name and choices are codebook structure (the list applies, as to
        code names); nothing of it is free text."""
        if not self.privacy.active:
            return field
        options = dict(field.options)
        if isinstance(options.get("choices"), list):
            options["choices"] = [self.name(str(c)) for c in options["choices"]]
        return replace(field, name=self.name(field.name).strip() or "field", options=options)

    def value(self, value: Value) -> Value:
        """A typed value: the wording it was read from and the free text in it (a text value,
        a place's name and area) are free text; numbers, dates, currencies, units and
        countries stay. A choice is one of the codebook's choices (the list applies)."""
        if not self.privacy.active:
            return value
        data = dict(value.data)
        if value.kind == "text":
            data["value"] = self.free(str(data.get("value") or ""))
        elif value.kind == "choice":
            data["value"] = self.name(str(data.get("value") or ""))
        elif value.kind == "place":
            for key in ("name", "admin"):
                if data.get(key):
                    data[key] = self.free(str(data[key])) or None
        return Value(value.kind, data, self.free(value.original))

    def document_name(self, document: Document) -> str:
        fallback = f"Document {self.numbers.get(document.guid, 0)}"
        return fallback if self.privacy.drop_text else (self.name(document.name).strip() or fallback)

    def json_value(self, value: Any, text: Callable[[str], str]) -> Any:
        """Every string in a JSON-like value through ``text`` (codebook sources, agreement tables)."""
        if isinstance(value, str):
            return text(value)
        if isinstance(value, dict):
            return {text(str(k)): self.json_value(v, text) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self.json_value(v, text) for v in value]
        return value

    def project(self, data: ProjectData, info: ProjectInfo) -> Cleaned:
        """The whole filtered project, cleaned; as stored (no copies) when nothing applies.

        Warned passages are veiled (or left out) first, on the stored text, then the rest of
        the privacy step applies to the veiled project.
        """
        veiled: dict[str, tuple[int, int]] = {}
        if self.veiler is not None:
            done = self.veiler.apply(data)
            data, veiled = done.data, done.stored_spans
            self.markers, self.omitted = done.markers, done.omitted
        if not self.privacy.active:
            return Cleaned(data, info, veiled)
        project_name = "Project" if self.privacy.drop_text else (self.name(info.name) or "Project")
        documents, spans, rewrites = self._documents(data)
        codings: list[Coding] = []
        stored: dict[str, tuple[int, int]] = {}
        for c in data.codings:
            start, end = spans.get(c.guid) or (c.start, c.end)
            if (start, end) != (c.start, c.end):
                stored[c.guid] = (c.start, c.end)
            codings.append(replace(c, start=start, end=end, memo=self.free(c.memo)))
        memos = [
            Memo(m.target_kind, m.target, self.free(m.text), m.updated_at, self.person(m.updated_by))
            for m in data.memos
            if not self.privacy.drop_text
        ]
        meta = dict(data.codebook_meta)
        if isinstance(meta.get("name"), str):
            meta["name"] = self.name(meta["name"])
        if isinstance(meta.get("description"), str):
            meta["description"] = self.free(meta["description"])
        if "sources" in meta:
            meta["sources"] = {} if self.privacy.drop_text else self.json_value(meta["sources"], self.name)
        cleaned = ProjectData(
            name=project_name,
            coders=[Coder(c.guid, self.person(c.guid), c.color) for c in data.coders],
            documents=documents,
            codes=[self.code(c) for c in data.codes],
            codings=codings,
            memos=memos,
            attributes=[
                Attribute(a.guid, self.name(a.name) or "attribute", a.type, a.position)
                for a in data.attributes
            ],
            attribute_values=self._values(data),
            codebook_meta=meta,
            fields=[self.field(f) for f in data.fields],
            values=[replace(v, value=self.value(v.value)) for v in data.values],
            case_documents=data.case_documents,
            case_codings=data.case_codings,
            labels=data.labels,  # codebook text, like the codes' own names and definitions
            translations=[
                (
                    link,
                    [
                        move_bead(b, rewrites.get(link.original), rewrites.get(link.translation))
                        for b in beads
                    ],
                )
                for link, beads in data.translations
            ],
        )
        self._cases(data, cleaned)
        return Cleaned(cleaned, replace(info, name=project_name), {**stored, **veiled})

    def coding_value(self, coding: str, value: Value) -> Value:
        """A typed value on ``coding``, cleaned; on a veiled passage its wording is the marker."""
        marker = self.markers.get(coding)
        if marker is not None:
            data = dict(value.data)
            if value.kind == "text":
                data["value"] = marker
            value = Value(value.kind, data, marker if value.original else "")
        return self.value(value)

    def text(self, text: str) -> str:
        """A whole document text as it may leave: dropped, pseudonymised or as stored."""
        if self.privacy.drop_text:
            return ""
        if self.pseudonymiser is None:
            return text
        return self.pseudonymiser.rewrite(text).text

    def _documents(
        self, data: ProjectData
    ) -> tuple[StoredDocuments, dict[str, tuple[int, int]], dict[str, Rewrite]]:
        """The cleaned documents, the codings' spans in their cleaned texts (where rewritten) and,
        for the documents of a translation link, how the rewrite moved positions (text-free).

        Each text is rewritten once here, one document at a time, for its new length,
        digest and coding spans, and dropped: the cleaned texts are rewritten again
        when a writer asks for them (:meth:`text` gives the same text every time), so
        an export holds one text at a time, never the whole corpus twice over.
        """
        by_document: dict[str, list[Coding]] = {}
        if self.pseudonymiser is not None and not self.privacy.drop_text:
            for c in data.codings:
                by_document.setdefault(c.document, []).append(c)
        spans: dict[str, tuple[int, int]] = {}
        rewrites: dict[str, Rewrite] = {}
        linked = {guid for link, _ in data.translations for guid in (link.original, link.translation)}
        records: list[Document] = []
        read = text_reader(data.documents)
        for doc in document_records(data.documents):
            sha, length = "", doc.length
            if not self.privacy.drop_text:
                text = read(doc.guid)
                sha, length = doc.sha256, len(text)
                if self.pseudonymiser is not None:
                    rewrite = self.pseudonymiser.rewrite(text)
                    if rewrite.changed:
                        sha, length = sha256_text(rewrite.text), len(rewrite.text)
                        for c in by_document.get(doc.guid, ()):
                            spans[c.guid] = rewrite.span(c.start, c.end)
                        if doc.guid in linked:
                            rewrites[doc.guid] = replace(rewrite, text="")
            records.append(
                replace(
                    doc,
                    name=self.document_name(doc),
                    original_name=self.free(doc.original_name),
                    imported_by=self.person(doc.imported_by),
                    sha256=sha,
                    length=length,
                )
            )
        if self.privacy.drop_text:
            return StoredDocuments(records, lambda _guid: ""), spans, rewrites
        return StoredDocuments(records, lambda guid: self.text(read(guid))), spans, rewrites

    def _values(self, data: ProjectData) -> list[tuple[str, str, str]]:
        text_attributes = {a.guid for a in data.attributes if a.type == "text"}
        out = []
        for doc, attribute, value in data.attribute_values:
            if attribute in text_attributes:
                value = self.free(value)
                if not value:
                    continue
            out.append((doc, attribute, value))
        return out

    def _cases(self, data: ProjectData, cleaned: ProjectData) -> None:
        """Case labels are names a person may be recognised by: the list applies to them (a label
        it empties, or every label when text is dropped, becomes "Case n"); memos are free text;
        attribute names are structure (the list applies) and text values free text, as for
        documents."""
        for number, case in enumerate(data.cases, 1):
            label = "" if self.privacy.drop_text else self.name(case.label).strip()
            cleaned.cases.append(
                replace(
                    case,
                    label=label or f"Case {number}",
                    memo=self.free(case.memo),
                    created_by=self.person(case.created_by),
                )
            )
        for row in data.case_attributes:
            value = self.free(row.value) if row.type == "text" else row.value
            if value:
                cleaned.case_attributes.append(
                    replace(row, name=self.name(row.name).strip() or "attribute", value=value)
                )
