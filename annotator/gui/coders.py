"""Who is coding, and whose codings are shown: Team → Switch coder, View → coders.

The controller sees the window as a :class:`~annotator.gui.workbench.CoderBench`:
it decides, the window makes its panels follow (``show_coder``, ``refresh_coders``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from annotator.core import config
from annotator.core.errors import AnnotatorError
from annotator.gui import prompts
from annotator.gui.presenter import MINE
from annotator.gui.workbench import CoderBench


class CoderController(QObject):
    def __init__(self, bench: CoderBench, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bench = bench

    def set_mode(self, mode: str) -> None:
        """ALL, MINE or one coder's GUID: the text, the counts and the segments follow."""
        self.bench.show_coder(mode)

    def switch(self) -> None:
        w = self.bench
        if w.session is None:
            return
        name = (
            prompts.ask_text(w.dialog_parent, "Switch coder", "Code as:", w.session.coder.name) or ""
        ).strip()
        before = w.session.coder
        if not name:
            return
        try:
            w.session.set_coder(name)  # resolved once: "mina" is the "Mina" already there
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
        w.show_status(f"You are now coding as {name}.")

    def fill_menu(self, menu: QMenu, group: QActionGroup) -> None:
        """View → One coder: one radio item per coder, in ``group`` with Mine/All."""
        w = self.bench
        menu.clear()
        for coder in w.session.store.coders() if w.session else []:
            action = menu.addAction(coder.name, lambda g=coder.guid: self.set_mode(g))
            action.setCheckable(True)
            action.setChecked(w.coder_mode == coder.guid)
            group.addAction(action)
