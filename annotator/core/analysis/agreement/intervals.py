"""Vectorised operations on sorted half-open intervals (numpy, no per-character work).

Every coder's codings of one code in one document become a list of disjoint,
non-touching intervals (their union). All (code, document) pairs are laid end to
end on one integer line (:class:`Layout`), so a single sort, merge or sweep
handles the whole sub-corpus at once instead of one Python call per pair.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

INT = np.int64
EMPTY = np.zeros(0, dtype=INT)


@dataclass(frozen=True, eq=False)
class Layout:
    """Where each (code, document) lives on the global line.

    Document ``d`` starts at ``offsets[d]`` inside a code's block, and each
    document is followed by one spacer position, so intervals of neighbouring
    documents can never touch and merge. Code ``c``'s block starts at
    ``c * block``.
    """

    lengths: np.ndarray  # (D,) document lengths in code points
    offsets: np.ndarray  # (D,) start of each document inside a block
    block: int  # sum(lengths + 1)
    n_codes: int

    @classmethod
    def build(cls, lengths: Sequence[int], n_codes: int) -> Layout:
        arr = np.asarray(lengths, dtype=INT).reshape(-1)
        offsets = np.zeros(arr.size, dtype=INT)
        if arr.size:
            offsets[1:] = np.cumsum(arr + 1)[:-1]
        return cls(arr, offsets, int((arr + 1).sum()), n_codes)

    @property
    def n_documents(self) -> int:
        return int(self.lengths.size)

    @property
    def n_groups(self) -> int:
        return self.n_codes * self.n_documents

    def place(
        self, doc: np.ndarray, code: np.ndarray, start: np.ndarray, end: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """Global (start, end) of spans, clipped to their document; empty spans are dropped."""
        length = self.lengths[doc]
        start = np.clip(start, 0, length)
        end = np.clip(end, 0, length)
        keep = end > start
        base = code[keep] * self.block + self.offsets[doc[keep]]
        return base + start[keep], base + end[keep]

    def locate(self, pos: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(code index, document index, offset in the document) of global positions."""
        code = pos // self.block
        local = pos - code * self.block
        doc = np.searchsorted(self.offsets, local, side="right") - 1
        return code, doc, local - self.offsets[doc]

    def group(self, pos: np.ndarray) -> np.ndarray:
        """Flat index ``code * D + document`` of the (code, document) pair holding each position."""
        code, doc, _ = self.locate(pos)
        return code * self.n_documents + doc


def merge(starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The union of half-open intervals as sorted disjoint runs.

    Overlapping *and touching* intervals join: ``[0, 5)`` and ``[5, 8)`` are one
    run ``[0, 8)``, because a reader sees one continuous coded passage.
    """
    keep = ends > starts
    starts, ends = starts[keep], ends[keep]
    if starts.size == 0:
        return EMPTY, EMPTY
    order = np.argsort(starts, kind="stable")
    s, e = starts[order], ends[order]
    reach = np.maximum.accumulate(e)
    first = np.empty(s.size, dtype=bool)
    first[0] = True
    first[1:] = s[1:] > reach[:-1]
    heads = np.flatnonzero(first)
    tails = np.append(heads[1:] - 1, s.size - 1)
    return s[heads], reach[tails]


def overlaps(
    a_start: np.ndarray, a_end: np.ndarray, b_start: np.ndarray, b_end: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every overlapping pair between two merged interval lists: (index in a, index in b, overlap).

    Both lists are sorted and disjoint, so their ends are sorted too and the b
    intervals meeting ``a[i]`` form one contiguous range found by binary search
    (the vectorised form of a two-pointer merge). The number of pairs is at
    most ``len(a) + len(b)``.
    """
    lo = np.searchsorted(b_end, a_start, side="right")  # first b ending after a starts
    hi = np.searchsorted(b_start, a_end, side="left")  # b starting before a ends
    counts = np.maximum(hi - lo, 0)
    total = int(counts.sum())
    if total == 0:
        return EMPTY, EMPTY, EMPTY
    ai = np.repeat(np.arange(a_start.size, dtype=INT), counts)
    step = np.arange(total, dtype=INT) - np.repeat(np.cumsum(counts) - counts, counts)
    bi = lo[ai] + step
    inter = np.minimum(a_end[ai], b_end[bi]) - np.maximum(a_start[ai], b_start[bi])
    return ai, bi, inter


def sweep(runs: Sequence[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Cut the line where any coder's coverage changes.

    ``runs[i]`` is coder i's merged intervals. Returns (start, length, mask) of
    the pieces covered by at least one coder, where bit i of ``mask`` is set
    when coder i covers the piece. Each coder's runs are disjoint, so adding
    ``2**i`` at a start and subtracting it at an end keeps the mask exact.
    """
    if len(runs) > 62:
        raise ValueError("at most 62 coders can be compared at once")
    pos = [EMPTY]
    delta = [EMPTY]
    for i, (s, e) in enumerate(runs):
        bit = INT(1) << INT(i)
        pos += [s, e]
        delta += [np.full(s.size, bit, dtype=INT), np.full(e.size, -bit, dtype=INT)]
    p = np.concatenate(pos)
    d = np.concatenate(delta)
    if p.size == 0:
        return EMPTY, EMPTY, EMPTY
    order = np.argsort(p, kind="stable")
    p, d = p[order], d[order]
    mask = np.cumsum(d)[:-1]
    length = np.diff(p)
    keep = (length > 0) & (mask != 0)
    return p[:-1][keep], length[keep], mask[keep]


def popcount(mask: np.ndarray, n_bits: int) -> np.ndarray:
    """Number of set bits in each mask (how many coders cover a piece)."""
    count = np.zeros(mask.shape, dtype=INT)
    for i in range(n_bits):
        count += (mask >> INT(i)) & INT(1)
    return count


def group_sum(groups: np.ndarray, values: np.ndarray | int, size: int) -> np.ndarray:
    """Exact int64 sums of ``values`` per group index (0 ≤ group < size)."""
    out = np.zeros(size, dtype=INT)
    if groups.size:
        np.add.at(out, groups, values)
    return out
