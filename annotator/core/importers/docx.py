"""Word documents (.docx): the body text in reading order, then the notes.

python-docx opens and validates the package; the text itself is collected by
walking the body XML, because ``Paragraph.text`` drops footnote references,
and python-docx does not read footnotes at all.

Layout of the result:

- body blocks in document order, one per line: paragraphs and headings as
  written; a table row by row, its cells separated by a tab (a cell with
  several paragraphs keeps them on separate lines); content controls are
  entered; a text box's paragraphs follow the paragraph that anchors them;
- tracked deletions and moved-away text are left out (as Word shows the
  final text), as are headers, footers and comments (page furniture and
  reviewers' remarks, not testimony);
- a footnote reference appears where it stands as ``[1]``, an endnote
  reference as ``[i]`` (Word's default numbering), and after the body, past a
  blank line, each cited note follows on its own line as ``[1] text``:
  a quotation from the body therefore never swallows a note's text, and the
  note stays findable under its number.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from annotator.core.errors import ImportFailed
from annotator.core.importers.archive import open_package, parse_xml, read_member
from annotator.core.importers.common import ImportedText, finish, reading
from annotator.core.messages import translate

if TYPE_CHECKING:
    from docx.parts.document import DocumentPart

# Word wraps an encrypted .docx, like every old .doc, in an OLE compound file.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_P, _TBL, _TR, _TC = f"{_W}p", f"{_W}tbl", f"{_W}tr", f"{_W}tc"
_T, _TAB, _PTAB, _BR, _CR = f"{_W}t", f"{_W}tab", f"{_W}ptab", f"{_W}br", f"{_W}cr"
_NO_BREAK_HYPHEN = f"{_W}noBreakHyphen"
_FOOTNOTE_REF, _ENDNOTE_REF = f"{_W}footnoteReference", f"{_W}endnoteReference"
_BLOCK_WRAPPERS = {f"{_W}sdt": f"{_W}sdtContent", f"{_W}customXml": None}
# Subtrees without visible final text: properties (which hold tab *stops*),
# deletions, moved-away text, field instructions, the note's own mark.
_SKIPPED = frozenset(
    {
        f"{_W}pPr",
        f"{_W}rPr",
        f"{_W}del",
        f"{_W}moveFrom",
        f"{_W}delText",
        f"{_W}instrText",
        f"{_W}footnoteRef",
        f"{_W}endnoteRef",
        _MC_FALLBACK,
    }
)


def read_docx(data: bytes, *, path: Path) -> ImportedText:
    """Text of a .docx file (see the module docstring for the layout)."""
    if data.startswith(_OLE_MAGIC):
        raise ImportFailed(
            translate(
                "CoreImport",
                "not a valid DOCX file (a password-protected or old .doc Word file: "
                "remove the password, or save it as .docx)",
            ),
            path=path,
        )
    with reading("DOCX", path):
        with open_package(data, "DOCX", path=path) as archive:
            content_types = read_member(archive, "[Content_Types].xml")
        if content_types is None or not _declares_word_document(content_types):
            raise ImportFailed(
                translate("CoreImport", "not a valid DOCX file (a zip archive, but not a Word document)"),
                path=path,
            )
        document = docx.Document(io.BytesIO(data))
        notes = _Notes(document.part)
        lines = list(_blocks(document.element.body, notes))
        text = "\n".join(lines)
        cited = notes.cited_lines()
        if cited:
            text = f"{text}\n\n" + "\n".join(cited)
        metadata = {}
        title = (document.core_properties.title or "").strip()
        if title:
            metadata["title"] = title
    return finish(text, "docx", metadata, path=path)


def _declares_word_document(content_types: bytes) -> bool:
    """Whether the package says it holds a Word document (not a spreadsheet, not random)."""
    root = parse_xml(content_types)
    return any(element.get("ContentType") == CT.WML_DOCUMENT_MAIN for element in root.iter())


def _blocks(container: etree._Element, notes: _Notes) -> Iterator[str]:
    """Lines of the paragraphs and tables directly inside a body, cell or note."""
    for child in container.iterchildren():
        if child.tag == _P:
            yield _paragraph(child, notes)
        elif child.tag == _TBL:
            yield from _table(child, notes)
        elif child.tag in _BLOCK_WRAPPERS:
            inner_tag = _BLOCK_WRAPPERS[child.tag]
            inner = child if inner_tag is None else child.find(inner_tag)
            if inner is not None:
                yield from _blocks(inner, notes)


def _table(table: etree._Element, notes: _Notes) -> Iterator[str]:
    # The physical w:tc elements, not python-docx's grid view, which repeats
    # the text of merged cells once per grid column they span.
    for row in table.iter(_TR):
        if _enclosing_table(row) is not table:
            continue  # a row of a nested table: its cell yields it
        cells = ["\n".join(_blocks(cell, notes)) for cell in row.iter(_TC) if _enclosing_row(cell) is row]
        yield "\t".join(cells)


def _enclosing_table(element: etree._Element) -> etree._Element | None:
    return next(element.iterancestors(_TBL), None)


def _enclosing_row(element: etree._Element) -> etree._Element | None:
    return next(element.iterancestors(_TR), None)


def _paragraph(paragraph: etree._Element, notes: _Notes) -> str:
    pieces: list[str] = []
    _inline(paragraph, notes, pieces)
    return "".join(pieces)


def _inline(element: etree._Element, notes: _Notes, out: list[str]) -> None:
    for child in element.iterchildren():
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue
        if tag == _T:
            out.append(child.text or "")
        elif tag in (_TAB, _PTAB):
            out.append("\t")
        elif tag in (_BR, _CR):
            out.append("\n")
        elif tag == _NO_BREAK_HYPHEN:
            out.append("-")
        elif tag == _FOOTNOTE_REF:
            out.append(notes.cite("footnote", child.get(f"{_W}id", "")))
        elif tag == _ENDNOTE_REF:
            out.append(notes.cite("endnote", child.get(f"{_W}id", "")))
        elif tag == _P:  # a paragraph in a text box anchored here
            out.append("\n")
            _inline(child, notes, out)
        else:
            _inline(child, notes, out)


class _Notes:
    """Footnotes and endnotes, numbered in the order the body cites them."""

    def __init__(self, part: DocumentPart) -> None:
        self._bodies: dict[str, dict[str, etree._Element]] = {"footnote": {}, "endnote": {}}
        self._labels: dict[tuple[str, str], str] = {}
        for rel in part.rels.values():
            kind = {RT.FOOTNOTES: "footnote", RT.ENDNOTES: "endnote"}.get(rel.reltype)
            if kind is None or rel.is_external:
                continue
            root = parse_xml(rel.target_part.blob)
            for note in root.iterchildren(f"{_W}{kind}"):
                self._bodies[kind][note.get(f"{_W}id", "")] = note

    def cite(self, kind: str, note_id: str) -> str:
        key = (kind, note_id)
        if key not in self._labels:
            number = sum(1 for k, _ in self._labels if k == kind) + 1
            self._labels[key] = str(number) if kind == "footnote" else _roman(number)
        return f"[{self._labels[key]}]"

    def cited_lines(self) -> list[str]:
        lines = []
        for kind in ("footnote", "endnote"):
            for (note_kind, note_id), label in list(self._labels.items()):
                note = self._bodies[kind].get(note_id)
                if note_kind != kind or note is None:
                    continue
                body = "\n".join(_blocks(note, self)).strip()
                lines.append(f"[{label}] {body}")
        return lines


def _roman(number: int) -> str:
    numerals = (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    )  # fmt: skip
    out = []
    for value, numeral in numerals:
        count, number = divmod(number, value)
        out.append(numeral * count)
    return "".join(out)
