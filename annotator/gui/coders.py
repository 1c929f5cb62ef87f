"""Who is coding, and whose codings are shown: Team → Switch coder, View → coders.

The controller sees the window as a :class:`~annotator.gui.workbench.CoderBench`:
it decides, the window makes its panels follow (``show_coder``, ``refresh_coders``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from annotator.core import config
from annotator.core.changes import SetOwnCodingsOnly
from annotator.core.errors import AnnotatorError
from annotator.gui import prompts
from annotator.gui.dialogs.coder_choice import CoderDialog
from annotator.gui.i18n import translate
from annotator.gui.presenter import MINE
from annotator.gui.workbench import CoderBench, ProjectOpener


class CoderController(QObject):
    def __init__(
        self, bench: CoderBench, opener: ProjectOpener | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.bench = bench
        self.opener = opener  # reopens a project opened without a coder once one is chosen

    def set_mode(self, mode: str) -> None:
        """ALL, MINE or one coder's GUID: the text, the counts and the segments follow."""
        self.bench.show_coder(mode)

    def switch(self) -> None:
        """Pick one of the project's coders (a list with a filter), or add a new one explicitly."""
        w = self.bench
        session = w.session
        if session is None:
            return
        no_coder = session.readonly and not session.coder.name
        if session.readonly and (not no_coder or self.opener is None):
            w.show_status(
                translate("CoderController", "This project is open read-only; the coder cannot change.")
            )
            return
        store = session.store
        dialog = CoderDialog(store.coders(), session.coder, store.find_coder, w.dialog_parent)
        try:
            chosen = dialog.choice if prompts.run_dialog(dialog) else None
        finally:
            dialog.deleteLater()
        before = session.coder
        if chosen is None:
            return
        if no_coder and self.opener is not None:
            # Opened without a coder (the first-run question was cancelled): now that there is
            # one, open the project again for writing, as that coder.
            config.remember_coder(chosen.name)
            if self.opener.open(session.path):
                w.show_status(
                    translate("CoderController", "You are now coding as {coder}.").format(coder=chosen.name)
                )
            return
        try:
            session.set_coder(chosen.name)  # resolved once: "mina" is the "Mina" already there
        except AnnotatorError as exc:
            w.show_status(str(exc))
            return
        if w.session.coder == before:
            return
        name = w.session.coder.name
        config.remember_coder(name)
        w.refresh_coders()
        if w.coder_mode == MINE:
            self.set_mode(MINE)
        w.update_state()
        message = (
            translate("CoderController", "You are now coding as {coder} (a new coder of this project).")
            if chosen.new
            else translate("CoderController", "You are now coding as {coder}.")
        )
        w.show_status(message.format(coder=name))

    def set_own_codings_only(self, on: bool) -> None:
        """Team → Coders change only their own codings: a project setting, one undo step."""
        w = self.bench
        session = w.session
        if session is None:
            return
        if session.push(SetOwnCodingsOnly(on, by=session.coder.guid)) is not None:
            w.show_status(
                translate(
                    "CoderController", "Coders may now change only their own codings (Ctrl+Z undoes it)."
                )
                if on
                else translate(
                    "CoderController",
                    "Coders may change each other's codings again, after a question (Ctrl+Z undoes it).",
                )
            )
        w.update_state()  # the menu item shows what the project says, refused or not

    def fill_menu(self, menu: QMenu, group: QActionGroup) -> None:
        """View → One coder: one radio item per coder, in ``group`` with Mine/All."""
        w = self.bench
        menu.clear()
        for coder in w.session.store.coders() if w.session else []:
            action = menu.addAction(coder.name, lambda g=coder.guid: self.set_mode(g))
            action.setCheckable(True)
            action.setChecked(w.coder_mode == coder.guid)
            group.addAction(action)
