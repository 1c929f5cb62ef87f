"""Merging coders' work into one project: a union keyed by identity, with a report.

Identity rules (so that a merge never misplaces a coding):
- documents match by the sha256 of their text (names may differ). A document
  whose text differs from the target's same-named document is added as a
  separate document (name suffixed) and reported: codings are anchored to text,
  so they are never moved onto a different text.
- codes match by GUID, then by path; coders by GUID, then by name (in any case or width).
  Every column that names a coder (codings, who imported a document, who wrote a memo)
  then holds the target's GUID for that coder; a GUID the source cannot explain (a
  coder it does not hold) is not carried over.
- a coding is added unless the target already has it (same GUID, or the same
  document, code, coder and span), so merging the same file twice changes nothing.
- value fields match by GUID, then by name on their (matched) code. A field of another kind
  on either match never takes the source's values (they would be read as something else):
  those are kept under a field "NAME (merged)" of the source's kind, and the clash is
  reported. Values match by coding and field; where both sides hold one and they differ,
  the target's is kept and the difference listed. No value is ever dropped.
- cases (persons) match by GUID, then by label; their links follow the documents and codings
  they point at (see :mod:`annotator.core.analysis.case_merge`).
- where both sides differ (a code renamed, recoloured or moved differently, an
  attribute value, a memo) the target's version is kept and the difference is
  listed as a conflict the lead can read and keep. Memos are never dropped: a
  differing memo is appended under a "merged from" line.
The whole merge is one transaction: a failure leaves the target unchanged.

Merging several files (:func:`merge_projects`) reads and checks every source
first, then merges them all in that one transaction: a broken second source
used to leave the first one's codings committed. Texts are hashed one at a time
and left in their source, which stays open read-only until merged: no merge
holds a whole corpus in memory. Sources are untrusted: opened
read-only after their schema is checked (no views or triggers run), read under
a budget of SQLite steps, with caps on their size, and their codebook checked
against the limits every other way in has (depth, names).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from annotator.core.analysis.case_merge import check_cases, merge_cases
from annotator.core.code_labels import check_label, filled
from annotator.core.codebook import MAX_CODES, CodeTree, check_codes, check_field
from annotator.core.errors import AnnotatorError, Cancelled, CodebookError, ProjectCorrupt
from annotator.core.field_specs import known_options, value_problem
from annotator.core.importers.importing import unique_name
from annotator.core.messages import plural, translate
from annotator.core.model import LABEL_FIELDS, Code, Coder, Coding, Document, coder_key, new_guid
from annotator.core.project import CODEBOOK_META
from annotator.core.project_data import (
    ProjectData,
    StoredDocuments,
    document_records,
    read_project_data,
    text_reader,
)
from annotator.core.store import ProjectStore
from annotator.core.store.untrusted import bounded
from annotator.core.store.values import CodeField, CodingValue
from annotator.core.text import sha256_text

Progress = Callable[[int, int, str], None]

# What one coder's project may hold to be merged (far above any real one; a hostile file
# could otherwise make us hold millions of rows in memory).
MAX_SOURCE_ROWS = {"documents": 100_000, "codes": MAX_CODES, "codings": 2_000_000, "memos": 1_000_000}
READ_STEPS_PER_BYTE = 200  # SQLite VM instructions allowed per byte of a source file
MIN_READ_STEPS = 200_000_000


def _too_many(table: str) -> str:
    """The refusal for a source holding more rows of ``table`` than a merge reads."""
    if table == "documents":
        return translate(
            "CoreAnalysis", "holds {count:,} documents; a project to merge may hold at most {limit:,}"
        )
    if table == "codes":
        return translate(
            "CoreAnalysis", "holds {count:,} codes; a project to merge may hold at most {limit:,}"
        )
    if table == "codings":
        return translate(
            "CoreAnalysis", "holds {count:,} codings; a project to merge may hold at most {limit:,}"
        )
    return translate("CoreAnalysis", "holds {count:,} memos; a project to merge may hold at most {limit:,}")


@dataclass
class MergeReport:
    source: str = ""
    documents_added: int = 0
    documents_matched: int = 0
    codes_added: int = 0
    coders_added: int = 0
    codings_added: int = 0
    codings_already_present: int = 0
    memos_added: int = 0
    attribute_values_added: int = 0
    fields_added: int = 0
    values_added: int = 0
    cases_added: int = 0
    case_links_added: int = 0
    translations_added: int = 0
    separate_documents: list[str] = field(default_factory=list)  # same name, different text
    conflicts: list[str] = field(default_factory=list)
    backup: str = ""

    def summary(self) -> str:
        """One line: the source, then what came in ("3 documents added (1 matched), …")."""
        n = self.documents_added
        parts = [
            plural(
                n,
                translate("CoreAnalysis", "%n document added ({matched} matched)", None, n),
                translate("CoreAnalysis", "%n documents added ({matched} matched)", None, n),
            ).format(matched=self.documents_matched)
        ]
        n = self.codes_added
        parts.append(
            plural(
                n,
                translate("CoreAnalysis", "%n code added", None, n),
                translate("CoreAnalysis", "%n codes added", None, n),
            )
        )
        n = self.coders_added
        parts.append(
            plural(
                n,
                translate("CoreAnalysis", "%n coder added", None, n),
                translate("CoreAnalysis", "%n coders added", None, n),
            )
        )
        n = self.codings_added
        parts.append(
            plural(
                n,
                translate("CoreAnalysis", "%n coding added ({present} already present)", None, n),
                translate("CoreAnalysis", "%n codings added ({present} already present)", None, n),
            ).format(present=self.codings_already_present)
        )
        if self.values_added or self.fields_added:
            n = self.values_added
            parts.append(
                plural(
                    n,
                    translate("CoreAnalysis", "%n value added", None, n),
                    translate("CoreAnalysis", "%n values added", None, n),
                )
            )
        if self.cases_added or self.case_links_added:
            n = self.cases_added
            parts.append(
                plural(
                    n,
                    translate("CoreAnalysis", "%n case added ({links} links)", None, n),
                    translate("CoreAnalysis", "%n cases added ({links} links)", None, n),
                ).format(links=self.case_links_added)
            )
        n = len(self.conflicts)
        parts.append(
            plural(
                n,
                translate("CoreAnalysis", "%n conflict", None, n),
                translate("CoreAnalysis", "%n conflicts", None, n),
            )
        )
        return translate("CoreAnalysis", "{source}: {counts}").format(
            source=self.source, counts=", ".join(parts)
        )

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def to_text(self) -> str:
        """A report the lead can read and keep."""
        lines = [self.summary()]
        if self.backup:
            lines.append(
                translate("CoreAnalysis", "Backup of the target before merging: {path}").format(
                    path=self.backup
                )
            )
        lines += [
            translate("CoreAnalysis", "Separate document (same name, different text): {name}").format(name=n)
            for n in self.separate_documents
        ]
        lines += [
            translate("CoreAnalysis", "Conflict: {conflict}").format(conflict=c) for c in self.conflicts
        ]
        return "\n".join(lines)


class _Merger:
    def __init__(self, store: ProjectStore, data: ProjectData, report: MergeReport) -> None:
        self.store, self.data, self.report = store, data, report
        self.doc_map: dict[str, str] = {}
        self.code_map: dict[str, str] = {}
        self.coder_map: dict[str, str] = {}
        self.attr_map: dict[str, str] = {}
        self.field_map: dict[str, str] = {}  # source field GUID -> target field GUID
        self.coding_map: dict[str, str] = {}  # source coding GUID -> target coding GUID
        self.by_key: dict[tuple[str, str, str, int, int], str] | None = None  # read when first needed
        self.coded: dict[str, str] = {}  # target coding GUID -> its code, for codings merged now

    def coders(self) -> None:
        existing = {c.guid: c for c in self.store.coders()}
        by_name: dict[str, Coder] = {}
        for known in existing.values():
            by_name.setdefault(coder_key(known.name), known)
        for coder in self.data.coders:
            match = existing.get(coder.guid) or by_name.get(coder_key(coder.name))
            if match is None:
                guid = coder.guid if coder.guid not in existing else new_guid()
                self.store.insert_coder(replace(coder, guid=guid))
                self.report.coders_added += 1
                self.coder_map[coder.guid] = guid
                existing[guid] = by_name[coder_key(coder.name)] = replace(coder, guid=guid)
            else:
                self.coder_map[coder.guid] = match.guid

    def who(self, guid: str) -> str:
        """A source's coder GUID (who imported, who wrote a memo) as the target's: mapped when the
        source holds that coder, kept when the target does, else nobody ("")."""
        if not guid:
            return ""
        if guid in self.coder_map:
            return self.coder_map[guid]
        return guid if self.store.is_coder(guid) else ""

    def documents(self, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        """Documents by the digest of their text; a text is read only to hash or add it.

        A source read by :func:`open_source` has its digests already (computed from its
        texts under its read budget): its matched documents' texts are not read again.
        """
        names = self.store.document_names()
        sources = self.data.documents
        records, read = document_records(sources), text_reader(sources)
        checked = isinstance(sources, StoredDocuments) and sources.checked
        total = len(records)
        # Added documents go at the end, in order: the store would ask for max(position) per
        # insert, which reads every stored text (position follows the text in each row).
        position = max((d.position for d in self.store.documents()), default=0) + 1
        for index, doc in enumerate(records):
            if cancelled is not None and cancelled():
                raise Cancelled(translate("CoreAnalysis", "merge cancelled; the project is unchanged"))
            if progress is not None:
                progress(index, total, doc.name)
            text: str | None = None
            if not checked:
                text = read(doc.guid)
                digest = sha256_text(text)
                if digest != doc.sha256:
                    doc = replace(doc, sha256=digest, length=len(text))
            same = self.store.document_by_sha256(doc.sha256)
            if same is not None:
                self.doc_map[doc.guid] = same.guid
                self.report.documents_matched += 1
                continue
            taken = self.store.document_by_name(doc.name) is not None
            guid = doc.guid
            try:
                self.store.document(guid)
                guid = new_guid()  # same GUID, different text: never reuse it
            except AnnotatorError:
                pass
            name = unique_name(doc.name, names)
            if taken:
                self.report.separate_documents.append(
                    translate("CoreAnalysis", "{document} → added as {name!r} (its text differs)").format(
                        document=doc.name, name=name
                    )
                )
            names.add(name)
            who = self.who(doc.imported_by)
            self.store.insert_document(
                replace(doc, guid=guid, name=name, position=position, imported_by=who),
                read(doc.guid) if text is None else text,
            )
            position += 1
            self.doc_map[doc.guid] = guid
            self.report.documents_added += 1

    def codes(self) -> None:
        tree = CodeTree(self.store.codes())
        source_tree = CodeTree(self.data.codes)
        for _, code in source_tree.walk():
            parent = self.code_map.get(code.parent) if code.parent else None
            match = tree.by_guid.get(code.guid) or tree.child_named(parent, code.name)
            if match is not None:
                self.code_map[code.guid] = match.guid
                self._code_conflicts(tree, source_tree, code, match)
                continue
            guid = code.guid if code.guid not in tree else new_guid()
            position = max((c.position for c in tree.children(parent)), default=-1) + 1
            new = replace(code, guid=guid, parent=parent, position=position)
            clash = tree.child_named(parent, code.name)
            if clash is not None:
                new = replace(new, name=f"{code.name} (merged)")
            self.store.insert_codes([new])
            self.code_map[code.guid] = guid
            tree = CodeTree([*tree.by_guid.values(), new])
            self.report.codes_added += 1

    def labels(self) -> None:
        """Codes' labels: the source's fill the fields the target's matched code lacks; a field
        both have with other text keeps the target's (a conflict, as for definitions)."""
        tree = CodeTree(self.store.codes())
        for offered in self.data.labels:
            code = self.code_map.get(offered.code)
            if code is None:
                continue
            have = self.store.code_label(code, offered.language)
            new = filled(have, replace(offered, code=code))
            if new is not None:
                self.store.write_code_label(new)
            for name in LABEL_FIELDS:
                mine, theirs = getattr(have, name, ""), getattr(offered, name)
                if mine and theirs and mine != theirs:
                    self.report.conflicts.append(
                        translate(
                            "CoreAnalysis",
                            "code {path!r} has a different {language} {field} in the source; "
                            "kept the target's",
                        ).format(
                            path=tree.path(code), language=offered.language, field=name.replace("_", " ")
                        )
                    )

    def _code_conflicts(self, tree: CodeTree, source: CodeTree, code: Code, match: Code) -> None:
        ours, theirs = tree.path(match.guid), source.path(code.guid)
        if code.name != match.name:
            self.report.conflicts.append(
                translate(
                    "CoreAnalysis", "code {path!r} is named {name!r} in the source; kept {kept!r}"
                ).format(path=ours, name=code.name, kept=match.name)
            )
        elif ours != theirs:
            self.report.conflicts.append(
                translate(
                    "CoreAnalysis", "code {path!r} sits at {theirs!r} in the source; kept {path!r}"
                ).format(path=ours, theirs=theirs)
            )
        if code.color.lower() != match.color.lower():
            self.report.conflicts.append(
                translate(
                    "CoreAnalysis", "code {path!r} is coloured {colour} in the source; kept {kept}"
                ).format(path=ours, colour=code.color, kept=match.color)
            )
        for name in ("short_definition", "definition", "when_to_use", "when_not_to_use", "example"):
            if getattr(code, name) and getattr(code, name) != getattr(match, name):
                self.report.conflicts.append(
                    translate(
                        "CoreAnalysis",
                        "code {path!r} has a different {field} in the source; kept the target's",
                    ).format(path=ours, field=name.replace("_", " "))
                )

    def codings(self) -> None:
        guids, keys = self.store.coding_identities()
        lengths = self.store.document_lengths()
        new: list[Coding] = []
        for coding in self.data.codings:
            doc = self.doc_map.get(coding.document)
            code = self.code_map.get(coding.code)
            coder = self.coder_map.get(coding.coder)
            if doc is None or code is None or coder is None:
                self.report.conflicts.append(
                    translate(
                        "CoreAnalysis", "coding {guid} refers to a missing document, code or coder; skipped"
                    ).format(guid=coding.guid)
                )
                continue
            key = (doc, code, coder, coding.start, coding.end)
            if coding.guid in guids or key in keys:
                self.report.codings_already_present += 1
                self.coding_map[coding.guid] = coding.guid if coding.guid in guids else self._target_of(key)
                continue
            if not 0 <= coding.start < coding.end <= lengths[doc]:
                self.report.conflicts.append(
                    translate("CoreAnalysis", "coding {guid} lies outside its document; skipped").format(
                        guid=coding.guid
                    )
                )
                continue
            keys.add(key)
            guids.add(coding.guid)
            self.coding_map[coding.guid] = coding.guid
            self.coded[coding.guid] = code
            if doc == coding.document and code == coding.code and coder == coding.coder:
                new.append(coding)  # the usual case (same GUIDs on both sides): no copy needed
            else:
                new.append(
                    Coding(
                        coding.guid,
                        doc,
                        code,
                        coder,
                        coding.start,
                        coding.end,
                        coding.created_at,
                        coding.memo,
                    )
                )
        self.store.insert_codings(new)
        self.report.codings_added += len(new)

    def _target_of(self, key: tuple[str, str, str, int, int]) -> str:
        """The target's coding with this (document, code, coder, start, end), read once if needed."""
        if self.by_key is None:
            self.by_key = {
                (c.document, c.code, c.coder, c.start, c.end): c.guid for c in self.store.codings()
            }
        return self.by_key.get(key, "")

    def fields(self) -> None:
        """Value fields: by GUID on the matched code, then by name; new ones appended."""
        tree = CodeTree(self.store.codes())
        taken = {f.guid for f in self.store.code_fields()}
        valued = {v.field for v in self.data.values}
        for source in self.data.fields:
            code = self.code_map.get(source.code)
            if code is None:
                continue
            mine = self.store.code_fields(code)
            match = next((f for f in mine if f.guid == source.guid), None) or next(
                (f for f in mine if f.name.casefold() == source.name.casefold()), None
            )
            if match is not None and match.kind == source.kind:
                self.field_map[source.guid] = match.guid
                if known_options(match.kind, match.options) != known_options(source.kind, source.options):
                    self.report.conflicts.append(
                        translate(
                            "CoreAnalysis",
                            "field {name!r} of code {path!r} has other options in the source; "
                            "kept the target's",
                        ).format(name=match.name, path=tree.path(code))
                    )
                continue
            name = source.name
            if match is not None:
                name, again = self._merged_name(mine, source)
                if source.guid in valued:
                    said = translate(
                        "CoreAnalysis",
                        "field {name!r} of code {path!r} is {kind} in the source but {target_kind} "
                        "in the target; "
                        "kept the target's field (the source's values: kept under {kept!r})",
                    )
                else:
                    said = translate(
                        "CoreAnalysis",
                        "field {name!r} of code {path!r} is {kind} in the source but {target_kind} "
                        "in the target; "
                        "kept the target's field (the source's values: none to keep)",
                    )
                self.report.conflicts.append(
                    said.format(
                        name=match.name,
                        path=tree.path(code),
                        kind=source.kind,
                        target_kind=match.kind,
                        kept=name,
                    )
                )
                if again is not None:
                    self.field_map[source.guid] = again.guid
                    continue
                if source.guid not in valued:
                    continue  # no value to keep: the target's codebook stands
            guid = source.guid if source.guid not in taken else new_guid()
            position = max((f.position for f in mine), default=-1) + 1
            self.store.insert_fields(
                [CodeField(guid, code, name, source.kind, dict(source.options), position)]
            )
            taken.add(guid)
            self.field_map[source.guid] = guid
            self.report.fields_added += 1

    @staticmethod
    def _merged_name(mine: list[CodeField], source: CodeField) -> tuple[str, CodeField | None]:
        """The name the source's values of a clashing field go under, and the target's field of
        that name and the source's kind if one is there already (a merge made it before)."""
        n = 1
        while True:
            name = f"{source.name} (merged)" if n == 1 else f"{source.name} (merged {n})"
            same = next((f for f in mine if f.name.casefold() == name.casefold()), None)
            if same is None or same.kind == source.kind:
                return name, same
            n += 1

    def values(self) -> None:
        """Values by (coding, field): added where the target has none, else the target's kept."""
        if not self.data.values:
            return
        current = {(v.coding, v.field): v for v in self.store.coding_values()}
        fields = {f.guid: f for f in self.store.code_fields()}
        names = {guid: f.name for guid, f in fields.items()}
        if any(c not in self.coded for c in self.coding_map.values() if c):  # codings already there
            self.coded.update((c.guid, c.code) for c in self.store.codings())
        new: list[CodingValue] = []
        for value in self.data.values:
            coding, field = self.coding_map.get(value.coding), self.field_map.get(value.field)
            if not coding or not field:
                continue  # its coding was skipped (and reported), or its field's code is missing
            if self.coded.get(coding) != fields[field].code:  # the target re-coded it since
                self.report.conflicts.append(
                    translate(
                        "CoreAnalysis",
                        "value {name!r} ({value}) of {coding} not merged: "
                        "the coding has another code in the target",
                    ).format(
                        name=names[field], value=value.value.display(), coding=self._coding_label(coding)
                    )
                )
                continue
            mine = current.get((coding, field))
            if mine is None:
                new.append(
                    CodingValue(coding, field, value.value, self.who(value.entered_by), value.entered_at)
                )
                current[(coding, field)] = new[-1]
            elif (mine.value.kind, dict(mine.value.data)) != (value.value.kind, dict(value.value.data)):
                self.report.conflicts.append(
                    translate(
                        "CoreAnalysis", "value {name!r} of {coding} is {value} in the source; kept {kept}"
                    ).format(
                        name=names.get(field, field),
                        coding=self._coding_label(coding),
                        value=value.value.display(),
                        kept=mine.value.display(),
                    )
                )
        self.store.insert_coding_values(new)
        self.report.values_added += len(new)

    def _coding_label(self, guid: str) -> str:
        coding = self.store.coding(guid)
        path = CodeTree(self.store.codes()).path(coding.code)
        document = self.store.document(coding.document).name
        coder = self.store.coder(coding.coder).name
        return translate(
            "CoreAnalysis", "a {path!r} coding by {coder} in {document!r} [{start}, {end})"
        ).format(path=path, coder=coder, document=document, start=coding.start, end=coding.end)

    def memos(self) -> None:
        project = self.store.info().guid
        targets: dict[str, Callable[[str], str | None]] = {
            "project": lambda _target: project,
            "document": self.doc_map.get,
            "code": self.code_map.get,
        }
        for memo in self.data.memos:
            target = targets[memo.target_kind](memo.target)
            if target is None:
                continue
            mine = self.store.memo(memo.target_kind, target)
            if mine is None:
                self.store.write_memo(memo.target_kind, target, memo.text, self.who(memo.updated_by))
                self.report.memos_added += 1
            elif memo.text.strip() and memo.text.strip() not in mine.text:
                merged = (
                    f"{mine.text}\n\n— merged from {self.report.source or 'another project'} —\n{memo.text}"
                )
                self.store.write_memo(memo.target_kind, target, merged, self.who(memo.updated_by))
                self.report.memos_added += 1

    def attributes(self) -> None:
        for attribute in self.data.attributes:
            mine = self.store.attribute_by_name(attribute.name)
            if mine is None:
                guid = (
                    attribute.guid
                    if not any(a.guid == attribute.guid for a in self.store.attributes())
                    else new_guid()
                )
                self.store.insert_attribute(replace(attribute, guid=guid, position=0))
                self.attr_map[attribute.guid] = guid
            else:
                self.attr_map[attribute.guid] = mine.guid
        names = {a.guid: a.name for a in self.data.attributes}
        current_values = {guid: self.store.attribute_values(guid) for guid in set(self.attr_map.values())}
        for doc, attr, value in self.data.attribute_values:
            target_doc, target_attr = self.doc_map.get(doc), self.attr_map.get(attr)
            if target_doc is None or target_attr is None:
                continue
            current = current_values[target_attr].get(target_doc)
            if current is None:
                self.store.set_attribute_value(target_doc, target_attr, value)
                self.report.attribute_values_added += 1
            elif current != value:
                doc_name = self.store.document(target_doc).name
                self.report.conflicts.append(
                    translate(
                        "CoreAnalysis",
                        "attribute {name!r} of {document!r} is {value!r} in the source; kept {kept!r}",
                    ).format(name=names.get(attr, attr), document=doc_name, value=value, kept=current)
                )


def merge_into(
    store: ProjectStore,
    data: ProjectData,
    *,
    source_name: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    by: Coder | str | None = None,
) -> MergeReport:
    """Merge ``data`` into ``store`` in one transaction (see the module docstring).

    ``by`` (a coder's record or GUID) is who merged, for the audit trail; a record the
    project does not hold yet is added with the merge.
    """
    report = MergeReport(source=source_name or data.name)
    merger = _Merger(store, data, report)
    with store.atomic():
        who = store.record_coder(by)  # who merges; if new to the project, kept only with the merge
        merger.coders()
        merger.documents(progress, cancelled)
        merger.codes()
        merger.labels()
        merger.fields()
        merger.codings()
        merger.values()
        merger.memos()
        merger.attributes()
        cases = merge_cases(
            store,
            data,
            documents=merger.doc_map,
            codings=merger.coding_map,
            who=merger.who,
            source=report.source,
        )
        report.cases_added, report.case_links_added = cases.cases_added, cases.links_added
        report.conflicts += cases.conflicts
        if cases.links_skipped:
            report.conflicts.append(
                f"{cases.links_skipped} case link(s) point at a document or coding not merged; skipped"
            )
        report.translations_added = _merge_translations(
            store, data, merger.doc_map, merger.who, report.conflicts
        )
        _merge_warnings(store, data, merger.doc_map, merger.code_map)
        if not store.setting(CODEBOOK_META) and data.codebook_meta:
            store.set_setting(CODEBOOK_META, json.dumps(data.codebook_meta, ensure_ascii=False))
        store.audit(
            "merge",
            {
                "source": report.source,
                "documents_added": report.documents_added,
                "codings_added": report.codings_added,
                "fields_added": report.fields_added,
                "values_added": report.values_added,
                "cases_added": report.cases_added,
                "conflicts": len(report.conflicts),
            },
            coder=who,
        )
    return report


def _merge_warnings(
    store: ProjectStore, data: ProjectData, doc_map: dict[str, str], code_map: dict[str, str]
) -> None:
    """Content warnings: the source's list adds the names the target lacks (matched without
    regard to case); a merged document or code carries the union of both sides' warnings — a
    warning is never dropped by a merge, since a coder somewhere chose to give it."""
    listed = store.content_warnings()
    spelled = {w.name.casefold(): w.name for w in listed}
    position = max((w.position for w in listed), default=-1)
    added = []
    for warning in data.content_warnings:
        if warning.name.casefold() not in spelled:
            position += 1
            added.append(replace(warning, position=position))
            spelled[warning.name.casefold()] = warning.name
    store.insert_content_warnings(added)
    for links, mapping, current, write in (
        (data.document_warnings, doc_map, store.document_warnings, store.set_document_warnings),
        (data.code_warnings, code_map, store.code_warnings, store.set_code_warnings),
    ):
        wanted: dict[str, set[str]] = {}
        for source, name in links:
            target = mapping.get(source)
            if target is not None and name.casefold() in spelled:
                wanted.setdefault(target, set()).add(spelled[name.casefold()])
        have = current()
        for target, names in wanted.items():
            if not names <= have.get(target, frozenset()):
                write(target, names | have.get(target, frozenset()))


def _merge_translations(
    store: ProjectStore,
    data: ProjectData,
    doc_map: dict[str, str],
    who: Callable[[str], str],
    conflicts: list[str],
) -> int:
    """The source's links whose two documents are in the target, with their alignment (the
    coder's corrections included). The target's own link of a translation wins; a link the
    target's links contradict (a translation of another original there) is reported, not added."""
    added = 0
    for link, beads in data.translations:
        original, translation = doc_map.get(link.original), doc_map.get(link.translation)
        if original is None or translation is None:
            continue
        mine = store.translation_link(translation)
        name = store.document(translation).name
        if mine is not None:
            if mine.original != original:
                conflicts.append(
                    translate(
                        "CoreAnalysis",
                        "translation {name!r} is linked to another original here; its link was kept",
                    ).format(name=name)
                )
            elif store.beads(translation) != beads:
                conflicts.append(
                    translate(
                        "CoreAnalysis", "the alignment of {name!r} differs; the target's was kept"
                    ).format(name=name)
                )
            continue
        if store.translation_link(original) is not None or any(
            other.original == translation for other in store.links_of(translation)
        ):
            conflicts.append(
                translate(
                    "CoreAnalysis", "the link of translation {name!r} contradicts the target's links; skipped"
                ).format(name=name)
            )
            continue
        store.insert_translation_link(
            replace(link, original=original, translation=translation, linked_by=who(link.linked_by)), beads
        )
        added += 1
    return added


@contextmanager
def open_source(
    path: str | Path, *, cancelled: Callable[[], bool] | None = None, passphrase: str | None = None
) -> Iterator[ProjectData]:
    """Open, check and read a coder's project to merge, kept open (read-only) while in use.

    Everything but the texts is read here; each text is read and hashed here too, under
    the source's read budget, and then dropped: the records carry the digests a merge
    matches on (:class:`StoredDocuments` with ``checked``), and a text is read again only
    to be added to the target, where it must still have the digest it had here.

    Raises:
        NotAProject, ProjectCorrupt, ProjectTooNew: the file cannot be opened (one line).
        ProjectCorrupt: it is too big to be a coder's project, or its content is damaged.
        CodebookError: its codebook breaks a limit (too deep, a name with control characters).
    """
    path = Path(path)
    if cancelled is not None and cancelled():
        raise Cancelled(translate("CoreAnalysis", "merge cancelled; the project is unchanged"))
    with ProjectStore.open(path, readonly=True, untrusted=True, passphrase=passphrase) as store:
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        steps = max(MIN_READ_STEPS, READ_STEPS_PER_BYTE * size)
        try:
            with bounded(store.conn, steps, path, translate("CoreAnalysis", "reading it"), ProjectCorrupt):
                counts = store.counts()
                for what, limit in MAX_SOURCE_ROWS.items():
                    if counts[what] > limit:
                        raise ProjectCorrupt(
                            _too_many(what).format(count=counts[what], limit=limit), path=path
                        )
                data = read_project_data(store)
                data.documents = _hashed(store, document_records(data.documents), path, cancelled)
        except (ValueError, TypeError, KeyError, sqlite3.Error) as exc:
            raise _damaged(exc, path) from None
        try:
            check_codes(data.codes)
            check_fields(data)
            data.labels = [check_label(lb) for lb in data.labels]
        except CodebookError as exc:
            raise CodebookError(
                translate("CoreAnalysis", "cannot be merged: {reason}").format(reason=exc.reason), path=path
            ) from None
        problem = value_damage(data) or check_cases(data)
        if problem:
            raise ProjectCorrupt(
                translate("CoreAnalysis", "cannot be merged: {problem}").format(problem=problem), path=path
            )
        yield data


def read_source(
    path: str | Path, *, cancelled: Callable[[], bool] | None = None, passphrase: str | None = None
) -> ProjectData:
    """:func:`open_source` with every text in memory and the file closed (small projects, scripts)."""
    with open_source(path, cancelled=cancelled, passphrase=passphrase) as data:
        data.documents = list(data.documents)
    return data


def _damaged(exc: Exception, path: Path) -> ProjectCorrupt:
    reason = " ".join(str(exc).split())[:120] or type(exc).__name__
    return ProjectCorrupt(
        translate("CoreAnalysis", "cannot be merged: its content is damaged ({reason})").format(
            reason=reason
        ),
        path=path,
    )


def _hashed(
    store: ProjectStore, records: list[Document], path: Path, cancelled: Callable[[], bool] | None
) -> StoredDocuments:
    """The source's documents with the digest and length of their texts as read now (one text
    at a time); reading a text later checks it against that digest."""
    digests: dict[str, str] = {}
    out: list[Document] = []
    for index, doc in enumerate(records):
        if index % 500 == 0 and cancelled is not None and cancelled():
            raise Cancelled(translate("CoreAnalysis", "merge cancelled; the project is unchanged"))
        text = store.document_text(doc.guid)
        digest = digests[doc.guid] = sha256_text(text)
        out.append(doc if digest == doc.sha256 else replace(doc, sha256=digest, length=len(text)))

    def read(guid: str) -> str:
        try:
            text = store.document_text(guid)
        except (ValueError, TypeError, KeyError, sqlite3.Error) as exc:
            raise _damaged(exc, path) from None
        if sha256_text(text) != digests[guid]:
            raise ProjectCorrupt(
                translate("CoreAnalysis", "cannot be merged: it changed while it was being merged"), path=path
            )
        return text

    return StoredDocuments(out, read, checked=True)


def check_fields(data: ProjectData) -> None:
    """Every field of an untrusted project checked as a codebook file's would be (CodebookError)."""
    tree = CodeTree(data.codes)
    for f in data.fields:
        where = f"field {f.name!r} of code {tree.path(f.code) if f.code in tree else f.code!r}"
        options = f.options if isinstance(f.options, dict) else {"options": f.options}
        check_field(f.name, f.kind, options, where=where)


def value_damage(data: ProjectData) -> str:
    """What is wrong with the first damaged value of an untrusted project ("" if none): its
    field must exist and be of its kind, its data of the shape that kind stores."""
    fields = {f.guid: f for f in data.fields}
    for value in data.values:
        field = fields.get(value.field)
        name = repr(field.name) if field is not None else value.field
        if field is None or field.kind != value.value.kind:
            return f"a value of field {name} does not belong to a field of its kind"
        problem = value_problem(value.value.kind, value.value.data)
        if problem is not None or not isinstance(value.value.original, str):
            return f"a value of field {name} is damaged ({problem or 'its wording is not text'})"
    return ""


def merge_projects(
    target: str | Path,
    sources: Sequence[str | Path],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    by: Coder | str | None = None,
    passphrases: Mapping[Path, str] | None = None,
) -> list[MergeReport]:
    """Merge project files into ``target`` in one transaction, after saving a backup of it.

    Every source is opened, checked and read before the target is touched (sources
    are untrusted: see :func:`open_source`), and kept open read-only until merged. If
    anything fails, the target is left byte-identical and the backup made for this merge
    is removed again. ``by`` is who merges (a coder's record or GUID); ``passphrases``
    gives encrypted files' passphrases by path (as given), for callers that hold them.
    """
    keys = dict(passphrases or {})
    from annotator.core.store.connection import backup_path  # noqa: PLC0415

    with ExitStack() as opened:  # sources stay open (read-only) until merged: texts are read from them
        datas: list[tuple[str, ProjectData]] = []
        for index, source in enumerate(sources):
            if progress is not None:
                progress(index, len(sources), f"reading {Path(source).name}")
            data = opened.enter_context(
                open_source(source, cancelled=cancelled, passphrase=keys.get(Path(source)))
            )
            datas.append((Path(source).name, data))
        reports: list[MergeReport] = []
        with ProjectStore.open(target, passphrase=keys.get(Path(target))) as store:
            backup = backup_path(Path(target), store.info().schema_version).with_name(
                Path(target).name + ".before-merge.bak"
            )
            n = 2
            while backup.exists():
                backup = backup.with_name(f"{Path(target).name}.before-merge.{n}.bak")
                n += 1
            try:
                store.save_copy(backup)
                with store.atomic():
                    for name, data in datas:
                        report = merge_into(
                            store, data, source_name=name, progress=progress, cancelled=cancelled, by=by
                        )
                        report.backup = str(backup)
                        reports.append(report)
            except BaseException:
                backup.unlink(missing_ok=True)  # the target is unchanged: the copy is not needed
                raise
    return reports
