"""ProjectSession: the open project as the GUI sees it.

It owns the store, the undo stack and the current coder, and is the one door
through which widgets change the project: ``push(change)``. Everyone who shows
project data listens to ``changed(ChangeSet)`` and redraws only what changed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from annotator.core.changes import Change, ChangeSet, code_language
from annotator.core.code_labels import CANONICAL, FOLLOW_INTERFACE, LABEL_LANGUAGES, CodeNames
from annotator.core.codebook import CodeTree
from annotator.core.errors import AnnotatorError
from annotator.core.model import Coder, Coding
from annotator.core.store import ProjectLock, ProjectStore
from annotator.gui.i18n import installed_language, translate
from annotator.gui.undo import ChangeCommand

UNDO_LIMIT = 500
WATCH_MS = 1500  # how often to look for commits by other programs (the CLI, a merge)


class ProjectSession(QObject):
    """Store + QUndoStack + coder; ``changed`` fires after every applied, undone or redone change."""

    changed = Signal(object)  # ChangeSet
    failed = Signal(str)  # a domain error, one line, for the status bar
    coder_changed = Signal(object)  # Coder

    def __init__(
        self,
        store: ProjectStore,
        coder_name: str,
        *,
        lock: ProjectLock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.lock = lock
        self.coder = self._coder(coder_name)  # first: a refused name leaves nothing running
        # Other coders whose codings may be changed without asking again, and on which day
        # that was said ("Don't ask again for mina today"; see ``gui/ownership.py``).
        self.others_allowed: dict[str, date] = {}
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.pushing = False
        self._tree: CodeTree | None = None
        self._names: CodeNames | None = None
        self._doc_codings: tuple[str, list[Coding]] | None = None
        self.changed.connect(self._forget_tree)
        # Another program (the CLI, a merge, a background worker) may commit to the same file:
        # SQLite's data_version moves only for other connections' commits, so poll it cheaply.
        self._data_version = self._read_data_version()
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self.check_external_changes)
        self._watch.start()

    # -- identity ---------------------------------------------------------
    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def readonly(self) -> bool:
        return self.store.readonly

    def _coder(self, name: str) -> Coder:
        """The project's coder record for a typed name (in any case or width: "mina" and a
        full-width "ＭＩＮＡ" are the "Mina" already there), made when new; everything this
        session records then carries its GUID. Raises UsageError for a name several coders
        could be."""
        if self.readonly or not name.strip():  # cannot write a coders row; codings are refused anyway
            return self.store.find_coder(name) or Coder("", name)
        return self.store.resolve_coder(name, create=True)

    def set_coder(self, name: str) -> None:
        """Code as ``name`` from now on (resolved to its record; announced only when it changes)."""
        coder = self._coder(name)
        if coder != self.coder:
            self.coder = coder
            self.coder_changed.emit(self.coder)

    @property
    def tree(self) -> CodeTree:
        """The codebook, cached until the next change."""
        if self._tree is None:
            self._tree = CodeTree(self.store.codes())
        return self._tree

    @property
    def code_language(self) -> str:
        """The language codes are named in here: the project's choice, ``interface`` resolved to
        the interface language (``en``: canonical names)."""
        choice = code_language(self.store)
        if choice == FOLLOW_INTERFACE:
            choice = installed_language()
        return choice if choice in LABEL_LANGUAGES else CANONICAL

    @property
    def code_names(self) -> CodeNames:
        """What each code is called in this window (its label in :attr:`code_language`, else its
        canonical name): every view that names a code asks here. Cached with the tree."""
        tree = self.tree
        if self._names is None or self._names.tree is not tree:
            language = self.code_language
            labels = self.store.code_labels(language=language) if language != CANONICAL else []
            self._names = CodeNames(tree, labels, language)
        return self._names

    def _forget_tree(self, changes: ChangeSet) -> None:
        if changes.codebook or changes.codes:
            self._tree = None
        self._doc_codings = None  # connected first: cleared before any view re-reads

    def codings_of(self, document: str) -> list[Coding]:
        """All codings of one document, read once per change for every view that shows them
        (the text view and the segments table both need them when a document opens)."""
        if self._doc_codings is None or self._doc_codings[0] != document:
            self._doc_codings = (document, self.store.codings(document=document))
        return self._doc_codings[1]

    # -- changes ----------------------------------------------------------
    def push(self, change: Change, *, raising: tuple[type[AnnotatorError], ...] = ()) -> ChangeSet | None:
        """Apply ``change`` and put it on the undo stack; a domain error goes to ``failed``.

        Errors of the ``raising`` types propagate instead, for a caller that answers them
        (``ValuesWouldBeLost``: show what would be lost, ask, push again confirmed). The
        refused change left nothing behind: it ran in one transaction that rolled back.
        """
        if self.readonly:
            self.failed.emit(
                translate("ProjectSession", "This project is open read-only; changes are not possible.")
            )
            return None
        try:
            applied = change.apply(self.store)
        except raising:
            raise
        except AnnotatorError as exc:
            self.failed.emit(str(exc))
            return None
        self.pushing = True  # the stack's index moves, but nothing was undone or redone
        try:
            self.undo_stack.push(ChangeCommand(self, change, applied))
        finally:
            self.pushing = False
        return applied

    def notify(self, changes: ChangeSet) -> None:
        """Announce a change made outside the undo stack (an import by a worker)."""
        self._tree = None
        self._doc_codings = None
        self.changed.emit(changes)

    def _read_data_version(self) -> int | None:
        try:
            return int(self.store.conn.execute("PRAGMA data_version").fetchone()[0])
        except Exception:  # a closed or damaged connection: nothing to watch
            return None

    def check_external_changes(self) -> bool:
        """Reload every view if another program committed to the project since the last look."""
        version = self._read_data_version()
        if version is None or version == self._data_version:
            return False
        self._data_version = version
        self._tree = None
        self._doc_codings = None
        store = self.store
        self.changed.emit(
            ChangeSet(
                documents=frozenset(d.guid for d in store.documents()),
                codes=frozenset(c.guid for c in store.codes()),
                codebook=True,
                attributes=True,
                document_list=True,
                extra={"reload": True},
            )
        )
        return True

    def close(self) -> None:
        self._watch.stop()
        self.undo_stack.clear()
        try:
            self.store.close()
        finally:
            if self.lock is not None:
                self.lock.release()
