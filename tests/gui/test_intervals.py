"""The interval index against brute force, including incremental add/remove and very long spans."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from annotator.gui.intervals import IntervalIndex, Lanes, pack_lanes


def brute(spans: dict[str, tuple[int, int]], lo: int, hi: int) -> set[str]:
    if hi <= lo:
        hi = lo + 1
    return {k for k, (s, e) in spans.items() if s < hi and e > lo}


def test_basic_overlap_is_half_open() -> None:
    idx = IntervalIndex([("a", 0, 5), ("b", 5, 10), ("c", 3, 7)])
    assert set(idx.overlapping(0, 5)) == {"a", "c"}
    assert set(idx.overlapping(5, 6)) == {"b", "c"}
    assert set(idx.overlapping(10, 20)) == set()
    assert set(idx.overlapping(4, 4)) == {"a", "c"}  # empty range: spans containing 4
    assert len(idx) == 3 and "a" in idx and idx.span("b") == (5, 10)


def test_add_remove_and_move() -> None:
    idx = IntervalIndex()
    idx.add("a", 10, 20)
    idx.add("b", 10, 12)
    assert set(idx.overlapping(11, 12)) == {"a", "b"}
    assert idx.remove("a") == (10, 20)
    assert idx.remove("a") is None
    idx.add("b", 100, 200)  # re-adding moves it
    assert idx.overlapping(11, 12) == []
    assert idx.overlapping(150, 151) == ["b"]


def test_one_huge_span_does_not_hide_or_duplicate() -> None:
    idx = IntervalIndex([("all", 0, 1_000_000)] + [(f"s{i}", i * 10, i * 10 + 5) for i in range(1000)])
    assert set(idx.overlapping(500, 503)) == {"all", "s50"}


def test_random_against_brute_force() -> None:
    rng = random.Random(7)
    idx = IntervalIndex()
    spans: dict[str, tuple[int, int]] = {}
    for step in range(3000):
        if spans and rng.random() < 0.3:
            key = rng.choice(list(spans))
            idx.remove(key)
            del spans[key]
        else:
            s = rng.randrange(0, 5000)
            e = s + rng.choice([1, 2, 7, 30, 200, 3000])
            spans[f"k{step}"] = (s, e)
            idx.add(f"k{step}", s, e)
        if step % 50 == 0:
            lo = rng.randrange(0, 5000)
            hi = lo + rng.randrange(0, 300)
            assert set(idx.overlapping(lo, hi)) == brute(spans, lo, hi)
    idx2 = IntervalIndex((k, s, e) for k, (s, e) in spans.items())
    for lo in range(0, 5200, 37):
        assert set(idx2.overlapping(lo, lo + 40)) == brute(spans, lo, lo + 40)


@given(
    st.lists(st.tuples(st.integers(0, 200), st.integers(1, 120)), max_size=40),
    st.integers(0, 330),
    st.integers(0, 50),
)
def test_overlapping_property(raw: list[tuple[int, int]], lo: int, width: int) -> None:
    spans = {f"k{i}": (s, s + n) for i, (s, n) in enumerate(raw)}
    idx = IntervalIndex((k, s, e) for k, (s, e) in spans.items())
    found = idx.overlapping(lo, lo + width)
    assert len(found) == len(set(found))
    assert set(found) == brute(spans, lo, lo + width)


def test_pack_lanes_overlaps_side_by_side() -> None:
    lanes = pack_lanes([("a", 0, 10), ("b", 5, 15), ("c", 10, 20), ("d", 12, 13)])
    assert lanes["a"] != lanes["b"]
    assert lanes["c"] == lanes["a"]  # a has ended at 10
    assert len({lanes["b"], lanes["c"], lanes["d"]}) == 3


def test_lanes_stay_stable_while_codings_come_and_go() -> None:
    idx = IntervalIndex([("a", 0, 10), ("b", 5, 15)])
    lanes = Lanes()
    lanes.load(idx)
    assert lanes.count == 2
    idx.add("c", 2, 8)
    assert lanes.assign("c", idx) == 2 and lanes.count == 3
    lanes.release("a")
    idx.remove("a")
    assert lanes.get("b") == 1 and lanes.get("c") == 2  # nobody jumps
    idx.add("d", 0, 3)
    assert lanes.assign("d", idx) == 0  # the gap is reused
    lanes.release("c")
    assert lanes.count == 2
