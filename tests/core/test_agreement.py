"""Inter-coder agreement: formulas against references, spans against brute force, store selection.

References used:
- Cohen's kappa: the worked example of Wikipedia's "Cohen's kappa" article (50 grant
  proposals read by two readers: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no; κ = 0.4).
- Fleiss' kappa: the worked example of Wikipedia's "Fleiss' kappa" article (10 subjects,
  14 raters, 5 categories; P̄ = 0.378, P̄_e = 0.213, κ = 0.210), recomputed below.
- Krippendorff's alpha (nominal): the maintained ``krippendorff`` package on the same
  per-character reliability matrix.
- Unitized alpha: a literal, section-by-section implementation of Krippendorff (2019)
  §12.6.3–12.6.4 written here (``_unitized_reference``), plus hand-computed cases.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from fractions import Fraction

import krippendorff
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.analysis.agreement import (
    Disagreement,
    agreement,
    agreement_from_spans,
    disagreements,
    disagreements_from_spans,
)
from annotator.core.analysis.agreement import formulas as f
from annotator.core.changes import ApplyCode
from annotator.core.errors import Cancelled, NotFound, UnknownCode, UsageError
from annotator.core.model import Coder, Document
from annotator.core.store import ProjectStore

# -- reference implementations (slow, per character) ----------------------------------


def _coverage(spans: list[tuple[str, str, int, int]], code: str, docs: dict[str, int]) -> np.ndarray:
    """Per-character 0/1 of one coder for one code over the concatenated documents."""
    parts = []
    for doc, length in docs.items():
        v = np.zeros(length, dtype=int)
        for d, c, s, e in spans:
            if d == doc and c == code:
                v[s:e] = 1
        parts.append(v)
    return np.concatenate(parts) if parts else np.zeros(0, dtype=int)


def _runs(v: np.ndarray) -> list[tuple[int, int]]:
    """Maximal runs of 1s in a 0/1 vector, as half-open (start, end)."""
    out, start = [], None
    for i, x in enumerate([*v.tolist(), 0]):
        if x and start is None:
            start = i
        elif not x and start is not None:
            out.append((start, i))
            start = None
    return out


def _doc_runs(spans, code, docs) -> list[tuple[str, int, int]]:
    out = []
    for doc, length in docs.items():
        out += [(doc, s, e) for s, e in _runs(_coverage(spans, code, {doc: length}))]
    return out


def _unitized_reference(units: list[list[tuple[int, int]]], length: int) -> float | None:
    """|uα by Krippendorff (2019) §12.6: sections, intersection coincidences, self-pairing correction.

    ``units[i]`` are coder i's units (disjoint, half-open) on a continuum of ``length``.
    Written section by section, independently of the closed form under test.
    """
    m = len(units)
    sections = []
    for mine in units:
        parts, cursor = [], 0
        for s, e in sorted(mine):
            if s > cursor:
                parts.append((cursor, s, "gap"))
            parts.append((s, e, "c"))
            cursor = e
        if cursor < length:
            parts.append((cursor, length, "gap"))
        sections.append(parts)
    values = ("gap", "c")
    o = {(a, b): Fraction(0) for a in values for b in values}
    for i, j in itertools.permutations(range(m), 2):
        for s1, e1, v1 in sections[i]:
            for s2, e2, v2 in sections[j]:
                o[v1, v2] += max(0, min(e1, e2) - max(s1, s2))
    o = {k: v / (m - 1) for k, v in o.items()}
    row = {a: sum(o[a, b] for b in values) for a in values}
    total = sum(row.values())
    correction = {a: Fraction(0) for a in values}
    for parts in sections:
        for s, e, v in parts:
            correction[v] += (e - s) if v == "gap" else (e - s) ** 2
    denominator = total - sum(correction.values()) / total if total else 0
    if not denominator:
        return None
    expected = {
        (a, b): (row[a] * row[b] - (correction[a] if a == b else 0)) / denominator
        for a in values
        for b in values
    }
    d_o = o["gap", "c"] + o["c", "gap"]
    d_e = expected["gap", "c"] + expected["c", "gap"]
    if d_e == 0:
        return None
    return float(1 - d_o / d_e)


def _segment_reference(runs_by_coder: list[list[tuple[str, int, int]]], threshold: float) -> float | None:
    m = len(runs_by_coder)
    matched = 0
    for i, j in itertools.permutations(range(m), 2):
        for d, s, e in runs_by_coder[i]:
            for d2, s2, e2 in runs_by_coder[j]:
                inter = min(e, e2) - max(s, s2)
                if d == d2 and inter > 0 and inter / (max(e, e2) - min(s, s2)) >= threshold:
                    matched += 1
                    break
    total = (m - 1) * sum(len(r) for r in runs_by_coder)
    return matched / total if total else None


def _kappa_reference(a: np.ndarray, b: np.ndarray) -> float | None:
    n = len(a)
    if n == 0:
        return None
    p_o = np.mean(a == b)
    pa, pb = a.mean(), b.mean()
    p_e = pa * pb + (1 - pa) * (1 - pb)
    return None if n == 0 or p_e == 1 else (p_o - p_e) / (1 - p_e)


def _alpha_reference(matrix: np.ndarray) -> float | None:
    if matrix.size == 0 or len(np.unique(matrix)) < 2:
        return None
    return krippendorff.alpha(reliability_data=matrix.astype(float), level_of_measurement="nominal")


def _fleiss_reference(matrix: np.ndarray) -> float | None:
    m = matrix.shape[0]
    ones = matrix.sum(axis=0)
    return f.fleiss_kappa([[m - k, k] for k in ones.tolist()]) if matrix.shape[1] else None


def _approx(x: float | None, y: float | None) -> bool:
    if x is None or y is None:
        return x is None and y is None
    return abs(x - y) < 1e-9


# -- formulas against textbook values -------------------------------------------------


def test_cohen_kappa_matches_the_wikipedia_worked_example() -> None:
    """Two readers, 50 proposals: yes/yes 20, yes/no 5, no/yes 10, no/no 15.

    p_o = 35/50 = 0.7; reader A says yes 25/50, B 30/50; p_e = 0.5·0.6 + 0.5·0.4 = 0.5;
    κ = (0.7 − 0.5)/(1 − 0.5) = 0.4.
    """
    assert f.cohen_kappa(20, 5, 10, 15) == pytest.approx(0.4, abs=1e-15)
    assert f.percent_agreement(35, 50) == 0.7


def test_cohen_kappa_on_characters_reproduces_the_same_table() -> None:
    """The same table as characters: A codes [0, 25), B codes [0, 20) and [25, 35) of 50."""
    spans = {"a": [("d", "c", 0, 25)], "b": [("d", "c", 0, 20), ("d", "c", 25, 35)]}
    row = agreement_from_spans(spans, {"d": 50}).codes[0]
    assert row.stats.characters() == {"both": 20, "only_a": 5, "only_b": 10, "neither": 15}
    assert row.stats.cohen_kappa == pytest.approx(0.4, abs=1e-15)
    assert row.stats.percent_agreement == 0.7


WIKIPEDIA_FLEISS = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]


def test_fleiss_kappa_matches_the_wikipedia_worked_example() -> None:
    """Recomputed: Σ n(n−1) = 688 over 10·14·13 = 1820 → P̄ = 0.37802;
    column totals 20, 28, 39, 21, 32 of 140 → P̄_e = Σ p_j² = 0.21327;
    κ = (0.37802 − 0.21327)/(1 − 0.21327) = 0.20943 (the article rounds to 0.210)."""
    p_bar = Fraction(688, 1820)
    p_e = sum(Fraction(t, 140) ** 2 for t in (20, 28, 39, 21, 32))
    assert sum(x * (x - 1) for r in WIKIPEDIA_FLEISS for x in r) == 688
    assert float(p_bar) == pytest.approx(0.378, abs=5e-4)
    assert float(p_e) == pytest.approx(0.213, abs=5e-4)
    expected = float((p_bar - p_e) / (1 - p_e))
    assert f.fleiss_kappa(WIKIPEDIA_FLEISS) == pytest.approx(expected, abs=1e-15)
    assert expected == pytest.approx(0.210, abs=1e-3)


@given(
    st.integers(2, 6).flatmap(
        lambda m: st.lists(st.integers(0, m), min_size=1, max_size=12).map(lambda ks: (m, ks))
    )
)
def test_binary_fleiss_equals_the_general_formula(case: tuple[int, list[int]]) -> None:
    m, ks = case
    coded_by = [ks.count(k) for k in range(m + 1)]
    assert _approx(f.fleiss_kappa_binary(coded_by), f.fleiss_kappa([[m - k, k] for k in ks]))


@given(
    st.integers(2, 5).flatmap(
        lambda m: st.lists(st.lists(st.integers(0, 1), min_size=m, max_size=m), min_size=1, max_size=25)
    )
)
def test_nominal_alpha_equals_the_krippendorff_package(columns: list[list[int]]) -> None:
    """Closed form from the h_k histogram vs. krippendorff.alpha on the m × N matrix."""
    matrix = np.array(columns).T
    m = matrix.shape[0]
    coded_by = [int((matrix.sum(axis=0) == k).sum()) for k in range(m + 1)]
    assert _approx(f.krippendorff_alpha_binary(coded_by), _alpha_reference(matrix))


def test_unitized_alpha_with_one_character_units_is_nominal_alpha() -> None:
    """S = Σ l² + n_0 = n when every unit is one character, so n² − S = n(n − 1)."""
    coded_by = [5, 3, 2]
    units = 3 + 2 * 2  # coded values, each its own unit of length 1
    assert f.unitized_alpha_binary(coded_by, units) == f.krippendorff_alpha_binary(coded_by)


def test_undefined_statistics_are_none_never_one() -> None:
    nobody = [10, 0, 0]
    everybody = [0, 0, 10]
    for table in (nobody, everybody):
        assert f.krippendorff_alpha_binary(table) is None
        assert f.unitized_alpha_binary(table, 0 if table is nobody else 200) is None
        assert f.fleiss_kappa_binary(table) is None
    # Nobody coded anything: agreement would be a vacuous 100%, so it is undefined too.
    assert f.mean_pairwise_agreement(nobody) is None
    # Everybody coded everything: the coders really agree on every character.
    assert f.mean_pairwise_agreement(everybody) == 1.0
    assert f.cohen_kappa(0, 0, 0, 10) is None
    assert f.cohen_kappa(10, 0, 0, 0) is None
    assert f.cohen_kappa(0, 0, 0, 0) is None
    assert f.percent_agreement(0, 0) is None
    assert f.segment_agreement(0, 0) is None


# -- spans: hand-computed cases ------------------------------------------------------


def test_identical_coders_agree_perfectly() -> None:
    spans = [("d", "c", 2, 9), ("d", "c", 12, 20), ("e", "c", 0, 4), ("e", "k", 3, 8)]
    report = agreement_from_spans({"a": spans, "b": list(spans)}, {"d": 30, "e": 10})
    for s in [*(r.stats for r in report.codes), *(d.stats for d in report.documents), report.overall]:
        assert s.percent_agreement == 1.0
        assert s.cohen_kappa == 1.0
        assert s.krippendorff_alpha == 1.0
        assert s.unitized_alpha == 1.0
        assert s.segment_agreement == 1.0
    assert report.notes == ()


def test_disjoint_coders_halves() -> None:
    """N = 10, A codes [0, 5), B codes [5, 10).

    p_o = 0, p_a = p_b = 0.5, p_e = 0.25 + 0.25 = 0.5, κ = (0 − 0.5)/0.5 = −1.
    Alpha: n = 20, n_1 = n_0 = 10, o_01 = 10, α = 1 − 19·10/(10·10) = −0.9.
    |uα: S = 5² + 5² + n_0 = 60, α = 1 − (400 − 60)·10/(20·10·10) = −0.7.
    """
    s = agreement_from_spans({"a": [("d", "c", 0, 5)], "b": [("d", "c", 5, 10)]}, {"d": 10}).overall
    assert s.percent_agreement == 0.0
    assert s.cohen_kappa == -1.0
    assert s.krippendorff_alpha == pytest.approx(-0.9, abs=1e-15)
    assert s.unitized_alpha == pytest.approx(-0.7, abs=1e-15)
    assert s.segment_agreement == 0.0


def test_disjoint_small_segments() -> None:
    """N = 10, A codes [0, 2), B codes [5, 7): both 0, only_a 2, only_b 2, neither 6.

    p_o = 0.6, p_e = 0.2·0.2 + 0.8·0.8 = 0.68, κ = (0.6 − 0.68)/(1 − 0.68) = −0.25.
    α: n = 20, n_1 = 4, n_0 = 16, o_01 = 4, α = 1 − 19·4/(16·4) = −0.1875.
    """
    s = agreement_from_spans({"a": [("d", "c", 0, 2)], "b": [("d", "c", 5, 7)]}, {"d": 10}).overall
    assert s.percent_agreement == 0.6
    assert s.cohen_kappa == pytest.approx(-0.25, abs=1e-15)
    assert s.krippendorff_alpha == pytest.approx(-0.1875, abs=1e-15)


def test_hand_computed_partial_overlap() -> None:
    """N = 10, A codes [2, 6), B codes [3, 7): both = 3, only_a = only_b = 1, neither = 5.

    percent = 8/10 = 0.8. p_a = p_b = 0.4, p_e = 0.16 + 0.36 = 0.52,
    κ = (0.8 − 0.52)/(0.48) = 7/12 = 0.58333….
    Nominal α: n = 20, n_1 = 8, n_0 = 12, o_01 = 2, α = 1 − 19·2/(12·8) = 58/96 = 0.604166….
    |uα: one unit of 4 per coder, S = 16 + 16 + 12 = 44,
    α = 1 − (400 − 44)·2/(20·12·8) = 1 − 712/1920 = 151/240 = 0.629166….
    Segments: |A∩B|/|A∪B| = 3/5 = 0.6: no agreement at 0.9 (0.0), full agreement at 0.6 (1.0).
    """
    spans = {"a": [("d", "c", 2, 6)], "b": [("d", "c", 3, 7)]}
    s = agreement_from_spans(spans, {"d": 10}).overall
    assert s.percent_agreement == 0.8
    assert s.cohen_kappa == pytest.approx(7 / 12, abs=1e-15)
    assert s.krippendorff_alpha == pytest.approx(58 / 96, abs=1e-15)
    assert s.unitized_alpha == pytest.approx(151 / 240, abs=1e-15)
    assert s.segment_agreement == 0.0
    assert agreement_from_spans(spans, {"d": 10}, threshold=0.6).overall.segment_agreement == 1.0
    assert _unitized_reference([[(2, 6)], [(3, 7)]], 10) == pytest.approx(151 / 240, abs=1e-15)


def test_unitized_alpha_two_units_against_one() -> None:
    """N = 20. A codes [2, 8) and [10, 16); B codes [2, 16) (one long unit).

    both = 12, only_b = 2 ([8, 10)), neither = 6; n = 40, n_1 = 26, n_0 = 14, o_01 = 2.
    S = 6² + 6² + 14² + 14 = 282; |uα = 1 − (1600 − 282)·2/(40·14·26) = 1 − 2636/14560
    = 0.818956…; nominal α = 1 − 39·2/(14·26) = 0.785714….
    """
    spans = {"a": [("d", "c", 2, 8), ("d", "c", 10, 16)], "b": [("d", "c", 2, 16)]}
    s = agreement_from_spans(spans, {"d": 20}).overall
    assert s.unitized_alpha == pytest.approx(1 - 2636 / 14560, abs=1e-15)
    assert s.krippendorff_alpha == pytest.approx(1 - 78 / 364, abs=1e-15)
    assert _unitized_reference([[(2, 8), (10, 16)], [(2, 16)]], 20) == pytest.approx(s.unitized_alpha)


def test_krippendorff_2004_example_gives_a_different_value_from_the_1995_coefficient() -> None:
    """Krippendorff (2004, Content Analysis 2nd ed., p. 254), category c: continuum [150, 450),
    coder i units [225, 295) and [370, 400), coder j units [220, 300), [355, 375), [400, 420).

    DKPro Statistics' ``KrippendorffAlphaUnitizingAgreement`` (the 1995 αU, which INCEpTION
    uses) gives 0.7286 for c (its test ``Krippendorff2004Test.testCategoryAgreement``; we
    reproduced 0.728599 by running that class). The 2016 binary |uα reported here, on the
    same data shifted to start at 0: both 75, only_i 25, only_j 45, neither 155; n = 600,
    n_1 = 220, n_0 = 380, o_01 = 70, S = 70² + 30² + 80² + 20² + 20² + 380 = 13380;
    |uα = 1 − (360000 − 13380)·70/(600·380·220) = 1 − 24263400/50160000 = 0.516280….
    """
    spans = {
        "i": [("d", "c", 75, 145), ("d", "c", 220, 250)],
        "j": [("d", "c", 70, 150), ("d", "c", 205, 225), ("d", "c", 250, 270)],
    }
    s = agreement_from_spans(spans, {"d": 300}).overall
    assert s.characters() == {"both": 75, "only_a": 25, "only_b": 45, "neither": 155}
    assert s.unitized_alpha == pytest.approx(1 - 24263400 / 50160000, abs=1e-15)
    assert s.unitized_alpha == pytest.approx(
        _unitized_reference([[(75, 145), (220, 250)], [(70, 150), (205, 225), (250, 270)]], 300), abs=1e-12
    )
    assert round(s.unitized_alpha, 4) == 0.5163 != 0.7286
    assert round(s.krippendorff_alpha, 4) == 0.4984


def test_touching_codings_are_one_segment_unlike_dkpro_units() -> None:
    """B coded [10, 20) and [20, 30) as two touching codings; A coded [10, 30). Here they are one
    segment, so every coefficient is 1.0. DKPro's αU (what INCEpTION reports) keeps them as two
    units: we ran it on this study (continuum [0, 100)) and it gives 0.49537."""
    spans = {"a": [("d", "c", 10, 30)], "b": [("d", "c", 10, 20), ("d", "c", 20, 30)]}
    s = agreement_from_spans(spans, {"d": 100}).overall
    assert s.segments == (1, 1)
    assert s.unitized_alpha == s.cohen_kappa == s.segment_agreement == 1.0


def _qualcoder_kappa(both: int, only_a: int, only_b: int) -> float:
    """QualCoder's "kappa" (reports.py / report_compare_coder_file.py, written from its formula):
    units are only the characters some coder coded (U = a + b − both); P_o = both/U;
    P_e = (a/U)(b/U) × ((U − a)/U)((U − b)/U) — a product where Cohen has a sum."""
    a, b = both + only_a, both + only_b
    u = a + b - both
    p_o = Fraction(both, u)
    p_e = Fraction(a, u) * Fraction(b, u) * Fraction(u - a, u) * Fraction(u - b, u)
    return float((p_o - p_e) / (1 - p_e))


def test_qualcoder_kappa_is_a_different_formula() -> None:
    """N = 100, A codes [0, 20), B codes [10, 30): both 10, only_a 10, only_b 10, neither 70.

    Cohen: p_o = 0.8, p_e = 0.2·0.2 + 0.8·0.8 = 0.68, κ = 0.12/0.32 = 0.375.
    QualCoder: U = 30, P_o = 1/3, P_e = (4/9)(1/9) = 4/81, κ = (1/3 − 4/81)/(77/81) = 23/77 = 0.2987.
    """
    s = agreement_from_spans({"a": [("d", "c", 0, 20)], "b": [("d", "c", 10, 30)]}, {"d": 100}).overall
    assert s.cohen_kappa == pytest.approx(0.375, abs=1e-15)
    assert _qualcoder_kappa(10, 10, 10) == pytest.approx(23 / 77, abs=1e-15)
    assert s.percent_agreement == 0.8  # QualCoder's "Agree %" is the same (both + neither) / N


@pytest.mark.parametrize(
    ("b_end", "threshold", "agrees"),
    [
        (9, 0.9, True),  # 9/10 exactly at the threshold
        (9, 0.9000001, False),  # just above the overlap
        (9, 0.8999999, True),  # just below the overlap
        (8, 0.9, False),  # 8/10 below
        (10, 0.9, True),  # identical
        (91, 0.9, True),  # 91/100 just above 0.9 (segment of 100)
        (89, 0.9, False),  # 89/100 just below
    ],
)
def test_segment_agreement_at_the_threshold(b_end: int, threshold: float, agrees: bool) -> None:
    """A has [0, 10) (or [0, 100) for the long cases); B has [0, b_end): overlap = IoU."""
    a_end = 100 if b_end > 10 else 10
    spans = {"a": [("d", "c", 0, a_end)], "b": [("d", "c", 0, b_end)]}
    s = agreement_from_spans(spans, {"d": 200}, threshold=threshold).overall
    assert s.segment_agreement == (1.0 if agrees else 0.0)
    assert s.segments == (1, 1)


def test_segment_agreement_counts_segments_of_both_coders() -> None:
    """A: [0,10) and [20,30); B: [0,10) only. Matched: A's first and B's one → 2 of 3."""
    spans = {"a": [("d", "c", 0, 10), ("d", "c", 20, 30)], "b": [("d", "c", 0, 10)]}
    s = agreement_from_spans(spans, {"d": 40}).overall
    assert s.segment_agreement == pytest.approx(2 / 3)
    assert s.matched == (1, 1)


def test_overlapping_and_touching_codings_form_one_segment() -> None:
    spans = {"a": [("d", "c", 0, 6), ("d", "c", 4, 8), ("d", "c", 8, 10)], "b": [("d", "c", 0, 10)]}
    s = agreement_from_spans(spans, {"d": 20}).overall
    assert s.segments == (1, 1)
    assert s.segment_agreement == 1.0
    assert s.cohen_kappa == 1.0


def test_a_code_nobody_used_is_null_with_a_note_never_one() -> None:
    """No coder applied "unused": percent agreement would be a vacuous 100% (every character
    left uncoded by everyone), so every statistic of that row is null, one note says why."""
    spans = {"a": [("d", "c", 0, 5)], "b": [("d", "c", 0, 5)]}
    report = agreement_from_spans(spans, {"d": 10}, codes=["c", "unused"])
    row = report.code("unused")
    for name in (
        "percent_agreement",
        "cohen_kappa",
        "krippendorff_alpha",
        "unitized_alpha",
        "segment_agreement",
    ):
        assert getattr(row.stats, name) is None, name
    assert row.stats.characters() == {"both": 0, "only_a": 0, "only_b": 0, "neither": 10}
    [note] = [str(n) for n in report.notes if "for code unused" in str(n)]
    assert "percent_agreement" in note and "segment_agreement" in note and "no coder applied it" in note
    assert "left out of overall" in note
    assert report.to_json()["codes"][1]["percent_agreement"] is None


def test_listing_an_unused_code_does_not_change_overall() -> None:
    """Pooling an unused code would add N "neither" units per code: percent agreement and
    kappa would rise with every unused code listed. The pooled rows skip such codes."""
    spans = {"a": [("d", "c", 0, 5), ("d", "k", 0, 2)], "b": [("d", "c", 0, 6), ("e", "k", 5, 7)]}
    lengths = {"d": 10, "e": 8}
    used = agreement_from_spans(spans, lengths, codes=["c", "k"]).to_json()
    listed = agreement_from_spans(spans, lengths, codes=["c", "k", "unused", "other"]).to_json()
    assert listed["overall"] == used["overall"]
    assert listed["documents_detail"] == used["documents_detail"]
    assert [c["code"] for c in listed["codes"]] == ["c", "k", "unused", "other"]
    assert any("2 listed codes nobody applied" in n and "unused, other" in n for n in listed["notes"])


def test_a_document_nobody_coded_is_null_not_one() -> None:
    """A chosen document without any coding of the compared codes: nothing to agree on."""
    spans = {"a": [("d", "c", 0, 5)], "b": [("d", "c", 2, 5)]}
    report = agreement_from_spans(spans, {"d": 10, "blank": 20})
    blank = report.document("blank").stats
    assert blank.percent_agreement is None and blank.cohen_kappa is None
    assert report.document("d").stats.percent_agreement == 0.8
    assert any("blank" in n and "no coder applied" in n for n in map(str, report.notes))


def test_three_coder_pairs_where_neither_coder_used_the_code_are_null_with_a_note() -> None:
    """a and b code c; x codes only k. For code k the pair (a, b) coded nothing: null, not 1.0.
    A pair's pooled row skips the codes neither of the two applied, so each pair equals the
    two-coder run of those two coders."""
    spans = {"a": [("d", "c", 0, 4)], "b": [("d", "c", 1, 4)], "x": [("d", "k", 6, 9)]}
    report = agreement_from_spans(spans, {"d": 10}, codes=["c", "k"])
    pairs = {p.coders: p for p in report.code("k").stats.pairs}
    ab = pairs["a", "b"]
    for name in (
        "percent_agreement",
        "cohen_kappa",
        "krippendorff_alpha",
        "unitized_alpha",
        "segment_agreement",
    ):
        assert getattr(ab, name) is None, name
    assert pairs["a", "x"].percent_agreement == 0.7
    assert any(
        "code k" in n and "(a, b)" in n and "neither coder of the pair" in n for n in map(str, report.notes)
    )
    data = report.to_json()["codes"][1]["pairs"]
    assert data[0]["coders"] == ["a", "b"] and data[0]["percent_agreement"] is None
    for pair in report.overall.pairs:
        alone = agreement_from_spans({c: spans[c] for c in pair.coders}, {"d": 10}, codes=["c", "k"])
        assert pair.percent_agreement == alone.overall.percent_agreement
        assert pair.cohen_kappa == alone.overall.cohen_kappa
    assert {p.coders: p for p in report.overall.pairs}["a", "b"].percent_agreement == 0.9  # code c only


def test_everything_coded_by_both_is_undefined_not_one() -> None:
    report = agreement_from_spans({"a": [("d", "c", 0, 10)], "b": [("d", "c", 0, 10)]}, {"d": 10})
    s = report.overall
    assert s.percent_agreement == 1.0 and s.segment_agreement == 1.0
    assert s.cohen_kappa is None and s.krippendorff_alpha is None and s.unitized_alpha is None
    assert any("every coder coded every character" in n for n in map(str, report.notes))


def test_empty_sub_corpus() -> None:
    report = agreement_from_spans({"a": [], "b": []}, {})
    assert report.overall.percent_agreement is None
    assert report.codes == () and report.documents == ()
    assert report.notes and "empty" in str(report.notes[0])


def test_pooled_overall_sums_tables_over_codes() -> None:
    """Two codes on N = 10: code c identical [0, 5); code k A [0, 2), B [5, 7).

    Pooled units = 20 (character, code) pairs: both 5, only_a 2, only_b 2, neither 11.
    p_o = 16/20 = 0.8, p_a = p_b = 7/20, p_e = 0.1225 + 0.4225 = 0.545,
    κ = (0.8 − 0.545)/0.455 = 0.56044.
    """
    spans = {"a": [("d", "c", 0, 5), ("d", "k", 0, 2)], "b": [("d", "c", 0, 5), ("d", "k", 5, 7)]}
    s = agreement_from_spans(spans, {"d": 10}).overall
    assert s.characters() == {"both": 5, "only_a": 2, "only_b": 2, "neither": 11}
    assert s.percent_agreement == 0.8
    assert s.cohen_kappa == pytest.approx(0.255 / 0.455, abs=1e-12)


def test_three_coders_fleiss_and_pairs() -> None:
    """N = 10; A [0, 4), B [0, 4), C [0, 2): h_0 = 6, h_2 = 2, h_3 = 2.

    P̄ = (6·6 + 2·2 + 2·6)/(10·3·2) = 52/60; p = (2·2 + 2·3)/30 = 1/3;
    P̄_e = 1/9 + 4/9 = 5/9; κ = (52/60 − 5/9)/(4/9) = 0.7.
    """
    spans = {"a": [("d", "c", 0, 4)], "b": [("d", "c", 0, 4)], "x": [("d", "c", 0, 2)]}
    report = agreement_from_spans(spans, {"d": 10})
    s = report.overall
    assert s.coded_by == (6, 0, 2, 2)
    assert s.percent_agreement == pytest.approx(52 / 60, abs=1e-15)
    assert s.fleiss_kappa == pytest.approx(0.7, abs=1e-15)
    assert s.cohen_kappa is None
    assert [p.coders for p in s.pairs] == [("a", "b"), ("a", "x"), ("b", "x")]
    assert s.pairs[0].cohen_kappa == 1.0
    assert s.percent_agreement == pytest.approx(np.mean([p.percent_agreement for p in s.pairs]))
    assert any("cohen_kappa is defined for two coders only" in n for n in map(str, report.notes))
    data = report.to_json()
    assert data["overall"]["fleiss_kappa"] == s.fleiss_kappa
    assert data["codes"][0]["characters"] == {"0": 6, "1": 0, "2": 2, "3": 2}
    assert len(data["codes"][0]["pairs"]) == 3


def test_disagreement_spans_exact() -> None:
    spans = {"a": [("d", "c", 2, 6), ("e", "c", 0, 3)], "b": [("d", "c", 3, 7), ("d", "k", 0, 1)]}
    got = disagreements_from_spans(spans, {"d": 10, "e": 5}, codes=["c", "k"])
    assert [(x.document, x.code, x.start, x.end, x.coders_with, x.coders_without) for x in got] == [
        ("d", "k", 0, 1, ("b",), ("a",)),
        ("d", "c", 2, 3, ("a",), ("b",)),
        ("d", "c", 6, 7, ("b",), ("a",)),
        ("e", "c", 0, 3, ("a",), ("b",)),
    ]
    full = disagreements_from_spans(spans, {"d": 10, "e": 5}, include_agreements=True)
    assert [(x.start, x.end, x.agreed) for x in full if x.document == "d" and x.code == "c"] == [
        (2, 3, False),
        (3, 6, True),
        (6, 7, False),
    ]


# -- spans: random cases against brute force --------------------------------------------

CODES = ("c", "k")


@st.composite
def corpora(draw: st.DrawFn) -> tuple[dict[str, int], dict[str, list[tuple[str, str, int, int]]], float]:
    docs = {f"d{i}": draw(st.integers(1, 25)) for i in range(draw(st.integers(1, 3)))}
    m = draw(st.integers(2, 3))
    spans = {}
    for i in range(m):
        items = []
        for _ in range(draw(st.integers(0, 5))):
            doc = draw(st.sampled_from(sorted(docs)))
            start = draw(st.integers(0, docs[doc] - 1))
            end = draw(st.integers(start + 1, docs[doc]))
            items.append((doc, draw(st.sampled_from(CODES)), start, end))
        spans[f"coder{i}"] = items
    threshold = draw(st.sampled_from([0.5, 0.6, 0.75, 0.9, 1.0]))
    return docs, spans, threshold


def _percent_reference(matrix: np.ndarray) -> float | None:
    """Mean pairwise share of agreeing characters; undefined when nobody coded anything."""
    m = matrix.shape[0]
    if matrix.shape[1] == 0 or not matrix.any():
        return None
    return float(np.mean([np.mean(matrix[i] == matrix[j]) for i, j in itertools.combinations(range(m), 2)]))


def _check_stats(
    stats,
    matrix: np.ndarray,
    runs: list[list[tuple[str, int, int]]],
    threshold: float,
    unitized: float | None,
) -> None:
    m = matrix.shape[0]
    assert _approx(stats.percent_agreement, _percent_reference(matrix))
    if m == 2:
        assert _approx(stats.cohen_kappa, _kappa_reference(matrix[0], matrix[1]))
    else:
        assert _approx(stats.fleiss_kappa, _fleiss_reference(matrix))
    assert _approx(stats.krippendorff_alpha, _alpha_reference(matrix))
    assert _approx(stats.unitized_alpha, unitized)
    assert _approx(stats.segment_agreement, _segment_reference(runs, threshold))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpora())
def test_random_spans_match_per_character_references(case) -> None:
    """Per code, per document and pooled, against per-character references.

    The pooled rows (overall, per document) take the codes some coder applied anywhere
    in the sub-corpus; a code nobody applied would only add agreeing "neither" units."""
    docs, spans, threshold = case
    report = agreement_from_spans(spans, docs, codes=list(CODES), threshold=threshold)
    coders = list(spans)
    total = sum(docs.values())
    pooled_matrix, pooled_runs, pooled_unit_lists = [], [[] for _ in coders], [[] for _ in coders]
    used = []
    for code in CODES:
        matrix = np.array([_coverage(spans[c], code, docs) for c in coders])
        runs = [_doc_runs(spans[c], code, docs) for c in coders]
        # Units on the concatenated continuum of this code (documents laid end to end).
        offsets = dict(zip(docs, np.cumsum([0, *docs.values()])[:-1].tolist(), strict=True))
        units = [[(offsets[d] + s, offsets[d] + e) for d, s, e in r] for r in runs]
        _check_stats(report.code(code).stats, matrix, runs, threshold, _unitized_reference(units, total))
        if not matrix.any():
            continue
        ci = len(used)
        used.append(code)
        pooled_matrix.append(matrix)
        for i in range(len(coders)):
            pooled_runs[i] += [(f"{code}/{d}", s, e) for d, s, e in runs[i]]
            pooled_unit_lists[i] += [(ci * total + s, ci * total + e) for s, e in units[i]]
    pooled = np.concatenate(pooled_matrix, axis=1) if used else np.zeros((len(coders), 0), dtype=int)
    _check_stats(
        report.overall,
        pooled,
        pooled_runs,
        threshold,
        _unitized_reference(pooled_unit_lists, total * len(used)),
    )
    for doc, length in docs.items():
        parts = [np.array([_coverage(spans[c], code, {doc: length}) for c in coders]) for code in used]
        matrix = np.concatenate(parts, axis=1) if parts else np.zeros((len(coders), 0), dtype=int)
        row = report.document(doc).stats
        assert _approx(row.krippendorff_alpha, _alpha_reference(matrix))
        assert _approx(row.percent_agreement, _percent_reference(matrix))
        assert row.units == length * len(used)
    for pair in report.overall.pairs:  # three coders: each pair as its own two-coder run
        alone = agreement_from_spans(
            {c: spans[c] for c in pair.coders}, docs, codes=list(CODES), threshold=threshold
        ).overall
        assert pair.coders == tuple(c for c in coders if c in pair.coders)
        for name in (
            "percent_agreement",
            "cohen_kappa",
            "krippendorff_alpha",
            "unitized_alpha",
            "segment_agreement",
        ):
            assert getattr(pair, name) == getattr(alone, name)


@settings(max_examples=150, deadline=None)
@given(corpora())
def test_random_disagreements_match_per_character_masks(case) -> None:
    docs, spans, _ = case
    coders = list(spans)
    got = disagreements_from_spans(spans, docs, codes=list(CODES), include_agreements=True)
    expected = []
    for doc, length in docs.items():
        for code in CODES:
            cover = np.array([_coverage(spans[c], code, {doc: length}) for c in coders])
            pieces, start = [], 0
            for x in range(1, length + 1):
                if x == length or (cover[:, x] != cover[:, start]).any():
                    if cover[:, start].any():
                        pieces.append((start, x, tuple(c for i, c in enumerate(coders) if cover[i, start])))
                    start = x
            expected += [(doc, s, e, code, w) for s, e, w in pieces]
    key = {d: i for i, d in enumerate(docs)}
    expected.sort(key=lambda t: (key[t[0]], t[1], CODES.index(t[3])))
    assert [(x.document, x.start, x.end, x.code, x.coders_with) for x in got] == expected
    for x in got:
        assert set(x.coders_with) | set(x.coders_without) == set(coders)
    only = disagreements_from_spans(spans, docs, codes=list(CODES))
    assert only == [x for x in got if not x.agreed]


# -- the store entry points ---------------------------------------------------------------


@pytest.fixture
def coders(store: ProjectStore) -> tuple[Coder, Coder, Coder]:
    return store.ensure_coder("mina"), store.ensure_coder("jun"), store.ensure_coder("sol")


def _code(store: ProjectStore, doc: Document, code: str, coder: Coder, start: int, end: int) -> None:
    ApplyCode(document=doc.guid, start=start, end=end, code=code, coder=coder.guid).apply(store)


def test_store_default_sub_corpus_is_documents_either_coder_coded(
    store: ProjectStore, add_text: Callable[..., Document], add_code: Callable[..., str], coders
) -> None:
    mina, jun, sol = coders
    group = add_code("Control")
    debt = add_code("Debt", parent=group)
    d1 = add_text("가" * 10, "one.txt")
    d2 = add_text("b" * 20, "two.txt")
    d3 = add_text("c" * 30, "three.txt")  # only sol coded it
    add_text("d" * 40, "four.txt")  # nobody coded it
    _code(store, d1, debt, mina, 0, 5)
    _code(store, d2, debt, jun, 0, 5)
    _code(store, d3, debt, sol, 0, 5)

    report = agreement(store, ["mina", "jun"])
    assert [d.name for d in report.documents] == ["one.txt", "two.txt"]
    assert report.characters == 30
    row = report.code("Control/Debt")
    assert row.guid == debt
    assert row.stats.characters() == {"both": 0, "only_a": 5, "only_b": 5, "neither": 20}

    explicit = agreement(store, ["mina", "jun"], documents=[d1.guid, d2.guid, d3.guid])
    assert explicit.characters == 60
    assert explicit.code(debt).stats.coded_by[0] == 50

    data = report.to_json()
    assert set(data) == {
        "coders",
        "documents",
        "characters",
        "threshold",
        "unit",
        "subcorpus",
        "include_subcodes",
        "codes",
        "documents_detail",
        "overall",
        "notes",
    }
    assert data["coders"] == ["mina", "jun"] and data["documents"] == 2 and data["unit"] == "character"
    assert data["codes"][0]["code"] == "Control/Debt"
    assert set(data["codes"][0]) == {
        "code",
        "guid",
        "percent_agreement",
        "cohen_kappa",
        "krippendorff_alpha",
        "unitized_alpha",
        "segment_agreement",
        "segments",
        "characters",
        "fields",  # agreement on typed values (issue 10): an empty list for a code without fields
    }
    assert data["codes"][0]["segments"] == {"mina": 1, "jun": 1}
    assert data["codes"][0]["fields"] == []
    assert data["documents_detail"][0]["document"] == "one.txt"


def test_store_subcorpus_coded_by_all(
    store: ProjectStore, add_text: Callable[..., Document], add_code: Callable[..., str], coders
) -> None:
    """``coded-by-all``: only documents in which every chosen coder applied some code (any code),
    so a document one coder never reached does not count as that coder's "no" everywhere."""
    mina, jun, sol = coders
    debt = add_code("Debt")
    other = add_code("Other")
    both = add_text("a" * 10, "both.txt")
    only_mina = add_text("b" * 20, "only-mina.txt")
    other_code = add_text("c" * 30, "other-code.txt")  # jun used a different code here: still coded
    add_text("d" * 40, "nobody.txt")
    _code(store, both, debt, mina, 0, 5)
    _code(store, both, debt, jun, 0, 4)
    _code(store, only_mina, debt, mina, 0, 5)
    _code(store, other_code, debt, mina, 0, 5)
    _code(store, other_code, other, jun, 10, 15)
    _code(store, only_mina, debt, sol, 0, 5)  # sol is not compared

    any_ = agreement(store, ["mina", "jun"])
    assert [d.name for d in any_.documents] == ["both.txt", "only-mina.txt", "other-code.txt"]
    assert any_.subcorpus == "coded-by-any"
    every = agreement(store, ["mina", "jun"], subcorpus="coded-by-all")
    assert [d.name for d in every.documents] == ["both.txt", "other-code.txt"]
    assert every.characters == 40
    assert every.code(debt).stats.characters() == {"both": 4, "only_a": 6, "only_b": 0, "neither": 30}
    data = every.to_json()
    assert data["subcorpus"] == "coded-by-all"
    with pytest.raises(UsageError):
        agreement(store, ["mina", "jun"], subcorpus="everything")
    with pytest.raises(UsageError):
        agreement(store, ["mina", "jun"], subcorpus="coded-by-all", documents=[both.guid])
    nobody_shared = agreement(store, ["mina", "sol", "jun"], subcorpus="coded-by-all")
    assert nobody_shared.documents == ()
    assert any("no document that every chosen coder coded" in n for n in map(str, nobody_shared.notes))


def test_store_listed_unused_code_leaves_overall_unchanged(
    store: ProjectStore, add_text: Callable[..., Document], add_code: Callable[..., str], coders
) -> None:
    mina, jun, _ = coders
    debt = add_code("Debt")
    add_code("Unused")
    doc = add_text("x" * 40)
    _code(store, doc, debt, mina, 0, 10)
    _code(store, doc, debt, jun, 5, 10)
    alone = agreement(store, ["mina", "jun"], codes=["Debt"]).to_json()
    listed = agreement(store, ["mina", "jun"], codes=["Debt", "Unused"]).to_json()
    assert listed["overall"] == alone["overall"]
    assert listed["codes"][1]["percent_agreement"] is None


def test_store_roll_up_counts_a_leaf_under_each_ancestor(
    store: ProjectStore, add_text: Callable[..., Document], add_code: Callable[..., str], coders
) -> None:
    """With sub-codes rolled up, a coding of Control/Debt counts in the Debt row and in the
    Control row; the pooled row sums rows, so those characters count once per row."""
    mina, jun, _ = coders
    group = add_code("Control")
    debt = add_code("Debt", parent=group)
    doc = add_text("x" * 40)
    _code(store, doc, debt, mina, 0, 10)
    _code(store, doc, debt, jun, 0, 10)
    rolled = agreement(store, ["mina", "jun"], include_subcodes=True)
    assert [r.path for r in rolled.codes] == ["Control", "Control/Debt"]
    assert rolled.overall.characters() == {"both": 20, "only_a": 0, "only_b": 0, "neither": 60}
    assert rolled.overall.units == 80


def test_store_codes_default_explicit_and_roll_up(
    store: ProjectStore, add_text: Callable[..., Document], add_code: Callable[..., str], coders
) -> None:
    mina, jun, _ = coders
    group = add_code("Control")
    debt = add_code("Debt", parent=group)
    threats = add_code("Threats", parent=group)
    unused = add_code("Unused")
    doc = add_text("x" * 40)
    _code(store, doc, debt, mina, 0, 10)
    _code(store, doc, threats, jun, 0, 10)  # same passage, sibling code
    _code(store, doc, threats, mina, 20, 30)
    _code(store, doc, threats, jun, 20, 30)

    plain = agreement(store, ["mina", "jun"])
    assert [r.path for r in plain.codes] == ["Control/Debt", "Control/Threats"]
    assert plain.code(debt).stats.cohen_kappa == 0.0  # jun never used Debt: κ = 0, not undefined

    rolled = agreement(store, ["mina", "jun"], include_subcodes=True)
    assert [r.path for r in rolled.codes] == ["Control", "Control/Debt", "Control/Threats"]
    parent = rolled.code(group).stats
    assert parent.characters() == {"both": 20, "only_a": 0, "only_b": 0, "neither": 20}
    assert parent.cohen_kappa == 1.0 and parent.segment_agreement == 1.0
    assert rolled.to_json()["include_subcodes"] is True

    chosen = agreement(store, ["mina", "jun"], codes=[unused, "Control/Debt"])
    assert [r.path for r in chosen.codes] == ["Unused", "Control/Debt"]
    assert chosen.code(unused).stats.cohen_kappa is None
    assert any("Unused" in n for n in map(str, chosen.notes))


def test_store_disagreements(
    store: ProjectStore, add_text: Callable[..., Document], add_code: Callable[..., str], coders
) -> None:
    mina, jun, sol = coders
    debt = add_code("Debt")
    doc = add_text("그는 식당 일이라고 말했다. 𠀀 마을에서 😀 팔려 갔다.", "k.txt")
    _code(store, doc, debt, mina, 0, 8)
    _code(store, doc, debt, jun, 3, 8)
    _code(store, doc, debt, sol, 20, 24)
    got = disagreements(store, ["mina", "jun"])
    assert got == [Disagreement(doc.guid, "k.txt", debt, "Debt", 0, 3, ("mina",), ("jun",))]
    three = disagreements(store, ["mina", "jun", "sol"])
    assert [(x.start, x.end, x.coders_with) for x in three] == [
        (0, 3, ("mina",)),
        (3, 8, ("mina", "jun")),
        (20, 24, ("sol",)),
    ]
    assert three[1].coders_without == ("sol",)
    assert three[0].to_json()["code"] == "Debt"


def test_store_errors(store: ProjectStore, add_code: Callable[..., str], coders) -> None:
    with pytest.raises(UsageError):
        agreement(store, ["mina"])
    with pytest.raises(UsageError):
        agreement(store, ["mina", "mina"])
    with pytest.raises(NotFound):
        agreement(store, ["mina", "nobody"])
    with pytest.raises(UsageError):
        agreement(store, ["mina", "jun"], threshold=0)
    with pytest.raises(UsageError):
        agreement(store, ["mina", "jun"], threshold=90)
    with pytest.raises(UnknownCode):
        agreement(store, ["mina", "jun"], codes=["No/Such"])
    with pytest.raises(NotFound):
        agreement(store, ["mina", "jun"], documents=["not-a-guid"])


def test_progress_and_cancel(
    store: ProjectStore, add_text: Callable[..., Document], add_code: Callable[..., str], coders
) -> None:
    mina, jun, _ = coders
    debt = add_code("Debt")
    doc = add_text("x" * 20)
    _code(store, doc, debt, mina, 0, 5)
    _code(store, doc, debt, jun, 0, 5)
    calls: list[tuple[int, int, str]] = []
    agreement(store, ["mina", "jun"], progress=lambda d, t, label: calls.append((d, t, label)))
    assert calls[-1] == (calls[-1][1], calls[-1][1], "done")
    assert [d for d, _, _ in calls] == sorted(d for d, _, _ in calls)
    assert all(t == calls[0][1] for _, t, _ in calls)
    with pytest.raises(Cancelled):
        agreement(store, ["mina", "jun"], cancelled=lambda: True)
    seen = []
    with pytest.raises(Cancelled):
        agreement(
            store, ["mina", "jun"], progress=lambda *a: seen.append(a), cancelled=lambda: len(seen) >= 3
        )
    with pytest.raises(Cancelled):
        disagreements(store, ["mina", "jun"], cancelled=lambda: True)
