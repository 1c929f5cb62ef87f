"""What opening a project adds for trust: the passphrase question and the rolling backup.

``gui/projects.py`` calls these two functions and nothing else of this package,
so the project controller stays about locks and sessions.
"""

from __future__ import annotations

import codecs
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from annotator.core.errors import NotAProject
from annotator.core.protection import take_backup
from annotator.core.store import ProjectStore, keys
from annotator.core.store.cipher import PassphraseNeeded, WrongPassphrase
from annotator.gui.i18n import translate
from annotator.gui.trust import prompts
from annotator.gui.trust.settings import backup_keep
from annotator.gui.workers import Job

log = logging.getLogger(__name__)
# Files people open by mistake. An encrypted project begins with 16 random bytes (its salt),
# which are practically never one of these signatures nor readable text.
_FOREIGN_MAGIC = (b"PK\x03\x04", b"%PDF", b"{\\rtf", b"\xef\xbb\xbf", b"\xd0\xcf\x11\xe0", b"\x1f\x8b")


def looks_foreign(path: Path) -> bool:
    """True when the file is plainly something else (a document, an archive, text), not encrypted."""
    try:
        with path.open("rb") as fh:
            head = fh.read(64)
    except OSError:
        return False
    if head.startswith(_FOREIGN_MAGIC):
        return True
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(head)  # a cut last character is fine
    except UnicodeDecodeError:
        return False
    return all(ch.isprintable() or ch in "\t\r\n" for ch in text)


def open_store(parent: QWidget | None, path: Path, *, readonly: bool) -> ProjectStore | None:
    """``ProjectStore.open``, asking for the passphrase of an encrypted project.

    A wrong passphrase is said so and asked again; None when the user cancels.
    The passphrase that opened the project is remembered in memory (``keys``) so
    background jobs and later re-openings in this run need not ask again.
    Any other domain error propagates, for the caller's one-line message.
    """
    passphrase: str | None = None
    while True:
        try:
            store = ProjectStore.open(path, readonly=readonly, passphrase=passphrase)
        except PassphraseNeeded:
            if passphrase is None and looks_foreign(path):
                raise NotAProject(
                    translate(
                        "ProjectOpening",
                        "not a Testimony Annotator project (neither a project file nor an encrypted one)",
                    ),
                    path=path,
                ) from None
            label = translate(
                "ProjectOpening", "“{file}” is encrypted (or it is not a project file).\nPassphrase:"
            ).format(file=path.name)
        except WrongPassphrase:
            label = translate(
                "ProjectOpening",
                "Wrong passphrase: it does not open “{file}” "
                "(or the file is not an encrypted project).\nTry again, or Cancel:",
            ).format(file=path.name)
        else:
            if passphrase:
                keys.remember(path, passphrase)
            return store
        passphrase = prompts.ask_passphrase(parent, translate("ProjectOpening", "Encrypted project"), label)
        if passphrase is None:
            return None


def rolling_backup(store: ProjectStore, keep: int | None = None) -> str:
    """Take the automatic backup of a project just opened for writing.

    Returns "" on success (or when backups are off), else a one-line note for
    the status bar: a failed backup must never keep anyone from their project.
    ``keep`` defaults to the setting (read it in the GUI thread: QSettings).
    """
    try:
        take_backup(store, keep=backup_keep() if keep is None else keep)
    except Exception as exc:  # noqa: BLE001 — disk full, read-only folder, a bug: never block opening
        log.warning("automatic backup of %s failed: %s", store.path, exc)
        return translate(
            "ProjectOpening", "The automatic backup failed ({reason}); the project itself is fine."
        ).format(reason=exc)
    return ""


class _BackupReport(QObject):
    """Receives the backup job's result in the GUI thread (a plain lambda has no thread)."""

    def __init__(self, show_status: Callable[[str], None]) -> None:
        super().__init__()
        self.show_status = show_status

    @Slot(object)
    def finished(self, note: object) -> None:
        if note:
            self.show_status(str(note))

    @Slot(str)
    def failed(self, message: str) -> None:
        self.show_status(
            translate("ProjectOpening", "The automatic backup failed ({reason}).").format(
                reason=message.splitlines()[-1]
            )
        )


def start_rolling_backup(window: QWidget, path: Path, show_status: Callable[[str], None]) -> Job:
    """The automatic backup in a worker with its own connection, so opening stays quick
    (a backup of a large project takes a while) and the window never freezes for it."""
    keep = backup_keep()

    def work(store: ProjectStore, _progress: object, _cancelled: object) -> str:
        return rolling_backup(store, keep)

    job = Job(path, work)  # no parent: it may outlive a window closed meanwhile
    job.report = _BackupReport(show_status)  # type: ignore[attr-defined]  # kept alive by the job
    job.finished.connect(job.report.finished)  # type: ignore[attr-defined]
    job.failed.connect(job.report.failed)  # type: ignore[attr-defined]
    return job.start()
