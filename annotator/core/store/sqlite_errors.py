"""SQLite's errors in words a researcher can act on.

Why: "database is locked", "disk I/O error" or "attempt to write a readonly
database" say nothing about what happened to the user's work or what to do,
and were once all reported as "the project file is damaged" (which makes
people restore backups they don't need). Each error class SQLite can raise
while a project is open maps to one line here: what happened, whether saved
work is safe, and what to do.
"""

from __future__ import annotations

import os
from pathlib import Path

from annotator.core.errors import (
    AnnotatorError,
    DiskFull,
    NotAProject,
    ProjectBusy,
    ProjectCorrupt,
    ProjectReadOnly,
)
from annotator.core.messages import translate


def _busy() -> str:
    return translate(
        "CoreStore",
        "is in use by another program, which kept it locked for more than 5 seconds (an encryption, "
        "a restore or a long import); try again when it has finished",
    )


def _full() -> str:
    return translate(
        "CoreStore",
        "the disk is full: this change was not saved (everything saved before is safe); free some space "
        "and try again",
    )


def _read_only() -> str:
    return translate(
        "CoreStore",
        "cannot be written here (a read-only disk or folder): open it read-only, "
        "or copy it to a writable folder",
    )


def _name(exc: BaseException) -> str:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return str(name).upper()


class DiskError(AnnotatorError):
    """An I/O error from the disk (removed, failing), not a damaged project."""


LOW_SPACE = 1 << 20  # less than this left: an I/O error is taken for a full disk


def _disk_nearly_full(path: str | Path | None) -> bool:
    """SQLite reports a full disk as a plain I/O error when growing its ``-shm`` or ``-wal``."""
    if path is None:
        return False
    folder = Path(path).parent
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):
        return False
    return stats.f_bavail * stats.f_frsize < LOW_SPACE


def describe(exc: BaseException, path: str | Path | None = None) -> AnnotatorError:
    """The domain error for an SQLite error raised while using an open project."""
    name, text = _name(exc), str(exc).lower()
    if (name.startswith("SQLITE_IOERR") or "disk i/o error" in text) and _disk_nearly_full(path):
        return DiskFull(_full(), path=path)
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED") or "locked" in text:
        return ProjectBusy(_busy(), path=path)
    if name.startswith("SQLITE_FULL") or "disk is full" in text or "database or disk is full" in text:
        return DiskFull(_full(), path=path)
    if name.startswith("SQLITE_READONLY") or "readonly database" in text or "read-only" in text:
        return ProjectReadOnly(_read_only(), path=path)
    if name.startswith("SQLITE_CORRUPT") or name.startswith("SQLITE_NOTADB") or "malformed" in text:
        return ProjectCorrupt(
            translate("CoreStore", "the project file is damaged ({exc})").format(exc=exc), path=path
        )
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        return DiskError(
            translate(
                "CoreStore",
                "a disk error stopped this change (the disk may be full, removed or failing); "
                "everything saved before is safe",
            ),
            path=path,
        )
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return NotAProject(translate("CoreStore", "cannot open the file ({exc})").format(exc=exc), path=path)
    return AnnotatorError(
        translate("CoreStore", "the project could not be used ({exc})").format(exc=exc), path=path
    )


def describe_open_error(exc: BaseException, path: str | Path) -> AnnotatorError:
    """Like :func:`describe`, for errors while opening: unknown ones mean a damaged file."""
    error = describe(exc, path)
    if type(error) is AnnotatorError:
        return ProjectCorrupt(
            translate("CoreStore", "the project file is damaged ({exc})").format(exc=exc), path=path
        )
    return error
