"""Who is coding, and whose codings are shown: Team → Switch coder, View → coders, colour by coder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from annotator.core import config
from annotator.gui import prompts
from annotator.gui.presenter import MINE

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


class CoderController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    def set_mode(self, mode: str) -> None:
        """ALL, MINE or one coder's GUID: the text, the counts and the segments follow."""
        w = self.w
        w.presenter.set_coder_mode(mode)
        here = w.presenter.code_counts() if w.presenter.document else None
        w.codebook.model.set_coder(w.presenter.coder_filter(), here=here)
        w.segments.set_coder_filter(w.presenter.coder_filter())

    def toggle_color_by_coder(self) -> None:
        self.w.view.set_color_by_coder(self.w.actions["view.color_by_coder"].isChecked())

    def switch(self) -> None:
        w = self.w
        if w.session is None:
            return
        name = (prompts.ask_text(w, "Switch coder", "Code as:", w.session.coder.name) or "").strip()
        if not name or name == w.session.coder.name:
            return
        w.session.set_coder(name)
        config.remember_coder(name)
        w.view.set_coder_colors(*w.presenter.coder_colors())
        self.fill_segment_filters()
        if w.presenter.coder_mode == MINE:
            self.set_mode(MINE)
        w.update_state()
        w.show_status(f"You are now coding as {name}.")

    def fill_segment_filters(self) -> None:
        store = self.w.session.store if self.w.session else None
        coders = [(c.guid, c.name) for c in store.coders()] if store else []
        self.w.segments.fill_filters(coders, [(d.guid, d.name) for d in self.w.documents.model.documents])

    def fill_menu(self) -> None:
        """View → One coder: one radio item per coder, in the same group as Mine/All."""
        w = self.w
        w.coder_menu.clear()
        group = w.actions["view.mine"].actionGroup()
        for coder in w.session.store.coders() if w.session else []:
            action = w.coder_menu.addAction(coder.name, lambda g=coder.guid: self.set_mode(g))
            action.setCheckable(True)
            action.setChecked(w.presenter.coder_mode == coder.guid)
            group.addAction(action)
