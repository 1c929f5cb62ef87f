"""Whose codings a case row rests on: the consensus layer, one coder, or a declared pool.

Why refuse by default: two coders who disagree on a case are two different claims about a
person. Pooling them silently (the old case table did: any coder's coding made a 1) turns a
disagreement into a published fact. So:

- ``consensus`` (the default): for each case, the coders who looked at it (those with any
  coding in it) are compared indicator by indicator. Where they agree, that is the cell.
  Where they differ, the consensus layer (the coder "consensus", filled from Team →
  Disagreements…) decides: an indicator it codes in the case is present. A difference the
  consensus layer has not decided is an *unresolved disagreement*, and the export refuses,
  listing them all (case, code, documents, who coded it and who did not).
- ``coder``: exactly one coder's codings (``--coder NAME``).
- ``pool-any`` / ``pool-all``: present when any / every coder who looked at the case coded
  it (``--pool any|all``), chosen explicitly and written into the export's metadata.

A decision *against* an indicator leaves no coding in the consensus layer, so it cannot be
told from an undecided one: such a disagreement stays listed (see README, Exports).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from annotator.core.exporters.case_indicators import Indicators
from annotator.core.exporters.case_units import CaseUnit
from annotator.core.model import Coding

MODES = ("consensus", "coder", "pool-any", "pool-all")


@dataclass(frozen=True)
class Layer:
    """The chosen layer: ``coders`` are GUIDs (one for ``coder``); ``consensus`` that coder's GUID."""

    mode: str
    coders: tuple[str, ...]
    consensus: str | None = None


@dataclass(frozen=True)
class Disagreement:
    """One code on which the coders who looked at a case differ, undecided by the consensus layer."""

    case: str  # the case's label
    case_guid: str
    code: str  # its path
    documents: tuple[str, ...]  # names
    coded_by: tuple[str, ...]
    not_coded_by: tuple[str, ...]

    def line(self) -> str:
        return (
            f"{self.case}: {self.code} — coded by {', '.join(self.coded_by)}, "
            f"not by {', '.join(self.not_coded_by)} (in {', '.join(self.documents)})"
        )


@dataclass(frozen=True)
class CaseLayer:
    """A case under a layer: the present indicators, the codings behind each, who looked."""

    present: frozenset[str]
    behind: Mapping[str, tuple[Coding, ...]]  # indicator -> codings that set it
    codings: tuple[Coding, ...]  # the layer's codings in the case (values, events)
    coders: tuple[str, ...]  # GUIDs of the coders who looked at the case
    disagreements: tuple[Disagreement, ...] = ()


def _indicators(codings: list[Coding], found: Indicators) -> set[str]:
    return set().union(*(found.of_code.get(c.code, frozenset()) for c in codings))


def _behind(present: set[str], codings: list[Coding], found: Indicators) -> dict[str, tuple[Coding, ...]]:
    out: dict[str, list[Coding]] = defaultdict(list)
    for c in codings:
        for indicator in found.of_code.get(c.code, frozenset()) & present:
            out[indicator].append(c)
    return {k: tuple(v) for k, v in out.items()}


def apply_layer(
    unit: CaseUnit,
    layer: Layer,
    found: Indicators,
    *,
    coder_names: Mapping[str, str],
    document_names: Mapping[str, str],
) -> CaseLayer:
    """``unit`` seen through ``layer`` (see the module docstring)."""
    by_coder: dict[str, list[Coding]] = defaultdict(list)
    for c in unit.codings:
        by_coder[c.coder].append(c)
    if layer.mode == "coder":
        own = by_coder.get(layer.coders[0], [])
        present = _indicators(own, found)
        return CaseLayer(
            frozenset(present), _behind(present, own, found), tuple(own), (layer.coders[0],) if own else ()
        )
    lookers = tuple(g for g in layer.coders if by_coder.get(g))
    sets = {g: _indicators(by_coder[g], found) for g in lookers}
    union = set().union(*sets.values())
    common = set.intersection(*sets.values()) if sets else set()
    looked = [c for g in lookers for c in by_coder[g]]
    if layer.mode == "pool-any":
        present = union
    elif layer.mode == "pool-all":
        present = common
    else:
        decided = by_coder.get(layer.consensus or "", [])
        by_consensus = _indicators(decided, found)
        undecided = (union - common) - by_consensus
        present = common | by_consensus
        looked += decided
        problems = _disagreements(unit, undecided, lookers, by_coder, found, coder_names, document_names)
        behind = _behind(common, looked, found) | _behind(by_consensus, decided, found)
        return CaseLayer(frozenset(present), behind, tuple(looked), lookers, problems)
    return CaseLayer(frozenset(present), _behind(present, looked, found), tuple(looked), lookers)


def _disagreements(
    unit: CaseUnit,
    undecided: set[str],
    lookers: tuple[str, ...],
    by_coder: Mapping[str, list[Coding]],
    found: Indicators,
    coder_names: Mapping[str, str],
    document_names: Mapping[str, str],
) -> tuple[Disagreement, ...]:
    if not undecided:
        return ()
    codes: dict[str, list[Coding]] = defaultdict(list)
    for g in lookers:
        for c in by_coder[g]:
            if found.of_code.get(c.code, frozenset()) & undecided:
                codes[c.code].append(c)
    out = []
    for code, codings in codes.items():
        coded = {c.coder for c in codings}
        if coded == set(lookers):
            continue  # every coder has this code; the difference lies in another code
        out.append(
            Disagreement(
                unit.label,
                unit.guid,
                found.tree.path(code) if code in found.tree else code,
                tuple(sorted({document_names.get(c.document, c.document) for c in codings})),
                tuple(sorted(coder_names.get(g, g) for g in coded)),
                tuple(sorted(coder_names.get(g, g) for g in lookers if g not in coded)),
            )
        )
    return tuple(sorted(out, key=lambda d: (d.case, d.code)))
