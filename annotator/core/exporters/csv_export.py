"""CSV: one row per coding ("one row per quote", as MAXQDA exports it).

Columns: ``document, code, coder, start, end, text, memo, created_at``, then one
column per document attribute. ``start``/``end`` are code-point offsets into
the document text, half-open. The file is UTF-8 **with a BOM** and CRLF row
ends, because Excel only recognises UTF-8 (and so Korean) by the BOM; R
(``readr``, ``read.csv(fileEncoding = "UTF-8-BOM")``), pandas
(``encoding="utf-8-sig"``), SPSS and Stata read it too. Newlines inside a
coded passage stay in the cell (the cell is quoted). Cells that a spreadsheet
would run as a formula are prefixed with ``'`` (see :func:`rows.neutralise`).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from itertools import islice
from typing import Any, Unpack

from annotator.core.exporters.rows import (
    Destination,
    IsCancelled,
    Progress,
    Pseudonymise,
    Ticker,
    load,
    neutralise,
    staged_output,
)
from annotator.core.query import Filters
from annotator.core.store import ProjectStore


def write_csv_rows(
    path: str,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    ticker: Ticker | None = None,
    *,
    safe: bool = False,
) -> None:
    """Write ``header`` and ``rows`` as Excel-friendly CSV (BOM, CRLF, formulas neutralised).

    ``safe=True`` says the rows' strings are neutralised already (the fast path for codings).
    """
    with open(path, "w", encoding="utf-8", newline="", buffering=1 << 20) as f:
        f.write("\ufeff")  # the BOM by hand: the utf-8-sig codec costs a Python call per write
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow([neutralise(h) for h in header])
        if not safe:
            rows = ([neutralise(v) if isinstance(v, str) else v for v in row] for row in rows)
        iterator = iter(rows)
        while chunk := list(islice(iterator, 2000)):
            writer.writerows(chunk)
            if ticker is not None:
                ticker.step(len(chunk))


def export_csv(
    store: ProjectStore,
    destination: Destination,
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    pseudonymise: Pseudonymise | None = None,
    **filters: Unpack[Filters],
) -> int:
    """Write the filtered codings as CSV; returns the number of rows written.

    Raises:
        Cancelled: when ``cancelled()`` turns true (no file is left behind).
    """
    data = load(store, pseudonymise=pseudonymise, **filters)
    ticker = Ticker(len(data.codings), progress, cancelled, "Writing codings")
    ticker.check()
    with staged_output(destination, ".csv") as path:
        write_csv_rows(str(path), data.coding_header(), data.coding_rows(neutralise), ticker, safe=True)
        ticker.check()
    return len(data.codings)
