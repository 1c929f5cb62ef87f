"""An interval index over half-open spans, keyed by GUID.

The highlighter asks "which codings overlap this block?" once per block and
the stripe margin once per visible block, so a query must cost O(log n + k),
not O(n). Spans live in tiers by length (lengths in [4^t, 4^(t+1))); each tier
keeps its starts sorted and its longest length, so a query bisects the window
of starts that can reach the range. Tiering keeps one huge coding (a whole
document coded "Context") from widening the window for all the short ones.
Pure Python and Qt-free so it can be tested and reused without a display.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator

import numpy as np


class _Tier:
    __slots__ = ("starts", "ends", "keys", "max_len")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.keys: list[str] = []
        self.max_len = 0


def _tier_of(length: int) -> int:
    return (max(length, 1).bit_length() - 1) // 2


class IntervalIndex:
    """Spans ``[start, end)`` by key; add/remove are O(log n) plus a list shift (memmove)."""

    def __init__(self, items: Iterable[tuple[str, int, int]] = ()) -> None:
        self._tiers: dict[int, _Tier] = {}
        self._spans: dict[str, tuple[int, int]] = {}
        self.rebuild(items)

    def rebuild(self, items: Iterable[tuple[str, int, int]]) -> None:
        """Replace everything at once: one vectorised sort instead of n insertions.

        Written for 50,000 codings in one testimony (0.16 s in plain Python, 0.05 s here):
        tiers, starts and ends are computed and sorted with numpy, then handed to the
        tiers as the plain lists their bisects read.
        """
        rows = items if isinstance(items, list) else list(items)
        self._tiers = {}
        if not rows:
            self._spans = {}
            return
        count = len(rows)
        keys = np.empty(count, dtype=object)
        keys[:] = [r[0] for r in rows]
        starts = np.fromiter((r[1] for r in rows), dtype=np.int64, count=count)
        ends = np.fromiter((r[2] for r in rows), dtype=np.int64, count=count)
        lengths = np.maximum(ends - starts, 1)
        # _tier_of for every span at once: bit_length(length) - 1 is floor(log2(length)).
        tiers = (np.frexp(lengths.astype(np.float64))[1] - 1) >> 1
        order = np.lexsort((ends, starts, tiers))
        starts, ends, keys, tiers, lengths = (
            starts[order],
            ends[order],
            keys[order],
            tiers[order],
            lengths[order],
        )
        cuts = np.flatnonzero(np.diff(tiers)) + 1
        for first, last in zip(np.r_[0, cuts], np.r_[cuts, count], strict=True):
            tier = _Tier()
            tier.starts = starts[first:last].tolist()
            tier.ends = ends[first:last].tolist()
            tier.keys = keys[first:last].tolist()
            tier.max_len = int(lengths[first:last].max())
            self._tiers[int(tiers[first])] = tier
        self._spans = dict(zip(keys.tolist(), zip(starts.tolist(), ends.tolist(), strict=True), strict=True))

    def __len__(self) -> int:
        return len(self._spans)

    def __contains__(self, key: object) -> bool:
        return key in self._spans

    def __iter__(self) -> Iterator[str]:
        return iter(self._spans)

    def span(self, key: str) -> tuple[int, int]:
        return self._spans[key]

    def get(self, key: str) -> tuple[int, int] | None:
        return self._spans.get(key)

    def add(self, key: str, start: int, end: int) -> None:
        """Insert (or move) ``key``."""
        if key in self._spans:
            self.remove(key)
        self._spans[key] = (start, end)
        t = _tier_of(end - start)
        tier = self._tiers.get(t)
        if tier is None:
            tier = self._tiers[t] = _Tier()
        i = bisect_right(tier.starts, start)
        tier.starts.insert(i, start)
        tier.ends.insert(i, end)
        tier.keys.insert(i, key)
        tier.max_len = max(tier.max_len, end - start)

    def remove(self, key: str) -> tuple[int, int] | None:
        """Drop ``key``; returns its span, or None if it was not there."""
        span = self._spans.pop(key, None)
        if span is None:
            return None
        start, end = span
        tier = self._tiers[_tier_of(end - start)]
        i = bisect_left(tier.starts, start)
        while tier.keys[i] != key:  # equal starts sit together; scan that run
            i += 1
        del tier.starts[i], tier.ends[i], tier.keys[i]
        # max_len stays an upper bound: correct, and rebuild() tightens it.
        return span

    def overlapping(self, lo: int, hi: int) -> list[str]:
        """Keys whose span overlaps ``[lo, hi)``; for an empty range, those containing ``lo``."""
        if hi <= lo:
            hi = lo + 1
        found: list[str] = []
        for tier in self._tiers.values():
            if not tier.starts:
                continue
            first = bisect_right(tier.starts, lo - tier.max_len)
            last = bisect_left(tier.starts, hi)
            ends = tier.ends
            keys = tier.keys
            for i in range(first, last):
                if ends[i] > lo:
                    found.append(keys[i])
        return found

    def items(self) -> Iterator[tuple[str, int, int]]:
        for key, (start, end) in self._spans.items():
            yield key, start, end


def pack_lanes(spans: Iterable[tuple[str, int, int]]) -> dict[str, int]:
    """Greedy interval colouring: each span takes the lowest lane free at its start."""
    lanes: dict[str, int] = {}
    busy: list[tuple[int, int]] = []  # (end, lane) of spans still open
    free: list[int] = []
    top = 0
    push, pop = heapq.heappush, heapq.heappop
    # Sorted by start, longest first at equal starts (plain tuples: no key function per item).
    for start, negative_end, key in sorted((s, -e, k) for k, s, e in spans):
        while busy and busy[0][0] <= start:
            push(free, pop(busy)[1])
        if free:
            lane = pop(free)
        else:
            lane, top = top, top + 1
        lanes[key] = lane
        push(busy, (-negative_end, lane))
    return lanes


class Lanes:
    """Stripe lanes per key: packed greedily on load, then kept stable while codings come and go.

    A new span takes the lowest lane not used by a span it overlaps, so adding a
    coding never makes other bars jump; removal leaves gaps until the next load.
    """

    def __init__(self) -> None:
        self.lane: dict[str, int] = {}
        self._use: dict[int, int] = {}
        self.count = 0

    def load(self, index: IntervalIndex) -> None:
        self.lane = pack_lanes(index.items())
        self._use = {}
        for lane in self.lane.values():
            self._use[lane] = self._use.get(lane, 0) + 1
        self.count = max(self._use, default=-1) + 1

    def assign(self, key: str, index: IntervalIndex) -> int:
        """Give ``key`` (already in ``index``) the lowest lane its overlapping spans leave free."""
        start, end = index.span(key)
        used = {self.lane[k] for k in index.overlapping(start, end) if k != key and k in self.lane}
        lane = next(i for i in range(len(used) + 1) if i not in used)
        self.lane[key] = lane
        self._use[lane] = self._use.get(lane, 0) + 1
        self.count = max(self.count, lane + 1)
        return lane

    def release(self, key: str) -> None:
        lane = self.lane.pop(key, None)
        if lane is None:
            return
        self._use[lane] -= 1
        if not self._use[lane]:
            del self._use[lane]
            self.count = max(self._use, default=-1) + 1

    def get(self, key: str, default: int = 0) -> int:
        return self.lane.get(key, default)
