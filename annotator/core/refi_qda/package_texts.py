"""The texts inside a ``.qdpx``: finding a member by its ``internal://`` name and decoding it.

Tools disagree on the folder's case (``sources/``, ``Sources/``) and on the
encoding, so a name is matched ignoring case and a text that is not the
standard's UTF-8 is decoded by the same detector as imported ``.txt`` files
(and noted). Only plain file names inside the package are ever looked up:
``relative://``/``absolute://`` paths and names with slashes are refused,
so a package can never make us read a file of the user's machine.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from lxml import etree

from annotator.core.errors import ImportFailed
from annotator.core.importers.encoding import decode_text_bytes
from annotator.core.refi_qda.common import ImportNotes
from annotator.core.refi_qda.zip_safety import SafeArchive


class PackageTexts:
    """Reads the texts a package holds; problems go to ``notes``, never raise."""

    def __init__(self, archive: SafeArchive, notes: ImportNotes) -> None:
        self.archive = archive
        self.notes = notes

    def member_for(self, uri: str, label: str) -> str | None:
        uri = uri.strip()
        if not uri.lower().startswith("internal://"):
            self.notes.skipped.append(f"{label}: its file {uri!r} is outside the package")
            return None
        name = uri[len("internal://") :].lstrip("/")
        if not name or "/" in name or "\\" in name or name in (".", ".."):
            self.notes.skipped.append(f"{label}: its file reference {uri!r} is not a plain file name")
            return None
        for folder in ("sources/", ""):
            found = self.archive.find(folder + name)
            if found is not None:
                return found
        lowered = name.lower()
        return next(
            (n for n in self.archive.names() if n.replace("\\", "/").rsplit("/", 1)[-1].lower() == lowered),
            None,
        )

    def internal_text(self, uri: str, label: str) -> str | None:
        member = self.member_for(uri, label)
        if member is None:
            if uri.lower().startswith("internal://"):
                self.notes.skipped.append(f"{label}: {uri!r} is missing from the package")
            return None
        return self.decode(self.archive.read(member), label)

    def decode(self, data: bytes | bytearray, label: str) -> str | None:
        """The text of a plain-text source: UTF-8 as the standard says, else detected.

        Decoded from a view of ``data`` (a big text is not copied once more).
        """
        view = memoryview(data)
        if data.startswith(codecs.BOM_UTF8):
            view = view[len(codecs.BOM_UTF8) :]
        if b"\x00" not in data:
            try:
                return str(view, "utf-8")
            except UnicodeDecodeError:
                pass
        try:
            text, encoding = decode_text_bytes(bytes(view), path=label)
        except ImportFailed as exc:
            self.notes.skipped.append(f"{label}: {exc.reason}")
            return None
        self.notes.warnings.append(f"{label}: text is not UTF-8; read as {encoding}")
        return text

    def converted_text(self, element: etree._Element, label: str, kind: str) -> str | None:
        """Text from the rich original (docx or pdf) when the plain text is missing or empty."""
        uri = element.get("richTextPath") if kind == "TextSource" else element.get("path")
        if not uri or not uri.lower().startswith("internal://"):
            return None
        member = self.member_for(uri, label)
        suffix = Path(member or "").suffix.lower()
        if member is None or suffix not in (".docx", ".pdf"):
            return None
        from annotator.core.importers.docx import read_docx  # noqa: PLC0415 (rarely needed)
        from annotator.core.importers.pdf import read_pdf  # noqa: PLC0415

        reader = read_docx if suffix == ".docx" else read_pdf
        try:
            text = reader(bytes(self.archive.read(member)), path=Path(label + suffix)).text
        except ImportFailed:
            return None
        self.notes.warnings.append(
            f"{label}: no plain text in the package; text taken from its {suffix} file"
        )
        return text
