"""Rolling automatic backups of a project, and restoring one.

The app takes a backup each time it opens a project for writing; the newest
``keep`` are kept in a folder beside the project (``NAME.backups/``), so a
mistake made today can be undone from yesterday's copy even after the undo
stack is gone. Copies are made with SQLite's backup API (consistent while the
project is in use) and each is checked before it counts.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from annotator.core.errors import AnnotatorError
from annotator.core.store.project import ProjectStore

from . import cipher

DEFAULT_KEEP = 10


def backup_dir(project: Path) -> Path:
    return project.with_name(project.name + ".backups")


def list_backups(project: str | Path) -> list[Path]:
    """Backups of ``project``, newest first."""
    folder = backup_dir(Path(project))
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.sqlite"), reverse=True)


def take_backup(store: ProjectStore, *, keep: int = DEFAULT_KEEP, prune: bool = True) -> Path | None:
    """Copy the open project to a timestamped backup and prune to ``keep`` copies.

    Returns None when ``keep`` is 0 (backups switched off). With ``prune=False`` nothing
    is deleted (a restore must never remove the backup it is about to read).
    """
    if keep <= 0:
        return None
    project = store.path
    folder = backup_dir(project)
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{project.stem}-{stamp}.sqlite"
    part = target.with_suffix(".part")
    dest = cipher.copy_connection(part, store.passphrase)
    try:
        store.conn.backup(dest)
        if dest.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise AnnotatorError("the backup copy did not verify", path=part)
    finally:
        dest.close()
    os.replace(part, target)
    if prune:
        for old in list_backups(project)[keep:]:
            old.unlink(missing_ok=True)
    return target


def restore_backup(project: str | Path, backup: str | Path) -> Path:
    """Replace ``project`` with ``backup``; the current file is kept as a backup first.

    The project must not be open anywhere. Returns where the replaced file went.
    """
    project, backup = Path(project), Path(backup)
    ProjectStore.open(backup, readonly=True).close()  # refuses a damaged or foreign backup
    with ProjectStore.open(project) as current:
        saved = take_backup(current, prune=False) or project
        passphrase = current.passphrase
        current.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    with ProjectStore.open(backup, readonly=True) as source:
        dest = cipher.copy_connection(project, passphrase)
        try:
            source.conn.backup(dest)
        finally:
            dest.close()
    return saved
