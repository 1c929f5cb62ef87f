"""Beads: which passage of an original stands for which passage of its translation.

A bead pairs a span of the original with a span of the translation (code-point offsets
into each stored text, which is NFC-normalised at import; see README "Offsets"). An
*aligned* bead has text on both sides (1–1, 1–2, 2–1 sentences, or what a coder linked); an
*unaligned* bead has text on one side only, and on the other an empty span that marks where
it would go (its anchor). Together the beads cover every sentence of both texts.

Mapping a passage across (:func:`aligned_span`): the union of the other sides of the aligned
beads the passage overlaps, **whole beads**, never a proportional cut. Korean puts the verb
last and Chinese the time first, so the first third of a Korean sentence is not the first
third of its English one; the whole aligned sentence is what a reader checks a quote against,
and the coder can narrow a mirrored coding afterwards.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from annotator.core.alignment.gale_church import align_lengths, match_cost
from annotator.core.alignment.sentences import paragraphs, sentences

Side = Literal["original", "translation"]
ORIGINAL: Side = "original"
TRANSLATION: Side = "translation"

# A pair of paragraphs whose lengths are this improbable as a translation of each other
# (P(δ) < 1e-4 given the texts' ratio) is not split into sentences: both are marked unaligned.
PARAGRAPH_MAX_COST = 9.2
# Numbers are the cognates of these languages (dates, ages, prices, "Statement 10"): a match
# whose two sides share one costs less, one whose numbers differ costs more (Simard, Foster
# and Isabelle 1992 anchor on cognates the same way). Lengths alone are fooled by a bilingual
# heading or a translator's note; shared years and sums put the pairs back in step.
SHARED_NUMBER_BONUS = 3.0
DIFFERING_NUMBER_COST = 1.5
IDENTICAL_BONUS = 20.0
_NUMBER = re.compile(r"\d[\d,]*")


@dataclass(frozen=True, slots=True)
class Bead:
    original_start: int
    original_end: int
    translation_start: int
    translation_end: int
    aligned: bool = True
    manual: bool = False

    def span(self, side: Side) -> tuple[int, int]:
        if side == ORIGINAL:
            return self.original_start, self.original_end
        return self.translation_start, self.translation_end

    def other(self, side: Side) -> tuple[int, int]:
        return self.span(TRANSLATION if side == ORIGINAL else ORIGINAL)


def align_texts(original: str, translation: str) -> list[Bead]:
    """Align paragraphs by length, then the sentences of each aligned pair of paragraphs."""
    op, tp = paragraphs(original), paragraphs(translation)
    # A paragraph wholly in square brackets is an editor's or translator's note: it has no
    # counterpart, and lengths alone would pair it with a neighbour.
    o_notes = [(s, e) for s, e in op if _note(original, s, e)]
    t_notes = [(s, e) for s, e in tp if _note(translation, s, e)]
    op = [span for span in op if span not in o_notes]
    tp = [span for span in tp if span not in t_notes]
    ratio = _ratio(op, tp)
    beads: list[Bead] = []
    o_anchor, t_anchor = 0, 0
    anchors = _number_cost(original, op, translation, tp)
    for i0, i1, j0, j1 in align_lengths(_lengths(op), _lengths(tp), ratio=ratio, extra_cost=anchors):
        o_paras, t_paras = op[i0:i1], tp[j0:j1]
        if o_paras and t_paras:
            o_len = sum(e - s for s, e in o_paras)
            t_len = sum(e - s for s, e in t_paras)
            if match_cost(o_len, t_len, ratio) + anchors(i0, i1, j0, j1) <= PARAGRAPH_MAX_COST:
                beads.extend(_align_sentences(original, translation, o_paras, t_paras, ratio))
            else:
                beads.extend(Bead(s, e, t_paras[0][0], t_paras[0][0], aligned=False) for s, e in o_paras)
                beads.extend(Bead(o_paras[0][0], o_paras[0][0], s, e, aligned=False) for s, e in t_paras)
        elif o_paras:
            beads.extend(Bead(s, e, t_anchor, t_anchor, aligned=False) for s, e in o_paras)
        else:
            beads.extend(Bead(o_anchor, o_anchor, s, e, aligned=False) for s, e in t_paras)
        if o_paras:
            o_anchor = o_paras[-1][1]
        if t_paras:
            t_anchor = t_paras[-1][1]
    if o_notes or t_notes:
        beads = _with_notes(beads, o_notes, t_notes)
    return beads


def _note(text: str, start: int, end: int) -> bool:
    return text[start] == "[" and text[end - 1] == "]"


def _with_notes(
    beads: list[Bead], o_notes: list[tuple[int, int]], t_notes: list[tuple[int, int]]
) -> list[Bead]:
    """The notes as unaligned beads, each anchored after the bead that precedes it on its side."""
    for s, e in o_notes:
        before = [b for b in beads if b.original_end <= s]
        anchor = max((b.translation_end for b in before), default=0)
        beads = [
            *before,
            Bead(s, e, anchor, anchor, aligned=False),
            *(b for b in beads if b.original_end > s),
        ]
    for s, e in t_notes:
        before = [b for b in beads if b.translation_end <= s]
        anchor = max((b.original_end for b in before), default=0)
        beads = [
            *before,
            Bead(anchor, anchor, s, e, aligned=False),
            *(b for b in beads if b.translation_end > s),
        ]
    return beads


def _align_sentences(
    original: str,
    translation: str,
    o_paras: list[tuple[int, int]],
    t_paras: list[tuple[int, int]],
    ratio: float,
) -> list[Bead]:
    os_ = [s for start, end in o_paras for s in sentences(original, start, end)]
    ts = [s for start, end in t_paras for s in sentences(translation, start, end)]
    beads: list[Bead] = []
    o_anchor, t_anchor = o_paras[0][0], t_paras[0][0]
    anchors = _number_cost(original, os_, translation, ts)
    for i0, i1, j0, j1 in align_lengths(_lengths(os_), _lengths(ts), ratio=ratio, extra_cost=anchors):
        if i1 > i0 and j1 > j0:
            beads.append(Bead(os_[i0][0], os_[i1 - 1][1], ts[j0][0], ts[j1 - 1][1]))
        elif i1 > i0:
            beads.extend(Bead(s, e, t_anchor, t_anchor, aligned=False) for s, e in os_[i0:i1])
        else:
            beads.extend(Bead(o_anchor, o_anchor, s, e, aligned=False) for s, e in ts[j0:j1])
        if i1 > i0:
            o_anchor = os_[i1 - 1][1]
        if j1 > j0:
            t_anchor = ts[j1 - 1][1]
    return beads


def _number_cost(
    original: str, o_spans: list[tuple[int, int]], translation: str, t_spans: list[tuple[int, int]]
) -> Callable[[int, int, int, int], float]:
    o_texts = [original[s:e] for s, e in o_spans]
    t_texts = [translation[s:e] for s, e in t_spans]
    o_numbers = [_numbers(original[s:e]) for s, e in o_spans]
    t_numbers = [_numbers(translation[s:e]) for s, e in t_spans]

    def cost(i0: int, i1: int, j0: int, j1: int) -> float:
        if i1 - i0 == 1 and j1 - j0 == 1 and o_texts[i0] == t_texts[j0]:
            return -IDENTICAL_BONUS  # a notice or heading copied verbatim
        a = o_numbers[i0] if i1 - i0 == 1 else frozenset().union(*o_numbers[i0:i1])
        b = t_numbers[j0] if j1 - j0 == 1 else frozenset().union(*t_numbers[j0:j1])
        if not a and not b:  # most sentences: no figures, nothing to weigh
            return 0.0
        shared = len(a & b)
        return DIFFERING_NUMBER_COST * (len(a) + len(b) - 2 * shared) - SHARED_NUMBER_BONUS * shared

    return cost


def _numbers(text: str) -> frozenset[str]:
    return frozenset(m.group().replace(",", "") for m in _NUMBER.finditer(text))


def _lengths(spans: list[tuple[int, int]]) -> list[int]:
    return [end - start for start, end in spans]


def _ratio(op: list[tuple[int, int]], tp: list[tuple[int, int]]) -> float:
    o, t = sum(_lengths(op)), sum(_lengths(tp))
    return t / o if o and t else 1.0


def beads_at(beads: list[Bead], side: Side, start: int, end: int) -> list[int]:
    """Indices of the beads whose span on ``side`` overlaps ``[start, end)`` (a caret,
    ``start == end``, finds the bead it is in)."""
    found = []
    for index, bead in enumerate(beads):
        s, e = bead.span(side)
        if s == e:
            continue
        if (s < end and e > start) or (start == end and s <= start < e):
            found.append(index)
    return found


def aligned_span(beads: list[Bead], side: Side, start: int, end: int) -> tuple[int, int] | None:
    """The other side of ``[start, end)`` on ``side``: the union of the other sides of the
    aligned beads it overlaps (whole beads; see the module docstring); None if none."""
    others = [beads[i].other(side) for i in beads_at(beads, side, start, end) if beads[i].aligned]
    if not others:
        return None
    return min(s for s, _ in others), max(e for _, e in others)


def relink(
    beads: list[Bead],
    original: str,
    translation: str,
    original_span: tuple[int, int],
    translation_span: tuple[int, int],
) -> list[Bead]:
    """The coder's correction: ``original_span`` and ``translation_span`` are each other's
    translation. Beads they cut into give up those parts; what is left of them on either side
    is unaligned (trimmed of whitespace), and the new pair is one manual bead."""
    result: list[Bead] = []
    for bead in beads:
        o_span, t_span = bead.span(ORIGINAL), bead.span(TRANSLATION)
        if not (_overlaps(o_span, original_span) or _overlaps(t_span, translation_span)):
            result.append(bead)
            continue
        # A bead cut on either side gives up its partner: what is left of it is unaligned.
        o_anchor, t_anchor = o_span[0], t_span[0]
        result.extend(
            Bead(s, e, t_anchor, t_anchor, aligned=False) for s, e in _minus(original, o_span, original_span)
        )
        result.extend(
            Bead(o_anchor, o_anchor, s, e, aligned=False)
            for s, e in _minus(translation, t_span, translation_span)
        )
    result = [
        b for b in result if b.original_end > b.original_start or b.translation_end > b.translation_start
    ]
    result.append(Bead(*original_span, *translation_span, aligned=True, manual=True))
    return sort_beads(_dedupe(result))


def unlink(beads: list[Bead], side: Side, start: int, end: int) -> list[Bead]:
    """Every aligned bead overlapping ``[start, end)`` on ``side`` loses its partner: both of
    its sides become unaligned parts (what "Unlink" and "mark unaligned" do)."""
    hit = {i for i in beads_at(beads, side, start, end) if beads[i].aligned}
    result: list[Bead] = []
    for index, bead in enumerate(beads):
        if index not in hit:
            result.append(bead)
            continue
        result.append(
            Bead(
                bead.original_start,
                bead.original_end,
                bead.translation_start,
                bead.translation_start,
                aligned=False,
                manual=True,
            )
        )
        result.append(
            Bead(
                bead.original_start,
                bead.original_start,
                bead.translation_start,
                bead.translation_end,
                aligned=False,
                manual=True,
            )
        )
    return sort_beads(result)


def sort_beads(beads: list[Bead]) -> list[Bead]:
    """Text order: by the original's position, then the translation's."""
    return sorted(
        beads, key=lambda b: (b.original_start, b.translation_start, b.original_end, b.translation_end)
    )


def _dedupe(beads: list[Bead]) -> list[Bead]:
    seen: set[Bead] = set()
    out = []
    for bead in beads:
        if bead not in seen:
            seen.add(bead)
            out.append(bead)
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _minus(text: str, span: tuple[int, int], cut: tuple[int, int]) -> list[tuple[int, int]]:
    """``span`` without ``cut``, as trimmed non-empty pieces (nothing when they don't overlap:
    the span stays whole elsewhere)."""
    if not _overlaps(span, cut):
        return [span] if span[1] > span[0] else []
    pieces = []
    for s, e in ((span[0], cut[0]), (cut[1], span[1])):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            pieces.append((s, e))
    return pieces


def guess_language(text: str) -> str:
    """A BCP 47 tag from the script of the first few thousand letters: ``ko`` (Hangul),
    ``zh`` (Han without Hangul), ``en`` (Latin), else ``""`` (unknown)."""
    hangul = han = latin = 0
    for ch in unicodedata.normalize("NFC", text[:5000]):
        code = ord(ch)
        if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
            hangul += 1
        elif 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2FFFF:
            han += 1
        elif ch.isascii() and ch.isalpha():
            latin += 1
    counts = {"ko": hangul, "zh": han, "en": latin}
    best = max(counts, key=lambda tag: counts[tag])  # ties: the first listed
    return best if counts[best] else ""
