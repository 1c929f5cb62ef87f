"""Where a dragged selection snaps to: whole words, in code points, without Qt.

A coder drags across a phrase and means its words: the passage should neither
start in the middle of one nor drop the last syllable. ``snap(text, a, b)``
widens ``[a, b)`` to the words it cuts; the document view calls it on every
mouse move of a drag (Alt held: by character, no snapping).

What counts as a word:
- a run of letters, digits and marks (``_`` and an apostrophe between letters
  included: "don't", "survivor's"); a combining mark belongs to the character it
  follows, so NFD text ("e" + U+0301, conjoining Hangul jamo) never splits;
- Korean: a run of Hangul syllables (and jamo) between spaces or punctuation,
  the eojeol, particles included ("브로커에게");
- Chinese and Japanese text without spaces: each Han or kana character is a word
  of its own, or the words ``jieba`` finds when it is installed (optional; never
  required);
- anything else (spaces, punctuation, emoji and other symbols) is never widened.

Everything is a code point offset (Python indices); positions.py converts for Qt.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from functools import cache

# How far from a position a word is looked for: words are short, documents are megabytes.
WINDOW = 64
APOSTROPHES = "'\u2019"

WORD, IDEO, OTHER = 1, 2, 0

Segmenter = Callable[[str], Iterable[str]]


def _is_ideographic(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x3040 <= cp <= 0x30FF  # hiragana, katakana
        or 0x3400 <= cp <= 0x4DBF  # CJK extension A
        or 0x4E00 <= cp <= 0x9FFF  # CJK unified ideographs
        or 0xF900 <= cp <= 0xFAFF  # compatibility ideographs
        or 0x20000 <= cp <= 0x3FFFF  # extensions B and beyond (astral: two Qt units)
    )


@cache
def _kind(ch: str) -> int:
    if _is_ideographic(ch):
        return IDEO
    category = unicodedata.category(ch)
    if category[0] in "LN" or category == "Pc":
        return WORD
    return OTHER


def _is_mark(ch: str) -> bool:
    # Marks, ZWJ and variation selectors attach to the character before them.
    return unicodedata.category(ch)[0] == "M" or ch in "\u200d\ufe0e\ufe0f"


def _kinds(text: str, lo: int, hi: int) -> list[int]:
    """The kind of each code point in ``text[lo:hi]``; a mark takes its base's kind."""
    base = lo - 1
    while base >= max(0, lo - WINDOW) and _is_mark(text[base]):
        base -= 1
    previous = _kind(text[base]) if base >= 0 else OTHER
    kinds: list[int] = []
    for i in range(lo, hi):
        ch = text[i]
        if not _is_mark(ch):
            previous = _kind(ch)
            # an apostrophe between two letters is inside the word ("don't")
            if (
                ch in APOSTROPHES
                and 0 < i < len(text) - 1
                and _kind(text[i - 1]) == _kind(text[i + 1]) == WORD
            ):
                previous = WORD
        kinds.append(previous)
    return kinds


def _han_segmenter() -> Segmenter | None:
    """jieba's word cutter when it is installed (checked once), else None."""
    global _JIEBA_CHECKED, _JIEBA
    if not _JIEBA_CHECKED:
        _JIEBA_CHECKED = True
        try:
            import jieba  # type: ignore[import-not-found]  # noqa: PLC0415 (optional)

            jieba.setLogLevel(60)
            _JIEBA = jieba.cut
        except ImportError:
            _JIEBA = None
    return _JIEBA


_JIEBA_CHECKED = False
_JIEBA: Segmenter | None = None


def word_at(text: str, i: int, *, segmenter: Segmenter | None = None) -> tuple[int, int] | None:
    """The word containing the character at ``i`` (code points), or None when it is not in a word."""
    if not 0 <= i < len(text):
        return None
    lo, hi = max(0, i - WINDOW), min(len(text), i + WINDOW + 1)
    kinds = _kinds(text, lo, hi)
    kind = kinds[i - lo]
    if kind == OTHER:
        return None
    start = i
    while start > lo and kinds[start - 1 - lo] == kind:
        start -= 1
    end = i + 1
    while end < hi and kinds[end - lo] == kind:
        end += 1
    if kind == WORD:
        return start, end
    # Han/kana: one character (with its marks), or the segmenter's word around i
    cut = segmenter if segmenter is not None else _han_segmenter()
    if cut is not None:
        at = start
        for token in cut(text[start:end]):
            if at <= i < at + len(token):
                return at, at + len(token)
            at += len(token)
    one_end = i + 1
    while one_end < len(text) and _is_mark(text[one_end]):
        one_end += 1
    one_start = i
    while one_start > 0 and _is_mark(text[one_start]):
        one_start -= 1
    return one_start, one_end


def snap(text: str, a: int, b: int, *, segmenter: Segmenter | None = None) -> tuple[int, int]:
    """``[min, max)`` of ``a``, ``b`` widened to whole words at both ends.

    An end that falls between two characters of one word moves out to the word's edge;
    an end at a space, punctuation or a word's edge stays where it is. An empty span
    (a click) stays empty.
    """
    start, end = (a, b) if a <= b else (b, a)
    start, end = max(0, start), min(len(text), end)
    if start >= end:
        return start, start
    word = word_at(text, start, segmenter=segmenter)
    if word is not None and word[0] < start:
        start = word[0]
    word = word_at(text, end - 1, segmenter=segmenter)
    if word is not None and word[1] > end:
        end = word[1]
    return start, end
