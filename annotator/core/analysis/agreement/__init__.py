"""Inter-coder agreement: how far two or more coders who coded the same documents agree.

Entry points: :func:`agreement` (a report per code, per document and pooled;
``report.to_json()`` is the ``annotator agreement --json`` shape) and
:func:`disagreements` (the passages where coders differ, for the review
table). Both read the project once and compute with numpy over merged
intervals, never per character in Python. :func:`agreement_from_spans` and
:func:`disagreements_from_spans` do the same from plain spans, without a
project.

Units and sub-corpus
--------------------
The unit is the **character** (Unicode code point). The sub-corpus is a set of
documents taken as one concatenated text of N characters; by default
(``coded-by-any``), the documents in which any of the chosen coders applied
any code; with ``coded-by-all``, those in which every chosen coder applied
some code (so a document one coder never reached is not counted as that
coder's "not coded" everywhere). Every coder is taken to have read every
sub-corpus document (no missing values in v1). The
codes compared are, by default, the codes any chosen coder applied in the
sub-corpus (plus their ancestors when sub-codes are rolled up).

For a code c and a coder i, character x is *coded* when some coding of c by
i covers x. With ``include_subcodes`` a code's coverage is the union of its
own codings and those of all its descendants. A coder's codings of one code in
one document are merged into **segments**: maximal runs of coded characters
(overlapping or touching codings form one segment). Segments never cross a
document boundary.

Character table (two coders A and B, one code)
----------------------------------------------
``both``, ``only_a``, ``only_b``, ``neither`` count characters;
``N = both + only_a + only_b + neither``; ``a = both + only_a``,
``b = both + only_b``.

- ``percent_agreement = (both + neither) / N``.
- ``cohen_kappa = (p_o − p_e) / (1 − p_e)`` with ``p_o = (both + neither)/N``,
  ``p_e = p_a·p_b + (1 − p_a)(1 − p_b)``, ``p_a = a/N``, ``p_b = b/N``
  (Cohen 1960).

Three or more coders (m ≥ 3)
----------------------------
Let ``h_k`` be the number of characters coded by exactly k of the m coders.

- ``percent_agreement`` = mean over characters of the share of agreeing coder
  pairs = ``Σ_k h_k [k(k−1) + (m−k)(m−k−1)] / (N m (m−1))``, which equals the
  mean of the pairwise percent agreements.
- ``fleiss_kappa = (P̄ − P̄_e) / (1 − P̄_e)`` with P̄ the value above,
  ``p = Σ_k k h_k / (N m)``, ``P̄_e = p² + (1 − p)²`` (Fleiss 1971, two
  categories: coded / not coded).
- ``cohen_kappa`` is null (it is a two-coder statistic; a note says so); each
  code and the overall row carry ``pairs``: every pair's two-coder figures.
- ``fleiss_kappa`` and ``pairs`` appear only with three or more coders.

Krippendorff's alpha (nominal, ``krippendorff_alpha``)
------------------------------------------------------
Same character units, values 1 (coded) and 0, m coders, no missing values,
computed in closed form from the coincidence matrix:
``n = mN``, ``n_1 = Σ_k k h_k``, ``n_0 = n − n_1``,
``o_01 = Σ_k h_k k (m−k) / (m−1)`` (for two coders ``o_01 = only_a + only_b``);
``D_o = 2 o_01 / n``, ``D_e = 2 n_0 n_1 / (n (n−1))``,
``α = 1 − D_o/D_e = 1 − (n − 1) o_01 / (n_0 n_1)``. This is exactly what the
``krippendorff`` package computes on the m × N reliability matrix.

Unitized alpha (``unitized_alpha``, Krippendorff's |uα for one code)
--------------------------------------------------------------------
Each coder cuts each document into sections: segments (units of the code) and
gaps. Following Krippendorff (2019, Content Analysis 4th ed., §12.6.4, the
binary |uα) and Krippendorff, Mathet, Bouvry & Widlöcher (2016, Quality &
Quantity 50:2347–2364):

- observed coincidences are lengths of intersections of sections of different
  coders: ``o_01 = Σ_i Σ_j≠i |units_i ∩ gaps_j| / (m − 1)`` (the same number as
  above);
- expected coincidences pair every value with every other except values of
  the same unit, since a unit is one judgement: a unit of length l removes
  ``l²`` pairable pairs, a gap character only itself, so ``n(n−1)`` becomes
  ``n² − S`` with ``S = Σ_units l² + n_0``;
- ``|uα = 1 − (n² − S) · o_01 / (n · n_0 · n_1)``.

With every unit one character long (``S = n``) this is nominal alpha; longer
units mean fewer independent judgements, a larger expected disagreement and
so ``|uα ≥ α``. We implement this (2016/2019) definition rather than the 1995
one (position differences squared, expected disagreement from an
approximation over all section pairs) because it is the one ATLAS.ti and
Krippendorff's current text use, and it is fully determined by counts.

Segment agreement (``segment_agreement``, MAXQDA's measure)
-----------------------------------------------------------
A segment of coder A agrees when coder B has a segment of the same code in the
same document with ``overlap = |A ∩ B| / |A ∪ B| ≥ threshold`` (intersection
over union of the two segments; exactly at the threshold counts).
``segment_agreement = agreeing segments of A and of B / all segments of A and B``.
With m coders: ``Σ_i Σ_j≠i (segments of i matched in j) / ((m−1) · all segments)``.
``segments`` in the JSON gives each coder's segment count.

Pooled figures
--------------
``overall`` treats every (character, code) pair as a unit: the character
tables (and ``h_k``, unit lengths, segment counts) of the compared codes that
some chosen coder applied are summed, then the same formulas apply. It is a
summary of this program, not a published coefficient. A code nobody applied
is left out (it would only add agreeing "neither" units, so listing unused
codes would raise percent agreement and move kappa). With
``include_subcodes`` a parent's row already contains its children's coverage,
so a leaf's characters count once in its own row and once in each ancestor's.
``documents_detail`` pools the same codes within one document. With three or
more coders, each pair's pooled figures take the codes one of the two
applied, so they equal that pair's own two-coder run.

Undefined values
----------------
A statistic is ``None`` (JSON null) when there is nothing to measure, and a
note says why. A row no coder coded at all (a code nobody applied, a document
nobody coded, a pair of coders neither of whom applied the code) is undefined
as a whole, percent agreement included: its 100% would only count characters
everyone left alone. A row everyone coded in full keeps percent and segment
agreement (1.0: real agreement) but has no kappa or alpha (no variation). An
empty sub-corpus is undefined throughout. Never a misleading 1.0.

Arithmetic is exact: counts are integers, each coefficient is one
:class:`~fractions.Fraction` rounded once to a float.

Other programs
--------------
- NVivo (Coding Comparison query) reports, per code *and per document*,
  percent agreement and Cohen's kappa on characters — the formulas above. Its
  figure for a code across documents is an average of per-document values
  weighted by document length; ours pools the characters of the concatenated
  sub-corpus, which is not the same number when kappa differs by document.
- MAXQDA's "segments overlap by at least x%" is our ``segment_agreement``
  with ``threshold = x/100``; MAXQDA's kappa on segments (Brennan & Prediger)
  is not computed here.
- ATLAS.ti reports Krippendorff's α-family on the same continuum. Its
  α-binary for a semantic domain of one code is our ``unitized_alpha``; its
  cu-α / Cu-α measure which code *of a domain* was applied where coders both
  coded, a different question (domains are not modelled here).
- QualCoder's "Kappa" (coder comparison report) is a different formula: its
  units are only the characters some coder coded (``U = a + b − both``),
  ``P_o = both / U`` and ``P_e = (a/U)(b/U) · ((U−a)/U)((U−b)/U)`` — a product
  where Cohen has a sum, and without the characters neither coded. Its
  "Agree %" is our percent agreement.
- INCEpTION (through DKPro Statistics' ``KrippendorffAlphaUnitizingAgreement``)
  reports Krippendorff's 1995/2004 αU: squared differences of the begin and
  end positions of overlapping units, expected disagreement over all possible
  unitizations, touching units kept apart. It gives other values than the
  2016 |uα here (Krippendorff's 2004 worked example: 0.7286 there, 0.5163 here).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from annotator.core.codebook import CodeTree
from annotator.core.errors import NotFound, UnknownCode, UsageError
from annotator.core.messages import translate
from annotator.core.model import Coder
from annotator.core.store import ProjectStore

from .compute import (
    DISAGREEMENT_STAGES,
    REPORT_STAGES,
    agreement_from_spans,
    disagreements_from_selection,
    disagreements_from_spans,
    report_from_selection,
)
from .fields import (
    TOLERANCES,
    FieldAgreement,
    ValueDisagreement,
    field_agreement,
    value_disagreements_in,
    values_agree,
)
from .intervals import INT
from .notes import AgreementNote
from .report import AgreementReport, CodeAgreement, Disagreement, DocumentAgreement, PairStats, Stats
from .selection import (
    SUBCORPORA,
    IsCancelled,
    Progress,
    Selection,
    Span,
    Steps,
    check_coders,
    check_subcorpus,
    check_threshold,
)

__all__ = [
    "TOLERANCES",
    "AgreementNote",
    "AgreementReport",
    "CodeAgreement",
    "Disagreement",
    "DocumentAgreement",
    "FieldAgreement",
    "PairStats",
    "Span",
    "SUBCORPORA",
    "Stats",
    "ValueDisagreement",
    "agreement",
    "agreement_from_spans",
    "disagreements",
    "disagreements_from_spans",
    "value_disagreements",
    "values_agree",
]


def _select(
    store: ProjectStore,
    coders: Sequence[str],
    codes: Sequence[str] | None,
    documents: Sequence[str] | None,
    include_subcodes: bool,
    step: Steps,
    subcorpus: str = "coded-by-any",
) -> Selection:
    """Resolve names, the sub-corpus and the codes, and read each coder's codings once."""
    check_coders(coders)
    check_subcorpus(subcorpus, documents)
    people: list[Coder] = []
    for name in coders:
        coder = store.coder_by_name(name)
        if coder is None:
            raise NotFound(
                translate("CoreAnalysis", "no coder named {name!r} in this project").format(name=name)
            )
        same = next((p for p in people if p.guid == coder.guid), None)
        if same is not None:  # two spellings of one person: comparing them with themselves gives 1.0
            raise UsageError(
                translate(
                    "CoreAnalysis", "{name!r} and {name2!r} are the same coder; name each coder once"
                ).format(name=same.name, name2=name)
            )
        people.append(coder)
    tree = CodeTree(store.codes())
    known_codes = tree.by_guid
    every_doc = store.documents()
    if documents is not None:
        known = {d.guid for d in every_doc}
        missing = [g for g in documents if g not in known]
        if missing:
            raise NotFound(
                translate("CoreAnalysis", "no document with id {missing}").format(missing=missing[0])
            )
    readings = []
    for coder in people:
        step(f"reading {coder.name}'s codings")
        readings.append(store.coding_columns(coder.guid))

    coded = [
        {d for d, c in zip(documents, codes, strict=True) if c in known_codes}
        for documents, codes, _, _ in readings
    ]
    if documents is not None:
        wanted = set(documents)
    elif subcorpus == "coded-by-all":
        wanted = set.intersection(*coded)
    else:
        wanted = set.union(*coded)
    docs = [d for d in every_doc if d.guid in wanted]
    doc_index = {d.guid: i for i, d in enumerate(docs)}

    if codes is None:
        used = {
            c
            for documents, codes_of, _, _ in readings
            for d, c in zip(documents, codes_of, strict=True)
            if d in doc_index and c in known_codes
        }
        if include_subcodes:
            used |= {a for g in list(used) for a in tree.ancestors(g)}
        selected = [code.guid for _, code in tree.walk() if code.guid in used]
    else:
        selected = []
        for key in codes:
            code = tree.by_guid.get(key) or tree.find_or_none(key)
            if code is None:
                raise UnknownCode(
                    translate("CoreAnalysis", "no code {key!r} in the codebook").format(key=key)
                )
            if code.guid not in selected:
                selected.append(code.guid)
    code_index = {g: i for i, g in enumerate(selected)}

    targets: dict[str, tuple[int, ...]] = {}

    def counts_for(guid: str) -> tuple[int, ...]:
        """The selected codes a coding of ``guid`` counts for (itself; with roll-up, its ancestors too)."""
        if guid not in targets:
            chain = [guid, *tree.ancestors(guid)] if include_subcodes and guid in tree else [guid]
            targets[guid] = tuple(code_index[g] for g in chain if g in code_index)
        return targets[guid]

    arrays = []
    for documents, codes_of, starts, ends in readings:
        # Vectorised: each coding's document index and the selected codes it counts for
        # (with roll-up, its ancestors too: the row repeats once per target).
        doc_of = np.fromiter((doc_index.get(d, -1) for d in documents), dtype=INT, count=len(documents))
        targets_of = [counts_for(c) for c in codes_of]
        repeat = np.fromiter((len(t) for t in targets_of), dtype=INT, count=len(targets_of))
        keep = (doc_of >= 0) & (repeat > 0)
        repeat = np.where(keep, repeat, 0)
        code_array = np.fromiter(
            (k for t, ok in zip(targets_of, keep.tolist(), strict=True) if ok for k in t),
            dtype=INT,
        )
        arrays.append(
            (
                np.repeat(doc_of, repeat).astype(INT),
                code_array,
                np.repeat(starts, repeat).astype(INT),
                np.repeat(ends, repeat).astype(INT),
            )
        )
    return Selection(
        tuple(coders),
        tuple((d.guid, d.name, d.length) for d in docs),
        tuple((g, tree.path(g)) for g in selected),
        tuple(arrays),
    )


def agreement(
    store: ProjectStore,
    coders: Sequence[str],
    *,
    codes: Sequence[str] | None = None,
    documents: Sequence[str] | None = None,
    threshold: float = 0.9,
    include_subcodes: bool = False,
    subcorpus: str = "coded-by-any",
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> AgreementReport:
    """Agreement of the named coders per code, per document and pooled over codes.

    ``codes`` are code GUIDs (paths are accepted too); default: every code the
    coders applied in the sub-corpus. ``documents`` are document GUIDs;
    default: by ``subcorpus``, every document in which any of the coders applied
    any code (``"coded-by-any"``) or in which every one of them did
    (``"coded-by-all"``: documents a coder never reached do not count as that
    coder's "not coded"). ``threshold`` is the segment overlap (intersection
    over union, 0 < t ≤ 1). ``progress(done, total, label)`` and
    ``cancelled()`` serve a GUI worker.

    Raises:
        UsageError: fewer than two coders, a coder twice, a bad threshold, an
            unknown sub-corpus rule or one combined with ``documents``.
        NotFound: an unknown coder name or document.
        UnknownCode: an unknown code.
        Cancelled: ``cancelled()`` returned True.
    """
    check_coders(coders)
    check_threshold(threshold)
    check_subcorpus(subcorpus, documents)
    step = Steps(len(coders) + REPORT_STAGES + 1, progress, cancelled)
    sel = _select(store, coders, codes, documents, include_subcodes, step, subcorpus)
    step("comparing typed values")
    per_field = field_agreement(
        store,
        _coder_guids(store, sel.coders),
        [g for g, _ in sel.codes],
        [g for g, _, _ in sel.documents],
        threshold,
    )
    report = report_from_selection(
        sel,
        threshold=threshold,
        include_subcodes=include_subcodes,
        subcorpus="listed" if documents is not None else subcorpus,
        step=step,
    )
    rows = tuple(replace(row, fields=per_field.get(row.guid, ())) for row in report.codes)
    return replace(report, codes=rows)


def _coder_guids(store: ProjectStore, names: Sequence[str]) -> list[str]:
    """The GUIDs of coders :func:`_select` already found by these names."""
    found = [store.coder_by_name(name) for name in names]
    return [c.guid for c in found if c is not None]


def value_disagreements(
    store: ProjectStore,
    coders: Sequence[str],
    *,
    codes: Sequence[str] | None = None,
    documents: Sequence[str] | None = None,
    threshold: float = 0.9,
    subcorpus: str = "coded-by-any",
) -> list[ValueDisagreement]:
    """Passages where two coders agree on the code but differ on a value (the disagreements
    view's "values" list), in document and text order.

    Same selection rules as :func:`agreement` (coders by name, codes by GUID or path,
    documents by GUID, the sub-corpus); a coding is matched as in the per-field agreement
    (:mod:`.fields`): same code and document, overlap ≥ ``threshold``, one to one. With three
    or more coders every pair is listed.
    """
    check_coders(coders)
    check_threshold(threshold)
    check_subcorpus(subcorpus, documents)
    sel = _select(store, coders, codes, documents, False, Steps(len(coders), None, None), subcorpus)
    guids = _coder_guids(store, sel.coders)
    return value_disagreements_in(
        store, list(zip(guids, sel.coders, strict=True)), sel.codes, sel.documents, threshold
    )


def disagreements(
    store: ProjectStore,
    coders: Sequence[str],
    *,
    codes: Sequence[str] | None = None,
    documents: Sequence[str] | None = None,
    include_subcodes: bool = False,
    include_agreements: bool = False,
    subcorpus: str = "coded-by-any",
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> list[Disagreement]:
    """Maximal passages where the coders' coverage of a code differs, in document and text order.

    Same selection rules as :func:`agreement`. Each passage names the coders
    who applied the code there and those who did not; with
    ``include_agreements`` the passages every coder coded are listed too
    (``Disagreement.agreed`` is then True), so a view can show both.
    """
    check_coders(coders)
    step = Steps(len(coders) + DISAGREEMENT_STAGES, progress, cancelled)
    sel = _select(store, coders, codes, documents, include_subcodes, step, subcorpus)
    return disagreements_from_selection(sel, include_agreements=include_agreements, step=step)
