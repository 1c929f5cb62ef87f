"""Projects held in memory and written out whole (coder packages, the demo project).

Why: a package of a large corpus takes a while to build, and a project file built in
place (or under a temporary name beside its destination) is left half-made by a kill
or a full disk. Built in an in-memory SQLite database, the project reaches the disk
only through :func:`annotator.core.outputs.write_output`: complete, owner-only (0600)
and checked against overwriting a project — or not at all. The memory this costs is
no more than the corpus the builder has already read (``ProjectData`` holds every text).

:func:`annotator.core.project.create_in_memory` fills one with a codebook, as
:func:`~annotator.core.project.create_project` fills a new file.

Writing one out takes its image (``serialize``). SQLite's ordinary in-memory database
keeps pages apart, so its image is copied twice on the way (once by SQLite, once into
Python bytes): three times the project in memory at once, 1.8 GB for a package of
20,000 interviews. A ``contiguous`` store lives in SQLite's ``memdb`` file instead,
whose image Python copies once; but ``memdb`` holds at most 1 GiB
(:data:`CONTIGUOUS_LIMIT`), so a bigger project fills it (``DiskFull``) and
must be built again in the ordinary kind.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from annotator import __version__
from annotator.core import outputs
from annotator.core.errors import ProjectCorrupt
from annotator.core.messages import translate
from annotator.core.model import new_guid, utc_now

from .connection import split_sql
from .copying import write_encrypted
from .project_store import ProjectStore
from .schema import APPLICATION_ID, SCHEMA, SCHEMA_VERSION

CONTIGUOUS_LIMIT = 1 << 30  # SQLite's default for a memdb file (SQLITE_MEMDB_DEFAULT_MAXSIZE)


class MemoryStore(ProjectStore):
    """A project held in memory: no file, so nothing to register, guard or checkpoint on close.

    (``ProjectStore.close`` releases the guard locks of the file at ``self.path``; a
    memory project must never touch those of a real project that happens to share a name.)
    """

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self.conn.close()


def memory_store(name: str, *, contiguous: bool = False) -> MemoryStore:
    """An empty project (no codes) in memory, as :meth:`ProjectStore.create` makes one on disk.

    The same schema, header fields and project row; only the journal differs (in memory),
    and a file written from it opens in WAL mode as every project does. ``contiguous``:
    in a private ``memdb`` file (written out with one copy less; at most 1 GiB).
    """
    if contiguous:  # a name without a leading "/" is private to this connection
        conn = sqlite3.connect(f"file:project-{new_guid()}?vfs=memdb", uri=True, isolation_level=None)
        conn.execute("PRAGMA journal_mode = MEMORY")  # never a journal file on disk
    else:
        conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("BEGIN")
    for statement in split_sql(SCHEMA):
        conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.execute("COMMIT")
    store = MemoryStore(conn, Path(f"<memory: {name}>"))
    with store.atomic():
        store.conn.execute(
            "INSERT INTO project (id, guid, name, created, app_version) VALUES (1, ?, ?, ?, ?)",
            (new_guid(), name, utc_now(), __version__),
        )
    return store


def write_project(
    store: ProjectStore,
    path: str | os.PathLike[str],
    *,
    force: bool = False,
    projects: Iterable[str | os.PathLike[str]] = (),
    sources: Iterable[str | os.PathLike[str]] = (),
    passphrase: str | None = None,
) -> Path:
    """Write the in-memory ``store`` to ``path`` in one piece (checked, 0600, atomic); returns it.

    With ``passphrase`` the file is encrypted (a package of an encrypted project stays encrypted).
    """
    rows = store.conn.execute("PRAGMA quick_check").fetchall()
    if rows != [("ok",)]:
        raise ProjectCorrupt(
            translate("CoreStore", "the project built in memory did not verify ({problem})").format(
                problem=rows[0][0]
            ),
            path=path,
        )
    target = outputs.check_output(path, force=force, projects=projects, sources=sources)
    if passphrase:
        # Encrypted from its first byte: a kill leaves at most ciphertext under the temporary name.
        with outputs.staged_path(target, force=force, projects=projects, sources=sources) as staged:
            write_encrypted(store.conn, staged, passphrase)  # into the empty 0600 file made for it
        return target
    image = store.conn.serialize()
    with outputs.write_output(target, force=force, projects=projects, sources=sources) as fh:
        fh.write(image)
    return target
