"""Write a codebook as a REFI-QDA ``.qdc`` file that validates against Codebook.xsd."""

from __future__ import annotations

import os
from pathlib import Path

from annotator.core.codebook import CodebookFile
from annotator.core.errors import AnnotatorError, UsageError
from annotator.core.refi_qda import xmlwrite
from annotator.core.refi_qda.codes import by_parent, write_code
from annotator.core.refi_qda.common import CODEBOOK_SCHEMA_URL, NS_CODEBOOK, ORIGIN, XSI


def codebook_xml(book: CodebookFile) -> bytes:
    """The ``.qdc`` bytes for ``book`` (codes nested by parent, definitions in Description)."""
    if not book.codes:
        # Codebook.xsd requires at least one <Code>: an empty file would not validate.
        raise UsageError("the codebook has no codes; there is nothing to export")
    head = {
        "xmlns": NS_CODEBOOK,
        "xmlns:xsi": XSI,
        "xsi:schemaLocation": f"{NS_CODEBOOK} {CODEBOOK_SCHEMA_URL}",
        "origin": ORIGIN,
    }
    out = ['<?xml version="1.0" encoding="utf-8"?>\n', f"<CodeBook{xmlwrite.attrs(head)}>\n", "<Codes>\n"]
    tree = by_parent(list(book.codes))
    for code in tree.get(None, ()):
        write_code(out, code, tree, indent="  ")
    out.append("</Codes>\n</CodeBook>\n")
    return "".join(out).encode("utf-8")


def write_codebook(book: CodebookFile, path: str | Path) -> None:
    """Write ``book`` to ``path`` (written beside it, then moved in)."""
    path = Path(path)
    data = codebook_xml(book)
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise AnnotatorError(f"cannot write the file ({exc.strerror or exc})", path=path) from None
