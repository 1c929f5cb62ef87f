"""The lower half of Team → Disagreements: both coders' quotes side by side and the decision
buttons; and :class:`Decisions`, which remembers what was decided in this review.

The pane only shows and asks: the dialog decides what a button does, the core
(:mod:`annotator.core.analysis.consensus`) what a decision changes.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from annotator.core.analysis.agreement import Disagreement
from annotator.core.model import Coding
from annotator.gui.i18n import translate
from annotator.gui.team.disagreement_model import Key, clip, key_of
from annotator.gui.team.review_html import Trim, veiled_html, version_html
from annotator.gui.veil import bar_colors


class ComparePane(QWidget):
    """What the coders differ on (in words), each coder's quote, and Accept A / B / Neither / Skip."""

    def __init__(self, choose: Callable[[int | None], object], skip: Callable[[], object]) -> None:
        super().__init__()
        self.reveal: Callable[[], object] = lambda: None  # a click on a veiled version reveals the pair
        self.veiled = False
        self.passage = QLabel()
        self.passage.setObjectName("disagreementPassage")
        self.passage.setWordWrap(True)
        self.passage.setTextFormat(Qt.TextFormat.RichText)
        self.sides: list[tuple[QGroupBox, QTextBrowser, QPushButton]] = []
        sides = QHBoxLayout()
        for index, letter in enumerate("AB"):
            box = QGroupBox(translate("ComparePane", "Coder {letter}").format(letter=letter))
            text = QTextBrowser()
            text.setObjectName(f"disagreementVersion{letter}")
            button = QPushButton(translate("ComparePane", "Accept {letter}'s version").format(letter=letter))
            button.setObjectName(f"accept{letter}")
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, i=index: choose(i))
            inner = QVBoxLayout(box)
            text.viewport().installEventFilter(self)
            inner.addWidget(text, 1)
            inner.addWidget(button)
            sides.addWidget(box)
            self.sides.append((box, text, button))
        self.neither_button = QPushButton(translate("ComparePane", "Neither  (N)"))
        self.neither_button.setObjectName("acceptNeither")
        self.neither_button.setToolTip(
            translate("ComparePane", "The consensus layer gets neither version: the code leaves the passage")
        )
        self.neither_button.clicked.connect(lambda: choose(None))
        self.skip_button = QPushButton(translate("ComparePane", "Skip  (S)"))
        self.skip_button.setObjectName("skipDisagreement")
        self.skip_button.setToolTip(translate("ComparePane", "Leave this one undecided and go to the next"))
        self.skip_button.clicked.connect(skip)
        choices = QHBoxLayout()
        choices.addStretch(1)
        choices.addWidget(self.neither_button)
        choices.addWidget(self.skip_button)
        lower = QVBoxLayout(self)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(self.passage)
        lower.addLayout(sides, 1)
        lower.addLayout(choices)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        released = self.veiled and event.type() == QEvent.Type.MouseButtonRelease
        if released and any(watched is browser.viewport() for _, browser, _ in self.sides):
            self.reveal()
        return super().eventFilter(watched, event)

    def set_coders(self, names: tuple[str, str]) -> None:
        for (box, _, button), name, key in zip(self.sides, names, ("1", "2"), strict=True):
            box.setTitle(translate("ComparePane", "{coder}'s version").format(coder=name))
            button.setText(
                translate("ComparePane", "Accept {coder}'s version  ({key})").format(coder=name, key=key)
            )

    def set_enabled(self, decide: bool, skip: bool) -> None:
        for _, _, button in self.sides:
            button.setEnabled(decide)
        self.neither_button.setEnabled(decide)
        self.skip_button.setEnabled(skip)

    def clear(self) -> None:
        self.veiled = False
        for _, text, _ in self.sides:
            text.clear()
            text.setAccessibleDescription("")
        self.passage.setText(translate("ComparePane", "Select a passage to see both versions."))

    def show_versions(
        self,
        d: Disagreement,
        text: str,
        names: tuple[str, str],
        versions: list[list[Coding]],
        *,
        code: str | None = None,
        trim: Trim | None = None,
        veiled: tuple[str, str] | None = None,
    ) -> None:
        """``d`` in words, and each coder's quote with what only they included marked
        (``code``: the code's path in the shown names; its canonical path without it; ``trim``:
        the context a veil leaves). ``veiled``: the pair is veiled, (bar label, screen-reader
        text): neither quote nor the differing words are shown, and a click reveals them."""
        self.veiled = veiled is not None
        n = d.end - d.start
        if n == 1:
            said = translate(
                "ComparePane", "{code} in {document}: {coders} coded 1 character {others} did not: {quote}"
            )
        else:
            said = translate(
                "ComparePane", "{code} in {document}: {coders} coded {n} characters {others} did not: {quote}"
            )
        self.passage.setText(
            said.format(
                code=f"<b>{html.escape(code or d.code_path)}</b>",
                document=html.escape(d.document_name),
                coders=html.escape(", ".join(d.coders_with)),
                n=n,
                others=html.escape(", ".join(d.coders_without)),
                quote=f"[{html.escape(veiled[0])}]"
                if veiled is not None
                else f"“{html.escape(clip(text[d.start : d.end], 240))}”",
            )
        )
        if veiled is not None:
            fill, ink = (self.palette().color(role).name() for role in bar_colors(self.palette()))
            for _, browser, _ in self.sides:
                browser.setHtml(veiled_html(veiled[0], veiled[1], fill, ink))
                browser.setAccessibleDescription(veiled[1])
            return
        for index, (_, browser, _) in enumerate(self.sides):
            browser.setAccessibleDescription("")
            browser.setHtml(
                version_html(
                    text, names[index], names[1 - index], versions[index], versions[1 - index], trim=trim
                )
            )


class Decisions:
    """The decisions taken in this review, each tied to its undo step: a decision whose step is
    undone is no longer taken, and one redone is taken again."""

    def __init__(self, stack: QUndoStack) -> None:
        self.stack = stack
        self._taken: dict[Key, list[tuple[QUndoCommand, str]]] = {}
        self._done: set[int] | None = None  # ids of the commands below the undo index (a cache)

    def record(self, d: Disagreement, label: str) -> None:
        """The step just pushed decided ``d`` (``label``: "mina's version", "neither")."""
        self._taken.setdefault(key_of(d), []).append((self.stack.command(self.stack.index() - 1), label))
        self._done = None

    def moved(self) -> None:
        """The undo stack moved (a push, an undo or a redo)."""
        self._done = None

    def of(self, d: Disagreement) -> str:
        """What was decided for ``d`` ("" if nothing, or if that step is undone)."""
        taken = self._taken.get(key_of(d))
        if not taken:
            return ""
        if self._done is None:
            self._done = {id(self.stack.command(i)) for i in range(self.stack.index())}
        for command, label in reversed(taken):
            if id(command) in self._done:
                return label
        return ""
