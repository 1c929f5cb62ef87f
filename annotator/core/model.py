"""Frozen dataclasses for the things a project holds.

They carry GUIDs (lower-case UUID strings) because identity must cross files:
merging coders' projects and REFI-QDA exchange are unions keyed by GUID.
Offsets are Unicode code points, half-open ``[start, end)``.
"""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

MemoTarget = Literal["project", "document", "code"]
CaseRole = Literal["victim", "perpetrator", "other"]
CASE_ROLES: tuple[CaseRole, ...] = ("victim", "perpetrator", "other")
ATTRIBUTE_TYPES: tuple[str, ...] = ("text", "number", "date", "boolean")


def new_guid() -> str:
    """A fresh lower-case UUID4 string (REFI-QDA accepts either case; we write lower)."""
    return str(uuid.uuid4())


def utc_now() -> str:
    """ISO 8601 UTC timestamp with seconds, e.g. ``2026-11-28T19:30:00Z``."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, slots=True)
class ProjectInfo:
    guid: str
    name: str
    created: str
    app_version: str
    schema_version: int


@dataclass(frozen=True, slots=True)
class Coder:
    """A person who codes. Every column that records who did something holds ``guid``; the
    name is what people type and see, resolved to the record once, at the edge."""

    guid: str
    name: str
    color: str = ""


def clean_coder_name(name: str) -> str:
    """A typed name as it is stored: NFC, runs of white space as one space, trimmed."""
    return " ".join(unicodedata.normalize("NFC", name).split())


def _narrow(char: str) -> str:
    """A full-width or half-width form as its ordinary character (``Ｊ`` -> ``J``, ``ﾊ`` -> ``ハ``)."""
    form = unicodedata.decomposition(char)
    if form.startswith(("<wide> ", "<narrow> ")):
        return "".join(chr(int(cp, 16)) for cp in form.split()[1:])
    return char


def coder_key(name: str) -> str:
    """What two spellings of one coder's name share: "Jun", "jun", " JUN " and full-width "Ｊｕｎ".

    Why not NFKC: it also folds ligatures, superscripts and circled digits, which are
    different names; only case, width, white space and the normalisation form are not.
    """
    name = clean_coder_name(name)
    if not name.isascii():
        name = unicodedata.normalize("NFC", "".join(_narrow(c) for c in name))
        name = " ".join(name.split())  # the ideographic space narrows to a space
    return unicodedata.normalize("NFC", name.casefold())


@dataclass(frozen=True, slots=True)
class Document:
    """A document's identity and provenance; its text is fetched separately (it can be MBs)."""

    guid: str
    name: str
    sha256: str
    length: int
    source_format: str = "txt"
    original_name: str = ""
    imported_at: str = ""
    imported_by: str = ""
    position: int = 0


@dataclass(frozen=True, slots=True)
class Code:
    """One node of the codebook tree. ``parent`` is a GUID or None for a top-level group."""

    guid: str
    name: str
    parent: str | None = None
    color: str = "#999999"
    short_definition: str = ""
    definition: str = ""
    when_to_use: str = ""
    when_not_to_use: str = ""
    example: str = ""
    shortcut: str = ""
    position: int = 0
    ref: str = ""
    codable: bool = True
    source_refs: tuple[str, ...] = ()
    export: dict[str, str] = field(default_factory=dict, hash=False, compare=True)


@dataclass(frozen=True, slots=True)
class CodeLabel:
    """A code's name and definitions in another language (``ko``, ``zh_CN``): the same code,
    the same GUID; only what a reader sees changes. Empty fields fall back to the code's own
    (canonical, English) ones. Kept beside :class:`Code`, not on it: a label is a row of its
    own in the project file, and a code's equality must not depend on its translations."""

    code: str
    language: str
    name: str = ""
    short_definition: str = ""
    definition: str = ""
    when_to_use: str = ""
    when_not_to_use: str = ""
    example: str = ""

    @property
    def empty(self) -> bool:
        return not any(getattr(self, f) for f in LABEL_FIELDS)


LABEL_FIELDS: tuple[str, ...] = (
    "name",
    "short_definition",
    "definition",
    "when_to_use",
    "when_not_to_use",
    "example",
)
"""The fields of a :class:`CodeLabel` that hold text (all but ``code`` and ``language``)."""


@dataclass(frozen=True, slots=True)
class Coding:
    """A code applied by one coder to ``text[start:end]`` of one document."""

    guid: str
    document: str
    code: str
    coder: str
    start: int
    end: int
    created_at: str = ""
    memo: str = ""

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Memo:
    """A free-text note on the project, a document or a code (coding memos live on the coding)."""

    target_kind: MemoTarget
    target: str
    text: str
    updated_at: str = ""
    updated_by: str = ""


@dataclass(frozen=True, slots=True)
class Attribute:
    """A case variable (e.g. age at exploitation); values are per document."""

    guid: str
    name: str
    type: str = "text"  # text | number | date | boolean
    position: int = 0


@dataclass(frozen=True, slots=True)
class Case:
    """A person a dataset describes (a victim, or a perpetrator or other person), across documents.

    ``label`` is pseudonymous ("Victim A", "Broker Kim"), unique in a project ignoring case;
    ``created_by`` is a coder's GUID. Attributes and links to documents and codings are rows
    of their own (see ``store.cases``).
    """

    guid: str
    label: str
    role: CaseRole = "victim"
    memo: str = ""
    created_by: str = ""
    created_at: str = ""


@dataclass(frozen=True, slots=True)
class CaseAttribute:
    """One typed variable of a case (gender, citizenship, year of birth, ...); ``value`` is text
    as entered, ``type`` one of :data:`ATTRIBUTE_TYPES`."""

    case: str
    name: str
    value: str
    type: str = "text"


CODE_FIELDS: tuple[str, ...] = (
    "name",
    "color",
    "short_definition",
    "definition",
    "when_to_use",
    "when_not_to_use",
    "example",
    "shortcut",
    "ref",
    "codable",
    "source_refs",
    "export",
)
"""Code fields a user may edit (``parent`` and ``position`` change by moving)."""
