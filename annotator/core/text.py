"""Text normalisation and fingerprints.

Text is normalised once, at import, and stored exactly as shown; every coding
offset is a code-point index into that stored text (see README "Offsets").
"""

from __future__ import annotations

import hashlib
import re

_LINE_BREAKS = re.compile("\r\n|\r|\u2028|\u2029")


def normalise(text: str) -> str:
    """Drop a leading BOM and turn CRLF, lone CR, U+2028 and U+2029 into ``\\n``.

    Nothing else changes: tabs, trailing spaces and other characters are kept,
    because a researcher's quotation must match the source.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    return _LINE_BREAKS.sub("\n", text)


def sha256_text(text: str) -> str:
    """Hex sha256 of the UTF-8 encoding of normalised text: a document's identity."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def snippet(text: str, start: int, end: int, limit: int = 200) -> str:
    """The coded text, shortened in the middle for tables (never for exports)."""
    piece = text[start:end]
    if len(piece) <= limit:
        return piece
    half = limit // 2 - 1
    return f"{piece[:half]} … {piece[-half:]}"
