"""From coders' spans to tallies, statistics, notes and disagreement passages (no store access).

The work is done once for the whole sub-corpus: every coder's spans are
placed on one global line (:class:`~.intervals.Layout`), merged, and swept;
per-(code, document) integer tallies come out of ``np.add.at``; per code, per
document and overall figures are sums of those tallies, fed to the exact
formulas in :mod:`.formulas`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from . import formulas as f
from .intervals import INT, Layout, group_sum, merge, overlaps, popcount, sweep
from .notes import AgreementNote, kappa_of
from .report import AgreementReport, CodeAgreement, Disagreement, DocumentAgreement, PairStats, Stats
from .selection import (
    IsCancelled,
    Progress,
    Selection,
    Span,
    Steps,
    check_coders,
    check_threshold,
)


def _runs(sel: Selection, layout: Layout) -> list[tuple[np.ndarray, np.ndarray]]:
    """Each coder's merged coverage on the global line."""
    return [merge(*layout.place(*arrays)) for arrays in sel.spans]


@dataclass(frozen=True, eq=False)
class _Tallies:
    """Integer counts per (code, document) group: arrays shaped (G, ...) with G = C·D."""

    units: np.ndarray  # (G,) characters
    coded_by: np.ndarray  # (G, m+1)
    covered: np.ndarray  # (G, m)
    segments: np.ndarray  # (G, m)
    squares: np.ndarray  # (G, m) Σ segment length²
    both: np.ndarray  # (G, m, m) characters coded by coder i and coder j
    matched: np.ndarray  # (G, m, m) segments of i matched by a segment of j

    def reshape(self, codes: int, docs: int) -> _Tallies:
        return _Tallies(*(a.reshape(codes, docs, *a.shape[1:]) for a in self._arrays()))

    def _arrays(self) -> tuple[np.ndarray, ...]:
        return (self.units, self.coded_by, self.covered, self.segments, self.squares, self.both, self.matched)

    def total(self, axis: int | tuple[int, ...]) -> _Tallies:
        return _Tallies(*(a.sum(axis=axis) for a in self._arrays()))

    def row(self, index: int | tuple[int, ...]) -> _Tallies:
        return _Tallies(*(a[index] for a in self._arrays()))


def _tally(sel: Selection, layout: Layout, threshold: float, step: Steps) -> _Tallies:
    m, size = len(sel.coders), layout.n_groups
    step("merging each coder's codings")
    runs = _runs(sel, layout)
    units = np.repeat(layout.lengths[None, :], layout.n_codes, axis=0).reshape(-1)
    covered = np.zeros((size, m), dtype=INT)
    segments = np.zeros((size, m), dtype=INT)
    squares = np.zeros((size, m), dtype=INT)
    groups = []
    for i, (s, e) in enumerate(runs):
        g = layout.group(s)
        groups.append(g)
        covered[:, i] = group_sum(g, e - s, size)
        segments[:, i] = group_sum(g, 1, size)
        squares[:, i] = group_sum(g, (e - s) ** 2, size)

    step("counting characters")
    start, length, mask = sweep(runs)
    count = popcount(mask, m)
    coded_by = np.zeros((size, m + 1), dtype=INT)
    if start.size:
        np.add.at(coded_by, (layout.group(start), count), length)
    coded_by[:, 0] = units - coded_by[:, 1:].sum(axis=1)

    step("matching segments")
    both = np.zeros((size, m, m), dtype=INT)
    matched = np.zeros((size, m, m), dtype=INT)
    for i in range(m):
        for j in range(i + 1, m):
            (si, ei), (sj, ej) = runs[i], runs[j]
            ai, bj, inter = overlaps(si, ei, sj, ej)
            pair = group_sum(groups[i][ai], inter, size)
            both[:, i, j] = both[:, j, i] = pair
            union = (ei - si)[ai] + (ej - sj)[bj] - inter
            good = inter / union >= threshold  # exact ties: both sides round the same rational
            hit_i = np.zeros(si.size, dtype=bool)
            hit_j = np.zeros(sj.size, dtype=bool)
            hit_i[ai[good]] = True
            hit_j[bj[good]] = True
            matched[:, i, j] = group_sum(groups[i][hit_i], 1, size)
            matched[:, j, i] = group_sum(groups[j][hit_j], 1, size)
    return _Tallies(units, coded_by, covered, segments, squares, both, matched)


def _pair(t: _Tallies, coders: tuple[str, ...], i: int, j: int) -> PairStats:
    n = int(t.units)
    both = int(t.both[i, j])
    a, b = int(t.covered[i]), int(t.covered[j])
    table = (n - a - b + both, a + b - 2 * both, both)
    squares = int(t.squares[i]) + int(t.squares[j])
    return PairStats(
        (coders[i], coders[j]),
        f.mean_pairwise_agreement(table),
        f.cohen_kappa(both, a - both, b - both, table[0]),
        f.krippendorff_alpha_binary(table),
        f.unitized_alpha_binary(table, squares),
        f.segment_agreement(int(t.matched[i, j] + t.matched[j, i]), int(t.segments[i] + t.segments[j])),
    )


def _pairs(m: int) -> list[tuple[int, int]]:
    return [(i, j) for i in range(m) for j in range(i + 1, m)]


def _stats(t: _Tallies, coders: tuple[str, ...], pair_tallies: Sequence[_Tallies] | None = None) -> Stats:
    """Coefficients of one (already summed) tally; the formulas are in :mod:`.formulas`.

    ``pair_tallies[k]`` is what pair k (in :func:`_pairs` order) is computed from when it
    differs from ``t``: pooled rows give each pair only the codes one of its two coders
    applied, so a pair's figures equal that pair's own two-coder run.
    """
    m = len(coders)
    coded_by = tuple(int(x) for x in t.coded_by)
    covered = tuple(int(x) for x in t.covered)
    segments = tuple(int(x) for x in t.segments)
    matched = tuple(int(x) for x in t.matched.sum(axis=1))
    kappa = None
    if m == 2:
        both = coded_by[2]
        kappa = f.cohen_kappa(both, covered[0] - both, covered[1] - both, coded_by[0])
    pairs: tuple[PairStats, ...] = ()
    if m > 2:
        sources = pair_tallies if pair_tallies is not None else [t] * (m * (m - 1) // 2)
        pairs = tuple(_pair(p, coders, i, j) for p, (i, j) in zip(sources, _pairs(m), strict=True))
    return Stats(
        units=int(t.units),
        coded_by=coded_by,
        covered=covered,
        segments=segments,
        matched=matched,
        percent_agreement=f.mean_pairwise_agreement(coded_by),
        cohen_kappa=kappa,
        fleiss_kappa=f.fleiss_kappa_binary(coded_by) if m > 2 else None,
        krippendorff_alpha=f.krippendorff_alpha_binary(coded_by),
        unitized_alpha=f.unitized_alpha_binary(coded_by, int(t.squares.sum())),
        segment_agreement=f.segment_agreement(sum(matched), (m - 1) * sum(segments)),
        pairs=pairs,
    )


def _notes(
    report_codes: list[CodeAgreement],
    docs: list[DocumentAgreement],
    overall: Stats,
    coders: tuple[str, ...],
    subcorpus: str,
) -> list[AgreementNote]:
    """Why each undefined statistic is undefined, and what the pooled rows leave out.

    A row nobody coded is undefined as a whole (its agreement would be a vacuous 100%); a
    row everyone coded in full keeps percent and segment agreement (1.0, real agreement)
    but has no kappa or alpha (no variation).
    """
    notes: list[AgreementNote] = []
    m = len(coders)
    if m > 2:
        notes.append(AgreementNote("two-coders-only", coders=m))
    if not docs:
        notes.append(
            AgreementNote("empty-coded-by-all" if subcorpus == "coded-by-all" else "empty-coded-by-any")
        )
        return notes
    if not report_codes:
        notes.append(AgreementNote("no-code"))
        return notes
    if sum(d.length for d in docs) == 0:
        notes.append(AgreementNote("no-text"))
        return notes
    unused = [row.path for row in report_codes if not any(row.stats.covered)]
    if len(unused) == len(report_codes):
        notes.append(AgreementNote("none-applied"))
    elif unused:
        notes.append(AgreementNote("unused-listed", names=tuple(unused)))
    kappa = kappa_of(m)
    for row in report_codes:
        s = row.stats
        if not any(s.covered):
            notes.append(AgreementNote("code-unused", code=row.path, kappa=kappa))
        elif s.krippendorff_alpha is None:
            notes.append(AgreementNote("code-flat", code=row.path, kappa=kappa))
        empty = tuple(p.coders for p in s.pairs if p.percent_agreement is None)
        if empty and any(s.covered):
            notes.append(AgreementNote("code-pairs", code=row.path, pairs=empty))
    empty = tuple(p.coders for p in overall.pairs if p.percent_agreement is None)
    if empty and any(overall.covered):
        notes.append(AgreementNote("overall-pairs", pairs=empty))
    nobody = tuple(d.name for d in docs if d.stats.units and not any(d.stats.covered))
    if nobody and any(overall.covered):
        notes.append(AgreementNote("documents-uncoded", names=nobody))
    flat = tuple(d.name for d in docs if any(d.stats.covered) and d.stats.krippendorff_alpha is None)
    if flat:
        notes.append(AgreementNote("documents-flat", names=flat))
    return notes


REPORT_STAGES = 4
DISAGREEMENT_STAGES = 2


def report_from_selection(
    sel: Selection,
    *,
    threshold: float = 0.9,
    include_subcodes: bool = False,
    subcorpus: str = "coded-by-any",
    step: Steps | None = None,
) -> AgreementReport:
    """Agreement of ``sel.coders`` per code, per document and pooled (see the package docstring).

    The pooled rows (overall and each document) sum the codes some chosen coder applied
    somewhere in the sub-corpus; each pair's pooled row sums the codes one of its two
    coders applied. A code nobody applied keeps its own (undefined) row, so listing it
    never changes a pooled figure.
    """
    check_coders(sel.coders)
    check_threshold(threshold)
    step = step or Steps(REPORT_STAGES, None, None)
    layout = Layout.build([n for _, _, n in sel.documents], len(sel.codes))
    n_codes, n_docs = len(sel.codes), len(sel.documents)
    m = len(sel.coders)
    grid = _tally(sel, layout, threshold, step).reshape(n_codes, n_docs)
    step("computing coefficients")
    per_code = grid.total(axis=1)
    used = per_code.covered.sum(axis=1) > 0
    pair_used = [(per_code.covered[:, i] + per_code.covered[:, j]) > 0 for i, j in _pairs(m)] if m > 2 else []
    pooled_docs = grid.row(used).total(axis=0)
    pair_docs = [grid.row(mask).total(axis=0) for mask in pair_used]
    codes = [CodeAgreement(g, p, _stats(per_code.row(c), sel.coders)) for c, (g, p) in enumerate(sel.codes)]
    docs = [
        DocumentAgreement(g, name, n, _stats(pooled_docs.row(d), sel.coders, [p.row(d) for p in pair_docs]))
        for d, (g, name, n) in enumerate(sel.documents)
    ]
    overall = _stats(pooled_docs.total(axis=0), sel.coders, [p.total(axis=0) for p in pair_docs])
    step.finish()
    return AgreementReport(
        coders=sel.coders,
        threshold=threshold,
        include_subcodes=include_subcodes,
        characters=int(layout.lengths.sum()),
        codes=tuple(codes),
        documents=tuple(docs),
        overall=overall,
        notes=tuple(_notes(codes, docs, overall, sel.coders, subcorpus)),
        subcorpus=subcorpus,
    )


def disagreements_from_selection(
    sel: Selection, *, include_agreements: bool = False, step: Steps | None = None
) -> list[Disagreement]:
    """Maximal passages where the set of coders covering a code changes, in document order.

    A passage is cut wherever any coder's coverage starts or ends, so each one
    has a single set of coders with the code. Passages every coder coded are
    included only when ``include_agreements`` is set.
    """
    check_coders(sel.coders)
    step = step or Steps(DISAGREEMENT_STAGES, None, None)
    layout = Layout.build([n for _, _, n in sel.documents], len(sel.codes))
    step("merging each coder's codings")
    start, length, mask = sweep(_runs(sel, layout))
    step("listing passages")
    full = (1 << len(sel.coders)) - 1
    if not include_agreements:
        keep = mask != full
        start, length, mask = start[keep], length[keep], mask[keep]
    code, doc, local = layout.locate(start)
    order = np.lexsort((code, local, doc))
    coders = sel.coders
    split: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    out = []
    for k in order.tolist():
        bits = int(mask[k])
        if bits not in split:
            split[bits] = (
                tuple(c for i, c in enumerate(coders) if bits >> i & 1),
                tuple(c for i, c in enumerate(coders) if not bits >> i & 1),
            )
        with_, without = split[bits]
        d, c, s = int(doc[k]), int(code[k]), int(local[k])
        out.append(
            Disagreement(
                sel.documents[d][0],
                sel.documents[d][1],
                sel.codes[c][0],
                sel.codes[c][1],
                s,
                s + int(length[k]),
                with_,
                without,
            )
        )
    step.finish()
    return out


def agreement_from_spans(
    spans: Mapping[str, Iterable[Span | tuple[str, str, int, int]]],
    lengths: Mapping[str, int],
    *,
    codes: Sequence[str] | None = None,
    names: Mapping[str, str] | None = None,
    threshold: float = 0.9,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> AgreementReport:
    """Agreement from plain spans, without a project file.

    ``spans`` maps each coder's name to its (document, code, start, end)
    spans; ``lengths`` gives every sub-corpus document's length, in order;
    ``codes`` (default: every code in the spans) fixes which codes are rows.
    """
    sel = Selection.from_spans(spans, lengths, codes=codes, names=names)
    return report_from_selection(sel, threshold=threshold, step=Steps(REPORT_STAGES, progress, cancelled))


def disagreements_from_spans(
    spans: Mapping[str, Iterable[Span | tuple[str, str, int, int]]],
    lengths: Mapping[str, int],
    *,
    codes: Sequence[str] | None = None,
    names: Mapping[str, str] | None = None,
    include_agreements: bool = False,
) -> list[Disagreement]:
    """Disagreement passages from plain spans (see :func:`disagreements_from_selection`)."""
    sel = Selection.from_spans(spans, lengths, codes=codes, names=names)
    return disagreements_from_selection(sel, include_agreements=include_agreements)
