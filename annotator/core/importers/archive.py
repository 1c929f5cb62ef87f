"""Open DOCX and ODT packages (zip archives) as the untrusted input they are.

A document may come from anyone, so before a parser touches a member we
check the sizes the archive declares: a "zip bomb" inflating a few kilobytes
into gigabytes is refused at once, without decompressing anything. Python's
zipfile never returns more bytes than a member declares, so checking the
declared sizes is enough to bound memory. XML is parsed without entity
resolution or network access (no billion-laughs, no external entities).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from lxml import etree

from annotator.core.errors import ImportFailed
from annotator.core.messages import translate

MAX_TOTAL_UNCOMPRESSED = 512 * 1024 * 1024
MAX_RATIO = 200
RATIO_CHECK_FLOOR = 1024 * 1024  # small members may compress very well; only big ones can hurt
_ALLOWED_COMPRESSION = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})


def open_package(data: bytes, format_label: str, *, path: Path) -> zipfile.ZipFile:
    """A ZipFile over ``data`` whose declared sizes are sane.

    Raises:
        ImportFailed: not a zip archive, a damaged one, or a zip bomb.
    """
    if not data.startswith(b"PK"):
        raise ImportFailed(
            translate("CoreImport", "not a valid {format_label} file (not a zip archive)").format(
                format_label=format_label
            ),
            path=path,
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise ImportFailed(
            translate(
                "CoreImport", "not a valid {format_label} file (damaged or truncated zip archive)"
            ).format(format_label=format_label),
            path=path,
        ) from None
    total = 0
    for member in members:
        total += member.file_size
        if member.compress_type not in _ALLOWED_COMPRESSION:
            raise ImportFailed(
                translate(
                    "CoreImport", "not a valid {format_label} file (unsupported zip compression)"
                ).format(format_label=format_label),
                path=path,
            )
        ratio = member.file_size / max(member.compress_size, 1)
        if total > MAX_TOTAL_UNCOMPRESSED or (member.file_size > RATIO_CHECK_FLOOR and ratio > MAX_RATIO):
            raise ImportFailed(
                translate(
                    "CoreImport", "refused: {format_label} file would expand to an unsafe size (zip bomb?)"
                ).format(format_label=format_label),
                path=path,
            )
    return archive


def read_member(archive: zipfile.ZipFile, name: str) -> bytes | None:
    """A member's bytes, or None when the archive has no such member."""
    try:
        return archive.read(name)
    except KeyError:
        return None


def parse_xml(blob: bytes) -> etree._Element:
    """Parse a package part safely (no entities, no network, bounded depth).

    A parser per call: lxml parser objects must not be shared between the
    GUI's worker threads.
    """
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
    return etree.fromstring(blob, parser=parser)
