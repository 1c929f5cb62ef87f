"""Checking a project's leftover ``-wal`` file before SQLite is allowed to apply it.

Why: a ``-wal`` beside a project holds committed transactions that SQLite
copies into the project when a writer closes (a checkpoint). SQLite cannot tell
whose ``-wal`` it is: one of another database, or of an older copy of the same
project, is applied just the same, and destroys the project (385 KB became a
malformed 225 KB file in the bug report). So when a process is the first to open
a project and finds a ``-wal`` with frames that nobody is using, it first opens
the project in a *sandbox*: a private folder holding hard links to the project
and its ``-wal`` (copies where links are impossible), read-only, where SQLite
builds its index in a private ``-shm`` and can never checkpoint. Only if the
project passes every check there is it opened for real. A refused project, its
``-wal`` and its ``-shm`` are left byte for byte as they were.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

if sys.platform == "win32":  # SQLite locks per handle there, and none of this is needed
    fcntl = None
else:
    import fcntl
from typing import Any

from annotator.core.held_projects import SHM_DMS_BYTE
from annotator.core.outputs import pid_alive

WAL_HEADER = 32
CHECK_MARK = ".annotator-check-"
_GETLK = getattr(fcntl, "F_OFD_GETLK", getattr(fcntl, "F_GETLK", None))


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def has_frames(path: Path) -> bool:
    """True when the project's ``-wal`` holds at least one frame (more than its 32-byte header)."""
    try:
        return wal_path(path).stat().st_size > WAL_HEADER
    except OSError:
        return False


def in_use_elsewhere(path: Path) -> bool:
    """True when another connection holds the project's shared index (its ``-shm``) open.

    SQLite keeps a read lock on one byte of the ``-shm`` (the "dead man switch")
    while a connection is open; asking whether a write lock *could* be taken
    there tells, without taking anything, whether anyone is using the ``-wal``.
    Only called before this process opens the project, so opening and closing a
    descriptor here cannot drop any lock of ours.
    """
    shm = path.with_name(path.name + "-shm")
    if fcntl is None or _GETLK is None or not sys.platform.startswith("linux"):
        return False  # can't ask (the lock record's layout is Linux's): check in the sandbox anyway
    try:
        fd = os.open(shm, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return False
    try:
        probe = struct.pack("hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, SHM_DMS_BYTE, 1, 0)
        answer = fcntl.fcntl(fd, _GETLK, probe)
        return struct.unpack("hhqqi4x", answer)[0] != fcntl.F_UNLCK
    except OSError:
        return False
    finally:
        os.close(fd)


def remove_stale_sandboxes(path: Path) -> None:
    """Remove check folders left beside ``path`` by a killed process."""
    prefix = f".{path.name}{CHECK_MARK}"
    try:
        entries = [p for p in path.parent.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return
    for entry in entries:
        pid = entry.name[len(prefix) :]
        if pid.isdigit() and int(pid) != os.getpid() and pid_alive(int(pid)):
            continue
        shutil.rmtree(entry, ignore_errors=True)


def _place(source: Path, target: Path) -> None:
    """Hard-link ``source`` as ``target`` (free, same inode, never written: the sandbox is
    read-only); copy it where the file system cannot link."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
        os.chmod(target, 0o600)


def _folder_beside(path: Path) -> Path:
    folder = path.with_name(f".{path.name}{CHECK_MARK}{os.getpid()}")
    shutil.rmtree(folder, ignore_errors=True)
    try:
        folder.mkdir(mode=0o700)
    except OSError:
        return Path(tempfile.mkdtemp(prefix="annotator-check-"))  # a read-only project folder
    return folder


@contextmanager
def sandbox(path: Path) -> Iterator[Path]:
    """A private read-only stand-in for ``path`` and its ``-wal``; removed afterwards."""
    remove_stale_sandboxes(path)
    folder = _folder_beside(path)
    try:
        stand_in = folder / path.name
        _place(path, stand_in)
        _place(wal_path(path), wal_path(stand_in))
        yield stand_in
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def check_in_sandbox(
    path: Path, connect: Callable[[Path], Any], validate: Callable[[Any, Path], object]
) -> None:
    """Run ``validate(connection, path)`` on a read-only sandbox copy of ``path`` with its ``-wal``.

    Errors raised by ``validate`` name the real project, not the sandbox.
    """
    with sandbox(path) as stand_in:
        conn = connect(stand_in)
        try:
            validate(conn, path)
        finally:
            conn.close()
