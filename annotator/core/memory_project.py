"""Projects built in memory and written out whole: coder packages and the demo project.

Why: a package of a large corpus takes a while to build, and a project file built in
place (or under a temporary name beside its destination) is left half-made by a kill
or a full disk. Built in an in-memory SQLite database, the project reaches the disk
only through :func:`annotator.core.outputs.write_output`: complete, owner-only (0600)
and checked against overwriting a project — or not at all. The memory this costs is
no more than the corpus the builder has already read (``ProjectData`` holds every text).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from annotator import __version__
from annotator.core import outputs
from annotator.core.errors import ProjectCorrupt
from annotator.core.model import new_guid, utc_now
from annotator.core.project import _write_meta, resolve_codebook
from annotator.core.store import ProjectStore
from annotator.core.store.connection import split_sql
from annotator.core.store.copying import write_encrypted
from annotator.core.store.schema import APPLICATION_ID, SCHEMA, SCHEMA_VERSION


class MemoryStore(ProjectStore):
    """A project held in memory: no file, so nothing to register, guard or checkpoint on close.

    (``ProjectStore.close`` releases the guard locks of the file at ``self.path``; a
    memory project must never touch those of a real project that happens to share a name.)
    """

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self.conn.close()


def create_in_memory(name: str, *, codebook: str | Path | None = "default") -> MemoryStore:
    """A new project like :func:`annotator.core.project.create_project` makes, held in memory.

    The same schema, header fields, project row, codebook and "create project" audit entry;
    only the journal differs (in memory), and a file written from it opens in WAL mode as
    every project does.
    """
    book = resolve_codebook(codebook)
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
        store.insert_codes(book.codes)
        _write_meta(store, book)
        store.audit("create project", {"codebook": book.name, "codes": len(book.codes)})
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
        raise ProjectCorrupt(f"the project built in memory did not verify ({rows[0][0]})", path=path)
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
