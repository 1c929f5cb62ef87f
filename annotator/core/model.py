"""Frozen dataclasses for the things a project holds.

They carry GUIDs (lower-case UUID strings) because identity must cross files:
merging coders' projects and REFI-QDA exchange are unions keyed by GUID.
Offsets are Unicode code points, half-open ``[start, end)``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

MemoTarget = Literal["project", "document", "code"]


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
    guid: str
    name: str
    color: str = ""


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
