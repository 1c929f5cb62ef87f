"""OpenDocument text (.odt): paragraphs, headings, lists and tables in order.

content.xml is read with lxml (safely, see :mod:`.archive`) rather than
odfpy, whose loader reads the whole package through its own object model
and offers no more than the XML itself for this job. The layout matches the
DOCX reader: one line per paragraph or heading, a table row per line with
its cells separated by tabs, and notes cited as ``[1]`` in the text and
listed after a blank line at the end as ``[1] text`` (using the citation the
document shows, so endnotes keep their "i", "ii").

Spaces follow the ODF rules (OpenDocument 1.2, part 1, §6.1.2): white space
inside the XML collapses to one space and is dropped at the start of a
paragraph; ``text:s``, ``text:tab`` and ``text:line-break`` give the spaces,
tabs and line breaks the author typed. Text boxes are followed; comments,
tracked deletions, alternative text and embedded images are not text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from annotator.core.errors import ImportFailed
from annotator.core.importers.archive import open_package, parse_xml, read_member
from annotator.core.importers.common import ImportedText, finish, reading
from annotator.core.messages import translate

_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"

_PARAGRAPHS = frozenset({f"{_TEXT}p", f"{_TEXT}h"})
_ROW_GROUPS = frozenset({f"{_TABLE}table-header-rows", f"{_TABLE}table-rows", f"{_TABLE}table-row-group"})
# Block-level elements that hold no visible text of the document.
_SKIPPED_BLOCKS = frozenset(
    {
        f"{_TEXT}tracked-changes",
        f"{_TEXT}sequence-decls",
        f"{_TEXT}variable-decls",
        f"{_TEXT}user-field-decls",
        f"{_TEXT}table-of-content-source",
        f"{_TEXT}alphabetical-index-source",
        f"{_TEXT}illustration-index-source",
        f"{_TEXT}table-index-source",
        f"{_TEXT}object-index-source",
        f"{_TEXT}user-index-source",
        f"{_TEXT}bibliography-source",
        f"{_OFFICE}forms",
    }
)
# Inline elements of the text namespace that are not part of the running text.
_SKIPPED_INLINE = frozenset({f"{_TEXT}ruby-text", f"{_TEXT}tracked-changes"})
_FOLLOWED_DRAW = frozenset({f"{_DRAW}frame", f"{_DRAW}text-box", f"{_DRAW}a"})
_MAX_REPEAT = 100  # a row or cell repeated a billion times is an attack, not a table
_WHITESPACE = re.compile("[ \t\r\n]+")
_TEXT_MIMETYPE = "application/vnd.oasis.opendocument.text"


def read_odt(data: bytes, *, path: Path) -> ImportedText:
    """Text of an .odt file (see the module docstring for the layout)."""
    with reading("ODT", path):
        with open_package(data, "ODT", path=path) as archive:
            mimetype = read_member(archive, "mimetype")
            content = read_member(archive, "content.xml")
            meta = read_member(archive, "meta.xml")
            manifest = read_member(archive, "META-INF/manifest.xml") or b""
        if b"encryption-data" in manifest:
            raise ImportFailed(
                translate("CoreImport", "password-protected ODT: remove the password, then import"), path=path
            )
        kind = (mimetype or b"").decode("ascii", "replace").strip()
        if kind and not kind.startswith(_TEXT_MIMETYPE):
            raise ImportFailed(
                translate(
                    "CoreImport", "not a valid ODT file (an OpenDocument file, but not text: {kind})"
                ).format(kind=kind),
                path=path,
            )
        if content is None:
            raise ImportFailed(
                translate("CoreImport", "not a valid ODT file (a zip archive, but not an OpenDocument text)"),
                path=path,
            )
        body = parse_xml(content).find(f"{_OFFICE}body/{_OFFICE}text")
        if body is None:
            raise ImportFailed(
                translate("CoreImport", "not a valid ODT file (content.xml has no text body)"), path=path
            )
        notes: list[str] = []
        text = "\n".join(_blocks(body, notes))
        if notes:
            text = f"{text}\n\n" + "\n".join(notes)
        metadata = {}
        title = _title(meta)
        if title:
            metadata["title"] = title
    return finish(text, "odt", metadata, path=path)


def _blocks(container: etree._Element, notes: list[str]) -> Iterator[str]:
    for child in container.iterchildren():
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED_BLOCKS:
            continue
        if tag in _PARAGRAPHS:
            yield _Paragraph(notes).render(child)
        elif tag == f"{_TABLE}table":
            yield from _table_rows(child, notes)
        elif tag.startswith(_TEXT):  # lists, list items, sections, index bodies
            yield from _blocks(child, notes)


def _table_rows(container: etree._Element, notes: list[str]) -> Iterator[str]:
    for child in container.iterchildren():
        if child.tag in _ROW_GROUPS:
            yield from _table_rows(child, notes)
        elif child.tag == f"{_TABLE}table-row":
            cells: list[str] = []
            for cell in child.iterchildren(f"{_TABLE}table-cell"):  # not covered (merged) cells
                cell_text = "\n".join(_blocks(cell, notes))
                cells.extend([cell_text] * _repeat(cell, "number-columns-repeated"))
            line = "\t".join(cells)
            for _ in range(_repeat(child, "number-rows-repeated")):
                yield line


def _repeat(element: etree._Element, attribute: str) -> int:
    try:
        count = int(element.get(f"{_TABLE}{attribute}", "1"))
    except ValueError:
        return 1
    return max(1, min(count, _MAX_REPEAT))


class _Paragraph:
    """Collects one paragraph's text, collapsing white space as ODF prescribes."""

    def __init__(self, notes: list[str]) -> None:
        self._notes = notes
        self._pieces: list[str] = []
        self._after_space = True  # start of paragraph: leading white space is dropped

    def render(self, paragraph: etree._Element) -> str:
        self._walk(paragraph)
        return "".join(self._pieces)

    def _emit(self, text: str, *, literal: bool = False) -> None:
        if not literal:
            text = _WHITESPACE.sub(" ", text)
            if self._after_space and text.startswith(" "):
                text = text[1:]
        if text:
            self._pieces.append(text)
            self._after_space = text[-1] in " \t\n"

    def _walk(self, element: etree._Element) -> None:
        if element.text:
            self._emit(element.text)
        for child in element.iterchildren():
            self._child(child)
            if child.tail:
                self._emit(child.tail)

    def _child(self, child: etree._Element) -> None:
        tag = child.tag
        if not isinstance(tag, str):
            return
        if tag == f"{_TEXT}s":
            self._emit(" " * _count(child), literal=True)
        elif tag == f"{_TEXT}tab":
            self._emit("\t", literal=True)
        elif tag == f"{_TEXT}line-break":
            self._emit("\n", literal=True)
        elif tag == f"{_TEXT}note":
            self._note(child)
        elif tag in _PARAGRAPHS:  # inside a text box
            self._emit("\n", literal=True)
            self._walk(child)
        elif (tag.startswith(_TEXT) and tag not in _SKIPPED_INLINE) or tag in _FOLLOWED_DRAW:
            self._walk(child)

    def _note(self, note: etree._Element) -> None:
        citation = (note.findtext(f"{_TEXT}note-citation") or "").strip()
        label = citation or str(len(self._notes) + 1)
        self._emit(f"[{label}]", literal=True)
        body = note.find(f"{_TEXT}note-body")
        text = "\n".join(_blocks(body, self._notes)) if body is not None else ""
        self._notes.append(f"[{label}] {text.strip()}")


def _count(element: etree._Element) -> int:
    try:
        return max(1, min(int(element.get(f"{_TEXT}c", "1")), 1000))
    except ValueError:
        return 1


def _title(meta: bytes | None) -> str:
    if not meta:
        return ""
    try:
        title = parse_xml(meta).findtext(f".//{_DC_TITLE}") or ""
    except etree.XMLSyntaxError:
        return ""
    return " ".join(title.split())
