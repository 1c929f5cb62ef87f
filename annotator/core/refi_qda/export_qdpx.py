"""Write a project as a REFI-QDA ``.qdpx`` package that validates against Project.xsd.

The package holds ``project.qde`` and ``sources/<guid>.txt`` (UTF-8 without
BOM, ``\\n`` line breaks: exactly the text we store, so positions are the code
points the standard asks for). Each coding becomes one ``PlainTextSelection``
holding one ``Coding``: a selection per coding keeps each coder's authorship
and each coding's memo separate, which NVivo, ATLAS.ti and MAXQDA all accept.
GUIDs we derive (selections, notes, cases) are computed from the coding,
memo or document they belong to, so exporting twice gives the same ids. Links between
originals and their translations go in one project note (:mod:`.translation_notes`).

The XML is built as strings (:mod:`.xmlwrite`) and streamed into the zip one
source at a time, so a project with 100,000 codings is written in seconds and
never exists as one tree in memory. Texts are read one at a time, twice (for the
selections' names, then for ``sources/``): a project read from its store
never holds the whole corpus (:class:`~annotator.core.project_data.StoredDocuments`).
The zip goes into a binary file object the caller owns: the export request gives it
an unnamed owner-only file that appears at the destination only when complete
(:func:`annotator.core.outputs.write_output`).
"""

from __future__ import annotations

import datetime as _dt
import re
import zipfile
from collections.abc import Callable
from typing import IO

from annotator.core.code_labels import labels_by_code
from annotator.core.codebook import CodeTree
from annotator.core.errors import Cancelled
from annotator.core.messages import translate
from annotator.core.model import Attribute, Coding, Memo
from annotator.core.project_data import ProjectData, document_records
from annotator.core.refi_qda import cases as person_cases
from annotator.core.refi_qda import xmlwrite
from annotator.core.refi_qda.codes import by_parent, write_code
from annotator.core.refi_qda.common import (
    NS_PROJECT,
    ORIGIN,
    PROJECT_SCHEMA_URL,
    XSI,
    derived_guid,
    norm_guid,
    valid_datetime,
)
from annotator.core.refi_qda.translation_notes import NOTE_NAME as TRANSLATIONS_NOTE
from annotator.core.refi_qda.translation_notes import translations_note
from annotator.core.refi_qda.value_notes import fields_note, values_note
from annotator.core.store.values import CodeField, CodingValue

Progress = Callable[[int, int, str], None]
NAME_LIMIT = 200  # a selection's name is its text, shortened for other tools' lists
TYPE_NOTE = "Type in Testimony Annotator: {}"
COMPRESSLEVEL = 1  # text and XML still shrink 4-6 times; level 6 costs three times as long
_INTEGER = re.compile(r"^[+-]?\d+$")
_DECIMAL = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_BOOLEAN = frozenset({"true", "false", "1", "0"})
_BACK = {"Text": "text", "Integer": "number", "Float": "number", "Boolean": "boolean", "Date": "date"}


def _is_date(value: str) -> bool:
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def variable_type(attribute: Attribute, values: list[str]) -> tuple[str, str]:
    """The REFI-QDA ``typeOfVariable`` for an attribute and its value element.

    A value the schema type cannot hold (a year-only date, "1e3") makes the
    variable Text; its Description then records our type so it comes back.
    """
    if attribute.type == "number":
        if all(_INTEGER.match(v) for v in values):
            return "Integer", "IntegerValue"
        if all(_DECIMAL.match(v) for v in values):
            return "Float", "FloatValue"
    elif attribute.type == "boolean" and all(v in _BOOLEAN for v in values):
        return "Boolean", "BooleanValue"
    elif attribute.type == "date" and all(_is_date(v) for v in values):
        return "Date", "DateValue"
    return "Text", "TextValue"


def excerpt(piece: str) -> str:
    """A selection's name: its text, shortened for other tools' lists."""
    return piece if len(piece) <= NAME_LIMIT else piece[: NAME_LIMIT - 1] + "\u2026"


class _Writer:
    """Builds the sections of ``project.qde`` in schema order; notes are collected on the way."""

    def __init__(self, data: ProjectData, project_guid: str) -> None:
        self.data = data
        self.project_guid = project_guid
        self.users = {c.guid for c in data.coders}
        self.user_by_name = {c.name: norm_guid(c.guid) for c in data.coders}
        self.notes: list[str] = []
        self.doc_memos = {m.target: m for m in data.memos if m.target_kind == "document"}
        self.code_memos = {m.target: m for m in data.memos if m.target_kind == "code"}
        self.project_memos = [m for m in data.memos if m.target_kind == "project"]
        self.fields: dict[str, list[CodeField]] = {}
        for f in data.fields:
            self.fields.setdefault(f.code, []).append(f)
        self.field_names = {f.guid: f.name for f in data.fields}
        self.values: dict[str, list[CodingValue]] = {}
        for v in data.values:
            if v.field in self.field_names:
                self.values.setdefault(v.coding, []).append(v)

    def note(self, guid: str, name: str, memo_text: str, user: str = "", when: str = "") -> str:
        pairs = {"guid": guid, "name": name}
        if user in self.users:
            pairs["creatingUser"] = norm_guid(user)
        if valid_datetime(when):
            pairs["creationDateTime"] = valid_datetime(when)
        content = xmlwrite.element("PlainTextContent", {}, memo_text)
        self.notes.append(f"<Note{xmlwrite.attrs(pairs)}>{content}</Note>\n")
        return guid

    def memo_note(self, memo: Memo, name: str) -> str:
        guid = derived_guid("note", memo.target_kind, memo.target or self.project_guid)
        return self.note(guid, name, memo.text, memo.updated_by, memo.updated_at)

    def users_xml(self) -> str:
        if not self.data.coders:
            return ""
        rows = "".join(
            f"  {xmlwrite.element('User', {'guid': norm_guid(c.guid), 'name': c.name})}\n"
            for c in self.data.coders
        )
        return f"<Users>\n{rows}</Users>\n"

    def codebook_xml(self) -> str:
        if not self.data.codes:
            return ""
        tree = CodeTree(self.data.codes)
        note_refs: dict[str, list[str]] = {
            guid: [self.memo_note(memo, f"Memo on code {tree.path(guid)}")]
            for guid, memo in self.code_memos.items()
            if guid in tree and memo.text
        }
        for _, code in tree.walk():  # value fields: a note other programs just show
            fields = self.fields.get(code.guid)
            if fields:
                note = derived_guid("note", "fields", code.guid)
                self.note(note, f"Value fields of {tree.path(code.guid)}", fields_note(fields))
                note_refs.setdefault(code.guid, []).append(note)
        coded = {c.code for c in self.data.codings}
        out = ["<CodeBook>\n<Codes>\n"]
        children = by_parent(self.data.codes)
        # Labels in other languages ride as in a .qdc: a processing instruction in the <Code>,
        # schema-valid and passed over by programs that do not ask for it.
        labels = labels_by_code(lb for lb in self.data.labels if lb.code in tree)
        for code in children.get(None, ()):
            write_code(out, code, children, note_refs=note_refs, labels=labels, coded=coded, indent="  ")
        out.append("</Codes>\n</CodeBook>\n")
        return "".join(out)

    def variables_and_cases_xml(self) -> str:
        """``<Variables>`` and ``<Cases>``: one case per document carrying document attributes,
        then one per person (see :mod:`annotator.core.refi_qda.cases`)."""
        per_attribute: dict[str, list[str]] = {}
        per_doc: dict[str, list[tuple[str, str]]] = {}
        for doc, attribute_guid, value in self.data.attribute_values:
            per_attribute.setdefault(attribute_guid, []).append(value)
            per_doc.setdefault(doc, []).append((attribute_guid, value))
        value_tags: dict[str, str] = {}
        variables = []
        for attribute in self.data.attributes:
            kind, tag = variable_type(attribute, per_attribute.get(attribute.guid, []))
            value_tags[attribute.guid] = tag
            pairs = {"guid": norm_guid(attribute.guid), "name": attribute.name, "typeOfVariable": kind}
            note = TYPE_NOTE.format(attribute.type) if _BACK.get(kind) != attribute.type else ""
            if note:
                description = xmlwrite.element("Description", {}, note)
                variables.append(f"  <Variable{xmlwrite.attrs(pairs)}>{description}</Variable>\n")
            else:
                variables.append(f"  <Variable{xmlwrite.attrs(pairs)}/>\n")
        case_variables, case_tags = person_cases.variables_xml(self.data, variable_type, TYPE_NOTE)
        variables += case_variables
        docs = {d.guid: d for d in document_records(self.data.documents)}
        cases = []
        for doc_guid, values in per_doc.items():
            if doc_guid not in docs:
                continue
            case_attrs = {"guid": derived_guid("case", doc_guid), "name": docs[doc_guid].name}
            case = [f"  <Case{xmlwrite.attrs(case_attrs)}>\n"]
            for attribute_guid, value in values:
                if attribute_guid in value_tags:
                    value_xml = xmlwrite.element(value_tags[attribute_guid], {}, value)
                    ref = f'<VariableRef targetGUID="{norm_guid(attribute_guid)}"/>'
                    case.append(f"    <VariableValue>{ref}{value_xml}</VariableValue>\n")
            case.append(f'    <SourceRef targetGUID="{norm_guid(doc_guid)}"/>\n  </Case>\n')
            cases.append("".join(case))
        cases += person_cases.cases_xml(self.data, case_tags, lambda c: derived_guid("selection", c))
        out = ["<Variables>\n", *variables, "</Variables>\n"] if variables else []
        if cases:
            out += ["<Cases>\n", *cases, "</Cases>\n"]
        return "".join(out)

    def source_xml(
        self, doc_guid: str, name: str, text: str, codings: list[Coding], when: str, by: str
    ) -> str:
        guid = norm_guid(doc_guid)
        pairs = {"guid": guid, "name": name, "plainTextPath": f"internal://{guid}.txt"}
        creator = self.user_by_name.get(by) or (norm_guid(by) if by in self.users else "")
        if creator:
            pairs["creatingUser"] = creator
        if valid_datetime(when):
            pairs["creationDateTime"] = valid_datetime(when)
        out = [f"<TextSource{xmlwrite.attrs(pairs)}>\n"]
        users = self.users
        attr = xmlwrite.attr
        for coding in codings:
            who = f' creatingUser="{norm_guid(coding.coder)}"' if coding.coder in users else ""
            when = valid_datetime(coding.created_at)
            stamp = f' creationDateTime="{when}"' if when else ""
            out.append(
                f'  <PlainTextSelection guid="{derived_guid("selection", coding.guid)}" '
                f'name="{attr(excerpt(text[coding.start : coding.end]))}" '
                f'startPosition="{coding.start}" endPosition="{coding.end}"{who}{stamp}>'
                f'<Coding guid="{norm_guid(coding.guid)}"{who}{stamp}>'
                f'<CodeRef targetGUID="{norm_guid(coding.code)}"/>'
            )
            values = self.values.get(coding.guid)
            if values:
                guid = derived_guid("note", "values", coding.guid)
                note = values_note(values, self.field_names)
                self.note(guid, f"Values on a coding in {name}", note, coding.coder, coding.created_at)
                out.append(f'<NoteRef targetGUID="{guid}"/>')
            out.append("</Coding>")
            if coding.memo:
                guid = derived_guid("note", "coding", coding.guid)
                self.note(guid, f"Memo on a coding in {name}", coding.memo, coding.coder, coding.created_at)
                out.append(f'<NoteRef targetGUID="{guid}"/>')
            out.append("</PlainTextSelection>\n")
        memo = self.doc_memos.get(doc_guid)
        if memo is not None and memo.text:
            out.append(f'  <NoteRef targetGUID="{self.memo_note(memo, f"Memo on {name}")}"/>\n')
        out.append("</TextSource>\n")
        return "".join(out)


def write_package(
    data: ProjectData,
    out: IO[bytes],
    *,
    project_guid: str,
    created: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Write ``data`` as a ``.qdpx`` zip into ``out`` (a binary, seekable file object).

    Raises:
        Cancelled: ``cancelled()`` turned true; what was written to ``out`` is incomplete.
    """
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=COMPRESSLEVEL) as zf:
        with zf.open("project.qde", "w") as stream:
            _write_qde(data, stream, project_guid, created, progress, cancelled)
        for doc, text in data.documents:
            if cancelled is not None and cancelled():
                raise Cancelled(translate("CoreRefiQda", "export cancelled; no file was written"))
            zf.writestr(f"sources/{norm_guid(doc.guid)}.txt", text.encode("utf-8"))
    if progress is not None:
        progress(len(data.documents), len(data.documents), "")


def _write_qde(
    data: ProjectData,
    stream: IO[bytes],
    project_guid: str,
    created: str,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    writer = _Writer(data, project_guid)
    head = {
        "xmlns": NS_PROJECT,
        "xmlns:xsi": XSI,
        "xsi:schemaLocation": f"{NS_PROJECT} {PROJECT_SCHEMA_URL}",
        "name": data.name or "Project",
        "origin": ORIGIN,
    }
    if valid_datetime(created):
        head["creationDateTime"] = valid_datetime(created)

    def put(piece: str) -> None:
        stream.write(piece.encode("utf-8"))

    put(f'<?xml version="1.0" encoding="utf-8"?>\n<Project{xmlwrite.attrs(head)}>\n')
    put(writer.users_xml())
    put(writer.codebook_xml())
    put(writer.variables_and_cases_xml())
    by_doc: dict[str, list[Coding]] = {}
    for coding in data.codings:
        by_doc.setdefault(coding.document, []).append(coding)
    if data.documents:
        put("<Sources>\n")
        total = len(data.documents)
        for index, (doc, text) in enumerate(data.documents):
            if cancelled is not None and cancelled():
                raise Cancelled(translate("CoreRefiQda", "export cancelled; no file was written"))
            if progress is not None:
                progress(index, total, doc.name)
            codings = sorted(by_doc.get(doc.guid, ()), key=lambda c: (c.start, c.end, c.guid))
            put(writer.source_xml(doc.guid, doc.name, text, codings, doc.imported_at, doc.imported_by))
        put("</Sources>\n")
    project_refs = [writer.memo_note(m, "Project memo") for m in writer.project_memos if m.text]
    if data.translations:  # original ↔ translation links: a project note others just show
        records = {d.guid: (d.name, d.length, d.sha256) for d in document_records(data.documents)}
        links = [
            (link, beads)
            for link, beads in data.translations
            if {link.original, link.translation} <= records.keys()
        ]
        if links:
            guid = derived_guid("note", "translations", project_guid)
            project_refs.append(writer.note(guid, TRANSLATIONS_NOTE, translations_note(links, records)))
    if writer.notes:
        put("<Notes>\n")
        put("".join(writer.notes))
        put("</Notes>\n")
    put("".join(f'<NoteRef targetGUID="{guid}"/>\n' for guid in project_refs))
    put("</Project>\n")
