"""The consensus layer: a reconciled coding kept as its own coder, built from accepted versions.

No Qt here. Accepting coder X's version of a disagreement makes the
"consensus" coder's coverage of that code, around that passage, equal X's:
X's codings of the code that overlap the passage are copied (whole, as X drew
them), consensus codings there are replaced, and consensus coverage outside
that stretch is kept exactly. The result is one :class:`Composite` of
``RemoveCodings`` and ``ApplyCode`` changes, so it is one undo step and one
transaction; the coders' own codings are never touched.

A reviewer's :class:`Decision` (from :func:`decide`) wraps that change, and can also be
"neither version" (the code leaves the consensus layer across both coders' versions of the
passage). It is always a step, even when the layer already holds the chosen version, so one
key press is one decision, one undo step and one audit entry.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from annotator.core.analysis.agreement import Disagreement
from annotator.core.changes import ApplyCode, Change, ChangeSet, Composite, RemoveCodings
from annotator.core.model import Coding
from annotator.core.store import ProjectStore

CONSENSUS = "consensus"


def overlapping(
    store: ProjectStore, document: str, code: str, coder: str, start: int, end: int
) -> list[Coding]:
    """``coder``'s codings of ``code`` in ``document`` that share a character with ``[start, end)``."""
    return [
        c for c in store.codings(document=document, code=code, coder=coder) if c.start < end and c.end > start
    ]


def version(store: ProjectStore, d: Disagreement, coder: str) -> list[Coding]:
    """One coder's version of a disagreement: their codings of its code that overlap its passage."""
    return overlapping(store, d.document, d.code, coder, d.start, d.end)


def around(store: ProjectStore, d: Disagreement, coders: Sequence[str]) -> list[list[Coding]]:
    """Each coder's codings of ``d``'s code that make up the passage as the coders drew it: those
    overlapping or touching it, then those overlapping or touching these, until none is added.

    This is what a reviewer compares: a passage where only mina has the code may be the first
    half of a sentence mina coded whole and jun from its middle, so jun's version is shown too.
    """
    every = [store.codings(document=d.document, code=d.code, coder=coder) for coder in coders]
    low, high = d.start, d.end
    grown = True
    while grown:
        grown = False
        for codings in every:
            for c in codings:
                if c.start <= high and c.end >= low and (c.start < low or c.end > high):
                    low, high, grown = min(low, c.start), max(high, c.end), True
    return [
        sorted((c for c in codings if c.start <= high and c.end >= low), key=lambda c: c.start)
        for codings in every
    ]


def merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching spans joined (coverage, as the agreement statistics see it)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def accept_version(
    store: ProjectStore,
    d: Disagreement,
    *,
    source: str,
    source_name: str,
    consensus: str,
    by: str = "",
) -> Composite | None:
    """The change that makes the consensus layer follow ``source``'s version; None if it already does.

    ``source`` and ``consensus`` are coder GUIDs; ``by`` is who decided (the audit log says so).
    """
    chosen = version(store, d, source)
    changes = _follow(store, d, chosen, chosen, consensus=consensus, by=by)
    return Composite(changes, f"Accept {source_name}'s version", by=by) if changes else None


def _follow(
    store: ProjectStore,
    d: Disagreement,
    chosen: list[Coding],
    stretch: list[Coding],
    *,
    consensus: str,
    by: str,
) -> list[Change]:
    """The changes that make the consensus coverage of ``d``'s code over the passage and the
    ``stretch`` codings equal ``chosen`` (outside that stretch it stays as it was); [] if it does."""
    low = min([d.start, *(c.start for c in stretch)])
    high = max([d.end, *(c.end for c in stretch)])
    existing = overlapping(store, d.document, d.code, consensus, low, high)
    kept: list[tuple[int, int]] = []
    for c in existing:  # consensus coverage outside the stretch under decision stays as it was
        if c.start < low:
            kept.append((c.start, low))
        if c.end > high:
            kept.append((high, c.end))
    wanted = merged([*kept, *((c.start, c.end) for c in chosen)])
    if wanted == sorted((c.start, c.end) for c in existing):
        return []
    changes: list[Change] = []
    if existing:
        changes.append(RemoveCodings([c.guid for c in existing], by=by))
    changes += [
        ApplyCode(document=d.document, start=start, end=end, code=d.code, coder=consensus, by=by or None)
        for start, end in wanted
    ]
    return changes


class Decision(Change):
    """A reviewer's decision on one disagreement: one undo step, in the audit log even when the
    consensus layer already held the chosen version (then it changes nothing else)."""

    action = "review decision"

    def __init__(self, d: Disagreement, changes: list[Change], *, chosen: str | None, by: str = "") -> None:
        super().__init__(by=by)
        self.disagreement, self.chosen = d, chosen
        self.label = f"Accept {chosen}'s version" if chosen else "Accept neither version"
        self.inner = Composite(changes, self.label, by=by)

    @property
    def changes_consensus(self) -> bool:
        return bool(self.inner.changes)

    def _what(self) -> dict[str, Any]:
        d = self.disagreement
        return {"document": d.document, "code": d.code, "start": d.start, "end": d.end, "chosen": self.chosen}

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        return self.inner.apply(store), self._what()

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        return self.inner.revert(store), self._what()


def decide(
    store: ProjectStore,
    d: Disagreement,
    *,
    chosen: str | None,
    chosen_name: str = "",
    coders: Sequence[str],
    consensus: str,
    by: str = "",
) -> Decision:
    """The decision that the consensus layer follows ``chosen``'s version of ``d`` (a coder GUID,
    named ``chosen_name``), or with ``chosen=None`` neither version: the code leaves the consensus
    layer across every compared coder's version of the passage (``coders``, GUIDs).

    Always a step, so that every decision is one key press, one undo step and one audit entry.
    """
    if chosen is not None:
        picked = version(store, d, chosen)
        changes = _follow(store, d, picked, picked, consensus=consensus, by=by)
        return Decision(d, changes, chosen=chosen_name or chosen, by=by)
    every = [c for coder in coders for c in version(store, d, coder)]
    return Decision(d, _follow(store, d, [], every, consensus=consensus, by=by), chosen=None, by=by)


def consensus_state(store: ProjectStore, d: Disagreement, consensus: str | None) -> str:
    """How the consensus layer covers the passage now: "coded", "partly coded", "not coded" or ""."""
    if consensus is None:
        return ""
    spans = merged(
        (c.start, c.end) for c in overlapping(store, d.document, d.code, consensus, d.start, d.end)
    )
    covered = sum(min(e, d.end) - max(s, d.start) for s, e in spans)
    if covered >= d.end - d.start:
        return "coded"
    return "partly coded" if covered else "not coded"
