"""CSV: one row per coding ("one row per quote", as MAXQDA exports it).

Columns: ``document, code, coder, start, end, text, memo, created_at``, then one
column per document attribute. ``start``/``end`` are code-point offsets into
the document text, half-open. The file is UTF-8 **with a BOM** and CRLF row
ends, because Excel only recognises UTF-8 (and so Korean) by the BOM; R
(``readr``, ``read.csv(fileEncoding = "UTF-8-BOM")``), pandas
(``encoding="utf-8-sig"``), SPSS and Stata read it too. Newlines inside a
coded passage stay in the cell (the cell is quoted). Cells that a spreadsheet
would run as a formula are prefixed with ``'`` (see :func:`rows.neutralise`).
A CSV carries no document text, so ``start``/``end`` are the project's own
positions even when the passage is pseudonymised (and then may differ in length).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from itertools import islice
from typing import IO, Any

from annotator.core.exporters.rows import ExportData, IsCancelled, Progress, Ticker, neutralise


def write_csv_rows(
    out: IO[bytes],
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    ticker: Ticker | None = None,
    *,
    safe: bool = False,
) -> None:
    """Write ``header`` and ``rows`` as Excel-friendly CSV (BOM, CRLF, formulas neutralised).

    ``safe=True`` says the rows' strings are neutralised already (the fast path for codings).
    """
    f = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=False)
    try:
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
        f.flush()
    finally:
        f.detach()  # the caller owns ``out``


def write_csv(
    data: ExportData,
    out: IO[bytes],
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> int:
    """Write the codings as CSV; returns the number of rows (codings) written.

    Raises:
        Cancelled: when ``cancelled()`` turns true.
    """
    ticker = Ticker(len(data.codings), progress, cancelled, "Writing codings")
    ticker.check()
    write_csv_rows(out, data.coding_header(), data.coding_rows(neutralise), ticker, safe=True)
    ticker.check()
    return len(data.codings)
