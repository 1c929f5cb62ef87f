"""Read a ``.qdpx`` package into :class:`ProjectData`, tolerant of what real tools write.

Parsing only: nothing touches a project here. The caller merges the result
(:func:`annotator.core.analysis.merge.merge_into`, one transaction), so a package that
fails half-way leaves the project unchanged.

Tolerated: a ``.qde`` of any name at the zip root, ``Sources/`` in any letter
case, a BOM or CRLF in source texts, text given inline (``PlainTextContent``)
or by path, PDF sources with a plain-text ``Representation`` and docx/pdf
files when the plain text is missing, GUIDs in either case or in braces,
missing colours, memos as ``Description`` or notes (``NoteRef``/``Link``),
variables on cases or on sources, any namespace version.

This module turns the XML into raw records, streaming one source at a time
(its selections in bulk where the structure allows, :mod:`.selections`);
:mod:`.assemble` turns those into ProjectData, converting positions from the
convention the file uses (:mod:`.positions`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from annotator.core.errors import Cancelled, CodebookError, ImportFailed
from annotator.core.messages import translate
from annotator.core.model import Attribute, Coder
from annotator.core.project_data import ProjectData
from annotator.core.refi_qda import positions, xml_safety
from annotator.core.refi_qda.assemble import Assembler
from annotator.core.refi_qda.cases import CASE_VARIABLE, CaseReading, RawCase, read_description
from annotator.core.refi_qda.codes import CodeReader
from annotator.core.refi_qda.common import (
    DroppedSelection,
    ImportNotes,
    child,
    child_text,
    children,
    clean_name,
    derived_guid,
    local,
    norm_guid,
    valid_datetime,
)
from annotator.core.refi_qda.package_texts import PackageTexts
from annotator.core.refi_qda.selections import RawCoding, RawSelection, int_or_none, read_selections
from annotator.core.refi_qda.zip_safety import MemberStream, SafeArchive

Progress = Callable[[int, int, str], None]
DEFAULT_CODER = "REFI-QDA import"
_TYPES = {
    "text": "text",
    "boolean": "boolean",
    "integer": "number",
    "float": "number",
    "date": "date",
    "datetime": "date",
}
_VALUE_TAGS = ("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue")
TYPE_MARKER = re.compile(r"Type in Testimony Annotator: (text|number|date|boolean)")
_MEDIA = ("PictureSource", "AudioSource", "VideoSource")
_FORMATS = {
    "txt": "txt",
    "text": "txt",
    "md": "md",
    "markdown": "md",
    "docx": "docx",
    "pdf": "pdf",
    "odt": "odt",
    "rtf": "rtf",
    "html": "html",
    "htm": "html",
}


@dataclass
class RawSource:
    guid: str
    name: str
    source_format: str
    created: str
    user: str
    text: positions.SourceText | None
    text_problem: str = ""  # why ``text`` is None
    memo: str = ""
    note_refs: list[str] = field(default_factory=list)
    selections: list[RawSelection] = field(default_factory=list)
    values: list[tuple[str, str]] = field(default_factory=list)  # (variable guid, value)


@dataclass(slots=True)
class RawNote:
    name: str
    text: str
    created: str
    user: str


def _value(element: etree._Element) -> tuple[str, str]:
    """(variable guid, value text) of a ``<VariableValue>``."""
    ref = child(element, "VariableRef")
    guid = norm_guid(ref.get("targetGUID")) if ref is not None else ""
    for tag in _VALUE_TAGS:
        found = child(element, tag)
        if found is not None:
            return guid, (found.text or "").strip()
    return guid, ""


class QdpxReader:
    """One pass over one package; call :meth:`read`."""

    def __init__(
        self,
        archive: SafeArchive,
        *,
        default_coder: str = "",
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self.archive = archive
        self.path = archive.path
        self.notes = ImportNotes()
        self.texts = PackageTexts(archive, self.notes)
        self.default_coder = default_coder or DEFAULT_CODER
        self.importer = default_coder
        self.progress = progress
        self.cancelled = cancelled
        self.project_name = ""
        self.project_memo: list[str] = []
        self.project_note_refs: list[str] = []
        self.users: dict[str, Coder] = {}
        self.codes = CodeReader(self.notes, field_instructions=False)
        self.variables: dict[str, Attribute] = {}
        self.cases: list[tuple[str, list[tuple[str, str]], list[str]]] = []  # (name, values, source guids)
        self.person_cases = CaseReading()  # cases that are persons (written by us)
        self.sources: list[RawSource] = []
        self.note_store: dict[str, RawNote] = {}
        self.links: list[tuple[str, str]] = []
        self.stream: MemberStream | None = None
        self._refs: dict[str, str] = {}

    # -- parsing ----------------------------------------------------------
    def read(self) -> tuple[ProjectData, ImportNotes]:
        qde = self._find_qde()
        data = self.stream = self.archive.stream(qde)  # parsed as it inflates: never held whole
        root_checked = False
        handlers = {
            "Users": self._users,
            "CodeBook": self._codebook,
            "Variables": self._variables,
            "Cases": self._cases,
            "Notes": self._notes,
            "Links": self._links,
            "Description": self._project_description,
            "NoteRef": self._project_note_ref,
        }
        tags = [*handlers, "TextSource", "PDFSource", *_MEDIA, "Project"]
        for element in xml_safety.iterparse(data, path=self.path, label=qde, tags=tags, keep_pis=True):
            parent = element.getparent()
            if not root_checked:
                self._check_root(element, qde)
                root_checked = True
            if parent is None:
                break
            grand = parent.getparent()
            if grand is None:  # a section of <Project>
                handler = handlers.get(local(element.tag))
                if handler is not None:
                    handler(element)
                    self._free(element)
            elif grand.getparent() is None and local(parent.tag) == "Sources":
                self._source(element, local(element.tag))
                self._free(element)
        if not root_checked:
            raise ImportFailed(
                translate("CoreRefiQda", "{qde} is not a REFI-QDA project (no <Project> element)").format(
                    qde=qde
                ),
                path=self.path,
            )
        return Assembler.from_reader(self).build(), self.notes

    def _check_root(self, element: etree._Element, qde: str) -> None:
        root = element.getroottree().getroot()
        if local(root.tag) != "Project":
            raise ImportFailed(
                translate(
                    "CoreRefiQda", "{qde} is not a REFI-QDA project (its root element is <{local}>)"
                ).format(qde=qde, local=local(root.tag)),
                path=self.path,
            )
        self.notes.origin = (root.get("origin") or "").strip()
        self.project_name = (root.get("name") or "").strip()

    @staticmethod
    def _free(element: etree._Element) -> None:
        element.clear(keep_tail=False)
        parent = element.getparent()
        if parent is not None:
            while element.getprevious() is not None:
                del parent[0]

    def _find_qde(self) -> str:
        names = self.archive.names()
        exact = self.archive.find("project.qde")
        if exact is not None and "/" not in exact.replace("\\", "/"):
            return exact
        root_qdes = [n for n in names if "/" not in n.replace("\\", "/") and n.lower().endswith(".qde")]
        if len(root_qdes) == 1:
            self.notes.warnings.append(
                translate("CoreRefiQda", "project file is named {name!r} (standard: project.qde)").format(
                    name=root_qdes[0]
                )
            )
            return root_qdes[0]
        if not root_qdes:
            raise ImportFailed(
                translate("CoreRefiQda", "not a REFI-QDA project package (no .qde file at its root)"),
                path=self.path,
            )
        raise ImportFailed(
            translate("CoreRefiQda", "not a REFI-QDA project package (several .qde files: {names})").format(
                names=", ".join(sorted(root_qdes))
            ),
            path=self.path,
        )

    def _users(self, element: etree._Element) -> None:
        by_name: dict[str, Coder] = {}
        for user in children(element, "User"):
            guid = norm_guid(user.get("guid"))
            if not guid:
                continue
            name = clean_name(user.get("name") or user.get("id")) or f"User {guid[:8]}"
            same = by_name.get(name.casefold())
            if same is not None:  # one person listed twice: keep one coder
                self.users[guid] = same
                continue
            coder = Coder(guid, name)
            self.users[guid] = by_name[name.casefold()] = coder

    def _codebook(self, element: etree._Element) -> None:
        codes = child(element, "Codes")
        if codes is not None:
            self.codes.read(codes)

    def _variables(self, element: etree._Element) -> None:
        for position, variable in enumerate(children(element, "Variable"), start=1):
            guid = norm_guid(variable.get("guid"))
            if not guid:
                continue
            name = clean_name(variable.get("name")) or f"Variable {position}"
            kind = _TYPES.get((variable.get("typeOfVariable") or "").strip().lower(), "text")
            described = child_text(variable, "Description")
            marker = TYPE_MARKER.search(described)
            if marker:
                kind = marker.group(1)
            if described.startswith(CASE_VARIABLE):
                self.person_cases.variables.add(guid)
            self.variables[guid] = Attribute(guid, name, kind, position)

    def _cases(self, element: etree._Element) -> None:
        for case in children(element, "Case"):
            values = [_value(v) for v in children(case, "VariableValue")]
            refs = [norm_guid(r.get("targetGUID")) for r in children(case, "SourceRef")]
            person = read_description(child_text(case, "Description"))
            if person is not None and norm_guid(case.get("guid")):
                selections = [norm_guid(r.get("targetGUID")) for r in children(case, "SelectionRef")]
                raw = RawCase(
                    norm_guid(case.get("guid")), case.get("name") or "", *person, values, refs, selections
                )
                self.person_cases.cases.append(raw)
                continue
            if values and not refs:
                self.notes.skipped.append(
                    translate("CoreRefiQda", "case {case!r}: its variables apply to no whole source").format(
                        case=case.get("name") or case.get("guid")
                    )
                )
            self.cases.append((case.get("name") or "", values, refs))

    def _notes(self, element: etree._Element) -> None:
        for note in children(element, "Note"):
            guid = norm_guid(note.get("guid"))
            if not guid:
                continue
            text = child_text(note, "PlainTextContent")
            if not text and note.get("plainTextPath"):
                raw = self.texts.internal_text(note.get("plainTextPath") or "", f"note {note.get('name')!r}")
                text = positions.SourceText(raw).text if raw else ""
            if not text:
                text = child_text(note, "Description")
            self.note_store[guid] = RawNote(
                (note.get("name") or "").strip(),
                text,
                valid_datetime(note.get("modifiedDateTime") or note.get("creationDateTime")),
                norm_guid(note.get("creatingUser")),
            )

    def _links(self, element: etree._Element) -> None:
        for link in children(element, "Link"):
            a, b = norm_guid(link.get("originGUID")), norm_guid(link.get("targetGUID"))
            if a and b:
                self.links.append((a, b))

    def _project_description(self, element: etree._Element) -> None:
        if (element.text or "").strip():
            self.project_memo.append(element.text or "")

    def _project_note_ref(self, element: etree._Element) -> None:
        guid = norm_guid(element.get("targetGUID"))
        if guid:
            self.project_note_refs.append(guid)

    def _source(self, element: etree._Element, kind: str) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled(translate("CoreRefiQda", "import cancelled; the project is unchanged"))
        name = clean_name(element.get("name"))
        if self.progress is not None and self.stream is not None:  # how far into the project file
            self.progress(self.stream.consumed, max(self.stream.size, self.stream.consumed + 1), name)
        if kind in _MEDIA:
            self.notes.skipped.append(
                translate("CoreRefiQda", "{kind} {name!r}: only text sources can be imported").format(
                    kind=kind, name=name
                )
            )
            self._not_text(
                (e for e in element.iter() if local(e.tag).endswith("Selection")),
                name or kind,
                f"lies in the {kind} {name!r}; only text can be imported",
            )
            return
        if kind not in ("TextSource", "PDFSource"):
            return
        guid = norm_guid(element.get("guid")) or derived_guid("source", name, str(len(self.sources)))
        body = element
        source_format = "txt"
        if kind == "PDFSource":
            source_format = "pdf"
            representation = child(element, "Representation")
            body = representation if representation is not None else element
            self._not_text(
                children(element, "PDFSelection"),
                name or guid,
                "is an area of the PDF; only text selections can be imported",
            )
        if not name:  # qc names a source only by its file: "interviews/bo.txt" is "bo.txt"
            path = (body.get("plainTextPath") or "").strip()
            if path and "://" not in path:
                name = clean_name(path.replace("\\", "/").rsplit("/", 1)[-1])
        suffix = Path(name).suffix.lower().lstrip(".")
        if kind == "TextSource" and suffix in _FORMATS:
            source_format = _FORMATS[suffix]  # a source named "x.docx" was a docx before it was text
        label = name or guid
        text, problem = self._source_text(element, body, label, kind)
        if text is not None and not name:
            name = f"Document {len(self.sources) + 1}"
        source = RawSource(
            guid=guid,
            name=name or guid,
            source_format=source_format,
            created=valid_datetime(element.get("creationDateTime") or element.get("modifiedDateTime")),
            user=norm_guid(element.get("creatingUser")),
            text=text,
            text_problem=problem,
            memo=child_text(element, "Description"),
        )
        for holder in {id(element): element, id(body): body}.values():
            source.note_refs += [norm_guid(r.get("targetGUID")) for r in children(holder, "NoteRef")]
            source.values += [_value(v) for v in children(holder, "VariableValue")]
        selections = read_selections(
            body, ref=self._ref, one=self._selection, names=not positions.prior(self.notes.origin)[1]
        )
        if selections is None:  # an unusual structure: element by element
            selections = [self._selection(selection) for selection in children(body, "PlainTextSelection")]
        source.selections = selections
        whole = [self._coding(c) for c in children(body, "Coding")]
        if whole:
            if text is not None:
                self.notes.warnings.append(
                    translate(
                        "CoreRefiQda",
                        "{name!r}: {count} codings of the whole source kept as codings of all its text",
                    ).format(name=name, count=len(whole))
                )
            source.selections.append(  # without text, the assembler lists it as dropped
                RawSelection(derived_guid("whole", guid), "", 0, 0, "", [], whole, whole=True)
            )
        self.sources.append(source)

    def _not_text(self, selections: Iterable[etree._Element], label: str, why: str) -> None:
        """List each selection of a kind we cannot hold (an area of a PDF page, a picture,
        audio, video) as dropped: each is a coder's work the project will not have."""
        for item in selections:
            self.notes.selections += 1
            self.notes.dropped.append(
                DroppedSelection(
                    label,
                    (item.get("guid") or "").strip(),
                    int_or_none(item.get("startPosition")),
                    int_or_none(item.get("endPosition")),
                    "not-text",
                    why,
                )
            )

    def _ref(self, value: str | None) -> str:
        """A normalised GUID reference (code, user, note): few distinct values, so cached."""
        if value is None:
            return ""
        found = self._refs.get(value)
        if found is None:
            found = self._refs[value] = norm_guid(value)
        return found

    def _selection(self, element: etree._Element) -> RawSelection:
        """One selection, element by element (see :mod:`.selections` for the bulk reader,
        which must give the same record). A coding that names no user or no valid date
        takes its selection's."""
        get = element.get
        ref = self._ref
        memo = ""
        note_refs: list[str] = []
        codings: list[tuple[str, str, str, str, list[str]]] = []
        for item in element:
            name = local(item.tag)
            if name == "Coding":
                code = ""
                coding_refs: list[str] = []
                for sub in item:
                    sub_name = local(sub.tag)
                    if sub_name == "CodeRef":
                        code = ref(sub.get("targetGUID"))
                    elif sub_name == "NoteRef":
                        coding_refs.append(ref(sub.get("targetGUID")))
                item_get = item.get
                codings.append(
                    (
                        norm_guid(item_get("guid")),
                        code,
                        ref(item_get("creatingUser")),
                        item_get("creationDateTime") or "",
                        coding_refs,
                    )
                )
            elif name == "NoteRef":
                note_refs.append(ref(item.get("targetGUID")))
            elif name == "Description":
                memo = item.text or ""
        user = ref(get("creatingUser") or get("modifyingUser"))
        created = get("creationDateTime") or get("modifiedDateTime") or ""
        return RawSelection(
            (get("guid") or "").strip(),
            get("name") or "",
            int_or_none(get("startPosition")),
            int_or_none(get("endPosition")),
            memo,
            note_refs,
            [
                RawCoding(
                    guid,
                    code,
                    coding_user or user,
                    coding_created if valid_datetime(coding_created) else valid_datetime(created),
                    refs,
                )
                for guid, code, coding_user, coding_created, refs in codings
            ],
        )

    @staticmethod
    def _coding(element: etree._Element) -> RawCoding:
        ref = child(element, "CodeRef")
        return RawCoding(
            guid=norm_guid(element.get("guid")),
            code=norm_guid(ref.get("targetGUID")) if ref is not None else "",
            user=norm_guid(element.get("creatingUser")),
            created=valid_datetime(element.get("creationDateTime")),
            note_refs=[norm_guid(r.get("targetGUID")) for r in children(element, "NoteRef")],
        )

    # -- texts ------------------------------------------------------------
    def _source_text(
        self, element: etree._Element, body: etree._Element, label: str, kind: str
    ) -> tuple[positions.SourceText | None, str]:
        """The source's text, or None and why there is none (said once in ``notes.skipped``)."""
        raw: str | None = None
        problem = ""
        content = child(body, "PlainTextContent")
        if content is not None and content.text:
            raw = content.text
        elif body.get("plainTextPath"):
            raw, problem = self.texts.read_text(body.get("plainTextPath") or "", label)
        if raw is not None and raw.strip():
            return positions.SourceText(raw, label), ""
        fallback = self.texts.converted_text(element, label, kind)
        if fallback is not None:
            return positions.SourceText(fallback, label), ""
        if raw is not None:
            problem = "its text is empty"
        elif not problem:
            problem = "it has no text (no PlainTextContent and no plainTextPath)"
        self.notes.skipped.append(
            translate("CoreRefiQda", "{label}: no text: {problem}").format(label=label, problem=problem)
        )
        return None, problem


def read_package(
    path: str | Path,
    *,
    default_coder: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    max_total: int | None = None,
) -> tuple[ProjectData, ImportNotes]:
    """Parse a ``.qdpx`` (see the module docstring). Raises ImportFailed naming the file."""
    limits = {} if max_total is None else {"max_total": max_total}
    with SafeArchive(path, **limits) as archive:
        try:
            return QdpxReader(
                archive, default_coder=default_coder, progress=progress, cancelled=cancelled
            ).read()
        except RecursionError:
            raise ImportFailed(
                translate("CoreRefiQda", "the project file is nested too deeply to read"), path=path
            ) from None
        except CodebookError as exc:  # a code nested too deep, or a name we refuse
            raise ImportFailed(exc.reason, path=path) from None
        except MemoryError:
            raise ImportFailed(
                translate("CoreRefiQda", "the package is too large to read into memory"), path=path
            ) from None
