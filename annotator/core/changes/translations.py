"""Changes to original ↔ translation links: link (and align), unlink, correct, mirror a coding.

Each is one transaction with its audit entry and undoes exactly: a correction keeps the beads
it replaced. The ChangeSet names the links touched in ``extra["translations"]`` (the
translations' GUIDs), and a mirrored coding like any coding.
"""

from __future__ import annotations

from typing import Any

from annotator.core.alignment import (
    ORIGINAL,
    TRANSLATION,
    Bead,
    Side,
    align_texts,
    aligned_span,
    guess_language,
)
from annotator.core.alignment import relink as relink_beads
from annotator.core.alignment import unlink as unlink_beads
from annotator.core.changes.base import Change, ChangeSet
from annotator.core.changes.codings import ApplyCode, check_span
from annotator.core.errors import NotFound, UsageError
from annotator.core.messages import translate
from annotator.core.model import utc_now
from annotator.core.store import ProjectStore
from annotator.core.store.translations import TranslationLink

__all__ = [
    "LinkTranslation",
    "MirrorCoding",
    "NothingAligned",
    "RelinkSpans",
    "UnlinkSpans",
    "UnlinkTranslation",
    "mirror_target",
    "partner",
]


class NothingAligned(UsageError):
    """The passage has no aligned counterpart on the other side."""


def _touched(translation: str) -> ChangeSet:
    return ChangeSet(extra={"translations": frozenset({translation})})


def partner(store: ProjectStore, document: str, other: str) -> tuple[TranslationLink, Side]:
    """The link between two documents, and which side ``document`` is on.

    Raises:
        NotFound: the two are not linked.
    """
    for link in store.links_of(document):
        if {link.original, link.translation} == {document, other}:
            return link, ORIGINAL if link.original == document else TRANSLATION
    raise NotFound(
        translate("CoreTranslations", "{document!r} and {other!r} are not linked").format(
            document=store.document(document).name, other=store.document(other).name
        )
    )


class LinkTranslation(Change):
    """Link a document to its translation and align them (paragraphs, then sentences)."""

    label = "Link translation"
    action = "link translation"

    def __init__(
        self,
        *,
        original: str,
        translation: str,
        by: str = "",
        original_language: str = "",
        translation_language: str = "",
    ) -> None:
        super().__init__(by=by)
        self.original, self.translation = original, translation
        self.languages = (original_language, translation_language)
        self.link: TranslationLink | None = None
        self.beads: list[Bead] = []

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        original, translation = store.document(self.original), store.document(self.translation)
        if original.guid == translation.guid:
            raise UsageError(translate("CoreTranslations", "a document cannot be its own translation"))
        existing = store.translation_link(translation.guid)
        if existing is not None:
            of = store.document(existing.original).name
            raise UsageError(
                translate(
                    "CoreTranslations", "{name!r} is already linked as the translation of {original!r}"
                ).format(name=translation.name, original=of)
            )
        if store.translation_link(original.guid) is not None:
            raise UsageError(
                translate(
                    "CoreTranslations",
                    "{name!r} is itself a translation; link the translation to its original",
                ).format(name=original.name)
            )
        if any(link.original == translation.guid for link in store.links_of(translation.guid)):
            raise UsageError(
                translate(
                    "CoreTranslations", "{name!r} has translations of its own, so it is an original"
                ).format(name=translation.name)
            )
        if self.link is None:  # aligned once; redo restores exactly that (and any later correction)
            o_text, t_text = store.document_text(original.guid), store.document_text(translation.guid)
            self.beads = align_texts(o_text, t_text)
            self.link = TranslationLink(
                original.guid,
                translation.guid,
                self.languages[0] or guess_language(o_text),
                self.languages[1] or guess_language(t_text),
                store.record_coder(self.by) if self.by else "",
                utc_now(),
            )
        store.insert_translation_link(self.link, self.beads)
        aligned = sum(b.aligned for b in self.beads)
        return _touched(translation.guid), {
            "original": original.guid,
            "translation": translation.guid,
            "aligned": aligned,
            "unaligned": len(self.beads) - aligned,
        }

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        store.delete_translation_link(self.translation)
        return _touched(self.translation), {"original": self.original, "translation": self.translation}


class UnlinkTranslation(Change):
    """Remove a link and its alignment (restored exactly on undo)."""

    label = "Unlink translation"
    action = "unlink translation"

    def __init__(self, *, translation: str, by: str = "") -> None:
        super().__init__(by=by)
        self.translation = translation
        self.link: TranslationLink | None = None
        self.beads: list[Bead] = []

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        link = store.translation_link(self.translation)
        if link is None:
            raise NotFound(
                translate("CoreTranslations", "{name!r} is not linked as a translation").format(
                    name=store.document(self.translation).name
                )
            )
        self.link, self.beads = link, store.beads(self.translation)
        store.delete_translation_link(self.translation)
        return _touched(self.translation), {"original": link.original, "translation": self.translation}

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        assert self.link is not None
        store.insert_translation_link(self.link, self.beads)
        return _touched(self.translation), {"original": self.link.original, "translation": self.translation}


class _Correction(Change):
    """A change of one link's beads; keeps the beads it replaced."""

    def __init__(self, *, translation: str, by: str = "") -> None:
        super().__init__(by=by)
        self.translation = translation
        self.before: list[Bead] = []
        self.after: list[Bead] | None = None

    def _new_beads(self, store: ProjectStore, beads: list[Bead]) -> list[Bead]:
        raise NotImplementedError

    def _what(self) -> dict[str, Any]:
        return {"translation": self.translation}

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        if store.translation_link(self.translation) is None:
            raise NotFound(
                translate("CoreTranslations", "{name!r} is not linked as a translation").format(
                    name=store.document(self.translation).name
                )
            )
        self.before = store.beads(self.translation)
        if self.after is None:
            self.after = self._new_beads(store, self.before)
        store.replace_beads(self.translation, self.after)
        return _touched(self.translation), self._what()

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        store.replace_beads(self.translation, self.before)
        return _touched(self.translation), self._what()


class RelinkSpans(_Correction):
    """The coder's link: this passage of the original is that passage of the translation."""

    label = "Link passages"
    action = "link passages"

    def __init__(
        self,
        *,
        translation: str,
        original_span: tuple[int, int],
        translation_span: tuple[int, int],
        by: str = "",
    ) -> None:
        super().__init__(translation=translation, by=by)
        self.original_span, self.translation_span = original_span, translation_span

    def _new_beads(self, store: ProjectStore, beads: list[Bead]) -> list[Bead]:
        link = store.translation_link(self.translation)
        assert link is not None
        check_span(store, link.original, *self.original_span)
        check_span(store, link.translation, *self.translation_span)
        return relink_beads(
            beads,
            store.document_text(link.original),
            store.document_text(link.translation),
            self.original_span,
            self.translation_span,
        )

    def _what(self) -> dict[str, Any]:
        return {
            "translation": self.translation,
            "original_span": list(self.original_span),
            "translation_span": list(self.translation_span),
        }


class UnlinkSpans(_Correction):
    """Unlink the aligned passages under ``[start, end)`` on one side: both of their sides are
    then marked unaligned ("Unlink" and "mark unaligned" in the app).

    Raises:
        NothingAligned: nothing there is aligned.
    """

    label = "Unlink passages"
    action = "unlink passages"

    def __init__(self, *, translation: str, side: Side, start: int, end: int, by: str = "") -> None:
        super().__init__(translation=translation, by=by)
        self.side, self.span = side, (start, end)

    def _new_beads(self, store: ProjectStore, beads: list[Bead]) -> list[Bead]:
        after = unlink_beads(beads, self.side, *self.span)
        if after == beads:
            raise NothingAligned(
                translate("CoreTranslations", "nothing aligned there: the passage is already unaligned")
            )
        return after

    def _what(self) -> dict[str, Any]:
        return {"translation": self.translation, "side": self.side, "span": list(self.span)}


def mirror_target(store: ProjectStore, coding: str, target: str) -> tuple[int, int]:
    """Where a coding's passage is on the linked document ``target``.

    Raises:
        NotFound: the coding's document and ``target`` are not linked.
        NothingAligned: no aligned bead under the coding.
    """
    c = store.coding(coding)
    link, side = partner(store, c.document, target)
    span = aligned_span(store.beads(link.translation), side, c.start, c.end)
    if span is None:
        raise NothingAligned(
            translate(
                "CoreTranslations",
                "nothing is aligned with this passage on the other side; link the passages first",
            )
        )
    return span


class MirrorCoding(Change):
    """The same code on the aligned passage of the linked document, by ``coder``: one step."""

    label = "Mirror coding"
    action = "mirror coding"

    def __init__(self, *, coding: str, target: str, coder: str) -> None:
        super().__init__(by=coder)
        self.source, self.target, self.coder = coding, target, coder
        self.inner: ApplyCode | None = None

    def apply(self, store: ProjectStore) -> ChangeSet:
        with store.atomic():
            if self.inner is None:
                start, end = mirror_target(store, self.source, self.target)
                code = store.coding(self.source).code
                self.inner = ApplyCode(
                    document=self.target, start=start, end=end, code=code, coder=self.coder
                )
            changes = self.inner.apply(store)
            store.audit(self.action, {"from": self.source, "coding": self.inner.coding.guid}, coder=self.by)
        return changes

    def revert(self, store: ProjectStore) -> ChangeSet:
        assert self.inner is not None
        return self.inner.revert(store)

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:  # pragma: no cover
        raise NotImplementedError

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:  # pragma: no cover
        raise NotImplementedError
