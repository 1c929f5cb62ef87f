"""Code points <-> Qt UTF-16 positions: no coding may drift by one around non-BMP text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.gui.positions import PositionMap

FAMILY = "\U0001f469\u200d\U0001f469\u200d\U0001f467"  # 👩‍👩‍👧: three astral code points, two ZWJs
TEXT = f"한국어 \U00020000 text 😀 and {FAMILY} 끝\n둘째 줄 𠀀𠀀 end"


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def test_identity_without_astral_characters() -> None:
    pm = PositionMap("안녕하세요 hello 中文")
    assert pm.is_identity
    assert [pm.to_qt(i) for i in range(15)] == list(range(15))
    assert [pm.to_cp(i) for i in range(15)] == list(range(15))


def test_to_qt_matches_utf16_prefix_lengths() -> None:
    pm = PositionMap(TEXT)
    assert not pm.is_identity
    assert pm.qt_length == utf16_len(TEXT)
    for cp in range(len(TEXT) + 1):
        assert pm.to_qt(cp) == utf16_len(TEXT[:cp]), cp


def test_round_trip_every_code_point() -> None:
    pm = PositionMap(TEXT)
    for cp in range(len(TEXT) + 1):
        assert pm.to_cp(pm.to_qt(cp)) == cp


def test_inside_a_surrogate_pair_maps_to_the_character_start() -> None:
    pm = PositionMap(TEXT)
    for cp, ch in enumerate(TEXT):
        if ord(ch) > 0xFFFF:
            assert pm.to_cp(pm.to_qt(cp) + 1) == cp  # the low surrogate


def test_family_sequence_offsets() -> None:
    pm = PositionMap(TEXT)
    start = TEXT.index(FAMILY)
    end = start + len(FAMILY)
    assert len(FAMILY) == 5
    assert pm.to_qt(end) - pm.to_qt(start) == 8  # 3 pairs + 2 ZWJ
    assert pm.span_to_cp(*pm.span_to_qt(start, end)) == (start, end)


def test_span_to_cp_keeps_a_split_character_whole() -> None:
    text = "a😀b"
    pm = PositionMap(text)
    assert pm.span_to_cp(1, 2) == (1, 2)  # Qt span covering only the high surrogate


def test_clamps_out_of_range() -> None:
    pm = PositionMap(TEXT)
    assert pm.to_qt(-5) == 0
    assert pm.to_qt(10_000) == pm.qt_length
    assert pm.to_cp(-1) == 0
    assert pm.to_cp(10_000) == len(TEXT)
    assert PositionMap("").to_qt(3) == 0


ALPHABET = st.sampled_from(["a", "가", "中", "\n", "😀", "\U00020000", "\u200d", "é"])


@given(st.text(alphabet=ALPHABET, max_size=60))
def test_round_trip_property(text: str) -> None:
    pm = PositionMap(text)
    assert pm.qt_length == utf16_len(text)
    for cp in range(len(text) + 1):
        qt = pm.to_qt(cp)
        assert qt == utf16_len(text[:cp])
        assert pm.to_cp(qt) == cp
    for qt in range(pm.qt_length + 1):
        assert pm.to_qt(pm.to_cp(qt)) <= qt
