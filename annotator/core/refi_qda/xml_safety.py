"""Parse untrusted REFI-QDA XML without letting it reach anything but itself.

A ``.qdpx`` or ``.qdc`` comes from someone else's machine. No real REFI-QDA
file has a DTD, so any ``<!DOCTYPE`` (and with it every entity trick: billion
laughs, external entities reading ``/etc/passwd`` or a URL) is refused before
the parser sees a byte. The parser is configured defensively as well, in case
a DTD slips past the scan in an exotic encoding: no entity resolution, no
network, no DTD loading, libxml2's default size and depth limits.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from io import BytesIO
from pathlib import Path
from typing import Protocol, TypedDict

from lxml import etree

from annotator.core.errors import ImportFailed
from annotator.core.messages import translate

# "<!DOCTYPE" and "<!ENTITY" as UTF-8/ASCII, UTF-16 LE and UTF-16 BE bytes.
_MARKERS: tuple[bytes, ...] = tuple(
    marker.encode(codec)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for codec in ("ascii", "utf-16-le", "utf-16-be")
)


class ByteReader(Protocol):
    """What the streaming parser reads: a file opened ``rb``, a BytesIO, a zip member stream."""

    def read(self, size: int = -1, /) -> bytes: ...


class ParserOptions(TypedDict):
    """The defensive settings every parser here gets (a TypedDict so each is checked by name)."""

    resolve_entities: bool
    no_network: bool
    load_dtd: bool
    dtd_validation: bool
    huge_tree: bool


PARSER_OPTIONS: ParserOptions = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "huge_tree": False,
}


def refuse_dtd(data: bytes, *, path: str | Path, label: str) -> None:
    """Raise ImportFailed if ``data`` declares a DTD or entities (in any common encoding)."""
    if any(marker in data for marker in _MARKERS):
        raise ImportFailed(
            translate(
                "CoreRefiQda", "refused: {label} declares a DTD or entities (not allowed in REFI-QDA files)"
            ).format(label=label),
            path=path,
        )


def safe_parser(*, keep_pis: bool = False) -> etree.XMLParser:
    """A fresh parser per call: lxml parsers must not be shared between threads.
    ``keep_pis`` keeps processing instructions (inert text: a ``.qdc`` carries value fields in them)."""
    return etree.XMLParser(remove_comments=True, remove_pis=not keep_pis, **PARSER_OPTIONS)


def parse(data: bytes, *, path: str | Path, label: str, keep_pis: bool = False) -> etree._Element:
    """The root element of ``data``, parsed safely; one-line ImportFailed otherwise."""
    refuse_dtd(data, path=path, label=label)
    try:
        root = etree.fromstring(data, safe_parser(keep_pis=keep_pis))
    except etree.XMLSyntaxError as exc:
        raise ImportFailed(
            translate("CoreRefiQda", "{label} is not well-formed XML ({reason})").format(
                label=label, reason=_reason(exc)
            ),
            path=path,
        ) from None
    _check_no_doctype(root.getroottree(), path=path, label=label)
    return root


def iterparse(
    data: bytes | ByteReader,
    *,
    path: str | Path,
    label: str,
    tags: Sequence[str] | None = None,
    keep_pis: bool = False,
) -> Iterator[etree._Element]:
    """Elements of ``data`` as they end (the root last), parsed safely; only ``tags``
    (local names, any namespace) when given; ``keep_pis`` keeps processing instructions
    (inert text: codes' labels in other languages ride in them).

    Streaming lets the reader handle one source at a time and free it, so a
    project with 100,000 codings never sits in memory as a whole tree. ``data``
    may be a binary stream (a zip member as it inflates): it is scanned for a
    DTD as it is read, so the file is never held whole either.
    """
    if isinstance(data, bytes | bytearray):
        refuse_dtd(bytes(data), path=path, label=label)
        source: ByteReader = BytesIO(data)
    else:
        source = _NoDtd(data, path=path, label=label)
    wanted = [f"{{*}}{t}" for t in tags] if tags else None
    context = etree.iterparse(
        source, events=("end",), tag=wanted, remove_comments=True, remove_pis=not keep_pis, **PARSER_OPTIONS
    )
    checked = False
    try:
        for _event, element in context:
            if not checked:
                _check_no_doctype(element.getroottree(), path=path, label=label)
                checked = True
            yield element
    except etree.XMLSyntaxError as exc:
        raise ImportFailed(
            translate("CoreRefiQda", "{label} is not well-formed XML ({reason})").format(
                label=label, reason=_reason(exc)
            ),
            path=path,
        ) from None


class _NoDtd:
    """A binary stream that refuses a DTD or entity declaration as the bytes go by
    (the markers are also looked for across the boundary of two reads)."""

    OVERLAP = max(len(m) for m in _MARKERS) - 1

    def __init__(self, inner: ByteReader, *, path: str | Path, label: str) -> None:
        self.inner, self.path, self.label = inner, path, label
        self.tail = b""

    def read(self, n: int = -1) -> bytes:
        data = self.inner.read(n)
        refuse_dtd(self.tail + data, path=self.path, label=self.label)
        self.tail = (self.tail + data)[-self.OVERLAP :]
        return data


def _check_no_doctype(tree: etree._ElementTree, *, path: str | Path, label: str) -> None:
    info = tree.docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise ImportFailed(
            translate(
                "CoreRefiQda", "refused: {label} declares a DTD or entities (not allowed in REFI-QDA files)"
            ).format(label=label),
            path=path,
        )


def _reason(exc: etree.XMLSyntaxError) -> str:
    message = " ".join(str(exc).split())
    return message if len(message) <= 120 else message[:117] + "..."
