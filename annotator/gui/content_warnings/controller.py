"""Editing content warnings from the window: the project's list, a document's, a code's; and
this coder's care preferences.

Each edit is one core change pushed through the session (one undo step, in the audit trail);
the status bar says what happened in the interface language. A read-only project is refused
before any dialog opens. The controller sees the window only as a
:class:`~annotator.gui.workbench.WarningBench`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from annotator.core.changes import (
    AddContentWarning,
    Change,
    ChangeSet,
    EditContentWarning,
    RemoveContentWarning,
    SetCodeWarnings,
    SetDocumentWarnings,
)
from annotator.core.content_warnings import ContentWarning
from annotator.core.errors import AnnotatorError
from annotator.gui import care_settings, prompts
from annotator.gui.content_warnings.dialogs import WarningChoiceDialog, WarningListDialog
from annotator.gui.content_warnings.preferences import CarePreferencesDialog
from annotator.gui.i18n import translate
from annotator.gui.session import ProjectSession
from annotator.gui.warning_names import display_list, display_name
from annotator.gui.workbench import WarningBench


class WarningsController(QObject):
    def __init__(self, bench: WarningBench, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningsController")
        self.bench = bench
        self.list_dialog: WarningListDialog | None = None
        self._watched: ProjectSession | None = None

    # -- helpers ------------------------------------------------------------------------
    def _writable(self) -> ProjectSession | None:
        session = self.bench.session
        if session is None:
            return None
        if session.readonly:
            self.bench.show_status(
                translate(
                    "WarningsController",
                    "This project is open read-only; content warnings cannot be changed.",
                )
            )
            return None
        return session

    def _warnings(self) -> list[ContentWarning]:
        session = self.bench.session
        return session.store.content_warnings() if session is not None else []

    def _push(self, build: Callable[[], Change], said: Callable[[Change], str]) -> ChangeSet | None:
        session = self._writable()
        if session is None:
            return None
        try:
            change = build()
        except AnnotatorError as exc:
            self.bench.show_status(str(exc))
            return None
        applied = session.push(change)
        if applied is not None:
            self.bench.show_status(
                translate("WarningsController", "{what} (Ctrl+Z undoes it).").format(what=said(change))
            )
        return applied

    def _by(self) -> str:
        session = self.bench.session
        return session.coder.guid if session is not None else ""

    def _ordered(self, names: list[str]) -> list[str]:
        order = [w.name for w in self._warnings()]
        return sorted(names, key=lambda n: (order.index(n) if n in order else len(order), n))

    # -- the project's list ---------------------------------------------------------------
    def edit_list(self) -> None:
        """Edit → Content warnings…: the list, non-modal; it follows undo and redo."""
        session = self._writable()
        if session is None:
            return
        if self.list_dialog is None:
            dialog = WarningListDialog(self._warnings, self.bench.dialog_parent)
            dialog.addRequested.connect(self.add)
            dialog.editRequested.connect(self.edit)
            dialog.removeRequested.connect(self.remove)
            self.list_dialog = dialog
        if self._watched is not session:
            if self._watched is not None:
                self._watched.changed.disconnect(self._changed)
            session.changed.connect(self._changed)
            self._watched = session
        self.list_dialog.reload()
        self.list_dialog.show()
        self.list_dialog.raise_()
        self.list_dialog.activateWindow()

    def _changed(self, changes: ChangeSet) -> None:
        if self.list_dialog is not None and self.list_dialog.isVisible() and changes.extra.get("warnings"):
            self.list_dialog.reload()

    def add(self, name: str, description: str = "") -> None:
        def said(change: Change) -> str:
            assert isinstance(change, AddContentWarning)
            return translate("WarningsController", "Added the content warning {name}").format(
                name=display_name(change.name)
            )

        applied = self._push(lambda: AddContentWarning(name, description, by=self._by()), said)
        if applied is not None and self.list_dialog is not None:
            self.list_dialog.reload(keep=" ".join(name.split()))

    def edit(self, name: str, new_name: str, description: str) -> None:
        def said(change: Change) -> str:
            assert isinstance(change, EditContentWarning) and change.before and change.after
            before, after = change.before, change.after
            if before.name != after.name:
                return translate("WarningsController", "Renamed the content warning {old} to {new}").format(
                    old=display_name(before.name), new=display_name(after.name)
                )
            return translate("WarningsController", "Changed what the content warning {name} covers").format(
                name=display_name(after.name)
            )

        applied = self._push(
            lambda: EditContentWarning(name, new_name=new_name, description=description, by=self._by()), said
        )
        if applied is not None and self.list_dialog is not None:
            self.list_dialog.reload(keep=" ".join(new_name.split()))

    def remove(self, name: str) -> None:
        def said(change: Change) -> str:
            assert isinstance(change, RemoveContentWarning)
            return translate(
                "WarningsController",
                "Removed the content warning {name} (documents: {documents}, codes: {codes})",
            ).format(name=display_name(change.name), documents=len(change.documents), codes=len(change.codes))

        self._push(lambda: RemoveContentWarning(name, by=self._by()), said)

    # -- a document's and a code's warnings --------------------------------------------------
    def _choose(self, *, title: str, prompt: str, chosen: frozenset[str]) -> list[str] | None:
        dialog = WarningChoiceDialog(
            title=title,
            prompt=prompt,
            warnings=self._warnings(),
            chosen=chosen,
            parent=self.bench.dialog_parent,
        )
        return dialog.chosen() if prompts.run_dialog(dialog) else None

    def document_warnings(self) -> None:
        """Edit → Document warnings… (and the Documents list's context menu)."""
        session = self._writable()
        if session is None:
            return
        document = self.bench.chosen_document
        if document is None:
            self.bench.show_status(
                translate("WarningsController", "Choose a document in the Documents list first.")
            )
            return
        name = session.store.document(document).name
        current = session.store.document_warnings(document).get(document, frozenset())
        chosen = self._choose(
            title=translate("WarningsController", "Document warnings"),
            prompt=translate(
                "WarningsController",
                "What {document} describes (the app asks each coder who wants it before showing its text):",
            ).format(document=name),
            chosen=current,
        )
        if chosen is None or set(chosen) == current:
            return

        def said(_change: Change) -> str:
            if not chosen:
                return translate("WarningsController", "{document} carries no content warning now").format(
                    document=name
                )
            return translate("WarningsController", "Marked {document} with: {warnings}").format(
                document=name, warnings=display_list(self._ordered(chosen))
            )

        self._push(lambda: SetDocumentWarnings(document, chosen, by=self._by()), said)

    def code_warnings(self) -> None:
        """Code → Content warnings of code… (and the codebook's context menu)."""
        session = self._writable()
        if session is None:
            return
        code = self.bench.current_code()
        if code is None:
            self.bench.show_status(translate("WarningsController", "Select a code in the codebook first."))
            return
        path = session.code_names.path(code)
        current = session.store.code_warnings(code).get(code, frozenset())
        chosen = self._choose(
            title=translate("WarningsController", "Content warnings of code"),
            prompt=translate(
                "WarningsController",
                "Every passage coded with {code} carries these warnings, whoever coded it:",
            ).format(code=path),
            chosen=current,
        )
        if chosen is None or set(chosen) == current:
            return

        def said(_change: Change) -> str:
            if not chosen:
                return translate(
                    "WarningsController", "The code {code} carries no content warning now"
                ).format(code=path)
            return translate("WarningsController", "Marked the code {code} with: {warnings}").format(
                code=path, warnings=display_list(self._ordered(chosen))
            )

        self._push(lambda: SetCodeWarnings(code, chosen, by=self._by()), said)

    # -- this coder's preferences -----------------------------------------------------------
    def preferences(self) -> None:
        """Edit → Care preferences…: this coder's, on this computer (never in the project)."""
        session = self.bench.session
        if session is None:
            return
        coder = session.coder.name
        dialog = CarePreferencesDialog(
            coder or translate("WarningsController", "this computer"),
            care_settings.load(coder),
            self.bench.dialog_parent,
        )
        if not prompts.run_dialog(dialog):
            return
        care_settings.save(coder, dialog.preferences())
        self.bench.show_status(
            translate(
                "WarningsController", "Care preferences saved for {coder}, on this computer only."
            ).format(coder=coder or translate("WarningsController", "this computer"))
        )
