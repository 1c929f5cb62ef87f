"""Case flows: create, choose, edit, merge and delete cases; link and unlink passages and
documents to the current case; open a case's journey timeline.

Every flow ends in one core change (:mod:`annotator.core.changes.cases`) pushed on the
session, so Ctrl+Z undoes it; the core decides what is allowed and its one-line
refusal goes to the status bar. The controller sees the window only as a
:class:`~annotator.gui.workbench.CaseBench`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from annotator.core.changes.cases import (
    AddCase,
    CaseConflict,
    DeleteCase,
    EditCase,
    LinkCodings,
    LinkDocuments,
    MergeCases,
    UnlinkCodings,
    UnlinkDocuments,
)
from annotator.core.errors import AnnotatorError
from annotator.gui import prompts
from annotator.gui.cases.palette import CasePalette
from annotator.gui.cases.timeline import TimelineWindow
from annotator.gui.i18n import translate
from annotator.gui.models.cases import CaseRow, CasesModel
from annotator.gui.workbench import CaseBench


def codings_text(n: int) -> str:
    """``1 coding`` / ``3 codings`` in the interface language."""
    return (
        translate("CaseController", "%n coding", None, n)
        if n == 1
        else translate("CaseController", "%n codings", None, n)
    )


def shown(label: str) -> str:
    """A case label as the status bar quotes it ('Victim A')."""
    return repr(label)


class CaseController(QObject):
    """The handlers of the Case menu, for one window (``bench``) and its case list (``rows``)."""

    def __init__(self, bench: CaseBench, cases: CasesModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseController")
        self.bench = bench
        self.cases = cases  # the panel's model: the rows a chooser lists (read-only here)
        self.palette: CasePalette | None = None
        self.timeline_window: TimelineWindow | None = None

    # -- helpers ------------------------------------------------------------------------------
    def _label(self, guid: str) -> str:
        return self.cases.label_of(guid) or translate("CaseController", "the case")

    def _rows(self) -> list[CaseRow]:
        return list(self.cases.rows)

    def _push(self, change: Any, done: str) -> bool:
        session = self.bench.session
        if session is None:
            self.bench.show_status(translate("CaseController", "Open a project first."))
            return False
        if session.push(change) is None:
            return False
        self.bench.show_status(translate("CaseController", "{done} (Ctrl+Z undoes).").format(done=done))
        return True

    def choose_case(
        self,
        title: str,
        then: Callable[[str], object],
        *,
        exclude: set[str] | frozenset[str] = frozenset(),
        allow_new: bool = True,
    ) -> CasePalette | None:
        """Open the case chooser (without blocking); ``then(guid)`` runs with the chosen case, or
        with a case made from a typed new label."""
        if self.bench.session is None:
            self.bench.show_status(translate("CaseController", "Open a project first."))
            return None
        if self.palette is not None and shiboken6.isValid(self.palette):
            self.palette.close()
        self.palette = CasePalette(
            self._rows(), title=title, exclude=exclude, allow_new=allow_new, parent=self.bench.dialog_parent
        )
        self.palette.chosen.connect(then)

        def create(label: str) -> None:
            guid = self.add(label)
            if guid is not None:
                then(guid)

        self.palette.create.connect(create)
        self.palette.open()
        self.palette.query.setFocus()
        return self.palette

    def _with_case(self, title: str, then: Callable[[str], object]) -> None:
        """``then(current case)``, or, with none chosen, ask for one first (it becomes current)."""
        case = self.bench.current_case
        if case is not None:
            then(case)
            return

        def chosen(guid: str) -> None:
            self.bench.select_case(guid)
            then(guid)

        self.choose_case(title, chosen)

    # -- cases ----------------------------------------------------------------------------------
    def add(self, label: str, **options: Any) -> str | None:
        """Create a case; its GUID (it becomes the current case), or None when refused."""
        session = self.bench.session
        if session is None:
            return None
        try:
            change = AddCase(label, by=session.coder.guid, **options)
        except AnnotatorError as exc:  # a bad label is refused before anything runs
            self.bench.show_status(str(exc))
            return None
        if not self._push(
            change, translate("CaseController", "Added case {case}").format(case=shown(change.case.label))
        ):
            return None
        self.bench.select_case(change.case.guid)
        return change.case.guid

    def new_case(self) -> str | None:
        if self.bench.session is None:
            self.bench.show_status(translate("CaseController", "Open a project first."))
            return None
        label = prompts.ask_text(
            self.bench.dialog_parent,
            translate("CaseController", "New case"),
            translate(
                "CaseController", "A pseudonymous label for the person (never a real name), e.g. “Victim A”:"
            ),
        )
        return self.add(label) if label and label.strip() else None

    def choose(self) -> CasePalette | None:
        """Make a case chosen by typing the current one."""
        return self.choose_case(translate("CaseController", "Choose case"), self.bench.select_case)

    def edit(self, guid: str, changes: dict[str, Any]) -> bool:
        """Store what the case editor changed, as one step."""
        session = self.bench.session
        if session is None:
            return False
        if not changes:
            self.bench.show_status(translate("CaseController", "Nothing to store: the case is unchanged."))
            return False
        try:
            change = EditCase(guid, by=session.coder.guid, **changes)
        except AnnotatorError as exc:
            self.bench.show_status(str(exc))
            return False
        label = changes.get("label") or self._label(guid)
        return self._push(
            change, translate("CaseController", "Changed case {case}").format(case=shown(label))
        )

    def delete(self) -> bool:
        session, case = self.bench.session, self.bench.current_case
        if session is None or case is None:
            self.bench.show_status(translate("CaseController", "Choose a case in the Cases panel first."))
            return False
        documents = len(session.store.case_document_links(case=case))
        codings = len(session.store.case_coding_links(case=case))
        attributes = len(session.store.case_attribute_rows(case))
        label = self._label(case)
        text = translate(
            "CaseController",
            "Delete case “{case}”?\n\nIts links to {documents} and {passages} go with it, and its "
            "{attributes}. The documents and codings themselves stay. Ctrl+Z brings it all back.",
        ).format(
            case=label,
            documents=translate("CaseController", "%n document", None, documents)
            if documents == 1
            else translate("CaseController", "%n documents", None, documents),
            passages=translate("CaseController", "%n coded passage", None, codings)
            if codings == 1
            else translate("CaseController", "%n coded passages", None, codings),
            attributes=translate("CaseController", "%n attribute", None, attributes)
            if attributes == 1
            else translate("CaseController", "%n attributes", None, attributes),
        )
        if not prompts.confirm(self.bench.dialog_parent, translate("CaseController", "Delete case"), text):
            return False
        return self._push(
            DeleteCase(case, by=session.coder.guid),
            translate("CaseController", "Deleted case {case}").format(case=shown(label)),
        )

    def merge(self) -> CasePalette | None:
        source = self.bench.current_case
        if self.bench.session is None or source is None:
            self.bench.show_status(
                translate("CaseController", "Choose the case to merge in the Cases panel first.")
            )
            return None
        label = self._label(source)
        return self.choose_case(
            translate("CaseController", "Merge “{case}” into…").format(case=label),
            lambda target: self.merge_into(source, target),
            exclude={source},
            allow_new=False,
        )

    def merge_into(self, source: str, target: str) -> bool:
        """Merge ``source`` into ``target`` (one person recorded twice); conflicting values are
        listed and kept in the target's memo only when the user says yes."""
        session = self.bench.session
        if session is None:
            return False
        by = session.coder.guid
        source_label, target_label = self._label(source), self._label(target)
        done = translate("CaseController", "Merged case {source} into {target}").format(
            source=shown(source_label), target=shown(target_label)
        )
        try:
            applied = session.push(MergeCases(source, target, by=by), raising=(CaseConflict,))
        except CaseConflict as conflict:
            items = [
                translate("CaseController", "{what}: “{ours}” in {target}, “{theirs}” in {source}").format(
                    what=what, ours=ours, theirs=theirs, target=target_label, source=source_label
                )
                for what, ours, theirs in conflict.conflicts
            ]
            question = translate(
                "CaseController",
                "“{target}” and “{source}” disagree. Merge anyway? "
                "{target}'s values are kept; {source}'s go into its memo.",
            ).format(target=target_label, source=source_label)
            if not prompts.confirm_list(
                self.bench.dialog_parent, translate("CaseController", "Merge cases"), question, items
            ):
                return False
            applied = session.push(MergeCases(source, target, confirm=True, by=by))
        if applied is None:
            return False
        self.bench.select_case(target)
        self.bench.show_status(translate("CaseController", "{done} (Ctrl+Z undoes).").format(done=done))
        return True

    # -- links --------------------------------------------------------------------------------------
    def link_selection(self) -> None:
        """Link the coded passages under the selection (or the chosen codings) to the current case."""
        codings = self._codings()
        if codings:
            self._with_case(
                translate("CaseController", "Link passages to which case?"),
                lambda case: self._link_codings(case, codings),
            )

    def unlink_selection(self) -> None:
        codings, case = self._codings(), self._current()
        if codings and case:
            n = len(codings)
            self._push(
                UnlinkCodings(case, codings, by=self._by()),
                translate("CaseController", "Unlinked {codings} from {case}").format(
                    codings=codings_text(n), case=shown(self._label(case))
                ),
            )

    def link_document(self) -> None:
        document = self._document()
        if document:
            self._with_case(
                translate("CaseController", "Link the document to which case?"),
                lambda case: self._push(
                    LinkDocuments(case, [document], by=self._by()),
                    translate("CaseController", "Linked the document to {case}").format(
                        case=shown(self._label(case))
                    ),
                ),
            )

    def unlink_document(self) -> None:
        document, case = self._document(), self._current()
        if document and case:
            self._push(
                UnlinkDocuments(case, [document], by=self._by()),
                translate("CaseController", "Unlinked the document from {case}").format(
                    case=shown(self._label(case))
                ),
            )

    def _link_codings(self, case: str, codings: list[str]) -> None:
        n = len(codings)
        self._push(
            LinkCodings(case, codings, by=self._by()),
            translate("CaseController", "Linked {codings} to {case}").format(
                codings=codings_text(n), case=shown(self._label(case))
            ),
        )

    def _by(self) -> str:
        session = self.bench.session
        return session.coder.guid if session else ""

    def _codings(self) -> list[str]:
        if self.bench.session is None:
            self.bench.show_status(translate("CaseController", "Open a project first."))
            return []
        codings = self.bench.codings_to_link()
        if not codings:
            self.bench.show_status(
                translate(
                    "CaseController",
                    "Select a coded passage (or click a highlight, or choose rows in the segments table) "
                    "first; a case links to coded passages, so code the passage first.",
                )
            )
        return codings

    def _document(self) -> str | None:
        document = self.bench.current_document if self.bench.session else None
        if document is None:
            self.bench.show_status(translate("CaseController", "Open a document first."))
        return document

    def _current(self) -> str | None:
        case = self.bench.current_case
        if case is None:
            self.bench.show_status(
                translate("CaseController", "Choose a case in the Cases panel first (Ctrl+Shift+G).")
            )
        return case

    # -- timeline -------------------------------------------------------------------------------------
    def timeline(self, guid: str | None = None) -> TimelineWindow | None:
        """The journey timeline of ``guid`` (default: the current case), one window per project."""
        session = self.bench.session
        case = guid or self.bench.current_case
        if session is None:
            self.bench.show_status(translate("CaseController", "Open a project first."))
            return None
        window = self.timeline_window
        if window is not None and (not shiboken6.isValid(window) or window.session is not session):
            if shiboken6.isValid(window):
                window.close()
                window.deleteLater()
            window = None
        if window is None:
            window = self.timeline_window = TimelineWindow(session, self.bench)
        window.show_case(case)
        window.show()
        window.raise_()
        window.activateWindow()
        window.table.setFocus()
        return window
