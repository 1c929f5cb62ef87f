"""Exports of the coded dataset: CSV, XLSX, document × code matrix, JSON, HTML report,
case table, REFI-QDA project and codebook — all through one export request.

:class:`ExportRequest` says what is wanted (format, destination, filters by name,
sub-codes, pseudonymisation, no text, format options, force); :func:`run_export`
checks it, resolves names, reads and cleans the filtered project once, writes the
file atomically and owner-only, and returns an :class:`ExportResult` that counts
what was written. The CLI's ``export`` and the app's File → Export… both call it,
so every format honours every option the same way. :func:`export` is a short
form for scripts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from annotator.core.exporters.request import (
    FORMATS,
    ExportRequest,
    ExportResult,
    FormatSpec,
    format_for,
    run_export,
)
from annotator.core.exporters.rows import Destination, IsCancelled, Progress, neutralise
from annotator.core.store import ProjectStore

EXPORTERS = FORMATS
"""Format name -> :class:`FormatSpec` (kept under its old name for scripts)."""

_FILTERS = ("coders", "codes", "include_subcodes", "documents", "attributes")
_FLAGS = ("pseudonymise", "no_text", "force")


def export(
    store: ProjectStore,
    fmt: str,
    destination: Destination,
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    **options: Any,
) -> int:
    """Export ``store`` as ``fmt`` to ``destination``; returns the rows written (see :class:`ExportResult`).

    ``options`` are the request's filters and flags plus the format's own options,
    e.g. ``export(store, "html", "r.html", coders=["mina"], quotes=1, force=True)``.

    Raises:
        UsageError, OutputRefused, NotFound, UnknownCode, Cancelled: as :func:`run_export`.
    """
    request = ExportRequest(
        fmt,
        destination,
        **{k: options.pop(k) for k in (*_FILTERS, *_FLAGS) if k in options},
        options=options,
    )
    return run_export(store, request, progress=progress, cancelled=cancelled).rows


def write_qdpx(
    store: ProjectStore,
    path: str | Path,
    *,
    coders: Sequence[str] | None = None,
    codes: Sequence[str] | None = None,
    documents: Sequence[str] | None = None,
    include_subcodes: bool = False,
    pseudonymise: bool = False,
    force: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Export the project as REFI-QDA ``.qdpx`` through the export request; returns the codings written.

    Filters take names or GUIDs (coders, code paths, documents); the codebook is
    always complete, the code filter selects which codings go out.

    Raises:
        OutputRefused, UsageError, NotFound, UnknownCode, Cancelled: as :func:`run_export`.
    """
    request = ExportRequest(
        "qdpx",
        path,
        coders=coders,
        codes=codes,
        include_subcodes=include_subcodes,
        documents=documents,
        pseudonymise=pseudonymise,
        force=force,
    )
    return run_export(store, request, progress=progress, cancelled=cancelled).codings


__all__ = [
    "EXPORTERS",
    "FORMATS",
    "ExportRequest",
    "ExportResult",
    "FormatSpec",
    "export",
    "format_for",
    "neutralise",
    "run_export",
    "write_qdpx",
]
