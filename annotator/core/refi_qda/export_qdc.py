"""Write a codebook as a REFI-QDA ``.qdc`` file that validates against Codebook.xsd."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from annotator.core.codebook import CodebookFile
from annotator.core.errors import UsageError
from annotator.core.messages import translate
from annotator.core.outputs import write_output
from annotator.core.refi_qda import xmlwrite
from annotator.core.refi_qda.codes import by_parent, write_code
from annotator.core.refi_qda.common import CODEBOOK_SCHEMA_URL, NS_CODEBOOK, ORIGIN, XSI


def codebook_xml(book: CodebookFile) -> bytes:
    """The ``.qdc`` bytes for ``book`` (codes nested by parent, definitions in Description,
    value fields and labels in other languages in processing instructions other programs pass over)."""
    if not book.codes:
        # Codebook.xsd requires at least one <Code>: an empty file would not validate.
        raise UsageError(translate("CoreRefiQda", "the codebook has no codes; there is nothing to export"))
    head = {
        "xmlns": NS_CODEBOOK,
        "xmlns:xsi": XSI,
        "xsi:schemaLocation": f"{NS_CODEBOOK} {CODEBOOK_SCHEMA_URL}",
        "origin": ORIGIN,
    }
    out = ['<?xml version="1.0" encoding="utf-8"?>\n', f"<CodeBook{xmlwrite.attrs(head)}>\n", "<Codes>\n"]
    tree = by_parent(list(book.codes))
    for code in tree.get(None, ()):
        write_code(out, code, tree, fields=book.fields, labels=book.labels, indent="  ")
    out.append("</Codes>\n</CodeBook>\n")
    return "".join(out).encode("utf-8")


def write_codebook(
    book: CodebookFile,
    path: str | Path,
    *,
    force: bool = False,
    projects: Iterable[str | os.PathLike[str]] = (),
) -> None:
    """Write ``book`` to ``path``: checked first (never a project; an existing file only with
    ``force``), owner-only, and in place only when complete.

    Raises:
        UsageError: for a codebook without codes.
        OutputRefused: for a destination that may not be written.
    """
    data = codebook_xml(book)
    with write_output(path, force=force, projects=projects) as out:
        out.write(data)
