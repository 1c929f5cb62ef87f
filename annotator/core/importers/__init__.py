"""Turn a document file into the plain text a project stores.

One module per format; :func:`read_document` picks one by the file's suffix.
Every reader returns :func:`annotator.core.text.normalise` output, because
coding offsets index that exact text, and every failure is an
:class:`~annotator.core.errors.ImportFailed` whose message is one line naming
the file, never a library's traceback. The input file is only ever read.

Reader modules are imported on first use: together their libraries (lxml,
python-docx, pypdf, Beautiful Soup, charset-normalizer) take about 0.2 s to
import, which the CLI and the GUI's start-up should not pay for nothing.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from annotator.core.errors import ImportFailed
from annotator.core.importers.common import ImportedText, read_input, short_reason
from annotator.core.messages import translate

__all__ = ["SUPPORTED_SUFFIXES", "ImportedText", "decode_text_bytes", "read_document"]

# suffix -> (module in this package, reader function)
_READERS: dict[str, tuple[str, str]] = {
    ".txt": ("plain_text", "read_txt"),
    ".text": ("plain_text", "read_txt"),
    ".md": ("plain_text", "read_md"),
    ".markdown": ("plain_text", "read_md"),
    ".docx": ("docx", "read_docx"),
    ".pdf": ("pdf", "read_pdf"),
    ".odt": ("odt", "read_odt"),
    ".rtf": ("rtf", "read_rtf"),
    ".html": ("html", "read_html"),
    ".htm": ("html", "read_html"),
}

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(_READERS)


def read_document(path: str | Path) -> ImportedText:
    """Read a document and return its normalised text, format and metadata.

    The format is chosen by the suffix (case-insensitive), and the content
    must match it: a text file renamed to .docx is refused, not guessed at.

    Raises:
        ImportFailed: missing, unreadable, empty, damaged, encrypted or scanned
            input, a file without text, or an unsupported suffix.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in _READERS:
        shown = suffix or "(no extension)"
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise ImportFailed(
            translate("CoreImport", "unsupported file type {shown}; supported: {supported}").format(
                shown=shown, supported=supported
            ),
            path=path,
        )
    module_name, function_name = _READERS[suffix]
    module = importlib.import_module(f"{__name__}.{module_name}")
    reader = getattr(module, function_name)
    data = read_input(path)
    try:
        result: ImportedText = reader(data, path=path)
    except ImportFailed:
        raise
    except Exception as exc:  # noqa: BLE001 - last resort; the cause stays attached for logs
        raise ImportFailed(
            translate("CoreImport", "could not read this {format} file ({reason})").format(
                format=suffix[1:].upper(), reason=short_reason(exc)
            ),
            path=path,
        ) from exc
    return result


def decode_text_bytes(data: bytes, *, path: str | Path | None = None) -> tuple[str, str]:
    """``(text, encoding)`` for the bytes of a text file; see :mod:`.encoding`.

    Raises:
        ImportFailed: empty input, or bytes that are not text in any common encoding.
    """
    from annotator.core.importers.encoding import decode_text_bytes as decode  # noqa: PLC0415

    return decode(data, path=path)
