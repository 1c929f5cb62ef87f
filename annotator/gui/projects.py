"""Opening, creating, copying projects and importing documents into them.

A project is held by one window at a time: the core ``ProjectLock`` tells a
second *process* who holds it, and ``_HELD`` does the same for a second window
in this process (the lock file alone would let our own PID through).

The controller sees the window as a :class:`~annotator.gui.workbench.ProjectBench`:
it builds a session and hands it over with ``set_session``; the window wires it
into every panel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer
from PySide6.QtWidgets import QProgressDialog

from annotator.core import config
from annotator.core.changes import ChangeSet, Composite
from annotator.core.errors import AnnotatorError, ProjectLocked, ProjectReadOnly
from annotator.core.outputs import check_output, staged_path
from annotator.core.store import ProjectLock, ProjectStore
from annotator.core.store.connection import writable_location
from annotator.gui import prompts, save_target, shutdown
from annotator.gui.dialogs.attributes import AttributesDialog
from annotator.gui.dialogs.import_report import ImportReportDialog, incomplete_question, summary
from annotator.gui.feedback import count
from annotator.gui.i18n import translate
from annotator.gui.session import ProjectSession
from annotator.gui.trust import opening
from annotator.gui.workbench import ProjectBench
from annotator.gui.workers import Job, import_work

_HELD: set[Path] = set()
CODEBOOK_CHOICES = (
    QT_TRANSLATE_NOOP("ProjectController", "Trafficking typology (default)"),
    QT_TRANSLATE_NOOP("ProjectController", "Empty codebook"),
    QT_TRANSLATE_NOOP("ProjectController", "From a file…"),
)
CODEBOOK_SPECS = ("default", "empty", None)  # what each choice above starts the project with


class ProjectController(QObject):
    def __init__(self, bench: ProjectBench, coder: str | None = None, parent: QObject | None = None) -> None:
        self.backup_job: Job | None = None  # the automatic backup of the project just opened
        super().__init__(parent)
        self.bench = bench
        self.coder_arg = coder
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None
        self.report_dialog: ImportReportDialog | None = None
        self.attributes_dialog: AttributesDialog | None = None

    # -- open / close ---------------------------------------------------------
    def _lock(self, path: Path) -> tuple[ProjectLock | None, bool] | None:
        """Take the lock; if held elsewhere ask, and return (lock, readonly) or None (cancel)."""
        lock = ProjectLock(path)
        try:
            if path in _HELD:
                holder = translate("ProjectController", "another window of this program")
                raise ProjectLocked("held", path=path, holder=holder)
            lock.acquire()
        except ProjectLocked as exc:
            if (
                prompts.ask_locked(self.bench.dialog_parent, str(path), exc.holder) == "readonly"
                and not shutdown.requested()
            ):
                return None, True
            return None
        shutdown.track(lock)  # released on every way out, a signal included
        return lock, False

    def coder_name(self) -> str | None:
        """Who codes in a writable session: ``--coder``, ``$ANNOTATOR_CODER``, the remembered
        name, else asked once.

        Cancel or an empty answer means *no coder* (None): nothing is invented (the OS
        login name is often a real name, and it would end up in every coding and shared
        file) and nothing is remembered; the project then opens read-only.
        """
        name = config.coder_name(self.coder_arg)
        if name:
            return name
        asked = prompts.ask_text(
            self.bench.dialog_parent,
            translate("ProjectController", "Who is coding?"),
            translate(
                "ProjectController",
                "Your name as a coder (recorded with every coding you make).\n"
                "Cancel opens the project read-only.",
            ),
        )
        name = (asked or "").strip()
        if not name or shutdown.requested():
            return None
        config.remember_coder(name)
        return name

    def open(self, path: str | Path, *, readonly: bool = False, backup: bool = True) -> bool:
        """Open ``path``; ``backup=False`` skips the rolling backup (right after a restore).

        Every question asked on the way (coder, lock, passphrase, an error) may be answered
        by a stop signal (:mod:`annotator.gui.shutdown`): then nothing more is asked or
        opened, and whatever was taken (the lock, the store) is given back at once.
        """
        path = Path(path).resolve()
        current = self.bench.session
        if current is not None and current.path.resolve() == path:
            self.close()  # reopening the same file: its lock and store must be let go first
        # Otherwise the current project stays open until the new one is open and ready: a file
        # that is not a project, is too new, locked, or whose passphrase is not given leaves
        # the reader where they were.
        coder = config.coder_name(self.coder_arg) if readonly else self.coder_name()
        no_coder = not readonly and coder is None
        readonly = readonly or no_coder
        lock: ProjectLock | None = None
        notes: list[str] = []
        if no_coder:
            notes.append(
                translate(
                    "ProjectController",
                    "No coder name given: the project is open read-only (Team → Switch coder to choose one).",
                )
            )
        elif not readonly and path.exists() and not writable_location(path):
            readonly = True  # not even the lock file could be written: say why instead of failing
            notes.append(
                translate(
                    "ProjectController",
                    "Opened read-only: the project is on a read-only disk or in a folder you cannot write to.",  # noqa: E501
                )
            )
        if not readonly and not shutdown.requested():
            taken = self._lock(path)
            if taken is None:
                self._not_opened()
                return False
            lock, readonly = taken
        store: ProjectStore | None = None
        error = ""
        if not shutdown.requested():
            try:
                # asks an encrypted project's passphrase
                store = opening.open_store(self.bench.dialog_parent, path, readonly=readonly)
            except ProjectReadOnly as exc:
                # A read-only disk or folder: the project can still be read, and the user is told why.
                if lock is not None:
                    lock.release()
                    lock = None
                readonly = True
                try:
                    store = opening.open_store(self.bench.dialog_parent, path, readonly=True)
                except AnnotatorError as again:
                    error = str(again)
                notes.append(
                    translate("ProjectController", "Opened read-only: {reason}.").format(reason=exc.reason)
                )
            except AnnotatorError as exc:
                error = str(exc)
        if store is None or shutdown.requested():
            if store is not None:
                store.close()
            if lock is not None:
                lock.release()  # before any message: a question must never hold the project
            if error and not shutdown.requested():
                prompts.show_error(
                    self.bench.dialog_parent, translate("ProjectController", "Cannot open project"), error
                )
            self._not_opened()
            return False
        try:  # the coder is resolved here, once, to the project's record (see ProjectSession)
            session = ProjectSession(store, coder or "", lock=lock, parent=self.bench.dialog_parent)
        except AnnotatorError as exc:  # a name several coders could be: say so, keep nothing
            store.close()
            if lock is not None:
                lock.release()
            prompts.show_error(
                self.bench.dialog_parent, translate("ProjectController", "Cannot open project"), str(exc)
            )
            self._not_opened()
            return False
        self.close()  # the new project is ready: only now does the current one go
        if lock is not None:
            _HELD.add(path)
        config.add_recent_project(path)
        self.bench.set_session(session)
        if store.migration_backup is not None:
            notes.append(
                translate(
                    "ProjectController", "Upgraded the project; the old file is kept as {name}."
                ).format(name=store.migration_backup.name)
            )
        for leftover in store.removed_leftovers:
            notes.append(
                translate(
                    "ProjectController",
                    "Removed {name}, an unfinished copy left by an interrupted conversion.",
                ).format(name=leftover.name)
            )
        if backup and not readonly:
            self.backup_job = opening.start_rolling_backup(
                self.bench.dialog_parent, path, self.bench.show_status
            )
        if any(notes):
            self.bench.show_status(" ".join(n for n in notes if n), 0 if no_coder else 8000)
        return True

    def _not_opened(self) -> None:
        session = self.bench.session
        if session is None:
            self.bench.show_status(translate("ProjectController", "Not opened."))
        else:
            self.bench.show_status(
                translate("ProjectController", "Not opened. {name} is still open.").format(
                    name=session.path.name
                )
            )

    def close(self) -> None:
        if self.backup_job is not None:
            # The automatic backup reads the file with its own connection: let it finish before
            # the file may be replaced (restore, encrypt, decrypt) or opened again.
            self.backup_job.wait()
            self.backup_job = None
        session = self.bench.session
        if session is None:
            return
        self.bench.set_session(None)
        _HELD.discard(session.path.resolve())
        session.close()
        session.deleteLater()

    # -- menu handlers ----------------------------------------------------------
    def open_dialog(self) -> None:
        path = prompts.open_file(self.bench.dialog_parent, translate("ProjectController", "Open project"))
        if path:
            self.open(path)

    def new_dialog(self) -> None:
        title = translate("ProjectController", "New project")
        path = prompts.save_file(self.bench.dialog_parent, title)
        if not path:
            return
        target = Path(path) if Path(path).suffix else Path(path + ".sqlite")
        if target.exists():
            prompts.show_error(
                self.bench.dialog_parent,
                title,
                translate("ProjectController", "{path} already exists; choose a new file name.").format(
                    path=target
                ),
            )
            return
        try:
            check_output(target)  # nor a journal, lock or backup of another project
        except AnnotatorError as exc:
            prompts.show_error(self.bench.dialog_parent, title, str(exc))
            return
        choices = [translate("ProjectController", choice) for choice in CODEBOOK_CHOICES]
        choice = prompts.ask_item(
            self.bench.dialog_parent,
            title,
            translate("ProjectController", "Start with which codebook?"),
            choices,
        )
        if choice is None:
            return
        spec = CODEBOOK_SPECS[choices.index(choice)] if choice in choices else None
        if spec is None:
            spec = prompts.open_file(
                self.bench.dialog_parent,
                translate("ProjectController", "Codebook"),
                "Codebooks (*.yaml *.yml *.qdc)",  # translated by prompts (FILTER_WORDS)
            )
            if not spec:
                return
        from annotator.core.codebook_files import load_codebook  # noqa: PLC0415
        from annotator.core.project import create_project  # noqa: PLC0415

        try:
            create_project(target, codebook=load_codebook(spec)).close()
        except AnnotatorError as exc:
            prompts.show_error(self.bench.dialog_parent, title, str(exc))
            return
        self.open(target)

    def save_copy(self) -> None:
        """A consistent copy (SQLite's backup API), written beside and moved in whole, owner-only.

        Never over the project, another project, or a journal, lock or backup of one, even
        when the file dialog's "replace?" was answered yes.
        """
        session = self.bench.session
        title = translate("ProjectController", "Save a copy")
        path = prompts.save_file(self.bench.dialog_parent, title) if session else None
        if session is None or not path:
            return
        target = Path(path) if Path(path).suffix else Path(path + ".sqlite")
        dest = save_target.choose(self.bench.dialog_parent, title, path, target, projects=[session.path])
        if dest is None:
            return
        try:
            with staged_path(dest.path, force=dest.force, projects=dest.projects) as staged:
                session.store.save_copy(staged)
        except AnnotatorError as exc:
            prompts.show_error(self.bench.dialog_parent, title, str(exc))
            return
        except OSError as exc:
            prompts.show_error(self.bench.dialog_parent, title, f"{target}: {exc.strerror or exc}")
            return
        self.bench.show_status(
            translate("ProjectController", "Saved a copy as {path}.").format(path=dest.path)
        )

    # -- importing ----------------------------------------------------------------
    def import_dialog(self) -> None:
        paths = prompts.open_files(
            self.bench.dialog_parent, translate("ProjectController", "Import documents")
        )
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[str], *, allow_partial: bool = False) -> Job | None:
        """Import in a worker (its own connection); a progress dialog can cancel it."""
        session = self.bench.session
        if session is None or session.readonly:
            self.bench.show_status(
                translate("ProjectController", "Open a project (not read-only) to import documents.")
            )
            return None
        if self.job is not None and not self.job.done:
            self.bench.show_status(translate("ProjectController", "An import is already running."))
            return None
        work = import_work(paths, session.coder, allow_partial=allow_partial)
        job = self.job = Job(session.path, work, parent=self)
        dialog = self.progress = QProgressDialog(
            translate("ProjectController", "Importing…"),
            translate("ProjectController", "Cancel"),
            0,
            len(paths),
            self.bench.dialog_parent,
        )
        dialog.setObjectName("importProgress")
        dialog.setWindowTitle(translate("ProjectController", "Import documents"))
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.cancel)
        job.progressed.connect(self._progressed)
        job.finished.connect(lambda report: self._imported(session, report))
        job.failed.connect(self._import_failed)
        return job.start()

    def _progressed(self, done: int, total: int, name: str) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)
            self.progress.setLabelText(
                translate("ProjectController", "Importing {name}…").format(name=name)
                if name
                else translate("ProjectController", "Finishing…")
            )

    def _end_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _imported(self, session: ProjectSession, report: object) -> None:
        self._end_progress()
        if session is not self.bench.session:
            return  # the project was closed meanwhile; its next opening shows the documents
        session.notify(ChangeSet(document_list=True))
        said = summary(report)  # type: ignore[arg-type]
        self.bench.show_status(translate("ProjectController", "Import: {summary}.").format(summary=said))
        imported = getattr(report, "imported", [])
        if imported and self.bench.current_document is None:
            self.bench.open_document(imported[0].guid)
        if (
            getattr(report, "failed", None)
            or getattr(report, "skipped", None)
            or getattr(report, "dropped", None)
        ):
            self.report_dialog = ImportReportDialog(report, self.bench.dialog_parent)  # type: ignore[arg-type]
            self.report_dialog.open()
        incomplete = getattr(report, "incomplete", [])
        if incomplete and prompts.confirm(
            self.bench.dialog_parent,
            translate("ProjectController", "Import REFI-QDA project"),
            incomplete_question(incomplete),
        ):
            QTimer.singleShot(0, lambda: self.import_files([p for p, _, _ in incomplete], allow_partial=True))

    def _import_failed(self, message: str) -> None:
        self._end_progress()
        prompts.show_error(self.bench.dialog_parent, translate("ProjectController", "Import failed"), message)

    # -- attributes -----------------------------------------------------------------
    def edit_attributes(self) -> None:
        """The case-variables table; OK pushes every edited cell as one undo step."""
        s = self.bench.session
        if s is None:
            return
        dialog = self.attributes_dialog = AttributesDialog(
            s.store.documents(),
            s.store.attributes(),
            s.store.document_attributes(),
            coder=s.coder.guid,
            parent=self.bench.dialog_parent,
        )
        dialog.accepted.connect(lambda: self._save_attributes(s, dialog))
        dialog.open()

    def _save_attributes(self, session: ProjectSession, dialog: AttributesDialog) -> None:
        changes = dialog.changes()
        if changes and session is self.bench.session:
            label = translate("ProjectController", "Edit attributes")
            if session.push(Composite(changes, label, by=session.coder.guid)) is None:
                return
            self.bench.show_status(
                translate("ProjectController", "{count} saved (Ctrl+Z undoes it).").format(
                    count=count(len(changes), "attribute value")
                )
            )
