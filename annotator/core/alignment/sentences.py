"""Paragraphs and sentences of a stored text, as code-point spans.

Kept deliberately simple (a rule list, no model), and documented so a coder can predict it:

- A **paragraph** is a run of non-blank lines' text: each line break ends one (testimony
  transcripts put one speaker turn or paragraph per line). Spans are trimmed of
  surrounding whitespace; blank lines belong to no paragraph. (A paragraph wholly in square
  brackets is a translator's or editor's note: the aligner leaves it unaligned.)
- A **sentence** ends after ``.``, ``?`` or ``!`` (also full-width ``？``/``！``) followed by
  whitespace or the end of the paragraph, and directly after ``。``, ``！``, ``？``, ``；``
  (Chinese needs no space). Closing quotes and brackets right after the mark stay with the
  sentence (``"…했어요."`` and ``…了。」``). Korean ends its sentences with ``…다.``, ``…요.``,
  ``?`` and ``!`` followed by a space, which the first rule covers.
- An English **abbreviation** does not end a sentence: ``Mr.``, ``Mrs.``, ``Ms.``, ``Dr.``,
  ``St.``, ``Prof.``, ``No.``, ``vs.``, ``etc.``, ``e.g.``, ``i.e.``, ``approx.``, a single
  capital letter (an initial, ``J. Kim``) and a word containing a dot (``U.S.``).
- An ellipsis (``...`` or ``…``) ends nothing: testimonies trail off mid-sentence.
"""

from __future__ import annotations

import re

_SPLIT_AFTER_SPACE = ".?!？！"
_SPLIT_ALWAYS = "。！？；"
_CLOSERS = "\"'”’」』》）)]〉"
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "prof", "no", "vs", "etc", "e.g", "i.e", "approx", "jr", "sr", "mt", "cf"}
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The non-blank lines of ``text``, each trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = _trim(text, match.start(), match.end())
        if start < end:
            spans.append((start, end))
    return spans


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` (one paragraph), as trimmed spans in ``text``."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    i = start
    while i < end:
        ch = text[i]
        stop = -1
        if ch in _SPLIT_ALWAYS:
            stop = _after_closers(text, i + 1, end)
        elif ch in _SPLIT_AFTER_SPACE and not _in_ellipsis(text, i):
            after = _after_closers(text, i + 1, end)
            if (after >= end or text[after].isspace()) and not (ch == "." and _abbreviation(text, begin, i)):
                stop = after
        if stop != -1:
            piece = _trim(text, begin, stop)
            if piece[0] < piece[1]:
                spans.append(piece)
            begin = i = stop
            continue
        i += 1
    piece = _trim(text, begin, end)
    if piece[0] < piece[1]:
        spans.append(piece)
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _after_closers(text: str, i: int, end: int) -> int:
    while i < end and text[i] in _CLOSERS:
        i += 1
    return i


def _in_ellipsis(text: str, i: int) -> bool:
    return text[i] == "." and (text[i - 1 : i] == "." or text[i + 1 : i + 2] == ".")


def _abbreviation(text: str, begin: int, dot: int) -> bool:
    match = _WORD_BEFORE.search(text, begin, dot)
    if match is None:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial
    return word.lower() in _ABBREVIATIONS or "." in word.strip(".")
