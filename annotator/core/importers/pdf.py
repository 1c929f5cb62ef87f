"""PDF files: the text layer, page by page, pages separated by a blank line.

pypdf reads the text that the PDF carries; it does no OCR. A scanned
testimony has pages of pictures and no text layer, and importing it as an
empty or near-empty document would look like a successful import, so such a
file is refused with a hint to run OCR first. Pages without text inside an
otherwise textual PDF are kept (as empty pages) and listed in the metadata so
the user can check them.

An encrypted PDF that opens without a password (only printing or copying is
restricted) is read; one that needs a password is refused: we never ask for
or try passwords. AES encryption needs the ``cryptography`` package.

pypdf reports recoverable oddities through the ``pypdf`` logger; it is
silenced so that nothing reaches the user's terminal. (We do not touch the
``warnings`` filters: they are process-global and imports run in threads.)
"""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError

from annotator.core.errors import ImportFailed
from annotator.core.importers.common import ImportedText, finish, reading
from annotator.core.messages import translate

_pypdf_logger = logging.getLogger("pypdf")
_pypdf_logger.setLevel(logging.CRITICAL)
_pypdf_logger.addHandler(logging.NullHandler())  # never Python's last-resort stderr handler

_TAIL = 4096  # where a complete file has its %%EOF marker
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.05


def read_pdf(data: bytes, *, path: Path) -> ImportedText:
    """Text of a .pdf file; pages joined by ``"\\n\\n"``."""
    if b"%PDF-" not in data[:1024]:
        raise ImportFailed(translate("CoreImport", "not a valid PDF file (no %PDF header)"), path=path)
    if b"%%EOF" not in data[-_TAIL:]:
        raise ImportFailed(
            translate("CoreImport", "not a valid PDF file (truncated: no end-of-file marker)"), path=path
        )
    with reading("PDF", path):
        reader = PdfReader(io.BytesIO(data))
        _unlock(reader, path)
        pages = [page.extract_text() or "" for page in reader.pages]
    if not any(page.strip() for page in pages):
        raise ImportFailed(translate("CoreImport", "no text layer (scanned PDF?) — run OCR first"), path=path)
    pages = _without_controls(pages, path)
    metadata = {"pages": str(len(pages))}
    empty = [str(number) for number, page in enumerate(pages, start=1) if not page.strip()]
    if empty:
        metadata["pages_without_text"] = ",".join(empty)
    title = _title(reader)
    if title:
        metadata["title"] = title
    return finish("\n\n".join(page.strip("\n") for page in pages), "pdf", metadata, path=path)


def _without_controls(pages: list[str], path: Path) -> list[str]:
    """Drop control characters; refuse a text layer that is mostly made of them.

    Fonts without a Unicode map make pypdf return glyph numbers as control
    characters: a few are noise (dropped), many mean the text is unreadable.
    """
    total = sum(len(page) for page in pages)
    controls = sum(len(_CONTROLS.findall(page)) for page in pages)
    if controls > _MAX_CONTROL_SHARE * total:
        raise ImportFailed(
            translate(
                "CoreImport", "text layer is unreadable (fonts without a Unicode map?) — run OCR first"
            ),
            path=path,
        )
    return [_CONTROLS.sub("", page) for page in pages] if controls else pages


def _unlock(reader: PdfReader, path: Path) -> None:
    if not reader.is_encrypted:
        return
    try:
        opened = reader.decrypt("")
    except DependencyError:
        raise ImportFailed(
            translate(
                "CoreImport", "encrypted PDF (AES) cannot be read: the 'cryptography' package is missing"
            ),
            path=path,
        ) from None
    except FileNotDecryptedError:
        opened = PasswordType.NOT_DECRYPTED
    if not opened:
        raise ImportFailed(
            translate("CoreImport", "password-protected PDF: remove the password, then import"), path=path
        )


def _title(reader: PdfReader) -> str:
    try:
        info = reader.metadata
        title = info.title if info is not None else None
    except Exception:  # noqa: BLE001 - a damaged info dictionary must not cost the text
        return ""
    return " ".join(str(title).split()) if title else ""
