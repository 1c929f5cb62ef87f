"""Encrypting and decrypting a project file, and writing one project's content in another's place.

The steps, each chosen so that a crash, a kill or a full disk at any moment
leaves exactly one complete project at the project's path:

1. hold the project exclusively (:mod:`.exclusive`): nobody else reads or writes
   until the end, and its ``-wal`` is folded in by us;
2. copy schema and rows with ``sqlcipher_export`` into a hidden temporary file
   beside it (``.NAME.converting-PID``, 0600), in the new form;
3. check the copy: it opens with the new key, passes ``quick_check`` and has the
   same number of rows in every table as the source;
4. keep the old file as a backup by *hard-linking* it (so the project's path never
   stands empty), then rename the copy over the project's path (atomic).

A symlinked project is converted where it really lives, so the link keeps
working and no plaintext is left at the target. Leftover temporary files of a
killed conversion are found and removed the next time, and reported by name.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.errors import AnnotatorError, NotAProject
from annotator.core.messages import translate
from annotator.core.outputs import (
    CONVERTING_MARK,
    PRIVATE_FILE,
    remove_stale_copies,
    remove_with_journals,
    replace_with_bytes,
    write_error,
)
from annotator.core.store import cipher
from annotator.core.store.connection import check_header, read_version
from annotator.core.store.copying import connect_any, copy_database
from annotator.core.store.sqlite_errors import describe

from .exclusive import fsync_path, held_exclusively

CONVERTING = CONVERTING_MARK
_TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"


@dataclass
class Conversion:
    """What a conversion did: the project as given, where it really is, the kept original."""

    project: Path
    real: Path
    backup: Path
    removed_leftovers: list[Path] = field(default_factory=list)


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def temp_name(real: Path) -> Path:
    return real.with_name(f".{real.name}{CONVERTING}{os.getpid()}")


def remove_leftovers(project: str | Path) -> list[Path]:
    """Delete unfinished copies a killed conversion or restore left beside ``project``."""
    return remove_stale_copies(project)


def table_counts(conn: Any, schema: str = "main") -> dict[str, int]:
    tables = [r[0] for r in conn.execute(_TABLES.replace("sqlite_master", f"{schema}.sqlite_master"))]
    return {t: conn.execute(f'SELECT count(*) FROM {schema}."{t}"').fetchone()[0] for t in tables}


def precreate_private(path: Path) -> None:
    path.unlink(missing_ok=True)
    os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, PRIVATE_FILE))


def export_into(source: Any, target: Path, key: str | None, app_id: int, version: int) -> None:
    """Copy ``source``'s schema and rows into the new file ``target``, keyed with ``key``."""
    source.execute(f"ATTACH DATABASE {_quoted(str(target))} AS converted KEY {_quoted(key or '')}")
    try:
        source.execute("SELECT sqlcipher_export('converted')").fetchall()
        source.execute(f"PRAGMA converted.application_id = {int(app_id)}")
        source.execute(f"PRAGMA converted.user_version = {int(version)}")
    finally:
        source.execute("DETACH DATABASE converted")


def verify_copy(target: Path, key: str | None, expected: dict[str, int]) -> None:
    """The copy opens with its key, is sound, and holds as many rows per table as the source."""
    conn = connect_any(target, key)
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise AnnotatorError(
                translate("CoreProtection", "the converted copy did not verify; nothing was changed"),
                path=target,
            )
        if table_counts(conn) != expected:
            raise AnnotatorError(
                translate("CoreProtection", "the converted copy lost rows; nothing was changed"), path=target
            )
        conn.execute("PRAGMA journal_mode = WAL").fetchall()  # a project like any other from now on
    finally:
        conn.close()


IN_MEMORY_LIMIT = 1 << 30
"""Decrypted projects up to this size are built in memory, so their plaintext never lies in a
named file while it is written (a kill leaves nothing to find); larger ones use a named copy."""


def plain_image(source: Any) -> bytes:
    """The decrypted project as the bytes of a plain SQLite file, built in memory."""
    page_size = source.execute("PRAGMA page_size").fetchone()[0]
    mem = sqlite3.connect(":memory:", isolation_level=None)
    try:
        mem.execute(f"PRAGMA page_size = {int(page_size)}")
        copy_database(source, mem)
        return bytes(mem.serialize())
    finally:
        mem.close()


def verify_image(image: bytes, expected: dict[str, int], path: Path) -> None:
    """The in-memory copy is sound and holds as many rows per table as the source."""
    check = sqlite3.connect(":memory:")
    try:
        check.deserialize(image)
        if check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise AnnotatorError(
                translate("CoreProtection", "the decrypted copy did not verify; nothing was changed"),
                path=path,
            )
        if table_counts(check) != expected:
            raise AnnotatorError(
                translate("CoreProtection", "the decrypted copy lost rows; nothing was changed"), path=path
            )
    finally:
        check.close()


def unique_backup(real: Path, label: str) -> Path:
    """``NAME.<label>.bak``, numbered when one exists already (never overwritten)."""
    candidate = real.with_name(f"{real.name}.{label}.bak")
    n = 2
    while candidate.exists() or candidate.is_symlink():
        candidate = real.with_name(f"{real.name}.{label}.{n}.bak")
        n += 1
    return candidate


def keep_as_backup(real: Path, backup: Path) -> None:
    """Make ``backup`` name the current file without the project's path ever standing empty."""
    try:
        os.link(real, backup)
    except OSError:
        shutil.copyfile(real, backup)
    os.chmod(backup, PRIVATE_FILE)


def replace_with(real: Path, staged: Path) -> None:
    fsync_path(staged)
    os.replace(staged, real)
    fsync_path(real.parent)


def convert(project: str | Path, *, old: str | None, new: str | None) -> Conversion:
    """Re-write ``project`` in the form of ``new`` (a passphrase, or None for plain).

    Returns where the original went (``NAME.plain.bak`` or ``NAME.encrypted.bak``).

    Raises:
        ProjectBusy: another program has the project open (nothing changed).
        AnnotatorError: one line, with nothing changed, for any other failure.
    """
    given = Path(project)
    real = Path(os.path.realpath(given))
    check_header(real, encrypted=bool(old))
    leftovers = remove_leftovers(real)
    staged = temp_name(real)
    backup = unique_backup(real, "plain" if new else "encrypted")
    replaced = False
    try:
        with held_exclusively(real, old) as source:
            app_id = source.execute("PRAGMA application_id").fetchone()[0]
            version = read_version(source, real)
            expected = table_counts(source)
            if new is None and real.stat().st_size <= IN_MEMORY_LIMIT:
                image = plain_image(source)  # plaintext only in memory ...
                verify_image(image, expected, real)
                keep_as_backup(real, backup)
                replace_with_bytes(real, image, staged=staged)  # ... until it is the project
            else:
                precreate_private(staged)
                export_into(source, staged, new, app_id, version)
                verify_copy(staged, new, expected)
                keep_as_backup(real, backup)
                replace_with(real, staged)
            replaced = True
    except OSError as exc:
        raise write_error(exc, staged) from None
    except cipher.database_errors() as exc:
        raise describe(exc, real) from None
    finally:
        remove_with_journals(staged)
        if not replaced and backup.exists() and os.path.samefile(backup, real):
            backup.unlink()  # a second name for the unchanged project: not a backup of anything
    return Conversion(given, real, backup, leftovers)


def is_encrypted(path: str | Path) -> bool:
    """True for a file that is not plain SQLite (an encrypted project, or something foreign)."""
    path = Path(path)
    if not path.is_file():
        raise NotAProject(translate("CoreProtection", "no such file"), path=path)
    return not cipher.is_plain_sqlite(path)
