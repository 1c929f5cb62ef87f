"""What every exporter shares: the filtered data, the coding rows, safe cells, staged output.

- :func:`load` reads a filtered project once, through
  :func:`annotator.core.merge.read_project_data` (the single way to read a
  filtered project), and puts codings in reading order.
- :func:`neutralise` defuses spreadsheet formulas (CSV/XLSX "formula injection").
- :func:`staged_output` writes to a temporary file beside the destination and
  renames it at the end, so a cancelled or failed export leaves no partial file.
- :class:`Ticker` reports progress and honours cancellation every few thousand rows.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Unpack

from annotator.core.codebook import CodeTree
from annotator.core.errors import AnnotatorError, Cancelled
from annotator.core.merge import ProjectData, read_project_data
from annotator.core.model import Attribute, Coding, Document, ProjectInfo
from annotator.core.query import Filters, Selection, select
from annotator.core.store import ProjectStore

Destination = str | os.PathLike[str] | IO[bytes]
Progress = Callable[[int, int, str], None]
"""``progress(done, total, what)``; ``total`` may be 0 when unknown."""
IsCancelled = Callable[[], bool]
Pseudonymise = Callable[[str], str]
"""Applied to every exported piece of testimony: coded text, document text and
names, memos and text attribute values (a later issue supplies a name list)."""

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)\Z")
CODING_COLUMNS = ("document", "code", "coder", "start", "end", "text", "memo", "created_at")


def neutralise(value: str) -> str:
    """Prefix ``'`` to a cell that a spreadsheet would read as a formula (OWASP's advice).

    Cells starting with ``=``, ``+``, ``-``, ``@``, tab or CR are prefixed; a
    plain number such as ``-5`` or ``+3.5`` is left alone because a spreadsheet
    reads it as that number, never as a formula. The quote is visible in the
    cell: the price of making a hostile testimony harmless.
    """
    if value and value[0] in FORMULA_TRIGGERS and not _PLAIN_NUMBER.match(value):
        return "'" + value
    return value


class Ticker:
    """Progress and cancellation for a loop of ``total`` steps, checked every ``every`` steps."""

    def __init__(
        self,
        total: int,
        progress: Progress | None,
        cancelled: IsCancelled | None,
        what: str,
        every: int = 2000,
    ) -> None:
        self.total, self.progress, self.cancelled, self.what, self.every = (
            total,
            progress,
            cancelled,
            what,
            every,
        )
        self.done = 0

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled("export cancelled; no file was written")
        if self.progress is not None:
            self.progress(self.done, self.total, self.what)

    def step(self, n: int = 1) -> None:
        before = self.done
        self.done += n
        if before // self.every != self.done // self.every:
            self.check()


@contextmanager
def staged_output(destination: Destination, suffix: str = "") -> Iterator[Path]:
    """A temporary path to write to; on success it becomes ``destination``.

    For a path the temporary file sits beside it (same file system, so the
    final rename is atomic) and is created readable by the owner only, which
    suits testimony data. For a binary file object the bytes are copied into
    it only once the export is complete. On any error or :class:`Cancelled`
    the temporary file is removed and the destination is untouched.
    """
    if isinstance(destination, str | os.PathLike):
        target = Path(destination)
        try:
            fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=f"{suffix}.part", dir=target.parent)
        except OSError as exc:
            raise AnnotatorError(f"cannot write here ({exc.strerror})", path=target) from None
        os.close(fd)
        staged = Path(name)
        try:
            yield staged
            os.replace(staged, target)
        except OSError as exc:  # disk full, destination is a folder...: one readable line
            staged.unlink(missing_ok=True)
            raise AnnotatorError(f"cannot write the export ({exc.strerror or exc})", path=target) from None
        except BaseException:
            staged.unlink(missing_ok=True)
            raise
        return
    with tempfile.TemporaryDirectory(prefix="annotator-export-") as tmp:
        staged = Path(tmp) / f"export{suffix}"
        yield staged
        with staged.open("rb") as source:
            shutil.copyfileobj(source, destination)


@dataclass
class ExportData:
    """A filtered project in memory, with the look-ups every format needs."""

    info: ProjectInfo
    data: ProjectData
    selection: Selection
    tree: CodeTree
    codings: list[Coding]
    documents: list[Document]
    texts: dict[str, str]
    coder_names: dict[str, str]
    attributes: list[Attribute]
    values: dict[str, dict[str, str]]  # document GUID -> attribute GUID -> stored text
    pseudonymise: Pseudonymise | None = None
    doc_names: dict[str, str] = field(default_factory=dict)

    def clean(self, text: str) -> str:
        """Testimony text as it may leave the project (pseudonymised when asked)."""
        return self.pseudonymise(text) if self.pseudonymise is not None and text else text

    def coded_text(self, coding: Coding) -> str:
        return self.clean(self.texts[coding.document][coding.start : coding.end])

    def document_name(self, guid: str) -> str:
        return self.doc_names[guid]

    def attribute_cell(self, document: str, attribute: Attribute) -> str | int | float:
        """A value for a cell: numbers as numbers, text pseudonymised, missing as ``""``."""
        value = self.values.get(document, {}).get(attribute.guid, "")
        if value and attribute.type == "number":
            try:
                number = float(value)
                return int(number) if number.is_integer() and abs(number) < 2**53 else number
            except ValueError:
                pass
        return self.clean(value) if attribute.type == "text" else value

    def coding_header(self) -> list[str]:
        """Column names of the one-row-per-coding table; attributes after the fixed columns."""
        taken = set(CODING_COLUMNS)
        names = []
        for attribute in self.attributes:
            name = attribute.name if attribute.name not in taken else f"{attribute.name} (attribute)"
            taken.add(name)
            names.append(name)
        return [*CODING_COLUMNS, *names]

    def coding_rows(self, cell: Callable[[str], str] = str) -> Iterator[list[Any]]:
        """One row per coding, in reading order; ``cell`` makes each string safe for the format.

        Names, paths and attribute cells repeat across rows, so they pass
        through ``cell`` once per document or code, not once per row.
        """
        paths: dict[str, str] = {}
        coders = {guid: cell(name) for guid, name in self.coder_names.items()}
        per_doc: dict[str, list[Any]] = {}  # document -> [name, *attribute cells]
        clean = self.clean if self.pseudonymise is not None else str
        texts = self.texts
        for c in self.codings:
            head = per_doc.get(c.document)
            if head is None:
                attributes = [self.attribute_cell(c.document, a) for a in self.attributes]
                head = per_doc[c.document] = [
                    cell(self.doc_names[c.document]),
                    *(cell(v) if isinstance(v, str) else v for v in attributes),
                ]
            path = paths.get(c.code)
            if path is None:
                path = paths[c.code] = cell(self.tree.path(c.code))
            yield [
                head[0],
                path,
                coders.get(c.coder, ""),
                c.start,
                c.end,
                cell(clean(texts[c.document][c.start : c.end])),
                cell(clean(c.memo)) if c.memo else "",
                cell(c.created_at),
                *head[1:],
            ]


def load(
    store: ProjectStore, *, pseudonymise: Pseudonymise | None = None, **filters: Unpack[Filters]
) -> ExportData:
    """Read the project through ``read_project_data`` with the filters resolved to GUIDs.

    Raises:
        UnknownCode, NotFound: for filters naming nothing in the project.
    """
    tree = CodeTree(store.codes())
    selection = select(store, tree=tree, **filters)
    data = read_project_data(
        store,
        coders=sorted(selection.coders) if selection.coders is not None else None,
        codes=sorted(selection.codes) if selection.codes is not None else None,
        documents=sorted(selection.documents) if selection.documents is not None else None,
    )
    documents = [d for d, _ in data.documents]
    coder_names = {c.guid: c.name for c in store.coders()}
    by_document: dict[str, list[Coding]] = {}
    for c in data.codings:  # already by start, end within a document
        by_document.setdefault(c.document, []).append(c)
    codings = [c for d in documents for c in by_document.get(d.guid, ())]
    values: dict[str, dict[str, str]] = {}
    for doc, attribute, value in data.attribute_values:
        values.setdefault(doc, {})[attribute] = value
    result = ExportData(
        info=store.info(),
        data=data,
        selection=selection,
        tree=tree,
        codings=codings,
        documents=documents,
        texts={d.guid: text for d, text in data.documents},
        coder_names=coder_names,
        attributes=list(data.attributes),
        values=values,
        pseudonymise=pseudonymise,
    )
    # A name that pseudonymises to nothing (text dropped entirely) gets a neutral label,
    # so rows still say which document they come from.
    result.doc_names = {d.guid: result.clean(d.name) or f"Document {i}" for i, d in enumerate(documents, 1)}
    return result
