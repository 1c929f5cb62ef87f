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
from annotator.core.messages import translate

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
            translate(
                "CoreStore",
                "encrypted projects need the 'sqlcipher3-wheels' package (pip install sqlcipher3-wheels)",
            )
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


def connect(path: Path, passphrase: str, *, readonly: bool = False, params: str = "mode=ro") -> Any:
    """An SQLCipher connection keyed with ``passphrase`` (autocommit mode, like ours).

    ``params`` are the URI parameters of a read-only connection (``immutable=1`` on read-only disks).
    """
    cipher = module()
    if readonly:
        conn = cipher.connect(f"{path.resolve().as_uri()}?{params}", uri=True, isolation_level=None)
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
        raise WrongPassphrase(
            translate("CoreStore", "wrong passphrase, or not an encrypted project"), path=path
        ) from None


def copy_connection(path: Path, passphrase: str | None) -> Any:
    """A connection to write a copy (backup) in the same protection as its source.

    A new file is created owner-only (0600) before SQLite opens it, whatever the umask:
    SQLite gives its ``-wal`` and journal the same permissions.
    """
    if not path.exists():
        os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600))
    if passphrase:
        return connect(path, passphrase)
    return sqlite3.connect(str(path))
