"""Plain text (.txt, .text) and Markdown (.md, .markdown).

Markdown is kept exactly as written, markup included: rendering would change
the characters (``**emphasis**`` would lose its asterisks) and every coding
offset must point into the text the researcher sees in the source file. For
the same reason nothing is trimmed: only line breaks and the BOM are
normalised. A few undecodable stray bytes become U+FFFD (see
:mod:`.encoding`); their number is reported as ``replacement_characters``.
"""

from __future__ import annotations

from pathlib import Path

from annotator.core.importers.common import ImportedText, finish
from annotator.core.importers.encoding import decode_text_bytes


def read_txt(data: bytes, *, path: Path) -> ImportedText:
    """A plain-text file in any common encoding (see :mod:`.encoding`)."""
    return _read(data, "txt", path)


def read_md(data: bytes, *, path: Path) -> ImportedText:
    """A Markdown file, as written (not rendered)."""
    return _read(data, "md", path)


def _read(data: bytes, source_format: str, path: Path) -> ImportedText:
    text, encoding = decode_text_bytes(data, path=path)
    metadata = {"encoding": encoding}
    damaged = text.count("\ufffd")
    if damaged:  # stray bytes were replaced: worth a look before coding
        metadata["replacement_characters"] = str(damaged)
    return finish(text, source_format, metadata, path=path, tidy=False)
