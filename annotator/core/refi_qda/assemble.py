"""Turn what :mod:`.import_qdpx` parsed into :class:`ProjectData`: positions, coders, memos, variables.

This is where a selection becomes a coding: its positions are converted from
the file's convention (detected once for the whole file, :mod:`.positions`)
to code points of the stored text. A selection that cannot be imported — its
source's text is missing, it does not fit that text, it is empty, or a coding
names a code the codebook lacks — is listed in ``notes.dropped`` with its
reason, never imported at a shifted place; the caller decides whether a
partial import is acceptable. Notes
(memos) are attached wherever the file points at them; notes attached to
nothing are kept in the project memo rather than dropped. Our own notes that carry value
fields and values (:mod:`.value_notes`) and original ↔ translation links
(:mod:`.translation_notes`) are read as such, never as memos; one that cannot be used is left
out with a line in ``notes.warnings`` (links: ``notes.links_left_out``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from annotator.core.changes.cases import check_label
from annotator.core.codebook import CodeTree
from annotator.core.errors import UsageError
from annotator.core.messages import translate
from annotator.core.model import Attribute, Coder, Coding, Document, Memo, MemoTarget, utc_now
from annotator.core.project_data import ProjectData, document_records
from annotator.core.refi_qda import positions
from annotator.core.refi_qda.cases import CaseReading
from annotator.core.refi_qda.codes import CodeReader
from annotator.core.refi_qda.common import DroppedSelection, ImportNotes, derived_guid
from annotator.core.refi_qda.translation_notes import read_translations
from annotator.core.refi_qda.value_notes import (
    FIELDS_TAG,
    TRANSLATIONS_TAG,
    VALUES_TAG,
    read_fields,
    read_values,
    tagged,
)
from annotator.core.store.values import CodeField
from annotator.core.text import sha256_text

if TYPE_CHECKING:
    from annotator.core.refi_qda.import_qdpx import QdpxReader, RawNote, RawSource
    from annotator.core.refi_qda.selections import RawSelection


@dataclass
class Assembler:
    """Builds ProjectData from a finished parse (see :meth:`from_reader`)."""

    notes: ImportNotes
    project_name: str
    project_memo: list[str]
    project_note_refs: list[str]
    users: dict[str, Coder]
    codes: CodeReader
    variables: dict[str, Attribute]
    cases: list[tuple[str, list[tuple[str, str]], list[str]]]
    sources: list[RawSource]
    note_store: dict[str, RawNote]
    links: list[tuple[str, str]]
    default_coder: str
    importer: str
    referenced_notes: set[str] = field(default_factory=set)
    fields: dict[str, dict[str, CodeField]] = field(default_factory=dict)  # code -> file field GUID -> ours
    person_cases: CaseReading = field(default_factory=CaseReading)
    selection_codings: dict[str, list[str]] = field(default_factory=dict)  # selection GUID -> codings

    @classmethod
    def from_reader(cls, reader: QdpxReader) -> Assembler:
        assembler = cls(
            reader.notes,
            reader.project_name,
            reader.project_memo,
            reader.project_note_refs,
            reader.users,
            reader.codes,
            reader.variables,
            reader.cases,
            reader.sources,
            reader.note_store,
            reader.links,
            reader.default_coder,
            reader.importer,
        )
        assembler.person_cases = reader.person_cases
        return assembler

    def build(self) -> ProjectData:
        data = ProjectData(name=self.project_name)
        default = Coder(derived_guid("default-coder", self.default_coder), self.default_coder)
        coders: dict[str, Coder] = {}

        def coder_for(*guids: str) -> str:
            for guid in guids:
                if not guid:
                    continue
                known = self.users.get(guid)
                if known is None:
                    known = self.users[guid] = Coder(guid, f"User {guid[:8]}")
                coders.setdefault(known.guid, known)
                return known.guid
            coders.setdefault(default.guid, default)
            return default.guid

        for user in self.users.values():
            coders.setdefault(user.guid, user)
        data.codes = list(self.codes.codes)
        data.labels = [label for found in self.codes.labels.values() for label in found]
        code_alias = self.codes.alias
        self._fields(data)
        self._positions(data, coder_for, code_alias)
        self._translations(data)
        self._memos(data)
        self._attributes(data)
        self.person_cases.build(data, self.variables, self.selection_codings, self.notes.skipped, _case_label)
        data.coders = list(coders.values())
        return data

    def _note_text(self, refs: Sequence[str]) -> list[str]:
        """The texts of the notes ``refs`` names, for a memo (our value notes are data: left out)."""
        out = []
        for ref in refs:
            note = self.note_store.get(ref)
            if note is not None and note.text.strip():
                self.referenced_notes.add(ref)
                if tagged(note.text) is None:
                    out.append(note.text)
        return out

    def _tagged(self, refs: Sequence[str], tag: str) -> list[str]:
        """The JSON of the notes ``refs`` names that carry ``tag`` (marked as used)."""
        out = []
        for ref in refs:
            note = self.note_store.get(ref)
            found = tagged(note.text) if note is not None else None
            if found is not None and found[0] == tag:
                self.referenced_notes.add(ref)
                out.append(found[1])
        return out

    def _fields(self, data: ProjectData) -> None:
        """Value fields from the notes of codes (each code's first fields note)."""
        tree = CodeTree(data.codes)
        for code, refs in self.codes.note_refs.items():
            payloads = self._tagged(refs, FIELDS_TAG)
            if not payloads or code not in tree:
                continue
            if len(payloads) > 1:
                self.notes.warnings.append(
                    translate(
                        "CoreRefiQda", "code {path!r} has two value-field notes; read the first"
                    ).format(path=tree.path(code))
                )
            found = read_fields(payloads[0], code, tree.path(code), self.notes.warnings)
            mapping = self.fields[code] = {}
            for position, (raw, spec) in enumerate(zip(found, self.codes.unique_fields(found), strict=True)):
                mapping[raw.guid] = CodeField(
                    spec.guid, code, spec.name, spec.kind, dict(spec.options), position
                )
            data.fields.extend(mapping.values())

    def _values(self, data: ProjectData, refs: Sequence[str], coding: str, code: str, where: str) -> None:
        """The values a coding's notes give it (checked against its code's fields)."""
        payloads = self._tagged(refs, VALUES_TAG)
        if not payloads:
            return
        fields = self.fields.get(code, {})
        seen: set[str] = set()
        for payload in payloads:
            for value in read_values(payload, coding, fields, where, self.notes.warnings):
                if value.field in seen:
                    self.notes.warnings.append(
                        translate(
                            "CoreRefiQda",
                            "{where}: coding {coding} has two values of one field; kept the first",
                        ).format(where=where, coding=coding)
                    )
                    continue
                seen.add(value.field)
                data.values.append(value)

    def _translations(self, data: ProjectData) -> None:
        """Original ↔ translation links from our project note (:mod:`.translation_notes`): the one
        the project points at, else one attached to nothing (a program that kept the note but
        not its reference). What cannot be used is said in ``notes.links_left_out``."""
        refs = [r for r in self.project_note_refs if r in self.note_store]
        refs += [g for g in self.note_store if g not in refs]
        payloads = self._tagged(refs, TRANSLATIONS_TAG)
        if not payloads:
            return
        if len(payloads) > 1:
            self.notes.links_left_out.append(
                translate("CoreRefiQda", "two notes of original and translation links; read the first")
            )
        texts = {d.guid: (d.name, text) for d, text in data.documents}
        data.translations = read_translations(payloads[0], texts, self.notes.links_left_out)

    def _positions(
        self, data: ProjectData, coder_for: Callable[..., str], code_alias: dict[str, str]
    ) -> None:
        texts: list[positions.SourceText] = []
        detect_input: list[positions.Selection] = []
        slots: dict[int, int] = {}
        trusted = positions.prior(self.notes.origin)[1]  # our own files: no detection needed
        for n, source in enumerate(self.sources):
            if source.text is None:  # the text is missing: said as such, never as a position misfit
                self.notes.selections += len(source.selections)
                for selection in source.selections:
                    self._drop(
                        source,
                        selection,
                        "no-text",
                        f"is not imported: its source's text is missing ({source.text_problem})",
                    )
                continue
            slots[n] = len(texts)
            texts.append(source.text)
            for selection in () if trusted else source.selections:
                if selection.whole or selection.start is None or selection.end is None:
                    continue
                detect_input.append(
                    positions.Selection(len(texts) - 1, selection.start, selection.end, selection.name)
                )
        detection = positions.detect(self.notes.origin, texts, detect_input)
        self.notes.detection = detection
        seen_docs: set[str] = set()
        seen_codings: set[str] = set()
        coders: dict[str, str] = {}
        use_names = detection.use_names
        documents: list[tuple[Document, str]] = []  # a parsed package holds its texts anyway
        data.documents = documents
        for n, source in enumerate(self.sources):
            if n not in slots:
                continue
            text = texts[slots[n]]
            guid = source.guid
            if guid in seen_docs:
                guid = derived_guid("duplicate-source", guid, str(n))
                self.notes.warnings.append(
                    translate(
                        "CoreRefiQda", "{name!r} repeats another source's GUID; given a new one"
                    ).format(name=source.name)
                )
            seen_docs.add(guid)
            source.guid = guid
            documents.append(
                (
                    Document(
                        guid=guid,
                        name=source.name,
                        sha256=sha256_text(text.text),
                        length=len(text.text),
                        source_format=source.source_format,
                        original_name=source.name,
                        imported_at=source.created or utc_now(),
                        # the creating user's GUID (merging maps it to the project's coder);
                        # without one, the importer is recorded when the package is merged
                        imported_by=source.user if source.user in self.users else "",
                    ),
                    text.text,
                )
            )
            mapping = text.mapping(detection.convention)
            # Positions that need no conversion and no name check are taken as they are
            # (the same result as _span, which handles everything else and reports misfits).
            direct = mapping.identity and not use_names
            total = mapping.total
            append = data.codings.append
            self.notes.selections += len(source.selections)
            for selection in source.selections:
                start, end = selection.start, selection.end
                # (a whole-source selection is 0, 0: never direct)
                if not (direct and start is not None and end is not None and 0 <= start < end <= total):
                    span = self._span(source, selection, text, mapping, use_names)
                    if span is None:
                        continue
                    start, end = span
                memo_parts = [selection.memo] if selection.memo and selection.memo.strip() else []
                if selection.note_refs:
                    memo_parts += self._note_text(selection.note_refs)
                memo_text = "\n\n".join(memo_parts) if memo_parts else ""
                for index, raw in enumerate(selection.codings):
                    code = code_alias.get(raw.code)
                    if code is None:
                        self.notes.dropped.append(
                            DroppedSelection(
                                source.name,
                                selection.guid,
                                start,
                                end,
                                "code",
                                f"has a coding of code {raw.code or '(none)'}, which is not in the "
                                "codebook; that coding is not imported",
                            )
                        )
                        continue
                    coding_guid = raw.guid or derived_guid("coding", guid, selection.guid, str(index))
                    if coding_guid in seen_codings:
                        coding_guid = derived_guid(
                            "duplicate-coding", coding_guid, selection.guid, str(index)
                        )
                    seen_codings.add(coding_guid)
                    memo = (
                        "\n\n".join(memo_parts + self._note_text(raw.note_refs))
                        if raw.note_refs
                        else memo_text
                    )
                    coder = coders.get(raw.user)
                    if coder is None:
                        coder = coders[raw.user] = coder_for(raw.user)
                    append(Coding(coding_guid, guid, code, coder, start, end, raw.created, memo))
                    if selection.guid:
                        self.selection_codings.setdefault(selection.guid, []).append(coding_guid)
                    if raw.note_refs:
                        self._values(data, raw.note_refs, coding_guid, code, source.name)

    def _span(
        self,
        source: RawSource,
        selection: RawSelection,
        text: positions.SourceText,
        mapping: positions.Mapping,
        use_names: bool,
    ) -> tuple[int, int] | None:
        if selection.whole:
            return 0, len(text.text)
        start, end = selection.start, selection.end
        if start is None or end is None:
            self._misfit(source, selection, "has no valid start and end positions")
            return None
        if start > end:
            self._misfit(source, selection, f"[{start}, {end}) starts after it ends")
            return None
        span = mapping.span(start, end)
        if span is None:
            self._misfit(source, selection, f"[{start}, {end}) lies outside its text or inside a character")
            return None
        if use_names and selection.name.strip():
            piece = text.text[span[0] : span[1]]
            if not positions.name_matches(selection.name, piece):
                self._misfit(
                    source,
                    selection,
                    f"[{start}, {end}): its name {selection.name[:40]!r} does not match "
                    f"the text there {piece[:40]!r}",
                )
                return None
        if span[0] == span[1]:
            self._drop(source, selection, "empty", "is empty (it covers no character)")
            return None
        return span

    def _misfit(self, source: RawSource, selection: RawSelection, why: str) -> None:
        """A selection whose positions do not fit its text: listed, never imported shifted.
        (``why`` already shows the positions it gives.)"""
        self.notes.dropped.append(DroppedSelection(source.name, selection.guid, None, None, "position", why))

    def _drop(self, source: RawSource, selection: RawSelection, kind: str, why: str) -> None:
        start, end = (None, None) if selection.whole else (selection.start, selection.end)
        label = "a coding of the whole source" if selection.whole else ""
        self.notes.dropped.append(
            DroppedSelection(source.name, selection.guid, start, end, kind, f"{label} {why}".strip())
        )

    def _memos(self, data: ProjectData) -> None:
        for source in self.sources:
            if source.text is None:
                continue
            parts = [source.memo] if source.memo.strip() else []
            parts += self._note_text(source.note_refs)
            if parts:
                data.memos.append(Memo("document", source.guid, "\n\n".join(parts)))
        for code, refs in self.codes.note_refs.items():
            parts = self._note_text(refs)
            if parts:
                data.memos.append(Memo("code", code, "\n\n".join(parts)))
        self._linked_notes(data)
        project = list(self.project_memo) + self._note_text(self.project_note_refs)
        unused = [n for g, n in self.note_store.items() if g not in self.referenced_notes and n.text.strip()]
        loose = [(f"{n.name}\n{n.text}" if n.name else n.text) for n in unused if tagged(n.text) is None]
        if len(loose) < len(unused):
            self.notes.warnings.append(
                translate("CoreRefiQda", "{count} value notes attached to nothing were left out").format(
                    count=len(unused) - len(loose)
                )
            )
        if loose:
            self.notes.warnings.append(
                translate(
                    "CoreRefiQda", "{count} notes attached to nothing were added to the project memo"
                ).format(count=len(loose))
            )
        if project or loose:
            data.memos.append(Memo("project", "", "\n\n".join(project + loose)))

    def _linked_notes(self, data: ProjectData) -> None:
        """Notes joined to a source, code or coding by ``<Link>`` (NVivo's way)."""
        if not self.links:
            return
        docs = {d.guid for d in document_records(data.documents)}
        codes = {c.guid for c in data.codes}
        extra: dict[tuple[MemoTarget, str], list[str]] = {}
        for a, b in self.links:
            note, other = (a, b) if a in self.note_store else (b, a)
            if note not in self.note_store or not self.note_store[note].text.strip():
                continue
            if other in docs:
                extra.setdefault(("document", other), []).append(note)
            elif other in codes:
                extra.setdefault(("code", other), []).append(note)
        for (kind, target), refs in extra.items():
            texts = self._note_text(refs)
            existing = next((m for m in data.memos if m.target_kind == kind and m.target == target), None)
            if existing is not None:
                data.memos.remove(existing)
                texts = [existing.text, *texts]
            data.memos.append(Memo(kind, target, "\n\n".join(texts)))

    def _attributes(self, data: ProjectData) -> None:
        docs = {s.guid for s in self.sources if s.text is not None}
        values: dict[tuple[str, str], str] = {}

        def put(doc: str, variable: str, value: str, where: str) -> None:
            if doc not in docs or variable not in self.variables or not value:
                return
            key = (doc, variable)
            if key in values and values[key] != value:
                self.notes.warnings.append(
                    translate(
                        "CoreRefiQda", "{where}: variable {name!r} has two values; kept {values!r}"
                    ).format(where=where, name=self.variables[variable].name, values=values[key])
                )
                return
            values[key] = value

        for source in self.sources:
            for variable, value in source.values:
                put(source.guid, variable, value, source.name)
        for name, case_values, refs in self.cases:
            for ref in refs:
                for variable, value in case_values:
                    put(ref, variable, value, f"case {name!r}")
        data.attributes = [v for v in self.variables.values() if v.guid not in self.person_cases.variables]
        data.attribute_values = [(doc, variable, value) for (doc, variable), value in values.items()]


def _case_label(name: str) -> str | None:
    """A case label from a package's case name, or None if it cannot be one."""
    try:
        return check_label(name)
    except UsageError:
        return None
