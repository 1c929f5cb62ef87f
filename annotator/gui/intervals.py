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
        """Replace everything at once: one sort instead of n insertions."""
        self._spans = {key: (start, end) for key, start, end in items}
        buckets: dict[int, list[tuple[int, int, str]]] = {}
        for key, (start, end) in self._spans.items():
            buckets.setdefault(_tier_of(end - start), []).append((start, end, key))
        self._tiers = {}
        for t, rows in buckets.items():
            rows.sort()
            tier = _Tier()
            tier.starts = [r[0] for r in rows]
            tier.ends = [r[1] for r in rows]
            tier.keys = [r[2] for r in rows]
            tier.max_len = max(r[1] - r[0] for r in rows)
            self._tiers[t] = tier

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
    for key, start, end in sorted(spans, key=lambda t: (t[1], -t[2])):
        while busy and busy[0][0] <= start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            lane = heapq.heappop(free)
        else:
            lane, top = top, top + 1
        lanes[key] = lane
        heapq.heappush(busy, (end, lane))
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
