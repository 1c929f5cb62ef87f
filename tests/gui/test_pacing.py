"""Paced sessions (issue 12, item 3): a quiet break reminder after N minutes of continuous coding,
never modal and never taking the focus, and an opt-in end-of-session note that stays on the
coder's machine. The clock is a fake one moved by the test."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from annotator.core.changes import ApplyCode
from annotator.core.store import ProjectStore
from annotator.gui import care_settings
from annotator.gui.pacing import PAUSE_SECONDS, CodingStretch

from .conftest import CODER
from .helpers import activate

_SPANS = itertools.count(100)  # a fresh passage for every coding action of a test


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def minutes(self, m: float) -> None:
        self.now += m * 60


@pytest.fixture(autouse=True)
def _fresh_preferences() -> None:
    global _SPANS  # noqa: PLW0603
    _SPANS = itertools.count(100)
    settings = QSettings()
    settings.remove("care")
    settings.remove("pacing")


def _prefer(name: str = CODER, **values: object) -> None:
    care_settings.save(name, dataclasses.replace(care_settings.load(name), **values))  # type: ignore[arg-type]


def _paced_window(make_window, path: Path, clock: FakeClock):  # type: ignore[no-untyped-def]
    window = make_window()
    window.pacing.clock = clock
    assert window.open_project(path)
    return window


def _code(window, doc: str, code: str, at: int) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    assert session.push(ApplyCode(document=doc, start=at, end=at + 3, code=code, coder=session.coder.guid))


def _code_every(window, ids, clock: FakeClock, *, minutes: int, every: int = 4) -> None:  # type: ignore[no-untyped-def]
    for i in range(minutes // every + 1):
        if i:
            clock.minutes(every)
        _code(window, ids["en.txt"], ids["Recruitment/Debt"], next(_SPANS))


def test_care_preferences_are_per_coder_on_this_machine_with_quiet_defaults() -> None:
    assert care_settings.load("Mina") == care_settings.CarePreferences(
        ask_before_warned=True,
        veil_warned=False,
        break_minutes=0,
        session_summary=False,
        record_openings=False,
    )
    care_settings.save("Mina", care_settings.CarePreferences(break_minutes=45, session_summary=True))
    assert care_settings.load(" MINA ").break_minutes == 45  # the same coder, however typed
    assert care_settings.load("Jun").break_minutes == 0
    assert QSettings().value("care/mina/break_minutes") in (45, "45")


def test_continuous_coding_is_counted_until_a_pause_of_more_than_five_minutes() -> None:
    clock = FakeClock()
    stretch = CodingStretch(20, clock)
    stretch.action()
    clock.minutes(4)
    stretch.action()
    clock.minutes(4.5)
    assert stretch.elapsed() == 8.5 * 60
    clock.now += PAUSE_SECONDS + 1 - 4.5 * 60  # a pause just over five minutes since the last action
    assert stretch.elapsed() == 0 and not stretch.due()
    stretch.action()
    assert stretch.elapsed() == 0  # a new stretch begins


def test_a_break_reminder_appears_after_n_minutes_without_taking_focus_or_blocking(
    qtbot, make_window, project
) -> None:
    path, ids = project
    _prefer(break_minutes=50)
    clock = FakeClock()
    window = _paced_window(make_window, path, clock)
    activate(qtbot, window)
    window.view.setFocus()
    assert QApplication.focusWidget() is window.view
    _code_every(window, ids, clock, minutes=48)
    assert window.care_bar.isHidden()
    clock.minutes(4)
    _code(window, ids["en.txt"], ids["Recruitment/Debt"], 50)
    bar = window.care_bar
    assert bar.isVisible()
    assert bar.text.text() == "You have been coding for 52 minutes. A short break helps."
    assert QApplication.activeModalWidget() is None
    assert QApplication.focusWidget() is window.view  # the coder's place is kept
    assert bar.accessibleDescription() == bar.text.text()
    before = len(window.session.store.codings())
    _code(window, ids["en.txt"], ids["Recruitment/Debt"], 60)  # coding goes on with the bar shown
    assert len(window.session.store.codings()) == before + 1


def test_a_pause_longer_than_five_minutes_starts_the_count_again(qtbot, make_window, project) -> None:
    path, ids = project
    _prefer(break_minutes=30)
    clock = FakeClock()
    window = _paced_window(make_window, path, clock)
    _code_every(window, ids, clock, minutes=28)
    clock.minutes(6)  # a real pause
    _code_every(window, ids, clock, minutes=28)
    assert window.care_bar.isHidden()
    clock.minutes(3)
    window.pacing.check()  # the window's timer looks between actions too
    assert window.care_bar.isVisible()


def test_dismiss_waits_another_n_minutes_and_snooze_ten(qtbot, make_window, project) -> None:
    path, ids = project
    _prefer(break_minutes=20)
    clock = FakeClock()
    window = _paced_window(make_window, path, clock)
    _code_every(window, ids, clock, minutes=20)
    bar = window.care_bar
    assert bar.isVisible() and bar.snooze.isVisible()
    bar.snooze.click()
    assert bar.isHidden()
    _code_every(window, ids, clock, minutes=8)
    assert bar.isHidden()
    clock.minutes(2)
    window.pacing.check()
    assert bar.isVisible()  # ten minutes later
    bar.dismiss.click()
    _code_every(window, ids, clock, minutes=16)
    assert bar.isHidden()
    clock.minutes(4)
    window.pacing.check()
    assert bar.isVisible()  # another twenty


def test_no_reminder_when_the_coder_never_asked_for_one(qtbot, make_window, project) -> None:
    path, ids = project
    clock = FakeClock()
    window = _paced_window(make_window, path, clock)
    _code_every(window, ids, clock, minutes=180)
    window.pacing.check()
    assert window.care_bar.isHidden()


def test_the_session_note_shows_on_close_and_nothing_of_it_reaches_the_project(
    qtbot, make_window, project
) -> None:
    path, ids = project
    _prefer(session_summary=True)
    clock = FakeClock()
    window = _paced_window(make_window, path, clock)
    _code(window, ids["en.txt"], ids["Recruitment/Debt"], 0)
    _code(window, ids["en.txt"], ids["Recruitment/Job offer"], 10)
    clock.minutes(65)
    with ProjectStore.open(path, readonly=True) as store:
        audit, settings = store.audit_entries(), store.conn.execute("SELECT * FROM settings").fetchall()
    window.projects.close()
    assert window.care_bar.isVisible()
    assert window.care_bar.text.text() == "This session: 1 h 5 min, 2 passages coded."
    assert not window.care_bar.snooze.isVisible()
    with ProjectStore.open(path, readonly=True) as store:
        assert store.audit_entries() == audit
        assert store.conn.execute("SELECT * FROM settings").fetchall() == settings


def test_a_note_of_a_session_ended_by_quitting_waits_for_the_next_start(qtbot, make_window, project) -> None:
    path, ids = project
    _prefer(session_summary=True)
    clock = FakeClock()
    window = _paced_window(make_window, path, clock)
    _code(window, ids["en.txt"], ids["Recruitment/Debt"], 0)
    clock.minutes(30)
    window.close()
    again = make_window(path)
    assert again.care_bar.text.text() == "Your last session: 30 min, 1 passage coded."
    again.close()
    third = make_window(path)
    # shown once: what the third start shows is the second session's own note
    assert third.care_bar.text.text() == "Your last session: 0 min, 0 passages coded."


def test_without_the_summary_closing_says_nothing(qtbot, make_window, project) -> None:
    path, ids = project
    window = _paced_window(make_window, path, FakeClock())
    _code(window, ids["en.txt"], ids["Recruitment/Debt"], 0)
    window.projects.close()
    assert window.care_bar.isHidden()


def test_a_break_setting_saved_in_care_preferences_applies_at_once(qtbot, make_window, project) -> None:
    path, ids = project
    clock = FakeClock()
    window = _paced_window(make_window, path, clock)
    _code_every(window, ids, clock, minutes=8)
    _prefer(break_minutes=15)  # what Edit → Care preferences… saves
    _code_every(window, ids, clock, minutes=12)
    assert window.care_bar.isHidden()  # counted from the change, not from the session's start
    clock.minutes(4)
    window.pacing.check()
    assert window.care_bar.isVisible()
    _prefer(name="someone else", break_minutes=0)
    assert window.pacing.stretch.minutes == 15  # another coder's choice changes nothing here
