"""Reading original ↔ translation pairs: the aligned passages of a link, and the counterpart of
a coded passage (for ``translation show``, exports and the side-by-side view's callers)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from annotator.core.alignment import ORIGINAL, TRANSLATION, aligned_span
from annotator.core.store import ProjectStore
from annotator.core.store.translations import TranslationLink


def link_report(store: ProjectStore, link: TranslationLink) -> dict[str, Any]:
    """One link as ``translation show --json`` gives it: names, languages and every bead, an
    unaligned part with ``null`` on the side it lacks."""
    o_text, t_text = store.document_text(link.original), store.document_text(link.translation)

    def side(text: str, start: int, end: int) -> dict[str, Any] | None:
        return {"start": start, "end": end, "text": text[start:end]} if end > start else None

    return {
        "original": store.document(link.original).name,
        "translation": store.document(link.translation).name,
        "original_language": link.original_language,
        "translation_language": link.translation_language,
        "pairs": [
            {
                "aligned": bead.aligned,
                "manual": bead.manual,
                "original": side(o_text, bead.original_start, bead.original_end),
                "translation": side(t_text, bead.translation_start, bead.translation_end),
            }
            for bead in store.beads(link.translation)
        ],
    }


@dataclass(frozen=True, slots=True)
class Counterpart:
    """A passage's aligned passage in one linked document."""

    document: str  # GUID
    name: str
    language: str
    start: int
    end: int
    text: str


class Counterparts:
    """The aligned passages of many codings, reading each link's beads and texts once."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store
        self._links: dict[str, list[TranslationLink]] = {}
        for link in store.translation_links():
            self._links.setdefault(link.original, []).append(link)
            self._links.setdefault(link.translation, []).append(link)
        self._beads: dict[str, Any] = {}
        self._texts: dict[str, str] = {}
        self._names: dict[str, str] = {}

    def of(self, document: str, start: int, end: int) -> list[Counterpart]:
        """Where ``[start, end)`` of ``document`` is in each document linked to it (those where
        nothing is aligned with it are left out)."""
        found = []
        for link in self._links.get(document, []):
            side = ORIGINAL if link.original == document else TRANSLATION
            other, language = (
                (link.translation, link.translation_language)
                if side == ORIGINAL
                else (link.original, link.original_language)
            )
            if link.translation not in self._beads:
                self._beads[link.translation] = self.store.beads(link.translation)
            span = aligned_span(self._beads[link.translation], side, start, end)
            if span is None:
                continue
            if other not in self._texts:
                self._texts[other] = self.store.document_text(other)
                self._names[other] = self.store.document(other).name
            found.append(
                Counterpart(other, self._names[other], language, *span, self._texts[other][span[0] : span[1]])
            )
        return found
