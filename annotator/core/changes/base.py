"""The shape every reversible change shares.

A change is built with what the user asked for, then ``apply(store)`` runs it
in one transaction and returns a :class:`ChangeSet` saying what changed (so a
GUI redraws only that); ``revert(store)`` undoes it exactly, in one
transaction, and returns the same kind of record. State needed for the undo is
captured during ``apply``, so ``apply → revert → apply`` is always safe: this
is what a ``QUndoCommand`` calls for redo/undo.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any

from annotator.core.store import ProjectStore

Tally = tuple[tuple[str, str, str, int], ...]
"""Codings counted in or out: ``(document, code, coder, +1 or -1)`` per coding."""


@dataclass(frozen=True)
class ChangeSet:
    """What a change touched. Listeners decide how much to redraw (Anki's OpChanges).

    ``tally`` says how the counts of codings per code moved, so a view keeps its counts
    up to date in O(changed) instead of counting every coding again after each click;
    None means "not known" (count again). A change to codings alone leaves ``codes``
    empty: no code's own fields changed, only counts, and those are in the tally.
    """

    documents: frozenset[str] = frozenset()  # documents whose codings changed
    codes: frozenset[str] = frozenset()  # codes whose fields changed (or whose counts are unknown)
    codings: frozenset[str] = frozenset()  # codings added, removed or changed
    codebook: bool = False  # the tree's shape or names changed
    memos: frozenset[tuple[str, str]] = frozenset()  # (kind, target)
    attributes: bool = False
    document_list: bool = False
    tally: Tally | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def counts_known(self) -> bool:
        """True when ``tally`` covers every change of counts (none, or all of them)."""
        return self.tally is not None or not self.codings

    def __or__(self, other: ChangeSet) -> ChangeSet:
        tally: Tally | None = None
        if self.counts_known and other.counts_known:
            tally = (self.tally or ()) + (other.tally or ())
        return ChangeSet(
            documents=self.documents | other.documents,
            codes=self.codes | other.codes,
            codings=self.codings | other.codings,
            codebook=self.codebook or other.codebook,
            memos=self.memos | other.memos,
            attributes=self.attributes or other.attributes,
            document_list=self.document_list or other.document_list,
            tally=tally,
            extra={**self.extra, **other.extra},
        )


class Change(ABC):
    """A reversible edit. Subclasses set ``label`` (shown as "Undo <label>")."""

    label: str = "Change"
    action: str = "change"

    def __init__(self, *, by: str = "") -> None:
        self.by = by  # the acting coder's GUID, for the audit trail

    def apply(self, store: ProjectStore) -> ChangeSet:
        with store.atomic():
            changes, what = self._apply(store)
            store.audit(self.action, what, coder=self.by)
        return changes

    def revert(self, store: ProjectStore) -> ChangeSet:
        with store.atomic():
            changes, what = self._revert(store)
            store.audit("undo " + self.action, what, coder=self.by)
        return changes

    @abstractmethod
    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]: ...

    @abstractmethod
    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]: ...


class Composite(Change):
    """Several changes as one step (one transaction, one undo)."""

    action = "composite"

    def __init__(self, changes: list[Change], label: str, *, by: str = "") -> None:
        super().__init__(by=by)
        self.changes = changes
        self.label = label

    def apply(self, store: ProjectStore) -> ChangeSet:
        result = ChangeSet()
        with store.atomic():
            for change in self.changes:
                result |= change.apply(store)
        return result

    def revert(self, store: ProjectStore) -> ChangeSet:
        result = ChangeSet()
        with store.atomic():
            for change in reversed(self.changes):
                result |= change.revert(store)
        return result

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:  # pragma: no cover
        raise NotImplementedError

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:  # pragma: no cover
        raise NotImplementedError
