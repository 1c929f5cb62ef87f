"""Veiled and omitted warned passages in an export (``--veil-warning``, ``--omit-warning``).

A passage carries a warning when it overlaps a coding of a code carrying that warning
(:class:`~annotator.core.content_warnings.WarnedSpans`, over every coder's codings: who coded
it does not matter). An export asked to *veil* a warning writes, in place of such a passage,
:func:`~annotator.core.content_warnings.veiled_text` ("[veiled: torture — Detention/Beating]");
one asked to *omit* it leaves those codings out and veils their words in the document texts
it carries (a passage left out of the rows must not stay readable in ``documents[].text`` or a
REFI-QDA source).

Why a rewrite of the whole text rather than of each row's quote: every format takes its text
from one place (the document text, read as the writer reaches it), so the quote, the JSON
document, a REFI-QDA source and any context around a passage all see the same veiled text,
and each coding's span is carried into it (as a pseudonymised export does; the two compose:
veiled first, then pseudonymised). The region replaced is the warned codings' spans together
with the exported passages that overlap them, so each veiled passage's quote is exactly one
marker, never half a passage. Stored texts never change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from annotator.core.alignment import Bead
from annotator.core.content_warnings import WarnedSpans, find_warning, veiled_text
from annotator.core.errors import UsageError
from annotator.core.messages import translate
from annotator.core.model import Coding, Document
from annotator.core.project_data import ProjectData, StoredDocuments, document_records, text_reader
from annotator.core.pseudonymise import Rewrite
from annotator.core.store import ProjectStore
from annotator.core.store.translations import TranslationLink
from annotator.core.text import sha256_text

Region = tuple[int, int, str]  # start, end, marker


@dataclass
class Veiled:
    """What :meth:`Veiler.apply` did: the data as it may leave, and what it veiled or left out."""

    data: ProjectData
    stored_spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # coding -> stored span, if moved
    markers: dict[str, str] = field(default_factory=dict)  # veiled coding -> its marker
    omitted: int = 0
    rewrites: dict[str, Rewrite] = field(default_factory=dict)  # document -> positions (text-free)


class Veiler:
    """Which warnings an export veils or omits, and the warned spans of each document."""

    def __init__(
        self,
        *,
        veil: Iterable[str] = (),
        omit: Iterable[str] = (),
        code_warnings: Mapping[str, frozenset[str]],
        warned_codings: Iterable[Coding],
        code_names: Mapping[str, str],
    ) -> None:
        self.omit = frozenset(omit)
        self.veil = frozenset(veil) - self.omit  # omitting is the stronger choice
        wanted = self.veil | self.omit
        self.code_warnings = {c: w & wanted for c, w in code_warnings.items() if w & wanted}
        self.code_names = code_names
        self.marked: dict[str, list[tuple[str, int, int]]] = {}
        for c in warned_codings:
            if c.code in self.code_warnings:
                self.marked.setdefault(c.document, []).append((c.code, c.start, c.end))
        self.spans = {d: WarnedSpans.of(m, self.code_warnings) for d, m in self.marked.items()}

    @classmethod
    def from_store(cls, store: ProjectStore, *, veil: Iterable[str] = (), omit: Iterable[str] = ()) -> Veiler:
        """The project's warnings named by ``veil`` and ``omit`` (matched as a coder types them).

        Raises:
            UsageError: a name that is not one of the project's warnings.
        """
        known = store.content_warnings()

        def resolve(names: Iterable[str]) -> frozenset[str]:
            found = set()
            for name in names:
                warning = find_warning(known, name)
                if warning is None:
                    listed = ", ".join(w.name for w in known) or translate("CoreExport", "none")
                    raise UsageError(
                        translate(
                            "CoreExport", "the project has no content warning {name!r} (it has: {known})"
                        ).format(name=name, known=listed),
                        path=store.path,
                    )
                found.add(warning.name)
            return frozenset(found)

        veiled, omitted = resolve(veil), resolve(omit)
        code_warnings = store.code_warnings()
        warned = sorted(c for c, w in code_warnings.items() if w & (veiled | omitted))
        return cls(
            veil=veiled,
            omit=omitted,
            code_warnings=code_warnings,
            warned_codings=store.codings(codes=warned) if warned else [],
            code_names={c.guid: c.name for c in store.codes()},
        )

    def warnings(self, document: str, start: int, end: int) -> frozenset[str]:
        spans = self.spans.get(document)
        return spans.warnings(start, end) if spans else frozenset()

    def apply(self, data: ProjectData) -> Veiled:
        """``data`` with omitted codings left out and warned passages veiled in every text."""
        kept: list[Coding] = []
        regions: dict[str, list[tuple[int, int]]] = {
            d: [(s, e) for _, s, e in marks if e > s] for d, marks in self.marked.items()
        }
        veiled: set[str] = set()
        omitted: set[str] = set()
        for c in data.codings:
            found = self.warnings(c.document, c.start, c.end)
            if found & self.omit:
                omitted.add(c.guid)
            elif found & self.veil:
                veiled.add(c.guid)
            else:
                kept.append(c)
                continue
            if c.end > c.start:
                regions.setdefault(c.document, []).append((c.start, c.end))
            if c.guid in veiled:
                kept.append(c)
        merged = {d: self._merged(d, r) for d, r in regions.items() if r}
        rewrites = {d: _positions(r) for d, r in merged.items()}
        out = Veiled(data, omitted=len(omitted), rewrites=rewrites)
        codings: list[Coding] = []
        for c in kept:
            rewrite = rewrites.get(c.document)
            start, end = rewrite.span(c.start, c.end) if rewrite is not None else (c.start, c.end)
            memo = c.memo
            if c.guid in veiled:
                marker = self.marker(c.document, c.start, c.end, c.code)
                out.markers[c.guid] = marker
                memo = marker if memo else memo
            if (start, end) != (c.start, c.end):
                out.stored_spans[c.guid] = (c.start, c.end)
            codings.append(replace(c, start=start, end=end, memo=memo))
        out.data = replace(
            data,
            documents=self._documents(data, merged),
            codings=codings,
            values=[
                replace(v, value=replace(v.value, original=out.markers[v.coding]))
                if v.coding in out.markers
                else v
                for v in data.values
                if v.coding not in omitted
            ],
            case_codings=[(case, c) for case, c in data.case_codings if c not in omitted],
            translations=[_moved(link, beads, rewrites) for link, beads in data.translations],
        )
        return out

    def marker(self, document: str, start: int, end: int, code: str = "") -> str:
        """The neutral text written for the warned passage ``[start, end)`` of ``document``."""
        found = self.warnings(document, start, end) & (self.veil | self.omit)
        names = sorted(
            {
                self.code_names.get(c, "")
                for c, s, e in self.marked.get(document, ())
                if s < max(end, start + 1) and e > start
            }
            - {""}
        )
        if code and self.code_names.get(code) and code not in self.code_warnings:
            names.append(self.code_names[code])  # the passage's own code, last
        return veiled_text(found, ", ".join(names))

    def _merged(self, document: str, spans: list[tuple[int, int]]) -> list[Region]:
        out: list[list[int]] = []
        for s, e in sorted(spans):
            if out and s <= out[-1][1]:
                out[-1][1] = max(out[-1][1], e)
            else:
                out.append([s, e])
        return [(s, e, self.marker(document, s, e)) for s, e in out]

    @staticmethod
    def _documents(data: ProjectData, merged: dict[str, list[Region]]) -> StoredDocuments:
        read = text_reader(data.documents)
        records: list[Document] = []
        for doc in document_records(data.documents):
            if doc.guid in merged:
                text = _veil(read(doc.guid), merged[doc.guid])  # one text at a time, then dropped
                doc = replace(doc, sha256=sha256_text(text), length=len(text))
            records.append(doc)

        def veiled(guid: str) -> str:
            text = read(guid)
            return _veil(text, merged[guid]) if guid in merged else text

        return StoredDocuments(records, veiled)


def _moved(
    link: TranslationLink, beads: list[Bead], rewrites: dict[str, Rewrite]
) -> tuple[TranslationLink, list[Bead]]:
    original, translation = rewrites.get(link.original), rewrites.get(link.translation)
    return link, [move_bead(b, original, translation) for b in beads]


def _veil(text: str, regions: list[Region]) -> str:
    parts: list[str] = []
    last = 0
    for s, e, marker in regions:
        parts.append(text[last:s])
        parts.append(marker)
        last = e
    parts.append(text[last:])
    return "".join(parts)


def _positions(regions: list[Region]) -> Rewrite:
    """Where stored positions go in the veiled text (a :class:`Rewrite` without its text)."""
    old_starts, old_ends, new_starts, new_ends = [], [], [], []
    shift = 0
    for s, e, marker in regions:
        old_starts.append(s)
        old_ends.append(e)
        new_starts.append(s + shift)
        shift += len(marker) - (e - s)
        new_ends.append(e + shift)
    return Rewrite("", tuple(old_starts), tuple(old_ends), tuple(new_starts), tuple(new_ends))


def move_bead(bead: Bead, original: Rewrite | None, translation: Rewrite | None) -> Bead:
    """A bead's offsets in rewritten texts (an empty side, an anchor, stays empty)."""

    def moved(rewrite: Rewrite | None, start: int, end: int) -> tuple[int, int]:
        if rewrite is None:
            return start, end
        if start == end:
            at = rewrite.position(start)
            return at, at
        return rewrite.span(start, end)

    o = moved(original, bead.original_start, bead.original_end)
    t = moved(translation, bead.translation_start, bead.translation_end)
    return Bead(*o, *t, aligned=bead.aligned, manual=bead.manual)
