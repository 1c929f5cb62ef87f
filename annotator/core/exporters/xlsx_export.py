"""XLSX: the coded dataset as a workbook a lead can open, filter and send.

Sheets:
- **Codings**: one row per coding, the same columns as the CSV export
  (``start``/``end`` as numbers, code-point offsets);
- **Codebook**: every code with its definitions, source references and export mappings;
- **Documents**: name, format, length, import time, codings in this export, attributes,
  GUID (the ``caseId`` of the case table);
- **Frequencies**: codings per code and coder, with codings and documents per code;
- **Agreement**: only when an ``agreement=`` dict (``AgreementReport.to_json()``)
  is passed: one row per code, then the pooled row; an empty cell means the
  statistic is undefined (never a misleading 1.0).
Every text cell is written as a string (never a formula) and neutralised like
the CSV. Number attributes are numbers, so Excel can sort and filter them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any

from annotator.core.analysis.query import tabulate
from annotator.core.exporters.rows import ExportData, IsCancelled, Progress, Ticker
from annotator.core.exporters.sheets import ExportWorkbook, cell_text, sheet_of_rows, workbook
from annotator.core.model import Code

CODEBOOK_COLUMNS = (
    "path",
    "name",
    "ref",
    "colour",
    "short definition",
    "definition",
    "when to use",
    "when not to use",
    "example",
    "source refs",
    "export mappings",
    "guid",
)


def export_mappings_text(code: Code) -> str:
    """``ctdc: isForcedMarriage`` lines, one per standard, as the codebook YAML writes them."""
    return "\n".join(f"{key}: {value}" for key, value in sorted(code.export.items()))


def codebook_rows(data: ExportData) -> list[list[Any]]:
    rows: list[list[Any]] = [list(CODEBOOK_COLUMNS)]
    for _, code in data.tree.walk():
        rows.append(
            [
                data.tree.path(code.guid),
                code.name,
                code.ref,
                code.color,
                code.short_definition,
                code.definition,
                code.when_to_use,
                code.when_not_to_use,
                code.example,
                "; ".join(code.source_refs),
                export_mappings_text(code),
                code.guid,
            ]
        )
    return rows


def document_rows(data: ExportData) -> list[list[Any]]:
    counts: dict[str, int] = {}
    for c in data.codings:
        counts[c.document] = counts.get(c.document, 0) + 1
    rows: list[list[Any]] = [
        [
            "name",
            "format",
            "length",
            "imported",
            "imported by",
            "codings",
            *(a.name for a in data.attributes),
            "guid",
        ]
    ]
    for doc in data.documents:
        rows.append(
            [
                data.document_name(doc.guid),
                doc.source_format,
                doc.length,
                doc.imported_at,
                doc.imported_by,
                counts.get(doc.guid, 0),
                *(data.attribute_cell(doc.guid, a) for a in data.attributes),
                doc.guid,
            ]
        )
    return rows


def frequency_rows(data: ExportData) -> list[list[Any]]:
    """Codes (the selected ones, or all) × coders, from the codings already loaded."""
    codes = [
        c.guid for _, c in data.tree.walk() if data.selection.codes is None or c.guid in data.selection.codes
    ]
    coders = [(c.guid, c.name) for c in data.data.coders]
    table = tabulate(data.codings, data.tree, by="coder", columns=coders, codes=codes)
    return [list(row) for row in table.to_rows()]


def _cell(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value if not isinstance(value, bool) else str(value).lower()
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def agreement_rows(agreement: Mapping[str, Any]) -> list[list[Any]]:
    """The DESIGN.md agreement JSON as a table: one row per code, then ``(overall)``."""
    per_code = list(agreement.get("codes") or [])
    overall = agreement.get("overall") or {}
    keys: list[str] = []
    for entry in [*per_code, overall]:
        keys += [k for k in entry if k != "code" and k not in keys]
    rows: list[list[Any]] = [["code", *keys]]
    rows += [[_cell(e.get("code", "")), *(_cell(e.get(k)) for k in keys)] for e in per_code]
    if overall:
        rows.append(["(overall)", *(_cell(overall.get(k)) for k in keys)])
    rows.append([])
    rows.append(["coders", ", ".join(str(c) for c in agreement.get("coders") or [])])
    rows.append(["note", "An empty cell means the statistic is undefined here (for example no variation)."])
    return rows


def write_xlsx(
    data: ExportData,
    out: IO[bytes],
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    agreement: Mapping[str, Any] | None = None,
    scratch: Path | None = None,
) -> int:
    """Write the workbook; returns the number of codings written.

    ``scratch`` is the folder for unnamed scratch files (see :mod:`.sheets`).

    Raises:
        Cancelled: when ``cancelled()`` turns true.
    """
    ticker = Ticker(len(data.codings), progress, cancelled, "Writing codings")
    ticker.check()
    with workbook(out, scratch) as book:
        _codings_sheet(book, data, ticker)
        sheet_of_rows(book, "Codebook", codebook_rows(data), (40, 24, 14, 9, 40, 60, 40, 40, 40, 20, 40, 38))
        sheet_of_rows(book, "Documents", document_rows(data), (30, 8, 10, 21, 14, 9))
        sheet_of_rows(book, "Frequencies", frequency_rows(data), (50,))
        if agreement is not None:
            sheet_of_rows(book, "Agreement", agreement_rows(agreement), (40,))
        ticker.check()
    return len(data.codings)


def _codings_sheet(book: ExportWorkbook, data: ExportData, ticker: Ticker) -> None:
    sheet = book.sheet("Codings")
    header = data.coding_header()
    widths = [30, 45, 12, 8, 8, 80, 30, 21] + [16] * (len(header) - 8)
    sheet.write_header(header, book.bold, widths)
    sheet.append_rows(data.coding_rows(cell_text), ticker, safe=True)
