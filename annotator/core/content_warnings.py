"""Content warnings: what a testimony or a passage describes, so a coder can choose when to read it.

Coders of this material read first-person accounts of rape, torture, the abuse of children
and executions for hours a day. A project keeps a list of warnings (:data:`DEFAULT_WARNINGS`
to begin with, editable); a *document* may carry warnings (the app asks before opening it),
and so may a *code*: every passage coded with that code carries the code's warnings, whoever
coded it, and so does any passage overlapping it (the same words shown under another code).

Nothing here changes a testimony, a coding or a count: warnings are labels on documents
and codes, and veiling a passage (see :func:`veiled_text`) is a way of showing it. Whether a
coder sees warned material veiled, is asked before a warned document opens, or is reminded
to take breaks are that coder's own preferences, kept on their machine and never in the
project (the README's "Care for coders" says exactly what is and is not recorded).
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol

from annotator.core.errors import UsageError
from annotator.core.messages import translate

MAX_WARNING_NAME = 80
MAX_WARNING_DESCRIPTION = 2_000

DEFAULT_WARNINGS: tuple[tuple[str, str], ...] = (
    ("sexual violence", "Rape, sexual assault, forced prostitution, sexual exploitation"),
    ("violence against children", "Abuse, sexual exploitation or trafficking of anyone under 18"),
    ("torture", "Torture and cruel treatment, in detention or by traffickers"),
    ("suicide and self-harm", "Suicide, attempts, self-harm and thoughts of them"),
    ("death and execution", "Killings, executions, deaths in detention or in flight"),
)
"""The list a new project starts with: (name, what it covers). Names are the project's own
data once created (renamed, removed or added to freely); the app shows these five in the
interface language while they keep their English names."""

OPENED_ACTION = "open warned document"
"""Audit action written when a coder who opted in opens a warned document (see
:func:`opened_entry`): the only record of what a coder read, and only with their consent."""


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True, slots=True)
class ContentWarning:
    name: str
    description: str = ""
    position: int = 0


def warning_name(text: str) -> str:
    """A warning's name checked: NFC, one line, spaces collapsed, 1..80 characters.

    Raises:
        UsageError: for an empty or over-long name, or one with control characters.
    """
    name = " ".join(nfc(str(text)).split())
    if not name:
        raise UsageError(translate("CoreWarnings", "a content warning needs a name"))
    if len(name) > MAX_WARNING_NAME:
        raise UsageError(
            translate("CoreWarnings", "a content warning's name has at most {limit} characters").format(
                limit=MAX_WARNING_NAME
            )
        )
    if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in name):
        raise UsageError(translate("CoreWarnings", "a content warning's name cannot hold control characters"))
    return name


def warning_description(text: str) -> str:
    description = nfc(str(text)).strip()
    if len(description) > MAX_WARNING_DESCRIPTION:
        raise UsageError(
            translate(
                "CoreWarnings", "a content warning's description has at most {limit} characters"
            ).format(limit=MAX_WARNING_DESCRIPTION)
        )
    return description


def find_warning(warnings: Iterable[ContentWarning], text: str) -> ContentWarning | None:
    """The warning named ``text``, matched case-insensitively after NFC (as a coder types it)."""
    key = " ".join(nfc(str(text)).split()).casefold()
    return next((w for w in warnings if w.name.casefold() == key), None)


class WarnedSpans:
    """The passages of one document that carry warnings, for "does this span carry one?".

    Built from the document's codings and the codes' warnings: each coding whose code carries
    warnings marks its span. A span carries the warnings of every marked span it overlaps (an
    empty span: of those containing it). Sorted by start, with the longest marked span kept, so
    a lookup is a bisection plus a scan of the overlapping candidates.
    """

    def __init__(self, spans: Iterable[tuple[int, int, frozenset[str]]]) -> None:
        ordered = sorted((s, e, w) for s, e, w in spans if w)
        self._starts = [s for s, _, _ in ordered]
        self._spans = ordered
        self._longest = max((e - s for s, e, _ in ordered), default=0)

    @classmethod
    def of(
        cls, codings: Iterable[tuple[str, int, int]], code_warnings: Mapping[str, frozenset[str]]
    ) -> WarnedSpans:
        """From ``(code, start, end)`` of a document's codings and each code's warnings."""
        return cls((s, e, code_warnings.get(code, frozenset())) for code, s, e in codings)

    def __bool__(self) -> bool:
        return bool(self._spans)

    def warnings(self, start: int, end: int) -> frozenset[str]:
        """The warnings of every marked span overlapping ``[start, end)``."""
        if not self._spans:
            return frozenset()
        hi = max(end, start + 1)
        first = bisect.bisect_left(self._starts, start - self._longest)
        last = bisect.bisect_left(self._starts, hi)
        found: set[str] = set()
        for s, e, names in self._spans[first:last]:
            if e > start and s < hi:
                found |= names
        return frozenset(found)


def veiled_text(warnings: Iterable[str], code_name: str = "") -> str:
    """What an export writes instead of a veiled passage: neutral, no detail of its content."""
    names = ", ".join(sorted(warnings))
    return f"[veiled: {names}]" if not code_name else f"[veiled: {names} — {code_name}]"


def opened_entry(document: str, warnings: Iterable[str]) -> dict[str, object]:
    """The audit entry's details for a warned document opened by a coder who opted in."""
    return {"document": document, "warnings": sorted(warnings)}


class AuditedStore(Protocol):
    """What :func:`record_opening` needs of a project store (``ProjectStore`` has it all)."""

    readonly: bool

    def atomic(self) -> AbstractContextManager[object]: ...

    def audit(self, action: str, what: dict[str, Any], *, coder: str = "") -> None: ...

    def document_warnings(self, document: str | None = None) -> dict[str, frozenset[str]]: ...


def record_opening(store: AuditedStore, *, coder: str, document: str) -> frozenset[str]:
    """Append "``coder`` opened warned ``document``" to the audit trail; return its warnings.

    Only for a coder who opted in (the app asks nothing of the others and records nothing for
    them). The entry names the document's GUID and the warnings it carried when opened, and
    nothing about how long it was read. A document without warnings, or a read-only project,
    records nothing (and returns no warnings / the warnings, respectively).

    Raises:
        UsageError: without a coder (an entry must say whose reading it records).
    """
    if not coder:
        raise UsageError("recording an opened document needs a coder")
    warnings = store.document_warnings(document).get(document, frozenset())
    if warnings and not store.readonly:
        with store.atomic():
            store.audit(OPENED_ACTION, opened_entry(document, warnings), coder=coder)
    return warnings
