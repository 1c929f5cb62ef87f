"""Rolling automatic backups of a project, and restoring one.

The app takes a backup each time it opens a project for writing; the newest
``keep`` are kept in a folder beside the project (``NAME.backups/``, owner-only),
so a mistake made today can be undone from yesterday's copy even after the undo
stack is gone. Copies are made with SQLite's backup API (consistent while the
project is in use), written under a temporary name and checked before they count,
so a full disk or a kill never leaves a 0-byte or half-written "backup".
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from annotator.core.errors import AnnotatorError
from annotator.core.messages import translate
from annotator.core.outputs import (
    PART_MARK,
    clean_folder_leftovers,
    make_private_dir,
    remove_with_journals,
    write_error,
)
from annotator.core.store import audit_anchor, cipher
from annotator.core.store.connection import read_version
from annotator.core.store.copying import connect_any
from annotator.core.store.project_store import ProjectStore
from annotator.core.store.sqlite_errors import describe

from .conversion import (
    export_into,
    keep_as_backup,
    precreate_private,
    remove_leftovers,
    replace_with,
    table_counts,
    temp_name,
    verify_copy,
)
from .exclusive import held_exclusively

DEFAULT_KEEP = 10


def backup_dir(project: str | Path) -> Path:
    real = Path(os.path.realpath(project))
    return real.with_name(real.name + ".backups")


def list_backups(project: str | Path) -> list[Path]:
    """Backups of ``project``, newest first."""
    folder = backup_dir(project)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.sqlite"), reverse=True)


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def take_backup(store: ProjectStore, *, keep: int = DEFAULT_KEEP, prune: bool = True) -> Path | None:
    """Copy the open project to a timestamped backup and prune to ``keep`` copies.

    Returns None when ``keep`` is 0 (backups switched off). With ``prune=False`` nothing
    is deleted. The copy is encrypted with the project's passphrase when it is encrypted.
    """
    if keep <= 0:
        return None
    project = Path(os.path.realpath(store.path))
    folder = make_private_dir(backup_dir(project))
    target = folder / f"{project.stem}-{_stamp()}.sqlite"
    clean_folder_leftovers(folder)
    part = target.with_name(f".{target.name}{PART_MARK}{os.getpid()}")
    try:
        precreate_private(part)
        dest = cipher.copy_connection(part, store.passphrase)
        try:
            store.conn.backup(dest)
            if dest.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise AnnotatorError(
                    translate("CoreProtection", "the backup copy did not verify"), path=target
                )
        finally:
            dest.close()
        os.replace(part, target)
    except OSError as exc:
        raise write_error(exc, target) from None
    except cipher.database_errors() as exc:
        raise describe(exc, target) from None
    finally:
        remove_with_journals(part)
    if prune:
        for old in list_backups(project)[keep:]:
            old.unlink(missing_ok=True)
    return target


def restore_backup(
    project: str | Path,
    backup: str | Path,
    *,
    passphrase: str | None = None,
    backup_passphrase: str | None = None,
) -> Path:
    """Replace ``project``'s content with ``backup``'s; the current state is kept as a backup first.

    The project keeps its protection: a plain backup restored into an encrypted project
    is encrypted with the project's ``passphrase``; an encrypted backup (``backup_passphrase``,
    by default the project's) restored into a plain project is written plain. The project
    is held exclusively throughout (nobody else may have it open). Returns where the
    replaced state went.
    """
    real = Path(os.path.realpath(project))
    backup = Path(backup)
    if cipher.is_plain_sqlite(real):
        passphrase = None
    elif not passphrase:
        raise AnnotatorError(
            translate("CoreProtection", "is encrypted: give its passphrase (--passphrase-file)"), path=real
        )
    backup_key = None if cipher.is_plain_sqlite(backup) else (backup_passphrase or passphrase)
    if not cipher.is_plain_sqlite(backup) and not backup_key:
        raise AnnotatorError(
            translate("CoreProtection", "the backup is encrypted: give its passphrase"), path=backup
        )
    source = connect_any(backup, backup_key)  # refuses a wrong key in one line
    try:
        try:
            if source.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise AnnotatorError(
                    translate("CoreProtection", "the backup is damaged; choose another one"), path=backup
                )
            version = read_version(source, backup)
            app_id = source.execute("PRAGMA application_id").fetchone()[0]
            expected = table_counts(source)
        except cipher.database_errors() as exc:
            raise describe(exc, backup) from None
        remove_leftovers(real)
        folder = make_private_dir(backup_dir(real))
        saved = folder / f"{real.stem}-{_stamp()}-before-restore.sqlite"
        staged = temp_name(real)
        try:
            with held_exclusively(real, passphrase):
                keep_as_backup(real, saved)
                precreate_private(staged)
                export_into(source, staged, passphrase, app_id, version)
                verify_copy(staged, passphrase, expected)
                replace_with(real, staged)
        except OSError as exc:
            raise write_error(exc, staged) from None
        except cipher.database_errors() as exc:
            raise describe(exc, real) from None
        finally:
            remove_with_journals(staged)
    finally:
        source.close()
    _record_restore(real, passphrase, backup, saved)
    return saved


def _record_restore(real: Path, passphrase: str | None, backup: Path, saved: Path) -> None:
    """Say in the audit trail what was restored, and make the restored log this computer's
    reference: the entries a restore takes away were removed on purpose, not by a forger."""
    with ProjectStore.open(real, passphrase=passphrase) as store:
        with store.atomic():
            store.audit("restore backup", {"backup": backup.name, "previous state kept as": saved.name})
        audit_anchor.note(store, accept=True)
