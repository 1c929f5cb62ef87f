"""Names, identifiers and small conversions shared by the REFI-QDA readers and writers.

REFI-QDA files come from tools that disagree on details the standard leaves
loose (GUID case and braces, namespace versions, date formats), so every
reader goes through these helpers instead of trusting an attribute as written.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from annotator import APP_NAME, __version__
from annotator.core.errors import ImportFailed
from annotator.core.messages import translate
from annotator.core.refi_qda.positions import Detection

NS_PROJECT = "urn:QDA-XML:project:1.0"
NS_CODEBOOK = "urn:QDA-XML:codebook:1.0"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
PROJECT_SCHEMA_URL = "http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd"
CODEBOOK_SCHEMA_URL = "http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd"
ORIGIN = f"{APP_NAME} {__version__}"

# Derived GUIDs (selections, notes, cases) must be stable across exports of the
# same project, so re-importing an export never doubles anything.
_NS_DERIVED = uuid.uuid5(uuid.NAMESPACE_URL, "testimony-annotator:refi-qda")
_NS_BYTES = _NS_DERIVED.bytes
_GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$")
_BREAKS = re.compile(r"[\r\n\t\u2028\u2029]+")
_RGB = re.compile(r"^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")
# Characters XML 1.0 cannot carry, not even as character references.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def derived_guid(*parts: str) -> str:
    """A GUID computed from ``parts`` (same input, same GUID): ``uuid5``, inlined for speed
    (an export derives one per coding)."""
    digest = bytearray(hashlib.sha1(_NS_BYTES + "|".join(parts).encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def norm_guid(value: str | None) -> str:
    """A GUID as we store it: lower case, without braces or spaces.

    Anything that is not a UUID (a tool's private id) is mapped to a stable
    derived UUID, so references to it still resolve. Empty input gives "".
    """
    if value and _GUID.fullmatch(value):
        return value  # the common case: already canonical
    raw = (value or "").strip()
    if not raw:
        return ""
    guid = raw.strip("{}").strip().lower()
    return guid if _GUID.fullmatch(guid) else derived_guid("foreign-id", raw)


def valid_datetime(value: str | None) -> str:
    """``value`` if it is an xsd:dateTime, else "" (so exports stay schema-valid)."""
    value = (value or "").strip()
    return value if _DATETIME.match(value) else ""


def norm_color(value: str | None) -> str:
    """``#rrggbb`` (lower case; ``#abc`` expanded), or "" when missing or invalid."""
    value = (value or "").strip()
    if not _RGB.match(value):
        return ""
    digits = value[1:]
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return "#" + digits.lower()


def clean_name(raw: str | None) -> str:
    """A one-line name: line breaks and tabs become spaces, ends trimmed, inner spacing kept."""
    return _BREAKS.sub(" ", raw or "").strip()


def xml_safe(text: str) -> str:
    """``text`` without the control characters XML 1.0 cannot represent (they become U+FFFD)."""
    return _NOT_XML.sub("\ufffd", text) if _NOT_XML.search(text) else text


def local(tag: object) -> str:
    """The local name of an element tag, whatever its namespace ("" for comments/PIs)."""
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def children(element: etree._Element, name: str) -> Iterator[etree._Element]:
    """Child elements called ``name`` in any namespace (tools disagree on namespace versions)."""
    return element.iterchildren(f"{{*}}{name}")


def child(element: etree._Element, name: str) -> etree._Element | None:
    return next(element.iterchildren(f"{{*}}{name}"), None)


def child_text(element: etree._Element, name: str) -> str:
    found = child(element, name)
    return (found.text or "") if found is not None else ""


# Why a selection (or one of its codings) is left out, as summary_line counts them.
DROPPED_KINDS = {
    "no-text": "whose source text is missing",
    "position": "did not fit their text",
    "code": "with a coding whose code is not in the codebook",
    "empty": "empty",
    "not-text": "not on text (PDF areas, pictures, audio, video)",
}


def dropped_reason(kind: str, n: int) -> str:
    """``n`` selections left out for ``kind`` (a key of :data:`DROPPED_KINDS`), as
    summary_line lists them: "2 did not fit their text"."""
    if kind == "no-text":
        return translate("CoreRefiQda", "%n whose source text is missing", None, n)
    if kind == "position":
        return translate("CoreRefiQda", "%n did not fit their text", None, n)
    if kind == "code":
        return translate("CoreRefiQda", "%n with a coding whose code is not in the codebook", None, n)
    if kind == "empty":
        return translate("CoreRefiQda", "%n empty", None, n)
    return translate("CoreRefiQda", "%n not on text (PDF areas, pictures, audio, video)", None, n)


@dataclass(frozen=True, slots=True)
class DroppedSelection:
    """One selection, or one coding of a selection, that an import leaves out, and why.

    ``kind`` is a key of :data:`DROPPED_KINDS`; ``str()`` is the line the
    command line and the app show, naming the source, the selection's GUID as
    the file gives it, its positions and the reason.
    """

    source: str
    selection: str
    start: int | None
    end: int | None
    kind: str
    reason: str

    def __str__(self) -> str:
        where = f" [{self.start}, {self.end})" if self.start is not None and self.end is not None else ""
        return f"{self.source}: selection {self.selection or '(no id)'}{where} {self.reason}"


@dataclass
class ImportNotes:
    """What a reader learnt and what it could not import, for the user to read.

    ``dropped`` lists every selection (or coding) left out, whatever the
    reason: a source whose text is missing, a position that does not fit its
    text under the detected convention (never imported at a shifted place), a
    code not in the codebook, an empty span, an area of a PDF or a picture.
    ``selections`` counts every selection the file holds.
    """

    origin: str = ""
    detection: Detection | None = None  # the position convention chosen, and why
    selections: int = 0
    dropped: list[DroppedSelection] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    links_left_out: list[str] = field(default_factory=list)  # original ↔ translation links, why

    @property
    def convention(self) -> str:
        """The position convention in English ("" before detection), as the audit trail keeps it."""
        return self.detection.convention.describe(english=True) if self.detection else ""

    @property
    def convention_reason(self) -> str:
        """Why that convention, in English."""
        return self.detection.reason if self.detection else ""

    @property
    def misfits(self) -> list[str]:
        """The dropped selections whose positions do not fit their text."""
        return [str(d) for d in self.dropped if d.kind == "position"]

    def dropped_selections(self) -> int:
        """How many distinct selections lose something (a selection may lose several codings)."""
        return len({(d.source, d.selection, d.start, d.end) for d in self.dropped})

    def dropped_summary(self) -> tuple[str, str]:
        """The count (``"1 of 9 selections"``) and the reasons (``"(1 did not fit their text)"``)."""
        by_kind: dict[str, int] = {}
        for d in self.dropped:
            by_kind[d.kind] = by_kind.get(d.kind, 0) + 1
        reasons = ", ".join(dropped_reason(k, n) for k, n in by_kind.items())
        count = translate("CoreRefiQda", "{dropped} of {total} selections").format(
            dropped=self.dropped_selections(), total=self.selections
        )
        return count, translate("CoreRefiQda", "({reasons})").format(reasons=reasons)

    def to_text(self) -> str:
        """Every note, one a line, each labelled ("Origin: NVivo 14", "Not imported: …")."""
        if self.origin:
            lines = [translate("CoreRefiQda", "Origin: {origin}").format(origin=self.origin)]
        else:
            lines = [translate("CoreRefiQda", "Origin: not stated")]
        if self.detection is not None:
            lines.append(
                translate("CoreRefiQda", "Positions: {convention} ({reason})").format(
                    convention=self.detection.convention.describe(), reason=self.detection.describe_reason()
                )
            )
        lines += [
            translate("CoreRefiQda", "Not imported: {selection}").format(selection=d) for d in self.dropped
        ]
        lines += [translate("CoreRefiQda", "Skipped: {item}").format(item=s) for s in self.skipped]
        lines += [translate("CoreRefiQda", "Note: {note}").format(note=w) for w in self.warnings]
        return "\n".join(lines)


class IncompleteImport(ImportFailed):
    """A package would lose selections; nothing was imported (the caller may allow a partial import).

    ``dropped`` holds one line per dropped selection, ``notes`` everything the reader learnt.
    """

    def __init__(self, notes: ImportNotes, *, path: str | Path | None = None) -> None:
        count, reasons = notes.dropped_summary()
        super().__init__(
            translate("CoreRefiQda", "{count} cannot be imported {reasons}; nothing was imported").format(
                count=count, reasons=reasons
            ),
            path=path,
        )
        self.notes = notes
        self.dropped = [str(d) for d in notes.dropped]
