"""Exports of the coded dataset: CSV, XLSX, document × code matrix, JSON, HTML report, case table.

Each exporter has the shape ``export_x(store, destination, *, progress=None,
cancelled=None, pseudonymise=None, **filters)``, where ``destination`` is a
path or a binary file object and ``filters`` are those of
:mod:`annotator.core.query` (``coders``, ``codes``, ``include_subcodes``,
``documents``, ``attributes``). Each reads the project once through
``read_project_data``, reports progress, can be cancelled (raising
:class:`~annotator.core.errors.Cancelled` and leaving no partial file), and
returns the number of rows or codings written. :func:`export` picks one by name.
REFI-QDA (qdpx, qdc) lives in :mod:`annotator.core.refi_qda`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from annotator.core.errors import UsageError
from annotator.core.exporters.case_table import export_cases
from annotator.core.exporters.csv_export import export_csv
from annotator.core.exporters.html_export import export_html
from annotator.core.exporters.json_export import export_json
from annotator.core.exporters.matrix_export import export_matrix
from annotator.core.exporters.rows import Destination, neutralise
from annotator.core.exporters.xlsx_export import export_xlsx
from annotator.core.store import ProjectStore

EXPORTERS: dict[str, Callable[..., int]] = {
    "csv": export_csv,
    "xlsx": export_xlsx,
    "json": export_json,
    "html": export_html,
    "matrix": export_matrix,
    "cases": export_cases,
}
"""Format name -> exporter. ``matrix`` writes an .xlsx workbook, ``cases`` a .csv file."""

_SUFFIXES = {".csv": "csv", ".xlsx": "xlsx", ".json": "json", ".html": "html", ".htm": "html"}


def format_for(path: str | Path) -> str:
    """The format a file name implies (``.csv`` → csv ...); matrix and cases must be asked for.

    Raises:
        UsageError: for a suffix that names no format.
    """
    try:
        return _SUFFIXES[Path(path).suffix.lower()]
    except KeyError:
        raise UsageError(
            f"cannot tell the export format from {Path(path).name!r}; choose one of {', '.join(EXPORTERS)}"
        ) from None


def export(store: ProjectStore, fmt: str, destination: Destination, **options: Any) -> int:
    """Export ``store`` as ``fmt`` to ``destination``; ``options`` are the exporter's keywords.

    Raises:
        UsageError: for an unknown format or an option the format does not take.
        Cancelled, UnknownCode, NotFound: as the exporters do.
    """
    try:
        exporter = EXPORTERS[fmt.lower()]
    except KeyError:
        raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORTERS)}") from None
    try:
        return exporter(store, destination, **options)
    except TypeError as exc:
        if "unexpected keyword argument" in str(exc):
            raise UsageError(f"the {fmt} export does not take that option ({exc})") from None
        raise


__all__ = [
    "EXPORTERS",
    "export",
    "export_cases",
    "export_csv",
    "export_html",
    "export_json",
    "export_matrix",
    "export_xlsx",
    "format_for",
    "neutralise",
]
