"""Read a REFI-QDA ``.qdc`` codebook (or the codebook inside a ``.qde``) into a CodebookFile."""

from __future__ import annotations

from pathlib import Path

from annotator.core.codebook import CodebookFile
from annotator.core.errors import CodebookError, ImportFailed
from annotator.core.messages import translate
from annotator.core.refi_qda import xml_safety
from annotator.core.refi_qda.codes import CodeReader
from annotator.core.refi_qda.common import ImportNotes, child, local

MAX_QDC_BYTES = 64 * 1024 * 1024  # a codebook of 100,000 codes is a few MB


def read_codebook(path: str | Path) -> tuple[CodebookFile, ImportNotes]:
    """Parse the codebook file at ``path``.

    Raises:
        CodebookError: one line naming the file (unreadable, too large, not
            well-formed, a DTD or entities, no codebook inside).
    """
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_QDC_BYTES + 1)
    except OSError as exc:
        raise CodebookError(
            translate("CoreRefiQda", "cannot read the file ({reason})").format(reason=exc.strerror or exc),
            path=path,
        ) from None
    if len(data) > MAX_QDC_BYTES:
        raise CodebookError(
            translate("CoreRefiQda", "refused: codebook file is too large (over 64 MB)"), path=path
        )
    notes = ImportNotes()
    try:
        root = xml_safety.parse(data, path=path, label="the codebook", keep_pis=True)
    except ImportFailed as exc:
        raise CodebookError(exc.reason, path=path) from None
    notes.origin = (root.get("origin") or "").strip()
    if local(root.tag) == "Project":  # a .qde given as a codebook: use its CodeBook
        holder = child(root, "CodeBook")
        root = holder if holder is not None else root
    codes = child(root, "Codes") if local(root.tag) == "CodeBook" else None
    if codes is None:
        raise CodebookError(
            translate(
                "CoreRefiQda", "not a REFI-QDA codebook (expected <CodeBook><Codes>, found <{local}>)"
            ).format(local=local(root.tag)),
            path=path,
        )
    reader = CodeReader(notes)
    try:
        reader.read(codes)
    except RecursionError:
        raise CodebookError(translate("CoreRefiQda", "codebook nested too deeply"), path=path) from None
    except CodebookError as exc:
        raise CodebookError(exc.reason, path=path) from None
    if not reader.codes:
        raise CodebookError(translate("CoreRefiQda", "the codebook has no codes"), path=path)
    return CodebookFile(
        name=path.stem, codes=tuple(reader.codes), fields=reader.fields, labels=reader.labels
    ), notes
