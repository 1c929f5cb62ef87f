"""Agreement coefficients from counts, computed exactly.

Every function takes integer counts (never per-character arrays) and does its
arithmetic on Python integers and :class:`~fractions.Fraction`, rounding once
at the end: identical coders give exactly 1.0, and sums over millions of
characters cannot overflow or lose precision. ``None`` means undefined (no
variation, nothing to compare); callers explain why in a note. The formulas
are written out in the package docstring (:mod:`annotator.core.analysis.agreement`).
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction


def percent_agreement(agreeing: int, total: int) -> float | None:
    """Share of units on which the coders agree; None for an empty sub-corpus."""
    return float(Fraction(agreeing, total)) if total else None


def cohen_kappa(both: int, only_a: int, only_b: int, neither: int) -> float | None:
    """Cohen's kappa of a 2×2 table (two coders, one binary judgement per unit).

    ``κ = (p_o − p_e) / (1 − p_e)`` with ``p_e = p_a·p_b + (1 − p_a)(1 − p_b)``.
    Multiplied through by N², everything stays integral. Undefined (None)
    when ``p_e = 1``: both coders coded nothing, or both coded everything.
    """
    n = both + only_a + only_b + neither
    a, b = both + only_a, both + only_b
    chance = a * b + (n - a) * (n - b)  # N² · p_e
    denominator = n * n - chance  # N² · (1 − p_e)
    if n == 0 or denominator == 0:
        return None
    return float(Fraction(n * (both + neither) - chance, denominator))


def _binary(coded_by: Sequence[int]) -> tuple[int, int, int, int, int]:
    """(m coders, n pairable values, n1 coded values, n0 uncoded values, Σ k(m−k)·h_k)."""
    m = len(coded_by) - 1
    n = m * sum(coded_by)
    n1 = sum(k * h for k, h in enumerate(coded_by))
    split = sum(k * (m - k) * h for k, h in enumerate(coded_by))
    return m, n, n1, n - n1, split


def mean_pairwise_agreement(coded_by: Sequence[int]) -> float | None:
    """Share of agreeing coder pairs, averaged over units (= mean pairwise percent agreement).

    ``coded_by[k]`` is the number of units coded by exactly k of the m coders.
    For two coders this is ``(both + neither) / N``. None when there are no
    units, and when no coder coded any unit: that "100%" would only count
    characters everyone left alone, so it says nothing about agreement on the code.
    """
    m = len(coded_by) - 1
    units = sum(coded_by)
    if m < 2 or units == 0 or coded_by[0] == units:
        return None
    agreeing = sum(h * (k * (k - 1) + (m - k) * (m - k - 1)) for k, h in enumerate(coded_by))
    return float(Fraction(agreeing, units * m * (m - 1)))


def fleiss_kappa_binary(coded_by: Sequence[int]) -> float | None:
    """Fleiss' kappa for m coders and two categories (coded / not coded).

    ``P̄ = Σ_k h_k [k(k−1) + (m−k)(m−k−1)] / (N m (m−1))``,
    ``p = Σ_k k h_k / (N m)``, ``P̄_e = p² + (1−p)²``, ``κ = (P̄ − P̄_e)/(1 − P̄_e)``.
    Undefined when ``P̄_e = 1`` (nobody coded anything, or everyone everything).
    """
    m = len(coded_by) - 1
    units = sum(coded_by)
    if m < 2 or units == 0:
        return None
    observed = Fraction(
        sum(h * (k * (k - 1) + (m - k) * (m - k - 1)) for k, h in enumerate(coded_by)), units * m * (m - 1)
    )
    p = Fraction(sum(k * h for k, h in enumerate(coded_by)), units * m)
    chance = p * p + (1 - p) * (1 - p)
    if chance == 1:
        return None
    return float((observed - chance) / (1 - chance))


def fleiss_kappa(table: Sequence[Sequence[int]]) -> float | None:
    """Fleiss' kappa of a subjects × categories table of rater counts (same raters per subject).

    The general form (any number of categories), used to check
    :func:`fleiss_kappa_binary` against Fleiss (1971)-style worked examples.
    """
    rows = [list(map(int, r)) for r in table]
    if not rows:
        return None
    m = sum(rows[0])
    if m < 2 or any(sum(r) != m for r in rows):
        raise ValueError("every subject needs the same number (≥ 2) of ratings")
    n = len(rows)
    observed = Fraction(sum(x * (x - 1) for r in rows for x in r), n * m * (m - 1))
    totals = [sum(col) for col in zip(*rows, strict=True)]
    chance = sum(Fraction(t, n * m) ** 2 for t in totals)
    if chance == 1:
        return None
    return float((observed - chance) / (1 - chance))


def krippendorff_alpha_binary(coded_by: Sequence[int]) -> float | None:
    """Krippendorff's alpha, nominal, for binary values and no missing data.

    From the coincidence matrix: ``o_01 = Σ_k h_k k(m−k) / (m−1)``,
    ``n = mN``, ``n_1 = Σ_k k h_k``, ``n_0 = n − n_1``;
    ``D_o = 2 o_01 / n``, ``D_e = 2 n_0 n_1 / (n (n−1))``, so
    ``α = 1 − (n − 1) o_01 / (n_0 n_1)``. Undefined when ``n_0 n_1 = 0``.
    """
    m, n, n1, n0, split = _binary(coded_by)
    denominator = (m - 1) * n0 * n1
    if m < 2 or denominator == 0:
        return None
    return float(Fraction(denominator - (n - 1) * split, denominator))


def unitized_alpha_binary(coded_by: Sequence[int], unit_squares: int) -> float | None:
    """Krippendorff's unitized alpha |uα for one category (coded vs. gap) on a continuum.

    ``unit_squares`` is Σ l² over every coder's units (maximal coded runs).
    Expected coincidences exclude pairing a unit's characters with each other,
    so ``n(n−1)`` of nominal alpha becomes ``n² − S`` with
    ``S = Σ_units l² + n_0`` (gap characters are independent values):
    ``α = 1 − (n² − S) · o_01 / (n · n_0 · n_1)``. With units of length 1 this
    is exactly nominal alpha. Undefined when ``n_0 n_1 = 0``.
    """
    m, n, n1, n0, split = _binary(coded_by)
    denominator = (m - 1) * n * n0 * n1
    if m < 2 or denominator == 0:
        return None
    pairable = n * n - (unit_squares + n0)
    return float(Fraction(denominator - pairable * split, denominator))


def segment_agreement(matched: int, segments: int) -> float | None:
    """Share of segments (of all coders) that the other coder matched; None without segments."""
    return float(Fraction(matched, segments)) if segments else None
