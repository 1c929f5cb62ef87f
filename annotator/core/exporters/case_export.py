"""The standard case export: one row per victim case in CTDC 2021, CTDC synthetic or HTCDS 2.0, exactly.

Files, for ``-o OUT.csv``:

- ``OUT.csv``: the standard's columns, names and order, nothing else (UTF-8 without BOM,
  so a loader reads the first column's name as published; CRLF rows, RFC 4180);
- ``OUT.events.csv`` (HTCDS only): the ten ``hte_`` columns, one row per dated event;
- ``OUT.meta.json``: what a loader of the CSV may ignore but a data steward needs: the
  schema and its sources, whether rows are cases or documents taken as cases, the layer
  (consensus, one coder, or a pool) and its coders, how cells are read (1/0/empty; CTDC
  synthetic: 1/empty), per row the case GUID, its documents, the Palermo check, the fields reviewed, the
  codings behind every cell, and which event row belongs to which case row; the
  ``--min-k`` report; warnings (values outside a vocabulary, codings that disagree on a
  value, mappings the standard does not publish).

Nothing is written when the export refuses (unresolved disagreements, an unknown coder).
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from annotator.core.analysis.query import select
from annotator.core.codebook import CodeTree
from annotator.core.errors import AnnotatorError, UsageError
from annotator.core.exporters.case_indicators import Indicators, indicators, reviewed_indicators
from annotator.core.exporters.case_layers import Disagreement, Layer, apply_layer
from annotator.core.exporters.case_min_k import apply_min_k
from annotator.core.exporters.case_rows import Row, ctdc_row, htcds_events, htcds_row, palermo
from annotator.core.exporters.case_synthetic import synthetic_row
from annotator.core.exporters.case_units import case_units
from annotator.core.exporters.standards import load_standard
from annotator.core.messages import translate
from annotator.core.model import Coding
from annotator.core.store import ProjectStore
from annotator.core.store.values import FactRow

CONSENSUS = "consensus"  # the consensus layer's coder (annotator.core.analysis.consensus)
META_FORMAT = "testimony-annotator case export"
ROWS = {"htcds-2.0": htcds_row, "ctdc-synthetic": synthetic_row}  # every other schema: ctdc_row
CELLS = {  # how the cells read, for the metadata
    "default": {
        "present": "1 (CTDC), or the value listed (HTCDS)",
        "absent": "0 (CTDC): not coded in a case reviewed for it ('reviewed' or 'reviewed for')",
        "missing": "empty: nobody looked (HTCDS lists cannot say absent: see reviewed_fields)",
    },
    "ctdc-synthetic": {
        "present": "1",
        "absent": "empty, and the column is in the case's reviewed_fields: not coded in a case reviewed "
        "for it ('reviewed' or 'reviewed for'); the synthetic dataset has no 0",
        "missing": "empty, and the column is not in the case's reviewed_fields: nobody looked",
        "derived_from": "resources/standards/ctdc-synthetic-from-2021.json (each flag: any of its "
        "CTDC 2021 fields)",
    },
}


class UnresolvedDisagreements(AnnotatorError):
    """The chosen coders disagree on cases and the consensus layer has not decided; ``lines``
    lists them, one per case and code."""

    def __init__(self, disagreements: Sequence[Disagreement]) -> None:
        self.disagreements = list(disagreements)
        self.lines = [d.line() for d in self.disagreements]
        cases = len({d.case_guid for d in self.disagreements})
        super().__init__(
            f"the coders disagree on {len(self.lines)} code(s) in {cases} case(s), and the consensus "
            "layer has not decided them; resolve them (Team → Disagreements…), or export one coder "
            "(--coder NAME) or a declared pool (--pool any|all)"
        )


def sidecars(target: Path) -> tuple[Path, Path]:
    """``OUT.csv`` -> (``OUT.events.csv``, ``OUT.meta.json``)."""
    stem = target.with_suffix("") if target.suffix.lower() == ".csv" else target
    return stem.with_name(stem.name + ".events.csv"), stem.with_name(stem.name + ".meta.json")


@dataclass
class CaseExport:
    """Everything the export writes, built before any file is opened."""

    schema: str
    columns: tuple[str, ...]
    event_columns: tuple[str, ...]
    rows: list[Row]
    meta: dict[str, Any]

    @property
    def events(self) -> list[dict[str, str]]:
        return [e for r in self.rows for e in r.events]


def _layer(store: ProjectStore, coders: Sequence[str] | None, pool: str | None) -> Layer:
    consensus = store.coder_by_name(CONSENSUS)
    chosen: tuple[str, ...]
    if coders:
        selected = select(store, coders=coders).coders or frozenset()
        chosen = tuple(sorted(selected))
    else:
        chosen = tuple(
            sorted(c.guid for c in store.coders() if consensus is None or c.guid != consensus.guid)
        )
    if pool is not None:
        if pool not in ("any", "all"):
            raise UsageError(
                translate("CoreExport", "unknown pool {pool!r}; choose any or all").format(pool=pool)
            )
        return Layer(f"pool-{pool}", chosen)
    if coders and len(chosen) == 1:
        return Layer("coder", chosen)
    return Layer("consensus", chosen, consensus.guid if consensus is not None else None)


def build_case_export(
    store: ProjectStore,
    *,
    schema: str,
    coders: Sequence[str] | None = None,
    pool: str | None = None,
    documents: Sequence[str] | None = None,
    min_k: int | None = None,
    coder_label: Mapping[str, str] | None = None,
    place_text: Any = None,
) -> CaseExport:
    """Build the export (see the module docstring) without writing anything.

    ``coder_label`` maps coder GUIDs to the names the metadata shows (pseudonyms when asked);
    ``place_text`` cleans place names (the pseudonymiser), or None.

    Raises:
        UsageError: unknown schema or pool, ``min_k`` below 1.
        NotFound: a coder or document that is not in the project.
        UnresolvedDisagreements: the consensus layer leaves disagreements undecided.
    """
    standard = load_standard(schema)
    if min_k is not None and min_k < 1:
        raise UsageError(translate("CoreExport", "--min-k must be 1 or more"))
    tree = CodeTree(store.codes())
    found = indicators(standard, tree)
    layer = _layer(store, coders, pool)
    wanted = select(store, documents=documents).documents if documents else None
    units = case_units(store, documents=wanted)
    names = {c.guid: c.name for c in store.coders()}
    labels = dict(coder_label) if coder_label is not None else names
    doc_names = {d.guid: d.name for d in store.documents()}
    facts: dict[str, list[FactRow]] = defaultdict(list)
    for f in store.fact_rows(ordered=False):
        facts[f.coding].append(f)
    every = frozenset().union(*found.of_code.values()) if found.of_code else frozenset()
    rows: list[Row] = []
    problems: list[Disagreement] = []
    for unit in units.units:
        seen = apply_layer(unit, layer, found, coder_names=names, document_names=doc_names)
        problems += seen.disagreements
        reviewed = reviewed_indicators(unit.attributes, found, every)
        build = ROWS.get(standard.name, ctdc_row)
        row = build(unit, seen, reviewed, facts, found)
        minor = row.minor or row.cells.get("majorityStatusAtExploit") == "Minor" or _minor_age(row)
        row.meta |= {
            "case": unit.guid,
            "documents": list(unit.documents),
            "coders": sorted(labels.get(g, "") for g in seen.coders),
            "palermo": palermo(seen.present, reviewed, minor),
            "behind": _behind(seen.behind, found, standard.columns),
        }
        if unit.conflicts:
            row.meta["warnings"].append(
                "linked documents disagree on "
                + ", ".join(sorted(unit.conflicts))
                + "; those attributes left out"
            )
        if standard.event_columns:
            for cells, coding in htcds_events(seen, facts, found):
                if place_text is not None:
                    cells |= {k: place_text(cells[k]) for k in ("hte_City", "hte_State") if cells[k]}
                row.events.append(cells)
                row.event_meta.append({"coding": coding, "code": _code_of(unit.codings, coding, tree)})
        rows.append(row)
    if layer.mode == "consensus" and problems:
        raise UnresolvedDisagreements(problems)
    report = None
    if min_k is not None:
        rows, report = apply_min_k(rows, standard.name, min_k)
    meta = _meta(
        standard.name, standard.title, units.source, units.skipped, layer, labels, found, rows, report
    )
    return CaseExport(standard.name, standard.columns, standard.event_columns, rows, meta)


def _code_of(codings: Sequence[Coding], guid: str, tree: CodeTree) -> str:
    code = next((c.code for c in codings if c.guid == guid), "")
    return tree.path(code) if code in tree else code


def _minor_age(row: Row) -> bool:
    age = row.cells.get("vic_AgeWhenTrafficked", "")
    try:
        return bool(age) and float(age) < 18
    except ValueError:
        return False


def _behind(
    behind: Mapping[str, tuple[Coding, ...]], found: Indicators, columns: Sequence[str]
) -> dict[str, Any]:
    """Per indicator the codings that set it, as ``[coding GUID, document GUID, start, end]``."""
    return {
        indicator: [[c.guid, c.document, c.start, c.end] for c in codings]
        for indicator, codings in sorted(behind.items())
    }


def _meta(
    schema: str,
    title: str,
    source: str,
    skipped: Mapping[str, int],
    layer: Layer,
    labels: Mapping[str, str],
    found: Indicators,
    rows: list[Row],
    report: dict[str, Any] | None,
) -> dict[str, Any]:
    events: list[dict[str, Any]] = []
    cases: list[dict[str, Any]] = []
    for n, row in enumerate(rows, 1):
        cases.append({"row": n, **row.meta})
        for meta in row.event_meta:
            events.append({"row": len(events) + 1, "case_row": n, "case": row.meta["case"], **meta})
    consensus = [labels.get(layer.consensus, "")] if layer.consensus else []
    return {
        "format": META_FORMAT,
        "format_version": 1,
        "schema": schema,
        "standard": title,
        "sources": "resources/standards/README.md (the published field lists, with version and source)",
        "units": source,
        "units_note": (
            "each document is taken as one victim case: the project has no cases"
            if source == "documents-as-cases"
            else "one row per victim case (persons linked to documents and passages)"
        ),
        "left_out_roles": dict(skipped),
        "layer": {
            "mode": layer.mode,
            "coders": sorted(labels.get(g, "") for g in layer.coders),
            "consensus": consensus,
        },
        "cells": CELLS.get(schema, CELLS["default"]),
        "min_k": report,
        "mapping_problems": list(found.problems),
        "cases": cases,
        "events": events,
    }


def _csv(out: IO[bytes], header: Sequence[str], rows: Sequence[Mapping[str, str]]) -> None:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=False)
    try:
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows([_safe(r.get(c, "")) for c in header] for r in rows)
        text.flush()
    finally:
        text.detach()


def _safe(value: str) -> str:
    """A place name a spreadsheet would run as a formula gets a leading quote (no vocabulary value can)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def write_cases_csv(export: CaseExport, out: IO[bytes]) -> None:
    _csv(out, export.columns, [r.cells for r in export.rows])


def write_events_csv(export: CaseExport, out: IO[bytes]) -> None:
    _csv(out, export.event_columns, export.events)


def write_meta(export: CaseExport, out: IO[bytes]) -> None:
    out.write(json.dumps(export.meta, ensure_ascii=False, indent=1).encode("utf-8") + b"\n")
