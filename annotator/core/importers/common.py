"""What every reader shares: the result type, reading the file, wrapping failures.

Readers never see a path they must open themselves: :func:`read_input` reads
the bytes once (the input file is opened read-only and never written), and
every reader parses those bytes in memory. Any exception a parsing library
raises becomes one readable :class:`ImportFailed` line, so a damaged file can
never show the user a traceback.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from annotator.core.errors import ImportFailed
from annotator.core.messages import translate
from annotator.core.text import normalise

MAX_INPUT_BYTES = 1 << 30  # 1 GiB: no testimony is that long; refuse before reading it all


@dataclass(frozen=True, slots=True)
class ImportedText:
    """A document's text as it will be stored, with what we learnt on the way."""

    text: str  # normalised plain text, never empty or whitespace-only
    source_format: str  # "txt", "md", "docx", "pdf", "odt", "rtf" or "html"
    metadata: dict[str, str]  # e.g. {"encoding": "cp949"}, {"pages": "3"}, {"title": ...}


def read_input(path: Path) -> bytes:
    """The file's bytes, or an ImportFailed that says why they cannot be had."""
    try:
        if not path.exists():
            raise ImportFailed(translate("CoreImport", "file not found"), path=path)
        if path.is_dir():
            raise ImportFailed(translate("CoreImport", "this is a folder, not a file"), path=path)
        if not path.is_file():  # a device or a pipe would never end
            raise ImportFailed(translate("CoreImport", "not a regular file"), path=path)
        if path.stat().st_size > MAX_INPUT_BYTES:
            raise ImportFailed(translate("CoreImport", "file too large to import (over 1 GiB)"), path=path)
        data = path.read_bytes()
    except ImportFailed:
        raise
    except PermissionError:
        raise ImportFailed(
            translate("CoreImport", "cannot read the file (permission denied)"), path=path
        ) from None
    except OSError as exc:
        raise ImportFailed(
            translate("CoreImport", "cannot read the file ({reason})").format(reason=exc.strerror or exc),
            path=path,
        ) from None
    if not data:
        raise ImportFailed(translate("CoreImport", "empty file"), path=path)
    return data


def finish(
    text: str, source_format: str, metadata: dict[str, str], *, path: Path, tidy: bool = True
) -> ImportedText:
    r"""Normalise, repair surrogates, refuse text-less documents, build the result.

    Converters can hand back UTF-16 surrogates (RTF spells U+20000 or an
    emoji as two ``\uN`` halves; a broken PDF font map can yield a lone
    half): pairs are joined into their code point and a lone half becomes
    U+FFFD, because the stored text must encode as UTF-8.

    ``tidy`` trims blank lines and spaces at the very start and end, which
    converters leave behind (a final paragraph mark, a page's trailing
    newline); plain-text files pass ``tidy=False`` and are kept as written.
    """
    text = normalise(_repair_surrogates(text))
    if tidy:
        text = text.lstrip("\n").rstrip()
    if not text.strip():
        raise ImportFailed(translate("CoreImport", "no text found"), path=path)
    return ImportedText(text=text, source_format=source_format, metadata=metadata)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _repair_surrogates(text: str) -> str:
    if _SURROGATE.search(text) is None:  # a C-speed scan: megabytes of text pass in milliseconds
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def short_reason(exc: BaseException) -> str:
    """One short line describing a library's exception."""
    message = " ".join(str(exc).split())
    if not message:
        return type(exc).__name__
    return message if len(message) <= 120 else message[:117] + "..."


@contextmanager
def reading(format_label: str, path: Path) -> Iterator[None]:
    """Turn any library failure into ``not a valid {FORMAT} file (reason)``.

    ImportFailed passes through unchanged, so readers can raise precise
    messages of their own inside the block.
    """
    try:
        yield
    except ImportFailed:
        raise
    except MemoryError:
        raise ImportFailed(
            translate("CoreImport", "{format_label} file too large to read into memory").format(
                format_label=format_label
            ),
            path=path,
        ) from None
    except RecursionError:
        raise ImportFailed(
            translate("CoreImport", "not a valid {format_label} file (nested too deeply to read)").format(
                format_label=format_label
            ),
            path=path,
        ) from None
    except Exception as exc:  # noqa: BLE001 - libraries raise anything on damaged input
        raise ImportFailed(
            translate("CoreImport", "not a valid {format_label} file ({reason})").format(
                format_label=format_label, reason=short_reason(exc)
            ),
            path=path,
        ) from None
