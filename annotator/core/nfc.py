"""Search text as its NFC form reads, while keeping the text exactly as stored.

Why: a name typed on one machine as precomposed Hangul syllables (NFC) is the
same name as the jamo sequence a macOS file or a PDF may hold (NFD), and a
reader cannot tell them apart. A pseudonym list must find both, but stored
testimony is never changed and exported text outside a replaced name must stay
byte-identical. So :class:`NfcView` gives the NFC form of a text plus a map from
positions in that form back to positions in the original.

How: NFC never lets one "segment" affect another, where a segment starts at a
character that is a starter (canonical combining class 0) and cannot compose
with what precedes it. Only segments that contain a character which may
interact with its neighbour, or that NFC changes on its own (singletons such
as U+212B), can differ; they are normalised one by one and recorded. A text
that is already NFC (the usual case, checked in C) costs nothing.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

_LAST_WITH_DECOMPOSITIONS = 0x30000  # every canonical decomposition and combining mark lies below this
_HANGUL_V = (0x1161, 0x1175)  # vowel jamo compose with a preceding leading jamo (algorithmically)
_HANGUL_T = (0x11A8, 0x11C2)  # trailing jamo compose with a preceding LV syllable


def _ranges(points: list[int]) -> str:
    """A regex character-class body for sorted code points."""
    runs: list[list[int]] = []
    for cp in points:
        if runs and cp == runs[-1][1] + 1:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp])
    return "".join(_span(a, b) for a, b in runs)


def _span(a: int, b: int) -> str:
    return re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"


@lru_cache(maxsize=1)
def _segments() -> re.Pattern[str]:
    """A pattern for the stretches of text NFC may change (built once, in about 0.2 s)."""
    seconds: set[int] = set()  # second halves of canonical composition pairs
    changes: list[int] = []  # characters NFC changes on their own
    for cp in range(_LAST_WITH_DECOMPOSITIONS):
        ch = chr(cp)
        decomposition = unicodedata.decomposition(ch)
        if decomposition and not decomposition.startswith("<"):
            parts = decomposition.split()
            if len(parts) == 2 and unicodedata.normalize("NFC", ch) == ch:
                seconds.add(int(parts[1], 16))
            if unicodedata.normalize("NFC", ch) != ch:
                changes.append(cp)
    seconds.update(range(_HANGUL_V[0], _HANGUL_V[1] + 1))
    seconds.update(range(_HANGUL_T[0], _HANGUL_T[1] + 1))

    def interacts(cp: int) -> bool:
        return unicodedata.combining(chr(cp)) != 0 or cp in seconds

    joining = [
        cp
        for cp in range(_LAST_WITH_DECOMPOSITIONS)
        if interacts(cp) or interacts(ord(unicodedata.normalize("NFD", chr(cp))[0]))
    ]
    join, change = _ranges(joining), _ranges(changes)
    return re.compile(f"[^{join}]?[{join}]+|[{change}]")


class NfcView:
    """``view`` is the NFC form of ``text``; :meth:`original` maps its positions back.

    Positions are code points. A view position inside a changed segment maps to
    the segment's start (``end=False``) or end (``end=True``), so a match mapped
    back always covers whole characters of the original.
    """

    __slots__ = ("_o_end", "_o_start", "_v_end", "_v_start", "text", "view")

    def __init__(self, text: str) -> None:
        self.text = text
        self._v_start: list[int] = []
        self._v_end: list[int] = []
        self._o_start: list[int] = []
        self._o_end: list[int] = []
        if text.isascii() or unicodedata.is_normalized("NFC", text):
            self.view = text
            return
        parts: list[str] = []
        last = view_pos = 0
        for match in _segments().finditer(text):
            segment = match.group()
            normal = unicodedata.normalize("NFC", segment)
            if normal == segment:
                continue
            a, b = match.span()
            parts.append(text[last:a])
            view_pos += a - last
            self._v_start.append(view_pos)
            self._o_start.append(a)
            parts.append(normal)
            view_pos += len(normal)
            self._v_end.append(view_pos)
            self._o_end.append(b)
            last = b
        parts.append(text[last:])
        self.view = "".join(parts)

    def original(self, position: int, *, end: bool = False) -> int:
        """The position in ``text`` of ``position`` in ``view``."""
        i = bisect_right(self._v_start, position) - 1
        if i < 0:
            return position
        if position >= self._v_end[i]:
            return self._o_end[i] + position - self._v_end[i]
        if position == self._v_start[i]:
            return self._o_start[i]
        return self._o_end[i] if end else self._o_start[i]
