"""Open a ``.qdpx`` package as the untrusted zip archive it is.

Checks happen in two layers, because a zip's declared sizes can lie:

1. On opening, before anything is decompressed: every member name must stay
   inside the archive (no absolute path, drive letter or ``..``), no member
   may be encrypted or use an exotic compression, and no big member may
   declare a compression ratio no real project has (text and XML compress
   5-20:1; a bomb compresses 1000:1).
2. On reading, every member is streamed in chunks against a byte budget
   shared by the whole import (1 GiB by default), so a member that inflates
   past what it declared, or past the budget, is stopped after at most one
   chunk more than the limit, with bounded memory.

Stored (uncompressed) members get no special trust: a 1 GB stored
``project.qde`` used to be read whole, twice over (2 GB of memory). The
project file is now parsed as it streams (:meth:`SafeArchive.stream`), and a
member read whole (a source text, a note, a docx) may declare at most
``MAX_MEMBER_BYTES`` and is read into one buffer of its declared size.

Nothing is ever extracted to disk.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.core.errors import ImportFailed
from annotator.core.messages import translate

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

MAX_TOTAL_BYTES = 1 << 30  # what one import may inflate, all members together
MAX_MEMBER_BYTES = 128 << 20  # one member read whole (a source text: 128 MB is ~60,000 pages)
MAX_RATIO = 100  # uncompressed / compressed, checked on members above RATIO_FLOOR
RATIO_FLOOR = 1 << 20
MAX_MEMBERS = 200_000
CHUNK = 1 << 20
_DRIVE = re.compile(r"^[A-Za-z]:")
_COMPRESSIONS = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA})


def _size(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if n < 1024 or unit == "TB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)  # pragma: no cover


class SafeArchive:
    """A checked zip archive; read members with :meth:`read` (never ``ZipFile.read``)."""

    def __init__(
        self,
        path: str | Path,
        *,
        max_total: int = MAX_TOTAL_BYTES,
        max_ratio: float = MAX_RATIO,
        ratio_floor: int = RATIO_FLOOR,
        max_member: int = MAX_MEMBER_BYTES,
    ) -> None:
        self.path = Path(path)
        self.max_total = max_total
        self.max_member = max_member
        self.max_ratio = max_ratio
        self.ratio_floor = ratio_floor
        self.used = 0
        try:
            self.zip = zipfile.ZipFile(self.path)
            members = self.zip.infolist()
        except FileNotFoundError:
            raise ImportFailed(translate("CoreRefiQda", "file not found"), path=self.path) from None
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
            raise ImportFailed(
                translate("CoreRefiQda", "not a REFI-QDA project package (not a readable zip archive)"),
                path=path,
            ) from None
        except OSError as exc:
            raise ImportFailed(
                translate("CoreRefiQda", "cannot read the file ({reason})").format(
                    reason=exc.strerror or exc
                ),
                path=path,
            ) from None
        if len(members) > MAX_MEMBERS:
            self.close()
            raise ImportFailed(
                translate("CoreRefiQda", "refused: the package holds {count} files (limit {limit})").format(
                    count=len(members), limit=MAX_MEMBERS
                ),
                path=path,
            )
        try:
            for info in members:
                self._check(info)
        except ImportFailed:
            self.close()
            raise
        self.members = {info.filename: info for info in members if not info.is_dir()}
        self._lower: dict[str, str] = {}  # case-folded, forward-slashed name -> member name
        for name in self.members:
            self._lower.setdefault(name.replace("\\", "/").lower(), name)

    def _check(self, info: zipfile.ZipInfo) -> None:
        name = info.filename
        clean = name.replace("\\", "/")
        if "\x00" in name or clean.startswith("/") or _DRIVE.match(clean) or ".." in clean.split("/"):
            raise ImportFailed(
                translate(
                    "CoreRefiQda", "refused: the package holds a file whose path leaves it ({name!r})"
                ).format(name=name),
                path=self.path,
            )
        if info.flag_bits & 0x1:
            raise ImportFailed(
                translate("CoreRefiQda", "refused: {name!r} in the package is encrypted").format(name=name),
                path=self.path,
            )
        if info.compress_type not in _COMPRESSIONS:
            raise ImportFailed(
                translate("CoreRefiQda", "refused: {name!r} uses an unsupported zip compression").format(
                    name=name
                ),
                path=self.path,
            )
        if info.file_size > self.max_total:
            raise ImportFailed(
                translate(
                    "CoreRefiQda", "refused: {name!r} would inflate to {size} (limit {limit}; zip bomb?)"
                ).format(name=name, size=_size(info.file_size), limit=_size(self.max_total)),
                path=self.path,
            )
        if info.file_size > self.ratio_floor and info.file_size > self.max_ratio * max(info.compress_size, 1):
            ratio = info.file_size / max(info.compress_size, 1)
            raise ImportFailed(
                translate(
                    "CoreRefiQda",
                    "refused: {name!r} would inflate {ratio:.0f} times (limit {limit:.0f}; zip bomb?)",
                ).format(name=name, ratio=ratio, limit=self.max_ratio),
                path=self.path,
            )

    def close(self) -> None:
        self.zip.close()

    def __enter__(self) -> SafeArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def names(self) -> list[str]:
        return list(self.members)

    def find(self, name: str) -> str | None:
        """The member called ``name``, matched exactly, else ignoring case and slash direction."""
        if name in self.members:
            return name
        return self._lower.get(name.replace("\\", "/").lower())

    def read(self, name: str) -> bytearray:
        """A member's bytes, read whole: at most ``max_member`` bytes, into one buffer of
        its declared size (streamed against the import's byte budget)."""
        info = self.members[name]
        if info.file_size > self.max_member:
            raise ImportFailed(
                translate(
                    "CoreRefiQda",
                    "refused: {name!r} is {size}; a file inside a package may be at most {limit}",
                ).format(name=name, size=_size(info.file_size), limit=_size(self.max_member)),
                path=self.path,
            )
        data = bytearray(info.file_size)
        got = 0
        for chunk in self._chunks(info):
            data[got : got + len(chunk)] = chunk
            got += len(chunk)
        del data[got:]
        return data

    def stream(self, name: str) -> MemberStream:
        """A member as a binary file object that inflates as it is read (for a parser),
        against the same byte budget as :meth:`read`."""
        return MemberStream(self._chunks(self.members[name]), self.members[name].file_size)

    def _chunks(self, info: zipfile.ZipInfo) -> Iterator[bytes]:
        name = info.filename
        if self.used + info.file_size > self.max_total:
            raise ImportFailed(
                translate("CoreRefiQda", "refused: the package inflates past {size} (zip bomb?)").format(
                    size=_size(self.max_total)
                ),
                path=self.path,
            )
        got = 0
        try:
            with self.zip.open(info) as stream:
                while True:
                    chunk = stream.read(CHUNK)
                    if not chunk:
                        break
                    got += len(chunk)
                    self.used += len(chunk)
                    if got > info.file_size or self.used > self.max_total:
                        raise ImportFailed(
                            translate(
                                "CoreRefiQda",
                                "refused: {name!r} inflates past its declared size or the {size} limit "
                                "(zip bomb?)",
                            ).format(name=name, size=_size(self.max_total)),
                            path=self.path,
                        )
                    if got > self.ratio_floor and got > self.max_ratio * max(info.compress_size, 1):
                        raise ImportFailed(
                            translate(
                                "CoreRefiQda",
                                "refused: {name!r} inflates more than {limit:.0f} times (zip bomb?)",
                            ).format(name=name, limit=self.max_ratio),
                            path=self.path,
                        )
                    yield chunk
        except ImportFailed:
            raise
        except (
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            ValueError,
            OSError,
            RuntimeError,
            NotImplementedError,
        ) as exc:
            raise ImportFailed(
                translate("CoreRefiQda", "{name!r} in the package is damaged ({exc})").format(
                    name=name, exc=exc
                ),
                path=self.path,
            ) from None


class MemberStream(io.RawIOBase):
    """A zip member's bytes as a read-only binary stream, one inflated chunk held at a time."""

    def __init__(self, chunks: Iterator[bytes], size: int) -> None:
        super().__init__()
        self._chunks = chunks
        self._chunk = memoryview(b"")
        self._pos = 0
        self.size = size  # as declared (for progress)
        self.consumed = 0

    def readable(self) -> bool:
        return True

    def read(self, n: int | None = -1) -> bytes:
        if n is None or n < 0:  # the rest, as a file's read() gives it
            parts = [bytes(self._chunk[self._pos :]), *self._chunks]
            self._chunk, self._pos = memoryview(b""), 0
            out = b"".join(parts)
            self.consumed += len(out)
            return out
        if self._pos >= len(self._chunk):
            self._chunk, self._pos = memoryview(next(self._chunks, b"")), 0
        end = min(len(self._chunk), self._pos + n)
        out = bytes(self._chunk[self._pos : end])
        self._pos = end
        self.consumed += len(out)
        return out

    def readinto(self, buffer: WriteableBuffer, /) -> int:
        view = memoryview(buffer).cast("B")  # counted in bytes, whatever the buffer's item size
        data = self.read(len(view))
        view[: len(data)] = data
        return len(data)
