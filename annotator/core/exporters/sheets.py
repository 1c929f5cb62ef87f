"""XLSX workbooks for exports: xlsxwriter in constant_memory mode, with a fast row path.

Why a fast path: xlsxwriter's public ``write_string`` costs about 10 µs per
cell (measured: 11–15 s for 100,000 codings × 12 columns on the 2-core build
machine), over the 10 s budget. :class:`StreamingSheet` writes whole data rows
as the same inline-string XML that xlsxwriter's constant_memory mode writes,
straight into the sheet's row file, at about 1 µs per cell. It touches four
private members of xlsxwriter's ``Worksheet`` (checked at run time; without
them it falls back to the public API, slower but identical in content).

Cells are written as strings or numbers, never as formulas: text is
neutralised (:func:`rows.neutralise`), escaped for XML and the ``_xHHHH_``
convention, and cut to Excel's 32,767 UTF-16 units with a visible marker.

No named temporary file, ever: by default xlsxwriter keeps constant_memory row
data and every package part in named files in the system temp folder, so a
killed export of an encrypted project once left plaintext testimony there.
:class:`ExportWorkbook` writes the package straight into the caller's file
object (``in_memory``), keeps each sheet's rows in an *unnamed* scratch file
(``tempfile.TemporaryFile``: ``O_TMPFILE`` on Linux, unlinked at once elsewhere)
in the export's own folder, and assembles each sheet's XML in another unnamed
file that is handed to the zip writer as a memory map. Nothing survives a kill,
and memory stays flat however many codings there are.
"""

from __future__ import annotations

import io
import math
import mmap
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import xlsxwriter
from xlsxwriter.packager import Packager
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import Worksheet

from annotator.core.errors import AnnotatorError
from annotator.core.exporters.rows import Ticker, neutralise
from annotator.core.messages import translate

EXCEL_MAX_UNITS = 32767
EXCEL_MAX_ROWS = 1_048_576
TRUNCATED = " …[truncated: Excel holds 32,767 characters per cell]"
_SPECIAL = re.compile(r"[&<>\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_")
_LITERAL_ESCAPE = re.compile(r"_x[0-9A-Fa-f]{4}_")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]")
_PRIVATE = ("_write_single_row", "_check_dimensions", "previous_row", "row_data_fh", "fh")


def cell_text(value: str) -> str:
    """A string as it may go into a cell: formula-safe and within Excel's length limit."""
    value = neutralise(value)
    if len(value) > EXCEL_MAX_UNITS // 2:
        units = value.encode("utf-16-le")
        if len(units) > 2 * EXCEL_MAX_UNITS:
            keep = units[: 2 * (EXCEL_MAX_UNITS - len(TRUNCATED))]
            value = keep.decode("utf-16-le", errors="ignore") + TRUNCATED
    return value


def _xml_text(value: str) -> str:
    if _SPECIAL.search(value) is None:
        return value
    value = _LITERAL_ESCAPE.sub(r"_x005F\g<0>", value)  # a literal "_x0041_" must survive
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", value)


def _string_tail(text: str) -> str:
    """The part of an inline-string cell after its reference, as xlsxwriter writes it."""
    space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
    return f'" t="inlineStr"><is><t{space}>{_xml_text(text)}</t></is></c>'


def _safe_for_public_api(value: str) -> str:
    """xlsxwriter writes a constant_memory string shaped ``<r>…</r>`` as raw rich-text XML."""
    return "'" + value if value.startswith("<r>") and value.endswith("</r>") else value


def _unnamed_text(folder: Path | None) -> IO[str]:
    """A scratch text file nobody can find or keep: unnamed from the start where the OS allows."""
    return io.TextIOWrapper(tempfile.TemporaryFile(dir=folder), encoding="utf-8")  # noqa: SIM115


class StreamingSheet(Worksheet):
    """A worksheet that can append many rows quickly.

    In an :class:`ExportWorkbook` (package in memory) it still streams its rows
    like constant_memory mode, but into an unnamed scratch file in ``scratch_folder``.
    Should xlsxwriter's private hooks change, the sheet falls back to its public
    in-memory mode: more memory, still no named file.
    """

    constant_memory: bool  # set by Worksheet._initialize (xlsxwriter has no type hints)

    def __init__(self, scratch_folder: Path | None = None) -> None:
        super().__init__()
        self.scratch_folder = scratch_folder

    def _initialize(self, init_data: dict[str, Any]) -> None:
        super()._initialize(init_data)
        if not self.constant_memory:  # in_memory workbook: stream rows anyway, to an unnamed file
            self.constant_memory = True
            self.row_data_filename = None
            self.row_data_fh = self.fh = _unnamed_text(self.scratch_folder)
            self.row_data_fh_closed = False

    def _opt_close(self) -> None:
        if not self.row_data_fh_closed and self.row_data_fh is not None:
            self.row_data_fh.close()
            self.row_data_fh_closed = True

    def _opt_reopen(self) -> None:
        self.fh = self.row_data_fh  # an unnamed file cannot be reopened: it is simply never closed early

    def _write_optimized_sheet_data(self) -> None:
        if self.dim_rowmin is None:
            self._xml_empty_tag("sheetData")
            return
        self._xml_start_tag("sheetData")
        self.row_data_fh.seek(0)
        while data := self.row_data_fh.read(1 << 16):
            self.fh.write(data)
        self._opt_close()
        self._xml_end_tag("sheetData")

    def write_header(self, names: Sequence[str], bold: Any, widths: Sequence[float] = ()) -> None:
        """Row 0: bold column names, frozen; optional column widths."""
        for col, width in enumerate(widths):
            self.set_column(col, col, width)
        for col, name in enumerate(names):
            self.write_string(0, col, _safe_for_public_api(cell_text(name)), bold)
        self.freeze_panes(1, 0)

    def append_rows(
        self,
        rows: Iterable[Sequence[Any]],
        ticker: Ticker | None = None,
        *,
        first: int = 1,
        safe: bool = False,
    ) -> int:
        """Write ``rows`` from row ``first`` on; strings as text, numbers as numbers. Returns the count.

        ``safe=True`` says the strings went through :func:`cell_text` already.
        """
        fast = (
            all(hasattr(self, name) for name in _PRIVATE)
            and self.row_data_fh is not None
            and self.fh is self.row_data_fh
        )
        writer = self._fast_rows if fast else self._public_rows
        return writer(rows, ticker, first, str if safe else cell_text)

    def _fast_rows(
        self, rows: Iterable[Sequence[Any]], ticker: Ticker | None, first: int, prepare: Callable[[str], str]
    ) -> int:
        self._write_single_row(first)  # flush the header row xlsxwriter still holds
        letters: list[str] = []
        tails: dict[str, str] = {}  # short repeated strings (names, paths) -> their escaped cell XML
        fh = self.fh
        row = first - 1
        widest = 0
        pending: list[str] = []
        for row, values in enumerate(rows, start=first):  # noqa: B007 (row is used after the loop)
            if row >= EXCEL_MAX_ROWS:
                raise AnnotatorError(
                    translate(
                        "CoreExport", "too many rows for one Excel sheet (1,048,576); export CSV instead"
                    )
                )
            while len(letters) < len(values):
                letters.append(f'<c r="{xl_col_to_name(len(letters))}')
            widest = max(widest, len(values))
            number = str(row + 1)
            pending.append(f'<row r="{number}">')
            for col, value in enumerate(values):
                if value.__class__ is str:
                    if not value:
                        continue
                    tail = tails.get(value)
                    if tail is None:
                        tail = _string_tail(prepare(value))
                        if len(value) <= 120 and len(tails) < 50_000:
                            tails[value] = tail
                    pending.append(f"{letters[col]}{number}{tail}")
                elif isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
                    shown = format(value, ".16G") if isinstance(value, float) else int(value)
                    pending.append(f'{letters[col]}{number}"><v>{shown}</v></c>')
                elif value is not None and not isinstance(value, float) and str(value):
                    pending.append(f"{letters[col]}{number}{_string_tail(prepare(str(value)))}")
            pending.append("</row>")
            if len(pending) > 4000:
                fh.write("".join(pending))
                pending.clear()
            if ticker is not None:
                ticker.step()
        fh.write("".join(pending))
        if row >= first:
            self._check_dimensions(first, 0)
            self._check_dimensions(row, max(widest - 1, 0))
            self.previous_row = row
        return row - first + 1

    def _public_rows(
        self, rows: Iterable[Sequence[Any]], ticker: Ticker | None, first: int, prepare: Callable[[str], str]
    ) -> int:
        count = 0
        for row, values in enumerate(rows, start=first):
            for col, value in enumerate(values):
                if isinstance(value, int | float):
                    if not isinstance(value, float) or math.isfinite(value):
                        self.write_number(row, col, value)
                elif value:
                    self.write_string(row, col, _safe_for_public_api(prepare(str(value))))
            count += 1
            if ticker is not None:
                ticker.step()
        return count


class _SpooledPart(io.StringIO):
    """A package part written to an unnamed file; the zip writer reads it as a memory map.

    xlsxwriter accepts a part as "in memory" when it is a ``StringIO``; this one only
    looks like one, so a sheet of 100,000 codings never sits in memory as one string.
    """

    def __init__(self, folder: Path | None) -> None:
        super().__init__()
        self._file = tempfile.TemporaryFile(dir=folder)  # noqa: SIM115 (closed by close())
        self._text = io.TextIOWrapper(self._file, encoding="utf-8", write_through=False)
        self._map: mmap.mmap | None = None

    def write(self, s: str) -> int:
        return self._text.write(s)

    def getvalue(self) -> Any:  # a memory map (or b''), which the zip writer reads like bytes
        self._text.flush()
        if self._file.seek(0, io.SEEK_END) == 0:
            return b""
        self._map = mmap.mmap(self._file.fileno(), 0, access=mmap.ACCESS_READ)
        return self._map

    def close(self) -> None:
        if self._map is not None:
            self._map.close()
        self._text.close()
        super().close()


class _ScratchPackager(Packager):
    """Sheet parts go to unnamed files (marked binary, so xlsxwriter does not re-encode them)."""

    scratch_folder: Path | None = None
    spooled: list[_SpooledPart]

    def _filename(self, xml_filename: str) -> Any:
        if not xml_filename.startswith("xl/worksheets/sheet"):
            return super()._filename(xml_filename)
        part = _SpooledPart(self.scratch_folder)
        self.spooled.append(part)
        self.filenames.append((part, xml_filename, True))
        return part


class _Workbook(xlsxwriter.Workbook):
    scratch_folder: Path | None = None
    spooled: list[_SpooledPart]

    def _get_packager(self) -> Packager:
        packager = _ScratchPackager()
        packager.scratch_folder = self.scratch_folder
        packager.spooled = self.spooled
        return packager


class ExportWorkbook:
    """A workbook written straight into ``out`` (a binary file object) with no named
    temporary file: rows and sheet XML go to unnamed scratch files in ``scratch``
    (a folder; the system temp folder when None)."""

    def __init__(self, out: IO[bytes], scratch: Path | None = None) -> None:
        self.scratch = scratch
        self.book = _Workbook(
            out,
            {
                "in_memory": True,
                "strings_to_numbers": False,
                "strings_to_formulas": False,
                "strings_to_urls": False,
            },
        )
        self.book.scratch_folder = scratch
        self.book.spooled = []
        self.bold = self.book.add_format({"bold": True})

    def sheet(self, name: str) -> StreamingSheet:
        scratch = self.scratch
        sheet: StreamingSheet = self.book.add_worksheet(name, worksheet_class=lambda: StreamingSheet(scratch))
        return sheet

    def close(self) -> None:
        self.book.close()

    def discard(self) -> None:
        """Drop everything: scratch files are unnamed, so closing them is all it takes."""
        self.book.fileclosed = True

    def release(self) -> None:
        for sheet in self.book.worksheets():
            if isinstance(sheet, StreamingSheet):
                sheet._opt_close()
        for part in self.book.spooled:
            part.close()


@contextmanager
def workbook(out: IO[bytes], scratch: Path | None = None) -> Iterator[ExportWorkbook]:
    """An :class:`ExportWorkbook` written on success and discarded on error."""
    book = ExportWorkbook(out, scratch)
    try:
        yield book
        book.close()
    except BaseException:
        book.discard()
        raise
    finally:
        book.release()


def sheet_of_rows(
    book: ExportWorkbook, name: str, rows: list[list[Any]], widths: Sequence[float] = ()
) -> None:
    """A small sheet: the first row is the header."""
    sheet = book.sheet(name)
    sheet.write_header([str(h) for h in rows[0]] if rows else [], book.bold, widths)
    sheet.append_rows(rows[1:])
