"""Paced sessions: a quiet break reminder after N minutes of continuous coding, and an
end-of-session note, both for the coder alone.

*Continuous coding* is a stretch of coding actions (applying, removing, changing a coding,
and undoing or redoing one) with no pause longer than :data:`PAUSE_SECONDS` between them; a
longer pause ends the stretch and starts the count again. After ``break_minutes`` of it (a
per-coder preference set in Edit → Care preferences…, off by default, see
:mod:`annotator.gui.care_settings`) the window
shows a neutral bar: never a dialog, never taking the focus, never in the way of coding or
saving. The end-of-session note (opt-in) says how long the project was open and how many
passages the coder coded in it.

Nothing here is written to the project file or its audit log: the stretch lives in memory,
and the only thing kept is the last session's note, in the coder's local settings until it
is shown (when the app quit before it could be). The clock is injectable for tests.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, QTimer

from annotator.core.changes import ChangeSet
from annotator.core.model import coder_key, utc_now
from annotator.gui import care_settings
from annotator.gui.i18n import translate
from annotator.gui.pacing_widgets import CareBar
from annotator.gui.session import ProjectSession
from annotator.gui.workbench import Workbench

PAUSE_SECONDS = 5 * 60  # a pause longer than this ends a stretch of continuous coding
SNOOZE_SECONDS = 10 * 60  # "Remind me in 10 minutes"
CHECK_MS = 30_000  # how often the window looks at the clock between coding actions
LAST_SESSION = "pacing/{key}/lastSession"  # the note of a session the app quit before showing

Clock = Callable[[], float]


class CodingStretch:
    """Continuous coding time and when a break reminder is due; seconds from ``clock``."""

    def __init__(self, minutes: int, clock: Clock = time.monotonic) -> None:
        self.clock = clock
        self.minutes = minutes
        self.started: float | None = None  # the stretch's first action
        self.last: float | None = None  # its latest action
        self.due_at = 0.0  # seconds into the stretch when the next reminder is due

    def action(self) -> None:
        """A coding action now: it continues the stretch, or starts one after a long pause."""
        now = self.clock()
        if self.last is None or self.started is None or now - self.last > PAUSE_SECONDS:
            self.started = now
            self.due_at = self.minutes * 60
        self.last = now

    def elapsed(self) -> float:
        """Seconds of continuous coding so far; 0 when the last action is more than a pause ago."""
        if self.started is None or self.last is None or self.clock() - self.last > PAUSE_SECONDS:
            return 0.0
        return self.clock() - self.started

    def due(self) -> bool:
        return self.minutes > 0 and self.elapsed() > 0 and self.elapsed() >= self.due_at

    def dismiss(self) -> None:
        """No reminder again until another ``minutes`` of this stretch."""
        self.due_at = self.elapsed() + self.minutes * 60

    def snooze(self) -> None:
        self.due_at = self.elapsed() + SNOOZE_SECONDS


@dataclass(frozen=True, slots=True)
class SessionNote:
    seconds: int  # how long the project was open
    passages: int  # codings the coder made in it that are still there

    def text(self, *, last: bool = False) -> str:
        minutes = max(1, round(self.seconds / 60)) if self.seconds else 0
        hours, rest = divmod(minutes, 60)
        length = (
            translate("Pacing", "{h} h {m} min").format(h=hours, m=rest)
            if hours
            else translate("Pacing", "{m} min").format(m=rest)
        )
        passages = self.passages  # a plain name: lupdate skips a count given as an attribute
        if passages == 1:
            text = (
                translate("Pacing", "Your last session: {length}, %n passage coded.", None, 1)
                if last
                else translate("Pacing", "This session: {length}, %n passage coded.", None, 1)
            )
        else:
            text = (
                translate("Pacing", "Your last session: {length}, %n passages coded.", None, passages)
                if last
                else translate("Pacing", "This session: {length}, %n passages coded.", None, passages)
            )
        return text.format(length=length)


def reminder_text(minutes: int) -> str:
    if minutes == 1:
        return translate("Pacing", "You have been coding for %n minute. A short break helps.", None, 1)
    return translate("Pacing", "You have been coding for %n minutes. A short break helps.", None, minutes)


class PacingController(QObject):
    """Counts continuous coding for the open session and shows the break reminder and the note."""

    def __init__(
        self,
        bench: Workbench,
        bar: CareBar,
        *,
        clock: Clock = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pacingController")
        self.bench, self.bar, self.clock = bench, bar, clock
        self.session: ProjectSession | None = None
        self.prefs = care_settings.CarePreferences()
        self.stretch = CodingStretch(0, clock)
        self.opened_at = 0.0
        self.opened_utc = ""
        self.touched: set[str] = set()  # codings this window added or changed in the session
        self.quitting = False  # the window is closing: keep the note for next time instead
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        bar.dismissed.connect(self._dismissed)
        bar.snoozed.connect(self._snoozed)
        care_settings.notifier().changed.connect(self._preferences_saved)

    # -- the session ------------------------------------------------------------
    def set_session(self, session: ProjectSession | None) -> None:
        """The window shows ``session`` now: the previous one's note, then a fresh stretch."""
        old, self.session = self.session, session
        if old is not None:
            old.changed.disconnect(self._changed)
            old.coder_changed.disconnect(self._coder_changed)
            self._end(old)
        self.bar.hide_reminder()
        if session is None:
            self.timer.stop()
            return
        session.changed.connect(self._changed)
        session.coder_changed.connect(self._coder_changed)
        self.opened_at, self.opened_utc = self.clock(), utc_now()
        self.touched = set()
        self._coder_changed(session.coder)
        self._show_last_note()

    def _coder_changed(self, _coder: object) -> None:
        session = self.session
        name = session.coder.name if session is not None else ""
        self.prefs = care_settings.load(name) if name else care_settings.CarePreferences()
        self.stretch = CodingStretch(self.prefs.break_minutes, self.clock)
        if self.prefs.break_minutes > 0:
            self.timer.start()
        else:
            self.timer.stop()

    def _preferences_saved(self, coder_name: str) -> None:
        """Edit → Care preferences… saved: a new break setting of this coder applies at once."""
        session = self.session
        if session is None or coder_key(coder_name) != coder_key(session.coder.name):
            return
        minutes = self.stretch.minutes
        self.prefs = care_settings.load(coder_name)
        if minutes != self.prefs.break_minutes:
            self._coder_changed(None)  # a fresh count with the new length
            self.bar.hide_reminder()

    def _changed(self, changes: ChangeSet) -> None:
        if not changes.codings or changes.extra.get("reload"):
            return  # not a coding action of this window (another program's commit)
        self.touched |= changes.codings
        self.stretch.action()
        self.check()

    def check(self) -> None:
        if self.stretch.due() and not self.bar.showing_reminder():
            minutes = int(self.stretch.elapsed() // 60)
            self.bar.show_reminder(reminder_text(minutes))

    def _dismissed(self) -> None:
        self.stretch.dismiss()

    def _snoozed(self) -> None:
        self.stretch.snooze()

    # -- the end of a session ------------------------------------------------------
    def _end(self, session: ProjectSession) -> None:
        if not self.prefs.session_summary or not session.coder.guid:
            return
        try:
            passages = sum(
                1
                for c in session.store.codings(coder=session.coder.guid)
                if c.guid in self.touched and c.created_at >= self.opened_utc  # made here, still there
            )
        except Exception:  # a store already closed or damaged: no note rather than an error
            return
        note = SessionNote(int(self.clock() - self.opened_at), passages)
        if self.quitting:
            QSettings().setValue(
                LAST_SESSION.format(key=coder_key(session.coder.name)), [note.seconds, passages]
            )
        else:
            self.bar.show_note(note.text())

    def _show_last_note(self) -> None:
        session = self.session
        if session is None or not session.coder.name:
            return
        key = LAST_SESSION.format(key=coder_key(session.coder.name))
        settings = QSettings()
        raw = settings.value(key)
        settings.remove(key)
        if not self.prefs.session_summary or not isinstance(raw, list) or len(raw) != 2:
            return
        try:
            note = SessionNote(int(raw[0]), int(raw[1]))
        except (TypeError, ValueError):
            return
        self.bar.show_note(note.text(last=True))
