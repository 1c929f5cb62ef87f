"""Linking, opening side by side and mirroring, for the window's actions (no rules here: the
core's changes decide; refusals come back as one line for the status bar)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from annotator.core.changes import LinkTranslation, MirrorCoding, NothingAligned
from annotator.core.store.translations import TranslationLink
from annotator.gui.i18n import translate
from annotator.gui.pairs.view import TranslationView, nothing_aligned
from annotator.gui.workbench import CodingBench


class PairsController:
    def __init__(self, bench: CodingBench) -> None:
        self.bench = bench
        self.windows: list[TranslationView] = []

    def _choose(self, title: str, label: str, names: list[str]) -> int | None:
        if len(names) == 1:
            return 0
        name, ok = QInputDialog.getItem(self.bench.dialog_parent, title, label, names, 0, False)
        return names.index(name) if ok and name in names else None

    def link_document(self) -> None:
        """Ask which document is the open one's translation, then link and align them."""
        session, current = self.bench.session, self.bench.current_document
        if session is None or current is None:
            return
        others = [d for d in session.store.documents() if d.guid != current]
        if not others:
            self.bench.show_status(translate("TranslationView", "There is no other document to link."))
            return
        name, ok = QInputDialog.getItem(
            self.bench.dialog_parent,
            translate("TranslationView", "Link to translation"),
            translate("TranslationView", "Translation of the open document:"),
            [d.name for d in others],
            0,
            False,
        )
        if not ok:
            return
        chosen = next(d for d in others if d.name == name)
        change = LinkTranslation(original=current, translation=chosen.guid, by=session.coder.guid)
        if session.push(change) is not None:
            aligned = sum(b.aligned for b in change.beads)
            self.bench.show_status(
                translate(
                    "TranslationView", "Linked {name}: {aligned} aligned, {unaligned} unaligned."
                ).format(name=chosen.name, aligned=aligned, unaligned=len(change.beads) - aligned)
            )
            self.open(change.link or TranslationLink(current, chosen.guid))

    def _link_of_current(self) -> TranslationLink | None:
        session, current = self.bench.session, self.bench.current_document
        if session is None or current is None:
            return None
        links = session.store.links_of(current)
        if not links:
            self.bench.show_status(
                translate(
                    "TranslationView",
                    "This document is linked to no translation: Edit → Link to translation…",
                )
            )
            return None
        names = [
            session.store.document(link.translation if link.original == current else link.original).name
            for link in links
        ]
        index = self._choose(
            translate("TranslationView", "Side by side"),
            translate("TranslationView", "Which translation?"),
            names,
        )
        return None if index is None else links[index]

    def side_by_side(self) -> TranslationView | None:
        link = self._link_of_current()
        return self.open(link) if link is not None else None

    def open(self, link: TranslationLink) -> TranslationView | None:
        session = self.bench.session
        if session is None:
            return None
        for window in self.windows:
            if window.link.translation == link.translation and window.session is session:
                window.raise_()
                window.activateWindow()
                return window
        window = TranslationView(session, link)
        window.destroyed.connect(lambda *_: self.windows.remove(window) if window in self.windows else None)
        self.windows.append(window)
        window.show()
        return window

    def mirror_selected(self) -> None:
        """Mirror the coding selected in the window onto the linked document."""
        session, current = self.bench.session, self.bench.current_document
        codings = self.bench.selected_codings()
        if session is None or current is None or not codings:
            return
        link = self._link_of_current()
        if link is None:
            return
        target = link.translation if link.original == current else link.original
        try:
            if session.push(
                MirrorCoding(coding=codings[0], target=target, coder=session.coder.guid),
                raising=(NothingAligned,),
            ):
                self.bench.show_status(
                    translate("TranslationView", "Mirrored the coding onto the linked document.")
                )
        except NothingAligned:
            self.bench.show_status(nothing_aligned())
