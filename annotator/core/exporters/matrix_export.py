"""Document × code matrix for R, SPSS and Stata: one workbook, three sheets.

Why one XLSX and not two CSV files: the three programs read named sheets
directly (R ``readxl::read_excel(f, sheet = "binary")``, SPSS ``GET DATA
/TYPE=XLSX /SHEET=name 'binary'``, Stata ``import excel using f, sheet("binary")
firstrow``), numbers arrive as numbers, Korean names need no encoding
option, and the export stays one file (also when written to a file object).

- ``binary``: one row per document; ``document`` (its name), the document
  attributes, then one 0/1 variable per code (1 = the document has at least one
  coding with that code, for the selected coders).
- ``counts``: the same layout with the number of codings.
- ``variables``: variable name → what it holds (code path, attribute name), kind, GUID.

Variable names are safe in all three programs: ASCII letters, digits and
``_``, starting with a letter, at most 32 characters, unique ignoring case, not
a reserved word. Code variables are ``c_`` plus the code's own name
(``c_debt_bondage``); clashes get ``_2``, ``_3``; names without ASCII letters
become ``c_v``… The ``variables`` sheet is the key back to code paths.
With ``rollup=True`` a code's variable also counts its sub-codes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from annotator.core.analysis.query import tabulate
from annotator.core.exporters.rows import ExportData, IsCancelled, Progress, Ticker
from annotator.core.exporters.sheets import sheet_of_rows, workbook

MAX_NAME = 32
_SPSS_RESERVED = "all and by eq ge gt le lt ne not or to with"
_STATA_RESERVED = "_all _b byte _coef _cons double float if in int long _n _pi _pred _rc _skip strl using"
_R_RESERVED = "else repeat while function for next break true false null inf nan na"
RESERVED = frozenset(f"{_SPSS_RESERVED} {_STATA_RESERVED} {_R_RESERVED}".split())


def variable_name(label: str, taken: set[str], prefix: str = "") -> str:
    """A new name for ``label`` that R, SPSS and Stata all accept; records it in ``taken`` (lower case)."""
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "_", ascii_text).strip("_").lower()
    name = f"{prefix}{slug}" if slug else f"{prefix}v"
    if not name[0].isalpha():
        name = f"v_{name}"
    name = name[:MAX_NAME].rstrip("_")
    if name in RESERVED:
        name = f"{name}_v"
    base, n = name, 2
    while name.lower() in taken:
        suffix = f"_{n}"
        name = base[: MAX_NAME - len(suffix)].rstrip("_") + suffix
        n += 1
    taken.add(name.lower())
    return name


def variable_names(labels: Iterable[str], prefix: str = "", taken: set[str] | None = None) -> list[str]:
    taken = set() if taken is None else taken
    return [variable_name(label, taken, prefix) for label in labels]


def write_matrix(
    data: ExportData,
    out: IO[bytes],
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    rollup: bool = False,
    scratch: Path | None = None,
) -> int:
    """Write the matrix workbook; returns the number of documents (rows).

    Columns are the selected codes (``data.selection``); with ``rollup`` the data
    must hold their sub-codes' codings too (the export request reads them).

    Raises:
        Cancelled: when ``cancelled()`` turns true.
    """
    wanted = data.selection
    codes = [c for _, c in data.tree.walk() if wanted.codes is None or c.guid in wanted.codes]
    documents = [(d.guid, d.guid) for d in data.documents]  # keyed by GUID: names may repeat
    table = tabulate(
        data.codings,
        data.tree,
        by="document",
        columns=documents,
        codes=[c.guid for c in codes],
        rollup=rollup,
    )
    taken = {"document"}
    attribute_vars = variable_names((a.name for a in data.attributes), taken=taken)
    code_vars = variable_names((c.name for c in codes), prefix="c_", taken=taken)
    paths = [data.tree.path(c.guid) for c in codes]
    header = ["document", *attribute_vars, *code_vars]
    ticker = Ticker(2 * len(documents), progress, cancelled, "Writing the matrix", every=200)
    ticker.check()

    def rows(binary: bool) -> Iterable[list[Any]]:
        for guid, _ in documents:
            counts = [table.count(path, guid) for path in paths]
            cells = [int(n > 0) for n in counts] if binary else counts
            yield [data.document_name(guid), *(data.attribute_cell(guid, a) for a in data.attributes), *cells]

    variables: list[list[Any]] = [
        ["variable", "label", "kind", "guid"],
        ["document", "document name", "id", ""],
    ]
    variables += [
        [v, a.name, f"attribute ({a.type})", a.guid]
        for v, a in zip(attribute_vars, data.attributes, strict=True)
    ]
    variables += [[v, p, "code", c.guid] for v, p, c in zip(code_vars, paths, codes, strict=True)]
    with workbook(out, scratch) as book:
        for sheet_name, binary in (("binary", True), ("counts", False)):
            sheet = book.sheet(sheet_name)
            sheet.write_header(header, book.bold, [30])
            sheet.append_rows(rows(binary), ticker)
        sheet_of_rows(book, "variables", variables, (32, 60, 16, 38))
        ticker.check()
    return len(documents)
