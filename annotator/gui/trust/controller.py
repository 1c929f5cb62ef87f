"""The trust features' handlers: backups, restore, encryption, audit trail, pseudonyms.

Operations that rewrite the project file (restore, encrypt, decrypt) follow
one pattern: ask everything first, then close the project in the window, hold
the project's lock while the core rewrites the file (so no other instance
opens it half-way), and reopen it, whatever happened, with a one-line
message if something failed. The window never has a connection on a file
that is being replaced.

The controller sees the window as a :class:`~annotator.gui.workbench.TrustBench`
and closes and reopens the project through a
:class:`~annotator.gui.workbench.ProjectOpener` (the project controller).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from annotator.core import protection
from annotator.core.errors import AnnotatorError
from annotator.core.pseudonymise import load_pseudonyms
from annotator.core.store import ProjectLock, keys
from annotator.core.store import cipher as core_cipher
from annotator.gui import prompts as gui_prompts
from annotator.gui.i18n import translate
from annotator.gui.session import ProjectSession
from annotator.gui.trust import prompts
from annotator.gui.trust.audit_dialog import AuditDialog
from annotator.gui.trust.backup_dialogs import BackupSettingsDialog, RestoreDialog, describe
from annotator.gui.trust.pseudonym_dialog import PseudonymDialog
from annotator.gui.trust.settings import backup_keep, set_backup_keep
from annotator.gui.workbench import ProjectOpener, TrustBench

SAMPLE_CHARS = 600


def _failures() -> tuple[type[BaseException], ...]:
    """What a file operation on a project may raise that deserves one line, not a crash report."""
    return (AnnotatorError, OSError, *core_cipher.database_errors())


@contextmanager
def _busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


@contextmanager
def _held(path: Path) -> Iterator[None]:
    """The project's lock while its file is rewritten (another instance is told it is busy)."""
    lock = ProjectLock(path)
    lock.acquire()
    try:
        yield
    finally:
        lock.release()


class TrustController(QObject):
    def __init__(self, bench: TrustBench, projects: ProjectOpener, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trustController")
        self.bench = bench
        self.projects = projects
        self.restore_dialog: RestoreDialog | None = None
        self.audit_dialog: AuditDialog | None = None
        self.pseudonym_dialog: PseudonymDialog | None = None
        self.settings_dialog: BackupSettingsDialog | None = None

    def _writable(self) -> ProjectSession | None:
        s = self.bench.session
        if s is None or s.readonly:
            self.bench.show_status(translate("TrustController", "Open a project (not read-only) first."))
            return None
        return s

    # -- backups --------------------------------------------------------------------------
    def show_restore(self) -> None:
        s = self._writable()
        if s is None:
            return
        dialog = self.restore_dialog = RestoreDialog(s.path, self.bench.dialog_parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restoreRequested.connect(lambda backup: self._restore_chosen(dialog, backup))
        dialog.backupRequested.connect(lambda: self.backup_now(dialog))
        dialog.open()

    def backup_now(self, dialog: RestoreDialog | None = None) -> Path | None:
        s = self._writable()
        if s is None:
            return None
        keep = backup_keep() or len(protection.list_backups(s.path)) + 1  # automatic ones off: prune nothing
        try:
            with _busy():
                taken = protection.take_backup(s.store, keep=keep)
        except _failures() as exc:
            gui_prompts.show_error(
                self.bench.dialog_parent,
                translate("TrustController", "Back up now"),
                translate("TrustController", "The backup failed: {reason}").format(reason=exc),
            )
            return None
        if dialog is not None:
            dialog.reload()
        self.bench.show_status(
            translate("TrustController", "Backed up to {file}.").format(file=taken)
            if taken
            else translate("TrustController", "No backup taken.")
        )
        return taken

    def _restore_chosen(self, dialog: RestoreDialog, backup: Path) -> None:
        if not gui_prompts.confirm(
            dialog,
            translate("TrustController", "Restore from backup"),
            translate(
                "TrustController",
                "Replace the project with the backup taken {when}?\n\n"
                "Codings, memos and codebook changes made since then are replaced. The current state is "
                "kept as a backup too, so you can return to it with Restore from backup.",
            ).format(when=describe(backup)),
        ):
            return
        dialog.accept()
        self.restore(backup)

    def restore(self, backup: Path) -> bool:
        """Close the project, replace its content with ``backup`` (current state backed up), reopen.

        The project keeps its protection (the core encrypts a plain backup with the project's
        passphrase); an encrypted backup of a plain project is opened with the passphrase
        the user gives.
        """
        s = self._writable()
        if s is None:
            return False
        path, passphrase = s.path.resolve(), s.store.passphrase
        backup_key = None
        if protection.is_encrypted(backup):
            backup_key = passphrase or prompts.ask_passphrase(
                self.bench.dialog_parent,
                translate("TrustController", "Restore from backup"),
                translate("TrustController", "The backup “{file}” is encrypted.\nIts passphrase:").format(
                    file=backup.name
                ),
            )
            if not backup_key:
                return False
        self.projects.close()
        message, saved = "", None
        try:
            with _busy(), _held(path):
                saved = protection.restore_backup(
                    path, backup, passphrase=passphrase, backup_passphrase=backup_key
                )
        except _failures() as exc:
            message = translate("TrustController", "Not restored: {reason}").format(reason=exc)
        finally:
            reopened = self.projects.open(path, backup=False)  # the current state was just backed up
        if message:
            gui_prompts.show_error(
                self.bench.dialog_parent, translate("TrustController", "Restore from backup"), message
            )
            return False
        if reopened:
            if saved:
                done = translate(
                    "TrustController",
                    "Restored the backup taken {when}; the previous state is kept as {file}.",
                ).format(when=describe(backup), file=saved.name)
            else:
                done = translate(
                    "TrustController",
                    "Restored the backup taken {when}; the previous state is kept as a backup.",
                ).format(when=describe(backup))
            self.bench.show_status(done)
        return reopened

    def show_settings(self) -> None:
        s = self.bench.session
        dialog = self.settings_dialog = BackupSettingsDialog(s.path if s else None, self.bench.dialog_parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._settings_chosen(dialog))
        dialog.open()

    def _settings_chosen(self, dialog: BackupSettingsDialog) -> None:
        keep = dialog.keep.value()
        set_backup_keep(keep)
        self.bench.show_status(
            translate("TrustController", "Keeping the last %n automatic backups.", None, keep)
            if keep
            else translate("TrustController", "Automatic backups are off.")
        )

    # -- encryption ---------------------------------------------------------------------------
    def encrypt(self) -> bool:
        s = self._writable()
        if s is None:
            return False
        if s.store.encrypted:
            prompts.inform(
                self.bench.dialog_parent,
                translate("TrustController", "Encrypt project"),
                translate("TrustController", "This project is already encrypted."),
            )
            return False
        passphrase = prompts.ask_new_passphrase(self.bench.dialog_parent, s.path.name)
        if passphrase is None:
            return False
        path = s.path.resolve()
        converted = self._convert(
            path, translate("TrustController", "Encrypt project"), old=None, new=passphrase
        )
        if converted is None:
            return False
        keys.remember(path, passphrase)  # for this run only: the reopening below needs it
        if self.projects.open(path):
            self.offer_plaintext_removal(path)
        return True

    def offer_plaintext_removal(self, path: Path) -> list[Path]:
        """Name every unencrypted copy the program wrote beside the project and offer to delete them.

        Returns the copies still on disk afterwards.
        """
        copies = protection.plaintext_copies(path)
        if not copies:
            prompts.inform(
                self.bench.dialog_parent,
                translate("TrustController", "Project encrypted"),
                translate("TrustController", "“{file}” is now encrypted.").format(file=path.name),
            )
            return []
        listing = "\n".join(str(p) for p in copies)
        if gui_prompts.confirm(
            self.bench.dialog_parent,
            translate("TrustController", "Project encrypted"),
            translate(
                "TrustController",
                "“{file}” is now encrypted. These files still hold its content UNENCRYPTED:\n\n"
                "{files}\n\nDelete them now? (Check first that the encrypted project opens: it just did.)",
            ).format(file=path.name, files=listing),
        ):
            failed = protection.remove(copies)
            if failed:
                gui_prompts.show_error(
                    self.bench.dialog_parent,
                    translate("TrustController", "Project encrypted"),
                    translate("TrustController", "Could not delete:\n{files}").format(
                        files="\n".join(map(str, failed))
                    ),
                )
            return failed
        return copies

    def decrypt(self) -> bool:
        s = self._writable()
        if s is None:
            return False
        if not s.store.encrypted:
            prompts.inform(
                self.bench.dialog_parent,
                translate("TrustController", "Decrypt project"),
                translate("TrustController", "This project is not encrypted."),
            )
            return False
        if not gui_prompts.confirm(
            self.bench.dialog_parent,
            translate("TrustController", "Decrypt project"),
            translate(
                "TrustController",
                "Remove the encryption of “{file}”?\n\n"
                "Anyone who can read the file will then be able to read the testimonies, codes and names.",
            ).format(file=s.path.name),
        ):
            return False
        path = s.path.resolve()
        converted = self._convert(
            path, translate("TrustController", "Decrypt project"), old=s.store.passphrase, new=None
        )
        if converted is None:
            return False
        if self.projects.open(path):
            prompts.inform(
                self.bench.dialog_parent,
                translate("TrustController", "Project decrypted"),
                translate(
                    "TrustController",
                    "“{file}” is no longer encrypted. The encrypted original is kept as:\n{backup}",
                ).format(file=path.name, backup=converted),
            )
        return True

    def _convert(self, path: Path, title: str, *, old: str | None, new: str | None) -> Path | None:
        """Close, convert, and on failure reopen as it was; the converted file's backup path."""
        self.projects.close()
        try:
            with _busy(), _held(path):
                return protection.convert(path, old=old, new=new).backup
        except _failures() as exc:
            self.projects.open(path, backup=False)
            gui_prompts.show_error(
                self.bench.dialog_parent,
                title,
                translate("TrustController", "Nothing was changed: {reason}").format(reason=exc),
            )
            return None

    # -- audit trail and pseudonyms -------------------------------------------------------------
    def show_audit(self) -> AuditDialog | None:
        s = self.bench.session
        if s is None:
            return None
        if self.audit_dialog is not None and self.audit_dialog.session is s and self.audit_dialog.isVisible():
            self.audit_dialog.raise_()
            self.audit_dialog.activateWindow()
            return self.audit_dialog
        dialog = self.audit_dialog = AuditDialog(s, self.bench.dialog_parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "audit_dialog", None))
        dialog.show()
        return dialog

    def show_pseudonyms(self) -> PseudonymDialog | None:
        s = self._writable()
        if s is None:
            return None
        try:
            entries = load_pseudonyms(s.store)
        except (ValueError, TypeError) as exc:
            gui_prompts.show_error(
                self.bench.dialog_parent,
                translate("TrustController", "Pseudonyms"),
                translate("TrustController", "The stored pseudonym list cannot be read ({reason}).").format(
                    reason=exc
                ),
            )
            return None
        dialog = self.pseudonym_dialog = PseudonymDialog(
            entries, self._sample(s), by=s.coder.guid, parent=self.bench.dialog_parent
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._pseudonyms_chosen(s, dialog))
        dialog.open()
        return dialog

    def _sample(self, s: ProjectSession) -> str:
        """The selected passage, else the start of the open document: real text to preview on."""
        document = self.bench.current_document
        if not document:
            return ""
        text = s.store.document_text(document)
        span = self.bench.selected_span()
        selected = text[span[0] : span[1]] if span else ""
        return (selected if selected.strip() else text)[:SAMPLE_CHARS]

    def _pseudonyms_chosen(self, s: ProjectSession, dialog: PseudonymDialog) -> None:
        if dialog.change is None or s is not self.bench.session:
            return
        if s.push(dialog.change) is not None:
            count = len(dialog.change.entries)
            self.bench.show_status(
                translate("TrustController", "Saved %n pseudonym (Ctrl+Z undoes).", None, count)
                if count == 1
                else translate("TrustController", "Saved %n pseudonyms (Ctrl+Z undoes).", None, count)
            )
