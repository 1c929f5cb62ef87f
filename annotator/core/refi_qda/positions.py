"""Which unit a REFI-QDA file counts positions in, and conversion to our offsets.

The standard counts Unicode code points of the source text (BOM not counted).
Real tools differ: NVivo for Windows counts UTF-16 code units over text with
CRLF line breaks (so CRLF counts 2 and every emoji or U+20000 counts 2),
ATLAS.ti counts a CRLF as 1. A file does not say which, so we detect it per
file from three kinds of evidence, strongest first:

1. range: the right convention keeps every selection inside its text and off
   the middle of a character (a surrogate pair or a CRLF);
2. selection names, where a tool filled them with the selected text;
3. boundaries: coders select words and lines, so the right convention puts
   selection ends on word or line boundaries far more often than a shifted
   one does;

and the ``origin`` attribute breaks ties (and wins when the evidence is weak).
Positions are then converted to code points of the *normalised* text we
store (CRLF -> LF, BOM dropped). A selection that still does not fit is
reported, never imported at a shifted place.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from annotator.core import messages
from annotator.core.text import normalise

_SPECIAL = re.compile("\r\n|\r|\n|\u2028|\u2029|[\U00010000-\U0010ffff]")
SAMPLE = 20_000  # informative selections weighed per file (enough to decide; bounds the time)


@dataclass(frozen=True, slots=True)
class Convention:
    """How positions are counted: ``unit`` is "codepoints" or "utf16"; ``newline`` says how
    much one line break counts: "asis" (as in the file: CRLF 2, LF 1), "one" or "two"."""

    unit: str
    newline: str

    def describe(self, *, english: bool = False) -> str:
        """How this convention counts, in the app's language or in English (``english``: files,
        the audit trail)."""
        translate = messages.translator(english_only=english)
        if self == STANDARD:
            return translate("CoreRefiQda", "code points, as the REFI-QDA standard counts")
        if self == NVIVO_WINDOWS:
            return translate("CoreRefiQda", "UTF-16 units with CRLF counting 2, as NVivo for Windows counts")
        if self == ATLAS_TI:
            return translate("CoreRefiQda", "code points with CRLF counting 1, as ATLAS.ti counts")
        if self == Convention("utf16", "one"):
            return translate("CoreRefiQda", "UTF-16 units with a line break counting 1")
        if self == Convention("codepoints", "two"):
            return translate("CoreRefiQda", "code points with a line break counting 2")
        return translate("CoreRefiQda", "UTF-16 units with a line break counting 2")


STANDARD = Convention("codepoints", "asis")
NVIVO_WINDOWS = Convention("utf16", "asis")
ATLAS_TI = Convention("codepoints", "one")
CANDIDATES: tuple[Convention, ...] = (
    STANDARD,
    NVIVO_WINDOWS,
    ATLAS_TI,
    Convention("utf16", "one"),
    Convention("codepoints", "two"),
    Convention("utf16", "two"),
)


def prior(origin: str) -> tuple[list[Convention], bool]:
    """Conventions the producing tool is known to use, most likely first, and whether
    the origin is trusted outright (our own files follow the standard)."""
    o = origin.casefold()
    if o.startswith("testimony annotator"):
        return [STANDARD], True
    if "nvivo" in o:
        return [NVIVO_WINDOWS, Convention("utf16", "two"), STANDARD], False
    if "atlas.ti" in o or "atlasti" in o:
        return [ATLAS_TI, STANDARD], False
    return [STANDARD], False


class SourceText:
    """A source's normalised text plus where its line breaks and non-BMP characters were.

    Built from the text as the file holds it (``raw``: BOM already removed,
    line breaks not yet normalised); ``text`` is what the project stores.
    """

    __slots__ = ("label", "text", "_raw", "_breaks", "_astral")

    def __init__(self, raw: str, label: str = "") -> None:
        if raw.startswith("\ufeff"):
            raw = raw[1:]
        self.label = label
        self.text = normalise(raw)
        # The file's line breaks matter only where they were not already "\n".
        self._raw = (
            raw if len(raw) != len(self.text) or "\r" in raw or "\u2028" in raw or "\u2029" in raw else None
        )
        self._breaks: list[tuple[int, int]] | None = None  # (index in text, width in the file: 1 or 2)
        self._astral: list[int] = []

    def _scan(self) -> list[tuple[int, int]]:
        """Where line breaks and non-BMP characters are (computed on first need: most
        files never need it, and it is the one pass over every character)."""
        if self._breaks is None:
            breaks: list[tuple[int, int]] = []
            removed = 0
            for match in _SPECIAL.finditer(self._raw if self._raw is not None else self.text):
                piece = match.group()
                index = match.start() - removed
                if len(piece) == 2:
                    breaks.append((index, 2))
                    removed += 1
                elif piece in "\r\n\u2028\u2029":
                    breaks.append((index, 1))
                else:
                    self._astral.append(index)
            self._breaks = breaks
        return self._breaks

    def mapping(self, convention: Convention) -> Mapping:
        """The position mapping for ``convention`` over this text."""
        if convention == STANDARD and (self._raw is None or "\r\n" not in self._raw):
            return Mapping(len(self.text), ())  # code points of text without CRLF: nothing to convert
        breaks = self._scan()
        specials: list[tuple[int, int, bool]] = []  # (index, extra units, is line break)
        if convention.newline == "asis":
            specials += [(i, w - 1, True) for i, w in breaks if w > 1]
        elif convention.newline == "two":
            specials += [(i, 1, True) for i, _ in breaks]
        if convention.unit == "utf16":
            specials += [(i, 1, False) for i in self._astral]
        specials.sort()
        return Mapping(len(self.text), specials)


class Mapping:
    """Positions in some convention -> code-point offsets into the normalised text."""

    __slots__ = (
        "length",
        "total",
        "identity",
        "_index",
        "_ustart",
        "_width",
        "_cum",
        "_newline",
        "signature",
    )

    def __init__(self, length: int, specials: Sequence[tuple[int, int, bool]]) -> None:
        self.length = length
        self.identity = not specials  # positions are already code-point offsets
        self._index = [s[0] for s in specials]
        self._width = [1 + s[1] for s in specials]
        self._newline = [s[2] for s in specials]
        self._ustart: list[int] = []
        self._cum: list[int] = []
        cum = 0
        for index, extra, _ in specials:
            self._ustart.append(index + cum)
            cum += extra
            self._cum.append(cum)
        self.total = length + cum
        self.signature = tuple((s[0], s[1]) for s in specials)

    def _at(self, p: int, *, is_end: bool, strict: bool) -> int | None:
        k = bisect_right(self._ustart, p) - 1
        if k < 0:
            return p
        if p == self._ustart[k]:
            return self._index[k]
        if p < self._ustart[k] + self._width[k]:
            if strict or not self._newline[k]:
                return None  # inside a character
            return self._index[k] + (1 if is_end else 0)  # inside a CRLF: take the whole line break
        return p - self._cum[k]

    def span(self, start: int, end: int, *, strict: bool = False) -> tuple[int, int] | None:
        """``[start, end)`` as code-point offsets, or None when it does not fit the text."""
        if not 0 <= start <= end <= self.total:
            return None
        s = self._at(start, is_end=False, strict=strict)
        e = self._at(end, is_end=True, strict=strict)
        if s is None or e is None or e < s:
            return None
        return s, e


@dataclass(slots=True)
class Selection:
    """A selection as the file gives it, before conversion."""

    source: int  # index into the list of SourceText
    start: int
    end: int
    name: str = ""


@dataclass
class Detection:
    """The convention chosen for a file and why: ``why`` is one of ``written-by``,
    ``no-selections``, ``all-agree``, ``only-inside``, ``most-inside``, ``names-match``,
    ``boundaries``, ``usual-of``, ``no-evidence`` (:meth:`describe_reason` words it)."""

    convention: Convention
    why: str
    use_names: bool = False
    scores: dict[Convention, tuple[float, ...]] = field(default_factory=dict)  # per convention: its sort key
    origin: str = ""  # the file's origin, named by "written-by" and "usual-of"

    @property
    def reason(self) -> str:
        """Why, in English (the audit trail)."""
        return self.describe_reason(english=True)

    def describe_reason(self, *, english: bool = False) -> str:  # noqa: PLR0911 (one return per reason)
        """Why this convention, in the app's language or in English (``english``)."""
        translate = messages.translator(english_only=english)
        why = self.why
        if why == "written-by":
            return translate("CoreRefiQda", "written by {origin}").format(origin=self.origin)
        if why == "no-selections":
            return translate("CoreRefiQda", "no selections")
        if why == "all-agree":
            return translate("CoreRefiQda", "all conventions agree on this file")
        if why == "only-inside":
            return translate("CoreRefiQda", "the only convention that keeps every selection inside its text")
        if why == "most-inside":
            return translate("CoreRefiQda", "keeps the most selections inside their text")
        if why == "names-match":
            return translate("CoreRefiQda", "selection names match the text at those positions")
        if why == "boundaries":
            return translate("CoreRefiQda", "selections fall on word and line boundaries")
        if why == "usual-of":
            return translate("CoreRefiQda", "the usual convention of {origin}").format(origin=self.origin)
        return translate("CoreRefiQda", "no evidence against the standard")


def squash(text: str) -> str:
    """``text`` with each run of whitespace as one space, trimmed (a leading BOM dropped).

    The same as ``re.sub(r"\\s+", " ", normalise(text)).strip()``: every line break
    ``normalise`` rewrites is whitespace, and ``str.split`` and ``\\s`` agree on
    what whitespace is; this form is ~10 times faster, and detection runs it
    several times per selection."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return " ".join(text.split())


def name_matches(name: str, piece: str) -> bool:
    """Whether a selection's name is its text (tools may shorten it, with or without an ellipsis)."""
    wanted, got = squash(name), squash(piece)
    if wanted == got:
        return True
    short = wanted.rstrip(".\u2026").rstrip()
    return len(short) >= 3 and got.startswith(short)


def _on_boundary(text: str, i: int) -> bool:
    if i <= 0 or i >= len(text):
        return True
    return not (text[i - 1].isalnum() and text[i].isalnum())


def detect(origin: str, sources: Sequence[SourceText], selections: Sequence[Selection]) -> Detection:
    """Choose the convention for one file (see the module docstring)."""
    preferred, trusted = prior(origin)
    used = sorted({s.source for s in selections})
    if trusted:
        return Detection(preferred[0], "written-by", origin=origin)
    # Distinct candidates only: on text without CRLF or non-BMP characters they all agree.
    distinct: dict[tuple, Convention] = {}
    ordered = preferred + [c for c in CANDIDATES if c not in preferred]
    mappings: dict[Convention, list[Mapping]] = {}
    for convention in ordered:
        maps = [sources[i].mapping(convention) for i in used]
        signature = tuple(m.signature for m in maps)
        if signature not in distinct:
            distinct[signature] = convention
            mappings[convention] = maps
    slot = {source: n for n, source in enumerate(used)}
    spans = {
        c: [maps[slot[s.source]].span(s.start, s.end, strict=True) for s in selections]
        for c, maps in mappings.items()
    }
    matched: dict[tuple[int, int, int], bool] = {}  # name checks, once per distinct place

    def name_hit(n: int, span: tuple[int, int] | None) -> bool:
        if span is None:
            return False
        key = (n, *span)
        if key not in matched:
            text = sources[selections[n].source].text
            matched[key] = name_matches(selections[n].name, text[span[0] : span[1]])
        return matched[key]

    # Names count as evidence only if, under some convention, at least half the named
    # selections match (each convention is checked only until that is decided).
    named = [n for n, s in enumerate(selections) if s.name.strip()]
    needed = (len(named) + 1) // 2

    def mostly_matching(found: list[tuple[int, int] | None]) -> bool:
        hits = 0
        for checked, n in enumerate(named, start=1):
            hits += name_hit(n, found[n])
            if hits >= needed:
                return True
            if hits + len(named) - checked < needed:
                return False  # even if all the rest matched
        return False

    use_names = bool(named) and any(mostly_matching(found) for found in spans.values())
    if len(mappings) == 1:
        return Detection(preferred[0], "no-selections" if not selections else "all-agree", use_names)
    # Only selections the candidates disagree on tell them apart; a sample of them is enough.
    informative = [n for n in range(len(selections)) if len({found[n] for found in spans.values()}) > 1]
    step = max(1, len(informative) // SAMPLE)
    informative = informative[::step]
    top = preferred[0] if preferred[0] in mappings else STANDARD
    scores: dict[Convention, tuple[float, ...]] = {}
    for rank, (convention, found) in enumerate(spans.items()):
        misfits = name_hits = name_misses = 0
        boundary = 0.0
        differ = 0
        for n in informative:
            span = found[n]
            if span is None:
                misfits += 1
                continue
            if use_names and selections[n].name.strip():
                if name_hit(n, span):
                    name_hits += 1
                else:
                    name_misses += 1
            text = sources[selections[n].source].text
            boundary += _on_boundary(text, span[0]) + _on_boundary(text, span[1])
            if convention != top:
                base = spans[top][n]
                differ += 2 if base is None else (base[0] != span[0]) + (base[1] != span[1])
        # The origin's convention wins unless the boundaries clearly favour another.
        adjusted = boundary - (0.2 * differ + 1 if convention != top else 0)
        scores[convention] = (misfits + name_misses, -name_hits, -adjusted, rank)
    ranked = sorted(scores, key=lambda c: scores[c])
    best, runner = ranked[0], ranked[1]
    b, r = scores[best], scores[runner]
    if b[0] != r[0]:
        why = "only-inside" if b[0] == 0 else "most-inside"
    elif b[1] != r[1]:
        why = "names-match"
    elif best != top and b[2] != r[2]:
        why = "boundaries"
    elif best == top and origin:
        why = "usual-of"
    else:
        why = "no-evidence"
    return Detection(best, why, use_names, scores, origin)
