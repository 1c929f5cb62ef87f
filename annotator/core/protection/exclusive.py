"""Holding a project exclusively while its file is replaced (encrypt, decrypt, restore).

Why: these operations write a new file and put it in the project's place. Any
other program using the project meanwhile would go on writing into the file that
is being replaced, and its work would be lost (an encryption that only looked
for the app's lock file lost 44 of 283 codings a concurrent writer committed).
So the whole operation runs under SQLite's own EXCLUSIVE lock on the project:
no other connection — the app, a command, another tool — can read or write until
it is done; one that is already open makes the operation wait, then refuse.

While held, the project's ``-wal`` is checkpointed by us and the file switched to
a rollback journal, so that closing our connection after the file was replaced
cannot delete a ``-wal`` that by then belongs to the new file.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from annotator.core.errors import AnnotatorError, ProjectBusy
from annotator.core.held_projects import held_open
from annotator.core.messages import translate
from annotator.core.store import cipher
from annotator.core.store.connection import BUSY_TIMEOUT_MS, read_version
from annotator.core.store.copying import connect_any
from annotator.core.store.sqlite_errors import describe_open_error


@contextmanager
def held_exclusively(path: Path, passphrase: str | None, *, busy_ms: int = BUSY_TIMEOUT_MS) -> Iterator[Any]:
    """A connection holding ``path`` exclusively, with its ``-wal`` folded in and removed.

    Raises:
        ProjectBusy: another connection (any program) has the project open.
        NotAProject, ProjectCorrupt, WrongPassphrase: as opening does.
    """
    if held_open(path) is not None:
        raise ProjectBusy(translate("CoreProtection", "is open in this program; close it first"), path=path)
    conn = connect_any(path, passphrase)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_ms)}").fetchall()
        conn.execute("PRAGMA locking_mode = EXCLUSIVE").fetchall()
        try:
            # The first read in EXCLUSIVE locking mode takes SQLite's EXCLUSIVE lock on the file
            # and keeps it until the connection closes.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
            read_version(conn, path)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except cipher.database_errors() as exc:
            error = describe_open_error(exc, path)
            if isinstance(error, ProjectBusy):
                raise ProjectBusy(
                    translate(
                        "CoreProtection",
                        "is open in another program (the app, or a command such as an import); "
                        "close it there and try again",
                    ),
                    path=path,
                ) from None
            raise error from None
        if str(mode).lower() != "delete":
            raise AnnotatorError(
                translate("CoreProtection", "could not take the project over (journal mode {mode})").format(
                    mode=mode
                ),
                path=path,
            )
        yield conn
    finally:
        conn.close()


def fsync_path(path: Path) -> None:
    """Flush a file (or a folder's entries) to disk before a rename depends on it."""
    flags = os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() else 0)
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename is still atomic
    finally:
        os.close(fd)
