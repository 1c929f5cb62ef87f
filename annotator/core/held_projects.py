"""Project files this process holds open, and the guard locks that keep them safe while it does.

Why a guard: SQLite locks with POSIX advisory (``fcntl``) locks, which belong to
the *process*, and closing ANY descriptor of a file drops all of the process's
locks on it. A file dialog sniffing the project's type, a thumbnailer, or our
own header check is enough. Another program that then closes its connection
finds no reader left, checkpoints and deletes the ``-wal`` and ``-shm`` under
us, and our next commits go into an unlinked file: lost, and the project reads
as "malformed" until reopened.

So while a project is open here we also hold *open file description* locks
(Linux ``F_OFD_SETLK``), which belong to our own descriptor and survive
other descriptors being closed: a read lock on one byte of SQLite's SHARED
range of the database file (no other process can take the EXCLUSIVE lock it
needs to delete the WAL, or to convert the file) and on the "dead man switch"
byte of the ``-shm`` file (no other process re-initialises the shared index
under us). They are released just before our last connection closes, so that
connection can checkpoint and tidy up as usual. Where OFD locks do not exist
(macOS, BSD) the registry still works and the weakness is documented; Windows
locks per handle and has no such problem.
"""

from __future__ import annotations

import os
import struct
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

if sys.platform == "win32":  # SQLite locks per handle there, and none of this is needed
    fcntl = None
else:
    import fcntl

# SQLite's lock bytes (os_unix.c): PENDING_BYTE = 0x40000000, RESERVED = +1, SHARED range = +2 .. +511.
SHARED_FIRST = 0x40000000 + 2
SHM_DMS_BYTE = 128  # UNIX_SHM_DMS: (22 + 8) * 4 + 8
_OFD: int | None = getattr(fcntl, "F_OFD_SETLK", None) if fcntl is not None else None


@dataclass
class _Held:
    count: int = 0
    encrypted: bool = False
    guard_fds: list[int] = field(default_factory=list)
    inode: tuple[int, int] | None = None


_HELD: dict[str, _Held] = {}
_LOCK = threading.Lock()


def key(path: str | os.PathLike[str]) -> str:
    return os.path.realpath(path)


def ofd_supported() -> bool:
    return _OFD is not None and sys.platform.startswith("linux")


def _flock(kind: int, start: int) -> bytes:
    # struct flock on Linux: short l_type, short l_whence, off_t l_start, off_t l_len, pid_t l_pid (0 for OFD)
    return struct.pack("hhqqi4x", kind, os.SEEK_SET, start, 1, 0)


def _ofd_read_lock(path: str, start: int) -> int | None:
    """A descriptor of ``path`` holding an OFD read lock on one byte (if the lock could be had).

    The descriptor is returned even when the lock failed: closing it now would drop this
    process's SQLite locks on the file, so it is closed with the others in :func:`unregister`.
    """
    if _OFD is None or not ofd_supported():
        return None
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        fcntl.fcntl(fd, _OFD, _flock(fcntl.F_RDLCK, start))
    except OSError:
        pass
    return fd


def register(path: str | os.PathLike[str], encrypted: bool, *, guard: bool = True) -> None:
    """Count one more connection of this process to ``path``; the first one takes the guard locks.

    Call after the connection has read the database (so the ``-shm`` exists).
    """
    real = key(path)
    with _LOCK:
        held = _HELD.setdefault(real, _Held(encrypted=encrypted))
        held.count += 1
        if guard and not held.guard_fds and ofd_supported():
            for target, byte in ((real, SHARED_FIRST), (real + "-shm", SHM_DMS_BYTE)):
                fd = _ofd_read_lock(target, byte)
                if fd is not None:
                    held.guard_fds.append(fd)
            try:
                st = os.stat(real)
                held.inode = (st.st_dev, st.st_ino)
            except OSError:
                held.inode = None


def release_guard(path: str | os.PathLike[str]) -> None:
    """Unlock the guard bytes if this is the last connection (it may then checkpoint and tidy up).

    The descriptors stay open until :func:`unregister`: closing them now would drop the
    closing connection's own POSIX locks.
    """
    with _LOCK:
        held = _HELD.get(key(path))
        if held is None or held.count > 1 or _OFD is None:  # guard_fds is empty without OFD locks
            return
        for fd in held.guard_fds:
            try:
                fcntl.fcntl(fd, _OFD, struct.pack("hhqqi4x", fcntl.F_UNLCK, os.SEEK_SET, 0, 0, 0))
            except OSError:
                pass


def unregister(path: str | os.PathLike[str]) -> None:
    """Count one connection fewer; after the last one, close the guard descriptors."""
    with _LOCK:
        real = key(path)
        held = _HELD.get(real)
        if held is None:
            return
        held.count -= 1
        if held.count > 0:
            return
        del _HELD[real]
        for fd in held.guard_fds:
            try:
                os.close(fd)
            except OSError:
                pass


def held_open(path: str | os.PathLike[str]) -> bool | None:
    """None when this process has no connection to ``path``, else whether it is encrypted."""
    with _LOCK:
        held = _HELD.get(key(path))
        return None if held is None else held.encrypted


def guarded(path: str | os.PathLike[str]) -> bool:
    """Whether this process holds guard locks on ``path`` (for tests and diagnostics)."""
    with _LOCK:
        held = _HELD.get(key(path))
        return bool(held and held.guard_fds)


def open_project_paths() -> list[Path]:
    """Every project file this process has open (outputs never overwrite one)."""
    with _LOCK:
        return [Path(p) for p in _HELD]
