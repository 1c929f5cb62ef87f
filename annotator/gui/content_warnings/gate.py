"""The gate before a warned document: the window asks it before showing any document.

Every way of opening a document (a click or arrow key in the Documents list, a search hit,
a coded segment, a case's passage, the project's first document) goes through the window's
one open-document path, which asks :meth:`WarningGate.hold`. For a document carrying a
warning, and a coder whose ``ask_before_warned`` is on, the gate holds it: the window shows
:class:`WarningInterstitial` instead of the text until the coder chooses [Open] (Enter) or
[Not now] (Escape, back to the document shown before). A span asked for meanwhile (a search
hit's match) is kept and selected once the text opens.

The choice lasts for the project session and that coder: a document opened once is not
asked about again until the project is reopened. When the coder opted in
(``record_openings``), the first opening of each warned document in a session is written to
the audit trail through :func:`annotator.core.content_warnings.record_opening`.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from annotator.core.content_warnings import record_opening
from annotator.core.errors import AnnotatorError
from annotator.gui import care_settings
from annotator.gui.content_warnings.interstitial import WarningInterstitial
from annotator.gui.i18n import translate
from annotator.gui.session import ProjectSession
from annotator.gui.workbench import Workbench


class WarningGate(QObject):
    accepted = Signal(str)  # the held document: open it now
    declined = Signal(object)  # the document to go back to (None: none)

    def __init__(self, bench: Workbench, panel: WarningInterstitial, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningGate")
        self.bench = bench
        self.panel = panel
        self.held: str | None = None
        self.last_shown: str | None = None
        self.focus_back: QWidget | None = None
        self._span: tuple[int, int] | None = None
        self._consented: set[tuple[str, str]] = set()  # (coder key, document) opened this session
        self._recorded: set[tuple[str, str]] = set()
        self._watched: list[QWidget] = []
        panel.openRequested.connect(self.accept)
        panel.notNowRequested.connect(self.decline)

    # -- the window's questions ---------------------------------------------------------
    def set_session(self, session: ProjectSession | None) -> None:
        """A new project (or none): every document is asked about again."""
        self._consented.clear()
        self._recorded.clear()
        self.held = self.last_shown = None
        self._span = None

    def hold(self, document: str) -> bool:
        """True when ``document`` must wait behind the panel (which is then filled)."""
        session = self.bench.session
        if session is None:
            return False
        coder = session.coder.name
        if (coder, document) in self._consented:
            return False
        warnings = session.store.document_warnings(document).get(document)
        if not warnings or not care_settings.load(coder).ask_before_warned:
            return False
        if self.held != document:
            self._span = None
        if self.held is None:
            focus = QApplication.focusWidget()
            self.focus_back = focus if focus is not None and not self.panel.isAncestorOf(focus) else None
        self.held = document
        order = [w.name for w in session.store.content_warnings()]
        ranked = sorted(warnings, key=lambda n: (order.index(n) if n in order else len(order), n))
        self.panel.show_for(session.store.document(document).name, ranked)
        return True

    def release(self) -> None:
        """No document is held any more (another one opened, or none)."""
        self.held = None

    def defer_span(self, document: str, start: int, end: int) -> bool:
        """Keep a span for the held ``document`` (selected when it opens); False if not held."""
        if self.held != document:
            return False
        self._span = (start, end)
        return True

    def take_span(self) -> tuple[int, int] | None:
        span, self._span = self._span, None
        return span

    def shown(self, document: str) -> None:
        """``document``'s text is on screen: remember it, and record it if the coder opted in."""
        self.last_shown = document
        session = self.bench.session
        if session is None:
            return
        key = (session.coder.name, document)
        self._consented.add(key)
        if key in self._recorded or session.readonly or not session.coder.guid:
            return
        if not care_settings.load(session.coder.name).record_openings:
            return
        try:
            if record_opening(session.store, coder=session.coder.guid, document=document):
                self._recorded.add(key)
        except AnnotatorError as exc:  # a full disk, a locked file: say so, never block reading
            self.bench.show_status(str(exc))

    def take_focus(self) -> None:
        """The panel appeared: Enter must open. A watched list keeps the focus (its arrow keys
        go on browsing, and Enter and Escape there answer the panel); anywhere else the
        default button takes it."""
        if not any(w.hasFocus() for w in self._watched):
            self.panel.open_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def watch(self, widget: QWidget) -> None:
        """Let Enter and Escape in ``widget`` (the Documents list) answer the panel."""
        self._watched.append(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.held is not None and event.type() == QEvent.Type.KeyPress and self.panel.isVisible():
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept()
                return True
            if key == Qt.Key.Key_Escape:
                self.decline()
                return True
        return super().eventFilter(watched, event)

    # -- the coder's answers --------------------------------------------------------------
    def _remember_choice(self) -> None:
        session = self.bench.session
        if session is None or not self.panel.dont_ask.isChecked():
            return
        prefs = care_settings.load(session.coder.name)
        care_settings.save(session.coder.name, replace(prefs, ask_before_warned=False))
        self.bench.show_status(
            translate(
                "WarningGate",
                "Warned documents now open without asking for {coder} (Edit → Care preferences… asks again).",
            ).format(coder=session.coder.name or translate("WarningGate", "this computer"))
        )

    def accept(self) -> None:
        document, session = self.held, self.bench.session
        if document is None or session is None:
            return
        self._remember_choice()
        self._consented.add((session.coder.name, document))
        self.held = None
        self.accepted.emit(document)

    def decline(self) -> None:
        document = self.held
        if document is None:
            return
        self._remember_choice()
        back = self.last_shown if self.last_shown != document else None
        self._span = None
        self.declined.emit(back)
