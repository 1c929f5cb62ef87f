"""Length-based alignment of two sequences (Gale and Church 1993).

W. A. Gale and K. W. Church, "A Program for Aligning Sentences in Bilingual Corpora",
*Computational Linguistics* 19(1):75–102, 1993. Sentences (or paragraphs) of a text and
of its translation are paired by dynamic programming over their lengths in characters:
a translation's piece is about ``c`` times as long as the original's, with a variance
proportional to the length, so the cost of a bead is ``-log(P(kind) · P(δ | match))``
with ``δ = (l₂ − c·l₁) / sqrt(s² · (l₁ + l₂/c) / 2)`` and ``P(δ | match) = 2(1 − Φ(|δ|))``.

Why this and not a trained aligner: the maintained sentence aligners that work offline
for Korean or Chinese against English (vecalign, bertalign, hunalign with a dictionary)
need multilingual embedding models of hundreds of megabytes or bilingual dictionaries we
cannot ship; Gale–Church needs nothing and is right on most beads of a close translation.
The coder corrects the rest (see ``changes.translations``).

Differences from the paper, both needed across scripts: ``c`` is not the paper's 1 (English
to French/German) but the ratio of the two texts' total lengths (an English translation
of Korean runs 2–3 times as many characters), and the beads are 1–1, 1–2, 2–1, 1–0 and 0–1
(the paper's 2–2 is left out: it hides two 1–1 beads more often than it finds a real one).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

S2 = 6.8  # the paper's variance per character
# Prior probability of each bead kind (the paper's Table 5; its 2-2 share goes to 1-1).
PRIORS: dict[tuple[int, int], float] = {
    (1, 1): 0.9,
    (1, 0): 0.0099 / 2,
    (0, 1): 0.0099 / 2,
    (2, 1): 0.089 / 2,
    (1, 2): 0.089 / 2,
}
_PRIOR_COST = {kind: -math.log(p) for kind, p in PRIORS.items()}
# An unmatched piece's cost is the prior only; a match also pays for how far its lengths are
# from c. Beyond this the two pieces are no translation of each other (P(δ) < 1e-6).
_MAX_DELTA_COST = -math.log(1e-6)


def match_cost(l1: int, l2: int, c: float) -> float:
    """-log P(δ | match) for pieces of ``l1`` and ``l2`` characters."""
    if l1 == 0 and l2 == 0:
        return 0.0
    mean = (l1 + l2 / c) / 2
    delta = (l2 - c * l1) / math.sqrt(S2 * max(mean, 1e-9))
    p = math.erfc(abs(delta) / math.sqrt(2))  # = 2(1 - Φ(|δ|))
    return min(-math.log(p) if p > 0 else _MAX_DELTA_COST, _MAX_DELTA_COST)


def align_lengths(
    source: Sequence[int],
    target: Sequence[int],
    *,
    ratio: float | None = None,
    extra_cost: Callable[[int, int, int, int], float] | None = None,
) -> list[tuple[int, int, int, int]]:
    """Beads ``(i0, i1, j0, j1)``: ``source[i0:i1]`` pairs with ``target[j0:j1]``.

    Beads cover both sequences in order; an empty range on one side is a 1–0 or 0–1 bead
    (a piece with no counterpart). ``ratio`` is ``c`` (default: the ratio of the totals).
    ``extra_cost(i0, i1, j0, j1)`` is added to a match's cost (anchors such as shared numbers).
    Time and memory O(n·m) within a band around the diagonal, so a 1,000-sentence pair
    costs a few thousand cells per row at most.
    """
    n, m = len(source), len(target)
    if ratio is None:
        total_source, total_target = sum(source), sum(target)
        ratio = total_target / total_source if total_source and total_target else 1.0
    # A band around the diagonal keeps long texts cheap; wide enough for long runs of
    # unmatched pieces.
    band = max(20, abs(n - m) + 20, (max(n, m) // 10))
    src_sum = [0]
    for length in source:
        src_sum.append(src_sum[-1] + length)
    tgt_sum = [0]
    for length in target:
        tgt_sum.append(tgt_sum[-1] + length)
    kinds = list(_PRIOR_COST.items())
    # One dict per row, j -> (cost, kind): only the band around the diagonal is filled.
    rows: list[dict[int, tuple[float, tuple[int, int]]]] = []
    for i in range(n + 1):
        centre = i * m // n if n else 0
        row: dict[int, tuple[float, tuple[int, int]]] = {}
        rows.append(row)
        for j in range(max(0, centre - band), min(m, centre + band) + 1):
            if i == 0 and j == 0:
                row[0] = (0.0, (0, 0))
                continue
            best = math.inf
            best_kind = (0, 0)
            for (di, dj), prior in kinds:
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0:
                    continue
                previous = rows[pi].get(pj)
                if previous is None:
                    continue
                total = previous[0] + prior
                if di and dj:
                    total += match_cost(src_sum[i] - src_sum[pi], tgt_sum[j] - tgt_sum[pj], ratio)
                    if extra_cost is not None:
                        total += extra_cost(pi, i, pj, j)
                if total < best:
                    best, best_kind = total, (di, dj)
            if best < math.inf:
                row[j] = (best, best_kind)
    if m not in rows[n]:  # outside the band (cannot happen with the band above): all unmatched
        return [(i, i + 1, 0, 0) for i in range(n)] + [(n, n, j, j + 1) for j in range(m)]
    beads: list[tuple[int, int, int, int]] = []
    i, j = n, m
    while i or j:
        di, dj = rows[i][j][1]
        beads.append((i - di, i, j - dj, j))
        i, j = i - di, j - dj
    beads.reverse()
    return beads
