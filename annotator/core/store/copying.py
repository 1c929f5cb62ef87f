"""Copying a project's rows into another SQLite database, across the two SQLite libraries.

Why: the program uses Python's own SQLite for plain projects and SQLCipher's for
encrypted ones, and SQLite's page-level tools (the backup API, ``serialize``) do not
cross between them or between encrypted and plain files. Decrypting into memory and
writing an encrypted coder package both copy rows, the way ``sqlcipher_export`` does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotator.core.errors import AnnotatorError
from annotator.core.messages import translate

from . import cipher


def connect_any(path: Path, passphrase: str | None) -> Any:
    """An SQLCipher connection to a plain (no key) or encrypted project: the one library that
    can copy between the two forms (``sqlcipher_export``)."""
    if passphrase:
        conn = cipher.connect(path, passphrase)
        cipher.check_key(conn, path)
        return conn
    conn = cipher.module().connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
    return conn


def copy_database(source: Any, target: Any) -> None:
    """Copy every table, row, index and trigger of ``source`` into the empty ``target``.

    The two connections may belong to different SQLite libraries (SQLCipher and Python's
    own), which is why this copies rows rather than pages. As ``sqlcipher_export`` does:
    tables first, then their rows, then indexes and triggers (so no trigger fires on
    copied rows), then SQLite's AUTOINCREMENT counters, then the header fields we use.
    """
    objects = source.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
    ).fetchall()
    target.execute("BEGIN")
    tables = [name for kind, name, _ in objects if kind == "table" and not name.startswith("sqlite_")]
    for kind, name, sql in objects:
        if kind == "table" and not name.startswith("sqlite_"):
            target.execute(sql)
    for name in tables:
        rows = source.execute(f'SELECT * FROM "{name}"')
        width = len(rows.description)
        target.executemany(f'INSERT INTO "{name}" VALUES ({", ".join("?" * width)})', rows)
    if any(name == "sqlite_sequence" for _, name, _ in objects):
        target.executemany(
            "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)",
            source.execute("SELECT name, seq FROM sqlite_sequence"),
        )
    for kind, _name, sql in objects:
        if kind in ("index", "trigger", "view"):
            target.execute(sql)
    target.execute("COMMIT")
    for pragma in ("application_id", "user_version"):
        value = int(source.execute(f"PRAGMA {pragma}").fetchone()[0])
        target.execute(f"PRAGMA {pragma} = {value}")


def write_encrypted(source: Any, target: Path, passphrase: str) -> None:
    """Write ``source`` (any connection) as a new project at ``target``, encrypted from its first byte."""
    conn = connect_any(target, passphrase)
    try:
        copy_database(source, conn)
        conn.execute("PRAGMA journal_mode = WAL").fetchall()
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise AnnotatorError(translate("CoreStore", "the encrypted copy did not verify"), path=target)
    finally:
        conn.close()
