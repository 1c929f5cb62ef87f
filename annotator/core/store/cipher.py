"""Encryption at rest with SQLCipher (the ``sqlcipher3-wheels`` binding from PyPI).

Why SQLCipher: it encrypts every page of the SQLite file (AES-256, HMAC per page,
PBKDF2 key derivation), so an encrypted project is still one file with the same
schema, WAL and transactions, and no testimony, code or name is readable on
disk. ``sqlcipher3-wheels`` ships wheels with SQLCipher built in for Linux,
Windows and macOS, so nothing needs compiling.

Encrypted files have no readable SQLite header; a plain project opened with a
passphrase is simply opened as plain.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from types import ModuleType
from typing import Any

from annotator.core.errors import AnnotatorError, NotAProject

SQLITE_HEADER = b"SQLite format 3\x00"


class WrongPassphrase(AnnotatorError):
    """The passphrase does not open this encrypted project (or it is not a project)."""


class PassphraseNeeded(NotAProject):
    """The file is not plain SQLite: an encrypted project (or a foreign file) needing a passphrase."""


def module() -> ModuleType:
    try:
        import sqlcipher3  # noqa: PLC0415
    except ImportError:
        raise AnnotatorError(
            "encrypted projects need the 'sqlcipher3-wheels' package (pip install sqlcipher3-wheels)"
        ) from None
    return sqlcipher3


def database_errors() -> tuple[type[BaseException], ...]:
    """sqlite3's and SQLCipher's DatabaseError (distinct classes)."""
    try:
        import sqlcipher3  # noqa: PLC0415
    except ImportError:
        return (sqlite3.DatabaseError,)
    return (sqlite3.DatabaseError, sqlcipher3.DatabaseError)


def _quoted(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def is_plain_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except OSError:
        return False


def connect(path: Path, passphrase: str, *, readonly: bool = False) -> Any:
    """An SQLCipher connection keyed with ``passphrase`` (autocommit mode, like ours)."""
    cipher = module()
    if readonly:
        conn = cipher.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = cipher.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
    conn.execute(f"PRAGMA key = {_quoted(passphrase)}").fetchall()
    return conn


def check_key(conn: Any, path: Path) -> None:
    """Raise WrongPassphrase unless the key decrypts the file."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except database_errors():
        conn.close()
        raise WrongPassphrase("wrong passphrase, or not an encrypted project", path=path) from None


def copy_connection(path: Path, passphrase: str | None) -> Any:
    """A connection to write a copy (backup) in the same protection as its source."""
    if passphrase:
        return connect(path, passphrase)
    return sqlite3.connect(str(path))


def convert(path: Path, *, old: str | None, new: str | None) -> Path:
    """Re-write ``path`` encrypted with ``new`` (None = plain), keeping the old file as a backup.

    Uses ``sqlcipher_export``, which copies schema and rows; the two header
    fields it does not copy (application id, schema version) are set after.
    Returns the backup's path.
    """
    cipher = module()
    source = connect(path, old) if old else cipher.connect(str(path), isolation_level=None)
    if old:
        check_key(source, path)
    app_id = source.execute("PRAGMA application_id").fetchone()[0]
    version = source.execute("PRAGMA user_version").fetchone()[0]
    target = path.with_name(path.name + ".converting")
    target.unlink(missing_ok=True)
    try:
        source.execute(f"ATTACH DATABASE {_quoted(str(target))} AS converted KEY {_quoted(new or '')}")
        source.execute("SELECT sqlcipher_export('converted')").fetchall()
        source.execute(f"PRAGMA converted.application_id = {int(app_id)}")
        source.execute(f"PRAGMA converted.user_version = {int(version)}")
        source.execute("DETACH DATABASE converted")
    finally:
        source.close()
    backup = path.with_name(path.name + (".plain.bak" if new else ".encrypted.bak"))
    n = 2
    while backup.exists():
        backup = backup.with_name(f"{path.name}.{n}{backup.suffixes[-2]}.bak")
        n += 1
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(path, backup)
    os.replace(target, path)
    return backup
