"""Which analyzer reads a text: Korean when it has Hangul (at least as much as Han), Chinese
when it has Han characters, else the Unicode word tokenizer."""

from __future__ import annotations

from typing import Literal

Language = Literal["ko", "zh", "other"]

SAMPLE = 20_000  # characters looked at: a testimony's language shows in its first pages


def _is_hangul(cp: int) -> bool:
    return 0xAC00 <= cp <= 0xD7A3 or 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F


def _is_han(cp: int) -> bool:
    return (
        0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF or 0x20000 <= cp <= 0x3134F
    )


def detect_language(text: str) -> Language:
    """ "ko", "zh" or "other" for ``text`` (a document or a query).

    A Korean testimony quoting Chinese place names stays Korean (Hangul at least as frequent
    as Han); a Chinese one with a Korean name stays Chinese.
    """
    sample = text[:SAMPLE]
    if sample.isascii():
        return "other"
    hangul = han = 0
    for ch in sample:
        cp = ord(ch)
        if cp < 0x1100:
            continue
        if _is_hangul(cp):
            hangul += 1
        elif _is_han(cp):
            han += 1
    if hangul and hangul >= han:
        return "ko"
    if han:
        return "zh"
    return "other"
