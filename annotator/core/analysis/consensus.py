"""The consensus layer: a reconciled coding kept as its own coder, built from accepted versions.

No Qt here. Accepting coder X's version of a disagreement makes the
"consensus" coder's coverage of that code, around that passage, equal X's:
X's codings of the code that overlap the passage are copied (whole, as X drew
them), consensus codings there are replaced, and consensus coverage outside
that stretch is kept exactly. The result is one :class:`Composite` of
``RemoveCodings`` and ``ApplyCode`` changes, so it is one undo step and one
transaction; the coders' own codings are never touched.
"""

from __future__ import annotations

from collections.abc import Iterable

from annotator.core.analysis.agreement import Disagreement
from annotator.core.changes import ApplyCode, Change, Composite, RemoveCodings
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
    low = min([d.start, *(c.start for c in chosen)])
    high = max([d.end, *(c.end for c in chosen)])
    existing = overlapping(store, d.document, d.code, consensus, low, high)
    kept: list[tuple[int, int]] = []
    for c in existing:  # consensus coverage outside the stretch under decision stays as it was
        if c.start < low:
            kept.append((c.start, low))
        if c.end > high:
            kept.append((high, c.end))
    wanted = merged([*kept, *((c.start, c.end) for c in chosen)])
    if wanted == sorted((c.start, c.end) for c in existing):
        return None
    changes: list[Change] = []
    if existing:
        changes.append(RemoveCodings([c.guid for c in existing], by=by))
    changes += [
        ApplyCode(document=d.document, start=start, end=end, code=d.code, coder=consensus, by=by or None)
        for start, end in wanted
    ]
    return Composite(changes, f"Accept {source_name}'s version", by=by)


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
