"""The texts inside a ``.qdpx``: finding a member by its file reference and decoding it.

The standard names a source's text ``internal://<file>`` (a file in the
package's ``sources/`` folder). Tools disagree on the folder's case
(``sources/``, ``Sources/``), and some leave the scheme out:
cproctor/qualitative-coding ("qc") 1.3.x writes the corpus-relative path
(``anna.txt``, ``interviews/bo.txt``) and copies its corpus under ``sources/``.
Such a reference is looked up in the package only — never on the user's
disk — so a name is matched ignoring case, under ``sources/`` or at the root,
and a reference that climbs out (``..``) or is absolute finds nothing.
``relative://``/``absolute://`` paths are refused: a package can never make
us read a file of the user's machine. A text that is not the standard's
UTF-8 is decoded by the same detector as imported ``.txt`` files (and noted).
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from lxml import etree

from annotator.core.errors import ImportFailed
from annotator.core.importers.encoding import decode_text_bytes
from annotator.core.messages import translate
from annotator.core.refi_qda.common import ImportNotes
from annotator.core.refi_qda.zip_safety import SafeArchive

_DRIVE = re.compile(r"^[A-Za-z]:")


class PackageTexts:
    """Reads the texts a package holds; problems go to ``notes``, never raise."""

    def __init__(self, archive: SafeArchive, notes: ImportNotes) -> None:
        self.archive = archive
        self.notes = notes
        self._unprefixed_noted = False
        self._lowered: dict[str, str] | None = None  # lower-cased member path -> member

    def _member(self, path: str) -> str | None:
        """The member at ``path``, compared ignoring letter case and slash direction."""
        if self._lowered is None:
            self._lowered = {}
            for name in self.archive.names():
                self._lowered.setdefault(name.replace("\\", "/").lower(), name)
        return self._lowered.get(path.lower())

    def locate(self, uri: str) -> tuple[str | None, str]:
        """(the member a file reference names, "") or (None, why it names none)."""
        uri = uri.strip()
        lowered = uri.lower()
        if lowered.startswith("internal://"):
            name = uri[len("internal://") :].lstrip("/")
            if not name or "/" in name or "\\" in name or name in (".", ".."):
                return None, f"its file reference {uri!r} is not a plain file name"
            found = self._member("sources/" + name) or self._member(name)
            if found is None:
                lowered_name = name.lower()
                found = next(
                    (
                        n
                        for n in self.archive.names()
                        if n.replace("\\", "/").rsplit("/", 1)[-1].lower() == lowered_name
                    ),
                    None,
                )
            return (found, "") if found is not None else (None, f"{uri!r} is missing from the package")
        if "://" in uri:
            return None, f"its file {uri!r} is outside the package"
        # No scheme: a path inside the package (qc 1.3.x), never a path on this machine.
        path = uri.replace("\\", "/")
        parts = path.split("/")
        if not path or path.startswith("/") or _DRIVE.match(path) or ".." in parts or "" in parts[:-1]:
            return None, f"its file {uri!r} is not a file inside the package"
        found = self._member("sources/" + path) or self._member(path)
        if found is None:
            return None, f"{uri!r} is missing from the package"
        if not self._unprefixed_noted:
            self._unprefixed_noted = True
            self.notes.warnings.append(
                translate(
                    "CoreRefiQda",
                    "file references without internal:// (first: {uri!r}) were read from the package's files",
                ).format(uri=uri)
            )
        return found, ""

    def member_for(self, uri: str, label: str) -> str | None:
        found, problem = self.locate(uri)
        if found is None:
            self.notes.skipped.append(
                translate("CoreRefiQda", "{label}: {problem}").format(label=label, problem=problem)
            )
        return found

    def read_text(self, uri: str, label: str) -> tuple[str | None, str]:
        """(the text a file reference names, "") or (None, why there is none)."""
        member, problem = self.locate(uri)
        if member is None:
            return None, problem
        text = self.decode(self.archive.read(member), label)
        return (text, "") if text is not None else (None, f"the text of {uri!r} cannot be decoded")

    def internal_text(self, uri: str, label: str) -> str | None:
        """The text a file reference names, or None with the reason in ``notes.skipped``."""
        member = self.member_for(uri, label)
        return None if member is None else self.decode(self.archive.read(member), label)

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
            self.notes.skipped.append(
                translate("CoreRefiQda", "{label}: {reason}").format(label=label, reason=exc.reason)
            )
            return None
        self.notes.warnings.append(
            translate("CoreRefiQda", "{label}: text is not UTF-8; read as {encoding}").format(
                label=label, encoding=encoding
            )
        )
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
            translate(
                "CoreRefiQda", "{label}: no plain text in the package; text taken from its {suffix} file"
            ).format(label=label, suffix=suffix)
        )
        return text
