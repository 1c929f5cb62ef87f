"""Reviewing disagreements: which are only about where a passage starts or ends, and what
each coder's version of a passage holds that the other's does not.

No Qt here: the disagreements dialog only shows what these functions decide.

Boundary differences
--------------------
:func:`~annotator.core.analysis.agreement.disagreements` cuts the text wherever a coder's
coverage starts or ends, so two coders who coded the same sentence, one of them taking the
full stop and the space after it too, differ on a passage of two characters. For review,
with a tolerance of N characters, such a passage is **boundary only** (counted as agreement)
when it is shorter than N characters *and* touches a passage every coder coded with the
same code in the same document: it moves the edge of a shared passage. A short passage
that touches nothing shared (a one-word coding the other coder never made) stays a
disagreement, however short. A tolerance of 0 (or 1) treats nothing as boundary only.

The agreement statistics are not changed by this: it is a reading aid for the review,
not a different coefficient.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from annotator.core.analysis.agreement import Disagreement

DEFAULT_TOLERANCE = 3  # characters: a boundary difference shorter than this is agreement for review


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """A disagreement and whether it is only a boundary difference (agreement for review)."""

    disagreement: Disagreement
    boundary: bool


def review_items(passages: Sequence[Disagreement], tolerance: int = DEFAULT_TOLERANCE) -> list[ReviewItem]:
    """The disagreements among ``passages``, in their order, each marked boundary-only or not.

    ``passages`` come from ``disagreements(..., include_agreements=True)``: the passages every
    coder coded are what a boundary difference must touch (without them nothing is boundary
    only). Agreed passages are not returned.
    """
    edges: set[tuple[str, str, int]] = set()
    for p in passages:
        if p.agreed:
            edges.add((p.document, p.code, p.start))
            edges.add((p.document, p.code, p.end))
    out: list[ReviewItem] = []
    for p in passages:
        if p.agreed:
            continue
        short = p.end - p.start < tolerance
        touches = (p.document, p.code, p.start) in edges or (p.document, p.code, p.end) in edges
        out.append(ReviewItem(p, short and touches))
    return out


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of text with one answer to "is it in my version?" and "in theirs?"."""

    start: int
    end: int
    mine: bool
    theirs: bool

    @property
    def only_mine(self) -> bool:
        """Characters this coder included and the other did not: the part to mark."""
        return self.mine and not self.theirs


def compare_versions(mine: Iterable[tuple[int, int]], theirs: Iterable[tuple[int, int]]) -> list[Piece]:
    """Two coders' versions of a passage, cut wherever either coverage starts or ends.

    ``mine`` and ``theirs`` are spans (code points, half-open) of one code in one document,
    overlapping or not. The pieces run from the first covered character to the last, in text
    order, and cover that stretch exactly (a gap neither coder coded is a piece with both
    flags False). No versions: no pieces.
    """
    a, b = _merged(mine), _merged(theirs)
    cuts = sorted({x for span in (*a, *b) for x in span})
    pieces: list[Piece] = []
    for low, high in zip(cuts, cuts[1:], strict=False):
        piece = Piece(low, high, _covers(a, low), _covers(b, low))
        last = pieces[-1] if pieces else None
        if last is not None and (last.mine, last.theirs) == (piece.mine, piece.theirs):
            pieces[-1] = Piece(last.start, high, last.mine, last.theirs)
        else:
            pieces.append(piece)
    return pieces


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _covers(spans: list[tuple[int, int]], x: int) -> bool:
    return any(start <= x < end for start, end in spans)
